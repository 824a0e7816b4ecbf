#include "models/cli/cli.h"
#include "models/cli/commands.h"
#include "models/federation/standardfiles.h"
#include "models/formats/csvfield.h"
#include "models/governance/policy.h"
#include "models/preview/previewengine.h"
#include "models/preview/previewmasks.h"
#include "models/preview/previewprotocol.h"
#include "models/preview/recipe.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Tessera::CliCommands {

namespace {

QString cell(const QVariant &value)
{
    if (!value.isValid())
        return QString();
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

QString csvField(const QVariant &value)
{
    return value.isValid() ? QString::fromUtf8(Csv::field(cell(value), true)) : QString(); // null: nothing
}

} // namespace

int preview(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption sampleOption({QStringLiteral("s"), QStringLiteral("sample")},
                                          Cli::tr("A sample (CSV, JSON lines, or a SQLite file as FILE:TABLE); it becomes a "
                                                  "table named after the file. Repeat for more."),
                                          Cli::tr("FILE"));
    const QCommandLineOption sqlOption(QStringLiteral("sql"), Cli::tr("The query to run (SQLite's dialect)."), Cli::tr("TEXT"));
    const QCommandLineOption recipeOption(QStringLiteral("recipe"),
                                          Cli::tr("A recipe file (*.recipe.yaml) to run instead of a query."), Cli::tr("FILE"));
    const QCommandLineOption showSqlOption(QStringLiteral("show-sql"),
                                           Cli::tr("Print the query a recipe compiles to (on standard error)."));
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        Cli::tr("Whose view of the samples: analyst (the default), owner "
                                                "or steward."),
                                        Cli::tr("ROLE"), QStringLiteral("analyst"));
    const QCommandLineOption policiesOption(
        QStringLiteral("policies"),
        Cli::tr("Policy files or folders; their masking policies mask the samples. Product files found there describe the "
                "samples' columns (a sample is the dataset of its file name)."),
        Cli::tr("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::tr("table (the default), csv or json."),
                                          Cli::tr("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), Cli::tr("Rows to print (default 100; 0 prints all)."),
                                         Cli::tr("N"), QStringLiteral("100"));
    const QCommandLineOption badRowsOption(QStringLiteral("bad-rows"),
                                           Cli::tr("skip (the default: leave them out and say so) or stop (refuse the sample)."),
                                           Cli::tr("WHAT"), QStringLiteral("skip"));
    const QCommandLineOption timeOption(QStringLiteral("time-limit"), Cli::tr("Seconds the query may run (default 30)."),
                                        Cli::tr("SECONDS"), QStringLiteral("30"));
    parser.addOptions({sampleOption, sqlOption, recipeOption, showSqlOption, roleOption, policiesOption, formatOption,
                       limitOption, badRowsOption, timeOption});
    if (!parseOptions(parser, QStringLiteral("preview"), args, err))
        return Cli::UsageError;
    const QString format = parser.value(formatOption);
    const auto role = Roles::fromKey(parser.value(roleOption));
    bool limitOk = false, timeOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    const int seconds = parser.value(timeOption).toInt(&timeOk);
    const QString badRows = parser.value(badRowsOption);
    QString usage;
    if (!parser.isSet(sampleOption))
        usage = Cli::tr("name at least one sample with --sample FILE");
    else if (parser.isSet(sqlOption) == parser.isSet(recipeOption))
        usage = Cli::tr("say what to run with either --sql TEXT or --recipe FILE");
    else if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        usage = Cli::tr("--format is table, csv or json, not “%1”").arg(format);
    else if (!role)
        usage = Cli::tr("--role is one of %1, not “%2”").arg(Roles::keys().join(QStringLiteral(", ")), parser.value(roleOption));
    else if (!limitOk || limit < 0)
        usage = Cli::tr("--limit is a number of rows, not “%1”").arg(parser.value(limitOption));
    else if (!timeOk || seconds <= 0)
        usage = Cli::tr("--time-limit is a number of seconds, not “%1”").arg(parser.value(timeOption));
    else if (badRows != QLatin1String("skip") && badRows != QLatin1String("stop"))
        usage = Cli::tr("--bad-rows is skip or stop, not “%1”").arg(badRows);
    if (!usage.isEmpty()) {
        err << QLatin1String("tessera-cli preview: ") << usage << '\n';
        return Cli::UsageError;
    }
    json = json || format == QLatin1String("json");

    // A recipe is read before anything is loaded: a broken file costs nothing.
    Recipe recipe;
    if (parser.isSet(recipeOption)) {
        const RecipeRead read = Recipes::readFile(parser.value(recipeOption));
        if (!read.errors.isEmpty()) {
            for (const Error &e : read.errors)
                err << lineMessage(e) << '\n';
            err << Cli::tr("tessera-cli preview: the recipe has errors; nothing was run.") << '\n';
            return Cli::Failure;
        }
        recipe = read.recipe;
    }

    // Masking: the policies, and the products found beside them that describe the samples.
    QList<Policy> policies;
    QList<Product> products;
    if (parser.isSet(policiesOption)) {
        const PolicyDocument document = Policies::readAll(parser.values(policiesOption));
        if (!document.errors.isEmpty()) {
            for (const Error &e : document.errors)
                err << lineMessage(e) << '\n';
            err << Cli::tr("tessera-cli preview: the policies have errors; nothing was run.") << '\n';
            return Cli::Failure;
        }
        policies = document.policies;
        products = StandardFiles::read(StandardFiles::find(parser.values(policiesOption))).products;
    }

    PreviewEngine engine;
    engine.setTimeLimit(seconds * 1000);
    QJsonArray samples, maskedColumns;
    QList<LoadedTable> loadedTables; // for a recipe
    for (const QString &given : parser.values(sampleOption)) {
        QString path = given;
        LoadOptions options;
        options.badRows = badRows == QLatin1String("stop") ? BadRows::Stop : BadRows::Skip;
        // FILE:TABLE picks a table of a SQLite file.
        if (const qsizetype colon = given.lastIndexOf(QLatin1Char(':'));
            colon > 0 && !QFileInfo::exists(given) && SampleData::formatOf(given.left(colon)) == SampleFormat::SQLite) {
            path = given.left(colon);
            options.sqliteTable = given.mid(colon + 1);
        }
        const QString dataset = options.sqliteTable.isEmpty() ? QFileInfo(path).completeBaseName() : options.sqliteTable;
        options.table = dataset;
        const Product *product = nullptr;
        for (const Product &p : std::as_const(products)) {
            for (const Dataset &d : p.datasets) {
                if (d.name.compare(dataset, Qt::CaseInsensitive) == 0)
                    product = &p;
            }
        }
        const QList<PreviewMask> decided = PreviewMasks::of(policies, *role, product, dataset);
        options.masks = PreviewMasks::masks(decided);
        const auto loaded = engine.loadNow(path, options);
        if (!loaded) {
            err << lineMessage(loaded.error()) << '\n'; // the engine names the file
            return Cli::Failure;
        }
        for (const BadRow &bad : loaded->badRows)
            err << Cli::tr("%1:%2: row left out: %3").arg(path).arg(bad.line).arg(bad.message) << '\n';
        if (loaded->skipped > loaded->badRows.size())
            err << Cli::tr("%1: %L2 more rows left out").arg(path).arg(loaded->skipped - loaded->badRows.size()) << '\n';
        loadedTables << loaded.value();
        samples.append(QJsonObject{{QStringLiteral("table"), loaded->table},
                                   {QStringLiteral("file"), path},
                                   {QStringLiteral("rows"), loaded->rows},
                                   {QStringLiteral("skipped"), loaded->skipped}});
        for (const PreviewMask &m : decided) {
            const bool present = std::any_of(loaded->columns.cbegin(), loaded->columns.cend(), [&](const SampleColumn &c) {
                return c.name.compare(m.mask.column, Qt::CaseInsensitive) == 0;
            });
            if (m.decision.masked() && present) {
                maskedColumns.append(QJsonObject{{QStringLiteral("table"), loaded->table},
                                                 {QStringLiteral("column"), m.mask.column},
                                                 {QStringLiteral("mask"), Policies::maskKey(m.decision.mask)},
                                                 {QStringLiteral("explanation"), m.decision.explanation()}});
                if (!json)
                    err << Cli::tr("%1.%2: %3").arg(loaded->table, m.mask.column, m.decision.explanation()) << '\n';
            }
        }
    }

    QString sql = parser.value(sqlOption);
    if (parser.isSet(recipeOption)) {
        const auto compiled = Recipes::compile(recipe, Recipes::tablesOf(loadedTables));
        if (!compiled) {
            err << lineMessage(compiled.error()) << '\n';
            return Cli::Failure;
        }
        sql = compiled->sql;
        if (parser.isSet(showSqlOption))
            err << sql << '\n';
    }
    QList<QVariantList> rows;
    const auto result = engine.runNow(sql);
    if (!result) {
        err << QLatin1String("tessera-cli preview: ") << result.error().toString() << '\n';
        return Cli::Failure;
    }
    const qint64 wanted = limit == 0 ? result->rows : std::min<qint64>(limit, result->rows);
    for (qint64 offset = 0; offset < wanted;) {
        const auto page = engine.fetchNow(result->id, offset, int(std::min<qint64>(wanted - offset, 5000)));
        if (!page) {
            err << QLatin1String("tessera-cli preview: ") << page.error().toString() << '\n';
            return Cli::Failure;
        }
        if (page->isEmpty())
            break;
        rows += page.value();
        offset += page->size();
    }

    if (json) {
        QJsonArray columns, values;
        for (const ResultColumn &c : result->columns)
            columns.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type}});
        for (const QVariantList &row : std::as_const(rows)) {
            QJsonArray r;
            for (const QVariant &v : row)
                r.append(v.typeId() == QMetaType::QByteArray ? QJsonValue(cell(v)) : QJsonValue::fromVariant(v));
            values.append(r);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("samples"), samples},
                                         {QStringLiteral("masked"), maskedColumns},
                                         {QStringLiteral("columns"), columns},
                                         {QStringLiteral("rows"), values},
                                         {QStringLiteral("rowCount"), result->rows},
                                         {QStringLiteral("milliseconds"), result->milliseconds}})
                   .toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    if (format == QLatin1String("csv")) {
        QStringList header;
        for (const ResultColumn &c : result->columns)
            header << csvField(c.name);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const QVariantList &row : std::as_const(rows)) {
            QStringList fields;
            for (const QVariant &v : row)
                fields << csvField(v);
            out << fields.join(QLatin1Char(',')) << '\n';
        }
    } else {
        // A plain text table: columns as wide as their widest value (up to 40 characters).
        QList<qsizetype> widths;
        for (const ResultColumn &c : result->columns)
            widths << std::min<qsizetype>(40, c.name.size());
        const auto shown = [](const QVariant &v) {
            QString text = v.isValid() ? cell(v) : QStringLiteral("∅");
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return text.size() > 40 ? text.left(39) + QStringLiteral("…") : text;
        };
        for (const QVariantList &row : std::as_const(rows)) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths.at(i), shown(row.at(i)).size());
        }
        QStringList line;
        for (qsizetype i = 0; i < widths.size(); ++i)
            line << result->columns.at(i).name.left(40).leftJustified(widths.at(i));
        out << line.join(QLatin1String("  ")).trimmed() << '\n';
        line.clear();
        for (qsizetype w : std::as_const(widths))
            line << QString(w, QLatin1Char('-'));
        out << line.join(QLatin1String("  ")) << '\n';
        for (const QVariantList &row : std::as_const(rows)) {
            line.clear();
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
                const bool number = row.at(i).typeId() == QMetaType::LongLong || row.at(i).typeId() == QMetaType::Double;
                line << (number ? shown(row.at(i)).rightJustified(widths.at(i)) : shown(row.at(i)).leftJustified(widths.at(i)));
            }
            out << line.join(QLatin1String("  ")).trimmed() << '\n';
        }
        out << Cli::tr("(%Ln row(s)", nullptr, int(std::min<qint64>(result->rows, INT_MAX)))
            << (rows.size() < result->rows ? Cli::tr("; the first %L1 shown").arg(rows.size()) : QString())
            << QLatin1String(")\n");
    }
    if (rows.size() < result->rows && format == QLatin1String("csv"))
        err << Cli::tr("tessera-cli preview: %L1 of %L2 rows written; --limit 0 writes all").arg(rows.size()).arg(result->rows)
            << '\n';
    return Cli::Success;
}

} // namespace Tessera::CliCommands
