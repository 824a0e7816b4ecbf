#include "models/cli/cli.h"
#include "models/cli/commands.h"
#include "models/federation/standardfiles.h"
#include "models/governance/catalogviews.h"
#include "models/governance/exports.h"
#include "models/governance/policy.h"
#include "models/governance/qualitychecks.h"
#include "models/governance/standards.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Tessera::CliCommands {

int check(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption policiesOption({QStringLiteral("p"), QStringLiteral("policies")},
                                            Cli::tr("Policy files (*.policy.yaml) or folders of them."), Cli::tr("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), Cli::tr("text (the default) or json."), Cli::tr("FORMAT"),
                                          QStringLiteral("text"));
    const QCommandLineOption rangerOption(QStringLiteral("ranger"),
                                          Cli::tr("Also write the masking and access policies as Apache Ranger policy JSON."),
                                          Cli::tr("FILE"));
    const QCommandLineOption rangerServiceOption(QStringLiteral("ranger-service"),
                                                 Cli::tr("The Ranger service the policies are for (default: hive)."),
                                                 Cli::tr("NAME"), QStringLiteral("hive"));
    const QCommandLineOption unityOption(QStringLiteral("unity-catalog"),
                                         Cli::tr("Also write the masking and access policies as Unity Catalog SQL."),
                                         Cli::tr("FILE"));
    const QCommandLineOption unityNameOption(QStringLiteral("unity-catalog-name"),
                                             Cli::tr("The Unity Catalog catalog the tables live in (default: main)."),
                                             Cli::tr("NAME"), QStringLiteral("main"));
    parser.addOptions({catalog, policiesOption, formatOption, rangerOption, rangerServiceOption, unityOption, unityNameOption});
    if (!parseOptions(parser, QStringLiteral("check"), args, err))
        return Cli::UsageError;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << Cli::tr("tessera-cli check: --format is text or json, not “%1”").arg(format) << '\n';
        return Cli::UsageError;
    }
    json = json || format == QLatin1String("json");
    if (!parser.isSet(policiesOption)) {
        err << Cli::tr("tessera-cli check: name the policies with --policies PATH (files or folders)") << '\n';
        return Cli::UsageError;
    }
    const PolicyDocument policies = Policies::readAll(parser.values(policiesOption));
    if (policies.policies.isEmpty() && policies.errors.isEmpty()) {
        err << Cli::tr("tessera-cli check: no policy files (*.policy.yaml) in %1")
                   .arg(parser.values(policiesOption).join(QStringLiteral(", ")))
            << '\n';
        return Cli::Failure;
    }

    // What to check: domain folders given as arguments, else the catalog.
    CatalogContent mesh; // the files' (the catalog's products are read only for the exports)
    std::unique_ptr<CatalogStore> catalogStore;
    QString checked;
    if (const QStringList paths = parser.positionalArguments(); !paths.isEmpty()) {
        QStringList missing;
        const MeshFiles files = StandardFiles::read(StandardFiles::find(paths, &missing));
        for (const QString &m : missing)
            err << Cli::tr("tessera-cli check: %1: no such file or folder").arg(m) << '\n';
        if (!missing.isEmpty())
            return Cli::Failure;
        if (!files.ok()) {
            for (const Error &e : files.errors)
                err << lineMessage(e) << '\n';
            err << Cli::tr("tessera-cli check: the domain files have errors; nothing was checked.") << '\n';
            return Cli::Failure;
        }
        mesh = CatalogContent::of(files);
        checked = paths.join(QStringLiteral(", "));
    } else {
        auto store = openCatalog(parser, catalog);
        if (!store) {
            err << QLatin1String("tessera-cli check: ") << store.error().toString() << '\n';
            return Cli::Failure;
        }
        checked = store.value()->location().toString();
        catalogStore = std::move(store).value();
        if (parser.isSet(rangerOption) || parser.isSet(unityOption)) {
            auto read = CatalogContent::read(*catalogStore);
            if (!read) {
                err << QLatin1String("tessera-cli check: ") << read.error().toString() << '\n';
                return Cli::Failure;
            }
            mesh = std::move(read).value();
        }
    }

    // The exports, written whole or not at all (QSaveFile).
    auto writeExport = [&](const QCommandLineOption &option, const QByteArray &text) -> bool {
        if (!parser.isSet(option))
            return true;
        QSaveFile file(parser.value(option));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            err << Cli::tr("tessera-cli check: could not write %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            return false;
        }
        return true;
    };
    if (!writeExport(rangerOption, PolicyExports::ranger(policies.policies, mesh.products, parser.value(rangerServiceOption)))
        || !writeExport(unityOption,
                        PolicyExports::unityCatalog(policies.policies, mesh.products, parser.value(unityNameOption)).toUtf8()))
        return Cli::Failure;

    auto views = catalogStore ? CatalogViews::build(*catalogStore) : CatalogViews::build(mesh);
    if (!views) {
        err << QLatin1String("tessera-cli check: ") << views.error().toString() << '\n';
        return Cli::Failure;
    }
    PolicyRun run = Standards::run(policies, *views.value());
    // Quality policies on the sample data beside the files (or the sample mesh's, in a catalog).
    run.report.violations << (catalogStore ? QualityChecks::onSamples(policies.policies, *catalogStore, &run.errors)
                                           : QualityChecks::onFiles(policies.policies, mesh.products, mesh.domainNames, QString(),
                                                                    &run.errors));
    const StandardsReport &report = run.report;
    const int productCount = views.value()->productCount();
    const QList<Error> &errors = run.errors;

    int bySeverity[3] = {0, 0, 0};
    for (const Violation &v : report.violations)
        ++bySeverity[int(v.severity)];
    const bool failed = !errors.isEmpty() || bySeverity[int(Severity::Error)] > 0;

    if (json) {
        QJsonArray violations;
        for (const Violation &v : report.violations) {
            violations.append(QJsonObject{{QStringLiteral("policy"), v.policyId},
                                          {QStringLiteral("rule"), v.ruleId},
                                          {QStringLiteral("severity"), Policies::severityKey(v.severity)},
                                          {QStringLiteral("product"), v.productId},
                                          {QStringLiteral("productName"), v.productName},
                                          {QStringLiteral("domain"), v.domainId},
                                          {QStringLiteral("message"), v.message},
                                          {QStringLiteral("condition"), v.condition},
                                          {QStringLiteral("facts"), QJsonArray::fromStringList(v.facts())},
                                          {QStringLiteral("explanation"), v.explanation()},
                                          {QStringLiteral("file"), v.file},
                                          {QStringLiteral("line"), v.position.line},
                                          {QStringLiteral("column"), v.position.column}});
        }
        QJsonArray errorList;
        for (const Error &e : std::as_const(errors)) {
            QJsonObject o = errorJson(e);
            o.insert(QStringLiteral("file"), e.file);
            errorList.append(o);
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("checked"), checked},
                                         {QStringLiteral("policies"), int(policies.policies.size())},
                                         {QStringLiteral("products"), productCount},
                                         {QStringLiteral("violations"), violations},
                                         {QStringLiteral("errors"), errorList},
                                         {QStringLiteral("passed"), !failed}})
                   .toJson(QJsonDocument::Indented);
        return failed ? Cli::Failure : Cli::Success;
    }

    for (const Error &e : std::as_const(errors))
        err << lineMessage(e) << '\n';
    for (const Violation &v : report.violations)
        out << QStringLiteral("%1:%2: %3: %4")
                   .arg(v.file)
                   .arg(v.position.line)
                   .arg(Policies::severityKey(v.severity), v.explanation())
            << '\n';
    out << Cli::tr("%n policy(ies)", nullptr, int(policies.policies.size())) << ' '
        << Cli::tr("over %n product(s)", nullptr, productCount) << QLatin1String(": ")
        << Cli::tr("%n violation(s)", nullptr, int(report.violations.size()))
        << QStringLiteral(" (%1)").arg(Cli::tr("%1 errors, %2 warnings, %3 notes")
                                           .arg(bySeverity[int(Severity::Error)])
                                           .arg(bySeverity[int(Severity::Warning)])
                                           .arg(bySeverity[int(Severity::Info)]));
    if (!errors.isEmpty())
        out << QLatin1String("; ") << Cli::tr("%n problem(s) in the policies", nullptr, int(errors.size()));
    out << '\n';
    return failed ? Cli::Failure : Cli::Success;
}

} // namespace Tessera::CliCommands
