// CatalogStore's runs: OpenLineage events in, runs, events and facets out.

#include "models/catalog/catalogstore.h"
#include "models/catalog/catalogstore_p.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

namespace Tessera {

namespace {

const QString runColumns
    = QStringLiteral("run_id, job_namespace, job_name, state, started_at, ended_at, nominal_start, nominal_end, parent_run_id, "
                     "parent_job_namespace, parent_job_name, event_count, last_event_at, error_message, facets, facet_times");

// JSON text without the spaces between its tokens: the same event pretty-printed or not is
// the same event. text must be valid JSON.
QByteArray minified(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    char *to = out.data();
    const char *from = text.data();
    const char *const end = from + text.size();
    bool inString = false;
    for (; from < end; ++from) {
        const char c = *from;
        if (inString) {
            *to++ = c;
            if (c == '\\' && from + 1 < end)
                *to++ = *++from;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            *to++ = c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            *to++ = c;
        }
    }
    out.truncate(to - out.data());
    return out;
}

// An event's text: as read, or written anew for one made in memory.
QByteArray eventText(const OpenLineageEvent &e)
{
    return e.raw.isEmpty() ? QJsonDocument(e.json).toJson(QJsonDocument::Compact) : e.raw;
}

// An event's identity: the hash of its text without spaces (128 bits of SHA-256, as hex).
QString eventId(const OpenLineageEvent &e)
{
    const QByteArray body = eventText(e);
    return QString::fromLatin1(QCryptographicHash::hash(minified(body), QCryptographicHash::Sha256).first(16).toHex());
}

Run runFromRow(const QSqlQuery &q)
{
    Run run;
    run.runId = q.value(0).toString();
    run.jobNamespace = q.value(1).toString();
    run.jobName = q.value(2).toString();
    run.state = Runs::stateFromKey(q.value(3).toString()).value_or(RunState::New);
    run.startedAt = timeFrom(q.value(4));
    run.endedAt = timeFrom(q.value(5));
    run.nominalStart = timeFrom(q.value(6));
    run.nominalEnd = timeFrom(q.value(7));
    run.parentRunId = q.value(8).toString();
    run.parentJobNamespace = q.value(9).toString();
    run.parentJobName = q.value(10).toString();
    run.eventCount = q.value(11).toInt();
    run.lastEventTime = timeFrom(q.value(12));
    run.errorMessage = q.value(13).toString();
    run.facets = FacetSet{objectFrom(q.value(14)), objectFrom(q.value(15))};
    return run;
}

RunDataset datasetFromRow(const QSqlQuery &q, int first)
{
    return RunDataset{DatasetName{q.value(first + 1).toString(), q.value(first + 2).toString()},
                      q.value(first).toString() == QLatin1String("out"), FacetSet()};
}

} // namespace

Status CatalogStore::eventRows(Writer &w, const QList<OpenLineageEvent> &events, IngestReport *report,
                               std::function<void()> hashed, QSet<std::pair<QString, QString>> *newJobs) const
{
    IngestReport r;
    r.received = int(events.size());
    const QString what = tr("Ingesting OpenLineage events");
    // One ingest at a time where several people write: each merges the stored runs with its
    // events, and two at once would each miss the other's.
    if (const QString lock = ingestLockSql(); !lock.isEmpty()) {
        QSqlQuery *locked = w.query("ingestLock", lock);
        if (!locked->exec())
            return sqlError(*locked, what);
        locked->finish();
    }
    auto exec = [&](QSqlQuery *q, const QVariantList &values) -> Status {
        bindValues(q, values);
        if (!q->exec())
            return Status(sqlError(*q, what));
        return Ok{};
    };
    const QString receivedAt = timeText(QDateTime::currentDateTimeUtc());
    // An event's text: SQLite takes its UTF-8 bytes as they are and casts them to text (the same
    // bytes, no round trip through UTF-16); PostgreSQL takes it as text.
    const bool asBytes = dialect() == CatalogSchema::Dialect::Sqlite;
    auto body = [asBytes](const OpenLineageEvent &e) {
        return asBytes ? QVariant(eventText(e)) : QVariant(QString::fromUtf8(eventText(e)));
    };
    const QString bodyParameter = asBytes ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?");

    // Each event once: by the hash of its text without spaces. Its text is kept as it came.
    QHash<QString, QList<const OpenLineageEvent *>> runEvents;
    QStringList runOrder;
    QList<const OpenLineageEvent *> jobEvents, datasetEvents;
    // Hashing is the costly part of this loop: done on every core first.
    const QList<QString> ids = QtConcurrent::blockingMapped(events, eventId);
    if (hashed)
        hashed();
    QSet<QString> seen;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const OpenLineageEvent &e = events.at(i);
        const QString &id = ids.at(i);
        if (seen.contains(id)) {
            ++r.duplicates;
            continue;
        }
        seen.insert(id);
        const QString kind = e.kind == OpenLineageEvent::Kind::Run ? QStringLiteral("run")
            : e.kind == OpenLineageEvent::Kind::Job                ? QStringLiteral("job")
                                                                   : QStringLiteral("dataset");
        QSqlQuery *insert = w.query("runEvent",
                                    QStringLiteral("INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, "
                                                   "job_namespace, job_name, file, line, received_at, received_by, body) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1) "
                                                   "ON CONFLICT (event_id) DO NOTHING")
                                        .arg(bodyParameter));
        if (Status s = exec(insert,
                            {id, kind, e.runId, e.eventType, timeText(e.eventTime), e.jobNamespace, e.jobName, e.file, e.line,
                             receivedAt, m_actor, body(e)});
            !s)
            return s;
        if (insert->numRowsAffected() == 0) {
            ++r.duplicates;
            continue;
        }
        ++r.added;
        if (newJobs)
            newJobs->insert({e.jobNamespace, e.jobName});
        if (e.kind == OpenLineageEvent::Kind::Run) {
            auto &list = runEvents[e.runId];
            if (list.isEmpty())
                runOrder << e.runId;
            list << &e;
        } else if (e.kind == OpenLineageEvent::Kind::Job) {
            jobEvents << &e;
        } else {
            datasetEvents << &e;
        }
    }

    // The runs they belong to: what was stored, then merged with the new events (on every core:
    // runs do not depend on each other), then written.
    struct Work {
        Run run;
        qsizetype knownDatasets = 0;
        const QList<const OpenLineageEvent *> *events = nullptr;
        QVariantList row;
    };
    std::vector<Work> work(size_t(runOrder.size()));
    QHash<QString, Work *> workOf;
    for (qsizetype i = 0; i < runOrder.size(); ++i) {
        Work &item = work[size_t(i)];
        item.events = &*runEvents.constFind(runOrder.at(i));
        workOf.insert(runOrder.at(i), &item);
    }
    // The runs already stored, read a few hundred at a time (one query each, not one per run).
    constexpr qsizetype batch = 256;
    for (qsizetype from = 0; from < runOrder.size(); from += batch) {
        const QStringList ids = runOrder.mid(from, batch);
        const QString marks = QStringLiteral("?,").repeated(ids.size()).chopped(1);
        const std::string size = std::to_string(ids.size());
        QSqlQuery *load
            = w.query("loadRuns" + size, QStringLiteral("SELECT %1 FROM runs WHERE run_id IN (%2)").arg(runColumns, marks));
        if (Status s = exec(load, QVariantList(ids.cbegin(), ids.cend())); !s)
            return s;
        QStringList found;
        while (load->next()) {
            Run run = runFromRow(*load);
            found << run.runId;
            workOf.value(run.runId)->run = std::move(run);
        }
        load->finish();
        if (found.isEmpty())
            continue;
        QSqlQuery *datasets
            = w.query("loadRunDatasets" + std::to_string(found.size()),
                      QStringLiteral("SELECT run_id, direction, namespace, name FROM run_datasets WHERE run_id IN (%1)")
                          .arg(QStringLiteral("?,").repeated(found.size()).chopped(1)));
        if (Status s = exec(datasets, QVariantList(found.cbegin(), found.cend())); !s)
            return s;
        while (datasets->next())
            workOf.value(datasets->value(0).toString())->run.datasets << datasetFromRow(*datasets, 1);
        datasets->finish();
    }
    for (Work &item : work)
        item.knownDatasets = item.run.datasets.size();
    QtConcurrent::blockingMap(work, [](Work &item) {
        Run &run = item.run;
        for (const OpenLineageEvent *e : *item.events)
            Runs::apply(run, *e, Runs::Keep::Summary); // the rest stays in the events
        run.eventCount += int(item.events->size());
        const FacetSet summary = Runs::summaryFacets(run);
        item.row = {run.runId,
                    run.jobNamespace,
                    run.jobName,
                    Runs::stateKey(run.state),
                    timeText(run.time()),
                    timeText(run.startedAt),
                    timeText(run.endedAt),
                    timeText(run.nominalStart),
                    timeText(run.nominalEnd),
                    run.parentRunId,
                    run.parentJobNamespace,
                    run.parentJobName,
                    run.errorMessage,
                    run.eventCount,
                    timeText(run.lastEventTime),
                    compact(summary.facets),
                    compact(summary.times)};
    });
    for (const Work &item : work) {
        ++r.runs;
        QSqlQuery *save = w.query(
            "saveRun",
            QStringLiteral(
                "INSERT INTO runs (run_id, job_namespace, job_name, state, run_time, started_at, ended_at, nominal_start, "
                "nominal_end, parent_run_id, parent_job_namespace, parent_job_name, error_message, event_count, "
                "last_event_at, facets, facet_times) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                "job_namespace = excluded.job_namespace, job_name = excluded.job_name, state = excluded.state, "
                "run_time = excluded.run_time, started_at = excluded.started_at, ended_at = excluded.ended_at, "
                "nominal_start = excluded.nominal_start, nominal_end = excluded.nominal_end, "
                "parent_run_id = excluded.parent_run_id, parent_job_namespace = excluded.parent_job_namespace, "
                "parent_job_name = excluded.parent_job_name, error_message = excluded.error_message, "
                "event_count = excluded.event_count, last_event_at = excluded.last_event_at, "
                "facets = excluded.facets, facet_times = excluded.facet_times"));
        if (Status s = exec(save, item.row); !s)
            return s;
        for (qsizetype i = item.knownDatasets; i < item.run.datasets.size(); ++i) {
            const RunDataset &d = item.run.datasets.at(i);
            QSqlQuery *saveDataset = w.query("saveRunDataset",
                                             QStringLiteral("INSERT INTO run_datasets (run_id, direction, namespace, name) "
                                                            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
            if (Status s
                = exec(saveDataset,
                       {item.run.runId, d.output ? QStringLiteral("out") : QStringLiteral("in"), d.name.ns, d.name.name});
                !s)
                return s;
        }
    }
    // Job and dataset events carry facets of their own.
    auto mergeFacets = [&](const char *table, const QString &ns, const QString &name, const QJsonObject &facets,
                           const QDateTime &time) -> Status {
        const std::string key(table);
        QSqlQuery *load = w.query(
            "load_" + key,
            QStringLiteral("SELECT facets, facet_times FROM %1 WHERE namespace = ? AND name = ?").arg(QLatin1String(table)));
        if (Status s = exec(load, {ns, name}); !s)
            return s;
        FacetSet set;
        const bool known = load->next();
        if (known)
            set = FacetSet{objectFrom(load->value(0)), objectFrom(load->value(1))};
        load->finish();
        const FacetSet before = set;
        set.merge(facets, timeText(time));
        if (known && set == before)
            return Ok{};
        return exec(w.query("save_" + key,
                            QStringLiteral("INSERT INTO %1 (namespace, name, facets, facet_times) VALUES (?, ?, ?, ?) "
                                           "ON CONFLICT (namespace, name) DO UPDATE SET facets = excluded.facets, "
                                           "facet_times = excluded.facet_times")
                                .arg(QLatin1String(table))),
                    {ns, name, compact(set.facets), compact(set.times)});
    };
    for (const OpenLineageEvent *e : std::as_const(jobEvents)) {
        if (Status s
            = mergeFacets("job_facets", e->jobNamespace, e->jobName,
                          e->json.value(QLatin1String("job")).toObject().value(QLatin1String("facets")).toObject(), e->eventTime);
            !s)
            return s;
        // A job event's datasets carry facets of their own (documentation, schema, ...).
        for (const char *list : {"inputs", "outputs"}) {
            const QJsonArray datasets = e->json.value(QLatin1String(list)).toArray();
            for (const QJsonValue &value : datasets) {
                const QJsonObject dataset = value.toObject();
                const QJsonObject facets = dataset.value(QLatin1String("facets")).toObject();
                if (facets.isEmpty())
                    continue;
                if (Status s = mergeFacets("dataset_facets", dataset.value(QLatin1String("namespace")).toString(),
                                           dataset.value(QLatin1String("name")).toString(), facets, e->eventTime);
                    !s)
                    return s;
            }
        }
    }
    for (const OpenLineageEvent *e : std::as_const(datasetEvents)) {
        const QJsonObject dataset = e->json.value(QLatin1String("dataset")).toObject();
        if (Status s = mergeFacets("dataset_facets", dataset.value(QLatin1String("namespace")).toString(),
                                   dataset.value(QLatin1String("name")).toString(),
                                   dataset.value(QLatin1String("facets")).toObject(), e->eventTime);
            !s)
            return s;
    }
    if (!w.failure().isEmpty())
        return Error(what + QLatin1String(": ") + w.failure());
    if (report)
        *report = r;
    return Ok{};
}

Result<IngestReport> CatalogStore::ingestEvents(const QList<OpenLineageEvent> &events)
{
    if (Status started = begin(); !started)
        return started.error();
    Writer w(database());
    // The lineage the events report is worked out beside the storing of the events (it only
    // reads them; once they are hashed, which takes every core), and written after them.
    QFuture<LineageFacts> facts;
    IngestReport report;
    QSet<std::pair<QString, QString>> newJobs;
    Status s = eventRows(
        w, events, &report,
        [&facts, &events] {
            facts = QtConcurrent::run([&events] {
                return OpenLineage::lineageOf(events);
            });
        },
        &newJobs);
    if (!facts.isValid())
        facts = QtConcurrent::run([&events] {
            return OpenLineage::lineageOf(events);
        });
    // Only the lineage of jobs whose events are new here: what events received before reported
    // is stored already (and a team catalog's server takes lineage only beside a new event).
    SourceLineage lineage{QString(), facts.result()};
    keepJobs(lineage.facts, newJobs);
    lineage.add = true;
    if (s)
        s = lineageRows(w, lineage);
    if (s && report.added > 0)
        announce(QString());
    if (s)
        s = commit();
    if (!s) {
        rollback();
        return s.error();
    }
    return report;
}

Result<QList<Run>> CatalogStore::runs(const RunQuery &query) const
{
    QString where;
    QVariantList values;
    auto narrow = [&](const QString &condition, const QVariant &value) {
        where += (where.isEmpty() ? QLatin1String(" WHERE ") : QLatin1String(" AND ")) + condition;
        values << value;
    };
    if (!query.jobNamespace.isEmpty())
        narrow(QStringLiteral("job_namespace = ?"), query.jobNamespace);
    if (!query.jobName.isEmpty())
        narrow(QStringLiteral("job_name = ?"), query.jobName);
    if (!query.parentRunId.isEmpty())
        narrow(QStringLiteral("parent_run_id = ?"), query.parentRunId);
    if (query.since.isValid())
        narrow(QStringLiteral("run_time >= ?"), timeText(query.since));
    if (query.until.isValid())
        narrow(QStringLiteral("run_time < ?"), timeText(query.until));
    if (query.state)
        narrow(QStringLiteral("state = ?"), Runs::stateKey(*query.state));
    const QString limit = query.limit > 0 ? QStringLiteral(" LIMIT %1").arg(query.limit) : QString();
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM runs%2 ORDER BY run_time DESC, run_id%3").arg(runColumns, where, limit));
    bindValues(&q, values);
    if (!q.exec())
        return sqlError(q, tr("Reading the runs"));
    QList<Run> result;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), result.size());
        result << runFromRow(q);
    }
    if (query.withDatasets && !result.isEmpty()) {
        q.prepare(QStringLiteral("SELECT d.run_id, d.direction, d.namespace, d.name FROM run_datasets d "
                                 "WHERE d.run_id IN (SELECT run_id FROM runs%1 ORDER BY run_time DESC, run_id%2) "
                                 "ORDER BY d.run_id, d.direction, d.namespace, d.name")
                      .arg(where, limit));
        bindValues(&q, values);
        if (!q.exec())
            return sqlError(q, tr("Reading the datasets of runs"));
        while (q.next()) {
            const qsizetype i = index.value(q.value(0).toString(), -1);
            if (i >= 0)
                result[i].datasets << datasetFromRow(q, 1);
        }
    }
    return result;
}

Result<std::optional<Run>> CatalogStore::run(const QString &runId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE run_id = ?").arg(runColumns));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q, tr("Reading the run %1").arg(runId));
    if (!q.next())
        return std::optional<Run>();
    Run run = runFromRow(q);
    // Every facet, of the run, its job and its datasets: merged anew from its events.
    q.prepare(QStringLiteral("SELECT body FROM run_events WHERE run_id = ? AND kind = 'run' ORDER BY event_time, event_id"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q, tr("Reading the run %1").arg(runId));
    QList<OpenLineageEvent> events;
    while (q.next()) {
        const OpenLineage::Read read = OpenLineage::parse(q.value(0).toString().toUtf8());
        events << read.events;
    }
    const Run merged = Runs::fromEvents(events);
    run.facets = merged.facets;
    run.jobFacets = merged.jobFacets;
    run.datasets = merged.datasets;
    std::sort(run.datasets.begin(), run.datasets.end(), [](const RunDataset &a, const RunDataset &b) {
        return std::tie(a.output, a.name) < std::tie(b.output, b.name);
    });
    return std::optional<Run>(std::move(run));
}

Result<QList<RunEventRecord>> CatalogStore::runEvents(const QString &runId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT event_type, event_time, file, line FROM run_events WHERE run_id = ? AND kind = 'run' "
                             "ORDER BY event_time, received_at, event_id"));
    q.addBindValue(runId);
    if (!q.exec())
        return sqlError(q, tr("Reading the events of the run %1").arg(runId));
    QList<RunEventRecord> result;
    while (q.next())
        result << RunEventRecord{q.value(0).toString(), timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toInt()};
    return result;
}

Result<QJsonObject> CatalogStore::jobFacets(const QString &ns, const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT facets FROM job_facets WHERE namespace = ? AND name = ?"));
    bindValues(&q, {ns, name});
    if (!q.exec())
        return sqlError(q, tr("Reading the facets of the job %1").arg(name));
    return q.next() ? objectFrom(q.value(0)) : QJsonObject();
}

Result<QJsonObject> CatalogStore::datasetFacets(const QString &ns, const QString &name) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT facets FROM dataset_facets WHERE namespace = ? AND name = ?"));
    bindValues(&q, {ns, name});
    if (!q.exec())
        return sqlError(q, tr("Reading the facets of the dataset %1").arg(name));
    return q.next() ? objectFrom(q.value(0)) : QJsonObject();
}

} // namespace Tessera
