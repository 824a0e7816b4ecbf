#include "models/cli/cli.h"
#include "models/cli/commands.h"
#include "models/formats/graphexport.h"
#include "models/lineage/lineagegraph.h"
#include "models/lineage/lineagescope.h"
#include "models/lineage/traversal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace Tessera::CliCommands {

namespace {

Result<LineageGraph> catalogLineage(CatalogStore &store)
{
    auto input = store.lineageInput();
    if (!input)
        return input.error();
    return LineageGraph::build(input.value());
}

// Cycles go to err as warnings: the graph is still written, walks stop at them.
void reportCycles(const LineageGraph &graph, const QString &command, QTextStream &err)
{
    for (const QList<int> &cycle : LineageWalk::cycles(graph)) {
        QStringList names;
        for (int node : cycle)
            names << graph.node(node).name;
        err << Cli::tr("tessera-cli %1: warning: a cycle in the lineage: %2").arg(command, names.join(QStringLiteral(", ")))
            << '\n';
    }
}

bool writeOutput(const QString &path, const QByteArray &bytes, QTextStream &out, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int lineage(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption focus(QStringLiteral("focus"),
                                   Cli::tr("Only the neighbourhood of a node: a product id, a dataset, or a job."),
                                   Cli::tr("NODE"));
    const QCommandLineOption up(QStringLiteral("up"), Cli::tr("Hops upstream of the focus (default 2)."), Cli::tr("N"),
                                QStringLiteral("2"));
    const QCommandLineOption down(QStringLiteral("down"), Cli::tr("Hops downstream of the focus (default 2)."), Cli::tr("N"),
                                  QStringLiteral("2"));
    const QCommandLineOption columns(QStringLiteral("columns"), Cli::tr("Include column-level lineage."));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("dot, graphml, mermaid, svg or json."), Cli::tr("FORMAT"));
    const QCommandLineOption output(QStringLiteral("out"), Cli::tr("The file to write (default: standard output)."),
                                    Cli::tr("FILE"));
    const QCommandLineOption byProduct(QStringLiteral("collapse-products"), Cli::tr("One node per product."));
    const QCommandLineOption byDomain(QStringLiteral("collapse-domains"), Cli::tr("One node per domain."));
    parser.addOptions({catalog, focus, up, down, columns, format, output, byProduct, byDomain});
    if (!parseOptions(parser, QStringLiteral("lineage"), args, err))
        return Cli::UsageError;
    QString formatName = parser.value(format);
    if (formatName.isEmpty() && json)
        formatName = QStringLiteral("json");
    const auto kind = GraphExport::formatFromName(formatName);
    if (!kind) {
        err << Cli::tr("tessera-cli lineage: --format must be one of %1.")
                   .arg(GraphExport::formatNames().join(QStringLiteral(", ")))
            << '\n';
        return Cli::UsageError;
    }
    bool upOk = false, downOk = false;
    const int upHops = parser.value(up).toInt(&upOk);
    const int downHops = parser.value(down).toInt(&downOk);
    if (!upOk || !downOk || upHops < 0 || downHops < 0) {
        err << Cli::tr("tessera-cli lineage: --up and --down take a number of hops (0 or more).") << '\n';
        return Cli::UsageError;
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli lineage: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    auto built = catalogLineage(*store.value());
    if (!built) {
        err << QLatin1String("tessera-cli lineage: ") << built.error().toString() << '\n';
        return Cli::Failure;
    }
    LineageGraph graph = built.value();
    reportCycles(graph, QStringLiteral("lineage"), err);
    QString title = Cli::tr("Lineage of %1").arg(store.value()->location().toString());
    // What the lineage view would show for the same choices.
    LineageScope scope;
    scope.collapseAllProducts = parser.isSet(byProduct);
    scope.collapseAllDomains = parser.isSet(byDomain);
    if (parser.isSet(focus)) {
        scope.focus = QStringList{parser.value(focus)};
        scope.up = upHops;
        scope.down = downHops;
        title = Cli::tr("Lineage of %1, %2 up and %3 down").arg(parser.value(focus)).arg(upHops).arg(downHops);
    }
    const ScopedLineage shown = ScopedLineage::apply(graph, scope);
    if (!shown.unresolved.isEmpty()) {
        err << Cli::tr("tessera-cli lineage: no product, dataset or job named \"%1\" in the lineage.").arg(parser.value(focus))
            << '\n';
        return Cli::Failure;
    }
    GraphExport::Options options;
    options.columns = parser.isSet(columns);
    options.title = title;
    const QByteArray bytes = GraphExport::write(*kind, shown.graph, options);
    QString error;
    if (!writeOutput(parser.value(output), bytes, out, &error)) {
        err << Cli::tr("tessera-cli lineage: cannot write %1: %2").arg(parser.value(output), error) << '\n';
        return Cli::Failure;
    }
    if (parser.isSet(output) && parser.value(output) != QLatin1String("-"))
        err << Cli::tr("%1: %n node(s), %2 edge(s)", nullptr, int(graph.nodeCount()))
                   .arg(parser.value(output))
                   .arg(graph.edgeCount())
            << '\n';
    return Cli::Success;
}

int impact(const QStringList &args, bool json, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption catalog = catalogOption();
    const QCommandLineOption csv(QStringLiteral("csv"), Cli::tr("Write CSV (one row per dataset)."));
    parser.addOptions({catalog, csv});
    parser.addPositionalArgument(QStringLiteral("node"), Cli::tr("A product id, a dataset or a job."));
    if (!parseOptions(parser, QStringLiteral("impact"), args, err))
        return Cli::UsageError;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1) {
        err << Cli::tr("tessera-cli impact: name one product, dataset or job.") << '\n';
        return Cli::UsageError;
    }
    auto store = openCatalog(parser, catalog);
    if (!store) {
        err << QLatin1String("tessera-cli impact: ") << store.error().toString() << '\n';
        return Cli::Failure;
    }
    auto built = catalogLineage(*store.value());
    if (!built) {
        err << QLatin1String("tessera-cli impact: ") << built.error().toString() << '\n';
        return Cli::Failure;
    }
    const LineageGraph &graph = built.value();
    reportCycles(graph, QStringLiteral("impact"), err);
    const QList<int> seeds = graph.resolve(words.first());
    if (seeds.isEmpty()) {
        err << Cli::tr("tessera-cli impact: no product, dataset or job named \"%1\" in the lineage.").arg(words.first()) << '\n';
        return Cli::Failure;
    }
    const LineageWalk::Impact impact = LineageWalk::impact(graph, seeds);
    if (parser.isSet(csv)) {
        out << QString::fromUtf8(LineageWalk::impactCsv(graph, impact));
        return Cli::Success;
    }
    if (json) {
        QJsonArray datasets;
        for (const LineageWalk::ImpactRow &row : impact.datasets) {
            const LineageNode &n = graph.node(row.node);
            QJsonObject o{{QStringLiteral("distance"), row.distance},
                          {QStringLiteral("dataset"), n.name},
                          {QStringLiteral("key"), n.key},
                          {QStringLiteral("productId"), n.productId},
                          {QStringLiteral("product"), n.productName},
                          {QStringLiteral("domain"), n.domainName},
                          {QStringLiteral("team"), n.teamName},
                          {QStringLiteral("external"), n.external}};
            if (row.via >= 0)
                o.insert(QStringLiteral("from"), graph.node(row.via).key);
            if (row.job >= 0)
                o.insert(QStringLiteral("job"), graph.node(row.job).name);
            datasets.append(o);
        }
        QJsonArray products;
        for (const LineageWalk::ProductImpact &p : impact.products) {
            products.append(QJsonObject{{QStringLiteral("distance"), p.distance},
                                        {QStringLiteral("productId"), p.productId},
                                        {QStringLiteral("product"), p.productName},
                                        {QStringLiteral("domain"), p.domainName},
                                        {QStringLiteral("team"), p.teamName},
                                        {QStringLiteral("datasets"), p.datasets}});
        }
        QJsonArray from;
        for (int s : seeds)
            from.append(graph.node(s).key);
        out << QJsonDocument(QJsonObject{{QStringLiteral("from"), from},
                                         {QStringLiteral("datasets"), datasets},
                                         {QStringLiteral("products"), products}})
                   .toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    out << Cli::tr("%n product(s) downstream:", nullptr, int(impact.products.size())) << '\n';
    for (const LineageWalk::ProductImpact &p : impact.products) {
        out << QStringLiteral("  %1  %2 (%3)").arg(p.distance, 2).arg(p.productName, p.productId);
        if (!p.teamName.isEmpty())
            out << QStringLiteral(" · ") << p.teamName;
        if (!p.domainName.isEmpty())
            out << QStringLiteral(" · ") << p.domainName;
        out << '\n';
    }
    out << Cli::tr("%n dataset(s) downstream:", nullptr, int(impact.datasets.size())) << '\n';
    for (const LineageWalk::ImpactRow &row : impact.datasets)
        out << QStringLiteral("  %1  %2").arg(row.distance, 2).arg(GraphExport::label(graph.node(row.node))) << '\n';
    return Cli::Success;
}

} // namespace Tessera::CliCommands
