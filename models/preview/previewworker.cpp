#include "models/preview/previewworker.h"

#include "models/preview/previewprotocol.h"

#include <QElapsedTimer>

#include <cerrno>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tessera {

namespace {

class Server
{
public:
    Server(int input, int output)
        : m_input(input)
        , m_output(output)
    {
    }

    int serve()
    {
        std::thread reader([this] {
            readRequests();
        });
        for (;;) {
            QCborMap request;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] {
                    return !m_queue.empty() || m_closed;
                });
                if (m_queue.empty())
                    break; // closed: the parent is gone or done
                request = m_queue.front();
                m_queue.pop_front();
                m_current = request.value(u"id"_s).toInteger();
            }
            handle(request);
            std::lock_guard lock(m_mutex);
            m_current = -1;
            m_sandbox.clearCancel();
        }
        reader.join();
        return 0;
    }

private:
    void write(const QCborMap &message)
    {
        const QByteArray bytes = PreviewProtocol::frame(message);
        std::lock_guard lock(m_writing);
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_output, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                _exit(1); // the parent is gone
            done += n;
        }
    }

    void reply(qint64 id, const QString &key, const QCborValue &value)
    {
        write(QCborMap{{u"id"_s, id}, {u"ok"_s, true}, {key, value}});
    }

    void fail(qint64 id, const Error &error)
    {
        write(QCborMap{{u"id"_s, id}, {u"ok"_s, false}, {u"error"_s, PreviewProtocol::fromError(error)}});
    }

    void readRequests()
    {
        QByteArray buffer;
        char chunk[65536];
        bool broken = false;
        while (!broken) {
            const ssize_t n = ::read(m_input, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            buffer.append(chunk, n);
            while (const auto request = PreviewProtocol::take(buffer, &broken))
                accept(*request);
        }
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_sandbox.cancel();
        m_wake.notify_all();
    }

    void accept(const QCborMap &request)
    {
        std::lock_guard lock(m_mutex);
        if (request.value(u"op"_s).toString() != u"cancel"_s) {
            m_queue.push_back(request);
            m_wake.notify_all();
            return;
        }
        const qint64 target = request.value(u"target"_s).toInteger();
        if (target == m_current) {
            m_sandbox.cancel();
            return;
        }
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
            if (it->value(u"id"_s).toInteger() == target) {
                m_queue.erase(it);
                fail(target, Error(PreviewSandbox::tr("The request was cancelled before it started.")));
                return;
            }
        }
    }

    // Page requests that came while a result is being copied.
    void answerFetches()
    {
        std::deque<QCborMap> fetches;
        {
            std::lock_guard lock(m_mutex);
            for (auto it = m_queue.begin(); it != m_queue.end();) {
                if (it->value(u"op"_s).toString() == u"fetch"_s) {
                    fetches.push_back(*it);
                    it = m_queue.erase(it);
                } else {
                    ++it;
                }
            }
        }
        for (const QCborMap &f : fetches)
            handle(f);
    }

    void handle(const QCborMap &request)
    {
        const qint64 id = request.value(u"id"_s).toInteger();
        const QString op = request.value(u"op"_s).toString();
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        const auto progress = [&](double done) {
            if (sinceProgress.elapsed() < 100)
                return;
            sinceProgress.restart();
            write(QCborMap{{u"id"_s, id}, {u"progress"_s, done}});
        };
        if (op == u"limits"_s) {
            m_sandbox.setTimeLimit(int(request.value(u"timeMs"_s).toInteger(30'000)));
            if (const qint64 memory = request.value(u"memoryBytes"_s).toInteger(); memory > 0)
                m_sandbox.setMemoryLimit(memory);
            reply(id, u"limits"_s, true);
        } else if (op == u"load"_s) {
            const auto loaded
                = m_sandbox.load(request.value(u"path"_s).toString(), PreviewProtocol::toOptions(request), progress);
            if (loaded)
                reply(id, u"table"_s, PreviewProtocol::fromLoaded(loaded.value()));
            else
                fail(id, loaded.error());
        } else if (op == u"run"_s) {
            const auto result = m_sandbox.run(
                request.value(u"sql"_s).toString(), int(request.value(u"pageSize"_s).toInteger(200)),
                [&](const QueryResult &partial, const QList<QVariantList> &rows) {
                    write(QCborMap{{u"id"_s, id},
                                   {u"page"_s, true},
                                   {u"result"_s, PreviewProtocol::fromResult(partial)},
                                   {u"rows"_s, PreviewProtocol::fromRows(rows)}});
                },
                [&](qint64 rows) {
                    answerFetches();
                    if (sinceProgress.elapsed() >= 100) {
                        sinceProgress.restart();
                        write(QCborMap{{u"id"_s, id}, {u"progress"_s, -1}, {u"rows"_s, rows}});
                    }
                });
            if (result)
                reply(id, u"result"_s, PreviewProtocol::fromResult(result.value()));
            else
                fail(id, result.error());
        } else if (op == u"fetch"_s) {
            const auto rows = m_sandbox.fetch(int(request.value(u"result"_s).toInteger()), request.value(u"offset"_s).toInteger(),
                                              int(request.value(u"count"_s).toInteger(200)));
            if (rows)
                reply(id, u"rows"_s, PreviewProtocol::fromRows(rows.value()));
            else
                fail(id, rows.error());
        } else if (op == u"profile"_s) {
            const auto profiles
                = m_sandbox.profile(int(request.value(u"result"_s).toInteger()), int(request.value(u"bins"_s).toInteger(10)));
            if (profiles)
                reply(id, u"profiles"_s, PreviewProtocol::fromProfiles(profiles.value()));
            else
                fail(id, profiles.error());
        } else if (op == u"compare"_s) {
            QStringList keys;
            for (const QCborValue &k : request.value(u"keys"_s).toArray())
                keys << k.toString();
            const auto comparison
                = m_sandbox.compare(request.value(u"table"_s).toString(), int(request.value(u"result"_s).toInteger()), keys);
            if (comparison)
                reply(id, u"comparison"_s, PreviewProtocol::fromComparison(comparison.value()));
            else
                fail(id, comparison.error());
        } else if (op == u"measure"_s) {
            const auto measured = m_sandbox.measure(int(request.value(u"result"_s).toInteger()),
                                                    PreviewProtocol::toMeasures(request.value(u"measures"_s).toArray()));
            if (measured)
                reply(id, u"measured"_s, PreviewProtocol::fromMeasured(measured.value()));
            else
                fail(id, measured.error());
        } else if (op == u"exportCsv"_s || op == u"exportDatabase"_s) {
            const QString path = request.value(u"path"_s).toString();
            const Status s = op == u"exportCsv"_s ? m_sandbox.exportCsv(int(request.value(u"result"_s).toInteger()), path)
                                                  : m_sandbox.exportDatabase(path);
            if (s)
                reply(id, u"path"_s, path);
            else
                fail(id, s.error());
        } else if (op == u"drop"_s) {
            m_sandbox.dropTable(request.value(u"table"_s).toString());
            reply(id, u"tables"_s, QCborArray::fromStringList(m_sandbox.tables()));
        } else if (op == u"tables"_s) {
            reply(id, u"tables"_s, QCborArray::fromStringList(m_sandbox.tables()));
        } else {
            fail(id, Error(PreviewSandbox::tr("The preview worker does not know the request “%1”.").arg(op)));
        }
    }

    int m_input;
    int m_output;
    PreviewSandbox m_sandbox;
    std::mutex m_mutex; // guards the queue, m_current and m_closed
    std::mutex m_writing;
    std::condition_variable m_wake;
    std::deque<QCborMap> m_queue;
    qint64 m_current = -1;
    bool m_closed = false;
};

} // namespace

int PreviewWorker::serve(int input, int output)
{
    std::signal(SIGPIPE, SIG_IGN);
    Server server(input, output);
    return server.serve();
}

} // namespace Tessera
