#include "models/lineage/layeredlayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Tessera {

namespace {

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Minimises sum w_i (y_i - d_i)^2 subject to y_{i+1} - y_i >= sep_i: with offsets o_i (the
// running sum of separations) this is isotonic regression of d_i - o_i, solved exactly by pooling
// adjacent violators.
void placeLayer(const QList<double> &desired, const QList<double> &weight, const QList<double> &sep, QList<double> &out)
{
    const qsizetype n = desired.size();
    out.resize(n);
    if (n == 0)
        return;
    QList<double> offset(n, 0.0);
    for (qsizetype i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + sep[i - 1];
    struct Block {
        double weight;
        double sum; // sum of w * value
        qsizetype count;
        double value() const { return sum / weight; }
    };
    QList<Block> blocks;
    blocks.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double w = std::max(weight[i], 1e-6);
        blocks.append({w, w * (desired[i] - offset[i]), 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].value() > blocks.last().value()) {
            const Block last = blocks.takeLast();
            blocks.last().weight += last.weight;
            blocks.last().sum += last.sum;
            blocks.last().count += last.count;
        }
    }
    qsizetype i = 0;
    for (const Block &b : std::as_const(blocks)) {
        const double v = b.value();
        for (qsizetype k = 0; k < b.count; ++k, ++i)
            out[i] = v + offset[i];
    }
}

double interpolateY(const QPolygonF &line, double x)
{
    // The polyline runs left to right: find the segment holding x.
    qsizetype lo = 0, hi = line.size() - 1;
    while (hi - lo > 1) {
        const qsizetype mid = (lo + hi) / 2;
        if (line.at(mid).x() <= x)
            lo = mid;
        else
            hi = mid;
    }
    const QPointF a = line.at(lo), b = line.at(hi);
    if (qFuzzyCompare(a.x() + 1.0, b.x() + 1.0))
        return (a.y() + b.y()) / 2;
    return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
}

} // namespace

qint64 LayeredLayout::bilayerCrossings(QList<std::pair<int, int>> edges, int lowerCount)
{
    if (edges.size() < 2 || lowerCount < 2)
        return 0;
    std::sort(edges.begin(), edges.end());
    int first = 1;
    while (first < lowerCount)
        first *= 2;
    QList<qint64> tree(2 * first - 1, 0);
    first -= 1;
    qint64 crossings = 0;
    for (const auto &[north, south] : std::as_const(edges)) {
        Q_UNUSED(north);
        int index = south + first;
        ++tree[index];
        while (index > 0) {
            if (index % 2)
                crossings += tree[index + 1];
            index = (index - 1) / 2;
            ++tree[index];
        }
    }
    return crossings;
}

qint64 LayeredLayout::geometricCrossings(const QList<QPolygonF> &polylines, QList<double> xs)
{
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    QList<std::pair<double, double>> span(polylines.size());
    for (qsizetype i = 0; i < polylines.size(); ++i) {
        const QPolygonF &p = polylines.at(i);
        span[i] = p.size() < 2 ? std::pair{1.0, 0.0} : std::pair{p.first().x(), p.last().x()};
    }
    qint64 total = 0;
    for (qsizetype g = 0; g + 1 < xs.size(); ++g) {
        const double xa = xs.at(g), xb = xs.at(g + 1);
        QList<std::pair<double, double>> ys;
        for (qsizetype i = 0; i < polylines.size(); ++i) {
            if (span.at(i).first <= xa + 1e-6 && span.at(i).second >= xb - 1e-6) {
                // Rounded to a hundredth: edges leaving one port are level there, not crossing.
                const double ya = std::round(interpolateY(polylines.at(i), xa) * 100) / 100;
                const double yb = std::round(interpolateY(polylines.at(i), xb) * 100) / 100;
                ys.append({ya, yb});
            }
        }
        std::sort(ys.begin(), ys.end());
        // Strict inversions in yb: pairs that swap order between xa and xb.
        QList<double> sorted;
        sorted.reserve(ys.size());
        for (const auto &y : std::as_const(ys))
            sorted.append(y.second);
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        QList<int> fenwick(sorted.size() + 1, 0);
        qint64 seen = 0;
        for (const auto &y : std::as_const(ys)) {
            const int rank = int(std::lower_bound(sorted.begin(), sorted.end(), y.second) - sorted.begin()) + 1;
            // Earlier edges (higher up at xa) that end below this one at xb.
            qint64 notGreater = 0;
            for (int i = rank; i > 0; i -= i & -i)
                notGreater += fenwick[i];
            total += seen - notGreater;
            for (int i = rank; i < fenwick.size(); i += i & -i)
                ++fenwick[i];
            ++seen;
        }
    }
    return total;
}

LayeredLayout::Result LayeredLayout::run(const Input &input, const std::atomic<bool> *cancel)
{
    Result result;
    const int n = int(input.sizes.size());
    result.centres.resize(n);
    result.layers.resize(n);
    result.routes.resize(input.edges.size());
    result.reversed.fill(false, input.edges.size());
    if (n == 0)
        return result;

    // --- The edges to lay out: no self loops, no repeats. ---------------------------------------
    QList<std::pair<int, int>> edges; // distinct, between distinct nodes
    QList<int> edgeOf(input.edges.size(), -1); // input edge -> index in edges
    {
        QHash<quint64, int> seen;
        for (qsizetype i = 0; i < input.edges.size(); ++i) {
            const auto [a, b] = input.edges.at(i);
            if (a < 0 || b < 0 || a >= n || b >= n || a == b)
                continue;
            const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
            const auto found = seen.constFind(key);
            if (found != seen.constEnd()) {
                edgeOf[i] = *found;
                continue;
            }
            seen.insert(key, int(edges.size()));
            edgeOf[i] = int(edges.size());
            edges.append({a, b});
        }
    }
    const qsizetype m = edges.size();
    QList<QList<int>> out(n);
    for (qsizetype e = 0; e < m; ++e)
        out[edges.at(e).first].append(int(e));
    for (QList<int> &list : out)
        std::sort(list.begin(), list.end(), [&](int a, int b) {
            return edges.at(a).second < edges.at(b).second;
        });

    // --- 1. Cycles: edges that a depth-first search finds going back are reversed. ---------------
    QList<bool> reversed(m, false);
    {
        QList<char> state(n, 0); // 0 new, 1 on the stack, 2 done
        for (int root = 0; root < n; ++root) {
            if (state.at(root))
                continue;
            QList<std::pair<int, qsizetype>> stack{{root, 0}};
            state[root] = 1;
            while (!stack.isEmpty()) {
                auto &[node, next] = stack.last();
                if (next < out.at(node).size()) {
                    const int e = out.at(node).at(next++);
                    const int to = edges.at(e).second;
                    if (state.at(to) == 1)
                        reversed[e] = true;
                    else if (state.at(to) == 0) {
                        state[to] = 1;
                        stack.append({to, 0});
                    }
                    continue;
                }
                state[node] = 2;
                stack.removeLast();
            }
        }
    }
    QList<QList<int>> succ(n), pred(n);
    for (qsizetype e = 0; e < m; ++e) {
        const auto [a, b] = edges.at(e);
        const int from = reversed.at(e) ? b : a;
        const int to = reversed.at(e) ? a : b;
        succ[from].append(to);
        pred[to].append(from);
    }
    if (cancelled(cancel)) {
        result.cancelled = true;
        return result;
    }

    // --- 2. Layers: longest path from the sources; sources then pulled next to what they feed. --
    QList<int> layer(n, 0);
    QList<int> topo;
    topo.reserve(n);
    {
        QList<int> indegree(n, 0);
        for (int v = 0; v < n; ++v)
            indegree[v] = int(pred.at(v).size());
        for (int v = 0; v < n; ++v) {
            if (indegree.at(v) == 0)
                topo.append(v);
        }
        for (qsizetype i = 0; i < topo.size(); ++i) {
            const int v = topo.at(i);
            for (int s : succ.at(v)) {
                if (--indegree[s] == 0)
                    topo.append(s);
            }
        }
        // Shorter edges: a node moves towards the side with more edges, within its neighbours'
        // layers (each move lowers the total edge length; a local form of network simplex).
        auto balance = [&](QList<int> &l) {
            for (int pass = 0; pass < 16; ++pass) {
                bool moved = false;
                for (int k = 0; k < int(topo.size()); ++k) {
                    const int v = topo.at(pass % 2 == 0 ? int(topo.size()) - 1 - k : k);
                    const qsizetype in = pred.at(v).size(), outs = succ.at(v).size();
                    if (in == outs)
                        continue;
                    int target = l.at(v);
                    if (outs > in) {
                        int nearest = std::numeric_limits<int>::max();
                        for (int w : succ.at(v))
                            nearest = std::min(nearest, l.at(w));
                        target = nearest - 1;
                    } else {
                        int nearest = std::numeric_limits<int>::min();
                        for (int u : pred.at(v))
                            nearest = std::max(nearest, l.at(u));
                        target = nearest + 1;
                    }
                    if (target != l.at(v)) {
                        l[v] = target;
                        moved = true;
                    }
                }
                if (!moved)
                    break;
            }
        };
        auto length = [&](const QList<int> &l) {
            qint64 sum = 0;
            for (int v = 0; v < n; ++v) {
                for (int w : succ.at(v))
                    sum += l.at(w) - l.at(v);
            }
            return sum;
        };
        // Longest paths from the sources and from the sinks, each balanced; the shorter wins.
        QList<int> early(n, 0), late(n, 0);
        for (int v : std::as_const(topo)) {
            for (int w : succ.at(v))
                early[w] = std::max(early.at(w), early.at(v) + 1);
        }
        for (qsizetype i = topo.size() - 1; i >= 0; --i) {
            const int v = topo.at(i);
            for (int w : succ.at(v))
                late[v] = std::min(late.at(v), late.at(w) - 1);
        }
        balance(early);
        balance(late);
        layer = length(late) < length(early) ? late : early;
    }
    // Where nodes were before: keep their layers where the new ones allow.
    QList<std::optional<QPointF>> before(n);
    int anchored = 0;
    if (!input.previous.isEmpty() && input.keys.size() == n) {
        for (int v = 0; v < n; ++v) {
            const auto found = input.previous.constFind(input.keys.at(v));
            if (found != input.previous.constEnd()) {
                before[v] = *found;
                ++anchored;
            }
        }
    }
    {
        const int low = *std::min_element(layer.cbegin(), layer.cend());
        for (int &l : layer)
            l -= low;
    }
    int layerCount = *std::max_element(layer.cbegin(), layer.cend()) + 1;

    // --- 3. Dummy nodes along long edges. ---------------------------------------------------------
    QList<double> height(n), width(n);
    for (int v = 0; v < n; ++v) {
        width[v] = input.sizes.at(v).width();
        height[v] = input.sizes.at(v).height();
    }
    const double dummyHeight = 2;
    QList<QList<int>> chain(m); // per edge, the nodes along it in layout direction
    QList<QList<int>> down(n), up(n); // proper edges (between neighbouring layers), dummies included
    auto addProper = [&](int a, int b) {
        down[a].append(b);
        up[b].append(a);
    };
    int total = n;
    for (qsizetype e = 0; e < m; ++e) {
        const auto [a0, b0] = edges.at(e);
        const int a = reversed.at(e) ? b0 : a0;
        const int b = reversed.at(e) ? a0 : b0;
        QList<int> &c = chain[e];
        c.append(a);
        int previous = a;
        for (int l = layer.at(a) + 1; l < layer.at(b); ++l) {
            const int d = total++;
            layer.append(l);
            width.append(0);
            height.append(dummyHeight);
            down.append(QList<int>());
            up.append(QList<int>());
            before.append(std::nullopt);
            addProper(previous, d);
            c.append(d);
            previous = d;
        }
        addProper(previous, b);
        c.append(b);
    }
    result.dummies = total - n;

    // --- 4. Order within layers: barycentre sweeps and adjacent exchanges, best kept. ----------
    QList<QList<int>> layers(layerCount);
    QList<double> pos(total, 0);
    {
        // First order: previous places where known; else breadth first over both directions,
        // per connected part, from a node at its edge (found as the last node a breadth-first
        // walk reaches, from the last one another reaches): the order then runs from one side of
        // the graph to the other, with nothing folded back, which layer sweeps undo only slowly.
        QList<double> key(total, 0);
        QList<bool> seen(total, false);
        double counter = 0;
        QList<int> queue;
        QList<int> mark(total, -1);
        auto walk = [&](int from, int stamp) {
            queue = {from};
            mark[from] = stamp;
            for (qsizetype head = 0; head < queue.size(); ++head) {
                const int v = queue.at(head);
                for (const QList<int> *side : {&down.at(v), &up.at(v)}) {
                    for (int w : *side) {
                        if (mark.at(w) != stamp) {
                            mark[w] = stamp;
                            queue.append(w);
                        }
                    }
                }
            }
            return queue.last();
        };
        int stamp = 0;
        for (int start = 0; start < total; ++start) {
            if (seen.at(start))
                continue;
            const int far = walk(walk(start, stamp), stamp + 1);
            walk(far, stamp + 2);
            stamp += 3;
            for (int v : std::as_const(queue)) {
                seen[v] = true;
                key[v] = counter++;
            }
        }
        for (int v = 0; v < total; ++v)
            layers[layer.at(v)].append(v);
        if (anchored) {
            // Known nodes where they were; new ones next to the known nodes they connect to.
            for (int v = 0; v < total; ++v) {
                if (before.at(v))
                    key[v] = before.at(v)->y();
            }
            for (int l = 0; l < layerCount; ++l) {
                for (int v : std::as_const(layers.at(l))) {
                    if (before.at(v) || up.at(v).isEmpty())
                        continue;
                    double sum = 0;
                    for (int u : up.at(v))
                        sum += key.at(u);
                    key[v] = sum / double(up.at(v).size());
                }
            }
            for (int l = layerCount - 1; l >= 0; --l) {
                for (int v : std::as_const(layers.at(l))) {
                    if (before.at(v) || !up.at(v).isEmpty() || down.at(v).isEmpty())
                        continue;
                    double sum = 0;
                    for (int w : down.at(v))
                        sum += key.at(w);
                    key[v] = sum / double(down.at(v).size());
                }
            }
        }
        for (QList<int> &list : layers) {
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                return key.at(a) < key.at(b);
            });
            for (qsizetype i = 0; i < list.size(); ++i)
                pos[list.at(i)] = double(i);
        }
    }
    auto crossingsBetween = [&](int l) {
        QList<std::pair<int, int>> proper;
        for (int v : layers.at(l)) {
            for (int w : down.at(v))
                proper.append({int(pos.at(v)), int(pos.at(w))});
        }
        return bilayerCrossings(proper, int(layers.at(l + 1).size()));
    };
    auto allCrossings = [&]() {
        qint64 c = 0;
        for (int l = 0; l + 1 < layerCount; ++l)
            c += crossingsBetween(l);
        return c;
    };
    // A node's place from its neighbours in the fixed layer: their barycentre, or their weighted
    // median (Gansner et al.), which sweeps alternate between.
    QList<double> places;
    auto reorder = [&](int l, bool fromLeft, bool median) {
        QList<int> &list = layers[l];
        QList<double> key(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QList<int> &neighbours = fromLeft ? up.at(list.at(i)) : down.at(list.at(i));
            if (neighbours.isEmpty()) {
                key[i] = pos.at(list.at(i));
                continue;
            }
            if (!median || neighbours.size() < 3) {
                double sum = 0;
                for (int u : neighbours)
                    sum += pos.at(u);
                key[i] = sum / double(neighbours.size());
                continue;
            }
            places.clear();
            for (int u : neighbours)
                places.append(pos.at(u));
            std::sort(places.begin(), places.end());
            const qsizetype m = places.size() / 2;
            if (places.size() % 2) {
                key[i] = places.at(m);
            } else {
                const double left = places.at(m - 1) - places.first(), right = places.last() - places.at(m);
                key[i] = left + right > 0 ? (places.at(m - 1) * right + places.at(m) * left) / (left + right)
                                          : (places.at(m - 1) + places.at(m)) / 2;
            }
        }
        QList<qsizetype> index(list.size());
        std::iota(index.begin(), index.end(), 0);
        std::stable_sort(index.begin(), index.end(), [&](qsizetype a, qsizetype b) {
            return key.at(a) < key.at(b);
        });
        QList<int> sorted(list.size());
        for (qsizetype i = 0; i < index.size(); ++i)
            sorted[i] = list.at(index.at(i));
        list = sorted;
        for (qsizetype i = 0; i < list.size(); ++i)
            pos[list.at(i)] = double(i);
    };
    // Crossings between the edges of u and v (u just above v) on one side.
    auto pairCrossings = [&](int u, int v, const QList<QList<int>> &side) {
        qint64 c = 0;
        for (int a : side.at(u)) {
            for (int b : side.at(v)) {
                if (pos.at(a) > pos.at(b))
                    ++c;
            }
        }
        return c;
    };
    auto transpose = [&]() {
        bool improved = true;
        for (int pass = 0; improved && pass < 4; ++pass) {
            improved = false;
            for (int l = 0; l < layerCount; ++l) {
                QList<int> &list = layers[l];
                for (qsizetype i = 0; i + 1 < list.size(); ++i) {
                    const int u = list.at(i), v = list.at(i + 1);
                    if (qsizetype(up.at(u).size() + down.at(u).size()) * (up.at(v).size() + down.at(v).size()) > 4096)
                        continue;
                    const qint64 now = pairCrossings(u, v, up) + pairCrossings(u, v, down);
                    const qint64 swapped = pairCrossings(v, u, up) + pairCrossings(v, u, down);
                    if (swapped < now) {
                        list[i] = v;
                        list[i + 1] = u;
                        pos[u] = double(i + 1);
                        pos[v] = double(i);
                        improved = true;
                    }
                }
            }
            if (cancelled(cancel))
                return;
        }
    };
    qint64 best = allCrossings();
    QList<QList<int>> bestLayers = layers;
    int stale = 0;
    // Mostly known nodes: their order stays (new ones went next to their neighbours above), so
    // expanding a node does not reshuffle the drawing.
    const int sweeps = anchored * 2 >= n ? 0 : input.sweeps;
    for (int sweep = 0; sweep < sweeps && best > 0 && stale < 16; ++sweep) {
        const bool median = sweep % 2 == 1;
        for (int l = 1; l < layerCount; ++l)
            reorder(l, true, median);
        for (int l = layerCount - 2; l >= 0; --l)
            reorder(l, false, median);
        transpose();
        if (cancelled(cancel)) {
            result.cancelled = true;
            return result;
        }
        const qint64 now = allCrossings();
        if (now < best) {
            best = now;
            bestLayers = layers;
            stale = 0;
        } else {
            ++stale;
        }
    }
    layers = bestLayers;
    for (const QList<int> &list : std::as_const(layers)) {
        for (qsizetype i = 0; i < list.size(); ++i)
            pos[list.at(i)] = double(i);
    }
    result.crossings = best;

    // --- 5. Coordinates: x by layer, y by least squares towards neighbours, never overlapping. ---
    QList<double> y(total, 0);
    QList<double> layerWidth(layerCount, 0), layerX(layerCount, 0);
    for (int v = 0; v < total; ++v)
        layerWidth[layer.at(v)] = std::max(layerWidth.at(layer.at(v)), width.at(v));
    for (int l = 1; l < layerCount; ++l)
        layerX[l] = layerX.at(l - 1) + layerWidth.at(l - 1) / 2 + input.layerGap + layerWidth.at(l) / 2;
    if (anchored) {
        // Layers holding known nodes go back to where those were, as far as the gaps allow.
        QList<double> sum(layerCount, 0);
        QList<int> count(layerCount, 0);
        for (int v = 0; v < n; ++v) {
            if (before.at(v)) {
                sum[layer.at(v)] += before.at(v)->x();
                ++count[layer.at(v)];
            }
        }
        int firstKnown = 0;
        while (firstKnown < layerCount && count.at(firstKnown) == 0)
            ++firstKnown;
        if (firstKnown < layerCount) {
            const double shift = sum.at(firstKnown) / count.at(firstKnown) - layerX.at(firstKnown);
            for (int l = 0; l < layerCount; ++l)
                layerX[l] += shift;
            for (int l = firstKnown + 1; l < layerCount; ++l) {
                const double least = layerX.at(l - 1) + layerWidth.at(l - 1) / 2 + input.layerGap + layerWidth.at(l) / 2;
                layerX[l] = count.at(l) ? std::max(least, sum.at(l) / count.at(l)) : least;
            }
        }
    }
    auto separations = [&](const QList<int> &list) {
        QList<double> sep(std::max<qsizetype>(0, list.size() - 1));
        for (qsizetype i = 0; i + 1 < list.size(); ++i) {
            const bool dummies = list.at(i) >= n && list.at(i + 1) >= n;
            sep[i] = (height.at(list.at(i)) + height.at(list.at(i + 1))) / 2 + (dummies ? input.nodeGap / 3 : input.nodeGap);
        }
        return sep;
    };
    for (const QList<int> &list : std::as_const(layers)) {
        const QList<double> sep = separations(list);
        double at = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            y[list.at(i)] = at;
            if (i < sep.size())
                at += sep.at(i);
        }
    }
    {
        QList<double> desired, weight, placed;
        for (int iteration = 0; iteration < 8; ++iteration) {
            const bool forward = iteration % 2 == 0;
            for (int k = 0; k < layerCount; ++k) {
                const int l = forward ? k : layerCount - 1 - k;
                const QList<int> &list = layers.at(l);
                desired.resize(list.size());
                weight.resize(list.size());
                for (qsizetype i = 0; i < list.size(); ++i) {
                    const int v = list.at(i);
                    double sum = 0;
                    double count = 0;
                    // Mostly the side just placed; the other side keeps the drawing balanced.
                    for (int u : up.at(v)) {
                        sum += (forward ? 1.0 : 0.5) * y.at(u);
                        count += forward ? 1.0 : 0.5;
                    }
                    for (int w : down.at(v)) {
                        sum += (forward ? 0.5 : 1.0) * y.at(w);
                        count += forward ? 0.5 : 1.0;
                    }
                    double target = count > 0 ? sum / count : y.at(v);
                    double w = v >= n ? 2.0 : 1.0; // long edges straight
                    if (before.at(v)) {
                        // Known nodes stay where they were unless new ones need the room.
                        target = before.at(v)->y();
                        w = 8.0;
                    }
                    desired[i] = target;
                    weight[i] = w;
                }
                placeLayer(desired, weight, separations(list), placed);
                for (qsizetype i = 0; i < list.size(); ++i)
                    y[list.at(i)] = placed.at(i);
            }
            if (cancelled(cancel)) {
                result.cancelled = true;
                return result;
            }
        }
    }

    // --- 6. Where nodes were before: move the whole drawing back onto them. ------------------------
    double dx = 0, dy = 0;
    if (anchored) {
        for (int v = 0; v < n; ++v) {
            if (before.at(v))
                dy += before.at(v)->y() - y.at(v);
        }
        dy /= anchored;
    } else {
        double top = std::numeric_limits<double>::max();
        for (int v = 0; v < total; ++v)
            top = std::min(top, y.at(v) - height.at(v) / 2);
        dy = -top;
        dx = layerWidth.isEmpty() ? 0 : layerWidth.first() / 2;
    }
    for (int v = 0; v < n; ++v) {
        result.centres[v] = QPointF(layerX.at(layer.at(v)) + dx, y.at(v) + dy);
        result.layers[v] = layer.at(v);
    }
    result.layerCount = layerCount;

    // --- 7. Routes: out of the right side, through the dummies, into the left side. -------------
    QList<QPolygonF> routes(m);
    for (qsizetype e = 0; e < m; ++e) {
        const QList<int> &c = chain.at(e);
        QPolygonF line;
        const int first = c.first(), last = c.last();
        line << QPointF(layerX.at(layer.at(first)) + dx + width.at(first) / 2, y.at(first) + dy);
        for (qsizetype i = 1; i + 1 < c.size(); ++i) {
            const int d = c.at(i);
            const double half = layerWidth.at(layer.at(d)) / 2;
            line << QPointF(layerX.at(layer.at(d)) + dx - half, y.at(d) + dy)
                 << QPointF(layerX.at(layer.at(d)) + dx + half, y.at(d) + dy);
        }
        line << QPointF(layerX.at(layer.at(last)) + dx - width.at(last) / 2, y.at(last) + dy);
        if (reversed.at(e))
            std::reverse(line.begin(), line.end());
        routes[e] = line;
    }
    for (qsizetype i = 0; i < input.edges.size(); ++i) {
        if (edgeOf.at(i) >= 0) {
            result.routes[i] = routes.at(edgeOf.at(i));
            result.reversed[i] = reversed.at(edgeOf.at(i));
        }
    }
    QRectF bounds;
    for (int v = 0; v < n; ++v) {
        const QSizeF s = input.sizes.at(v);
        bounds |= QRectF(result.centres.at(v) - QPointF(s.width() / 2, s.height() / 2), s);
    }
    result.bounds = bounds;
    return result;
}

} // namespace Tessera
