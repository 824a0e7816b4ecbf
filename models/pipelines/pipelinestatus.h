#pragma once

// The state of the pipelines behind each product, as the dashboard, product pages, the lineage
// colouring and the command line show it: per job its latest run, last success, durations and
// failures over a window; per product the same over the jobs that write its datasets, and
// whether its data is as fresh as its service levels promise.

#include "models/catalog/entities.h"
#include "models/core/result.h"
#include "models/pipelines/runstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace Tessera {

class CatalogStore;
class LineageGraph;
struct LineageInput;
struct ProductPipelines;

enum class Freshness {
    NoSla, // the product promises no latency or frequency
    NoRuns, // it does, but no run of its jobs is known
    Fresh,
    Late,
};

// How long a service level allows, in seconds: ODCS slaProperties "latency" and "frequency" with
// their units (ms, s, min/m, h, d, w, month, y and their long forms). Empty when not a duration.
std::optional<qint64> slaSeconds(const SlaProperty &property);

// How old a product's data may be before it is late: one update interval ("frequency") plus the
// delay allowed after it ("latency"); either alone when only one is given. Empty: none promised.
std::optional<qint64> allowedAgeSeconds(const QList<SlaProperty> &sla);

struct JobStatus {
    QString ns;
    QString name;
    QStringList productIds; // the products whose datasets it writes
    // The jobs whose runs name this job's runs as their parent (a pipeline's tasks), by key.
    QStringList children;
    std::optional<Run> latest;
    QDateTime lastSuccess; // end of the newest completed run
    int runs = 0; // in the window
    int failures = 0; // failed or aborted, in the window
    // Durations (ms) of the completed runs in the window, oldest first.
    QList<qint64> durations;
    std::optional<qint64> lastDurationMs() const;
    // The median of the durations before the latest: what the latest is compared with.
    std::optional<qint64> typicalDurationMs() const;
    QString key() const { return ns + QLatin1Char('/') + name; }
};

struct ProductPipelineStatus {
    QString productId;
    QString name;
    QString domainId;
    QString domainName;
    QString teamName;
    QList<int> jobs; // indexes into PipelineOverview::jobs
    // The worst latest state among its jobs (failed, aborted, running, completed, in that order).
    std::optional<RunState> state;
    QDateTime lastSuccess; // the oldest of its jobs' last successes: how old its data is
    std::optional<qint64> allowedAgeSeconds;
    Freshness freshness = Freshness::NoSla;
    qint64 ageSeconds = -1; // now - lastSuccess; -1 when never
    int runs = 0;
    int failures = 0;
};

// What the lineage shows of a node's pipelines: the latest state of the jobs behind it, and
// whether its product's data is late.
struct NodeRunStatus {
    RunState state = RunState::New;
    bool late = false;
    QString text; // "failed 14 Nov, 02:15 · late by 3 h", for its card and tooltip
};

class PipelineOverview
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::PipelineOverview)

public:
    QDateTime now;
    QDateTime since; // the start of the window
    QList<JobStatus> jobs; // by name
    QList<ProductPipelineStatus> products; // products with at least one job, by name

    // From runs (newest first, as CatalogStore::runs gives them; older than the window still
    // count for latest and last success), the lineage that says which job writes which product's
    // datasets, and the products' service levels.
    static PipelineOverview compute(const QList<Run> &runs, const LineageGraph &graph, const LineageInput &input,
                                    const QDateTime &now, const QDateTime &since);

    // One product's pipelines: the runs of the jobs writing its datasets only (newest first),
    // and the overview of them.
    static Result<ProductPipelines> ofProduct(const CatalogStore &store, const QString &productId, const QDateTime &now,
                                              const QDateTime &since);

    const ProductPipelineStatus *product(const QString &id) const;
    // Per node key of graph, for the nodes with runs behind them: a job its latest run; a
    // dataset the worst latest state of the jobs writing it, late when its product is; a product
    // (or domain) shown as one node the worst of its products. Nodes without runs are left out.
    QHash<QString, NodeRunStatus> nodeStatus(const LineageGraph &graph) const;
    const JobStatus *job(const QString &ns, const QString &name) const;
    const JobStatus *job(const QString &key) const; // JobStatus::key()

    // "late by 3 h 20 min", "fresh: 2 h old, 25 h allowed", ... for people.
    static QString freshnessText(const ProductPipelineStatus &product);
    static QString durationText(qint64 ms);

private:
    QHash<QString, int> m_productIndex;
    QHash<QString, int> m_jobIndex;
};

struct ProductPipelines {
    PipelineOverview overview;
    QList<Run> runs; // newest first
};

} // namespace Tessera
