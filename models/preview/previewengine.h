#pragma once

// Tessera's side of the preview worker: starts `tessera-preview-worker` (a separate process, so
// that untrusted SQL and files never run in the application), sends it requests and turns its
// replies into signals or results. It ends the worker when a request runs past its wall-clock
// deadline or the worker grows past the memory cap, reports that as the request's error, and
// starts a new worker for the next request with the samples loaded again.

#include "models/preview/previewsandbox.h"

#include <QCborMap>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QProcess;
class QTimer;

namespace Tessera {

class PreviewEngine : public QObject
{
    Q_OBJECT

public:
    explicit PreviewEngine(QObject *parent = nullptr);
    ~PreviewEngine() override;

    // The worker's program: $TESSERA_PREVIEW_WORKER, else beside this program, else in
    // ../libexec/tessera from it.
    static QString workerProgram();

    // Each query's time; the worker stops the query itself, the engine ends the worker if it has
    // not answered a moment later.
    void setTimeLimit(int milliseconds);
    int timeLimit() const { return m_timeLimitMs; }
    // A load's wall-clock time (0: none; a load can always be cancelled).
    void setLoadTimeLimit(int milliseconds) { m_loadTimeLimitMs = milliseconds; }
    // The memory the worker may hold (resident); SQLite inside it is held to most of it.
    void setMemoryLimit(qint64 bytes);
    qint64 memoryLimit() const { return m_memoryLimit; }

    // Requests: each returns its id at once; progress, pageReady and finished follow.
    int load(const QString &path, const LoadOptions &options = {});
    int run(const QString &sql, int pageSize = 200);
    int fetch(int result, qint64 offset, int count);
    int profile(int result, int bins = 10);
    int compare(const QString &table, int result, const QStringList &keys);
    int measure(int result, const QList<ResultMeasure> &measures);
    int exportCsv(int result, const QString &path);
    int exportDatabase(const QString &path);
    int dropTable(const QString &table);
    void cancel(int id);
    bool isPending(int id) const { return m_pending.contains(id); }

    // Waits for a request's reply (signals of other requests still come).
    Result<QCborMap> wait(int id);

    // A request sent and waited for.
    Result<LoadedTable> loadNow(const QString &path, const LoadOptions &options = {});
    Result<QueryResult> runNow(const QString &sql, int pageSize = 200, QList<QVariantList> *firstPage = nullptr);
    Result<QList<QVariantList>> fetchNow(int result, qint64 offset, int count);
    Result<QList<ColumnProfile>> profileNow(int result, int bins = 10);
    Result<Comparison> compareNow(const QString &table, int result, const QStringList &keys);
    Result<QList<Measured>> measureNow(int result, const QList<ResultMeasure> &measures);
    Status exportCsvNow(int result, const QString &path);
    Status exportDatabaseNow(const QString &path);

    qint64 workerProcessId() const;

Q_SIGNALS:
    void progress(int id, double done); // 0..1
    void rowsCopied(int id, qint64 rows); // a query's rows so far
    void pageReady(int id, const Tessera::QueryResult &partial, const QList<QVariantList> &rows);
    void finished(int id, const QCborMap &reply); // "ok" and what was asked, or "error"
    void workerEnded(const QString &reason);

private:
    struct Pending {
        QString op;
        QDeadlineTimer deadline;
        bool replay = false; // a load sent again to a new worker: its reply is ours
    };
    Status ensureWorker();
    int send(QCborMap request, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever), bool replay = false);
    void readReplies();
    static QCborMap placed(QCborMap reply, const QString &path);
    void dispatch(const QCborMap &message);
    void watch();
    void endWorker(const QString &reason);
    qint64 residentBytes() const;

    QProcess *m_process = nullptr;
    QTimer *m_watchdog = nullptr;
    QByteArray m_buffer;
    int m_nextId = 1;
    int m_timeLimitMs = 30'000;
    int m_loadTimeLimitMs = 0;
    qint64 m_memoryLimit = qint64(2) << 30;
    QHash<int, Pending> m_pending;
    QHash<int, QCborMap> m_replies; // for wait()
    QHash<int, std::pair<QString, LoadOptions>> m_loadRequests;
    QList<std::pair<QString, LoadOptions>> m_loads; // to load again into a new worker (the table as named there)
};

} // namespace Tessera
