#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFuture>
#include <QList>

template<typename T>
class QFutureWatcher;

namespace Tessera {

// Long work in progress and recently done (sync, import, layout, evaluation, previews), each a
// QFuture: progress, text and cancellation come from the future, so any QtConcurrent or QPromise
// job shows up in the Activity dock without knowing about it.
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ProgressColumn,
        StateColumn,
        ColumnCount,
    };
    enum Roles {
        StateRole = Qt::UserRole + 1, // State as int
        PercentRole, // 0..100, or -1 while the amount of work is unknown
        CancellableRole, // bool: running, and the job can be asked to stop
    };
    enum class State {
        Running,
        Finished,
        Cancelled,
    };
    Q_ENUM(State)

    explicit ActivityModel(QObject *parent = nullptr);
    ~ActivityModel() override;

    // Shows future under title until it ends; returns its row.
    int track(const QFuture<void> &future, const QString &title);
    void cancel(int row);
    void cancelAll();
    void clearFinished(); // drops every row that is no longer running

    int runningCount() const;
    State state(int row) const { return m_entries.at(row).state; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(State state);

Q_SIGNALS:
    void runningCountChanged(int running);

private:
    struct Entry {
        QString title;
        QFutureWatcher<void> *watcher = nullptr;
        State state = State::Running;
        int minimum = 0;
        int maximum = 0;
        int value = 0;
        QString text;
        QElapsedTimer clock;
        qint64 elapsedMs = 0;
    };

    int rowOf(const QFutureWatcher<void> *watcher) const;
    void changed(int row);
    void finished(QFutureWatcher<void> *watcher);
    int percent(const Entry &entry) const;

    QList<Entry> m_entries;
};

} // namespace Tessera
