// The preview sandbox: hostile SQL refused or stopped with the sandbox usable afterwards, masks
// applied as samples are read so no query recovers a masked value (a canary never appears in the
// database, its export or exported results), profiles, CSV export, cancel and the time limit.
#include "models/governance/masking.h"
#include "models/preview/previewsandbox.h"

#include "tests/testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

const QByteArray canaryEmail = "canary.4711@example.org";
const QByteArray canaryPhone = "+41791234567";

} // namespace

class TestPreviewSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_people;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QList<ColumnMask> analystMasks()
    {
        return {{u"email"_s, MaskType::Hash, {}},
                {u"phone"_s, MaskType::ShowLast4, {}},
                {u"birth_date"_s, MaskType::DateShowYear, {}},
                {u"name"_s, MaskType::Custom, u"substr({col}, 1, 1) || '.'"_s}};
    }

    static QList<QVariantList> all(PreviewSandbox &sandbox, const QString &sql)
    {
        const auto result = sandbox.run(sql);
        if (!result)
            qFatal("%s: %s", qPrintable(sql), qPrintable(result.error().toString()));
        return sandbox.fetch(result->id, 0, 100000).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        QByteArray csv = "id,name,email,phone,birth_date,city\n";
        for (int i = 1; i <= 500; ++i) {
            const bool canary = i == 250;
            csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ','
                + (canary ? canaryEmail : "p" + QByteArray::number(i) + "@example.com") + ','
                + (canary ? canaryPhone : "+4170000" + QByteArray::number(1000 + i)) + ",19" + QByteArray::number(50 + i % 50)
                + "-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + ',' + (i % 3 ? "Bern" : "Basel")
                + '\n';
        }
        m_people = write(u"people.csv"_s, csv);
    }

    void hostileSqlIsRefusedOrStopped_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("says");
        QTest::newRow("attach") << u"ATTACH DATABASE '/tmp/evil.db' AS evil"_s << u"attaching a database"_s;
        QTest::newRow("attach in a select") << u"SELECT * FROM people; ATTACH ':memory:' AS x"_s << u"one statement"_s;
        QTest::newRow("vacuum into") << u"VACUUM INTO '/tmp/stolen.db'"_s << u"would change something"_s;
        QTest::newRow("load_extension") << u"SELECT load_extension('/tmp/evil.so')"_s << u"load_extension()"_s;
        QTest::newRow("pragma") << u"PRAGMA writable_schema = 1"_s << u"PRAGMA writable_schema"_s;
        QTest::newRow("pragma function") << u"SELECT * FROM pragma_table_info('people')"_s << u"pragma_table_info"_s;
        QTest::newRow("insert") << u"INSERT INTO people (id) VALUES (1)"_s << u"changing data"_s;
        QTest::newRow("update") << u"UPDATE people SET name = 'x'"_s << u"changing data"_s;
        QTest::newRow("delete") << u"DELETE FROM people"_s << u"changing data"_s;
        QTest::newRow("drop") << u"DROP TABLE people"_s << u"changing data|not a query"_s;
        QTest::newRow("create") << u"CREATE TABLE x (a)"_s << u"changing data|not a query"_s;
        QTest::newRow("create temp") << u"CREATE TEMP TABLE x AS SELECT * FROM people"_s << u"changing data|not a query"_s;
        QTest::newRow("transaction") << u"BEGIN"_s << u"a transaction"_s;
        QTest::newRow("stacked statements") << u"SELECT 1; DELETE FROM people"_s << u"one statement"_s;
        QTest::newRow("stacked selects") << u"SELECT 1; SELECT 2"_s << u"one statement"_s;
        QTest::newRow("recursive cte") << u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n"_s
                                       << u"recursive"_s;
        QTest::newRow("huge printf") << u"SELECT printf('%.*c', 1000000000, 'x')"_s << u"printf()"_s;
        QTest::newRow("zeroblob") << u"SELECT zeroblob(1000000000)"_s << u"zeroblob()"_s;
        QTest::newRow("randomblob") << u"SELECT randomblob(1000000000)"_s << u"randomblob()"_s;
        // Each row's value alone is some 50 MB: stopped at the first, whatever the machine's speed.
        QTest::newRow("huge replace") << u"SELECT replace(hex(hex(hex(hex(hex(hex(hex(hex(hex(hex(a.name)))))))))), '3', "
                                         "hex(hex(hex(hex(hex(hex(hex(hex(hex(hex(a.name))))))))))) FROM people a, people b"_s
                                      << u"limit of 16 MB|time limit"_s;
        QTest::newRow("schema") << u"SELECT sql FROM sqlite_schema"_s << u"not a loaded sample"_s;
        QTest::newRow("deep nesting") << u"SELECT "_s + u"(SELECT "_s.repeated(1000) + u'1' + QString(1000, u')')
                                      << u"too large|nested too deeply|stack overflow"_s;
        QTest::newRow("deep expression") << u"SELECT 1"_s + u"+1"_s.repeated(2000) << u"too large|nested too deeply"_s;
        QTest::newRow("readfile") << u"SELECT readfile('/etc/passwd')"_s << u"no such function|readfile()"_s;
        QTest::newRow("fts shadow") << u"SELECT fts3_tokenizer('simple')"_s << u"fts3_tokenizer()|no such function"_s;
        QTest::newRow("empty") << u"  -- nothing\n"_s << u"nothing to run"_s;
        QTest::newRow("syntax") << u"SELEC 1"_s << u"syntax error"_s;
    }

    void hostileSqlIsRefusedOrStopped()
    {
        QFETCH(QString, sql);
        QFETCH(QString, says);
        PreviewSandbox sandbox;
        sandbox.setTimeLimit(3000);
        QVERIFY(sandbox.load(m_people));
        const auto result = sandbox.run(sql);
        QVERIFY2(!result, qPrintable(sql.left(200)));
        QVERIFY2(result.error().message.contains(QRegularExpression(says)), qPrintable(result.error().toString()));
        // Still usable, and nothing changed.
        QCOMPARE(all(sandbox, u"SELECT count(*), sum(id) FROM people"_s),
                 QList<QVariantList>({{QVariant::fromValue(qint64(500)), QVariant::fromValue(qint64(125250))}}));
        QCOMPARE(sandbox.tables(), QStringList{u"people"_s});
    }

    void sqlErrorsNameTheirPlace()
    {
        PreviewSandbox sandbox;
        QVERIFY(sandbox.load(m_people));
        const auto result = sandbox.run(u"SELECT id,\n       nosuch\nFROM people"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().line, 2);
        QCOMPARE(result.error().column, 8);
        QVERIFY2(result.error().message.contains(u"no such column: nosuch"_s), qPrintable(result.error().toString()));
    }

    void masksAreAppliedAsTheSampleIsRead()
    {
        PreviewSandbox sandbox;
        LoadOptions options;
        options.masks = analystMasks();
        const auto loaded = sandbox.load(m_people, options);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->masks,
                 QList<MaskType>({MaskType::None, MaskType::Custom, MaskType::Hash, MaskType::ShowLast4, MaskType::DateShowYear,
                                  MaskType::None}));
        QCOMPARE(loaded->columns.at(4).type, ValueType::Date);
        QCOMPARE(loaded->columns.at(2).type, ValueType::Text);
        const auto row = all(sandbox, u"SELECT name, email, phone, birth_date, city FROM people WHERE id = 250"_s).value(0);
        QCOMPARE(row.at(0).toString(), u"P."_s);
        QCOMPARE(row.at(1).toString(), Masking::apply(MaskType::Hash, QString::fromLatin1(canaryEmail)).value());
        QCOMPARE(row.at(2).toString(), u"+xxxxxxx4567"_s);
        QCOMPARE(row.at(3).toString(), u"1950-01-01"_s);
        QCOMPARE(row.at(4).toString(), u"Bern"_s);
    }

    // No query of an analyst's recovers a masked value: not by comparing, sorting, grouping or
    // measuring it. The canary's email and phone are nowhere in what the sandbox holds or writes.
    void canaryNeverAppears()
    {
        PreviewSandbox sandbox;
        LoadOptions options;
        options.masks = analystMasks();
        QVERIFY(sandbox.load(m_people, options));
        const QStringList probes{
            u"SELECT count(*) FROM people WHERE email = 'canary.4711@example.org'"_s,
            u"SELECT count(*) FROM people WHERE email LIKE 'canary%'"_s,
            u"SELECT count(*) FROM people WHERE phone = '+41791234567'"_s,
            u"SELECT count(*) FROM people WHERE substr(phone, 1, 4) = '+417'"_s,
        };
        for (const QString &probe : probes)
            QCOMPARE(all(sandbox, probe).value(0).value(0).toLongLong(), 0);
        // Sorting by a masked column orders by the mask, and its length is the mask's.
        const auto sorted = all(sandbox, u"SELECT id, length(email) FROM people ORDER BY email LIMIT 3"_s);
        for (const QVariantList &r : sorted)
            QCOMPARE(r.at(1).toLongLong(), 64);

        const auto everything = sandbox.run(u"SELECT * FROM people ORDER BY phone"_s);
        QVERIFY(everything);
        const QString csv = m_dir.filePath(u"export.csv"_s);
        const Status csvWritten = sandbox.exportCsv(everything->id, csv);
        QVERIFY2(csvWritten, qPrintable(csvWritten ? QString() : csvWritten.error().toString()));
        const QString database = m_dir.filePath(u"export.sqlite"_s);
        const Status written = sandbox.exportDatabase(database);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        for (const QString &path : {csv, database}) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.size() > 1000);
            QVERIFY2(!bytes.contains(canaryEmail) && !bytes.contains(canaryPhone), qPrintable(path));
            QVERIFY(!bytes.contains("p17@example.com"));
        }
        // The exported CSV holds the masked rows all the same.
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 501);
    }

    void maskFunctionsAreCallable()
    {
        PreviewSandbox sandbox;
        QVERIFY(sandbox.load(m_people));
        const auto row = all(sandbox,
                             u"SELECT mask('Ab1-z'), mask_show_last_4('123456'), mask_show_first_4('123456'), "
                             "mask_null('x'), mask_date_show_year('1987-06-05'), base64_encode('hi'), base64_decode('aGk='), "
                             "unhex(hex('x'))"_s)
                             .value(0);
        QCOMPARE(row.at(0).toString(), u"Xxn-x"_s);
        QCOMPARE(row.at(1).toString(), u"xx3456"_s);
        QCOMPARE(row.at(2).toString(), u"1234xx"_s);
        QVERIFY(!row.at(3).isValid());
        QCOMPARE(row.at(4).toString(), u"1987-01-01"_s);
        QCOMPARE(row.at(5).toString(), u"aGk="_s);
        QCOMPARE(row.at(6).toString(), u"hi"_s);
        QCOMPARE(row.at(7).toByteArray(), "x"_ba);
    }

    void resultsArePagedAndCounted()
    {
        PreviewSandbox sandbox;
        QVERIFY(sandbox.load(m_people));
        QList<QVariantList> first;
        qint64 between = 0;
        const auto result = sandbox.run(
            u"SELECT a.id * 1000 + b.id AS n FROM people a, people b WHERE b.id <= 100 ORDER BY n"_s, 50,
            [&](const QueryResult &partial, const QList<QVariantList> &rows) {
                QCOMPARE(partial.columns.value(0).name, u"n"_s);
                first = rows;
            },
            [&](qint64 rows) {
                between = rows;
            });
        QVERIFY(result);
        QCOMPARE(result->rows, 50000);
        QCOMPARE(between, 50000);
        QCOMPARE(first.size(), 50);
        QCOMPARE(first.first().first().toLongLong(), 1001);
        const auto page = sandbox.fetch(result->id, 49990, 20).value();
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.last().first().toLongLong(), 500100);
        QCOMPARE(sandbox.fetch(result->id, 100, 1).value().value(0).value(0).toLongLong(), 2001);
    }

    void columnsAreProfiled()
    {
        PreviewSandbox sandbox;
        QVERIFY(sandbox.load(write(u"values.csv"_s, "n,city\n1,Bern\n2,Bern\n3,Basel\n4,\n10,Bern\n"_ba)));
        const auto result = sandbox.run(u"SELECT n, city FROM \"values\""_s);
        QVERIFY(result);
        QCOMPARE(result->columns.value(0).type, u"integer"_s);
        const auto profiles = sandbox.profile(result->id, 3);
        QVERIFY(profiles);
        const ColumnProfile &n = profiles->at(0);
        QCOMPARE(n.rows, 5);
        QCOMPARE(n.nulls, 0);
        QCOMPARE(n.distinct, 5);
        QCOMPARE(n.min.toLongLong(), 1);
        QCOMPARE(n.max.toLongLong(), 10);
        QCOMPARE(n.mean.value_or(-1), 4.0);
        QCOMPARE(n.histogram, QList<qint64>({3, 1, 1})); // [1, 4), [4, 7), [7, 10]
        const ColumnProfile &city = profiles->at(1);
        QCOMPARE(city.nulls, 1);
        QCOMPARE(city.distinct, 2);
        QVERIFY(!city.mean);
        QVERIFY(city.histogram.isEmpty());
        QCOMPARE(city.top.value(0).first.toString(), u"Bern"_s);
        QCOMPARE(city.top.value(0).second, 3);
    }

    void cancelFromAnotherThreadStopsAtOnce()
    {
        PreviewSandbox sandbox;
        sandbox.setTimeLimit(60'000);
        QVERIFY(sandbox.load(m_people));
        QElapsedTimer clock;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            clock.start();
            sandbox.cancel();
        });
        const auto result = sandbox.run(u"SELECT count(*) FROM people a, people b, people c, people d"_s);
        const qint64 latency = clock.elapsed();
        canceller.join();
        QVERIFY(!result);
        QCOMPARE(sandbox.lastStop(), PreviewSandbox::Stop::Cancelled);
        QVERIFY2(result.error().message.contains(u"cancelled"_s), qPrintable(result.error().toString()));
        qInfo("cancel took %lld ms", latency);
        QVERIFY2(latency < 2000, qPrintable(QString::number(latency)));
        QVERIFY(sandbox.run(u"SELECT 1"_s)); // the flag does not outlive the work it stopped
    }

    void timeLimitStops()
    {
        PreviewSandbox sandbox;
        sandbox.setTimeLimit(300);
        QVERIFY(sandbox.load(m_people));
        const auto result = sandbox.run(u"SELECT count(*) FROM people a, people b, people c, people d"_s);
        QVERIFY(!result);
        QCOMPARE(sandbox.lastStop(), PreviewSandbox::Stop::TimeLimit);
        QVERIFY2(result.error().message.contains(u"time limit"_s), qPrintable(result.error().toString()));
    }

    void noTemporaryFiles()
    {
        // Sorting a large result would spill to temporary files; here it stays in memory.
        QTemporaryDir tmp;
        qputenv("SQLITE_TMPDIR", QFile::encodeName(tmp.path()));
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        PreviewSandbox sandbox;
        LoadOptions options;
        options.masks = analystMasks();
        QVERIFY(sandbox.load(m_people, options));
        QVERIFY(sandbox.run(u"SELECT a.email, b.phone FROM people a, people b WHERE b.id < 200 ORDER BY 1, 2"_s));
        QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }
};

QTEST_GUILESS_MAIN(TestPreviewSandbox)
#include "tst_previewsandbox.moc"
