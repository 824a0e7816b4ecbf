#pragma once

#include "models/catalog/lineagefacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace Tessera {

// A node of the lineage graph. Datasets and jobs alternate along every path (dataset -> job ->
// dataset, as in Marquez); a collapsed product or domain stands for all of its datasets and jobs.
struct LineageNode {
    enum class Kind {
        Dataset,
        Job,
        Product, // a product's datasets and jobs collapsed into one node
        Domain, // a domain's collapsed into one node
    };
    Kind kind = Kind::Dataset;
    QString key; // unique and stable: "dataset:sales.orders/orders", "job:airflow://sales/nightly.load", ...
    QString name; // what people call it: the dataset's or job's name
    QString productId; // the product it belongs to (a job: the product all of its outputs belong to)
    QString productName;
    QString domainId;
    QString domainName;
    QString teamId;
    QString teamName;
    std::optional<ProductStatus> status; // its product's
    QString ns; // OpenLineage namespace and name, where known
    QString qualifiedName;
    QString physicalType;
    QStringList columns;
    bool external = false; // a dataset no product of the catalog offers
    bool fromPorts = false; // a job standing for a product's own processing, known only from its input ports
    int members = 1; // Product and Domain: how many nodes it stands for
};

// Column-level lineage: to.toColumn is computed from from.fromColumn (an empty column: the whole dataset).
struct ColumnEdge {
    int from = -1;
    QString fromColumn;
    int to = -1;
    QString toColumn;
    int job = -1; // the job that computes it, when known
    QString type; // DIRECT, INDIRECT; empty when the source (an ODCS contract) does not say
    QString subtype;
    QString description;
    bool masking = false;
    bool fromContract = false; // from ODCS transformSourceObjects rather than OpenLineage
};

// The lineage of the whole catalog, or a part of it: nodes, directed edges (from producer to
// consumer) and column edges, with adjacency for fast walks. Immutable once built; cheap to copy.
class LineageGraph
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::LineageGraph)

public:
    struct Edge {
        int from = -1;
        int to = -1;
        friend bool operator==(const Edge &, const Edge &) = default;
    };

    // The catalog's lineage: product datasets, OpenLineage jobs with their inputs and outputs
    // (datasets the catalog does not know become external nodes), jobs standing for products
    // whose input ports no run log explains, and column edges from OpenLineage and ODCS.
    static LineageGraph build(const LineageInput &input);
    // From parts, for tests and benchmarks; edges and column edges refer to indexes into nodes.
    static LineageGraph fromParts(QList<LineageNode> nodes, const QList<Edge> &edges, QList<ColumnEdge> columnEdges = {});

    qsizetype nodeCount() const { return m_nodes.size(); }
    qsizetype edgeCount() const { return m_edges.size(); }
    const QList<LineageNode> &nodes() const { return m_nodes; }
    const LineageNode &node(int i) const { return m_nodes.at(i); }
    const QList<Edge> &edges() const { return m_edges; }
    const QList<ColumnEdge> &columnEdges() const { return m_columnEdges; }
    std::span<const int> successors(int node) const;
    std::span<const int> predecessors(int node) const;
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    // The index into edges() of the edge from -> to, or -1.
    int edgeIndex(int from, int to) const;

    // The nodes a person means by text: a node key; a product id (its datasets, or its collapsed
    // node); a dataset's name, physical or OpenLineage name; a job's name. Case-insensitive when
    // nothing matches exactly. Empty when nothing matches.
    QList<int> resolve(const QString &text) const;

    // The nodes given (in that order) with the edges and column edges among them.
    LineageGraph subgraph(const QList<int> &nodes) const;
    // Products and domains named collapsed into one node each; edges between members vanish. A
    // job of no product whose datasets all go into one group goes with them. mapping, if given,
    // receives for each node the node of the result it went into.
    LineageGraph collapsed(const QSet<QString> &productIds, const QSet<QString> &domainIds, QList<int> *mapping = nullptr) const;
    // Only datasets: every dataset -> job -> dataset becomes dataset -> dataset.
    LineageGraph withoutJobs() const;

private:
    void finish(); // indexes and adjacency from m_nodes and m_edges
    int addNode(LineageNode node);
    bool addEdge(int from, int to);

    QList<LineageNode> m_nodes;
    QList<Edge> m_edges;
    QList<ColumnEdge> m_columnEdges;
    QHash<QString, int> m_index;
    QHash<quint64, int> m_edgeIndex; // (from, to) -> index into m_edges
    QList<int> m_outStart, m_out, m_inStart, m_in; // compressed adjacency
};

} // namespace Tessera
