#include "models/catalog/catalogstore.h"
#include "models/catalog/search.h"
#include "models/cli/cli.h"
#include "models/cli/commands.h"
#include "models/core/credentials.h"
#include "models/core/runtimeinfo.h"
#include "models/federation/samplemesh.h"
#include "models/federation/standardfiles.h"
#include "models/federation/sync.h"
#include "models/formats/odcs.h"
#include "models/formats/odps.h"
#include "models/formats/openlineage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

namespace Tessera::CliCommands {

// Parses a command's own options; on a usage problem writes it to err and returns false.
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{command} + args)) {
        err << QLatin1String("tessera-cli ") << command << QLatin1String(": ") << parser.errorText() << '\n';
        return false;
    }
    return true;
}

QCommandLineOption catalogOption()
{
    return QCommandLineOption(QStringLiteral("catalog"),
                              Cli::tr("The catalog: a file or a postgresql:// URL (default: your own)."), Cli::tr("CATALOG"));
}

Result<std::unique_ptr<CatalogStore>> openCatalog(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    CatalogLocation location = CatalogLocation::defaultLocation();
    if (parser.isSet(option)) {
        auto parsed = CatalogLocation::parse(parser.value(option));
        if (!parsed)
            return parsed.error();
        location = parsed.value();
    }
    // A team catalog's password: one Tessera keeps in the system keychain, else libpq's own
    // (~/.pgpass, PGPASSWORD). Never an option: it would be seen in the process list.
    // The keychain only for a person at a terminal: it may ask them to unlock it, which a script
    // could never answer.
    bool fromKeychain = false;
    if (location.kind() == CatalogLocation::Kind::PostgreSql && qEnvironmentVariableIsEmpty("PGPASSWORD")
        && ::isatty(STDIN_FILENO) && Keychain::isAvailable()) {
        if (auto kept = Keychain::read(SessionPasswords::key(location)); kept && kept->has_value()) {
            SessionPasswords::remember(location, **kept);
            fromKeychain = true;
        }
    }
    auto opened = SampleMesh::openCatalog(location, currentUserName());
    if (!opened && fromKeychain && CatalogStore::wantsPassword(opened.error())) {
        // A stale password in the keychain: libpq's own (~/.pgpass) may still be right.
        SessionPasswords::forget(location);
        opened = SampleMesh::openCatalog(location, currentUserName());
    }
    if (!opened && CatalogStore::wantsPassword(opened.error())) {
        Error error = opened.error();
        error.message += QLatin1Char(' ')
            + Cli::tr("Give the password in ~/.pgpass or PGPASSWORD, or open the catalog once in Tessera and let it "
                      "remember the password in the system keychain.");
        return error;
    }
    return opened;
}

int importFiles(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    parser.addOption(catalog);
    if (!parseOptions(parser, QStringLiteral("import"), args, err))
        return Cli::UsageError;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << Cli::tr("tessera-cli import: name the files or folders to import.") << '\n';
        return Cli::UsageError;
    }
    QStringList missing;
    // OpenLineage run logs (given, or found in folders) bring lineage; the rest are standard files.
    const QStringList logs = OpenLineage::find(paths);
    QStringList files = StandardFiles::find(paths, &missing);
    files.removeIf([&](const QString &file) {
        return logs.contains(file);
    });
    for (const QString &path : std::as_const(missing))
        err << Cli::tr("tessera-cli import: %1: no such file or folder").arg(path) << '\n';
    if (!missing.isEmpty())
        return Cli::Failure;

    // Read everything first: one bad file and nothing is imported.
    const MeshFiles mesh = StandardFiles::read(files);
    const QList<Domain> &domains = mesh.domains;
    const QList<Team> &teams = mesh.teams;
    const QList<Product> &products = mesh.products;
    const QList<Error> &problems = mesh.errors;
    QList<Error> warnings = mesh.warnings;
    const OpenLineage::Read events = OpenLineage::readFiles(logs);
    warnings << events.errors; // a bad event is left out, as a sync does
    SourceLineage lineage{QString(), OpenLineage::lineageOf(events.events)};
    lineage.add = true;
    lineage.events = events.events;
    for (const Error &w : warnings)
        err << w.location() << ": "
            << Cli::tr("warning: %1").arg((w.field.isEmpty() ? QString() : w.field + QLatin1String(": ")) + w.message) << '\n';
    if (!problems.isEmpty()) {
        for (const Error &e : problems)
            err << e.toString() << '\n';
        err << Cli::tr("Nothing was imported: %n file(s) have problems.", nullptr, int(problems.size())) << '\n';
        return Cli::Failure;
    }

    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli import: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    int updated = 0;
    for (const Product &p : std::as_const(products)) {
        if (auto existing = store.value()->product(p.id); existing && existing.value())
            ++updated;
    }
    if (Status done
        = store.value()->importAll(domains, teams, products, QStringLiteral("import"), {},
                                   lineage.facts.isEmpty() && lineage.events.isEmpty() ? std::nullopt : std::optional(lineage));
        !done) {
        err << QLatin1String("tessera-cli import: ") << done.error().toString() << '\n';
        err << Cli::tr("Nothing was imported.") << '\n';
        return Cli::Failure;
    }
    const int created = int(products.size()) - updated;
    if (json) {
        QJsonArray ids;
        for (const Product &p : std::as_const(products))
            ids.append(p.id);
        out << QJsonDocument(QJsonObject{{QStringLiteral("catalog"), store.value()->location().toString()},
                                         {QStringLiteral("created"), created},
                                         {QStringLiteral("updated"), updated},
                                         {QStringLiteral("products"), ids}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << Cli::tr("Imported %n product(s) into %1", nullptr, int(products.size())).arg(store.value()->location().toString())
            << ": " << Cli::tr("%1 new, %2 updated.").arg(created).arg(updated) << '\n';
    }
    return Cli::Success;
}

int exportProduct(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption product(QStringLiteral("product"), Cli::tr("The id of the product to export."), Cli::tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Cli::tr("odcs: the product's data contracts; odps: its product file and its contracts."),
                                    Cli::tr("FORMAT"), QStringLiteral("odcs"));
    const QCommandLineOption outDir(QStringLiteral("out"), Cli::tr("The folder to write to."), Cli::tr("DIR"));
    parser.addOptions({catalog, product, format, outDir});
    if (!parseOptions(parser, QStringLiteral("export"), args, err))
        return Cli::UsageError;
    if (!parser.isSet(product) || !parser.isSet(outDir)) {
        err << Cli::tr("tessera-cli export: --product ID and --out DIR are needed.") << '\n';
        return Cli::UsageError;
    }
    const QString kind = parser.value(format);
    if (kind != QLatin1String("odcs") && kind != QLatin1String("odps")) {
        err << Cli::tr("tessera-cli export: unknown --format \"%1\"; use odcs or odps.").arg(kind) << '\n';
        return Cli::UsageError;
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli export: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    const auto found = store.value()->product(parser.value(product));
    if (!found || !found.value()) {
        err << Cli::tr("tessera-cli export: %1")
                   .arg(found ? Cli::tr("no product %1 in the catalog").arg(parser.value(product)) : found.error().toString())
            << '\n';
        return Cli::Failure;
    }
    const Product &p = *found.value();
    const std::optional<Team> team = store.value()->team(p.ownerTeamId);
    const QString domainName = store.value()->domainName(p.domainId);
    const QDir dir(parser.value(outDir));
    if (!QDir().mkpath(dir.path())) {
        err << Cli::tr("tessera-cli export: cannot create the folder %1").arg(dir.path()) << '\n';
        return Cli::Failure;
    }
    // The product's contracts (one per output port), and with odps its product file too.
    QList<std::pair<QString, QByteArray>> outputs;
    QStringList contractIds;
    for (const Dataset &d : p.datasets) {
        if (!d.contractId.isEmpty() && !contractIds.contains(d.contractId))
            contractIds << d.contractId;
    }
    if (contractIds.isEmpty())
        contractIds << p.id;
    if (kind == QLatin1String("odps"))
        outputs.append({Odcs::slug(p.id) + QLatin1String(".odps.yaml"), Odps::toYaml(p, team, domainName)});
    for (const QString &id : std::as_const(contractIds))
        outputs.append({Odcs::slug(id) + QLatin1String(".odcs.yaml"), Odcs::toYaml(p, team, domainName, id)});

    QJsonArray written;
    for (const auto &[name, bytes] : std::as_const(outputs)) {
        const QString path = dir.filePath(name);
        QSaveFile file(path); // all or nothing: a failed write leaves the old file as it was
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            err << Cli::tr("tessera-cli export: cannot write %1: %2").arg(path, file.errorString()) << '\n';
            return Cli::Failure;
        }
        written.append(path);
        if (!json)
            out << path << '\n';
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("files"), written}}).toJson(QJsonDocument::Indented);
    return Cli::Success;
}

} // namespace Tessera::CliCommands

namespace Tessera::CliCommands {

int search(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption facet(QStringLiteral("facet"),
                                   Cli::tr("Only products with this facet value: domain=, owner=, tag=, classification=, status= "
                                           "(repeat for more)."),
                                   Cli::tr("NAME=VALUE"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("How many results (default 20)."), Cli::tr("N"),
                                   QStringLiteral("20"));
    const QCommandLineOption facets(QStringLiteral("facets"), Cli::tr("Also count the matches per facet value."));
    parser.addOptions({catalog, facet, limit, facets});
    if (!parseOptions(parser, QStringLiteral("search"), args, err))
        return Cli::UsageError;

    SearchQuery query;
    query.text = parser.positionalArguments().join(QLatin1Char(' '));
    bool numeric = false;
    query.limit = parser.value(limit).toInt(&numeric);
    if (!numeric || query.limit < 1) {
        err << Cli::tr("tessera-cli search: --limit needs a positive number") << '\n';
        return Cli::UsageError;
    }
    const QStringList given = parser.values(facet);
    for (const QString &f : given) {
        const qsizetype equals = f.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            err << Cli::tr("tessera-cli search: --facet %1: write it as NAME=VALUE").arg(f) << '\n';
            return Cli::UsageError;
        }
        query.facets[f.left(equals)] << f.mid(equals + 1);
    }
    if (Status ok = SearchParser::checkFacets(query.facets); !ok) {
        err << QLatin1String("tessera-cli search: ") << ok.error().message << '\n';
        return Cli::UsageError;
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli search: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    const auto hits = store.value()->search(query);
    if (!hits) {
        err << QLatin1String("tessera-cli search: ") << hits.error().message << '\n';
        return Cli::UsageError; // the query itself is wrong, e.g. an unclosed quote
    }
    QMap<QString, QList<FacetValue>> counts;
    if (parser.isSet(facets)) {
        const auto found = store.value()->facets(query);
        if (!found) {
            err << QLatin1String("tessera-cli search: ") << found.error().message << '\n';
            return Cli::Failure;
        }
        counts = found.value();
    }
    if (json) {
        QJsonArray results;
        for (const SearchHit &h : hits.value()) {
            results.append(QJsonObject{{QStringLiteral("id"), h.product.id},
                                       {QStringLiteral("domain"), h.product.domainId},
                                       {QStringLiteral("name"), h.product.name},
                                       {QStringLiteral("title"), h.product.title},
                                       {QStringLiteral("status"), Catalog::statusKey(h.product.status)},
                                       {QStringLiteral("classification"), Catalog::classificationKey(h.product.classification)},
                                       {QStringLiteral("owner"), h.product.ownerTeamId}});
        }
        QJsonObject object{{QStringLiteral("query"), query.text}, {QStringLiteral("results"), results}};
        if (parser.isSet(facets)) {
            QJsonObject facetObject;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                QJsonObject values;
                for (const FacetValue &v : it.value())
                    values.insert(v.value, v.count);
                facetObject.insert(it.key(), values);
            }
            object.insert(QStringLiteral("facets"), facetObject);
        }
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    for (const SearchHit &h : hits.value())
        out << h.product.id << '\t' << h.product.title << '\n';
    if (hits->isEmpty())
        out << Cli::tr("No products match.") << '\n';
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList values;
        for (const FacetValue &v : it.value())
            values << QStringLiteral("%1 (%2)").arg(v.value).arg(v.count);
        out << it.key() << QLatin1String(": ") << values.join(QLatin1String(", ")) << '\n';
    }
    return Cli::Success;
}

} // namespace Tessera::CliCommands

namespace Tessera::CliCommands {

int source(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    parser.addOption(catalog);
    if (!parseOptions(parser, QStringLiteral("source"), args, err))
        return Cli::UsageError;
    QStringList words = parser.positionalArguments();
    const QString action = words.isEmpty() ? QString() : words.takeFirst();
    const bool known = (action == QLatin1String("add") && words.size() == 2)
        || (action == QLatin1String("list") && words.isEmpty()) || action == QLatin1String("sync")
        || (action == QLatin1String("remove") && words.size() == 1)
        || (action == QLatin1String("write-back") && words.size() == 1);
    if (!known) {
        err << Cli::tr("tessera-cli source: use \"source add NAME FOLDER\", \"source list\", \"source sync [NAME...]\", "
                       "\"source write-back PRODUCT\" or \"source remove NAME\".")
            << '\n';
        return Cli::UsageError;
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli source: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    CatalogStore &catalogStore = *store.value();

    if (action == QLatin1String("add")) {
        const auto added = Sync::addSource(catalogStore, words.at(0), words.at(1));
        if (!added) {
            err << QLatin1String("tessera-cli source add: ") << added.error().message << '\n';
            return Cli::Failure;
        }
        out << Cli::tr("Added the source %1 (%2). Run \"tessera-cli source sync %1\" to read it.").arg(added->id, added->path)
            << '\n';
        return Cli::Success;
    }
    if (action == QLatin1String("write-back")) {
        const auto written = Sync::writeBack(catalogStore, words.at(0));
        if (!written) {
            err << QLatin1String("tessera-cli source write-back: ") << written.error().toString() << '\n';
            return Cli::Failure;
        }
        for (const QString &path : written.value())
            out << path << '\n';
        return Cli::Success;
    }
    if (action == QLatin1String("remove")) {
        if (Status removed = catalogStore.removeSource(words.at(0)); !removed) {
            err << QLatin1String("tessera-cli source remove: ") << removed.error().message << '\n';
            return Cli::Failure;
        }
        out << Cli::tr("Removed the source %1 and its products.").arg(words.at(0)) << '\n';
        return Cli::Success;
    }
    const auto sources = catalogStore.sources();
    if (!sources) {
        err << QLatin1String("tessera-cli source: ") << sources.error().toString() << '\n';
        return Cli::Failure;
    }
    if (action == QLatin1String("list")) {
        QJsonArray list;
        for (const Source &s : sources.value()) {
            if (json) {
                list.append(QJsonObject{{QStringLiteral("name"), s.id},
                                        {QStringLiteral("path"), s.path},
                                        {QStringLiteral("addedBy"), s.addedBy},
                                        {QStringLiteral("lastSync"), s.lastSync.toString(Qt::ISODate)},
                                        {QStringLiteral("lastReport"), s.lastReport}});
            } else {
                out << s.id << '\t' << s.path << '\t'
                    << (s.lastSync.isValid() ? s.lastSync.toLocalTime().toString(Qt::ISODate) + QLatin1String(": ") + s.lastReport
                                             : Cli::tr("never synced"))
                    << '\n';
            }
        }
        if (json)
            out << QJsonDocument(QJsonObject{{QStringLiteral("sources"), list}}).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }

    // sync: the named sources, or all of them.
    QStringList names = words;
    if (names.isEmpty()) {
        for (const Source &s : sources.value())
            names << s.id;
    }
    bool allApplied = true;
    QJsonArray reports;
    for (const QString &name : std::as_const(names)) {
        const SyncReport report = Sync::run(catalogStore, name);
        allApplied = allApplied && report.applied;
        for (const Error &w : report.warnings)
            err << w.toString() << '\n';
        for (const Error &e : report.errors + report.conflicts)
            err << e.toString() << '\n';
        if (json) {
            reports.append(QJsonObject{{QStringLiteral("source"), name},
                                       {QStringLiteral("applied"), report.applied},
                                       {QStringLiteral("added"), QJsonArray::fromStringList(report.added)},
                                       {QStringLiteral("changed"), QJsonArray::fromStringList(report.changed)},
                                       {QStringLiteral("removed"), QJsonArray::fromStringList(report.removed)},
                                       {QStringLiteral("unchanged"), int(report.unchanged.size())},
                                       {QStringLiteral("problems"), int(report.errors.size() + report.conflicts.size())}});
        } else {
            out << name << QLatin1String(": ") << report.summary() << '\n';
        }
    }
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("syncs"), reports}}).toJson(QJsonDocument::Indented);
    return allApplied ? Cli::Success : Cli::Failure;
}

} // namespace Tessera::CliCommands
