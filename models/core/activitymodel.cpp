#include "models/core/activitymodel.h"

#include <QFutureWatcher>
#include <QLocale>

namespace Tessera {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ActivityModel::~ActivityModel()
{
    // Watchers are our children; disconnect them so their last signals do not reach a dying model.
    for (const Entry &entry : std::as_const(m_entries))
        entry.watcher->disconnect(this);
}

int ActivityModel::track(const QFuture<void> &future, const QString &title)
{
    auto *watcher = new QFutureWatcher<void>(this);
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.title = title;
    entry.watcher = watcher;
    entry.clock.start();
    m_entries.append(entry);
    endInsertRows();

    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, watcher](int minimum, int maximum) {
        const int r = rowOf(watcher);
        m_entries[r].minimum = minimum;
        m_entries[r].maximum = maximum;
        changed(r);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        const int r = rowOf(watcher);
        m_entries[r].value = value;
        changed(r);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher](const QString &text) {
        const int r = rowOf(watcher);
        m_entries[r].text = text;
        changed(r);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        finished(watcher);
    });
    watcher->setFuture(future);
    Q_EMIT runningCountChanged(runningCount());
    return row;
}

void ActivityModel::finished(QFutureWatcher<void> *watcher)
{
    const int r = rowOf(watcher);
    Entry &entry = m_entries[r];
    if (entry.state != State::Running)
        return;
    entry.state = watcher->isCanceled() ? State::Cancelled : State::Finished;
    entry.elapsedMs = entry.clock.elapsed();
    changed(r);
    Q_EMIT runningCountChanged(runningCount());
}

void ActivityModel::cancel(int row)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).state != State::Running)
        return;
    m_entries.at(row).watcher->cancel();
}

void ActivityModel::cancelAll()
{
    for (int row = 0; row < m_entries.size(); ++row)
        cancel(row);
}

void ActivityModel::clearFinished()
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).state == State::Running)
            continue;
        beginRemoveRows({}, row, row);
        Entry entry = m_entries.takeAt(row);
        endRemoveRows();
        entry.watcher->disconnect(this);
        entry.watcher->deleteLater();
    }
}

int ActivityModel::runningCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) {
        return e.state == State::Running;
    }));
}

int ActivityModel::rowOf(const QFutureWatcher<void> *watcher) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).watcher == watcher)
            return row;
    }
    Q_UNREACHABLE_RETURN(-1);
}

void ActivityModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ActivityModel::percent(const Entry &entry) const
{
    if (entry.state == State::Finished)
        return 100;
    if (entry.maximum <= entry.minimum)
        return -1;
    return int(qint64(entry.value - entry.minimum) * 100 / (entry.maximum - entry.minimum));
}

QString ActivityModel::stateName(State state)
{
    switch (state) {
    case State::Running:
        return tr("Running");
    case State::Finished:
        return tr("Finished");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return entry.text.isEmpty() ? entry.title : entry.title + QLatin1String(": ") + entry.text;
        case ProgressColumn: {
            if (entry.state != State::Running)
                return tr("%1 s").arg(QLocale().toString(entry.elapsedMs / 1000.0, 'f', 1));
            const int p = percent(entry);
            return p < 0 ? tr("working…") : tr("%1 %").arg(QLocale().toString(p));
        }
        case StateColumn:
            return stateName(entry.state);
        }
        break;
    case StateRole:
        return int(entry.state);
    case PercentRole:
        return percent(entry);
    case CancellableRole:
        return entry.state == State::Running;
    default:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Work");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace Tessera
