#pragma once

#include "models/lineage/lineagegraph.h"

#include <QSet>
#include <QStringList>

namespace Tessera {

// What part of the lineage a person looks at, and how: a focus with its depth, the neighbours
// they opened beyond it, products and domains shown as one node, and filters. Plain data, so a
// view keeps a history of scopes for Back and Forward.
struct LineageScope {
    QStringList focus; // node keys or product ids; empty: the whole graph
    int up = 2; // hops upstream of the focus
    int down = 2; // and downstream
    QSet<QString> expandedUp; // node keys whose upstream neighbours (one hop) are shown too
    QSet<QString> expandedDown; // and downstream
    QSet<QString> collapsedProducts; // product ids drawn as one node each
    QSet<QString> collapsedDomains; // domain ids drawn as one node each
    bool collapseAllProducts = false;
    bool collapseAllDomains = false;
    QSet<QString> hiddenDomains; // domain ids left out
    bool showJobs = true;
    bool showExternal = true; // datasets no product of the catalog offers

    bool isFocused() const { return !focus.isEmpty(); }
    friend bool operator==(const LineageScope &, const LineageScope &) = default;
};

// A scope applied to the catalog's lineage: the graph to draw, and for each of its nodes the
// nodes of the whole graph it stands for and how many neighbours are not shown.
struct ScopedLineage {
    LineageGraph graph;
    QList<QList<int>> members; // per node: indexes into the whole graph (one, or a group's)
    QList<int> hiddenUpstream; // per node: datasets one hop upstream that are not shown
    QList<int> hiddenDownstream;
    QList<int> seeds; // the focus, as nodes of graph
    QStringList unresolved; // focus entries that name nothing

    // The node of graph standing for the whole graph's node, or -1.
    int shownAs(int fullNode) const { return m_shownAs.value(fullNode, -1); }

    static ScopedLineage apply(const LineageGraph &full, const LineageScope &scope);

private:
    QHash<int, int> m_shownAs;
};

} // namespace Tessera
