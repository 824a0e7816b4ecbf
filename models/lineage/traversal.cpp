#include "models/lineage/traversal.h"

#include "models/formats/csvfield.h"

#include <deque>

#include <algorithm>

namespace Tessera::LineageWalk {

namespace {

// Hops into a dataset cost one; into a job (or a collapsed group) cost nothing unless it is a
// group, which stands for datasets.
int cost(const LineageGraph &graph, int node)
{
    return graph.node(node).kind == LineageNode::Kind::Job ? 0 : 1;
}

// 0-1 breadth-first search in one direction: distances in hops up to limit.
QList<std::pair<int, int>> walk(const LineageGraph &graph, const QList<int> &seeds, Direction direction, int limit,
                                QHash<int, int> *via = nullptr)
{
    QHash<int, int> best;
    std::deque<std::pair<int, int>> queue;
    QList<std::pair<int, int>> order;
    for (int s : seeds) {
        if (s >= 0 && s < graph.nodeCount() && !best.contains(s)) {
            best.insert(s, 0);
            queue.push_back({s, 0});
        }
    }
    QSet<int> done;
    while (!queue.empty()) {
        const auto [node, d] = queue.front();
        queue.pop_front();
        if (done.contains(node) || best.value(node) < d)
            continue;
        done.insert(node);
        order.append({node, d});
        const auto next = direction == Direction::Downstream ? graph.successors(node) : graph.predecessors(node);
        // Free steps (into jobs) go to the front of the queue, the others to the back; both so
        // that they come out in graph order.
        QList<std::pair<int, int>> front, back;
        for (int n : next) {
            const int c = cost(graph, n);
            const int nd = d + c;
            if (nd > limit)
                continue;
            const auto known = best.constFind(n);
            if (known != best.constEnd() && *known <= nd)
                continue;
            best.insert(n, nd);
            if (via)
                via->insert(n, node);
            (c == 0 ? front : back).append({n, nd});
        }
        for (auto it = front.crbegin(); it != front.crend(); ++it)
            queue.push_front(*it);
        for (const auto &step : std::as_const(back))
            queue.push_back(step);
    }
    return order;
}

} // namespace

Reach neighbourhood(const LineageGraph &graph, const QList<int> &seeds, int up, int down)
{
    Reach reach;
    QSet<int> upstream, downstream;
    for (const auto &[node, d] : walk(graph, seeds, Direction::Upstream, std::max(0, up))) {
        reach.nodes.append(node);
        reach.distance.insert(node, -d);
        upstream.insert(node);
    }
    for (const auto &[node, d] : walk(graph, seeds, Direction::Downstream, std::max(0, down))) {
        downstream.insert(node);
        if (reach.distance.contains(node))
            continue;
        reach.nodes.append(node);
        reach.distance.insert(node, d);
    }
    // A job at the edge of the reach, with nothing of its own beyond it, is left out: it would
    // dangle (its datasets are one hop further).
    auto reachesOn = [&](std::span<const int> beyond) {
        return std::any_of(beyond.begin(), beyond.end(), [&](int n) {
            return reach.distance.contains(n);
        });
    };
    QList<int> kept;
    for (int node : std::as_const(reach.nodes)) {
        if (graph.node(node).kind == LineageNode::Kind::Job && !seeds.contains(node)) {
            const bool keep = (upstream.contains(node) && reachesOn(graph.predecessors(node)))
                || (downstream.contains(node) && reachesOn(graph.successors(node)));
            if (!keep) {
                reach.distance.remove(node);
                continue;
            }
        }
        kept.append(node);
    }
    reach.nodes = kept;
    return reach;
}

Paths allPaths(const LineageGraph &graph, int from, int to, int maxPaths)
{
    Paths result;
    if (from < 0 || to < 0 || from >= graph.nodeCount() || to >= graph.nodeCount())
        return result;
    // Only nodes that can reach `to` are worth entering.
    QSet<int> useful;
    for (const auto &[node, d] : walk(graph, {to}, Direction::Upstream, std::numeric_limits<int>::max() / 2)) {
        Q_UNUSED(d);
        useful.insert(node);
    }
    if (!useful.contains(from))
        return result;
    // Depth-first with an explicit stack; a node is on the current path at most once (cycles stop).
    QList<int> path{from};
    QList<qsizetype> nextChild{0};
    QSet<int> onPath{from};
    while (!path.isEmpty()) {
        const int node = path.last();
        if (node == to) {
            if (result.paths.size() >= maxPaths) {
                result.truncated = true;
                break;
            }
            result.paths.append(path);
            onPath.remove(node);
            path.removeLast();
            nextChild.removeLast();
            continue;
        }
        const auto children = graph.successors(node);
        qsizetype &i = nextChild.last();
        while (i < qsizetype(children.size()) && (!useful.contains(children[i]) || onPath.contains(children[i])))
            ++i;
        if (i == qsizetype(children.size())) {
            onPath.remove(node);
            path.removeLast();
            nextChild.removeLast();
            continue;
        }
        const int child = children[i++];
        path.append(child);
        nextChild.append(0);
        onPath.insert(child);
    }
    std::stable_sort(result.paths.begin(), result.paths.end(), [](const QList<int> &a, const QList<int> &b) {
        return a.size() < b.size();
    });
    return result;
}

Impact impact(const LineageGraph &graph, const QList<int> &seeds)
{
    Impact result;
    QHash<int, int> via;
    QHash<QString, qsizetype> productRow;
    for (const auto &[node, d] : walk(graph, seeds, Direction::Downstream, std::numeric_limits<int>::max() / 2, &via)) {
        if (d == 0 || graph.node(node).kind == LineageNode::Kind::Job)
            continue;
        ImpactRow row{node, d, via.value(node, -1), -1};
        if (row.via >= 0 && graph.node(row.via).kind == LineageNode::Kind::Job) {
            row.job = row.via;
            row.via = via.value(row.job, -1);
        }
        result.datasets.append(row);
    }
    auto nameOf = [&](int node) {
        return graph.node(node).name;
    };
    std::stable_sort(result.datasets.begin(), result.datasets.end(), [&](const ImpactRow &a, const ImpactRow &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        const int byProduct = QString::compare(graph.node(a.node).productName, graph.node(b.node).productName);
        if (byProduct != 0)
            return byProduct < 0;
        return QString::compare(nameOf(a.node), nameOf(b.node)) < 0;
    });
    QSet<QString> seedProducts;
    for (int s : seeds)
        seedProducts.insert(graph.node(s).productId);
    for (const ImpactRow &row : std::as_const(result.datasets)) {
        const LineageNode &n = graph.node(row.node);
        if (n.productId.isEmpty() || seedProducts.contains(n.productId))
            continue;
        const auto found = productRow.constFind(n.productId);
        if (found != productRow.constEnd()) {
            ++result.products[*found].datasets;
            continue;
        }
        productRow.insert(n.productId, result.products.size());
        result.products.append({n.productId, n.productName, n.domainName, n.teamName, row.distance, 1});
    }
    return result;
}

QByteArray impactCsv(const LineageGraph &graph, const Impact &impact)
{
    QByteArray csv = "distance,dataset,product,product_id,domain,team,external,from_dataset,by_job\r\n";
    for (const ImpactRow &row : impact.datasets) {
        const LineageNode &n = graph.node(row.node);
        const QString through = row.via >= 0 ? graph.node(row.via).name : QString();
        const QString job = row.job >= 0 ? graph.node(row.job).name : QString();
        const QList<QByteArray> fields{QByteArray::number(row.distance),
                                       Csv::field(n.qualifiedName.isEmpty() ? n.name : n.qualifiedName),
                                       Csv::field(n.productName),
                                       Csv::field(n.productId),
                                       Csv::field(n.domainName),
                                       Csv::field(n.teamName),
                                       n.external ? "yes" : "no",
                                       Csv::field(through),
                                       Csv::field(job)};
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

QList<QList<int>> cycles(const LineageGraph &graph)
{
    // Tarjan's strongly connected components, iteratively.
    const int n = int(graph.nodeCount());
    QList<int> index(n, -1), low(n, 0);
    QList<bool> onStack(n, false);
    QList<int> stack;
    QList<QList<int>> found;
    int counter = 0;
    struct Frame {
        int node;
        qsizetype child;
    };
    for (int root = 0; root < n; ++root) {
        if (index.at(root) >= 0)
            continue;
        QList<Frame> frames{{root, 0}};
        index[root] = low[root] = counter++;
        stack.append(root);
        onStack[root] = true;
        while (!frames.isEmpty()) {
            Frame &f = frames.last();
            const auto children = graph.successors(f.node);
            if (f.child < qsizetype(children.size())) {
                const int c = children[f.child++];
                if (index.at(c) < 0) {
                    index[c] = low[c] = counter++;
                    stack.append(c);
                    onStack[c] = true;
                    frames.append({c, 0});
                } else if (onStack.at(c)) {
                    low[f.node] = std::min(low.at(f.node), index.at(c));
                }
                continue;
            }
            const int node = f.node;
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().node] = std::min(low.at(frames.last().node), low.at(node));
            if (low.at(node) == index.at(node)) {
                QList<int> component;
                int member;
                do {
                    member = stack.takeLast();
                    onStack[member] = false;
                    component.append(member);
                } while (member != node);
                if (component.size() > 1) {
                    std::sort(component.begin(), component.end());
                    found.append(component);
                }
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const QList<int> &a, const QList<int> &b) {
        return a.first() < b.first();
    });
    return found;
}

ColumnTrace traceColumn(const LineageGraph &graph, int node, const QString &column)
{
    ColumnTrace trace;
    if (node < 0 || node >= graph.nodeCount())
        return trace;
    const QList<ColumnEdge> &edges = graph.columnEdges();
    trace.columns.append({node, column, 0});
    QSet<int> usedEdges;
    for (const int sign : {-1, 1}) {
        // The column edges at each node on this side, looked up instead of scanned per step.
        QHash<int, QList<int>> atNode;
        for (int i = 0; i < edges.size(); ++i)
            atNode[sign < 0 ? edges.at(i).to : edges.at(i).from].append(i);
        QList<ColumnRef> frontier{{node, column, 0}};
        QSet<QString> seen{QString::number(node) + QLatin1Char('/') + column};
        while (!frontier.isEmpty()) {
            const ColumnRef at = frontier.takeFirst();
            for (int i : atNode.value(at.node)) {
                const ColumnEdge &e = edges.at(i);
                // Upstream: edges computing this column (or, for a whole dataset, any of it).
                const bool matches = sign < 0 ? (e.to == at.node && (e.toColumn == at.column || e.toColumn.isEmpty()))
                                              : (e.from == at.node && (e.fromColumn == at.column || e.fromColumn.isEmpty()));
                if (!matches)
                    continue;
                // Dataset-wide edges (filters, joins) matter for the column itself, not transitively.
                if ((sign < 0 ? e.toColumn.isEmpty() : e.fromColumn.isEmpty()) && at.distance != 0)
                    continue;
                usedEdges.insert(i);
                const ColumnRef next{sign < 0 ? e.from : e.to, sign < 0 ? e.fromColumn : e.toColumn, at.distance + sign};
                const QString key = QString::number(next.node) + QLatin1Char('/') + next.column;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                trace.columns.append(next);
                if (!next.column.isEmpty())
                    frontier.append(next);
            }
        }
    }
    trace.edges = QList<int>(usedEdges.cbegin(), usedEdges.cend());
    std::sort(trace.edges.begin(), trace.edges.end());
    return trace;
}

TraceRoutes traceRoutes(const LineageGraph &graph, const ColumnTrace &trace)
{
    TraceRoutes routes;
    for (const ColumnRef &ref : trace.columns)
        routes.nodes.insert(ref.node);
    for (int i : trace.edges) {
        const ColumnEdge &c = graph.columnEdges().at(i);
        int written = -1;
        if (c.job >= 0) {
            const int in = graph.edgeIndex(c.from, c.job);
            const int out = graph.edgeIndex(c.job, c.to);
            if (in >= 0 && out >= 0) {
                routes.edges << in << out;
                routes.nodes.insert(c.job);
                written = out;
            }
        }
        if (written < 0) {
            written = graph.edgeIndex(c.from, c.to);
            if (written >= 0)
                routes.edges.insert(written);
        }
        if (written >= 0)
            routes.columnEdgesOn[written].append(i);
    }
    return routes;
}

PathsThrough pathsThrough(const LineageGraph &graph, int node)
{
    PathsThrough paths;
    if (node < 0 || node >= graph.nodeCount())
        return paths;
    QList<bool> onPath(graph.nodeCount(), false);
    QList<bool> edgeOnPath(graph.edgeCount(), false);
    onPath[node] = true;
    for (const bool up : {true, false}) {
        // One side at a time: an edge is on a path when both of its ends are on the same side.
        QList<bool> side(graph.nodeCount(), false);
        side[node] = true;
        QList<int> queue{node};
        while (!queue.isEmpty()) {
            const int at = queue.takeLast();
            for (int next : up ? graph.predecessors(at) : graph.successors(at)) {
                if (side.at(next))
                    continue;
                side[next] = true;
                onPath[next] = true;
                queue.append(next);
            }
        }
        for (int e = 0; e < graph.edgeCount(); ++e) {
            const LineageGraph::Edge &edge = graph.edges().at(e);
            if (side.at(edge.from) && side.at(edge.to))
                edgeOnPath[e] = true;
        }
    }
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (onPath.at(i))
            paths.nodes.append(i);
    }
    for (int e = 0; e < graph.edgeCount(); ++e) {
        if (edgeOnPath.at(e))
            paths.edges.append(e);
    }
    return paths;
}

} // namespace Tessera::LineageWalk
