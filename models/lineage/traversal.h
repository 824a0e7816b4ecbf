#pragma once

#include "models/lineage/lineagegraph.h"

namespace Tessera {

// Walks over a lineage graph. Hops count datasets: dataset -> job -> dataset is one hop (the job
// in between is taken along), so "2 hops upstream" means the inputs of the inputs.
namespace LineageWalk {

enum class Direction {
    Upstream,
    Downstream,
};

// The seeds and everything within up hops upstream and down hops downstream, each with its
// distance in hops (negative upstream, 0 for seeds); nodes in the order they were reached.
struct Reach {
    QList<int> nodes;
    QHash<int, int> distance;
};
Reach neighbourhood(const LineageGraph &graph, const QList<int> &seeds, int up, int down);

// Every simple path from one node to another (each a list of nodes), shortest first, at most
// maxPaths of them; truncated says whether there were more.
struct Paths {
    QList<QList<int>> paths;
    bool truncated = false;
};
Paths allPaths(const LineageGraph &graph, int from, int to, int maxPaths = 1000);

// Everything downstream of the seeds that a change to them reaches.
struct ImpactRow {
    int node = -1;
    int distance = 0; // hops
    int via = -1; // the dataset it is reached from (on a shortest path)
    int job = -1; // and the job in between, if any
};
struct ProductImpact {
    QString productId;
    QString productName;
    QString domainName;
    QString teamName;
    int distance = 0; // of its nearest dataset
    int datasets = 0; // how many of its datasets are reached
};
struct Impact {
    QList<ImpactRow> datasets; // by distance, then product and name
    QList<ProductImpact> products; // by distance, then name
};
Impact impact(const LineageGraph &graph, const QList<int> &seeds);
// The impact list as CSV (RFC 4180), for spreadsheets: one row per dataset.
QByteArray impactCsv(const LineageGraph &graph, const Impact &impact);

// Cycles: each strongly connected part with more than one node, as node lists in graph order.
// Lineage should not have any; when data flows back (a job rewriting its own input through a
// detour) they are reported, and walks and layouts stop at them rather than loop.
QList<QList<int>> cycles(const LineageGraph &graph);

// A column's lineage: the columns it is computed from (upstream) and computed into (downstream),
// transitively, with the column edges that connect them.
struct ColumnRef {
    int node = -1;
    QString column; // empty: the whole dataset
    int distance = 0; // negative upstream
    friend bool operator==(const ColumnRef &, const ColumnRef &) = default;
};
struct ColumnTrace {
    QList<ColumnRef> columns; // the column itself first
    QList<int> edges; // indexes into graph.columnEdges()
};
ColumnTrace traceColumn(const LineageGraph &graph, int node, const QString &column);

// Where a column trace runs through the graph, for drawing it: the nodes it touches, the graph
// edges it runs along (dataset -> job -> dataset where the job is in the graph, straight where
// it is not), and for each edge into a traced column's dataset the column edges written on it.
struct TraceRoutes {
    QSet<int> nodes;
    QSet<int> edges;
    QHash<int, QList<int>> columnEdgesOn; // graph edge -> indexes into graph.columnEdges()
};
TraceRoutes traceRoutes(const LineageGraph &graph, const ColumnTrace &trace);

// Everything upstream and downstream of a node, and the edges on those paths: what a view
// highlights when the node is pointed at. Nodes in graph order, the node itself included.
struct PathsThrough {
    QList<int> nodes;
    QList<int> edges;
};
PathsThrough pathsThrough(const LineageGraph &graph, int node);

} // namespace LineageWalk

} // namespace Tessera
