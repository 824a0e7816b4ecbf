// Runs from OpenLineage events: the state machine, idempotence, out-of-order events, parent runs,
// the standards' events, malformed input, and the pipeline overview; the store parts against
// SQLite and a private PostgreSQL server.
#include "models/catalog/catalogstore.h"
#include "models/federation/samplemesh.h"
#include "models/formats/openlineage.h"
#include "models/lineage/lineagegraph.h"
#include "models/pipelines/pipelinestatus.h"
#include "models/pipelines/runstate.h"
#include "tests/support/postgresserver.h"
#include "tests/support/standardsdir.h"
#include "tests/testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

// One run event, as a pipeline would send it.
QJsonObject runEvent(const QString &type, const QString &time, const QString &runId, const QString &job = u"nightly.load"_s,
                     const QJsonObject &runFacets = {}, const QJsonArray &outputs = {})
{
    QJsonObject run{{u"runId"_s, runId}};
    if (!runFacets.isEmpty())
        run.insert(u"facets"_s, runFacets);
    QJsonObject event{{u"eventType"_s, type},
                      {u"eventTime"_s, time},
                      {u"producer"_s, u"https://tessera.invalid/test"_s},
                      {u"schemaURL"_s, u"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"_s},
                      {u"run"_s, run},
                      {u"job"_s, QJsonObject{{u"namespace"_s, u"airflow://test"_s}, {u"name"_s, job}}}};
    if (!outputs.isEmpty())
        event.insert(u"outputs"_s, outputs);
    return event;
}

OpenLineageEvent parsed(const QJsonObject &json)
{
    const OpenLineage::Read read = OpenLineage::parse(QJsonDocument(json).toJson(QJsonDocument::Compact), u"test.json"_s);
    if (read.events.size() != 1)
        qFatal("not one event: %s", qPrintable(read.errors.isEmpty() ? QString() : read.errors.first().toString()));
    return read.events.first();
}

QJsonObject errorFacet(const QString &message)
{
    return QJsonObject{{u"errorMessage"_s,
                        QJsonObject{{u"_producer"_s, u"p"_s},
                                    {u"_schemaURL"_s, u"s"_s},
                                    {u"message"_s, message},
                                    {u"programmingLanguage"_s, u"python"_s},
                                    {u"stackTrace"_s, u"Traceback (most recent call last):\n  boom"_s}}}};
}

QByteArray ndjson(const QList<QJsonObject> &events)
{
    QByteArray bytes;
    for (const QJsonObject &e : events)
        bytes += QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
    return bytes;
}

} // namespace

class TestPipelines : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    QString m_postgresProblem;
    int m_catalogs = 0;

    std::unique_ptr<CatalogStore> newStore()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString name = u"pipelines_%1"_s.arg(++m_catalogs);
        CatalogLocation location;
        if (backend == "sqlite"_L1) {
            location = CatalogLocation::sqliteFile(m_dir.filePath(name + ".tessera"_L1));
        } else {
            QString error;
            const QString url = m_postgres->createDatabase(name, &error);
            if (url.isEmpty())
                qFatal("cannot create a database: %s", qPrintable(error));
            location = CatalogLocation::parse(url).value();
        }
        auto store = CatalogStore::open(location, u"ana"_s);
        if (!store)
            qFatal("cannot open the catalog: %s", qPrintable(store.error().toString()));
        return std::move(store).value();
    }

    static int count(CatalogStore &store, const QString &table)
    {
        QSqlQuery q(store.database());
        if (!q.exec("SELECT count(*) FROM "_L1 + table) || !q.next())
            qFatal("cannot count %s", qPrintable(table));
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        m_postgres = TestSupport::PostgresServer::start(&m_postgresProblem);
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == "postgresql"_L1 && !m_postgres)
            QSKIP(qPrintable(u"PostgreSQL tests need a server: "_s + m_postgresProblem));
    }

    // --- the state machine, without a store -------------------------------------------------

    void stateMachine_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("state");
        QTest::newRow("start") << QStringList{u"START"_s} << u"RUNNING"_s;
        QTest::newRow("running") << QStringList{u"RUNNING"_s} << u"RUNNING"_s;
        QTest::newRow("complete") << QStringList{u"START"_s, u"COMPLETE"_s} << u"COMPLETED"_s;
        QTest::newRow("fail") << QStringList{u"START"_s, u"FAIL"_s} << u"FAILED"_s;
        QTest::newRow("abort") << QStringList{u"START"_s, u"ABORT"_s} << u"ABORTED"_s;
        QTest::newRow("other only") << QStringList{u"OTHER"_s} << u"NEW"_s;
        QTest::newRow("other keeps running") << QStringList{u"START"_s, u"OTHER"_s} << u"RUNNING"_s;
        QTest::newRow("other after the end") << QStringList{u"START"_s, u"COMPLETE"_s, u"OTHER"_s} << u"COMPLETED"_s;
        QTest::newRow("running after start") << QStringList{u"START"_s, u"RUNNING"_s, u"RUNNING"_s} << u"RUNNING"_s;
        QTest::newRow("complete before start") << QStringList{u"COMPLETE"_s, u"START"_s} << u"COMPLETED"_s;
        QTest::newRow("fail before start") << QStringList{u"FAIL"_s, u"START"_s} << u"FAILED"_s;
    }

    void stateMachine()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            QSKIP("no store involved");
        QFETCH(QStringList, types);
        QFETCH(QString, state);
        // Event times follow the order the types are listed in, except an end listed first, which
        // happened last but arrives first.
        QList<OpenLineageEvent> events;
        for (qsizetype i = 0; i < types.size(); ++i) {
            const bool endFirst = i == 0 && types.size() > 1 && types.at(0) != "START"_L1;
            const int minute = endFirst ? 30 : int(i);
            events << parsed(runEvent(types.at(i), u"2026-11-10T02:%1:00Z"_s.arg(minute, 2, 10, QLatin1Char('0')), u"r1"_s));
        }
        const Run run = Runs::fromEvents(events);
        QCOMPARE(Runs::stateKey(run.state), state);
        QCOMPARE(run.eventCount, int(types.size()));
        if (types.contains("START"_L1))
            QCOMPARE(
                run.startedAt,
                QDateTime::fromString(u"2026-11-10T02:%1:00Z"_s.arg(types.first() == "START"_L1 ? 0 : 1, 2, 10, QLatin1Char('0')),
                                      Qt::ISODate));
        // The same events in reverse order make the same run.
        QList<OpenLineageEvent> reversed(events.crbegin(), events.crend());
        QCOMPARE(Runs::fromEvents(reversed), run);
    }

    void endsCompeteByTime()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            QSKIP("no store involved");
        // A FAIL at 02:10 then a COMPLETE at 02:20 (a retry within the run): completed, at 02:20.
        const auto fail = parsed(runEvent(u"FAIL"_s, u"2026-11-10T02:10:00Z"_s, u"r1"_s));
        const auto complete = parsed(runEvent(u"COMPLETE"_s, u"2026-11-10T02:20:00Z"_s, u"r1"_s));
        for (const auto &order : {QList{fail, complete}, QList{complete, fail}}) {
            const Run run = Runs::fromEvents(order);
            QCOMPARE(run.state, RunState::Completed);
            QCOMPARE(run.endedAt, QDateTime::fromString(u"2026-11-10T02:20:00Z"_s, Qt::ISODate));
        }
        // Two ends at the same instant: the worse one, in either order.
        const auto abort = parsed(runEvent(u"ABORT"_s, u"2026-11-10T02:20:00Z"_s, u"r1"_s));
        QCOMPARE(Runs::fromEvents({complete, abort}).state, RunState::Aborted);
        QCOMPARE(Runs::fromEvents({abort, complete}).state, RunState::Aborted);
    }

    void facetsAccumulateAndNewerReplaces()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            QSKIP("no store involved");
        const QJsonObject nominal{
            {u"nominalTime"_s, QJsonObject{{u"nominalStartTime"_s, u"2026-11-10T02:00:00Z"_s}, {u"_producer"_s, u"p"_s}}}};
        const auto start = parsed(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"r1"_s, u"j"_s,
                                           QJsonObject{{u"nominalTime"_s, nominal.value(u"nominalTime"_s)},
                                                       {u"processing_engine"_s, QJsonObject{{u"version"_s, u"1"_s}}}}));
        const auto running = parsed(runEvent(u"RUNNING"_s, u"2026-11-10T02:05:00Z"_s, u"r1"_s, u"j"_s,
                                             QJsonObject{{u"processing_engine"_s, QJsonObject{{u"version"_s, u"2"_s}}}}));
        const auto fail = parsed(runEvent(u"FAIL"_s, u"2026-11-10T02:09:00Z"_s, u"r1"_s, u"j"_s, errorFacet(u"disk full"_s)));
        for (const auto &order : {QList{start, running, fail}, QList{fail, running, start}, QList{running, fail, start}}) {
            const Run run = Runs::fromEvents(order);
            QCOMPARE(run.state, RunState::Failed);
            // Accumulated: the nominal time from START, the error from FAIL...
            QCOMPARE(run.nominalStart, QDateTime::fromString(u"2026-11-10T02:00:00Z"_s, Qt::ISODate));
            QCOMPARE(run.errorMessage, u"disk full"_s);
            QVERIFY(run.stackTrace().contains("boom"_L1));
            // ...and the newer facet of the same name wins, whichever arrived last.
            QCOMPARE(run.facets.facets.value(u"processing_engine"_s).toObject().value(u"version"_s).toString(), u"2"_s);
            QCOMPARE(run.durationMs(), std::optional<qint64>(9 * 60 * 1000));
        }
    }

    void slaDurations_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("seconds"); // -1: not a duration
        QTest::newRow("hours") << u"4"_s << u"h"_s << qint64(4 * 3600);
        QTest::newRow("days") << u"1"_s << u"d"_s << qint64(86400);
        QTest::newRow("long form") << u"2"_s << u"Days"_s << qint64(2 * 86400);
        QTest::newRow("minutes") << u"30"_s << u"min"_s << qint64(1800);
        QTest::newRow("m") << u"5"_s << u"m"_s << qint64(300);
        QTest::newRow("fraction") << u"1.5"_s << u"hours"_s << qint64(5400);
        QTest::newRow("milliseconds") << u"5000"_s << u"ms"_s << qint64(5);
        QTest::newRow("percent") << u"99.5"_s << u"%"_s << qint64(-1);
        QTest::newRow("no number") << u"soon"_s << u"h"_s << qint64(-1);
        QTest::newRow("no unit") << u"4"_s << QString() << qint64(-1);
    }

    void slaDurations()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            QSKIP("no store involved");
        QFETCH(QString, value);
        QFETCH(QString, unit);
        QFETCH(qint64, seconds);
        const auto parsed = slaSeconds(SlaProperty{u"latency"_s, value, {}, unit, {}, {}});
        QCOMPARE(parsed.value_or(-1), seconds);
        // Frequency plus latency, the strictest of each.
        const QList<SlaProperty> sla{{u"frequency"_s, u"1"_s, {}, u"d"_s, {}, {}},
                                     {u"latency"_s, u"4"_s, {}, u"h"_s, {}, {}},
                                     {u"latency"_s, u"2"_s, {}, u"h"_s, u"orders.id"_s, {}},
                                     {u"availability"_s, u"99"_s, {}, u"%"_s, {}, {}}};
        QCOMPARE(allowedAgeSeconds(sla).value_or(-1), qint64(86400 + 2 * 3600));
        QVERIFY(!allowedAgeSeconds({{u"retention"_s, u"3"_s, {}, u"y"_s, {}, {}}}));
    }

    // --- the store ------------------------------------------------------------------------

    void ingestIsIdempotent()
    {
        auto store = newStore();
        const QList<OpenLineageEvent> events{
            parsed(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"r1"_s)),
            parsed(runEvent(u"COMPLETE"_s, u"2026-11-10T02:10:00Z"_s, u"r1"_s)),
        };
        const auto first = store->ingestEvents(events);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->added, 2);
        QCOMPARE(first->runs, 1);
        const Run before = store->run(u"r1"_s).value().value();
        QCOMPARE(before.state, RunState::Completed);
        QCOMPARE(before.eventCount, 2);

        // The same events again (and one twice within the batch, and written with other spacing):
        // nothing changes.
        QByteArray spaced = QJsonDocument(events.first().json).toJson(QJsonDocument::Indented);
        const OpenLineageEvent again = OpenLineage::parse(spaced, u"again.json"_s).events.value(0);
        const auto second = store->ingestEvents({events.at(1), again, events.at(1)});
        QVERIFY(second);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->duplicates, 3);
        QCOMPARE(second->runs, 0);
        QCOMPARE(store->run(u"r1"_s).value().value(), before);
        QCOMPARE(count(*store, u"run_events"_s), 2);
        QCOMPARE(store->runEvents(u"r1"_s)->size(), 2);
    }

    void outOfOrderAcrossIngests()
    {
        auto store = newStore();
        // COMPLETE arrives first (with the output's statistics), then START, then an older RUNNING.
        const QJsonArray outputs{
            QJsonObject{{u"namespace"_s, u"postgres://warehouse.internal:5432"_s},
                        {u"name"_s, u"mesh.sales.orders"_s},
                        {u"outputFacets"_s,
                         QJsonObject{{u"outputStatistics"_s, QJsonObject{{u"rowCount"_s, 1234}, {u"_producer"_s, u"p"_s}}}}}}};
        QVERIFY(store->ingestEvents({parsed(runEvent(u"COMPLETE"_s, u"2026-11-10T02:30:00Z"_s, u"r2"_s, u"j"_s, {}, outputs))}));
        Run run = store->run(u"r2"_s).value().value();
        QCOMPARE(run.state, RunState::Completed);
        QVERIFY(!run.startedAt.isValid());
        QVERIFY(!run.durationMs());
        QVERIFY(store->ingestEvents({parsed(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"r2"_s))}));
        QVERIFY(store->ingestEvents({parsed(runEvent(u"RUNNING"_s, u"2026-11-10T02:15:00Z"_s, u"r2"_s))}));
        run = store->run(u"r2"_s).value().value();
        QCOMPARE(run.state, RunState::Completed);
        QCOMPARE(run.startedAt, QDateTime::fromString(u"2026-11-10T02:00:00Z"_s, Qt::ISODate));
        QCOMPARE(run.durationMs(), std::optional<qint64>(30 * 60 * 1000));
        QCOMPARE(run.eventCount, 3);
        // Facets come back from the stored text of the events, whatever its characters.
        QJsonObject error = errorFacet(u"relation « ventes » n’existe pas"_s);
        QJsonObject inner = error.value(u"errorMessage"_s).toObject();
        inner.insert(u"stackTrace"_s, u"Ошибка: 表 «ventes» 🚫"_s);
        error.insert(u"errorMessage"_s, inner);
        QVERIFY(store->ingestEvents({parsed(runEvent(u"FAIL"_s, u"2026-11-11T02:30:00Z"_s, u"r3"_s, u"j"_s, error))}));
        const Run failed = store->run(u"r3"_s).value().value();
        QCOMPARE(failed.errorMessage, u"relation « ventes » n’existe pas"_s);
        QCOMPARE(failed.stackTrace(), u"Ошибка: 表 «ventes» 🚫"_s);
        const RunDataset *out = run.dataset({u"postgres://warehouse.internal:5432"_s, u"mesh.sales.orders"_s}, true);
        QVERIFY(out);
        QCOMPARE(out->facets.facets.value(u"outputStatistics"_s).toObject().value(u"rowCount"_s).toInt(), 1234);
        // The same as merging all three at once, in order.
        const Run direct
            = Runs::fromEvents({parsed(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"r2"_s)),
                                parsed(runEvent(u"RUNNING"_s, u"2026-11-10T02:15:00Z"_s, u"r2"_s)),
                                parsed(runEvent(u"COMPLETE"_s, u"2026-11-10T02:30:00Z"_s, u"r2"_s, u"j"_s, {}, outputs))});
        QCOMPARE(run.state, direct.state);
        QCOMPARE(run.startedAt, direct.startedAt);
        QCOMPARE(run.endedAt, direct.endedAt);
        QCOMPARE(run.datasets, direct.datasets);
    }

    void standardsEventsIngest()
    {
        const QDir events(TestSupport::standardsDir() + "/openlineage/events"_L1);
        if (!events.exists())
            QSKIP(qPrintable(u"the standards folder is absent: "_s + events.path()));
        auto store = newStore();
        const QStringList files = OpenLineage::find({events.path()}, true);
        QCOMPARE(files.size(), 9);
        const OpenLineage::Read read = OpenLineage::readFiles(files);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.value(0).toString()));
        const auto report = store->ingestEvents(read.events);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->added + report->duplicates, int(read.events.size()));

        // The 3-step ETL: extract completed, transform completed, load failed with its error,
        // the pipeline failed; the three tasks are children of the pipeline run.
        const QString pipeline = u"0194f5a0-0000-7000-8000-000000000001"_s;
        const QList<std::tuple<QString, QString, RunState>> expected{
            {pipeline, u"sales_orders_etl"_s, RunState::Failed},
            {u"0194f5a0-0000-7000-8000-000000000011"_s, u"sales_orders_etl.extract_orders"_s, RunState::Completed},
            {u"0194f5a0-0000-7000-8000-000000000012"_s, u"sales_orders_etl.transform_orders"_s, RunState::Completed},
            {u"0194f5a0-0000-7000-8000-000000000013"_s, u"sales_orders_etl.load_orders"_s, RunState::Failed},
        };
        for (const auto &[runId, job, state] : expected) {
            const Run run = store->run(runId).value().value();
            QCOMPARE(run.jobName, job);
            QCOMPARE(run.state, state);
        }
        const Run etl = store->run(pipeline).value().value();
        QVERIFY(etl.parentRunId.isEmpty());
        QVERIFY(etl.nominalStart.isValid());
        const Run load = store->run(u"0194f5a0-0000-7000-8000-000000000013"_s).value().value();
        QVERIFY2(load.errorMessage.contains("duplicate key"_L1), qPrintable(load.errorMessage));
        QVERIFY(!load.stackTrace().isEmpty());
        RunQuery children;
        children.parentRunId = pipeline;
        const auto tasks = store->runs(children);
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 3);
        for (const Run &task : tasks.value()) {
            QCOMPARE(task.parentRunId, pipeline);
            QCOMPARE(task.parentJobName, u"sales_orders_etl"_s);
        }
        // Quality assertions and metrics reach the transform's input dataset.
        const Run transform = store->run(u"0194f5a0-0000-7000-8000-000000000012"_s).value().value();
        const RunDataset *raw = transform.dataset({u"s3://acme-raw"_s, u"orders/dt=2025-12-10"_s}, false);
        QVERIFY(raw);
        QVERIFY(raw->facets.facets.contains(u"dataQualityMetrics"_s));
        QVERIFY(raw->facets.facets.contains(u"dataQualityAssertions"_s));
        // Job and dataset events keep their facets.
        QCOMPARE(count(*store, u"job_facets"_s), 1);
        const auto schema = store->datasetFacets(u"my-dataset-namespace"_s, u"my-dataset-name"_s);
        QVERIFY(schema);
        QCOMPARE(schema->value(u"schema"_s).toObject().value(u"fields"_s).toArray().size(), 1);
        const auto documented = store->datasetFacets(u"my-datasource-namespace"_s, u"instance.schema.output-1"_s);
        QCOMPARE(documented->value(u"documentation"_s).toObject().value(u"description"_s).toString(), u"output documentation"_s);
        // The lineage they report is there too.
        QVERIFY(!store->lineageFacts()->jobs.isEmpty());
        // And all of it once only.
        const auto again = store->ingestEvents(read.events);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
    }

    void malformedLinesAreReportedAndTheRestIngests_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::newRow("invalid JSON") << QByteArray("{\"eventType\": \"START\", \"eventTime\": ") << u"not valid JSON"_s
                                      << QString();
        QTest::newRow("invalid UTF-8") << QByteArray("{\"eventType\": \"START\", \"x\": \"\xC3\x28\"}") << u"UTF-8"_s
                                       << QString();
        QTest::newRow("no runId") << QByteArray("{\"eventType\":\"START\",\"eventTime\":\"2026-11-10T02:00:00Z\",\"producer\":"
                                                "\"p\",\"run\":{},\"job\":{\"namespace\":\"n\",\"name\":\"j\"}}")
                                  << u"runId is required"_s << u"run.runId"_s;
        QTest::newRow("no eventTime") << QByteArray(
            "{\"eventType\":\"START\",\"producer\":\"p\",\"run\":{\"runId\":\"x\"},\"job\":{\"namespace\":\"n\",\"name\":\"j\"}}")
                                      << u"eventTime is required"_s << u"eventTime"_s;
        QTest::newRow("no job name") << QByteArray("{\"eventType\":\"START\",\"eventTime\":\"2026-11-10T02:00:00Z\",\"producer\":"
                                                   "\"p\",\"run\":{\"runId\":\"x\"},\"job\":{\"namespace\":\"n\"}}")
                                     << u"job.name is required"_s << u"job.name"_s;
        QTest::newRow("wrong eventType") << QByteArray(
            "{\"eventType\":\"FINISHED\",\"eventTime\":\"2026-11-10T02:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":\"x\"},"
            "\"job\":{\"namespace\":\"n\",\"name\":\"j\"}}")
                                         << u"eventType must be one of"_s << u"eventType"_s;
        QTest::newRow("duplicate key") << QByteArray(
            "{\"eventType\":\"START\",\"eventTime\":\"2026-11-10T02:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":\"x\","
            "\"runId\":\"y\"},\"job\":{\"namespace\":\"n\",\"name\":\"j\"}}")
                                       << u"the key \"runId\" appears more than once"_s << QString();
        QByteArray huge = "{\"eventType\":\"START\",\"eventTime\":\"2026-11-10T02:00:00Z\",\"producer\":\"p\",\"run\":{\"runId\":"
                          "\"x\"},\"job\":{\"namespace\":\"n\",\"name\":\"j\"},\"pad\":\"";
        huge += QByteArray(OpenLineage::maxEventBytes, 'a') + "\"}";
        QTest::newRow("over 16 MB") << huge << u"larger than 16 MB"_s << QString();
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"must be a JSON object"_s << QString();
    }

    void malformedLinesAreReportedAndTheRestIngests()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, message);
        QFETCH(QString, field);
        auto store = newStore();
        QByteArray file = ndjson({runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"good1"_s)});
        file += badLine + '\n';
        file += ndjson({runEvent(u"COMPLETE"_s, u"2026-11-10T02:10:00Z"_s, u"good1"_s)});
        const OpenLineage::Read read = OpenLineage::parse(file, u"events.ndjson"_s);
        QCOMPARE(read.errors.size(), 1);
        const Error &e = read.errors.first();
        QCOMPARE(e.file, u"events.ndjson"_s);
        QCOMPARE(e.line, 2);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        if (!field.isEmpty())
            QCOMPARE(e.field, field);
        QCOMPARE(read.events.size(), 2);
        QCOMPARE(read.events.at(1).line, 3);
        QVERIFY(store->ingestEvents(read.events));
        QCOMPARE(store->run(u"good1"_s).value().value().state, RunState::Completed);
        QCOMPARE(count(*store, u"runs"_s), 1);
    }

    void duplicateKeysInArraysAndSingleEvents()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            QSKIP("no store involved");
        // An array: the element with the repeated key is left out, named by index and line.
        const QByteArray array = "[\n"
            + QJsonDocument(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"a"_s)).toJson(QJsonDocument::Compact)
            + ",\n{\"eventType\":\"START\",\"eventType\":\"FAIL\"},\n"
            + QJsonDocument(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"b"_s)).toJson(QJsonDocument::Compact) + "\n]";
        const OpenLineage::Read fromArray = OpenLineage::parse(array, u"events.json"_s);
        QCOMPARE(fromArray.events.size(), 2);
        QCOMPARE(fromArray.events.at(1).line, 4);
        QCOMPARE(fromArray.errors.size(), 1);
        QCOMPARE(fromArray.errors.first().line, 3);
        QCOMPARE(fromArray.errors.first().field, u"[1]"_s);
        QVERIFY(fromArray.errors.first().message.contains("eventType"_L1));
        // Keys that differ only in how they are escaped are the same key.
        const OpenLineage::Read escaped
            = OpenLineage::parse("{\"run\": {\"runId\": \"a\", \"run\\u0049d\": \"b\"}}", u"one.json"_s);
        QCOMPARE(escaped.errors.size(), 1);
        QVERIFY(escaped.errors.first().message.contains("runId"_L1));
        // The same key in different objects is fine.
        const QByteArray fine = QJsonDocument(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"c"_s, u"j"_s,
                                                       QJsonObject{{u"name"_s, QJsonObject{{u"name"_s, 1}}}}))
                                    .toJson();
        QVERIFY(OpenLineage::parse(fine, u"one.json"_s).errors.isEmpty());
    }

    void failedIngestWritesNothing()
    {
        auto store = newStore();
        QVERIFY(store->ingestEvents({parsed(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"r1"_s))}));
        // Break the table the second half of an ingest writes to: the whole ingest fails.
        {
            QSqlQuery q(store->database());
            QVERIFY(q.exec(u"DROP TABLE run_datasets"_s));
        }
        const QJsonArray outputs{QJsonObject{{u"namespace"_s, u"n"_s}, {u"name"_s, u"d"_s}}};
        const auto failed
            = store->ingestEvents({parsed(runEvent(u"COMPLETE"_s, u"2026-11-10T02:10:00Z"_s, u"r1"_s, u"j"_s, {}, outputs)),
                                   parsed(runEvent(u"START"_s, u"2026-11-10T02:00:00Z"_s, u"r9"_s))});
        QVERIFY(!failed);
        QVERIFY(!failed.error().message.isEmpty());
        QCOMPARE(count(*store, u"run_events"_s), 1);
        const auto runs = store->runs();
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().state, RunState::Running);
    }

    void runQueries()
    {
        auto store = newStore();
        QList<OpenLineageEvent> events;
        for (int day = 1; day <= 5; ++day) {
            const QString id = u"day%1"_s.arg(day);
            const QString date = u"2026-11-%1T02:"_s.arg(day, 2, 10, QLatin1Char('0'));
            events << parsed(runEvent(u"START"_s, date + "00:00Z"_L1, id))
                   << parsed(runEvent(u"COMPLETE"_s, date + "20:00Z"_L1, id));
        }
        events << parsed(runEvent(u"START"_s, u"2026-11-03T05:00:00Z"_s, u"other"_s, u"other.job"_s));
        QVERIFY(store->ingestEvents(events));
        const auto all = store->runs();
        QVERIFY(all);
        QCOMPARE(all->size(), 6);
        QCOMPARE(all->first().runId, u"day5"_s); // newest first
        RunQuery byJob;
        byJob.jobName = u"nightly.load"_s;
        byJob.limit = 2;
        const auto two = store->runs(byJob);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(1).runId, u"day4"_s);
        RunQuery window;
        window.since = QDateTime::fromString(u"2026-11-03T00:00:00Z"_s, Qt::ISODate);
        window.until = QDateTime::fromString(u"2026-11-04T00:00:00Z"_s, Qt::ISODate);
        window.withDatasets = true;
        const auto third = store->runs(window);
        QCOMPARE(third->size(), 2);
        RunQuery running;
        running.state = RunState::Running;
        const auto stillRunning = store->runs(running);
        QCOMPARE(stillRunning->size(), 1);
        QCOMPARE(stillRunning->first().runId, u"other"_s);
        QVERIFY(!store->run(u"nonesuch"_s).value());
    }

    // --- the overview ---------------------------------------------------------------------

    void overviewOfTheSampleMesh()
    {
        auto store = newStore();
        QVERIFY(SampleMesh::importInto(*store));
        const auto runs = store->runs();
        QVERIFY(runs);
        QCOMPARE(runs->size(), 85); // five nights of each domain's pipeline and its tasks
        const LineageInput input = store->lineageInput().value();
        const LineageGraph graph = LineageGraph::build(input);
        // The morning after the last night: 2026-11-14 09:00.
        const QDateTime now = QDateTime::fromString(u"2026-11-14T09:00:00Z"_s, Qt::ISODate);
        const PipelineOverview o = PipelineOverview::compute(runs.value(), graph, input, now, now.addDays(-7));
        QVERIFY(!o.jobs.isEmpty());
        QVERIFY(!o.products.isEmpty());

        // sales_nightly.build_orders failed on the last night: Sales Orders is failed, its data
        // is as old as the last success, and it is late against its SLA.
        const JobStatus *orders = o.job(u"airflow://sales"_s, u"sales_nightly.build_orders"_s);
        QVERIFY(orders);
        QCOMPARE(orders->latest->state, RunState::Failed);
        QVERIFY(orders->productIds.contains(u"sales.orders"_s));
        QCOMPARE(orders->runs, 5);
        QVERIFY(orders->failures >= 1);
        QVERIFY(orders->lastSuccess.isValid());
        QVERIFY(orders->lastSuccess < orders->latest->endedAt);
        const ProductPipelineStatus *product = o.product(u"sales.orders"_s);
        QVERIFY(product);
        QCOMPARE(product->state, std::optional(RunState::Failed));
        QCOMPARE(product->lastSuccess, orders->lastSuccess);
        QVERIFY(product->allowedAgeSeconds);
        QCOMPARE(product->ageSeconds, orders->lastSuccess.secsTo(now));
        QCOMPARE(product->freshness, product->ageSeconds > *product->allowedAgeSeconds ? Freshness::Late : Freshness::Fresh);
        QVERIFY2(PipelineOverview::freshnessText(*product).startsWith(product->freshness == Freshness::Late ? "late by"_L1
                                                                                                            : "fresh:"_L1),
                 qPrintable(PipelineOverview::freshnessText(*product)));

        // Every product's state is the worst of its jobs', its counts their sums.
        for (const ProductPipelineStatus &p : o.products) {
            int runsSum = 0;
            for (int j : p.jobs) {
                runsSum += o.jobs.at(j).runs;
                if (o.jobs.at(j).latest && o.jobs.at(j).latest->state == RunState::Failed)
                    QCOMPARE(p.state, std::optional(RunState::Failed));
            }
            QCOMPARE(p.runs, runsSum);
        }
        // A week later everything with a latency is late.
        const PipelineOverview later = PipelineOverview::compute(runs.value(), graph, input, now.addDays(7), now);
        for (const ProductPipelineStatus &p : later.products) {
            if (p.allowedAgeSeconds && *p.allowedAgeSeconds < 7 * 86400)
                QCOMPARE(p.freshness, Freshness::Late);
            QCOMPARE(p.runs, 0); // no run in that window
        }
    }

    void durationsTrend()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend != "sqlite"_L1)
            QSKIP("no store involved");
        QList<Run> runs;
        const int minutes[] = {10, 12, 11, 30};
        for (int i = 0; i < 4; ++i) {
            const QString id = u"r%1"_s.arg(i);
            const QString date = u"2026-11-1%1T02:"_s.arg(i);
            runs.prepend(Runs::fromEvents({parsed(runEvent(u"START"_s, date + "00:00Z"_L1, id)),
                                           parsed(runEvent(u"COMPLETE"_s, date + u"%1:00Z"_s.arg(minutes[i]), id))}));
        }
        const PipelineOverview o = PipelineOverview::compute(runs, LineageGraph(), LineageInput(),
                                                             QDateTime::fromString(u"2026-11-14T00:00:00Z"_s, Qt::ISODate),
                                                             QDateTime::fromString(u"2026-11-01T00:00:00Z"_s, Qt::ISODate));
        QCOMPARE(o.jobs.size(), 1);
        const JobStatus &job = o.jobs.first();
        QCOMPARE(job.durations, (QList<qint64>{600000, 720000, 660000, 1800000}));
        QCOMPARE(job.lastDurationMs(), std::optional<qint64>(1800000));
        QCOMPARE(job.typicalDurationMs(), std::optional<qint64>(660000));
        QVERIFY(o.products.isEmpty()); // no lineage: the job belongs to no product
    }
};

QTEST_GUILESS_MAIN(TestPipelines)
#include "tst_pipelines.moc"
