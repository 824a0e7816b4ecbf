// Ingesting OpenLineage events: 100,000 generated run events (START, RUNNING, COMPLETE, FAIL and
// ABORT with facets) read from an NDJSON file into a new SQLite catalog, against the 5 s target,
// with peak memory; then the receiver's throughput with a local client posting 10,000 events over
// HTTP (keep-alive, four connections), against ingesting the same events from a file.
#include "benchtable.h"

#include "models/catalog/catalogstore.h"
#include "models/formats/openlineage.h"
#include "models/pipelines/lineagereceiver.h"
#ifdef TESSERA_BENCH_POSTGRES
#include "tests/support/postgresserver.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

using namespace Tessera;

namespace {

QJsonObject facet(QJsonObject body, const char *schema)
{
    body.insert(QStringLiteral("_producer"), QStringLiteral("https://tessera.invalid/bench"));
    body.insert(QStringLiteral("_schemaURL"),
                QString(QLatin1String("https://openlineage.io/spec/facets/") + QLatin1String(schema)));
    return body;
}

// Runs of 200 jobs over 40 days: a pipeline run per job and day, most with a parent, most ending
// in COMPLETE with statistics, schema and column lineage, some in FAIL with a stack trace.
QList<QByteArray> generate(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QByteArray> lines;
    lines.reserve(count);
    const QDateTime epoch = QDateTime::fromString(QStringLiteral("2026-10-01T00:00:00Z"), Qt::ISODate);
    int run = 0;
    while (lines.size() < count) {
        const int job = run % 200;
        const int day = run / 200;
        const QString ns = QStringLiteral("airflow://domain%1").arg(job % 20);
        const QString name = QStringLiteral("dag%1.task%2").arg(job / 10).arg(job % 10);
        const QString runId = QStringLiteral("00000000-0000-7000-8000-%1").arg(run, 12, 10, QLatin1Char('0'));
        const QDateTime start = epoch.addDays(day).addSecs(7200 + job * 17);
        QJsonObject runFacets{
            {QStringLiteral("nominalTime"),
             facet({{QStringLiteral("nominalStartTime"), start.toString(Qt::ISODate)}}, "1-0-1/NominalTimeRunFacet.json")}};
        if (job % 4 != 0) {
            runFacets.insert(
                QStringLiteral("parent"),
                facet({{QStringLiteral("run"), QJsonObject{{QStringLiteral("runId"), QString(runId + QLatin1String("-p"))}}},
                       {QStringLiteral("job"),
                        QJsonObject{{QStringLiteral("namespace"), ns},
                                    {QStringLiteral("name"), QStringLiteral("dag%1").arg(job / 10)}}}},
                      "1-1-0/ParentRunFacet.json"));
        }
        const QJsonObject input{{QStringLiteral("namespace"), QStringLiteral("postgres://warehouse:5432")},
                                {QStringLiteral("name"), QStringLiteral("mesh.raw.table%1").arg(job)}};
        auto event = [&](const char *type, const QDateTime &time, const QJsonObject &facets, const QJsonArray &outputs) {
            QJsonObject e{
                {QStringLiteral("eventType"), QLatin1String(type)},
                {QStringLiteral("eventTime"), time.toString(Qt::ISODateWithMs)},
                {QStringLiteral("producer"), QStringLiteral("https://tessera.invalid/bench")},
                {QStringLiteral("schemaURL"),
                 QStringLiteral("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent")},
                {QStringLiteral("run"), QJsonObject{{QStringLiteral("runId"), runId}, {QStringLiteral("facets"), facets}}},
                {QStringLiteral("job"), QJsonObject{{QStringLiteral("namespace"), ns}, {QStringLiteral("name"), name}}},
                {QStringLiteral("inputs"), QJsonArray{input}}};
            if (!outputs.isEmpty())
                e.insert(QStringLiteral("outputs"), outputs);
            lines << QJsonDocument(e).toJson(QJsonDocument::Compact);
        };
        event("START", start, runFacets, {});
        if (random.bounded(10) == 0 && lines.size() < count)
            event("RUNNING", start.addSecs(60), {}, {});
        const int end = int(random.bounded(100));
        const QDateTime ended = start.addSecs(300 + random.bounded(1800));
        if (lines.size() < count) {
            if (end < 85) {
                QJsonObject fields;
                QJsonArray schemaFields;
                for (int c = 0; c < 6; ++c) {
                    const QString column = QStringLiteral("col%1").arg(c);
                    schemaFields.append(
                        QJsonObject{{QStringLiteral("name"), column}, {QStringLiteral("type"), QStringLiteral("VARCHAR")}});
                    fields.insert(column,
                                  QJsonObject{{QStringLiteral("inputFields"),
                                               QJsonArray{QJsonObject{
                                                   {QStringLiteral("namespace"), input.value(QStringLiteral("namespace"))},
                                                   {QStringLiteral("name"), input.value(QStringLiteral("name"))},
                                                   {QStringLiteral("field"), column}}}}});
                }
                const QJsonArray outputs{QJsonObject{
                    {QStringLiteral("namespace"), QStringLiteral("postgres://warehouse:5432")},
                    {QStringLiteral("name"), QStringLiteral("mesh.domain%1.product%2").arg(job % 20).arg(job)},
                    {QStringLiteral("facets"),
                     QJsonObject{{QStringLiteral("schema"),
                                  facet({{QStringLiteral("fields"), schemaFields}}, "1-1-1/SchemaDatasetFacet.json")},
                                 {QStringLiteral("columnLineage"),
                                  facet({{QStringLiteral("fields"), fields}}, "1-2-0/ColumnLineageDatasetFacet.json")}}},
                    {QStringLiteral("outputFacets"),
                     QJsonObject{{QStringLiteral("outputStatistics"),
                                  facet({{QStringLiteral("rowCount"), qint64(random.bounded(1000000))}},
                                        "1-0-2/OutputStatisticsOutputDatasetFacet.json")}}}}};
                event("COMPLETE", ended, {}, outputs);
            } else if (end < 97) {
                event("FAIL", ended,
                      {{QStringLiteral("errorMessage"),
                        facet({{QStringLiteral("message"), QStringLiteral("relation does not exist")},
                               {QStringLiteral("programmingLanguage"), QStringLiteral("python")},
                               {QStringLiteral("stackTrace"),
                                QStringLiteral("Traceback (most recent call last):\n  File \"dag.py\", line 42\n")}},
                              "1-0-1/ErrorMessageRunFacet.json")}},
                      {});
            } else {
                event("ABORT", ended, {}, {});
            }
        }
        ++run;
    }
    return lines;
}

// Posts each event on one of `connections` keep-alive connections, waiting for each answer.
class Client : public QThread
{
public:
    Client(quint16 port, QList<QByteArray> events)
        : m_port(port)
        , m_events(std::move(events))
    {
    }
    int created = 0;
    int failed = 0;

protected:
    void run() override
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(5000)) {
            failed = int(m_events.size());
            return;
        }
        QByteArray buffer;
        for (const QByteArray &body : std::as_const(m_events)) {
            socket.write("POST /api/v1/lineage HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            // One answer: headers, then as many bytes as its Content-Length says.
            while (true) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const qsizetype lengthAt = buffer.indexOf("Content-Length: ");
                    const qsizetype length
                        = buffer.mid(lengthAt + 16, buffer.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
                    if (buffer.size() >= end + 4 + length) {
                        (buffer.startsWith("HTTP/1.1 201") ? created : failed) += 1;
                        buffer.remove(0, end + 4 + length);
                        break;
                    }
                }
                if (!socket.waitForReadyRead(10000)) {
                    ++failed;
                    return;
                }
                buffer += socket.readAll();
            }
        }
    }

private:
    quint16 m_port;
    QList<QByteArray> m_events;
};

} // namespace

namespace {

// A team catalog on PostgreSQL: the same events ingested by a domain owner, under the row
// policies that tie runs, facets and lineage to the events of the transaction; the reference is
// the superuser, whom no row policy checks, into a catalog of its own on the same server.
void teamCatalog(const QList<QByteArray> &lines)
{
#ifdef TESSERA_BENCH_POSTGRES
    QString problem;
    const auto server = TestSupport::PostgresServer::start(&problem);
    if (!server) {
        qInfo("team catalog: skipped (%s)", qPrintable(problem));
        return;
    }
    QByteArray bytes;
    for (const QByteArray &line : lines)
        bytes += line + '\n';
    const OpenLineage::Read events = OpenLineage::parse(bytes, QStringLiteral("team.ndjson"));
    auto ingest = [&](const QString &database, const QString &user) {
        QString error;
        const QString url = server->createDatabase(database, &error);
        if (url.isEmpty())
            qFatal("%s", qPrintable(error));
        if (!CatalogStore::open(CatalogLocation::parse(url).value(), QStringLiteral("admin"))) // creates the schema
            qFatal("cannot create the team catalog");
        const QString problem = server->execute(database,
                                                QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles "
                                                               "WHERE rolname = 'olaf') THEN CREATE ROLE olaf LOGIN; "
                                                               "GRANT tessera_domain_owner TO olaf; END IF; END $$"));
        if (!problem.isEmpty())
            qFatal("%s", qPrintable(problem));
        auto store = CatalogStore::open(CatalogLocation::parse(QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                                                                   .arg(user, database, server->socketDir())
                                                                   .arg(server->port()))
                                            .value(),
                                        user);
        if (!store)
            qFatal("%s", qPrintable(store.error().toString()));
        QElapsedTimer timer;
        timer.start();
        const Result<IngestReport> report = store.value()->ingestEvents(events.events);
        if (!report)
            qFatal("%s", qPrintable(report.error().toString()));
        return double(lines.size()) / (double(timer.nsecsElapsed()) / 1e9);
    };
    const double owner = ingest(QStringLiteral("owner_ingest"), QStringLiteral("olaf"));
    const double superuser = ingest(QStringLiteral("admin_ingest"), server->superuser());
    Bench::printTable(QStringLiteral("Team catalog: %1 events ingested into PostgreSQL in one transaction").arg(lines.size()),
                      {
                          {QStringLiteral("by a domain owner, under the row policies"), owner, QStringLiteral("ev/s"),
                           QStringLiteral("superuser, no row policies: %1 ev/s").arg(superuser, 0, 'f', 0)},
                      });
    Bench::printBench("team_ingest.owner.events_per_second", owner, "ev/s");
    Bench::printBench("team_ingest.superuser.events_per_second", superuser, "ev/s");
#else
    Q_UNUSED(lines);
    qInfo("team catalog: skipped (built without the tests' PostgreSQL support)");
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int eventCount = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;

    // The events as a pipeline log: one NDJSON file.
    const QList<QByteArray> lines = generate(eventCount, 42);
    const QString file = dir.filePath(QStringLiteral("events.ndjson"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        for (const QByteArray &line : lines)
            out.write(line + '\n');
    }
    const double fileMiB = double(QFileInfo(file).size()) / (1024.0 * 1024.0);
    const double memoryBefore = Bench::peakMemoryMiB();

    auto store = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("ingest.tessera"))),
                                    QStringLiteral("bench"));
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    QElapsedTimer timer;
    timer.start();
    const OpenLineage::Read read = OpenLineage::readFile(file);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    if (!read.errors.isEmpty())
        qFatal("%s", qPrintable(read.errors.first().toString()));
    const Result<IngestReport> report = store.value()->ingestEvents(read.events);
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    const double memoryAfter = Bench::peakMemoryMiB();
    const int runs = report->runs;

    // The receiver: 10,000 of the same events posted by a local client, into another catalog;
    // the reference is ingesting those 10,000 from a file in the same process.
    const int posted = std::min<int>(10000, int(lines.size()));
    const QList<QByteArray> toPost = lines.first(posted);
    auto fileStore
        = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("file.tessera"))), QStringLiteral("bench"));
    QElapsedTimer fileTimer;
    fileTimer.start();
    {
        QByteArray bytes;
        for (const QByteArray &line : toPost)
            bytes += line + '\n';
        const OpenLineage::Read some = OpenLineage::parse(bytes, QStringLiteral("some.ndjson"));
        if (!fileStore.value()->ingestEvents(some.events))
            qFatal("file ingest failed");
    }
    const double fileRate = posted / (double(fileTimer.nsecsElapsed()) / 1e9);

    auto httpStore
        = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("http.tessera"))), QStringLiteral("bench"));
    LineageReceiver receiver(*httpStore.value());
    LineageReceiver::Settings settings;
    settings.port = 0;
    if (Status s = receiver.start(settings); !s)
        qFatal("%s", qPrintable(s.error().message));
    constexpr int connections = 4;
    std::vector<std::unique_ptr<Client>> clients;
    for (int c = 0; c < connections; ++c) {
        QList<QByteArray> share;
        for (int i = c; i < posted; i += connections)
            share << toPost.at(i);
        clients.push_back(std::make_unique<Client>(receiver.port(), share));
    }
    QElapsedTimer httpTimer;
    httpTimer.start();
    for (auto &client : clients)
        client->start();
    int finished = 0;
    while (finished < connections) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        finished = int(std::count_if(clients.begin(), clients.end(), [](const auto &c) {
            return c->isFinished();
        }));
    }
    const double httpSeconds = double(httpTimer.nsecsElapsed()) / 1e9;
    int created = 0, failed = 0;
    for (auto &client : clients) {
        client->wait();
        created += client->created;
        failed += client->failed;
    }
    receiver.stop();
    const int storedRuns = int(httpStore.value()->runs().value().size());

    Bench::printTable(
        QStringLiteral("Ingest: %1 OpenLineage events (%2 MiB NDJSON, %3 runs) into a new SQLite catalog")
            .arg(eventCount)
            .arg(fileMiB, 0, 'f', 1)
            .arg(runs),
        {
            {QStringLiteral("read and parse the file"), readMs, QStringLiteral("ms"), QString()},
            {QStringLiteral("read, parse and ingest (total)"), totalMs, QStringLiteral("ms"), QStringLiteral("target < 5000 ms")},
            {QStringLiteral("events per second"), eventCount / (totalMs / 1000.0), QStringLiteral("ev/s"), QString()},
            {QStringLiteral("peak memory before ingest"), memoryBefore, QStringLiteral("MiB"),
             QStringLiteral("(generated events held)")},
            {QStringLiteral("peak memory after ingest"), memoryAfter, QStringLiteral("MiB"), QString()},
        });
    Bench::printTable(
        QStringLiteral("Receiver: %1 events posted over HTTP on loopback, %2 keep-alive connections")
            .arg(posted)
            .arg(connections),
        {
            {QStringLiteral("receiver throughput"), posted / httpSeconds, QStringLiteral("ev/s"),
             QStringLiteral("same events from a file: %1 ev/s").arg(fileRate, 0, 'f', 0)},
            {QStringLiteral("answered 201"), double(created), QStringLiteral(""), QStringLiteral("failed: %1").arg(failed)},
            {QStringLiteral("runs stored"), double(storedRuns), QStringLiteral(""), QString()},
        });
    teamCatalog(toPost);
    Bench::printBench("ingest.total.ms", totalMs, "ms");
    Bench::printBench("ingest.peak_memory.mib", memoryAfter, "MiB");
    Bench::printBench("receiver.events_per_second", posted / httpSeconds, "ev/s");
    Bench::printBench("receiver.file_events_per_second", fileRate, "ev/s");
    return failed == 0 ? 0 : 1;
}
