#pragma once

// The synthetic lineage graphs the lineage benchmarks share.
#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Bench {

// A lineage-like DAG: layers of datasets and jobs, each node feeding ~2 nodes of the next layer
// near its own place (domains keep to themselves), one edge in ten skipping 1-3 layers.
struct Dag {
    int nodes = 0;
    QList<std::pair<int, int>> edges;
};

inline Dag syntheticDag(int n, quint32 seed)
{
    QRandomGenerator random(seed);
    Dag dag;
    dag.nodes = n;
    const int layers = std::max(8, int(std::sqrt(double(n)) / 2));
    QList<QList<int>> layer(layers);
    for (int v = 0; v < n; ++v)
        layer[v * layers / n].append(v);
    for (int l = 0; l + 1 < layers; ++l) {
        const QList<int> &here = layer.at(l);
        for (qsizetype i = 0; i < here.size(); ++i) {
            const int degree = 1 + int(random.bounded(3)); // 1..3, mean 2
            for (int k = 0; k < degree; ++k) {
                int target = l + 1;
                if (random.bounded(10) == 0)
                    target = std::min(layers - 1, l + 2 + int(random.bounded(3)));
                const QList<int> &there = layer.at(target);
                const double place = double(i) / double(here.size());
                const int window = std::max(3, int(there.size() / 12));
                const int centre = int(place * there.size());
                const int j = std::clamp(centre - window / 2 + int(random.bounded(window)), 0, int(there.size()) - 1);
                dag.edges.append({here.at(i), there.at(j)});
            }
        }
    }
    // Node numbers shuffled: neither program may profit from numbers that follow the layers.
    QList<int> shuffled(n);
    std::iota(shuffled.begin(), shuffled.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(shuffled[i], shuffled[int(random.bounded(i + 1))]);
    for (auto &[a, b] : dag.edges) {
        a = shuffled.at(a);
        b = shuffled.at(b);
    }
    std::sort(dag.edges.begin(), dag.edges.end());
    dag.edges.erase(std::unique(dag.edges.begin(), dag.edges.end()), dag.edges.end());
    return dag;
}

} // namespace Bench
