// The lineage model: reading OpenLineage, building the graph from a catalog, walks, the layered
// layout and the exports.

#include "models/catalog/catalogstore.h"
#include "models/federation/samplemesh.h"
#include "models/formats/graphexport.h"
#include "models/formats/openlineage.h"
#include "models/lineage/layeredlayout.h"
#include "models/lineage/layoutrunner.h"
#include "models/lineage/lineagegraph.h"
#include "models/lineage/lineagemodels.h"
#include "models/lineage/lineagescope.h"
#include "models/lineage/traversal.h"
#include "tests/support/standardsdir.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <numeric>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

LineageNode dataset(const QString &name, const QString &product = QString(), const QString &domain = QString())
{
    LineageNode n;
    n.kind = LineageNode::Kind::Dataset;
    n.key = u"dataset:"_s + name;
    n.name = name;
    n.productId = product;
    n.productName = product;
    n.domainId = domain;
    n.domainName = domain;
    n.teamName = product.isEmpty() ? QString() : product + u" team"_s;
    return n;
}

LineageNode job(const QString &name)
{
    LineageNode n;
    n.kind = LineageNode::Kind::Job;
    n.key = u"job:"_s + name;
    n.name = name;
    return n;
}

// a -> j1 -> b -> j2 -> c -> j3 -> d, and b -> j4 -> e (a small lineage with a fork).
LineageGraph chain()
{
    return LineageGraph::fromParts({dataset(u"a"_s, u"pa"_s, u"sales"_s), job(u"j1"_s), dataset(u"b"_s, u"pb"_s, u"sales"_s),
                                    job(u"j2"_s), dataset(u"c"_s, u"pc"_s, u"finance"_s), job(u"j3"_s),
                                    dataset(u"d"_s, u"pd"_s, u"finance"_s), job(u"j4"_s), dataset(u"e"_s, u"pe"_s, u"finance"_s)},
                                   {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {2, 7}, {7, 8}});
}

QStringList names(const LineageGraph &g, const QList<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out << g.node(n).name;
    return out;
}

// A random layered DAG with long edges (like the benchmark's, smaller).
LayeredLayout::Input randomInput(int n, quint32 seed, bool withCycle = false)
{
    QRandomGenerator random(seed);
    LayeredLayout::Input input;
    for (int i = 0; i < n; ++i) {
        input.sizes.append(QSizeF(100 + random.bounded(80), 30 + random.bounded(30)));
        input.keys.append(QString::number(i));
    }
    const int layers = 6;
    for (int v = 0; v < n; ++v) {
        const int l = v * layers / n;
        if (l == layers - 1)
            continue;
        for (int k = 0; k < 2; ++k) {
            const int span = random.bounded(5) == 0 ? 2 : 1;
            const int target = std::min(layers - 1, l + span);
            const int lo = target * n / layers, hi = (target + 1) * n / layers;
            const std::pair<int, int> edge{v, lo + int(random.bounded(hi - lo))};
            if (!input.edges.contains(edge))
                input.edges.append(edge);
        }
    }
    if (withCycle)
        input.edges.append({n - 1, 0});
    return input;
}

} // namespace

class TestLineage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<CatalogStore> sampleCatalog()
    {
        static int count = 0;
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(u"sample%1.sqlite"_s.arg(++count))), u"ana"_s);
        if (!store)
            qFatal("cannot open a catalog: %s", qPrintable(store.error().toString()));
        if (Status filled = SampleMesh::importInto(*store.value()); !filled)
            qFatal("cannot import the sample mesh: %s", qPrintable(filled.error().toString()));
        return std::move(store.value());
    }

    LineageGraph sampleGraph()
    {
        auto store = sampleCatalog();
        auto input = store->lineageInput();
        if (!input)
            qFatal("%s", qPrintable(input.error().toString()));
        return LineageGraph::build(input.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_dir.isValid());
    }

    // --- OpenLineage ------------------------------------------------------------------------------

    void standardEventsAllRead()
    {
        const QString folder = TestSupport::standardsDir() + u"/openlineage/events"_s;
        if (!QFileInfo::exists(folder))
            QSKIP("the OpenLineage examples are not here; they come with the shared folder beside the checkout");
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QVERIFY(files.size() >= 5);
        QList<OpenLineageEvent> all;
        for (const QString &file : files) {
            const OpenLineage::Read read = OpenLineage::readFile(QDir(folder).filePath(file));
            QVERIFY2(read.errors.isEmpty(),
                     qPrintable(file + u": "_s + (read.errors.isEmpty() ? QString() : read.errors.first().toString())));
            QVERIFY2(!read.events.isEmpty(), qPrintable(file));
            all << read.events;
        }
        // The three-step ETL: extract, transform and load jobs with their column lineage.
        const OpenLineage::Read etl = OpenLineage::readFile(QDir(folder).filePath(u"etl-3step.openlineage.ndjson"_s));
        const LineageFacts facts = OpenLineage::lineageOf(etl.events);
        QStringList jobs;
        for (const JobLineage &j : facts.jobs)
            jobs << j.name;
        QVERIFY2(jobs.contains(u"sales_orders_etl.transform_orders"_s), qPrintable(jobs.join(u", "_s)));
        bool identity = false, filter = false;
        for (const ColumnLineage &c : facts.columns) {
            if (c.outputField == u"order_id"_s && c.inputField == u"id"_s && c.type == u"DIRECT"_s && c.subtype == u"IDENTITY"_s)
                identity = true;
            if (c.outputField.isEmpty() && c.inputField == u"status"_s && c.subtype == u"FILTER"_s)
                filter = true;
        }
        QVERIFY(identity);
        QVERIFY(filter);
    }

    void badEventsAreReportedByLineTheRestRead()
    {
        const QByteArray good
            = R"({"eventType":"COMPLETE","eventTime":"2026-01-01T00:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r1"},"job":{"namespace":"ns","name":"j"},"inputs":[{"namespace":"a","name":"in"}],"outputs":[{"namespace":"a","name":"out"}]})";
        const QByteArray text = good + "\n" + "{not json\n" // 2
            + R"({"eventType":"DONE","eventTime":"2026-01-01T00:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"ns","name":"j"}})"
            + "\n" // 3
            + "\n"
            + R"({"eventTime":"2026-01-01T00:00:00Z","producer":"p","schemaURL":"s","run":{"runId":"r"},"job":{"namespace":"ns"}})"
            + "\n" // 5
            + "[1, 2]\n" // 6
            + QByteArray("\xff\xfe{}\n") // 7
            + good + "\n";
        const OpenLineage::Read read = OpenLineage::parse(text, u"runs.ndjson"_s);
        QCOMPARE(read.events.size(), 2);
        QCOMPARE(read.events.at(1).line, 8);
        QList<int> lines;
        for (const Error &e : read.errors)
            lines << e.line;
        QCOMPARE(lines, (QList<int>{2, 3, 5, 6, 7}));
        QCOMPARE(read.errors.at(1).field, u"eventType"_s);
        QCOMPARE(read.errors.at(2).field, u"job.name"_s);
        QVERIFY(read.errors.at(0).toString().startsWith(u"runs.ndjson:2:"_s));
        // A JSON array of events, and a pretty-printed single event.
        const OpenLineage::Read array = OpenLineage::parse("[" + good + ", {}]", u"events.json"_s);
        QCOMPARE(array.events.size(), 1);
        QCOMPARE(array.errors.size(), 1);
        QVERIFY(array.errors.first().field.startsWith(u"[1]."_s));
        const QByteArray pretty = QJsonDocument::fromJson(good).toJson(QJsonDocument::Indented);
        QCOMPARE(OpenLineage::parse(pretty, u"one.json"_s).events.size(), 1);
        const OpenLineage::Read broken = OpenLineage::parse("{\n  \"eventTime\": \n}", u"one.json"_s);
        QCOMPARE(broken.errors.size(), 1);
        QCOMPARE(broken.errors.first().line, 3);
    }

    // --- The catalog's graph ----------------------------------------------------------------------

    void sampleMeshFlowsAcrossDomains()
    {
        const LineageGraph g = sampleGraph();
        QVERIFY(g.nodeCount() > 40);
        // Bipartite: every edge joins a dataset and a job.
        for (const LineageGraph::Edge &e : g.edges()) {
            const bool fromJob = g.node(e.from).kind == LineageNode::Kind::Job;
            const bool toJob = g.node(e.to).kind == LineageNode::Kind::Job;
            QVERIFY2(fromJob != toJob, qPrintable(g.node(e.from).key + u" -> "_s + g.node(e.to).key));
        }
        // Run logs name the catalog's datasets by their OpenLineage names: matched, not external.
        const QList<int> orders = g.resolve(u"sales.orders"_s);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(g.node(orders.first()).ns, u"postgres://warehouse.internal:5432"_s);
        QCOMPARE(g.resolve(u"mesh.sales.orders"_s), orders);
        // Orders feed other domains' products.
        QSet<QString> domains;
        for (const LineageWalk::ImpactRow &row : LineageWalk::impact(g, orders).datasets)
            domains.insert(g.node(row.node).domainId);
        QVERIFY2(domains.size() >= 3, qPrintable(QStringList(domains.cbegin(), domains.cend()).join(u", "_s)));
        // Jobs from run logs, and jobs standing for products that only their ports explain.
        int fromLogs = 0, fromPorts = 0;
        for (const LineageNode &n : g.nodes()) {
            if (n.kind == LineageNode::Kind::Job)
                ++(n.fromPorts ? fromPorts : fromLogs);
        }
        QVERIFY(fromLogs >= 12);
        QVERIFY(fromPorts >= 1);
        // Column lineage from both OpenLineage and ODCS transform sources.
        const bool fromContract = std::any_of(g.columnEdges().cbegin(), g.columnEdges().cend(), [](const ColumnEdge &e) {
            return e.fromContract;
        });
        const bool typed = std::any_of(g.columnEdges().cbegin(), g.columnEdges().cend(), [](const ColumnEdge &e) {
            return !e.fromContract && e.type == u"DIRECT"_s;
        });
        QVERIFY(fromContract);
        QVERIFY(typed);
        QVERIFY(LineageWalk::cycles(g).isEmpty());
    }

    void columnTraceFollowsColumnsBothWays()
    {
        const LineageGraph g = sampleGraph();
        const QList<int> revenue = g.resolve(u"sales.daily_revenue"_s);
        QCOMPARE(revenue.size(), 1);
        const LineageNode &node = g.node(revenue.first());
        QVERIFY(node.columns.contains(u"gross_revenue_eur"_s));
        const LineageWalk::ColumnTrace trace = LineageWalk::traceColumn(g, revenue.first(), u"gross_revenue_eur"_s);
        QCOMPARE(trace.columns.first(), (LineageWalk::ColumnRef{revenue.first(), u"gross_revenue_eur"_s, 0}));
        const bool upstream = std::any_of(trace.columns.cbegin(), trace.columns.cend(), [](const LineageWalk::ColumnRef &c) {
            return c.distance < 0;
        });
        QVERIFY(upstream);
        QVERIFY(!trace.edges.isEmpty());
        for (int e : trace.edges) {
            const ColumnEdge &edge = g.columnEdges().at(e);
            QVERIFY(edge.from >= 0 && edge.to >= 0);
        }
        // Downstream of an input column: where it ends up.
        const QList<int> orders = g.resolve(u"sales.orders"_s);
        const LineageWalk::ColumnTrace down = LineageWalk::traceColumn(g, orders.first(), u"total_amount"_s);
        QVERIFY(std::any_of(down.columns.cbegin(), down.columns.cend(), [](const LineageWalk::ColumnRef &c) {
            return c.distance > 0;
        }));
    }

    // --- Walks --------------------------------------------------------------------------------------

    void neighbourhoodCountsDatasetHops()
    {
        const LineageGraph g = chain();
        const int b = g.indexOf(u"dataset:b"_s);
        auto sorted = [](QStringList list) {
            list.sort();
            return list;
        };
        LineageWalk::Reach r = LineageWalk::neighbourhood(g, {b}, 1, 1);
        QCOMPARE(r.nodes.first(), b);
        QCOMPARE(sorted(names(g, r.nodes)), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s, u"j1"_s, u"j2"_s, u"j4"_s}));
        QCOMPARE(r.distance.value(g.indexOf(u"dataset:a"_s)), -1);
        QCOMPARE(r.distance.value(g.indexOf(u"dataset:c"_s)), 1);
        r = LineageWalk::neighbourhood(g, {b}, 0, 2);
        QCOMPARE(sorted(names(g, r.nodes)), (QStringList{u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"j2"_s, u"j3"_s, u"j4"_s}));
        r = LineageWalk::neighbourhood(g, {b}, 0, 0);
        QCOMPARE(names(g, r.nodes), QStringList{u"b"_s});
    }

    void allPathsAndImpact()
    {
        // a -> j1 -> b, a -> j2 -> c, b -> j3 -> d, c -> j3 (a diamond through one job).
        const LineageGraph g
            = LineageGraph::fromParts({dataset(u"a"_s, u"pa"_s), job(u"j1"_s), dataset(u"b"_s, u"pb"_s), job(u"j2"_s),
                                       dataset(u"c"_s, u"pc"_s), job(u"j3"_s), dataset(u"d"_s, u"pd"_s)},
                                      {{0, 1}, {1, 2}, {0, 3}, {3, 4}, {2, 5}, {4, 5}, {5, 6}});
        const LineageWalk::Paths paths = LineageWalk::allPaths(g, 0, 6);
        QCOMPARE(paths.paths.size(), 2);
        QCOMPARE(names(g, paths.paths.first()), (QStringList{u"a"_s, u"j1"_s, u"b"_s, u"j3"_s, u"d"_s}));
        QVERIFY(!paths.truncated);
        QCOMPARE(LineageWalk::allPaths(g, 0, 6, 1).paths.size(), 1);
        QVERIFY(LineageWalk::allPaths(g, 0, 6, 1).truncated);
        QVERIFY(LineageWalk::allPaths(g, 6, 0).paths.isEmpty());

        const LineageWalk::Impact impact = LineageWalk::impact(g, {0});
        QCOMPARE(impact.datasets.size(), 3);
        QCOMPARE(g.node(impact.datasets.last().node).name, u"d"_s);
        QCOMPARE(impact.datasets.last().distance, 2);
        QCOMPARE(g.node(impact.datasets.last().job).name, u"j3"_s);
        QCOMPARE(impact.products.size(), 3);
        QCOMPARE(impact.products.last().teamName, u"pd team"_s);
        const QByteArray csv = LineageWalk::impactCsv(g, impact);
        QVERIFY(csv.startsWith("distance,dataset,product,"));
        QVERIFY2(csv.contains("2,d,pd,pd,,pd team,no,b,j3\r\n"), csv.constData());
    }

    void cyclesAreReportedAndWalksStop()
    {
        // a -> j1 -> b -> j2 -> a: data flowing back.
        const LineageGraph g
            = LineageGraph::fromParts({dataset(u"a"_s), job(u"j1"_s), dataset(u"b"_s), job(u"j2"_s), dataset(u"c"_s)},
                                      {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {2, 3}, {3, 4}});
        const QList<QList<int>> cycles = LineageWalk::cycles(g);
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(names(g, cycles.first()), (QStringList{u"a"_s, u"j1"_s, u"b"_s, u"j2"_s}));
        const LineageWalk::Reach r = LineageWalk::neighbourhood(g, {0}, 100, 100);
        QCOMPARE(r.nodes.size(), 5);
        QCOMPARE(LineageWalk::impact(g, {0}).datasets.size(), 2);
        QCOMPARE(LineageWalk::allPaths(g, 0, 4).paths.size(), 1);
        // Laid out all the same, with the edge going back drawn reversed.
        LayeredLayout::Input input;
        input.sizes.fill(QSizeF(100, 40), g.nodeCount());
        for (const LineageGraph::Edge &e : g.edges())
            input.edges.append({e.from, e.to});
        const LayeredLayout::Result layout = LayeredLayout::run(input);
        QCOMPARE(layout.reversed.count(true), 1);
    }

    void collapseAndFilter()
    {
        const LineageGraph g = chain();
        const LineageGraph byDomain = g.collapsed({}, {u"finance"_s});
        // a, j1, b, j2, j4 stay.
        const int finance = byDomain.indexOf(u"domain:finance"_s);
        QVERIFY(finance >= 0);
        // c, d, e, and j3 between c and d: a job of no product inside one group goes with it.
        QCOMPARE(byDomain.node(finance).members, 4);
        QCOMPARE(byDomain.indexOf(u"job:j3"_s), -1);
        QVERIFY(LineageWalk::cycles(byDomain).isEmpty());
        QCOMPARE(byDomain.node(finance).kind, LineageNode::Kind::Domain);
        QVERIFY(byDomain.nodeCount() < g.nodeCount());
        const LineageGraph byProduct = g.collapsed({u"pb"_s}, {});
        QVERIFY(byProduct.indexOf(u"product:pb"_s) >= 0);
        QCOMPARE(byProduct.nodeCount(), g.nodeCount());
        const LineageGraph datasets = g.withoutJobs();
        QCOMPARE(datasets.nodeCount(), 5);
        QCOMPARE(names(datasets, {int(datasets.successors(datasets.indexOf(u"dataset:b"_s))[0])}), QStringList{u"c"_s});
        const LineageGraph part = g.subgraph({2, 3, 4});
        QCOMPARE(part.edgeCount(), 2);
    }

    // --- What the view shows -------------------------------------------------------------------

    void scopeFocusDepthAndOpenedNeighbours()
    {
        const LineageGraph g = chain();
        LineageScope scope;
        const ScopedLineage whole = ScopedLineage::apply(g, scope);
        QCOMPARE(whole.graph.nodeCount(), g.nodeCount());
        QCOMPARE(whole.graph.edgeCount(), g.edgeCount());
        QVERIFY(std::all_of(whole.hiddenDownstream.cbegin(), whole.hiddenDownstream.cend(), [](int n) {
            return n == 0;
        }));
        QCOMPARE(whole.shownAs(4), whole.graph.indexOf(u"dataset:c"_s));

        scope.focus = {u"dataset:b"_s};
        scope.up = 1;
        scope.down = 1;
        const ScopedLineage one = ScopedLineage::apply(g, scope);
        QStringList shown = names(one.graph, [&] {
            QList<int> all(one.graph.nodeCount());
            std::iota(all.begin(), all.end(), 0);
            return all;
        }());
        shown.sort();
        QCOMPARE(shown, (QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s, u"j1"_s, u"j2"_s, u"j4"_s}));
        QCOMPARE(one.seeds, QList<int>{one.graph.indexOf(u"dataset:b"_s)});
        const int c = one.graph.indexOf(u"dataset:c"_s);
        QCOMPARE(one.hiddenDownstream.at(c), 1); // d
        QCOMPARE(one.hiddenUpstream.at(c), 0);
        QCOMPARE(one.hiddenUpstream.at(one.graph.indexOf(u"dataset:a"_s)), 0);
        QCOMPARE(one.members.at(c), QList<int>{4});

        // Opening c downstream shows j3 and d; closing it hides them again.
        scope.expandedDown.insert(u"dataset:c"_s);
        const ScopedLineage opened = ScopedLineage::apply(g, scope);
        QVERIFY(opened.graph.indexOf(u"dataset:d"_s) >= 0);
        QVERIFY(opened.graph.indexOf(u"job:j3"_s) >= 0);
        QCOMPARE(opened.hiddenDownstream.at(opened.graph.indexOf(u"dataset:c"_s)), 0);
        scope.expandedDown.clear();
        QCOMPARE(ScopedLineage::apply(g, scope).graph.indexOf(u"dataset:d"_s), -1);

        // No depth upstream: a and j1 are left out, and b says one dataset is hidden there.
        scope.up = 0;
        const ScopedLineage down = ScopedLineage::apply(g, scope);
        QCOMPARE(down.graph.indexOf(u"dataset:a"_s), -1);
        QCOMPARE(down.graph.indexOf(u"job:j1"_s), -1);
        QCOMPARE(down.hiddenUpstream.at(down.graph.indexOf(u"dataset:b"_s)), 1);

        // A focus naming nothing is reported, not guessed.
        scope.focus = {u"no-such-thing"_s};
        const ScopedLineage none = ScopedLineage::apply(g, scope);
        QCOMPARE(none.unresolved, QStringList{u"no-such-thing"_s});
        QCOMPARE(none.graph.nodeCount(), 0);
        // A product's id focuses on its datasets.
        scope.focus = {u"product:pc"_s};
        scope.up = scope.down = 0;
        const ScopedLineage product = ScopedLineage::apply(g, scope);
        QCOMPARE(product.graph.nodeCount(), 1);
        QCOMPARE(product.graph.node(0).name, u"c"_s);
    }

    void scopeFiltersAndGroups()
    {
        QList<LineageNode> nodes{dataset(u"a"_s, u"pa"_s, u"sales"_s),   job(u"j1"_s),
                                 dataset(u"b"_s, u"pb"_s, u"sales"_s),   job(u"j2"_s),
                                 dataset(u"c"_s, u"pc"_s, u"finance"_s), dataset(u"x"_s)};
        nodes[5].external = true;
        const LineageGraph g = LineageGraph::fromParts(nodes, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 3}});
        LineageScope scope;
        scope.hiddenDomains = {u"finance"_s};
        scope.showExternal = false;
        const ScopedLineage filtered = ScopedLineage::apply(g, scope);
        QCOMPARE(filtered.graph.indexOf(u"dataset:c"_s), -1);
        QCOMPARE(filtered.graph.indexOf(u"dataset:x"_s), -1);
        QVERIFY(filtered.graph.indexOf(u"dataset:a"_s) >= 0);

        // Every domain as one node: j1 (inside sales) goes with it; j2 links sales to finance.
        scope = {};
        scope.collapseAllDomains = true;
        const ScopedLineage domains = ScopedLineage::apply(g, scope);
        const int sales = domains.graph.indexOf(u"domain:sales"_s);
        const int finance = domains.graph.indexOf(u"domain:finance"_s);
        QVERIFY(sales >= 0 && finance >= 0);
        QCOMPARE(domains.members.at(sales), (QList<int>{0, 1, 2}));
        QCOMPARE(domains.shownAs(1), sales);
        QVERIFY(LineageWalk::cycles(domains.graph).isEmpty());
        const int j2 = domains.graph.indexOf(u"job:j2"_s);
        QVERIFY(domains.graph.successors(sales).size() == 1 && domains.graph.successors(sales)[0] == j2);
        QVERIFY(domains.graph.successors(j2).size() == 1 && domains.graph.successors(j2)[0] == finance);

        // Without jobs: datasets connect directly, and each still knows what it stands for.
        scope = {};
        scope.showJobs = false;
        const ScopedLineage datasets = ScopedLineage::apply(g, scope);
        QCOMPARE(datasets.graph.nodeCount(), 4);
        const int b = datasets.graph.indexOf(u"dataset:b"_s);
        QCOMPARE(datasets.members.at(b), QList<int>{2});
        QCOMPARE(datasets.shownAs(1), -1);
        QCOMPARE(datasets.graph.successors(b).size(), std::size_t(1));
    }

    void impactAndColumnTraceModels()
    {
        const LineageGraph g = sampleGraph();
        const QList<int> orders = g.resolve(u"sales.orders"_s);
        QCOMPARE(orders.size(), 1);

        ImpactModel impact;
        QAbstractItemModelTester impactTester(&impact, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(impact.rowCount(), 0);
        impact.setImpact(g, orders);
        const LineageWalk::Impact expected = LineageWalk::impact(g, orders);
        QCOMPARE(impact.rowCount(), int(expected.datasets.size()));
        QVERIFY(impact.rowCount() >= 5);
        int previous = 0;
        QSet<QString> domains;
        for (int row = 0; row < impact.rowCount(); ++row) {
            const int hops = impact.index(row, ImpactModel::HopsColumn).data().toInt();
            QVERIFY(hops >= previous);
            previous = hops;
            const LineageNode &n = g.node(expected.datasets.at(row).node);
            QCOMPARE(impact.index(row, ImpactModel::DatasetColumn).data().toString(), n.name);
            QCOMPARE(impact.index(row, ImpactModel::DatasetColumn).data(ImpactModel::KeyRole).toString(), n.key);
            QCOMPARE(impact.index(row, ImpactModel::TeamColumn).data().toString(), n.teamName);
            domains.insert(impact.index(row, ImpactModel::DomainColumn).data().toString());
        }
        QVERIFY2(domains.size() >= 3, "orders feed products of at least three other domains");
        QVERIFY(impact.csv().startsWith("distance,dataset,product"));
        QCOMPARE(impact.csv().count("\r\n"), impact.rowCount() + 1);
        QVERIFY(impact.summary().contains(QString::number(impact.rowCount())));
        impact.clear();
        QCOMPARE(impact.rowCount(), 0);

        ColumnTraceModel trace;
        QAbstractItemModelTester traceTester(&trace, QAbstractItemModelTester::FailureReportingMode::Fatal);
        trace.setTrace(g, orders.first(), u"total_amount"_s);
        QCOMPARE(trace.rowCount(), int(LineageWalk::traceColumn(g, orders.first(), u"total_amount"_s).edges.size()));
        QVERIFY(trace.rowCount() > 0);
        QStringList transformations;
        bool downstreamSeen = false;
        for (int row = 0; row < trace.rowCount(); ++row) {
            transformations << trace.index(row, ColumnTraceModel::TransformationColumn).data().toString();
            const QString side = trace.index(row, ColumnTraceModel::SideColumn).data().toString();
            // Upstream rows come first.
            if (side.contains(u"downstream"_s))
                downstreamSeen = true;
            else
                QVERIFY2(!downstreamSeen, qPrintable(side));
        }
        QVERIFY(downstreamSeen);
        QVERIFY2(transformations.contains(u"DIRECT · AGGREGATION"_s), qPrintable(transformations.join(u", "_s)));
        QVERIFY(std::any_of(transformations.cbegin(), transformations.cend(), [](const QString &t) {
            return t.startsWith(u"INDIRECT"_s);
        }));
        QCOMPARE(trace.index(1, ColumnTraceModel::FromColumn).data().toString(), u"orders.total_amount"_s);
        trace.clear();
        QCOMPARE(trace.rowCount(), 0);
    }

    // --- Layout -----------------------------------------------------------------------------------

    void layoutIsDeterministicLayeredAndWithoutOverlaps()
    {
        const LayeredLayout::Input input = randomInput(300, 7);
        const LayeredLayout::Result one = LayeredLayout::run(input);
        const LayeredLayout::Result two = LayeredLayout::run(input);
        QCOMPARE(one.centres, two.centres);
        QCOMPARE(one.routes, two.routes);
        QCOMPARE(one.crossings, two.crossings);
        QVERIFY(!one.cancelled);
        QCOMPARE(one.reversed.count(true), 0);
        // Every edge goes to a later layer, left to right.
        for (qsizetype e = 0; e < input.edges.size(); ++e) {
            const auto [a, b] = input.edges.at(e);
            QVERIFY(one.layers.at(b) > one.layers.at(a));
            QVERIFY(one.centres.at(b).x() > one.centres.at(a).x());
            QVERIFY(one.routes.at(e).size() >= 2);
            QCOMPARE(one.routes.at(e).first().x(), one.centres.at(a).x() + input.sizes.at(a).width() / 2);
            QCOMPARE(one.routes.at(e).last().x(), one.centres.at(b).x() - input.sizes.at(b).width() / 2);
            // Bends only in the gaps: x never goes back.
            for (qsizetype i = 1; i < one.routes.at(e).size(); ++i)
                QVERIFY(one.routes.at(e).at(i).x() >= one.routes.at(e).at(i - 1).x());
        }
        // No two cards overlap.
        QList<QRectF> cards;
        for (qsizetype v = 0; v < input.sizes.size(); ++v)
            cards.append(QRectF(one.centres.at(v) - QPointF(input.sizes.at(v).width() / 2, input.sizes.at(v).height() / 2),
                                input.sizes.at(v)));
        for (qsizetype a = 0; a < cards.size(); ++a) {
            for (qsizetype b = a + 1; b < cards.size(); ++b)
                QVERIFY2(!cards.at(a).intersects(cards.at(b)), qPrintable(u"%1 and %2 overlap"_s.arg(a).arg(b)));
            QVERIFY(one.bounds.contains(cards.at(a)));
        }
        // The crossing count is the real one of the drawing.
        QList<QPolygonF> lines;
        QList<double> xs;
        for (const QPointF &c : one.centres)
            xs << c.x();
        for (qsizetype e = 0; e < input.edges.size(); ++e)
            lines << (QPolygonF{one.centres.at(input.edges.at(e).first)} + one.routes.at(e)
                      + QPolygonF{one.centres.at(input.edges.at(e).second)});
        QCOMPARE(LayeredLayout::geometricCrossings(lines, xs), one.crossings);
    }

    void crossingsCountedExactly()
    {
        QRandomGenerator random(3);
        for (int round = 0; round < 50; ++round) {
            QList<std::pair<int, int>> edges;
            const int upper = 1 + int(random.bounded(8)), lower = 1 + int(random.bounded(8));
            for (int i = 0; i < 12; ++i)
                edges.append({int(random.bounded(upper)), int(random.bounded(lower))});
            qint64 brute = 0;
            for (qsizetype a = 0; a < edges.size(); ++a) {
                for (qsizetype b = a + 1; b < edges.size(); ++b) {
                    const auto [u1, l1] = edges.at(a);
                    const auto [u2, l2] = edges.at(b);
                    if ((u1 < u2 && l1 > l2) || (u1 > u2 && l1 < l2))
                        ++brute;
                }
            }
            QCOMPARE(LayeredLayout::bilayerCrossings(edges, lower), brute);
        }
        // Two lines that swap, one that does not.
        const QList<QPolygonF> lines{QPolygonF{{0, 0}, {10, 10}}, QPolygonF{{0, 10}, {10, 0}}, QPolygonF{{0, 20}, {10, 20}}};
        QCOMPARE(LayeredLayout::geometricCrossings(lines, {0, 10}), 1);
    }

    void expandingMovesExistingNodesLittle()
    {
        // A neighbourhood, then the same with more nodes hanging off it.
        const LineageGraph g = sampleGraph();
        const QList<int> seeds = g.resolve(u"sales.orders"_s);
        const LineageGraph small = g.subgraph(LineageWalk::neighbourhood(g, seeds, 1, 1).nodes);
        const LineageGraph large = g.subgraph(LineageWalk::neighbourhood(g, seeds, 1, 2).nodes);
        QVERIFY(large.nodeCount() > small.nodeCount());
        auto inputFor = [](const LineageGraph &graph) {
            LayeredLayout::Input input;
            for (const LineageNode &n : graph.nodes()) {
                input.sizes << GraphExport::cardSize(n);
                input.keys << n.key;
            }
            for (const LineageGraph::Edge &e : graph.edges())
                input.edges.append({e.from, e.to});
            return input;
        };
        const LayeredLayout::Result before = LayeredLayout::run(inputFor(small));
        LayeredLayout::Input next = inputFor(large);
        const LayeredLayout::Result fresh = LayeredLayout::run(next);
        for (int i = 0; i < small.nodeCount(); ++i)
            next.previous.insert(small.node(i).key, before.centres.at(i));
        const LayeredLayout::Result kept = LayeredLayout::run(next);
        auto movement = [&](const LayeredLayout::Result &after) {
            double sum = 0;
            for (int i = 0; i < small.nodeCount(); ++i)
                sum += QLineF(before.centres.at(i), after.centres.at(large.indexOf(small.node(i).key))).length();
            return sum / double(small.nodeCount());
        };
        const double keptMovement = movement(kept), freshMovement = movement(fresh);
        qInfo("existing nodes moved %.1f px on average (laid out afresh: %.1f px)", keptMovement, freshMovement);
        // Less than half as much as without the previous places, and less than a card is high plus a gap.
        QVERIFY2(keptMovement < freshMovement / 2, qPrintable(u"%1 vs %2 px"_s.arg(keptMovement).arg(freshMovement)));
        QVERIFY2(keptMovement < 80, qPrintable(u"existing nodes moved %1 px on average"_s.arg(keptMovement)));
    }

    void layoutCanBeCancelledAndRunsOffTheCallersThread()
    {
        const std::atomic<bool> stop{true};
        QVERIFY(LayeredLayout::run(randomInput(500, 1), &stop).cancelled);

        LayoutRunner runner;
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        QSignalSpy cancelled(&runner, &LayoutRunner::cancelled);
        const quint64 first = runner.start(randomInput(3000, 2));
        const quint64 second = runner.start(randomInput(50, 3));
        QVERIFY(finished.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size() + finished.size(), 2, 20000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<quint64>(), second);
        QCOMPARE(cancelled.first().first().value<quint64>(), first);
        QCOMPARE(finished.first().at(1).value<LayeredLayout::Result>().centres.size(), 50);
    }

    // --- Exports ----------------------------------------------------------------------------------

    void exportsEscapeNamesAndParse()
    {
        // Names that break naive writers.
        LineageNode weird
            = dataset(u"orders \"EU\"; DROP TABLE x; -- \\ <b>&amp;</b> #1\nnext"_s, u"p\"q"_s, u"Ventes & Marketing"_s);
        weird.ns = u"s3://bucket"_s;
        LineageNode arabic = dataset(u"\u202Eطلبات\u200B"_s, u"p2"_s, u"Ventes & Marketing"_s);
        const LineageGraph g = LineageGraph::fromParts(
            {weird, job(u"job {x} [y]"_s), arabic}, {{0, 1}, {1, 2}},
            {ColumnEdge{0, u"a\"b"_s, 2, u"c"_s, 1, u"DIRECT"_s, u"TRANSFORMATION"_s, u"x < 1 && y > 2"_s, true, false}});
        GraphExport::Options options;
        options.columns = true;
        options.title = u"Lineage \"test\""_s;

        // DOT: generated ids; Graphviz reads it back with the names intact.
        const QByteArray dot = GraphExport::dot(g, options);
        QVERIFY(dot.contains("n0 ["));
        QVERIFY(dot.contains("n0 -> n1;"));
        const QString dotProgram = QStandardPaths::findExecutable(u"dot"_s);
        if (dotProgram.isEmpty()) {
            qInfo("Graphviz dot is not installed: the DOT export is not parsed here");
        } else {
            QProcess process;
            process.start(dotProgram, {u"-Tjson"_s});
            process.write(dot);
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(20000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            const QJsonObject parsed = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            QStringList labels;
            for (const QJsonValue &o : parsed.value(u"objects"_s).toArray())
                labels << o.toObject().value(u"label"_s).toString();
            // Graphviz keeps a label's escapes as written: \\ for a backslash, \n for a line break.
            const QString written = GraphExport::label(weird).replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s);
            QVERIFY2(labels.contains(written), qPrintable(labels.join(u" | "_s)));
            QVERIFY(labels.contains(GraphExport::label(arabic)));
        }

        // GraphML: well-formed, directed, typed keys, names as data.
        const QByteArray graphml = GraphExport::graphMl(g, options);
        QXmlStreamReader xml(graphml);
        QStringList nodeIds, nameData;
        QMap<QString, QString> keyTypes;
        QString edgeDefault;
        int edges = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"key"_s)
                keyTypes.insert(xml.attributes().value(u"id"_s).toString(), xml.attributes().value(u"attr.type"_s).toString());
            else if (xml.name() == u"graph"_s)
                edgeDefault = xml.attributes().value(u"edgedefault"_s).toString();
            else if (xml.name() == u"node"_s)
                nodeIds << xml.attributes().value(u"id"_s).toString();
            else if (xml.name() == u"edge"_s)
                ++edges;
            else if (xml.name() == u"data"_s && xml.attributes().value(u"key"_s) == u"d_name"_s)
                nameData << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(edgeDefault, u"directed"_s);
        QCOMPARE(nodeIds, (QStringList{u"n0"_s, u"n1"_s, u"n2"_s}));
        QCOMPARE(edges, 3);
        QCOMPARE(keyTypes.value(u"d_external"_s), u"boolean"_s);
        QCOMPARE(keyTypes.value(u"d_columns"_s), u"int"_s);
        QCOMPARE(nameData.first(), weird.name);

        // Mermaid: a flowchart whose every line is a node, an edge, a subgraph or its end.
        const QString mermaid = QString::fromUtf8(GraphExport::mermaid(g, options));
        const QStringList lines = mermaid.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), u"---"_s);
        QVERIFY(lines.contains(u"flowchart LR"_s));
        static const QRegularExpression node(QStringLiteral("^\\s+n\\d+(\\[\\(|\\(\\[|\\[\\[)\"[^\"]*\"(\\)\\]|\\]\\)|\\]\\])$"));
        static const QRegularExpression edge(QStringLiteral("^\\s+n\\d+ (-->|-\\. \"[^\"]*\" \\.->) n\\d+$"));
        static const QRegularExpression group(QStringLiteral("^\\s+(subgraph g\\d+\\[\"[^\"]*\"\\]|end)$"));
        for (const QString &line : lines.mid(lines.indexOf(u"flowchart LR"_s) + 1))
            QVERIFY2(node.match(line).hasMatch() || edge.match(line).hasMatch() || group.match(line).hasMatch(),
                     qPrintable(line));
        QVERIFY(mermaid.contains(u"#quot;EU#quot;"_s));
        QVERIFY(!mermaid.contains(u"<b>"_s));

        // JSON and SVG.
        const QJsonObject json = QJsonDocument::fromJson(GraphExport::json(g, options)).object();
        QCOMPARE(json.value(u"nodes"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"columnEdges"_s).toArray().first().toObject().value(u"subtype"_s).toString(), u"TRANSFORMATION"_s);
        const QByteArray svg = GraphExport::svg(g, GraphExport::layout(g), options);
        QXmlStreamReader svgXml(svg);
        while (!svgXml.atEnd())
            svgXml.readNext();
        QVERIFY2(!svgXml.hasError(), qPrintable(svgXml.errorString()));
        QVERIFY(svg.contains("orders &quot;EU&quot;"));
    }
};

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
