#pragma once

#include "models/core/result.h"
#include "models/pipelines/pipelinemodels.h"
#include "views/shell/documentpage.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTimer;
class QTreeView;

namespace Tessera {

class CatalogStore;
class RunTimelineView;

// The pipelines behind the catalog's products as a tab: a dashboard of products and their jobs
// (state, last success, duration and its trend, failures in a window, freshness against the
// product's service levels), filtered by domain and state, above the run history of what is
// selected as a Gantt chart. A selected run's details go to the details dock.
class PipelinesPage : public DocumentPage
{
    Q_OBJECT

public:
    // store must outlive the page.
    explicit PipelinesPage(CatalogStore *store, QWidget *parent = nullptr);
    ~PipelinesPage() override;

    static QString pageKey() { return QStringLiteral("pipelines"); }

    // Reads the runs and the lineage again (keeping the selection).
    Status reload();
    // Reloads a moment later, once however many times it is asked (events arriving one by one).
    void scheduleReload();

    // The time freshness is measured against and running runs reach to; null: the clock's.
    void setReferenceTime(const QDateTime &time);
    QDateTime now() const;
    // The window failures are counted over and the history shows, in days.
    void setWindowDays(int days);
    int windowDays() const { return m_windowDays; }
    void setFilter(const QString &domainId, PipelineDashboardModel::StateFilter state);

    // Selects a product's row (and shows its runs); false when it has no jobs known.
    bool showProduct(const QString &productId);
    bool showJob(const QString &jobKey);
    // Selects a run in the history, widening it to every run when the run is not in view.
    bool selectRun(const QString &runId);
    QString selectedRunId() const;

    PipelineDashboardModel *dashboard() const { return m_dashboard; }
    RunTimelineModel *timeline() const { return m_timeline; }
    QTreeView *dashboardView() const { return m_dashboardView; }
    RunTimelineView *timelineView() const { return m_timelineView; }
    QSplitter *splitter() const { return m_splitter; }

    QString documentKey() const override { return pageKey(); }
    QString documentTitle() const override;
    QIcon documentIcon() const override;
    QString detailsHtml() const override;
    void openDetailsLink(const QUrl &url) override;

private:
    void applyFilter();
    bool showRow(const QModelIndex &index); // of the dashboard model
    void showRunsOfSelection();
    void updateSummary();
    QModelIndex currentDashboardIndex() const; // in the dashboard model
    QString productHtml(const ProductPipelineStatus &product) const;
    QString jobHtml(const JobStatus &job) const;
    QString runHtml(const QString &runId) const; // a run with all its facets and events

    CatalogStore *m_store;
    QList<Run> m_runs; // every run, newest first
    QDateTime m_referenceTime;
    int m_windowDays = 7;
    PipelineDashboardModel *m_dashboard;
    QSortFilterProxyModel *m_sorted;
    RunTimelineModel *m_timeline;
    QTreeView *m_dashboardView = nullptr;
    RunTimelineView *m_timelineView = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_domainChoice = nullptr;
    QComboBox *m_stateChoice = nullptr;
    QComboBox *m_windowChoice = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_fitPending = true;
};

} // namespace Tessera
