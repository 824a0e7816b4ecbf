#include "models/pipelines/pipelinemodels.h"

#include "models/core/isotime.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Tessera {

namespace {

QString longTimeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

QVariant timeSortKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

} // namespace

// --- the dashboard -------------------------------------------------------------------------------

PipelineDashboardModel::PipelineDashboardModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PipelineDashboardModel::setOverview(PipelineOverview overview)
{
    beginResetModel();
    m_overview = std::move(overview);
    rebuild();
    endResetModel();
}

void PipelineDashboardModel::setFilter(const QString &domainId, StateFilter state)
{
    if (domainId == m_domain && state == m_state)
        return;
    beginResetModel();
    m_domain = domainId;
    m_state = state;
    rebuild();
    endResetModel();
}

QString PipelineDashboardModel::stateFilterText(StateFilter filter)
{
    switch (filter) {
    case StateFilter::Any:
        return tr("Any state");
    case StateFilter::Failing:
        return tr("Failed or aborted");
    case StateFilter::Running:
        return tr("Running");
    case StateFilter::Completed:
        return tr("Completed");
    case StateFilter::Late:
        return tr("Late");
    }
    return QString();
}

QStringList PipelineDashboardModel::domainsOf(const JobStatus &job) const
{
    QStringList domains;
    auto addProducts = [&](const QStringList &ids) {
        for (const QString &id : ids) {
            if (const ProductPipelineStatus *p = m_overview.product(id); p && !domains.contains(p->domainId))
                domains << p->domainId;
        }
    };
    addProducts(job.productIds);
    for (const QString &child : job.children) {
        if (const JobStatus *c = m_overview.job(child))
            addProducts(c->productIds);
    }
    return domains;
}

bool PipelineDashboardModel::productPasses(const ProductPipelineStatus &p) const
{
    if (!m_domain.isEmpty() && p.domainId != m_domain)
        return false;
    switch (m_state) {
    case StateFilter::Any:
        return true;
    case StateFilter::Failing:
        return p.state == RunState::Failed || p.state == RunState::Aborted;
    case StateFilter::Running:
        return p.state == RunState::Running;
    case StateFilter::Completed:
        return p.state == RunState::Completed;
    case StateFilter::Late:
        return p.freshness == Freshness::Late;
    }
    return true;
}

bool PipelineDashboardModel::jobPasses(const JobStatus &job) const
{
    if (!m_domain.isEmpty() && !domainsOf(job).contains(m_domain))
        return false;
    const std::optional<RunState> state = job.latest ? std::optional(job.latest->state) : std::nullopt;
    switch (m_state) {
    case StateFilter::Any:
        return true;
    case StateFilter::Failing:
        return state == RunState::Failed || state == RunState::Aborted;
    case StateFilter::Running:
        return state == RunState::Running;
    case StateFilter::Completed:
        return state == RunState::Completed;
    case StateFilter::Late:
        return false; // lateness is a product's
    }
    return true;
}

void PipelineDashboardModel::rebuild()
{
    m_top.clear();
    for (int i = 0; i < m_overview.products.size(); ++i) {
        const ProductPipelineStatus &p = m_overview.products.at(i);
        if (productPasses(p))
            m_top.append({i, p.jobs});
    }
    Top group;
    for (int j = 0; j < m_overview.jobs.size(); ++j) {
        const JobStatus &job = m_overview.jobs.at(j);
        if ((!job.children.isEmpty() || job.productIds.isEmpty()) && jobPasses(job))
            group.jobs << j;
    }
    if (!group.jobs.isEmpty())
        m_top.append(group);
}

QModelIndex PipelineDashboardModel::productIndex(const QString &productId) const
{
    for (int r = 0; r < m_top.size(); ++r) {
        const int p = m_top.at(r).product;
        if (p >= 0 && m_overview.products.at(p).productId == productId)
            return index(r, 0);
    }
    return {};
}

QModelIndex PipelineDashboardModel::jobIndex(const QString &jobKey) const
{
    for (int r = 0; r < m_top.size(); ++r) {
        const QList<int> &jobs = m_top.at(r).jobs;
        for (int c = 0; c < jobs.size(); ++c) {
            if (m_overview.jobs.at(jobs.at(c)).key() == jobKey)
                return index(c, 0, index(r, 0));
        }
    }
    return {};
}

QStringList PipelineDashboardModel::jobKeys(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.parent().isValid())
        return {m_overview.jobs.at(m_top.at(index.parent().row()).jobs.at(index.row())).key()};
    QStringList keys;
    for (int j : m_top.at(index.row()).jobs)
        keys << m_overview.jobs.at(j).key();
    return keys;
}

QString PipelineDashboardModel::summary() const
{
    int products = 0, failing = 0, late = 0;
    for (const Top &top : m_top) {
        if (top.product < 0)
            continue;
        const ProductPipelineStatus &p = m_overview.products.at(top.product);
        ++products;
        if (p.state == RunState::Failed || p.state == RunState::Aborted)
            ++failing;
        if (p.freshness == Freshness::Late)
            ++late;
    }
    return tr("%n product(s)", nullptr, products) + QLatin1String(", ") + tr("%n failing", nullptr, failing) + QLatin1String(", ")
        + tr("%n late", nullptr, late);
}

QModelIndex PipelineDashboardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Top rows carry 0, jobs under them their top row + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex PipelineDashboardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PipelineDashboardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_top.at(parent.row()).jobs.size());
}

int PipelineDashboardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PipelineDashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const Top &top = m_top.at(int(index.internalId() - 1));
        return jobData(m_overview.jobs.at(top.jobs.at(index.row())), index.column(), role);
    }
    const Top &top = m_top.at(index.row());
    if (top.product >= 0)
        return productData(m_overview.products.at(top.product), index.column(), role);
    // The group of pipelines.
    switch (role) {
    case KindRole:
        return QVariant::fromValue(RowKind::Group);
    case StateRole:
        return -1;
    case Qt::DisplayRole:
    case SortRole:
        return index.column() == NameColumn ? tr("Pipelines") : QVariant();
    case Qt::ToolTipRole:
        return tr("Jobs that run other jobs as their tasks, and jobs that write no product's datasets");
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant PipelineDashboardModel::productData(const ProductPipelineStatus &p, int column, int role) const
{
    const bool late = p.freshness == Freshness::Late;
    switch (role) {
    case KeyRole:
        return p.productId;
    case KindRole:
        return QVariant::fromValue(RowKind::Product);
    case StateRole:
        return p.state ? int(*p.state) : -1;
    case FreshnessRole:
        return int(p.freshness);
    case LateRole:
        return late;
    case Qt::FontRole:
        if (late && (column == NameColumn || column == FreshnessColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == FailuresColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        break;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sort)
        return {};
    switch (Column(column)) {
    case NameColumn:
        if (role == Qt::ToolTipRole)
            return p.teamName.isEmpty() ? p.name : tr("%1, owned by %2").arg(p.name, p.teamName);
        return p.name;
    case DomainColumn:
        return p.domainName;
    case StateColumn:
        if (sort)
            return p.state ? int(*p.state) : -1;
        return p.state ? Runs::stateText(*p.state) : tr("no runs");
    case LastSuccessColumn:
        if (sort)
            return timeSortKey(p.lastSuccess);
        if (!p.lastSuccess.isValid())
            return p.state ? tr("never") : QString();
        return role == Qt::ToolTipRole ? longTimeText(p.lastSuccess) : localTimeText(p.lastSuccess);
    case DurationColumn:
        return {};
    case FailuresColumn:
        if (sort)
            return p.failures;
        return failuresText(p.failures, p.runs, role);
    case FreshnessColumn:
        if (sort)
            return p.ageSeconds >= 0 && p.allowedAgeSeconds ? double(p.ageSeconds) / double(*p.allowedAgeSeconds) : -1.0;
        return PipelineOverview::freshnessText(p);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PipelineDashboardModel::jobData(const JobStatus &job, int column, int role) const
{
    const std::optional<RunState> state = job.latest ? std::optional(job.latest->state) : std::nullopt;
    const auto last = job.lastDurationMs();
    const auto typical = job.typicalDurationMs();
    switch (role) {
    case KeyRole:
        return job.key();
    case KindRole:
        return QVariant::fromValue(RowKind::Job);
    case StateRole:
        return state ? int(*state) : -1;
    case LateRole:
        return false;
    case DurationsRole: {
        if (column != DurationColumn)
            return {};
        QVariantList list;
        for (qint64 d : job.durations)
            list << d;
        return list;
    }
    case TrendRole:
        if (last && typical && *typical > 0)
            return double(*last) / double(*typical);
        return {};
    case Qt::TextAlignmentRole:
        return column == FailuresColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        break;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sort)
        return {};
    switch (Column(column)) {
    case NameColumn:
        if (role == Qt::ToolTipRole) {
            QString tip = job.key();
            if (!job.children.isEmpty())
                tip += QLatin1Char('\n') + tr("Runs %n task(s)", nullptr, int(job.children.size()));
            if (job.latest && !job.latest->errorMessage.isEmpty())
                tip += QLatin1Char('\n') + job.latest->errorMessage;
            return tip;
        }
        return job.name;
    case DomainColumn:
        return {};
    case StateColumn:
        if (sort)
            return state ? int(*state) : -1;
        return state ? Runs::stateText(*state) : tr("no runs");
    case LastSuccessColumn:
        if (sort)
            return timeSortKey(job.lastSuccess);
        if (!job.lastSuccess.isValid())
            return state ? tr("never") : QString();
        return role == Qt::ToolTipRole ? longTimeText(job.lastSuccess) : localTimeText(job.lastSuccess);
    case DurationColumn: {
        if (sort)
            return last ? QVariant(*last) : QVariant(qint64(-1));
        if (!last)
            return {};
        const QString text = PipelineOverview::durationText(*last);
        if (!typical || *typical <= 0)
            return text;
        const int percent = int(std::lround((double(*last) / double(*typical) - 1.0) * 100.0));
        if (role == Qt::ToolTipRole) {
            const QString typicalText = PipelineOverview::durationText(*typical);
            if (percent > 0)
                return tr("%1: %2 % longer than the usual %3").arg(text).arg(percent).arg(typicalText);
            if (percent < 0)
                return tr("%1: %2 % shorter than the usual %3").arg(text).arg(-percent).arg(typicalText);
            return tr("%1: as long as usual").arg(text);
        }
        if (std::abs(percent) < 5)
            return text;
        return tr("%1 (%2%3 %)").arg(text, percent > 0 ? QStringLiteral("+") : QStringLiteral("−")).arg(std::abs(percent));
    }
    case FailuresColumn:
        if (sort)
            return job.failures;
        return failuresText(job.failures, job.runs, role);
    case FreshnessColumn:
        if (role == Qt::ToolTipRole && job.latest && !job.latest->errorMessage.isEmpty())
            return job.latest->errorMessage;
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QString PipelineDashboardModel::failuresText(int failures, int runs, int role) const
{
    if (role == Qt::ToolTipRole)
        return tr("%n failed or aborted run(s)", nullptr, failures) + QLatin1Char(' ')
            + tr("of %n run(s) since %1", nullptr, runs).arg(localTimeText(m_overview.since));
    return runs > 0 ? tr("%1 of %2").arg(failures).arg(runs) : QString();
}

QVariant PipelineDashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Product or job");
    case DomainColumn:
        return tr("Domain");
    case StateColumn:
        return tr("State");
    case LastSuccessColumn:
        return tr("Last success");
    case DurationColumn:
        return tr("Duration");
    case FailuresColumn:
        return tr("Failures");
    case FreshnessColumn:
        return tr("Freshness");
    case ColumnCount:
        break;
    }
    return {};
}

// --- the run history -----------------------------------------------------------------------------

RunTimelineModel::RunTimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QList<Run> RunTimelineModel::selectRuns(const QList<Run> &all, const QSet<QString> &jobKeys, const QDateTime &since)
{
    QHash<QString, int> byId;
    for (int i = 0; i < all.size(); ++i)
        byId.insert(all.at(i).runId, i);
    QList<bool> chosen(all.size(), false);
    QList<bool> named(all.size(), false); // of the jobs named, in the window
    for (int i = 0; i < all.size(); ++i) {
        const Run &run = all.at(i);
        named[i] = (jobKeys.isEmpty() || jobKeys.contains(run.jobKey())) && (!since.isValid() || run.time() >= since);
        if (!named.at(i))
            continue;
        // The run and the runs it belongs to, up to the top (a cycle of parents stops there).
        for (int r = i; r >= 0 && !chosen.at(r); r = byId.value(all.at(r).parentRunId, -1))
            chosen[r] = true;
    }
    // And the runs that belong to them: a pipeline's runs come with their tasks.
    for (int i = 0; i < all.size(); ++i) {
        int steps = 0;
        for (int r = byId.value(all.at(i).parentRunId, -1); r >= 0 && steps < all.size();
             r = byId.value(all.at(r).parentRunId, -1), ++steps) {
            if (named.at(r)) {
                chosen[i] = true;
                break;
            }
        }
    }
    QList<Run> runs;
    for (int i = 0; i < all.size(); ++i) {
        if (chosen.at(i))
            runs << all.at(i);
    }
    return runs;
}

QDateTime RunTimelineModel::endOf(const Run &run) const
{
    if (run.endedAt.isValid())
        return run.endedAt;
    if (!Runs::isTerminal(run.state) && m_now.isValid() && m_now > run.time())
        return m_now;
    return run.time();
}

void RunTimelineModel::setRuns(QList<Run> runs, const QDateTime &now)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_now = now;
    m_nodes = QList<Node>(m_runs.size());
    m_top.clear();
    m_byId.clear();
    m_first = m_last = QDateTime();
    for (int i = 0; i < m_runs.size(); ++i)
        m_byId.insert(m_runs.at(i).runId, i);
    for (int i = 0; i < m_runs.size(); ++i) {
        int parent = m_byId.value(m_runs.at(i).parentRunId, -1);
        // A parent that is the run itself, or below it, would make a cycle: the run goes on top.
        for (int up = parent, steps = 0; up >= 0 && steps <= m_runs.size();
             up = m_byId.value(m_runs.at(up).parentRunId, -1), ++steps) {
            if (up == i || steps == m_runs.size()) {
                parent = -1;
                break;
            }
        }
        m_nodes[i].parent = parent;
        if (parent >= 0)
            m_nodes[parent].children << i;
        else
            m_top << i; // newest first, as given
        const QDateTime start = m_runs.at(i).time();
        const QDateTime end = endOf(m_runs.at(i));
        if (start.isValid() && (!m_first.isValid() || start < m_first))
            m_first = start;
        if (end.isValid() && (!m_last.isValid() || end > m_last))
            m_last = end;
    }
    for (Node &node : m_nodes) {
        std::stable_sort(node.children.begin(), node.children.end(), [this](int a, int b) {
            const QDateTime ta = m_runs.at(a).time();
            const QDateTime tb = m_runs.at(b).time();
            return ta != tb ? ta < tb : m_runs.at(a).jobName < m_runs.at(b).jobName;
        });
        for (int r = 0; r < node.children.size(); ++r)
            m_nodes[node.children.at(r)].row = int(r);
    }
    for (int r = 0; r < m_top.size(); ++r)
        m_nodes[m_top.at(r)].row = r;
    endResetModel();
}

const Run *RunTimelineModel::run(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return &m_runs.at(int(index.internalId()));
}

QModelIndex RunTimelineModel::indexOf(const QString &runId, int column) const
{
    const int i = m_byId.value(runId, -1);
    return i >= 0 ? createIndex(m_nodes.at(i).row, column, quintptr(i)) : QModelIndex();
}

QModelIndex RunTimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int node = parent.isValid() ? m_nodes.at(int(parent.internalId())).children.at(row) : m_top.at(row);
    return createIndex(row, column, quintptr(node));
}

QModelIndex RunTimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    return parent >= 0 ? createIndex(m_nodes.at(parent).row, 0, quintptr(parent)) : QModelIndex();
}

int RunTimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int RunTimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RunTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int i = int(index.internalId());
    const Run &run = m_runs.at(i);
    const std::optional<qint64> duration = run.durationMs(m_now);
    switch (role) {
    case RunIdRole:
        return run.runId;
    case StateRole:
        return int(run.state);
    case StartRole:
        return run.time();
    case EndRole:
        return endOf(run);
    case HasChildrenRole:
        return !m_nodes.at(i).children.isEmpty();
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        break;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sort)
        return {};
    switch (Column(index.column())) {
    case RunColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1\nrun %2").arg(run.jobKey(), run.runId);
        return run.jobName;
    case StateColumn:
        if (sort)
            return int(run.state);
        return Runs::stateText(run.state);
    case StartColumn:
        if (sort)
            return timeSortKey(run.time());
        return role == Qt::ToolTipRole ? longTimeText(run.time()) : localTimeText(run.time());
    case DurationColumn:
        if (sort)
            return duration ? *duration : qint64(-1);
        return duration ? PipelineOverview::durationText(*duration) : QString();
    case TimelineColumn: {
        if (role != Qt::ToolTipRole)
            return sort ? timeSortKey(run.time()) : QVariant();
        QString tip = tr("%1: %2").arg(run.jobName, Runs::stateText(run.state));
        tip += QLatin1Char('\n')
            + tr("from %1 to %2").arg(localTimeText(run.time()), run.endedAt.isValid() ? localTimeText(run.endedAt) : tr("now"));
        if (duration)
            tip += QLatin1String(" (") + PipelineOverview::durationText(*duration) + QLatin1Char(')');
        if (!run.errorMessage.isEmpty())
            tip += QLatin1Char('\n') + run.errorMessage;
        return tip;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RunColumn:
        return tr("Run");
    case StateColumn:
        return tr("State");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case TimelineColumn:
        return tr("Timeline");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tessera
