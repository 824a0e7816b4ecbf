#include "models/preview/previewengine.h"

#include "models/preview/previewprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace Tessera {

namespace {

constexpr int graceMs = 2000; // after the worker's own time limit, before it is ended

} // namespace

PreviewEngine::PreviewEngine(QObject *parent)
    : QObject(parent)
    , m_watchdog(new QTimer(this))
{
    m_watchdog->setInterval(100);
    connect(m_watchdog, &QTimer::timeout, this, &PreviewEngine::watch);
}

PreviewEngine::~PreviewEngine()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString PreviewEngine::workerProgram()
{
    if (const QString given = qEnvironmentVariable("TESSERA_PREVIEW_WORKER"); !given.isEmpty())
        return given;
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(u"tessera-preview-worker"_s);
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(here.filePath(u"../libexec/tessera/tessera-preview-worker"_s));
}

void PreviewEngine::setTimeLimit(int milliseconds)
{
    m_timeLimitMs = milliseconds;
    if (m_process)
        send(QCborMap{{u"op"_s, u"limits"_s}, {u"timeMs"_s, m_timeLimitMs}, {u"memoryBytes"_s, m_memoryLimit * 3 / 4}},
             QDeadlineTimer(QDeadlineTimer::Forever), true);
}

void PreviewEngine::setMemoryLimit(qint64 bytes)
{
    m_memoryLimit = bytes;
    setTimeLimit(m_timeLimitMs);
}

qint64 PreviewEngine::workerProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

Status PreviewEngine::ensureWorker()
{
    if (m_process && m_process->state() == QProcess::Running)
        return Ok{};
    delete m_process;
    m_buffer.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setChildProcessModifier([] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive Tessera
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PreviewEngine::readReplies);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_pending.isEmpty())
            endWorker(status == QProcess::CrashExit ? tr("The preview worker stopped unexpectedly.")
                                                    : tr("The preview worker ended (exit status %1).").arg(code));
    });
    const QString program = workerProgram();
    m_process->start(program, {u"--language"_s, QLocale().name()});
    if (!m_process->waitForStarted(10'000)) {
        const QString reason = m_process->errorString();
        delete m_process;
        m_process = nullptr;
        return Error(tr("Cannot start the preview worker %1: %2").arg(QDir::toNativeSeparators(program), reason));
    }
    send(QCborMap{{u"op"_s, u"limits"_s}, {u"timeMs"_s, m_timeLimitMs}, {u"memoryBytes"_s, m_memoryLimit * 3 / 4}},
         QDeadlineTimer(QDeadlineTimer::Forever), true);
    // The samples of the worker before, loaded again (masked as they were).
    for (const auto &[path, options] : std::as_const(m_loads)) {
        QCborMap request = PreviewProtocol::fromOptions(path, options);
        request.insert(u"op"_s, u"load"_s);
        send(request, QDeadlineTimer(QDeadlineTimer::Forever), true);
    }
    return Ok{};
}

int PreviewEngine::send(QCborMap request, QDeadlineTimer deadline, bool replay)
{
    const int id = m_nextId++;
    request.insert(u"id"_s, id);
    m_pending.insert(id, {request.value(u"op"_s).toString(), deadline, replay});
    if (!replay) {
        if (Status s = ensureWorker(); !s) {
            m_pending.remove(id);
            const QCborMap reply{{u"id"_s, id}, {u"ok"_s, false}, {u"error"_s, PreviewProtocol::fromError(s.error())}};
            m_replies.insert(id, reply);
            QMetaObject::invokeMethod(
                this,
                [this, id, reply] {
                    Q_EMIT finished(id, reply);
                },
                Qt::QueuedConnection);
            return id;
        }
    }
    m_process->write(PreviewProtocol::frame(request));
    if (!m_watchdog->isActive())
        m_watchdog->start();
    return id;
}

int PreviewEngine::load(const QString &path, const LoadOptions &options)
{
    QCborMap request = PreviewProtocol::fromOptions(path, options);
    request.insert(u"op"_s, u"load"_s);
    const int id
        = send(request, m_loadTimeLimitMs > 0 ? QDeadlineTimer(m_loadTimeLimitMs) : QDeadlineTimer(QDeadlineTimer::Forever));
    m_loadRequests.insert(id, {path, options});
    return id;
}

int PreviewEngine::run(const QString &sql, int pageSize)
{
    return send(QCborMap{{u"op"_s, u"run"_s}, {u"sql"_s, sql}, {u"pageSize"_s, pageSize}},
                QDeadlineTimer(m_timeLimitMs + graceMs));
}

int PreviewEngine::fetch(int result, qint64 offset, int count)
{
    return send(QCborMap{{u"op"_s, u"fetch"_s}, {u"result"_s, result}, {u"offset"_s, offset}, {u"count"_s, count}});
}

int PreviewEngine::profile(int result, int bins)
{
    return send(QCborMap{{u"op"_s, u"profile"_s}, {u"result"_s, result}, {u"bins"_s, bins}});
}

int PreviewEngine::compare(const QString &table, int result, const QStringList &keys)
{
    QCborArray keyList;
    for (const QString &k : keys)
        keyList.append(k);
    return send(QCborMap{{u"op"_s, u"compare"_s}, {u"table"_s, table}, {u"result"_s, result}, {u"keys"_s, keyList}},
                QDeadlineTimer(m_timeLimitMs + graceMs));
}

int PreviewEngine::measure(int result, const QList<ResultMeasure> &measures)
{
    return send(
        QCborMap{{u"op"_s, u"measure"_s}, {u"result"_s, result}, {u"measures"_s, PreviewProtocol::fromMeasures(measures)}},
        QDeadlineTimer(m_timeLimitMs + graceMs));
}

int PreviewEngine::exportCsv(int result, const QString &path)
{
    return send(QCborMap{{u"op"_s, u"exportCsv"_s}, {u"result"_s, result}, {u"path"_s, path}});
}

int PreviewEngine::exportDatabase(const QString &path)
{
    return send(QCborMap{{u"op"_s, u"exportDatabase"_s}, {u"path"_s, path}});
}

int PreviewEngine::dropTable(const QString &table)
{
    m_loads.removeIf([&](const auto &load) {
        return load.second.table.compare(table, Qt::CaseInsensitive) == 0; // the name the worker gave it
    });
    return send(QCborMap{{u"op"_s, u"drop"_s}, {u"table"_s, table}});
}

void PreviewEngine::cancel(int id)
{
    if (m_process && m_pending.contains(id))
        m_process->write(PreviewProtocol::frame(QCborMap{{u"op"_s, u"cancel"_s}, {u"target"_s, id}}));
}

void PreviewEngine::readReplies()
{
    m_buffer += m_process->readAllStandardOutput();
    bool broken = false;
    while (const auto message = PreviewProtocol::take(m_buffer, &broken))
        dispatch(*message);
    if (broken)
        endWorker(tr("The preview worker sent something that is not a reply."));
}

void PreviewEngine::dispatch(const QCborMap &message)
{
    const int id = int(message.value(u"id"_s).toInteger());
    if (message.contains(u"progress"_s)) {
        const double done = message.value(u"progress"_s).toDouble();
        if (done >= 0)
            Q_EMIT progress(id, done);
        else
            Q_EMIT rowsCopied(id, message.value(u"rows"_s).toInteger());
        return;
    }
    if (message.contains(u"page"_s)) {
        Q_EMIT pageReady(id, PreviewProtocol::toResult(message.value(u"result"_s).toMap()),
                         PreviewProtocol::toRows(message.value(u"rows"_s).toArray()));
        return;
    }
    const Pending pending = m_pending.take(id);
    QCborMap reply = message;
    if (const auto request = m_loadRequests.constFind(id); request != m_loadRequests.cend()) {
        if (message.value(u"ok"_s).toBool()) {
            // A load that worked is done again in a new worker, under the name the worker gave it.
            auto load = request.value();
            load.second.table = message.value(u"table"_s).toMap().value(u"table"_s).toString();
            m_loads.removeIf([&](const auto &other) {
                return other.second.table.compare(load.second.table, Qt::CaseInsensitive) == 0;
            });
            m_loads.append(load);
        } else {
            reply = placed(reply, request->first);
        }
        m_loadRequests.erase(request);
    }
    if (m_pending.isEmpty())
        m_watchdog->stop();
    if (pending.replay)
        return;
    m_replies.insert(id, reply);
    Q_EMIT finished(id, reply);
}

QCborMap PreviewEngine::placed(QCborMap reply, const QString &path)
{
    // A load's error names its file, whatever stopped it (the sample, a cancel, the worker).
    Error error = PreviewProtocol::toError(reply.value(u"error"_s).toMap());
    if (error.file.isEmpty()) {
        error.at(path);
        reply.insert(u"error"_s, PreviewProtocol::fromError(error));
    }
    return reply;
}

qint64 PreviewEngine::residentBytes() const
{
    QFile status(u"/proc/%1/status"_s.arg(workerProcessId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

void PreviewEngine::watch()
{
    if (!m_process || m_pending.isEmpty())
        return;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->deadline.hasExpired()) {
            endWorker(
                it->op == u"load"_s
                    ? tr("Loading the sample was stopped: it ran past its time limit, and the preview worker was ended.")
                    : tr("The query was stopped: it ran past the time limit of %n second(s), and the preview worker was ended.",
                         nullptr, m_timeLimitMs / 1000));
            return;
        }
    }
    if (const qint64 resident = residentBytes(); resident > m_memoryLimit) {
        endWorker(tr("The preview worker was ended: it used %L1 MB, over the limit of %L2 MB.")
                      .arg(resident >> 20)
                      .arg(m_memoryLimit >> 20));
    }
}

void PreviewEngine::endWorker(const QString &reason)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_watchdog->stop();
    const QHash<int, Pending> failed = std::exchange(m_pending, {});
    for (auto it = failed.cbegin(); it != failed.cend(); ++it) {
        const QString loading = m_loadRequests.take(it.key()).first;
        if (it->replay)
            continue;
        QCborMap reply{{u"id"_s, it.key()}, {u"ok"_s, false}, {u"error"_s, PreviewProtocol::fromError(Error(reason))}};
        if (!loading.isEmpty())
            reply = placed(reply, loading);
        m_replies.insert(it.key(), reply);
        Q_EMIT finished(it.key(), reply);
    }
    Q_EMIT workerEnded(reason);
}

Result<QCborMap> PreviewEngine::wait(int id)
{
    while (!m_replies.contains(id) && m_pending.contains(id)) {
        if (m_process && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(50);
            if (m_process)
                readReplies();
        }
        if (m_process && m_process->state() != QProcess::Running && m_pending.contains(id))
            endWorker(tr("The preview worker stopped unexpectedly."));
        watch();
    }
    if (!m_replies.contains(id))
        return Error(tr("There is no request %1.").arg(id));
    const QCborMap reply = m_replies.take(id);
    if (!reply.value(u"ok"_s).toBool())
        return PreviewProtocol::toError(reply.value(u"error"_s).toMap());
    return reply;
}

Result<LoadedTable> PreviewEngine::loadNow(const QString &path, const LoadOptions &options)
{
    const auto reply = wait(load(path, options));
    if (!reply)
        return reply.error();
    return PreviewProtocol::toLoaded(reply->value(u"table"_s).toMap());
}

Result<QueryResult> PreviewEngine::runNow(const QString &sql, int pageSize, QList<QVariantList> *firstPage)
{
    const int id = run(sql, pageSize);
    QMetaObject::Connection page;
    if (firstPage) {
        page = connect(this, &PreviewEngine::pageReady, this,
                       [id, firstPage](int from, const QueryResult &, const QList<QVariantList> &rows) {
                           if (from == id)
                               *firstPage = rows;
                       });
    }
    const auto reply = wait(id);
    disconnect(page);
    if (!reply)
        return reply.error();
    return PreviewProtocol::toResult(reply->value(u"result"_s).toMap());
}

Result<QList<QVariantList>> PreviewEngine::fetchNow(int result, qint64 offset, int count)
{
    const auto reply = wait(fetch(result, offset, count));
    if (!reply)
        return reply.error();
    return PreviewProtocol::toRows(reply->value(u"rows"_s).toArray());
}

Result<QList<ColumnProfile>> PreviewEngine::profileNow(int result, int bins)
{
    const auto reply = wait(profile(result, bins));
    if (!reply)
        return reply.error();
    return PreviewProtocol::toProfiles(reply->value(u"profiles"_s).toArray());
}

Result<Comparison> PreviewEngine::compareNow(const QString &table, int result, const QStringList &keys)
{
    const auto reply = wait(compare(table, result, keys));
    if (!reply)
        return reply.error();
    return PreviewProtocol::toComparison(reply->value(u"comparison"_s).toMap());
}

Result<QList<Measured>> PreviewEngine::measureNow(int result, const QList<ResultMeasure> &measures)
{
    const auto reply = wait(measure(result, measures));
    if (!reply)
        return reply.error();
    return PreviewProtocol::toMeasured(reply->value(u"measured"_s).toArray());
}

Status PreviewEngine::exportCsvNow(int result, const QString &path)
{
    const auto reply = wait(exportCsv(result, path));
    if (!reply)
        return reply.error();
    return Ok{};
}

Status PreviewEngine::exportDatabaseNow(const QString &path)
{
    const auto reply = wait(exportDatabase(path));
    if (!reply)
        return reply.error();
    return Ok{};
}

} // namespace Tessera
