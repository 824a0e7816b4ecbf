#include "models/lineage/lineagescope.h"

#include "models/lineage/traversal.h"

namespace Tessera {

namespace {

const QLatin1String productPrefix("product:");
const QLatin1String domainPrefix("domain:");

// The datasets one hop away from node (through the job in between), upstream or downstream.
QList<int> datasetsNextTo(const LineageGraph &graph, int node, bool upstream)
{
    QList<int> found;
    const std::span<const int> first = upstream ? graph.predecessors(node) : graph.successors(node);
    for (int n : first) {
        if (graph.node(n).kind != LineageNode::Kind::Job) {
            found.append(n);
            continue;
        }
        for (int d : upstream ? graph.predecessors(n) : graph.successors(n))
            found.append(d);
    }
    return found;
}

} // namespace

ScopedLineage ScopedLineage::apply(const LineageGraph &full, const LineageScope &scope)
{
    ScopedLineage out;
    const int count = int(full.nodeCount());
    auto passes = [&](int i) {
        const LineageNode &node = full.node(i);
        if (node.external && !scope.showExternal)
            return false;
        return node.domainId.isEmpty() || !scope.hiddenDomains.contains(node.domainId);
    };

    // The nodes a key names: a node, or a product's or domain's datasets (among `within`, if given).
    auto nodesOf = [&](const QString &key, const QList<bool> *within) {
        if (const int i = full.indexOf(key); i >= 0)
            return QList<int>{i};
        QList<int> found;
        const bool product = key.startsWith(productPrefix);
        const bool domain = key.startsWith(domainPrefix);
        if (product || domain) {
            const QString id = key.mid(product ? productPrefix.size() : domainPrefix.size());
            for (int i = 0; i < count; ++i) {
                const LineageNode &n = full.node(i);
                if (n.kind == LineageNode::Kind::Dataset && (product ? n.productId : n.domainId) == id
                    && (!within || within->at(i)))
                    found.append(i);
            }
            return found;
        }
        return within ? found : full.resolve(key);
    };

    QList<bool> kept(count, !scope.isFocused());
    QList<int> seeds;
    if (scope.isFocused()) {
        for (const QString &key : scope.focus) {
            const QList<int> named = nodesOf(key, nullptr);
            if (named.isEmpty())
                out.unresolved.append(key);
            for (int i : named) {
                if (!seeds.contains(i))
                    seeds.append(i);
            }
        }
        for (int i : LineageWalk::neighbourhood(full, seeds, scope.up, scope.down).nodes)
            kept[i] = true;
        // Opened neighbours, and theirs, until nothing new shows.
        for (bool grew = true; grew;) {
            grew = false;
            for (const bool up : {true, false}) {
                for (const QString &key : up ? scope.expandedUp : scope.expandedDown) {
                    for (int i : nodesOf(key, &kept)) {
                        if (!kept.at(i))
                            continue;
                        for (int j : LineageWalk::neighbourhood(full, {i}, up ? 1 : 0, up ? 0 : 1).nodes) {
                            if (!kept.at(j)) {
                                kept[j] = true;
                                grew = true;
                            }
                        }
                    }
                }
            }
        }
    }
    for (int i = 0; i < count; ++i)
        kept[i] = kept.at(i) && passes(i);
    // A job left with none of its datasets would float alone.
    for (int i = 0; i < count; ++i) {
        if (!kept.at(i) || full.node(i).kind != LineageNode::Kind::Job || seeds.contains(i))
            continue;
        auto anyKept = [&](std::span<const int> nodes) {
            return std::any_of(nodes.begin(), nodes.end(), [&](int n) {
                return kept.at(n);
            });
        };
        if (!anyKept(full.predecessors(i)) && !anyKept(full.successors(i)))
            kept[i] = false;
    }

    QList<int> shown;
    QSet<QString> products = scope.collapsedProducts;
    QSet<QString> domains = scope.collapsedDomains;
    for (int i = 0; i < count; ++i) {
        if (!kept.at(i))
            continue;
        shown.append(i);
        const LineageNode &n = full.node(i);
        if (scope.collapseAllProducts && !n.productId.isEmpty())
            products.insert(n.productId);
        if (scope.collapseAllDomains && !n.domainId.isEmpty())
            domains.insert(n.domainId);
    }
    QList<int> grouped;
    const LineageGraph collapsed = full.subgraph(shown).collapsed(products, domains, &grouped);
    out.graph = scope.showJobs ? collapsed : collapsed.withoutJobs();

    const int shownCount = int(out.graph.nodeCount());
    out.members.resize(shownCount);
    out.hiddenUpstream.fill(0, shownCount);
    out.hiddenDownstream.fill(0, shownCount);
    for (qsizetype k = 0; k < shown.size(); ++k) {
        // Through the grouping, then by key: without jobs, the other nodes keep their keys.
        const int s = out.graph.indexOf(collapsed.node(grouped.at(k)).key);
        if (s < 0)
            continue; // a job, when jobs are not shown
        out.members[s].append(shown.at(k));
        out.m_shownAs.insert(shown.at(k), s);
    }
    for (int seed : std::as_const(seeds)) {
        const int s = out.shownAs(seed);
        if (s >= 0 && !out.seeds.contains(s))
            out.seeds.append(s);
    }
    // What a click could still open: neighbours the scope left out but the filters would show.
    if (scope.isFocused()) {
        for (int s = 0; s < shownCount; ++s) {
            for (const bool up : {true, false}) {
                QSet<int> hidden;
                for (int m : std::as_const(out.members.at(s))) {
                    for (int d : datasetsNextTo(full, m, up)) {
                        if (!kept.at(d) && passes(d))
                            hidden.insert(d);
                    }
                }
                (up ? out.hiddenUpstream : out.hiddenDownstream)[s] = int(hidden.size());
            }
        }
    }
    return out;
}

} // namespace Tessera
