#include "views/pipelines/pipelinespage.h"

#include "models/catalog/catalogstore.h"
#include "models/lineage/lineagegraph.h"
#include "models/pipelines/rundetails.h"
#include "views/pipelines/runcolors.h"
#include "views/pipelines/runtimeline.h"
#include "views/shell/icons.h"

#include "models/core/isotime.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

namespace Tessera {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PipelinesPage::PipelinesPage(CatalogStore *store, QWidget *parent)
    : DocumentPage(parent)
    , m_store(store)
    , m_dashboard(new PipelineDashboardModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_timeline(new RunTimelineModel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("pipelinesPage"));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (Status loaded = reload(); !loaded)
            Q_EMIT problem(loaded.error());
    });

    // The filters.
    auto *bar = new QWidget(this);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    m_domainChoice = new QComboBox(bar);
    m_domainChoice->setObjectName(QStringLiteral("domainFilter"));
    m_domainChoice->setAccessibleName(tr("Domain"));
    m_domainChoice->setToolTip(tr("Show the products of one domain"));
    m_stateChoice = new QComboBox(bar);
    m_stateChoice->setObjectName(QStringLiteral("stateFilter"));
    m_stateChoice->setAccessibleName(tr("State"));
    m_stateChoice->setToolTip(tr("Show the products in one state"));
    for (auto filter : {PipelineDashboardModel::StateFilter::Any, PipelineDashboardModel::StateFilter::Failing,
                        PipelineDashboardModel::StateFilter::Late, PipelineDashboardModel::StateFilter::Running,
                        PipelineDashboardModel::StateFilter::Completed})
        m_stateChoice->addItem(PipelineDashboardModel::stateFilterText(filter), int(filter));
    m_windowChoice = new QComboBox(bar);
    m_windowChoice->setObjectName(QStringLiteral("windowChoice"));
    m_windowChoice->setAccessibleName(tr("Window"));
    m_windowChoice->setToolTip(tr("The time failures are counted over and the history shows"));
    for (int days : {1, 7, 30, 90})
        m_windowChoice->addItem(days == 1 ? tr("Last 24 hours") : tr("Last %n day(s)", nullptr, days), days);
    m_windowChoice->setCurrentIndex(1);
    for (QComboBox *choice : {m_domainChoice, m_stateChoice, m_windowChoice}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(12);
    }
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("pipelinesSummary"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // it gives way to the filters
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *refresh = toolButton(tr("Refresh"), tr("Read the runs again"), bar);
    refresh->setObjectName(QStringLiteral("refreshPipelines"));
    connect(refresh, &QToolButton::clicked, this, [this] {
        if (Status loaded = reload(); !loaded)
            Q_EMIT problem(loaded.error());
    });
    auto *domainLabel = new QLabel(tr("&Domain:"), bar);
    domainLabel->setBuddy(m_domainChoice);
    auto *stateLabel = new QLabel(tr("&State:"), bar);
    stateLabel->setBuddy(m_stateChoice);
    barLayout->addWidget(domainLabel);
    barLayout->addWidget(m_domainChoice);
    barLayout->addWidget(stateLabel);
    barLayout->addWidget(m_stateChoice);
    barLayout->addWidget(m_windowChoice);
    barLayout->addWidget(m_summary, 1);
    barLayout->addWidget(refresh);
    connect(m_domainChoice, &QComboBox::currentIndexChanged, this, &PipelinesPage::applyFilter);
    connect(m_stateChoice, &QComboBox::currentIndexChanged, this, &PipelinesPage::applyFilter);
    connect(m_windowChoice, &QComboBox::currentIndexChanged, this, [this] {
        setWindowDays(m_windowChoice->currentData().toInt());
    });

    // The dashboard.
    m_sorted->setSourceModel(m_dashboard);
    m_sorted->setSortRole(PipelineDashboardModel::SortRole);
    m_sorted->setDynamicSortFilter(false);
    m_dashboardView = new QTreeView(this);
    m_dashboardView->setObjectName(QStringLiteral("pipelineDashboard"));
    m_dashboardView->setAccessibleName(tr("Pipeline dashboard"));
    m_dashboardView->setModel(m_sorted);
    m_dashboardView->setUniformRowHeights(true);
    m_dashboardView->setAllColumnsShowFocus(true);
    m_dashboardView->setSortingEnabled(true);
    m_dashboardView->sortByColumn(-1, Qt::AscendingOrder); // as the model orders them until asked
    m_dashboardView->setItemDelegate(new RunColors::RunStateDelegate(
        PipelineDashboardModel::StateColumn, PipelineDashboardModel::StateRole, PipelineDashboardModel::DurationsRole,
        PipelineDashboardModel::LateRole, m_dashboardView));
    QHeaderView *header = m_dashboardView->header();
    header->setStretchLastSection(true);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header->resizeSection(PipelineDashboardModel::NameColumn, x * 46);
    header->resizeSection(PipelineDashboardModel::DomainColumn, x * 12);
    header->resizeSection(PipelineDashboardModel::StateColumn, RunColors::badgeWidth(font()) + 12);
    header->resizeSection(PipelineDashboardModel::LastSuccessColumn, x * 20);
    header->resizeSection(PipelineDashboardModel::DurationColumn, x * 26);
    header->resizeSection(PipelineDashboardModel::FailuresColumn,
                          std::max(x * 10,
                                   fontMetrics().horizontalAdvance(
                                       m_dashboard->headerData(PipelineDashboardModel::FailuresColumn, Qt::Horizontal).toString())
                                       + 24));
    connect(m_dashboardView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showRunsOfSelection();
        Q_EMIT detailsChanged();
    });
    connect(m_dashboardView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_sorted->mapToSource(index);
        if (source.data(PipelineDashboardModel::KindRole).value<PipelineDashboardModel::RowKind>()
            == PipelineDashboardModel::RowKind::Product)
            Q_EMIT openProductRequested(source.data(PipelineDashboardModel::KeyRole).toString());
    });

    // The history.
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->setSpacing(0);
    auto *historyBar = new QWidget(history);
    auto *historyBarLayout = new QHBoxLayout(historyBar);
    historyBarLayout->setContentsMargins(6, 2, 6, 2);
    m_historyTitle = new QLabel(historyBar);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    historyBarLayout->addWidget(m_historyTitle, 1);
    m_timelineView = new RunTimelineView(history);
    m_timelineView->setObjectName(QStringLiteral("runTimeline"));
    m_timelineView->setAccessibleName(tr("Run history"));
    m_timelineView->setTimelineModel(m_timeline);
    for (const auto &[text, tip, slot] :
         {std::tuple{tr("Zoom In"), tr("Show less time, in more detail (Ctrl+wheel)"), &RunTimelineView::zoomIn},
          std::tuple{tr("Zoom Out"), tr("Show more time"), &RunTimelineView::zoomOut},
          std::tuple{tr("Fit"), tr("Show every run of the history"), &RunTimelineView::fitAll}}) {
        QToolButton *button = toolButton(text, tip, historyBar);
        connect(button, &QToolButton::clicked, m_timelineView, slot);
        historyBarLayout->addWidget(button);
    }
    historyLayout->addWidget(historyBar);
    historyLayout->addWidget(m_timelineView);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Q_EMIT detailsChanged();
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_dashboardView);
    m_splitter->addWidget(history);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);
}

PipelinesPage::~PipelinesPage() = default;

QDateTime PipelinesPage::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void PipelinesPage::setReferenceTime(const QDateTime &time)
{
    m_referenceTime = time;
}

Status PipelinesPage::reload()
{
    auto runs = m_store->runs();
    if (!runs)
        return runs.error();
    auto input = m_store->lineageInput();
    if (!input)
        return input.error();
    m_runs = std::move(runs).value();
    const QDateTime at = now();
    // Keep what is selected across the new rows.
    const QString key = currentDashboardIndex().data(PipelineDashboardModel::KeyRole).toString();
    const bool wasJob = currentDashboardIndex().parent().isValid();
    const QString run = selectedRunId();
    m_dashboard->setOverview(
        PipelineOverview::compute(m_runs, LineageGraph::build(input.value()), input.value(), at, at.addDays(-m_windowDays)));

    // The domains that have products with jobs.
    const QString domain = m_domainChoice->currentData().toString();
    {
        const QSignalBlocker quiet(m_domainChoice);
        m_domainChoice->clear();
        m_domainChoice->addItem(tr("All domains"), QString());
        QMap<QString, QString> domains; // name -> id, sorted by name
        for (const ProductPipelineStatus &p : m_dashboard->overview().products) {
            if (!p.domainId.isEmpty())
                domains.insert(p.domainName, p.domainId);
        }
        for (auto it = domains.cbegin(); it != domains.cend(); ++it)
            m_domainChoice->addItem(it.key(), it.value());
        m_domainChoice->setCurrentIndex(std::max(0, m_domainChoice->findData(domain)));
    }
    applyFilter();
    if (!key.isEmpty()) {
        const QModelIndex again = wasJob ? m_dashboard->jobIndex(key) : m_dashboard->productIndex(key);
        if (again.isValid())
            m_dashboardView->setCurrentIndex(m_sorted->mapFromSource(again));
    }
    showRunsOfSelection();
    if (!run.isEmpty())
        selectRun(run);
    Q_EMIT detailsChanged();
    return Ok{};
}

void PipelinesPage::scheduleReload()
{
    m_reloadTimer->start();
}

void PipelinesPage::setWindowDays(int days)
{
    if (days == m_windowDays || days <= 0)
        return;
    m_windowDays = days;
    const QSignalBlocker quiet(m_windowChoice);
    m_windowChoice->setCurrentIndex(std::max(0, m_windowChoice->findData(days)));
    m_fitPending = true;
    if (Status loaded = reload(); !loaded)
        Q_EMIT problem(loaded.error());
}

void PipelinesPage::setFilter(const QString &domainId, PipelineDashboardModel::StateFilter state)
{
    const QSignalBlocker quietDomain(m_domainChoice);
    const QSignalBlocker quietState(m_stateChoice);
    m_domainChoice->setCurrentIndex(std::max(0, m_domainChoice->findData(domainId)));
    m_stateChoice->setCurrentIndex(std::max(0, m_stateChoice->findData(int(state))));
    applyFilter();
}

void PipelinesPage::applyFilter()
{
    m_dashboard->setFilter(m_domainChoice->currentData().toString(),
                           PipelineDashboardModel::StateFilter(m_stateChoice->currentData().toInt()));
    m_dashboardView->expandAll();
    updateSummary();
    showRunsOfSelection();
}

void PipelinesPage::updateSummary()
{
    m_summary->setText(m_dashboard->summary());
}

QModelIndex PipelinesPage::currentDashboardIndex() const
{
    return m_sorted->mapToSource(m_dashboardView->currentIndex());
}

void PipelinesPage::showRunsOfSelection()
{
    const QModelIndex current = currentDashboardIndex();
    const QStringList keys = m_dashboard->jobKeys(current);
    QSet<QString> jobs(keys.cbegin(), keys.cend());
    const QDateTime since = now().addDays(-m_windowDays);
    if (!current.isValid()) {
        // Nothing chosen: every job the dashboard shows.
        for (int r = 0; r < m_dashboard->rowCount(); ++r) {
            for (const QString &k : m_dashboard->jobKeys(m_dashboard->index(r, 0)))
                jobs.insert(k);
        }
        m_historyTitle->setText(tr("Runs since %1").arg(localTimeText(since)));
    } else {
        m_historyTitle->setText(
            tr("Runs of %1 since %2").arg(current.siblingAtColumn(0).data().toString(), localTimeText(since)));
    }
    const QString run = selectedRunId();
    m_timeline->setRuns(jobs.isEmpty() ? QList<Run>() : RunTimelineModel::selectRuns(m_runs, jobs, since), now());
    if (m_fitPending || !m_timelineView->viewStart().isValid()) {
        m_timelineView->fitAll();
        m_fitPending = false;
    } else {
        // Keep the zoom, but bring the runs into view when they are all outside it.
        if (m_timeline->firstTime().isValid()
            && (m_timeline->lastTime() < m_timelineView->viewStart() || m_timeline->firstTime() > m_timelineView->viewEnd()))
            m_timelineView->fitAll();
    }
    if (const QModelIndex again = m_timeline->indexOf(run); again.isValid())
        m_timelineView->setCurrentIndex(again);
}

bool PipelinesPage::showProduct(const QString &productId)
{
    return showRow(m_dashboard->productIndex(productId));
}

bool PipelinesPage::showJob(const QString &jobKey)
{
    return showRow(m_dashboard->jobIndex(jobKey));
}

bool PipelinesPage::showRow(const QModelIndex &index)
{
    if (!index.isValid())
        return false;
    m_dashboardView->setCurrentIndex(m_sorted->mapFromSource(index));
    m_dashboardView->scrollTo(m_dashboardView->currentIndex());
    return true;
}

bool PipelinesPage::selectRun(const QString &runId)
{
    QModelIndex index = m_timeline->indexOf(runId);
    if (!index.isValid()) {
        // Not among the runs shown: show the run's own job (with its pipeline run).
        const auto it = std::find_if(m_runs.cbegin(), m_runs.cend(), [&runId](const Run &r) {
            return r.runId == runId;
        });
        if (it == m_runs.cend())
            return false;
        m_timeline->setRuns(RunTimelineModel::selectRuns(m_runs, {it->jobKey()}, QDateTime()), now());
        m_historyTitle->setText(tr("Runs of %1").arg(it->jobName));
        m_timelineView->fitAll();
        index = m_timeline->indexOf(runId);
    }
    m_timelineView->setCurrentIndex(index);
    m_timelineView->scrollTo(index);
    return index.isValid();
}

QString PipelinesPage::selectedRunId() const
{
    return m_timelineView->currentIndex().data(RunTimelineModel::RunIdRole).toString();
}

QString PipelinesPage::documentTitle() const
{
    return tr("Pipelines");
}

QIcon PipelinesPage::documentIcon() const
{
    return Icons::get(QStringLiteral("pipelines"));
}

QString PipelinesPage::detailsHtml() const
{
    if (const QString runId = selectedRunId(); !runId.isEmpty())
        return runHtml(runId);
    const QModelIndex current = currentDashboardIndex();
    const QString key = current.data(PipelineDashboardModel::KeyRole).toString();
    switch (current.data(PipelineDashboardModel::KindRole).value<PipelineDashboardModel::RowKind>()) {
    case PipelineDashboardModel::RowKind::Product:
        if (const ProductPipelineStatus *p = m_dashboard->overview().product(key))
            return productHtml(*p);
        break;
    case PipelineDashboardModel::RowKind::Job:
        for (const JobStatus &job : m_dashboard->overview().jobs) {
            if (job.key() == key)
                return jobHtml(job);
        }
        break;
    case PipelineDashboardModel::RowKind::Group:
        break;
    }
    return {};
}

QString PipelinesPage::productHtml(const ProductPipelineStatus &p) const
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"0\" cellpadding=\"2\">")
                       .arg(esc(p.name), esc(tr("Pipelines of a product of %1").arg(p.domainName)));
    auto row = [&html](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            html
                += QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(esc(label), valueHtml);
    };
    row(tr("State"), esc(p.state ? Runs::stateText(*p.state) : tr("no runs")));
    row(tr("Freshness"),
        p.freshness == Freshness::Late ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                             .arg(RunColors::late().darker(130).name(), esc(PipelineOverview::freshnessText(p)))
                                       : esc(PipelineOverview::freshnessText(p)));
    if (p.allowedAgeSeconds)
        row(tr("Allowed age"), esc(PipelineOverview::durationText(*p.allowedAgeSeconds * 1000)));
    row(tr("Last success"), esc(localTimeText(p.lastSuccess)));
    row(tr("Failures"), esc(tr("%1 of %2 runs in the window").arg(p.failures).arg(p.runs)));
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(esc(tr("Jobs")));
    for (int j : p.jobs) {
        const JobStatus &job = m_dashboard->overview().jobs.at(j);
        html += QStringLiteral("<li><b>%1</b> ").arg(esc(job.name));
        if (job.latest)
            html += QStringLiteral("<a href=\"run:%1\">%2</a>")
                        .arg(esc(job.latest->runId), esc(Runs::stateText(job.latest->state)));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul><p><a href=\"product:%1\">%2</a></p>").arg(esc(p.productId), esc(tr("Open the product")));
    return html;
}

QString PipelinesPage::runHtml(const QString &runId) const
{
    auto run = m_store->run(runId);
    auto events = m_store->runEvents(runId);
    if (run && run.value() && events)
        return RunDetails::html(*run.value(), events.value(), now());
    return {};
}

QString PipelinesPage::jobHtml(const JobStatus &job) const
{
    if (job.latest) {
        if (const QString html = runHtml(job.latest->runId); !html.isEmpty())
            return QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("The latest run of this job:"))) + html;
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(job.name), esc(tr("No runs known.")));
}

void PipelinesPage::openDetailsLink(const QUrl &url)
{
    const QString target = url.toString();
    if (target.startsWith(QLatin1String("run:")))
        selectRun(target.mid(4));
    else if (target.startsWith(QLatin1String("product:")))
        Q_EMIT openProductRequested(target.mid(8));
}

} // namespace Tessera
