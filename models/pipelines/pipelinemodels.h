#pragma once

// The item models of the pipeline views: the dashboard (products, their jobs, and the pipelines
// that run those jobs as tasks) and the run history (runs under the pipeline run they belong to,
// placed in time for a Gantt chart).

#include "models/pipelines/pipelinestatus.h"

#include <QAbstractItemModel>
#include <QSet>

namespace Tessera {

// The state of the pipelines, one row per product with its jobs under it, then a "Pipelines"
// row with the jobs that run others as tasks. Filtered by domain and by state.
class PipelineDashboardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        DomainColumn,
        StateColumn,
        LastSuccessColumn,
        DurationColumn, // the latest completed run's, with its trend
        FailuresColumn, // failed or aborted runs in the window, of all runs in it
        FreshnessColumn,
        ColumnCount,
    };
    enum Roles {
        KeyRole = Qt::UserRole + 1, // a product id, a job key (namespace/name), or empty for a group
        KindRole, // RowKind
        StateRole, // int(RunState), or -1 without runs
        FreshnessRole, // int(Freshness), products only
        LateRole, // bool: the product's data is older than its service levels allow
        SortRole, // numbers and times as such
        DurationsRole, // QVariantList of the completed durations in the window (ms), oldest first
        TrendRole, // double: the latest duration over the typical one; invalid when not known
    };
    enum class RowKind {
        Product,
        Job,
        Group, // the pipelines that run other jobs
    };
    Q_ENUM(RowKind)

    enum class StateFilter {
        Any,
        Failing, // failed or aborted
        Running,
        Completed,
        Late,
    };
    Q_ENUM(StateFilter)

    explicit PipelineDashboardModel(QObject *parent = nullptr);

    void setOverview(PipelineOverview overview);
    const PipelineOverview &overview() const { return m_overview; }
    // Empty domain: every domain.
    void setFilter(const QString &domainId, StateFilter state);
    QString domainFilter() const { return m_domain; }
    StateFilter stateFilter() const { return m_state; }
    static QString stateFilterText(StateFilter filter);

    QModelIndex productIndex(const QString &productId) const;
    QModelIndex jobIndex(const QString &jobKey) const;
    // The jobs a row stands for: a product's jobs, a job, or the group's pipelines.
    QStringList jobKeys(const QModelIndex &index) const;
    // "12 products, 3 failing, 2 late"
    QString summary() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Top {
        int product = -1; // into overview.products; -1 for the group
        QList<int> jobs; // into overview.jobs
    };
    void rebuild();
    bool productPasses(const ProductPipelineStatus &product) const;
    bool jobPasses(const JobStatus &job) const;
    QVariant productData(const ProductPipelineStatus &p, int column, int role) const;
    QVariant jobData(const JobStatus &job, int column, int role) const;
    QString failuresText(int failures, int runs, int role) const; // "2 of 5", or the tooltip saying so
    QStringList domainsOf(const JobStatus &job) const;

    PipelineOverview m_overview;
    QString m_domain;
    StateFilter m_state = StateFilter::Any;
    QList<Top> m_top;
};

// Runs in time: each run under the run its parent facet names (a pipeline's tasks under the
// pipeline run), the top-level runs newest first, the runs under one by start. A timeline
// (Gantt) column places each run between its start and end.
class RunTimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        RunColumn, // the job's name
        StateColumn,
        StartColumn,
        DurationColumn,
        TimelineColumn,
        ColumnCount,
    };
    enum Roles {
        RunIdRole = Qt::UserRole + 1,
        StateRole, // int(RunState)
        StartRole, // QDateTime: start, or the end when only that is known
        EndRole, // QDateTime: end, or the model's now while the run runs
        SortRole,
        HasChildrenRole, // bool: a pipeline run with tasks under it
    };

    explicit RunTimelineModel(QObject *parent = nullptr);

    // runs: newest first, as CatalogStore::runs gives them. now: where running runs end.
    void setRuns(QList<Run> runs, const QDateTime &now);
    const QList<Run> &runs() const { return m_runs; }
    QDateTime now() const { return m_now; }
    // The span the runs cover, from the earliest start to the latest end.
    QDateTime firstTime() const { return m_first; }
    QDateTime lastTime() const { return m_last; }

    const Run *run(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &runId, int column = 0) const;

    // From all runs (newest first), those of the jobs named placed at or after since, with the
    // runs they belong to (their parent runs, however old) and the runs that belong to them (a
    // pipeline run's tasks). No jobs named: every job.
    static QList<Run> selectRuns(const QList<Run> &all, const QSet<QString> &jobKeys, const QDateTime &since);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1; // into m_nodes; -1 at the top
        int row = 0; // under its parent
        QList<int> children;
    };
    QDateTime endOf(const Run &run) const;

    QList<Run> m_runs;
    QList<Node> m_nodes; // one per run, same order
    QList<int> m_top;
    QHash<QString, int> m_byId;
    QDateTime m_now;
    QDateTime m_first;
    QDateTime m_last;
};

} // namespace Tessera
