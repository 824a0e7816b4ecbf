// The OpenLineage receiver over real HTTP on loopback: what Marquez clients send is stored, what
// is wrong is refused with a status and a JSON error naming the field.
#include "models/catalog/catalogstore.h"
#include "models/pipelines/lineagereceiver.h"
#include "tests/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

QByteArray olEvent(const QString &type, const QString &runId, const QString &time = u"2026-11-10T02:00:00Z"_s)
{
    return QJsonDocument(QJsonObject{{u"eventType"_s, type},
                                     {u"eventTime"_s, time},
                                     {u"producer"_s, u"https://tessera.invalid/test"_s},
                                     {u"schemaURL"_s, u"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"_s},
                                     {u"run"_s, QJsonObject{{u"runId"_s, runId}}},
                                     {u"job"_s, QJsonObject{{u"namespace"_s, u"airflow://test"_s}, {u"name"_s, u"nightly"_s}}}})
        .toJson(QJsonDocument::Compact);
}

struct Reply {
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

} // namespace

class TestLineageReceiver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<LineageReceiver> m_receiver;
    QNetworkAccessManager m_network;

    Reply post(const QByteArray &body, const QString &path = u"/api/v1/lineage"_s, const QByteArray &verb = "POST")
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_receiver->port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qFatal("no answer");
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.body = QJsonDocument::fromJson(r.raw).object();
        reply->deleteLater();
        return r;
    }

    // Sends bytes as they are on a plain socket and returns what comes back until the server
    // closes the connection or goes quiet.
    QByteArray raw(const QByteArray &bytes, int expectedAnswers = 1)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        if (!socket.waitForConnected(5000))
            qFatal("cannot connect");
        socket.write(bytes);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            if (socket.bytesAvailable() || socket.waitForReadyRead(100))
                answer += socket.readAll();
            if (answer.count("HTTP/1.1 ") - answer.count("HTTP/1.1 100 ") >= expectedAnswers
                && (socket.state() != QAbstractSocket::ConnectedState || !socket.waitForReadyRead(200)))
                break;
            QCoreApplication::processEvents();
        }
        return answer;
    }

    int runCount() { return int(m_store->runs().value().size()); }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(u"receiver.tessera"_s)), u"ana"_s);
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    void init()
    {
        m_receiver = std::make_unique<LineageReceiver>(*m_store);
        LineageReceiver::Settings settings;
        settings.port = 0;
        settings.maxBodyBytes = 1024 * 1024;
        QSignalSpy listening(m_receiver.get(), &LineageReceiver::listeningChanged);
        const Status started = m_receiver->start(settings);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QVERIFY(m_receiver->isListening());
        QCOMPARE(listening.size(), 1);
        QVERIFY(m_receiver->port() > 0);
        QCOMPARE(m_receiver->url(), u"http://127.0.0.1:%1/api/v1/lineage"_s.arg(m_receiver->port()));
    }

    void cleanup() { m_receiver.reset(); }

    void storesEventsLikeMarquez()
    {
        QSignalSpy counts(m_receiver.get(), &LineageReceiver::countsChanged);
        const Reply start = post(olEvent(u"START"_s, u"http-run"_s));
        QCOMPARE(start.status, 201);
        const Reply complete = post(olEvent(u"COMPLETE"_s, u"http-run"_s, u"2026-11-10T02:05:00Z"_s));
        QCOMPARE(complete.status, 201);
        const auto run = m_store->run(u"http-run"_s);
        QVERIFY(run && run->has_value());
        QCOMPARE(run->value().state, RunState::Completed);
        QCOMPARE(run->value().durationMs(), std::optional<qint64>(5 * 60 * 1000));
        QCOMPARE(m_receiver->accepted(), 2);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), 2);
        // Sent again: accepted, and nothing changes.
        QCOMPARE(post(olEvent(u"COMPLETE"_s, u"http-run"_s, u"2026-11-10T02:05:00Z"_s)).status, 201);
        QCOMPARE(m_store->run(u"http-run"_s).value().value(), run->value());
        QCOMPARE(m_store->runEvents(u"http-run"_s)->size(), 2);
    }

    void rejectsBadEvents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid JSON") << QByteArray("{\"eventType\": ") << QString() << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"eventType\": \"\xff\"}") << QString() << u"UTF-8"_s;
        QByteArray noRunId = olEvent(u"START"_s, u"x"_s);
        noRunId.replace("\"runId\":\"x\"", "\"other\":1");
        QTest::newRow("no runId") << noRunId << u"run.runId"_s << u"required"_s;
        QByteArray wrongType = olEvent(u"START"_s, u"x"_s);
        wrongType.replace("START", "BEGIN");
        QTest::newRow("wrong eventType") << wrongType << u"eventType"_s << u"eventType must be one of"_s;
        QByteArray duplicate = olEvent(u"START"_s, u"x"_s);
        duplicate.replace("{\"runId\":\"x\"}", "{\"runId\":\"x\",\"runId\":\"y\"}");
        QTest::newRow("duplicate key") << duplicate << QString() << u"appears more than once"_s;
        QTest::newRow("a list") << "[" + olEvent(u"START"_s, u"x"_s) + "]" << QString() << u"one event per request"_s;
        QTest::newRow("empty") << QByteArray() << QString() << u"no event"_s;
    }

    void rejectsBadEvents()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const int before = runCount();
        QSignalSpy rejected(m_receiver.get(), &LineageReceiver::requestRejected);
        const Reply reply = post(body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.body.value(u"error"_s).toString().contains(message), reply.raw.constData());
        QCOMPARE(reply.body.value(u"field"_s).toString(), field);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(m_receiver->rejected(), 1);
        QCOMPARE(runCount(), before);
        // The connection and the receiver carry on.
        QCOMPARE(post(olEvent(u"START"_s, u"after-bad"_s)).status, 201);
    }

    void rejectsWrongRequests()
    {
        QCOMPARE(post(olEvent(u"START"_s, u"x"_s), u"/api/v1/namespaces"_s).status, 404);
        const Reply get = post(QByteArray(), u"/api/v1/lineage"_s, "GET");
        QCOMPARE(get.status, 405);
        QVERIFY(get.body.value(u"error"_s).toString().contains("POST"_L1));
        QCOMPARE(post(olEvent(u"START"_s, u"x"_s), u"/api/v1/lineage"_s, "PUT").status, 405);
        // No length, chunked, compressed, not JSON, not HTTP.
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                    .startsWith("HTTP/1.1 411 "));
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Encoding: gzip\r\n\r\n{}")
                    .startsWith("HTTP/1.1 415 "));
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\n{}")
                    .startsWith("HTTP/1.1 415 "));
        QVERIFY(raw("HELLO\r\n\r\n").startsWith("HTTP/1.1 400 "));
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nContent-Length: ten\r\n\r\n").startsWith("HTTP/1.1 400 "));
        // Two lengths (a way to smuggle a second request past a proxy): refused, whichever comes first.
        const QByteArray event = olEvent(u"START"_s, u"smuggled"_s);
        const QByteArray length = "Content-Length: " + QByteArray::number(event.size()) + "\r\n";
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nContent-Length: ten\r\n" + length + "\r\n" + event)
                    .startsWith("HTTP/1.1 400 "));
        QVERIFY(
            raw("POST /api/v1/lineage HTTP/1.1\r\n" + length + "Content-Length: 2\r\n\r\n" + event).startsWith("HTTP/1.1 400 "));
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\n" + length + length + "\r\n" + event).contains("more than once"));
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nContent-Length: +" + QByteArray::number(event.size()) + "\r\n\r\n" + event)
                    .startsWith("HTTP/1.1 400 "));
        // Chunked, then "identity": still chunked (a proxy may read it so).
        QVERIFY(raw("POST /api/v1/lineage HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n" + length
                    + "\r\n" + event)
                    .startsWith("HTTP/1.1 411 "));
        QCOMPARE(m_receiver->accepted(), 0);
    }

    void refusesBodiesOverTheLimitBeforeReadingThem()
    {
        // Headers announcing 2 MB against a 1 MB limit: 413 at once, without sending the body.
        const QByteArray answer = raw("POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("larger than 1 MB"));
        QVERIFY(answer.contains("Connection: close"));
        // Headers that never end are cut off too.
        const QByteArray endless
            = raw("POST /api/v1/lineage HTTP/1.1\r\nX-Pad: " + QByteArray(LineageReceiver::maxHeaderBytes + 10, 'a'));
        QVERIFY2(endless.startsWith("HTTP/1.1 431 "), endless.left(200).constData());
        // A client that asks first (Expect: 100-continue, as curl does for large bodies) is told
        // before it sends anything.
        const QByteArray asked
            = raw("POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2097152\r\n\r\n");
        QVERIFY2(asked.startsWith("HTTP/1.1 413 "), asked.constData());
        QCOMPARE(m_receiver->accepted(), 0);
    }

    void keepsConnectionsAliveAndAnswersInOrder()
    {
        // Three requests in one write on one connection (pipelined), one of them bad: three
        // answers, in the order asked.
        QByteArray requests;
        const QList<QByteArray> bodies{olEvent(u"START"_s, u"pipelined-1"_s), QByteArray("{oops"),
                                       olEvent(u"START"_s, u"pipelined-2"_s)};
        for (const QByteArray &body : bodies)
            requests += "POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const QByteArray answer = raw(requests, 3);
        const qsizetype first = answer.indexOf("HTTP/1.1 201");
        const qsizetype second = answer.indexOf("HTTP/1.1 400");
        const qsizetype third = answer.indexOf("HTTP/1.1 201", first + 1);
        QVERIFY2(first >= 0 && second > first && third > second, answer.constData());
        QVERIFY(m_store->run(u"pipelined-1"_s).value());
        QVERIFY(m_store->run(u"pipelined-2"_s).value());
        // Expect: 100-continue gets its interim answer.
        const QByteArray body = olEvent(u"START"_s, u"continued"_s);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/lineage HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n");
        QTRY_VERIFY(socket.waitForReadyRead(50) || socket.bytesAvailable());
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue"));
        socket.write(body);
        QByteArray rest;
        QTRY_VERIFY((rest += socket.readAll(), socket.waitForReadyRead(50), rest += socket.readAll(), rest.contains("201")));
    }

    void listensOnLoopbackOnly()
    {
        LineageReceiver other(*m_store);
        LineageReceiver::Settings settings;
        settings.port = 0;
        settings.address = QHostAddress(QHostAddress::AnyIPv4);
        const Status refused = other.start(settings);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("0.0.0.0"_L1));
        QVERIFY(!other.isListening());
        // Asked for explicitly, it may.
        settings.allowRemote = true;
        QVERIFY(other.start(settings));
        QVERIFY(other.isListening());
        other.stop();
        QVERIFY(!other.isListening());
        // A port in use is a clear error.
        settings = {};
        settings.port = m_receiver->port();
        const Status busy = other.start(settings);
        QVERIFY(!busy);
        QVERIFY(busy.error().message.contains(QString::number(m_receiver->port())));
    }
};

QTEST_GUILESS_MAIN(TestLineageReceiver)
#include "tst_lineagereceiver.moc"
