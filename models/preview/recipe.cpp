#include "models/preview/recipe.h"

#include "models/formats/yamlreader.h"
#include "models/formats/yamlwriter.h"
#include "models/governance/catalogviews.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Tessera {

namespace {

using F = RecipeField;

// How a step's SELECT list is made from its input's columns.
struct Context {
    const RecipeStep &step;
    const RecipeStepKind &kind;
    int index; // 0-based
    const QString &file;

    Error fail(const QString &message, const QString &key = QString()) const
    {
        Error e(Recipes::tr("step %1 (%2): %3").arg(index + 1).arg(kind.title, message));
        e.at(file, step.line, step.column);
        e.inField(QStringLiteral("steps[%1].%2").arg(index).arg(step.kind)
                  + (key.isEmpty() ? QString() : QLatin1Char('.') + key));
        return e;
    }
};

// The column of `columns` named `name` (SQL names compare without case), or empty.
QString find(const QStringList &columns, const QString &name)
{
    for (const QString &c : columns) {
        if (c.compare(name, Qt::CaseInsensitive) == 0)
            return c;
    }
    return QString();
}

QString literal(const QString &value)
{
    bool number = false;
    value.toDouble(&number);
    // A number stays a number, unless it would lose its leading zeros ("007").
    if (number && !(value.size() > 1 && value.startsWith(QLatin1Char('0')) && value.at(1).isDigit()))
        return value.trimmed();
    return CatalogViews::sqlString(value);
}

// Texts only: trim(42) would make the number a text.
QString onText(const QString &column, const QString &expression)
{
    return QStringLiteral("iif(typeof(%1) = 'text', %2, %1)").arg(CatalogViews::sqlName(column), expression);
}

QString castTo(const QString &type, const QString &column)
{
    const QString c = CatalogViews::sqlName(column);
    if (type == QLatin1String("integer"))
        return QStringLiteral("CASE WHEN typeof(%1) IN ('integer', 'real') THEN CAST(%1 AS INTEGER) "
                              "WHEN json_valid(trim(%1)) AND json_type(trim(%1)) = 'integer' THEN CAST(trim(%1) AS INTEGER) "
                              "WHEN json_valid(trim(%1)) AND json_type(trim(%1)) = 'real' THEN CAST(CAST(trim(%1) AS REAL) AS "
                              "INTEGER) END")
            .arg(c);
    if (type == QLatin1String("real"))
        return QStringLiteral("CASE WHEN typeof(%1) IN ('integer', 'real') THEN CAST(%1 AS REAL) "
                              "WHEN json_valid(trim(%1)) AND json_type(trim(%1)) IN ('integer', 'real') THEN CAST(trim(%1) AS "
                              "REAL) END")
            .arg(c);
    if (type == QLatin1String("date"))
        return QStringLiteral("date(%1)").arg(c);
    if (type == QLatin1String("timestamp"))
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1)").arg(c);
    if (type == QLatin1String("boolean"))
        return QStringLiteral("CASE WHEN lower(trim(%1)) IN ('true', 't', 'yes', 'y', '1') THEN 1 "
                              "WHEN lower(trim(%1)) IN ('false', 'f', 'no', 'n', '0') THEN 0 END")
            .arg(c);
    return QStringLiteral("CAST(%1 AS TEXT)").arg(c);
}

// SELECT of every input column, some replaced by expressions, with more columns after them.
QString selectOf(const QStringList &columns, const QHash<QString, QString> &replaced,
                 const QList<std::pair<QString, QString>> &added = {})
{
    QStringList items;
    for (const QString &c : columns) {
        const auto it = replaced.constFind(c);
        items << (it == replaced.constEnd() ? CatalogViews::sqlName(c)
                                            : it.value() + QLatin1String(" AS ") + CatalogViews::sqlName(c));
    }
    for (const auto &[name, expression] : added)
        items << expression + QLatin1String(" AS ") + CatalogViews::sqlName(name);
    return QLatin1String("SELECT ") + items.join(QLatin1String(", "));
}

// A name not among columns, for a helper column of our own.
QString helperName(const QStringList &columns)
{
    QString name = QStringLiteral("tessera_row");
    while (!find(columns, name).isEmpty())
        name += QLatin1Char('_');
    return name;
}

} // namespace

const QList<RecipeStepKind> &Recipes::kinds()
{
    // Built each time the language could have changed: titles and labels are translated.
    static QList<RecipeStepKind> list;
    static QString builtFor;
    const QString language = tr("Remove duplicates");
    if (builtFor == language && !list.isEmpty())
        return list;
    builtFor = language;
    const QStringList types{QStringLiteral("integer"), QStringLiteral("real"),      QStringLiteral("text"),
                            QStringLiteral("date"),    QStringLiteral("timestamp"), QStringLiteral("boolean")};
    const QStringList encodings{QStringLiteral("base64"), QStringLiteral("hex")};
    list = {
        {QStringLiteral("dedupe"),
         tr("Remove duplicates"),
         {{QStringLiteral("columns"), F::Columns, false, tr("Same values in (all columns when empty)"), {}}}},
        {QStringLiteral("fill"),
         tr("Fill missing values"),
         {{QStringLiteral("column"), F::Column, true, tr("Column"), {}},
          {QStringLiteral("value"), F::Text, true, tr("Value"), {}}}},
        {QStringLiteral("cast"),
         tr("Change type"),
         {{QStringLiteral("column"), F::Column, true, tr("Column"), {}},
          {QStringLiteral("to"), F::Choice, true, tr("To"), types}}},
        {QStringLiteral("formatDate"),
         tr("Format dates"),
         {{QStringLiteral("column"), F::Column, true, tr("Column"), {}},
          {QStringLiteral("format"), F::Text, true, tr("Format (strftime: %Y-%m-%d)"), {}}}},
        {QStringLiteral("trim"), tr("Trim spaces"), {{QStringLiteral("columns"), F::Columns, true, tr("Columns"), {}}}},
        {QStringLiteral("lower"), tr("Lower case"), {{QStringLiteral("columns"), F::Columns, true, tr("Columns"), {}}}},
        {QStringLiteral("upper"), tr("Upper case"), {{QStringLiteral("columns"), F::Columns, true, tr("Columns"), {}}}},
        {QStringLiteral("replace"),
         tr("Replace text"),
         {{QStringLiteral("column"), F::Column, true, tr("Column"), {}},
          {QStringLiteral("find"), F::Text, true, tr("Find"), {}},
          {QStringLiteral("with"), F::Text, false, tr("Replace with"), {}}}},
        {QStringLiteral("split"),
         tr("Split a column"),
         {{QStringLiteral("column"), F::Column, true, tr("Column"), {}},
          {QStringLiteral("separator"), F::Text, true, tr("Separator"), {}},
          {QStringLiteral("into"), F::Names, true, tr("Into new columns"), {}}}},
        {QStringLiteral("derive"),
         tr("Derived column"),
         {{QStringLiteral("name"), F::Name, true, tr("Name"), {}},
          {QStringLiteral("expression"), F::Expression, true, tr("Expression (SQL)"), {}}}},
        {QStringLiteral("filter"),
         tr("Keep rows"),
         {{QStringLiteral("where"), F::Expression, true, tr("Where (SQL condition)"), {}}}},
        {QStringLiteral("aggregate"),
         tr("Aggregate"),
         {{QStringLiteral("groupBy"), F::Columns, false, tr("Group by"), {}},
          {QStringLiteral("measures"), F::Mapping, true, tr("Measures (name: expression)"), {}}}},
        {QStringLiteral("join"),
         tr("Join a dataset"),
         {{QStringLiteral("table"), F::Table, true, tr("Dataset"), {}},
          {QStringLiteral("on"), F::Mapping, true, tr("On (column: its column)"), {}},
          {QStringLiteral("kind"), F::Choice, false, tr("Keep"), {QStringLiteral("left"), QStringLiteral("inner")}},
          {QStringLiteral("columns"), F::TableColumns, false, tr("Its columns to add (all when empty)"), {}}}},
        {QStringLiteral("encode"),
         tr("Encode"),
         {{QStringLiteral("columns"), F::Columns, true, tr("Columns"), {}},
          {QStringLiteral("as"), F::Choice, false, tr("As"), encodings}}},
        {QStringLiteral("decode"),
         tr("Decode"),
         {{QStringLiteral("columns"), F::Columns, true, tr("Columns"), {}},
          {QStringLiteral("as"), F::Choice, false, tr("From"), encodings}}},
        {QStringLiteral("rename"),
         tr("Rename columns"),
         {{QStringLiteral("columns"), F::Mapping, true, tr("Columns (old: new)"), {}}}},
        {QStringLiteral("select"),
         tr("Choose columns"),
         {{QStringLiteral("columns"), F::Columns, true, tr("Columns, in order"), {}}}},
    };
    return list;
}

const RecipeStepKind *Recipes::kind(const QString &key)
{
    for (const RecipeStepKind &k : kinds()) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

RecipeStep Recipes::step(const QString &kind)
{
    RecipeStep step;
    step.kind = kind;
    if (const RecipeStepKind *k = Recipes::kind(kind)) {
        for (const RecipeFieldInfo &f : k->fields) {
            if (f.type == F::Choice && !f.choices.isEmpty())
                step.texts.insert(f.key, f.choices.first());
        }
    }
    return step;
}

// --- files ----------------------------------------------------------------------------------------

RecipeRead Recipes::parse(const QByteArray &yaml, const QString &fileName)
{
    RecipeRead read;
    read.recipe.file = fileName;
    const auto document = YamlReader::parse(yaml, fileName);
    if (!document) {
        read.errors << document.error();
        return read;
    }
    auto fail = [&](const DocNode &at, const QString &message, const QString &field) {
        read.errors << Error(message).at(fileName, at.line, at.column).inField(field);
    };
    const DocNode &root = *document;
    if (root.kind != DocNode::Kind::Object) {
        fail(root, tr("a recipe is a mapping with name, input and steps"), QString());
        return read;
    }
    const QStringList known{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("input"),
                            QStringLiteral("steps")};
    for (qsizetype i = 0; i < root.keys.size(); ++i) {
        if (!known.contains(root.keys.at(i)))
            read.errors << Error(tr("unknown key “%1” (known here: %2)").arg(root.keys.at(i), known.join(QStringLiteral(", "))))
                               .at(fileName, root.keyPositions.at(size_t(i)).first, root.keyPositions.at(size_t(i)).second)
                               .inField(root.keys.at(i));
    }
    for (const QString &key : {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("input")}) {
        const DocNode *n = root.member(key);
        if (n && !n->isScalar())
            fail(*n, tr("expected text, found %1").arg(DocNode::kindName(n->kind)), key);
    }
    read.recipe.name = root.text(QStringLiteral("name")).trimmed();
    read.recipe.description = root.text(QStringLiteral("description")).trimmed();
    read.recipe.input = root.text(QStringLiteral("input")).trimmed();
    if (read.recipe.input.isEmpty())
        fail(root, tr("“input” is required: the dataset the first step reads"), QStringLiteral("input"));

    const DocNode *steps = root.member(QStringLiteral("steps"));
    if (!steps || steps->kind == DocNode::Kind::Null)
        return read; // no steps: the input as it is
    if (steps->kind != DocNode::Kind::Array) {
        fail(*steps, tr("expected a list of steps, found %1").arg(DocNode::kindName(steps->kind)), QStringLiteral("steps"));
        return read;
    }
    QStringList kindKeys;
    for (const RecipeStepKind &k : kinds())
        kindKeys << k.key;
    for (size_t i = 0; i < steps->items.size(); ++i) {
        const DocNode &item = steps->items.at(i);
        const QString path = QStringLiteral("steps[%1]").arg(i);
        if (item.kind != DocNode::Kind::Object || item.keys.size() != 1) {
            fail(item, tr("a step is a mapping with one key, its kind (%1)").arg(kindKeys.join(QStringLiteral(", "))), path);
            continue;
        }
        const RecipeStepKind *kind = Recipes::kind(item.keys.first());
        if (!kind) {
            fail(item, tr("“%1” is not a step: use %2").arg(item.keys.first(), kindKeys.join(QStringLiteral(", "))), path);
            continue;
        }
        RecipeStep step = Recipes::step(kind->key);
        step.line = item.line;
        step.column = item.column;
        const QString stepPath = path + QLatin1Char('.') + kind->key;
        const DocNode &body = item.values.front();
        // The short form: the first field's value alone.
        DocNode shortForm;
        const DocNode *fields = &body;
        if (body.kind != DocNode::Kind::Object) {
            shortForm.kind = DocNode::Kind::Object;
            shortForm.line = body.line;
            shortForm.column = body.column;
            shortForm.keys << kind->fields.first().key;
            shortForm.values.push_back(body);
            shortForm.keyPositions.emplace_back(body.line, body.column);
            fields = &shortForm;
        }
        QStringList fieldKeys;
        for (const RecipeFieldInfo &f : kind->fields)
            fieldKeys << f.key;
        for (qsizetype k = 0; k < fields->keys.size(); ++k) {
            if (!fieldKeys.contains(fields->keys.at(k)))
                read.errors << Error(tr("unknown field “%1” of %2 (known: %3)")
                                         .arg(fields->keys.at(k), kind->key, fieldKeys.join(QStringLiteral(", "))))
                                   .at(fileName, fields->keyPositions.at(size_t(k)).first,
                                       fields->keyPositions.at(size_t(k)).second)
                                   .inField(stepPath + QLatin1Char('.') + fields->keys.at(k));
        }
        for (const RecipeFieldInfo &f : kind->fields) {
            const DocNode *n = fields->member(f.key);
            const QString fieldPath = stepPath + QLatin1Char('.') + f.key;
            if (!n || n->kind == DocNode::Kind::Null)
                continue; // required ones are checked when compiled, where the form's blanks are too
            switch (f.type) {
            case F::Columns:
            case F::Names:
            case F::TableColumns: {
                QStringList values;
                if (n->isScalar()) {
                    values << n->string.trimmed();
                } else if (n->kind == DocNode::Kind::Array) {
                    for (const DocNode &v : n->items) {
                        if (v.isScalar())
                            values << v.string.trimmed();
                        else
                            fail(v, tr("expected a column name, found %1").arg(DocNode::kindName(v.kind)), fieldPath);
                    }
                } else {
                    fail(*n, tr("expected a list of columns, found %1").arg(DocNode::kindName(n->kind)), fieldPath);
                }
                step.lists.insert(f.key, values);
                break;
            }
            case F::Mapping: {
                if (n->kind != DocNode::Kind::Object) {
                    fail(*n, tr("expected a mapping (name: value), found %1").arg(DocNode::kindName(n->kind)), fieldPath);
                    break;
                }
                QList<std::pair<QString, QString>> pairs;
                for (qsizetype k = 0; k < n->keys.size(); ++k) {
                    const DocNode &v = n->values.at(size_t(k));
                    if (!v.isScalar())
                        fail(v, tr("expected text, found %1").arg(DocNode::kindName(v.kind)),
                             fieldPath + QLatin1Char('.') + n->keys.at(k));
                    else
                        pairs.append({n->keys.at(k).trimmed(), v.string.trimmed()});
                }
                step.mappings.insert(f.key, pairs);
                break;
            }
            default:
                if (!n->isScalar()) {
                    fail(*n, tr("expected text, found %1").arg(DocNode::kindName(n->kind)), fieldPath);
                    break;
                }
                if (f.type == F::Choice && !f.choices.contains(n->string.trimmed())) {
                    fail(*n, tr("“%1” is not one of %2").arg(n->string, f.choices.join(QStringLiteral(", "))), fieldPath);
                    break;
                }
                // Values keep their spaces (a separator may be one); names and SQL do not need them.
                step.texts.insert(f.key, f.type == F::Text ? n->string : n->string.trimmed());
            }
        }
        read.recipe.steps << step;
    }
    return read;
}

RecipeRead Recipes::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RecipeRead read;
        read.errors << Error(tr("cannot read the recipe: %1").arg(file.errorString())).at(QDir::toNativeSeparators(path));
        return read;
    }
    return parse(file.readAll(), QDir::toNativeSeparators(path));
}

QByteArray Recipes::toYaml(const Recipe &recipe)
{
    DocNode root;
    root.kind = DocNode::Kind::Object;
    auto add = [](DocNode &object, const QString &key, DocNode value) {
        object.keys << key;
        object.values.push_back(std::move(value));
        object.keyPositions.emplace_back(0, 0);
    };
    auto text = [](const QString &value) {
        DocNode n;
        n.kind = DocNode::Kind::String;
        n.string = value;
        return n;
    };
    if (!recipe.name.isEmpty())
        add(root, QStringLiteral("name"), text(recipe.name));
    if (!recipe.description.isEmpty())
        add(root, QStringLiteral("description"), text(recipe.description));
    add(root, QStringLiteral("input"), text(recipe.input));
    DocNode steps;
    steps.kind = DocNode::Kind::Array;
    for (const RecipeStep &step : recipe.steps) {
        const RecipeStepKind *kind = Recipes::kind(step.kind);
        if (!kind)
            continue;
        DocNode fields;
        fields.kind = DocNode::Kind::Object;
        for (const RecipeFieldInfo &f : kind->fields) {
            if (step.lists.contains(f.key)) {
                DocNode list;
                list.kind = DocNode::Kind::Array;
                for (const QString &v : step.lists.value(f.key))
                    list.items.push_back(text(v));
                if (!list.items.empty())
                    add(fields, f.key, std::move(list));
            } else if (step.mappings.contains(f.key)) {
                DocNode mapping;
                mapping.kind = DocNode::Kind::Object;
                for (const auto &[k, v] : step.mappings.value(f.key))
                    add(mapping, k, text(v));
                if (!mapping.keys.isEmpty())
                    add(fields, f.key, std::move(mapping));
            } else if (step.texts.contains(f.key)) {
                add(fields, f.key, text(step.texts.value(f.key)));
            }
        }
        DocNode item;
        item.kind = DocNode::Kind::Object;
        add(item, step.kind, std::move(fields));
        steps.items.push_back(std::move(item));
    }
    add(root, QStringLiteral("steps"), std::move(steps));
    return YamlWriter::write(root);
}

// --- SQL ------------------------------------------------------------------------------------------

Result<CompiledRecipe> Recipes::compile(const Recipe &recipe, const QHash<QString, QStringList> &tables)
{
    auto tableNamed = [&](const QString &name) -> std::optional<std::pair<QString, QStringList>> {
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return std::pair{it.key(), it.value()};
        }
        return std::nullopt;
    };
    QStringList names = tables.keys();
    names.sort(Qt::CaseInsensitive);
    const auto input = tableNamed(recipe.input);
    if (!input) {
        Error e(recipe.input.isEmpty() ? tr("choose the dataset the recipe starts from")
                                       : tr("there is no dataset “%1” loaded (loaded: %2)")
                                             .arg(recipe.input, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        return e.at(recipe.file).inField(QStringLiteral("input"));
    }
    CompiledRecipe compiled;
    QStringList columns = input->second;
    QString from = CatalogViews::sqlName(input->first);
    QStringList ctes;
    for (int i = 0; i < recipe.steps.size(); ++i) {
        const RecipeStep &step = recipe.steps.at(i);
        const RecipeStepKind *kind = Recipes::kind(step.kind);
        if (!kind)
            return Error(tr("step %1: “%2” is not a step").arg(i + 1).arg(step.kind)).at(recipe.file, step.line, step.column);
        const Context context{step, *kind, i, recipe.file};
        // Required fields first, then the columns named.
        for (const RecipeFieldInfo &f : kind->fields) {
            const bool empty = step.lists.contains(f.key) ? step.lists.value(f.key).isEmpty()
                : step.mappings.contains(f.key)           ? step.mappings.value(f.key).isEmpty()
                : f.type == F::Text                       ? step.text(f.key).isEmpty() // a separator may be a space
                                                          : step.text(f.key).trimmed().isEmpty();
            if (f.required && empty)
                return context.fail(tr("“%1” is required").arg(f.label), f.key);
        }
        auto column = [&](const QString &key) -> Result<QString> {
            const QString name = step.text(key).trimmed();
            const QString found = find(columns, name);
            if (found.isEmpty())
                return context.fail(
                    tr("there is no column “%1” here (columns: %2)").arg(name, columns.join(QStringLiteral(", "))), key);
            return found;
        };
        auto columnList = [&](const QString &key, const QStringList &among) -> Result<QStringList> {
            QStringList found;
            for (const QString &name : step.list(key)) {
                const QString c = find(among, name);
                if (c.isEmpty())
                    return context.fail(
                        tr("there is no column “%1” here (columns: %2)").arg(name, among.join(QStringLiteral(", "))), key);
                if (!found.contains(c))
                    found << c;
            }
            return found;
        };
        auto newName = [&](const QString &name, const QString &key, const QStringList &taken) -> Status {
            if (name.isEmpty())
                return context.fail(tr("a new column needs a name"), key);
            if (!find(taken, name).isEmpty())
                return context.fail(tr("there is a column “%1” already").arg(name), key);
            return Ok{};
        };

        QString select;
        QStringList out = columns;
        const QString &k = step.kind;
        if (k == u"dedupe"_s) {
            const auto keys = columnList(QStringLiteral("columns"), columns);
            if (!keys)
                return keys.error();
            if (keys->isEmpty() || keys->size() == columns.size()) {
                select = QStringLiteral("SELECT DISTINCT * FROM %1").arg(from);
            } else {
                QStringList partition;
                for (const QString &c : *keys)
                    partition << CatalogViews::sqlName(c);
                QStringList all;
                for (const QString &c : columns)
                    all << CatalogViews::sqlName(c);
                const QString n = CatalogViews::sqlName(helperName(columns));
                // The first row of each group, in the input's order.
                select = QStringLiteral("SELECT %1 FROM (SELECT *, row_number() OVER (PARTITION BY %2) AS %3 FROM %4) "
                                        "WHERE %3 = 1")
                             .arg(all.join(QStringLiteral(", ")), partition.join(QStringLiteral(", ")), n, from);
            }
        } else if (k == u"fill"_s) {
            const auto c = column(QStringLiteral("column"));
            if (!c)
                return c.error();
            select = selectOf(columns,
                              {{*c,
                                QStringLiteral("coalesce(nullif(%1, ''), %2)")
                                    .arg(CatalogViews::sqlName(*c), literal(step.text(u"value"_s)))}})
                + QLatin1String(" FROM ") + from;
        } else if (k == u"cast"_s || k == u"formatDate"_s) {
            const auto c = column(QStringLiteral("column"));
            if (!c)
                return c.error();
            const QString expression = k == u"cast"_s
                ? castTo(step.text(u"to"_s), *c)
                : QStringLiteral("strftime(%1, %2)")
                      .arg(CatalogViews::sqlString(step.text(u"format"_s)), CatalogViews::sqlName(*c));
            select = selectOf(columns, {{*c, expression}}) + QLatin1String(" FROM ") + from;
        } else if (k == u"trim"_s || k == u"lower"_s || k == u"upper"_s || k == u"encode"_s || k == u"decode"_s) {
            const auto chosen = columnList(QStringLiteral("columns"), columns);
            if (!chosen)
                return chosen.error();
            const bool hex = step.text(u"as"_s) == u"hex"_s;
            QHash<QString, QString> replaced;
            for (const QString &c : *chosen) {
                const QString q = CatalogViews::sqlName(c);
                if (k == u"encode"_s)
                    replaced.insert(c,
                                    hex ? QStringLiteral("iif(%1 IS NULL, NULL, lower(hex(%1)))").arg(q)
                                        : QStringLiteral("base64_encode(%1)").arg(q));
                else if (k == u"decode"_s)
                    replaced.insert(c,
                                    hex ? QStringLiteral("hex_decode(%1)").arg(q) : QStringLiteral("base64_decode(%1)").arg(q));
                else
                    replaced.insert(c, onText(c, QStringLiteral("%1(%2)").arg(k, q)));
            }
            select = selectOf(columns, replaced) + QLatin1String(" FROM ") + from;
        } else if (k == u"replace"_s) {
            const auto c = column(QStringLiteral("column"));
            if (!c)
                return c.error();
            select = selectOf(columns,
                              {{*c,
                                onText(*c,
                                       QStringLiteral("replace(%1, %2, %3)")
                                           .arg(CatalogViews::sqlName(*c), CatalogViews::sqlString(step.text(u"find"_s)),
                                                CatalogViews::sqlString(step.text(u"with"_s))))}})
                + QLatin1String(" FROM ") + from;
        } else if (k == u"split"_s) {
            const auto c = column(QStringLiteral("column"));
            if (!c)
                return c.error();
            QList<std::pair<QString, QString>> added;
            for (const QString &name : step.list(u"into"_s)) {
                if (Status s = newName(name, QStringLiteral("into"), out); !s)
                    return s.error();
                added.append({name,
                              QStringLiteral("split_part(%1, %2, %3)")
                                  .arg(CatalogViews::sqlName(*c), CatalogViews::sqlString(step.text(u"separator"_s)))
                                  .arg(added.size() + 1)});
                out << name;
            }
            select = selectOf(columns, {}, added) + QLatin1String(" FROM ") + from;
        } else if (k == u"derive"_s) {
            const QString name = step.text(u"name"_s).trimmed();
            const QString expression = QLatin1Char('(') + step.text(u"expression"_s) + QLatin1Char(')');
            if (const QString existing = find(columns, name); !existing.isEmpty()) {
                select = selectOf(columns, {{existing, expression}}) + QLatin1String(" FROM ") + from; // replaces it
            } else {
                if (Status s = newName(name, QStringLiteral("name"), columns); !s)
                    return s.error();
                select = selectOf(columns, {}, {{name, expression}}) + QLatin1String(" FROM ") + from;
                out << name;
            }
        } else if (k == u"filter"_s) {
            select = QStringLiteral("SELECT * FROM %1 WHERE (%2)").arg(from, step.text(u"where"_s));
        } else if (k == u"aggregate"_s) {
            const auto groups = columnList(QStringLiteral("groupBy"), columns);
            if (!groups)
                return groups.error();
            QStringList items, groupItems;
            out = *groups;
            for (const QString &g : *groups) {
                items << CatalogViews::sqlName(g);
                groupItems << CatalogViews::sqlName(g);
            }
            for (const auto &[name, expression] : step.mappings.value(u"measures"_s)) {
                if (Status s = newName(name, QStringLiteral("measures"), out); !s)
                    return s.error();
                if (expression.isEmpty())
                    return context.fail(tr("say how “%1” is computed, as count(*) or sum(amount)").arg(name), u"measures"_s);
                items << QLatin1Char('(') + expression + QLatin1String(") AS ") + CatalogViews::sqlName(name);
                out << name;
            }
            select = QStringLiteral("SELECT %1 FROM %2").arg(items.join(QStringLiteral(", ")), from);
            if (!groupItems.isEmpty())
                select += QLatin1String(" GROUP BY ") + groupItems.join(QStringLiteral(", "));
        } else if (k == u"join"_s) {
            const auto other = tableNamed(step.text(u"table"_s));
            if (!other)
                return context.fail(tr("there is no dataset “%1” loaded (loaded: %2)")
                                        .arg(step.text(u"table"_s), names.join(QStringLiteral(", "))),
                                    u"table"_s);
            QStringList conditions;
            QStringList keysOfOther;
            for (const auto &[left, right] : step.mappings.value(u"on"_s)) {
                const QString l = find(columns, left);
                const QString r = find(other->second, right);
                if (l.isEmpty())
                    return context.fail(
                        tr("there is no column “%1” here (columns: %2)").arg(left, columns.join(QStringLiteral(", "))), u"on"_s);
                if (r.isEmpty())
                    return context.fail(tr("%1 has no column “%2” (columns: %3)")
                                            .arg(other->first, right, other->second.join(QStringLiteral(", "))),
                                        u"on"_s);
                conditions << QStringLiteral("l.%1 = r.%2").arg(CatalogViews::sqlName(l), CatalogViews::sqlName(r));
                keysOfOther << r;
            }
            QStringList taken;
            if (step.list(u"columns"_s).isEmpty()) {
                for (const QString &c : other->second) {
                    if (!keysOfOther.contains(c))
                        taken << c;
                }
            } else {
                const auto chosen = columnList(QStringLiteral("columns"), other->second);
                if (!chosen)
                    return chosen.error();
                taken = *chosen;
            }
            QStringList items;
            for (const QString &c : columns)
                items << QLatin1String("l.") + CatalogViews::sqlName(c);
            for (const QString &c : std::as_const(taken)) {
                // A name the input has already gets the dataset's name in front.
                QString name = c;
                if (!find(out, name).isEmpty())
                    name = other->first + QLatin1Char('_') + c;
                if (Status s = newName(name, QStringLiteral("columns"), out); !s)
                    return s.error();
                items << QLatin1String("r.") + CatalogViews::sqlName(c) + QLatin1String(" AS ") + CatalogViews::sqlName(name);
                out << name;
            }
            select = QStringLiteral("SELECT %1 FROM %2 AS l %3 JOIN %4 AS r ON %5")
                         .arg(items.join(QStringLiteral(", ")), from,
                              step.text(u"kind"_s) == u"inner"_s ? QStringLiteral("INNER") : QStringLiteral("LEFT"),
                              CatalogViews::sqlName(other->first), conditions.join(QStringLiteral(" AND ")));
        } else if (k == u"rename"_s) {
            QStringList items;
            QHash<QString, QString> renamed;
            for (const auto &[old, now] : step.mappings.value(u"columns"_s)) {
                const QString c = find(columns, old);
                if (c.isEmpty())
                    return context.fail(
                        tr("there is no column “%1” here (columns: %2)").arg(old, columns.join(QStringLiteral(", "))),
                        u"columns"_s);
                renamed.insert(c, now);
            }
            out.clear();
            for (const QString &c : columns) {
                const QString name = renamed.value(c, c);
                if (Status s = newName(name, QStringLiteral("columns"), out); !s)
                    return s.error();
                items << (name == c ? CatalogViews::sqlName(c)
                                    : CatalogViews::sqlName(c) + QLatin1String(" AS ") + CatalogViews::sqlName(name));
                out << name;
            }
            select = QStringLiteral("SELECT %1 FROM %2").arg(items.join(QStringLiteral(", ")), from);
        } else if (k == u"select"_s) {
            const auto chosen = columnList(QStringLiteral("columns"), columns);
            if (!chosen)
                return chosen.error();
            QStringList items;
            for (const QString &c : *chosen)
                items << CatalogViews::sqlName(c);
            out = *chosen;
            select = QStringLiteral("SELECT %1 FROM %2").arg(items.join(QStringLiteral(", ")), from);
        }
        QString comment = summary(step);
        comment.replace(QLatin1Char('\n'), QLatin1Char(' '));
        comment.replace(QLatin1Char('\r'), QLatin1Char(' '));
        const QString name = QStringLiteral("step%1").arg(i + 1);
        ctes << QStringLiteral("  -- %1. %2\n  %3 AS (\n    %4\n  )").arg(i + 1).arg(comment, name, select);
        from = name;
        columns = out;
        compiled.columns << columns;
    }
    if (ctes.isEmpty()) {
        compiled.sql = QStringLiteral("SELECT * FROM %1").arg(from);
        compiled.columns << columns;
    } else {
        compiled.sql = QLatin1String("WITH\n") + ctes.join(QLatin1String(",\n")) + QLatin1String("\nSELECT * FROM ") + from;
    }
    return compiled;
}

QHash<QString, QStringList> Recipes::tablesOf(const QList<LoadedTable> &loaded)
{
    QHash<QString, QStringList> tables;
    for (const LoadedTable &t : loaded) {
        QStringList columns;
        for (const SampleColumn &c : t.columns)
            columns << c.identifier;
        tables.insert(t.table, columns);
    }
    return tables;
}

QString Recipes::mappingText(const QList<std::pair<QString, QString>> &pairs)
{
    QStringList lines;
    for (const auto &[a, b] : pairs)
        lines << a + u": "_s + b;
    return lines.join(u'\n');
}

QList<std::pair<QString, QString>> Recipes::mappingFrom(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            pairs.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return pairs;
}

QStringList Recipes::listFrom(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

QString Recipes::summary(const RecipeStep &step)
{
    const RecipeStepKind *kind = Recipes::kind(step.kind);
    if (!kind)
        return step.kind;
    QStringList parts;
    for (const RecipeFieldInfo &f : kind->fields) {
        QString value;
        if (step.lists.contains(f.key))
            value = step.lists.value(f.key).join(QStringLiteral(", "));
        else if (step.mappings.contains(f.key)) {
            QStringList pairs;
            for (const auto &[a, b] : step.mappings.value(f.key))
                pairs << a + QStringLiteral(" → ") + b;
            value = pairs.join(QStringLiteral(", "));
        } else
            value = step.text(f.key);
        if (!value.isEmpty())
            parts << value;
    }
    return parts.isEmpty() ? kind->title : kind->title + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

} // namespace Tessera
