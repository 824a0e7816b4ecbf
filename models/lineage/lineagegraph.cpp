#include "models/lineage/lineagegraph.h"

#include <algorithm>
#include <numeric>

namespace Tessera {

namespace {

quint64 edgeKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

// Finds catalog datasets by the names other tools give them: an OpenLineage name like
// "mesh.sales.orders" matches the physical name "sales.orders" (its last parts), and a product's
// dataset is also known as "<product id>.<dataset>" and "<product id>/<dataset>".
class DatasetFinder
{
public:
    void add(const QString &name, int node)
    {
        if (name.isEmpty())
            return;
        QList<int> &list = m_byName[name.toLower()];
        if (!list.contains(node))
            list.append(node);
    }

    // The one dataset name stands for, trying shorter suffixes ("a.b.c", "b.c") but never a bare
    // last part that several datasets share; -1 when none or ambiguous.
    int find(const QString &name) const
    {
        QString rest = name.toLower();
        while (!rest.isEmpty()) {
            const auto found = m_byName.constFind(rest);
            if (found != m_byName.constEnd())
                return found->size() == 1 ? found->first() : -1;
            const qsizetype dot = rest.indexOf(QLatin1Char('.'));
            if (dot < 0)
                break;
            rest = rest.mid(dot + 1);
        }
        return -1;
    }

private:
    QHash<QString, QList<int>> m_byName;
};

} // namespace

int LineageGraph::edgeIndex(int from, int to) const
{
    return m_edgeIndex.value(edgeKey(from, to), -1);
}

std::span<const int> LineageGraph::successors(int node) const
{
    return {m_out.constData() + m_outStart.at(node), size_t(m_outStart.at(node + 1) - m_outStart.at(node))};
}

std::span<const int> LineageGraph::predecessors(int node) const
{
    return {m_in.constData() + m_inStart.at(node), size_t(m_inStart.at(node + 1) - m_inStart.at(node))};
}

int LineageGraph::addNode(LineageNode node)
{
    const auto found = m_index.constFind(node.key);
    if (found != m_index.constEnd())
        return *found;
    const int i = int(m_nodes.size());
    m_index.insert(node.key, i);
    m_nodes.append(std::move(node));
    return i;
}

bool LineageGraph::addEdge(int from, int to)
{
    if (from < 0 || to < 0 || from == to)
        return false;
    const quint64 key = edgeKey(from, to);
    if (m_edgeIndex.contains(key))
        return false;
    m_edgeIndex.insert(key, int(m_edges.size()));
    m_edges.append({from, to});
    return true;
}

void LineageGraph::finish()
{
    const int n = int(m_nodes.size());
    m_index.clear();
    m_index.reserve(n);
    for (int i = 0; i < n; ++i)
        m_index.insert(m_nodes.at(i).key, i);
    m_outStart.fill(0, n + 1);
    m_inStart.fill(0, n + 1);
    for (const Edge &e : std::as_const(m_edges)) {
        ++m_outStart[e.from + 1];
        ++m_inStart[e.to + 1];
    }
    for (int i = 0; i < n; ++i) {
        m_outStart[i + 1] += m_outStart[i];
        m_inStart[i + 1] += m_inStart[i];
    }
    m_out.resize(m_edges.size());
    m_in.resize(m_edges.size());
    QList<int> outFill = m_outStart, inFill = m_inStart;
    for (const Edge &e : std::as_const(m_edges)) {
        m_out[outFill[e.from]++] = e.to;
        m_in[inFill[e.to]++] = e.from;
    }
}

LineageGraph LineageGraph::fromParts(QList<LineageNode> nodes, const QList<Edge> &edges, QList<ColumnEdge> columnEdges)
{
    LineageGraph g;
    for (LineageNode &node : nodes)
        g.addNode(std::move(node));
    for (const Edge &e : edges) {
        if (e.from < g.m_nodes.size() && e.to < g.m_nodes.size())
            g.addEdge(e.from, e.to);
    }
    g.m_columnEdges = std::move(columnEdges);
    g.finish();
    return g;
}

LineageGraph LineageGraph::build(const LineageInput &input)
{
    LineageGraph g;
    QHash<QString, const LineageInput::ProductRow *> products;
    for (const LineageInput::ProductRow &p : input.products)
        products.insert(p.id, &p);

    auto withProduct = [&](LineageNode &node, const QString &productId) {
        const LineageInput::ProductRow *p = products.value(productId);
        if (!p)
            return;
        node.productId = p->id;
        node.productName = p->title.isEmpty() ? p->name : p->title;
        node.domainId = p->domainId;
        node.domainName = p->domainName.isEmpty() ? p->domainId : p->domainName;
        node.teamId = p->ownerTeamId;
        node.teamName = p->ownerTeamName.isEmpty() ? p->ownerTeamId : p->ownerTeamName;
        node.status = p->status;
    };

    // The catalog's datasets.
    DatasetFinder finder;
    QHash<QString, QList<int>> datasetsOf; // product id -> its dataset nodes
    for (const LineageInput::DatasetRow &d : input.datasets) {
        LineageNode node;
        node.kind = LineageNode::Kind::Dataset;
        node.key = QLatin1String("dataset:") + d.productId + QLatin1Char('/') + d.name;
        node.name = d.name;
        node.qualifiedName = d.physicalName;
        node.physicalType = d.physicalType;
        withProduct(node, d.productId);
        const int i = g.addNode(std::move(node));
        datasetsOf[d.productId].append(i);
        finder.add(d.physicalName, i);
        finder.add(d.productId + QLatin1Char('.') + d.name, i);
        finder.add(d.productId + QLatin1Char('/') + d.name, i);
    }
    // A product with one dataset is also found by its own id ("sales.orders").
    for (auto it = datasetsOf.cbegin(); it != datasetsOf.cend(); ++it) {
        if (it->size() == 1)
            finder.add(it.key(), it->first());
    }
    for (const LineageInput::ColumnRow &c : input.columns) {
        const int i = g.indexOf(QLatin1String("dataset:") + c.productId + QLatin1Char('/') + c.dataset);
        if (i >= 0)
            g.m_nodes[i].columns.append(c.name);
    }

    // OpenLineage datasets: the catalog's where the names match, external ones otherwise.
    QHash<DatasetName, int> olDatasets;
    auto datasetNode = [&](const DatasetName &name) {
        const auto known = olDatasets.constFind(name);
        if (known != olDatasets.constEnd())
            return *known;
        int i = finder.find(name.name);
        if (i >= 0) {
            if (g.m_nodes[i].ns.isEmpty()) {
                g.m_nodes[i].ns = name.ns;
                g.m_nodes[i].qualifiedName = name.name;
            }
        } else {
            LineageNode node;
            node.kind = LineageNode::Kind::Dataset;
            node.key = QLatin1String("external:") + name.ns + QLatin1Char('/') + name.name;
            node.name = name.name;
            node.ns = name.ns;
            node.qualifiedName = name.name;
            node.external = true;
            i = g.addNode(std::move(node));
        }
        olDatasets.insert(name, i);
        return i;
    };
    auto jobKey = [](const QString &ns, const QString &name) {
        return QLatin1String("job:") + ns + QLatin1Char('/') + name;
    };
    for (const JobLineage &job : input.facts.jobs) {
        LineageNode node;
        node.kind = LineageNode::Kind::Job;
        node.key = jobKey(job.ns, job.name);
        node.name = job.name;
        node.ns = job.ns;
        node.qualifiedName = job.name;
        const int j = g.addNode(std::move(node));
        QSet<QString> outputProducts;
        for (const DatasetName &d : job.inputs)
            g.addEdge(datasetNode(d), j);
        for (const DatasetName &d : job.outputs) {
            const int o = datasetNode(d);
            g.addEdge(j, o);
            outputProducts.insert(g.m_nodes.at(o).productId);
        }
        if (outputProducts.size() == 1 && !outputProducts.begin()->isEmpty())
            withProduct(g.m_nodes[j], *outputProducts.begin());
    }

    // Input ports that no run log explains: a job stands for the consuming product's processing.
    auto portJob = [&](const QString &productId) {
        LineageNode node;
        node.kind = LineageNode::Kind::Job;
        node.key = QLatin1String("ports:") + productId;
        withProduct(node, productId);
        node.name = node.productName.isEmpty() ? productId : node.productName;
        node.fromPorts = true;
        const bool isNew = g.indexOf(node.key) < 0;
        const int j = g.addNode(std::move(node));
        if (isNew) {
            for (int d : datasetsOf.value(productId))
                g.addEdge(j, d);
        }
        return j;
    };
    // Which jobs read each dataset, and what each job writes: is a port already explained by a job?
    QHash<int, QList<int>> jobsReading, outputsOfJob;
    for (const Edge &e : std::as_const(g.m_edges)) {
        if (g.m_nodes.at(e.to).kind == LineageNode::Kind::Job)
            jobsReading[e.from].append(e.to);
        else if (g.m_nodes.at(e.from).kind == LineageNode::Kind::Job)
            outputsOfJob[e.from].append(e.to);
    }
    auto explained = [&](int from, const QString &productId) {
        const QList<int> targets = datasetsOf.value(productId);
        for (int job : jobsReading.value(from)) {
            for (int out : outputsOfJob.value(job)) {
                if (targets.contains(out))
                    return true;
            }
        }
        return false;
    };
    for (const LineageInput::PortRow &port : input.ports) {
        if (!datasetsOf.contains(port.productId))
            continue; // a product without datasets has no node to flow into
        QList<int> sources;
        if (!port.sourceProductId.isEmpty() && datasetsOf.contains(port.sourceProductId)) {
            const QList<int> offered = datasetsOf.value(port.sourceProductId);
            for (int d : offered) {
                if (port.sourceDataset.isEmpty() || g.m_nodes.at(d).name == port.sourceDataset)
                    sources << d;
            }
            if (sources.isEmpty())
                sources = offered;
        } else {
            const QString name = port.sourceDataset.isEmpty() ? port.name : port.sourceDataset;
            if (name.isEmpty())
                continue;
            const int known = finder.find(name);
            sources << (known >= 0 ? known : datasetNode(DatasetName{QString(), name}));
        }
        for (int source : std::as_const(sources)) {
            if (explained(source, port.productId))
                continue;
            g.addEdge(source, portJob(port.productId));
        }
    }

    // Column lineage reported by OpenLineage.
    for (const ColumnLineage &c : input.facts.columns) {
        ColumnEdge edge;
        edge.from = datasetNode(c.input);
        edge.fromColumn = c.inputField;
        edge.to = datasetNode(c.output);
        edge.toColumn = c.outputField;
        edge.job = g.indexOf(jobKey(c.jobNamespace, c.jobName));
        edge.type = c.type;
        edge.subtype = c.subtype;
        edge.description = c.description;
        edge.masking = c.masking;
        g.m_columnEdges.append(edge);
    }
    // Column lineage a contract states (ODCS transformSourceObjects): "sales.orders.amount" is the
    // column amount of the dataset sales.orders; a name that is a dataset is the whole dataset.
    for (const LineageInput::ColumnRow &c : input.columns) {
        if (c.transformSources.isEmpty())
            continue;
        const int to = g.indexOf(QLatin1String("dataset:") + c.productId + QLatin1Char('/') + c.dataset);
        if (to < 0)
            continue;
        for (const QString &source : c.transformSources) {
            ColumnEdge edge;
            edge.to = to;
            edge.toColumn = c.name;
            edge.description = c.transformLogic;
            edge.fromContract = true;
            const qsizetype dot = source.lastIndexOf(QLatin1Char('.'));
            const int asColumnOf = dot > 0 ? finder.find(source.left(dot)) : -1;
            if (asColumnOf >= 0 && g.m_nodes.at(asColumnOf).columns.contains(source.mid(dot + 1))) {
                edge.from = asColumnOf;
                edge.fromColumn = source.mid(dot + 1);
            } else if (const int asDataset = finder.find(source); asDataset >= 0) {
                edge.from = asDataset;
            } else if (asColumnOf >= 0) {
                edge.from = asColumnOf;
                edge.fromColumn = source.mid(dot + 1);
            } else {
                edge.from = datasetNode(DatasetName{QString(), dot > 0 ? source.left(dot) : source});
                edge.fromColumn = dot > 0 ? source.mid(dot + 1) : QString();
            }
            if (edge.from == to)
                continue;
            // The graph shows the flow too: through a job that already connects them, or the product's own.
            for (int job : jobsReading.value(edge.from)) {
                if (outputsOfJob.value(job).contains(to)) {
                    edge.job = job;
                    break;
                }
            }
            if (edge.job < 0) {
                edge.job = portJob(c.productId);
                g.addEdge(edge.from, edge.job);
                jobsReading[edge.from].append(edge.job);
                outputsOfJob[edge.job] = datasetsOf.value(c.productId);
            }
            g.m_columnEdges.append(edge);
        }
    }
    g.finish();
    return g;
}

QList<int> LineageGraph::resolve(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    if (const int i = indexOf(wanted); i >= 0)
        return {i};
    for (const QString &prefix : {QStringLiteral("dataset:"), QStringLiteral("job:"), QStringLiteral("product:"),
                                  QStringLiteral("domain:"), QStringLiteral("ports:")}) {
        if (const int i = indexOf(prefix + wanted); i >= 0)
            return {i};
    }
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QList<int> found;
        // A product: its datasets.
        for (int i = 0; i < m_nodes.size(); ++i) {
            const LineageNode &n = m_nodes.at(i);
            if (n.kind == LineageNode::Kind::Dataset && n.productId.compare(wanted, cs) == 0)
                found << i;
        }
        if (!found.isEmpty())
            return found;
        for (int i = 0; i < m_nodes.size(); ++i) {
            const LineageNode &n = m_nodes.at(i);
            const bool dataset = n.kind == LineageNode::Kind::Dataset;
            if ((dataset
                 && (QString(n.productId + QLatin1Char('/') + n.name).compare(wanted, cs) == 0
                     || QString(n.productId + QLatin1Char('.') + n.name).compare(wanted, cs) == 0))
                || n.qualifiedName.compare(wanted, cs) == 0 || n.name.compare(wanted, cs) == 0)
                found << i;
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

LineageGraph LineageGraph::subgraph(const QList<int> &nodes) const
{
    LineageGraph g;
    QHash<int, int> map;
    map.reserve(nodes.size());
    for (int i : nodes) {
        if (i < 0 || i >= m_nodes.size() || map.contains(i))
            continue;
        map.insert(i, int(g.m_nodes.size()));
        g.m_nodes.append(m_nodes.at(i));
    }
    // Edges in the order of the nodes given, so the result does not depend on hashing.
    for (int i : nodes) {
        const auto from = map.constFind(i);
        if (from == map.constEnd())
            continue;
        for (int s : successors(i)) {
            const auto to = map.constFind(s);
            if (to != map.constEnd())
                g.addEdge(*from, *to);
        }
    }
    for (const ColumnEdge &c : m_columnEdges) {
        const auto from = map.constFind(c.from);
        const auto to = map.constFind(c.to);
        if (from == map.constEnd() || to == map.constEnd())
            continue;
        ColumnEdge copy = c;
        copy.from = *from;
        copy.to = *to;
        copy.job = map.value(c.job, -1);
        g.m_columnEdges.append(copy);
    }
    g.finish();
    return g;
}

LineageGraph LineageGraph::collapsed(const QSet<QString> &productIds, const QSet<QString> &domainIds, QList<int> *mapping) const
{
    if (productIds.isEmpty() && domainIds.isEmpty()) {
        if (mapping) {
            mapping->resize(m_nodes.size());
            std::iota(mapping->begin(), mapping->end(), 0);
        }
        return *this;
    }
    // Which group each node goes into ("" for none): its domain's or product's; a job of no
    // product goes where all of its datasets go, so it does not stand between a group and itself.
    QList<QString> groupOf(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        const LineageNode &n = m_nodes.at(i);
        if (!n.domainId.isEmpty() && domainIds.contains(n.domainId))
            groupOf[i] = QLatin1String("domain:") + n.domainId;
        else if (!n.productId.isEmpty() && productIds.contains(n.productId))
            groupOf[i] = QLatin1String("product:") + n.productId;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).kind != LineageNode::Kind::Job || !groupOf.at(i).isEmpty())
            continue;
        QString common;
        bool one = true;
        for (const std::span<const int> side : {predecessors(i), successors(i)}) {
            for (int n : side) {
                if (groupOf.at(n).isEmpty() || (!common.isEmpty() && groupOf.at(n) != common))
                    one = false;
                common = groupOf.at(n);
            }
        }
        if (one && !common.isEmpty())
            groupOf[i] = common;
    }

    LineageGraph g;
    QList<int> map(m_nodes.size(), -1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        const LineageNode &n = m_nodes.at(i);
        if (groupOf.at(i).isEmpty()) {
            map[i] = g.addNode(n);
            continue;
        }
        const bool inDomain = groupOf.at(i).startsWith(QLatin1String("domain:"));
        LineageNode group;
        group.kind = inDomain ? LineageNode::Kind::Domain : LineageNode::Kind::Product;
        group.key = groupOf.at(i);
        const int existing = g.indexOf(group.key);
        if (existing >= 0) {
            ++g.m_nodes[existing].members;
            if (n.kind == LineageNode::Kind::Dataset && !inDomain)
                g.m_nodes[existing].columns << n.columns;
            map[i] = existing;
            continue;
        }
        // The first member of a group names it (a job absorbed first takes it from its datasets).
        const LineageNode &named = n.kind == LineageNode::Kind::Job && n.productId.isEmpty() && n.domainId.isEmpty()
            ? m_nodes.at([&] {
                  for (const std::span<const int> side : {predecessors(i), successors(i)}) {
                      if (!side.empty())
                          return side.front();
                  }
                  return i;
              }())
            : n;
        group.domainId = named.domainId;
        group.domainName = named.domainName;
        if (inDomain) {
            group.name = named.domainName;
        } else {
            group.name = named.productName;
            group.productId = named.productId;
            group.productName = named.productName;
            group.teamId = named.teamId;
            group.teamName = named.teamName;
            group.status = named.status;
        }
        if (n.kind == LineageNode::Kind::Dataset && !inDomain)
            group.columns = n.columns;
        map[i] = g.addNode(std::move(group));
    }
    for (const Edge &e : m_edges)
        g.addEdge(map.at(e.from), map.at(e.to));
    for (const ColumnEdge &c : m_columnEdges) {
        ColumnEdge copy = c;
        copy.from = map.at(c.from);
        copy.to = map.at(c.to);
        copy.job = c.job >= 0 ? map.at(c.job) : -1;
        if (copy.from != copy.to)
            g.m_columnEdges.append(copy);
    }
    g.finish();
    if (mapping)
        *mapping = map;
    return g;
}

LineageGraph LineageGraph::withoutJobs() const
{
    LineageGraph g;
    QList<int> map(m_nodes.size(), -1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).kind != LineageNode::Kind::Job)
            map[i] = g.addNode(m_nodes.at(i));
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (map.at(i) < 0)
            continue;
        for (int s : successors(i)) {
            if (map.at(s) >= 0) {
                g.addEdge(map.at(i), map.at(s));
                continue;
            }
            for (int t : successors(s)) {
                if (map.at(t) >= 0)
                    g.addEdge(map.at(i), map.at(t));
            }
        }
    }
    for (const ColumnEdge &c : m_columnEdges) {
        ColumnEdge copy = c;
        copy.from = map.at(c.from);
        copy.to = map.at(c.to);
        copy.job = -1;
        if (copy.from >= 0 && copy.to >= 0)
            g.m_columnEdges.append(copy);
    }
    g.finish();
    return g;
}

} // namespace Tessera
