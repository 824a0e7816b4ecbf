#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <limits>

namespace Tessera {

// A layered drawing of a directed graph, left to right (Sugiyama's method): cycles broken by
// reversing edges found going back in a depth-first search; layers by longest path (from the
// sources or from the sinks, whichever is shorter) with nodes then moved towards their busier
// side; dummy nodes along edges longer than one layer; crossings reduced, from a breadth-first order
// started at the graph's edge, by sweeps placing nodes
// at their neighbours' barycentre or weighted median, with adjacent exchanges, keeping the best
// order; y coordinates by repeated weighted least squares towards neighbours under the
// no-overlap constraint (pool adjacent violators, exact per layer); edges routed through their
// dummies, bending in the gaps between layers.
//
// The same input gives the same drawing. Given where nodes were before (a node's key), it keeps
// them there as far as it can, so expanding a neighbourhood moves existing nodes little.
class LayeredLayout
{
public:
    struct Input {
        QList<QSizeF> sizes; // one per node
        QList<std::pair<int, int>> edges; // from, to
        QList<QString> keys; // optional, one per node: names nodes for `previous`
        QHash<QString, QPointF> previous; // where nodes were (centres), by key
        double layerGap = 96; // between the widest nodes of neighbouring layers
        double nodeGap = 18; // between nodes of a layer
        int sweeps = 64; // crossing reduction passes (each down and up)
    };

    struct Result {
        QList<QPointF> centres; // one per node
        QList<int> layers; // one per node, from 0
        QList<QPolygonF> routes; // one per input edge, from its source's right side to its target's left side
        QList<bool> reversed; // the input edges drawn against their direction to break cycles
        QRectF bounds;
        int layerCount = 0;
        qint64 crossings = 0; // edge crossings between neighbouring layers, dummies included
        int dummies = 0;
        bool cancelled = false;
    };

    // cancel: checked between steps and inside long loops; when it becomes true the result is
    // returned early with cancelled set.
    static Result run(const Input &input, const std::atomic<bool> *cancel = nullptr);

    // Crossings between two layers: edges as (position in upper layer, position in lower layer).
    // Barth, Jünger and Mutzel's accumulator tree, O(e log v).
    static qint64 bilayerCrossings(QList<std::pair<int, int>> edges, int lowerCount);

    // Crossings of drawn polylines, counted the same way for any drawing: at each pair of
    // neighbouring x positions in xs, pairs of edges whose order in y swaps. Polylines must run
    // left to right. For comparing drawings made by different programs.
    static qint64 geometricCrossings(const QList<QPolygonF> &polylines, QList<double> xs);
};

} // namespace Tessera
