#include "models/cli/cli.h"

#include "models/cli/commands.h"

#include "models/core/commandline.h"
#include "models/core/runtimeinfo.h"
#include "models/core/translations.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTextStream>

#include <functional>

namespace Tessera {

namespace {

struct Command {
    QString name;
    QString summary;
    std::function<int(const QStringList &args, bool json, QTextStream &out, QTextStream &err)> run;
};

} // namespace

int CliCommands::info(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty()) {
        err << Cli::tr("tessera-cli info: unexpected argument \"%1\"").arg(args.first()) << '\n';
        return Cli::UsageError;
    }
    const RuntimeInfo info = RuntimeInfo::current();
    const Status sqlite = checkSqliteDriver(info);
    const bool postgres = QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
    if (json) {
        QJsonObject object{
            {QStringLiteral("tessera"), info.tesseraVersion},
            {QStringLiteral("qt"), info.qtRuntimeVersion},
            {QStringLiteral("qtBuild"), info.qtBuildVersion},
            {QStringLiteral("sqlite"), info.sqliteLibraryVersion},
            {QStringLiteral("sqliteDriver"), info.sqliteDriverVersion},
            {QStringLiteral("postgresqlDriver"), postgres},
            {QStringLiteral("languages"), QJsonValue::fromVariant(Translations::available())},
            {QStringLiteral("ok"), sqlite.ok()},
        };
        if (!sqlite)
            object.insert(QStringLiteral("error"), sqlite.error().message);
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        out << Cli::tr("Tessera %1").arg(info.tesseraVersion) << '\n'
            << Cli::tr("Qt: %1 (built with %2)").arg(info.qtRuntimeVersion, info.qtBuildVersion) << '\n'
            << Cli::tr("SQLite: %1 (Qt's driver: %2)")
                   .arg(info.sqliteLibraryVersion,
                        info.sqliteDriverVersion.isEmpty() ? Cli::tr("missing") : info.sqliteDriverVersion)
            << '\n'
            << Cli::tr("PostgreSQL driver: %1").arg(postgres ? Cli::tr("available") : Cli::tr("missing")) << '\n'
            << Cli::tr("Languages: %1").arg(Translations::available().join(QLatin1String(", "))) << '\n';
    }
    if (!sqlite) {
        err << QLatin1String("tessera-cli: ") << sqlite.error().message << '\n';
        return Cli::Failure;
    }
    return Cli::Success;
}

namespace {

QList<Command> commands()
{
    return {
        {QStringLiteral("info"), Cli::tr("Show the versions of Tessera and its libraries, and check the SQLite driver."),
         CliCommands::info},
        {QStringLiteral("validate"),
         Cli::tr("Check ODCS, ODPS and DPDS files (or folders of them) against their standards: validate FILE..."),
         CliCommands::validate},
        {QStringLiteral("import"),
         Cli::tr("Import ODPS products and ODCS contracts into a catalog, all or nothing: import [--catalog C] PATH..."),
         CliCommands::importFiles},
        {QStringLiteral("export"),
         Cli::tr("Write a product as standard files: export [--catalog C] --product ID [--format odcs|odps] --out DIR"),
         CliCommands::exportProduct},
        {QStringLiteral("search"), Cli::tr("Find products: search [--catalog C] [--facet NAME=VALUE] [--facets] WORDS..."),
         CliCommands::search},
        {QStringLiteral("source"),
         Cli::tr("Domain folders the catalog syncs from: source add NAME FOLDER | list | sync [NAME...] | write-back PRODUCT | "
                 "remove NAME"),
         CliCommands::source},
        {QStringLiteral("lineage"),
         Cli::tr("Write the lineage graph: lineage [--catalog C] [--focus NODE --up N --down N] [--columns] "
                 "--format dot|graphml|mermaid|svg|json [--out FILE]"),
         CliCommands::lineage},
        {QStringLiteral("impact"),
         Cli::tr("What a change to a dataset or product reaches downstream: impact [--catalog C] NODE [--json] [--csv]"),
         CliCommands::impact},
        {QStringLiteral("ingest"),
         Cli::tr("Store OpenLineage events (NDJSON, JSON arrays or single events; - for standard input) as runs: "
                 "ingest [--catalog C] FILE..."),
         CliCommands::ingest},
        {QStringLiteral("runs"),
         Cli::tr("List pipeline runs, newest first: runs [--catalog C] [--job NAME] [--state STATE] [--limit N] [--json]"),
         CliCommands::runs},
        {QStringLiteral("receive"),
         Cli::tr("Receive OpenLineage events over HTTP as Marquez does (POST /api/v1/lineage): receive [--catalog C] "
                 "[--port P] [--address A [--allow-remote]]"),
         CliCommands::receive},
        {QStringLiteral("check"),
         Cli::tr("Check policies against domain folders or a catalog, with the reasons: check --policies PATH [--catalog C] "
                 "[FOLDER...] [--format text|json]"),
         CliCommands::check},
        {QStringLiteral("preview"),
         Cli::tr("Run a query or a recipe on sample data in the preview sandbox, masked for a role: preview --sample FILE... "
                 "(--sql TEXT | --recipe FILE) [--role R] [--policies PATH] [--format table|csv|json] [--limit N]"),
         CliCommands::preview},
    };
}

} // namespace

int Cli::execute(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tessera's command line, for scripts and continuous integration."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Write machine-readable JSON instead of text."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."), tr("COMMAND [ARGS...]"));

    const QList<Command> all = commands();
    QString help = parser.helpText() + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : all)
        help += QLatin1String("  ") + command.name.leftJustified(12) + command.summary + QLatin1Char('\n');

    if (!parser.parse(arguments)) {
        err << QLatin1String("tessera-cli: ") << parser.errorText() << '\n' << tr("Try \"tessera-cli --help\".") << '\n';
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        out << help;
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out << CommandLine::versionText(QStringLiteral("tessera-cli"));
        return Success;
    }
    QStringList positional = parser.positionalArguments();
    // Options given after the command (e.g. "info --json") belong to the command.
    bool json = parser.isSet(jsonOption);
    if (positional.removeAll(QStringLiteral("--json")) > 0)
        json = true;
    if (positional.isEmpty()) {
        err << tr("tessera-cli: no command given.") << '\n' << help;
        return UsageError;
    }
    const QString name = positional.takeFirst();
    for (const Command &command : all) {
        if (command.name == name)
            return command.run(positional, json, out, err);
    }
    err << tr("tessera-cli: unknown command \"%1\". Try \"tessera-cli --help\".").arg(name) << '\n';
    return UsageError;
}

int Cli::run(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION_STRING));
    Translations::install(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return execute(QCoreApplication::arguments(), out, err);
}

} // namespace Tessera
