// Recipes: every step against hand-checked output (run in the preview sandbox, as the worker
// runs them), files read with every problem placed (line, column, field), written back and read
// again unchanged, and a step naming what is not there refused before anything runs.
#include "models/preview/previewsandbox.h"
#include "models/preview/recipe.h"

#include "tests/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestRecipe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PreviewSandbox m_sandbox;
    QHash<QString, QStringList> m_tables;

    void load(const QString &name, const QByteArray &csv)
    {
        const QString path = m_dir.filePath(name + u".csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        const auto loaded = m_sandbox.load(path);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        QStringList columns;
        for (const SampleColumn &c : loaded->columns)
            columns << c.identifier;
        m_tables.insert(loaded->table, columns);
    }

    // The rows of a recipe's result as "a|b|c" lines (∅ for null), after a header line.
    QStringList run(const QByteArray &yaml, bool sorted)
    {
        const RecipeRead read = Recipes::parse(yaml, u"test.recipe.yaml"_s);
        if (!read.errors.isEmpty())
            return {u"read: "_s + read.errors.first().toString()};
        const auto compiled = Recipes::compile(read.recipe, m_tables);
        if (!compiled)
            return {u"compile: "_s + compiled.error().toString()};
        const auto result = m_sandbox.run(compiled->sql);
        if (!result)
            return {u"run: "_s + result.error().toString() + u"\n"_s + compiled->sql};
        QStringList header;
        for (const ResultColumn &c : result->columns)
            header << c.name;
        if (header != compiled->columns.last())
            return {u"columns: "_s + header.join(u'|') + u" but compiled "_s + compiled->columns.last().join(u'|')};
        QStringList lines;
        for (const QVariantList &row : m_sandbox.fetch(result->id, 0, 1000).value()) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << (v.isValid() ? v.toString() : u"∅"_s);
            lines << cells.join(u'|');
        }
        if (sorted)
            lines.sort();
        return QStringList{header.join(u'|')} + lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.isOpen());
        // Spaces kept around " Ann ", a duplicate order 2, a missing channel, an amount that is
        // no number, a date that is none, an empty list of tags.
        load(u"orders"_s,
             "order_id,customer,channel,amount,placed_at,tags,code\n"
             "1, Ann ,web,10.5,2026-01-05T10:00:00Z,a|b,aGVsbG8=\n"
             "2,bob,,20,2026-02-10T12:30:00Z,c,d29ybGQ=\n"
             "2,bob,,20,2026-02-10T12:30:00Z,c,d29ybGQ=\n"
             "3,Cy,app,x7,2026-02-11,d|e|f,\n"
             "4,ann,web,5,not a date,,\n");
        load(u"customers"_s, "name,country,order_id\nann,CH,9\nbob,DE,9\n");
    }

    void stepsGiveTheExpectedRows_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<bool>("sorted");
        QTest::addColumn<QStringList>("expected");
        const QString all = u"order_id|customer|channel|amount|placed_at|tags|code"_s;

        QTest::newRow("no steps: the input") << QByteArray() << false
                                             << QStringList{all,
                                                            u"1| Ann |web|10.5|2026-01-05T10:00:00Z|a|b|aGVsbG8="_s,
                                                            u"2|bob|∅|20|2026-02-10T12:30:00Z|c|d29ybGQ="_s,
                                                            u"2|bob|∅|20|2026-02-10T12:30:00Z|c|d29ybGQ="_s,
                                                            u"3|Cy|app|x7|2026-02-11|d|e|f|∅"_s,
                                                            u"4|ann|web|5|not a date|∅|∅"_s};
        QTest::newRow("dedupe on a column") << QByteArray("- dedupe: {columns: [order_id]}\n- select: [order_id, customer]")
                                            << false
                                            << QStringList{u"order_id|customer"_s, u"1| Ann "_s, u"2|bob"_s, u"3|Cy"_s,
                                                           u"4|ann"_s};
        QTest::newRow("dedupe whole rows") << QByteArray("- dedupe: {}\n- select: [order_id]") << false
                                           << QStringList{u"order_id"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s};
        QTest::newRow("fill") << QByteArray("- fill: {column: channel, value: unknown}\n- select: [channel]") << false
                              << QStringList{u"channel"_s, u"web"_s, u"unknown"_s, u"unknown"_s, u"app"_s, u"web"_s};
        QTest::newRow("fill a number") << QByteArray(
            "- fill: {column: tags, value: 0}\n- derive: {name: t, expression: typeof(tags)}\n"
            "- select: [tags, t]") << false
                                       << QStringList{u"tags|t"_s, u"a|b|text"_s,   u"c|text"_s,
                                                      u"c|text"_s, u"d|e|f|text"_s, u"0|integer"_s};
        QTest::newRow("cast to real") << QByteArray("- cast: {column: amount, to: real}\n- derive: {name: t, expression: "
                                                    "typeof(amount)}\n- select: [amount, t]")
                                      << false << QStringList{u"amount|t"_s, u"10.5|real"_s, u"20|real"_s,
                                                              u"20|real"_s,  u"∅|null"_s,    u"5|real"_s};
        QTest::newRow("cast to integer") << QByteArray("- cast: {column: amount, to: integer}\n- select: [amount]") << false
                                         << QStringList{u"amount"_s, u"10"_s, u"20"_s, u"20"_s, u"∅"_s, u"5"_s};
        QTest::newRow("cast to date") << QByteArray("- cast: {column: placed_at, to: date}\n- select: [placed_at]") << false
                                      << QStringList{u"placed_at"_s,  u"2026-01-05"_s, u"2026-02-10"_s,
                                                     u"2026-02-10"_s, u"2026-02-11"_s, u"∅"_s};
        QTest::newRow("cast to timestamp") << QByteArray("- cast: {column: placed_at, to: timestamp}\n- select: [placed_at]")
                                           << false << QStringList{u"placed_at"_s,
                                                                   u"2026-01-05T10:00:00Z"_s,
                                                                   u"2026-02-10T12:30:00Z"_s,
                                                                   u"2026-02-10T12:30:00Z"_s,
                                                                   u"2026-02-11T00:00:00Z"_s,
                                                                   u"∅"_s};
        QTest::newRow("cast to boolean") << QByteArray("- derive: {name: b, expression: \"iif(order_id % 2 = 1, 'Yes', 'no')\"}\n"
                                                       "- cast: {column: b, to: boolean}\n- select: [order_id, b]")
                                         << false
                                         << QStringList{u"order_id|b"_s, u"1|1"_s, u"2|0"_s, u"2|0"_s, u"3|1"_s, u"4|0"_s};
        QTest::newRow("format dates") << QByteArray("- formatDate: {column: placed_at, format: \"%Y-%m\"}\n- select: [placed_at]")
                                      << false << QStringList{u"placed_at"_s, u"2026-01"_s, u"2026-02"_s,
                                                              u"2026-02"_s,   u"2026-02"_s, u"∅"_s};
        QTest::newRow("trim, lower, upper") << QByteArray(
            "- trim: [customer]\n- derive: {name: low, expression: customer}\n- lower: [low]\n- upper: [customer]\n"
            "- select: [customer, low]") << false
                                            << QStringList{u"customer|low"_s, u"ANN|ann"_s, u"BOB|bob"_s,
                                                           u"BOB|bob"_s,      u"CY|cy"_s,   u"ANN|ann"_s};
        QTest::newRow("trim leaves numbers numbers")
            << QByteArray("- trim: [order_id]\n- derive: {name: t, expression: typeof(order_id)}\n- select: [t]\n- dedupe: {}")
            << false << QStringList{u"t"_s, u"integer"_s};
        QTest::newRow("replace") << QByteArray("- replace: {column: tags, find: \"|\", with: \", \"}\n- select: [tags]") << false
                                 << QStringList{u"tags"_s, u"a, b"_s, u"c"_s, u"c"_s, u"d, e, f"_s, u"∅"_s};
        QTest::newRow("split") << QByteArray("- split: {column: tags, separator: \"|\", into: [first, second]}\n"
                                             "- select: [first, second]")
                               << false << QStringList{u"first|second"_s, u"a|b"_s, u"c|∅"_s, u"c|∅"_s, u"d|e"_s, u"∅|∅"_s};
        QTest::newRow("derive") << QByteArray("- derive: {name: cents, expression: \"CAST(amount * 100 AS INTEGER)\"}\n"
                                              "- filter: \"order_id <> 3\"\n- select: [cents]")
                                << false << QStringList{u"cents"_s, u"1050"_s, u"2000"_s, u"2000"_s, u"500"_s};
        QTest::newRow("derive replaces a column")
            << QByteArray("- derive: {name: Amount, expression: \"amount || ' CHF'\"}\n- select: [amount]") << false
            << QStringList{u"amount"_s, u"10.5 CHF"_s, u"20 CHF"_s, u"20 CHF"_s, u"x7 CHF"_s, u"5 CHF"_s};
        QTest::newRow("filter") << QByteArray("- filter: {where: \"channel = 'web'\"}\n- select: [order_id]") << false
                                << QStringList{u"order_id"_s, u"1"_s, u"4"_s};
        QTest::newRow("aggregate") << QByteArray("- fill: {column: channel, value: none}\n"
                                                 "- aggregate: {groupBy: [channel], measures: {orders: \"count(*)\", "
                                                 "total: \"sum(amount)\"}}")
                                   << true
                                   << QStringList{u"channel|orders|total"_s, u"app|1|0"_s, u"none|2|40"_s, u"web|2|15.5"_s};
        QTest::newRow("aggregate everything")
            << QByteArray("- aggregate: {measures: {n: \"count(DISTINCT order_id)\"}}") << false << QStringList{u"n"_s, u"4"_s};
        QTest::newRow("join, left") << QByteArray(
            "- trim: [customer]\n- lower: [customer]\n"
            "- join: {table: customers, on: {customer: name}, columns: [country, order_id]}\n"
            "- select: [order_id, customer, country, customers_order_id]")
                                    << true
                                    << QStringList{u"order_id|customer|country|customers_order_id"_s,
                                                   u"1|ann|CH|9"_s,
                                                   u"2|bob|DE|9"_s,
                                                   u"2|bob|DE|9"_s,
                                                   u"3|cy|∅|∅"_s,
                                                   u"4|ann|CH|9"_s};
        QTest::newRow("join, inner, all its columns")
            << QByteArray("- join: {table: customers, on: {customer: name}, kind: inner}\n- select: [order_id, country]") << true
            << QStringList{u"order_id|country"_s, u"2|DE"_s, u"2|DE"_s, u"4|CH"_s};
        QTest::newRow("decode and encode base64")
            << QByteArray("- decode: {columns: [code]}\n- derive: {name: again, expression: code}\n"
                          "- encode: {columns: [again], as: base64}\n- select: [code, again]")
            << false
            << QStringList{u"code|again"_s, u"hello|aGVsbG8="_s, u"world|d29ybGQ="_s, u"world|d29ybGQ="_s, u"∅|∅"_s, u"∅|∅"_s};
        QTest::newRow("hex both ways") << QByteArray(
            "- encode: {columns: [channel], as: hex}\n- derive: {name: back, expression: "
            "channel}\n- decode: {columns: [back], as: hex}\n- select: [channel, back]")
                                       << false << QStringList{u"channel|back"_s, u"776562|web"_s, u"∅|∅"_s,
                                                               u"∅|∅"_s,          u"617070|app"_s, u"776562|web"_s};
        QTest::newRow("rename, swapping") << QByteArray(
            "- select: [order_id, channel]\n"
            "- rename: {columns: {order_id: channel, channel: order_id}}\n- filter: channel = 1")
                                          << false << QStringList{u"channel|order_id"_s, u"1|web"_s};
        QTest::newRow("select orders columns") << QByteArray("- select: [code, order_id]\n- filter: order_id = 2") << false
                                               << QStringList{u"code|order_id"_s, u"d29ybGQ=|2"_s, u"d29ybGQ=|2"_s};
        QTest::newRow("a value with quotes stays a value")
            << QByteArray("- fill: {column: channel, value: \"it's'); DROP TABLE orders; --\"}\n- select: [channel]\n"
                          "- filter: channel LIKE 'it%'")
            << false << QStringList{u"channel"_s, u"it's'); DROP TABLE orders; --"_s, u"it's'); DROP TABLE orders; --"_s};
    }

    void stepsGiveTheExpectedRows()
    {
        QFETCH(QByteArray, steps);
        QFETCH(bool, sorted);
        QFETCH(QStringList, expected);
        QByteArray yaml = "name: test\ninput: orders\nsteps:\n";
        for (const QByteArray &line : steps.split('\n')) {
            if (!line.isEmpty())
                yaml += "  " + line + '\n';
        }
        if (steps.isEmpty())
            yaml += "  []\n";
        const QStringList rows = run(yaml, sorted);
        QCOMPARE(rows, expected);
    }

    void theSqlIsOneStatementWithAStepEach()
    {
        const RecipeRead read
            = Recipes::parse("input: orders\nsteps:\n  - trim: [customer]\n  - filter: channel = 'web'\n", u"r.yaml"_s);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).toString()));
        const auto compiled = Recipes::compile(read.recipe, m_tables);
        QVERIFY(compiled);
        QVERIFY2(compiled->sql.startsWith(u"WITH\n"_s), qPrintable(compiled->sql));
        QVERIFY2(compiled->sql.contains(u"-- 1. Trim spaces: customer"_s), qPrintable(compiled->sql));
        QVERIFY2(compiled->sql.contains(u"step2 AS ("_s), qPrintable(compiled->sql));
        QVERIFY2(compiled->sql.endsWith(u"SELECT * FROM step2"_s), qPrintable(compiled->sql));
        QCOMPARE(compiled->columns.size(), 2);
    }

    void writtenAndReadBackUnchanged()
    {
        Recipe recipe;
        recipe.name = u"Orders: by channel"_s;
        recipe.description = u"Web and app orders,\nde-duplicated"_s;
        recipe.input = u"orders"_s;
        for (const QString &kind : {u"dedupe"_s, u"fill"_s, u"split"_s, u"aggregate"_s, u"join"_s, u"encode"_s}) {
            RecipeStep step = Recipes::step(kind);
            recipe.steps << step;
        }
        recipe.steps[0].lists.insert(u"columns"_s, {u"order_id"_s});
        recipe.steps[1].texts.insert(u"column"_s, u"channel"_s);
        recipe.steps[1].texts.insert(u"value"_s, u"007"_s); // must stay text
        recipe.steps[2].texts.insert(u"column"_s, u"tags"_s);
        recipe.steps[2].texts.insert(u"separator"_s, u" "_s); // a space must survive
        recipe.steps[2].lists.insert(u"into"_s, {u"a"_s, u"b"_s});
        recipe.steps[3].lists.insert(u"groupBy"_s, {u"channel"_s});
        recipe.steps[3].mappings.insert(u"measures"_s, {{u"n"_s, u"count(*)"_s}, {u"true"_s, u"sum(amount)"_s}});
        recipe.steps[4].texts.insert(u"table"_s, u"customers"_s);
        recipe.steps[4].mappings.insert(u"on"_s, {{u"customer"_s, u"name"_s}});
        recipe.steps[5].lists.insert(u"columns"_s, {u"n"_s});
        recipe.steps[5].texts[u"as"_s] = u"hex"_s;
        const QByteArray yaml = Recipes::toYaml(recipe);
        const RecipeRead read = Recipes::parse(yaml, u"again.recipe.yaml"_s);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).toString() + u"\n"_s + QString::fromUtf8(yaml)));
        QVERIFY2(read.recipe == recipe, yaml.constData());
        QCOMPARE(read.recipe.steps.at(1).text(u"value"_s), u"007"_s);
        QCOMPARE(read.recipe.steps.at(4).text(u"kind"_s), u"left"_s); // the default choice
    }

    void fileProblemsArePlaced_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no input") << QByteArray("name: x\nsteps: []\n") << 1 << u"input"_s << u"“input” is required"_s;
        QTest::newRow("unknown key") << QByteArray("input: orders\nstep: []\n") << 2 << u"step"_s << u"unknown key “step”"_s;
        QTest::newRow("unknown step") << QByteArray("input: orders\nsteps:\n  - dedup: {}\n") << 3 << u"steps[0]"_s
                                      << u"“dedup” is not a step"_s;
        QTest::newRow("two kinds in a step")
            << QByteArray("input: orders\nsteps:\n  - trim: [a]\n    lower: [a]\n") << 3 << u"steps[0]"_s << u"one key"_s;
        QTest::newRow("unknown field") << QByteArray("input: orders\nsteps:\n  - fill:\n      column: a\n      valeu: 1\n") << 5
                                       << u"steps[0].fill.valeu"_s << u"unknown field “valeu”"_s;
        QTest::newRow("bad choice") << QByteArray("input: orders\nsteps:\n  - cast: {column: a, to: float}\n") << 3
                                    << u"steps[0].cast.to"_s << u"“float” is not one of integer, real"_s;
        QTest::newRow("a list where a mapping goes")
            << QByteArray("input: orders\nsteps:\n  - aggregate:\n      measures: [count]\n") << 4
            << u"steps[0].aggregate.measures"_s << u"expected a mapping"_s;
        QTest::newRow("not YAML") << QByteArray("input: orders\nsteps: [\n") << 0 << QString() << QString();
    }

    void fileProblemsArePlaced()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const RecipeRead read = Recipes::parse(yaml, u"bad.recipe.yaml"_s);
        QVERIFY(!read.errors.isEmpty());
        const Error &e = read.errors.first();
        QCOMPARE(e.file, u"bad.recipe.yaml"_s);
        if (line == 0) { // the YAML reader's own message, placed by it
            QVERIFY2(e.line > 0, qPrintable(e.toString()));
            return;
        }
        QCOMPARE(e.line, line);
        QVERIFY(e.column > 0);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(says), qPrintable(e.toString()));
    }

    void stepsNamingWhatIsNotThereAreRefused_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("a column gone") << QByteArray("- select: [order_id]\n- trim: [customer]") << u"steps[1].trim.columns"_s
                                       << u"step 2 (Trim spaces): there is no column “customer” here (columns: order_id)"_s;
        QTest::newRow("required left blank")
            << QByteArray("- fill: {column: channel}") << u"steps[0].fill.value"_s << u"“Value” is required"_s;
        QTest::newRow("a name taken") << QByteArray("- split: {column: tags, separator: x, into: [code]}")
                                      << u"steps[0].split.into"_s << u"there is a column “code” already"_s;
        QTest::newRow("an unknown dataset") << QByteArray("- join: {table: people, on: {a: b}}") << u"steps[0].join.table"_s
                                            << u"no dataset “people”"_s;
        QTest::newRow("a key the other has not") << QByteArray("- join: {table: customers, on: {customer: nobody}}")
                                                 << u"steps[0].join.on"_s << u"customers has no column “nobody”"_s;
        QTest::newRow("a renamed clash") << QByteArray("- rename: {columns: {tags: code}}") << u"steps[0].rename.columns"_s
                                         << u"there is a column “code” already"_s;
    }

    void stepsNamingWhatIsNotThereAreRefused()
    {
        QFETCH(QByteArray, steps);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QByteArray yaml = "input: orders\nsteps:\n";
        for (const QByteArray &line : steps.split('\n'))
            yaml += "  " + line + '\n';
        const RecipeRead read = Recipes::parse(yaml, u"r.recipe.yaml"_s);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).toString()));
        const auto compiled = Recipes::compile(read.recipe, m_tables);
        QVERIFY(!compiled);
        QCOMPARE(compiled.error().field, field);
        QCOMPARE(compiled.error().file, u"r.recipe.yaml"_s);
        QVERIFY(compiled.error().line > 0);
        QVERIFY2(compiled.error().message.contains(says), qPrintable(compiled.error().toString()));
    }

    void anUnknownInputIsNamed()
    {
        Recipe recipe;
        recipe.input = u"nothing"_s;
        const auto compiled = Recipes::compile(recipe, m_tables);
        QVERIFY(!compiled);
        QVERIFY2(compiled.error().message.contains(u"customers, orders"_s), qPrintable(compiled.error().toString()));
    }

    void expressionsRunUnderTheSandbox()
    {
        // A derived column is SQL of the user's; the sandbox's rules hold inside a recipe too.
        const RecipeRead read = Recipes::parse(
            "input: orders\nsteps:\n  - derive: {name: x, expression: \"load_extension('/tmp/x')\"}\n", u"r.yaml"_s);
        QVERIFY(read.errors.isEmpty());
        const auto compiled = Recipes::compile(read.recipe, m_tables);
        QVERIFY(compiled);
        const auto result = m_sandbox.run(compiled->sql);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"load_extension"_s), qPrintable(result.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRecipe)
#include "tst_recipe.moc"
