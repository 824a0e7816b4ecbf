#include "models/pipelines/runstate.h"

#include "models/core/isotime.h"

#include <QJsonArray>
#include <QSet>

namespace Tessera {

namespace {

// The run facets the state and times depend on: what the catalog keeps with each run.
constexpr std::initializer_list<const char *> summaryFacetNames = {"nominalTime", "parent", "errorMessage"};

struct StateName {
    RunState state;
    const char *key;
};
constexpr StateName stateNames[] = {
    {RunState::New, "NEW"},         {RunState::Running, "RUNNING"}, {RunState::Completed, "COMPLETED"},
    {RunState::Aborted, "ABORTED"}, {RunState::Failed, "FAILED"},
};

// Which end wins when two arrive with the same eventTime: the worse one, whatever the order.
int endRank(RunState state)
{
    switch (state) {
    case RunState::Failed:
        return 3;
    case RunState::Aborted:
        return 2;
    case RunState::Completed:
        return 1;
    default:
        return 0;
    }
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

} // namespace

QString Runs::stateKey(RunState state)
{
    for (const StateName &n : stateNames) {
        if (n.state == state)
            return QLatin1String(n.key);
    }
    return QString();
}

std::optional<RunState> Runs::stateFromKey(const QString &key)
{
    for (const StateName &n : stateNames) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0)
            return n.state;
    }
    return std::nullopt;
}

QString Runs::stateText(RunState state)
{
    switch (state) {
    case RunState::New:
        return tr("new");
    case RunState::Running:
        return tr("running");
    case RunState::Completed:
        return tr("completed");
    case RunState::Aborted:
        return tr("aborted");
    case RunState::Failed:
        return tr("failed");
    }
    return QString();
}

bool Runs::isTerminal(RunState state)
{
    return state == RunState::Completed || state == RunState::Aborted || state == RunState::Failed;
}

void FacetSet::merge(const QJsonObject &incoming, const QString &stamp)
{
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        const QJsonValue held = times.value(it.key());
        if (held.isString() && held.toString() > stamp)
            continue;
        facets.insert(it.key(), it.value());
        times.insert(it.key(), stamp);
    }
}

FacetSet FacetSet::only(std::initializer_list<const char *> names) const
{
    FacetSet some;
    for (const char *name : names) {
        const QLatin1String key(name);
        if (facets.contains(key)) {
            some.facets.insert(key, facets.value(key));
            some.times.insert(key, times.value(key));
        }
    }
    return some;
}

QString Run::stackTrace() const
{
    return facets.facets.value(QLatin1String("errorMessage")).toObject().value(QLatin1String("stackTrace")).toString();
}

std::optional<qint64> Run::durationMs(const QDateTime &now) const
{
    if (!startedAt.isValid())
        return std::nullopt;
    if (endedAt.isValid())
        return startedAt.msecsTo(endedAt);
    if (state == RunState::Running && now.isValid())
        return startedAt.msecsTo(now);
    return std::nullopt;
}

QDateTime Run::time() const
{
    if (startedAt.isValid())
        return startedAt;
    if (endedAt.isValid())
        return endedAt;
    return nominalStart;
}

const RunDataset *Run::dataset(const DatasetName &name, bool output) const
{
    for (const RunDataset &d : datasets) {
        if (d.name == name && d.output == output)
            return &d;
    }
    return nullptr;
}

void Runs::apply(Run &run, const OpenLineageEvent &event, Keep keep)
{
    const bool all = keep == Keep::AllFacets;
    if (event.kind != OpenLineageEvent::Kind::Run)
        return;
    if (run.runId.isEmpty())
        run.runId = event.runId;
    run.jobNamespace = event.jobNamespace;
    run.jobName = event.jobName;
    const QDateTime time = event.eventTime.toUTC();
    const QString stamp = isoUtcText(time);

    const QJsonObject runFacets = event.json.value(QLatin1String("run")).toObject().value(QLatin1String("facets")).toObject();
    if (all) {
        run.facets.merge(runFacets, stamp);
        run.jobFacets.merge(event.json.value(QLatin1String("job")).toObject().value(QLatin1String("facets")).toObject(), stamp);
    } else {
        QJsonObject summary;
        for (const char *name : summaryFacetNames) {
            const auto it = runFacets.constFind(QLatin1String(name));
            if (it != runFacets.constEnd())
                summary.insert(it.key(), it.value());
        }
        run.facets.merge(summary, stamp);
    }
    for (const char *list : {"inputs", "outputs"}) {
        const bool output = qstrcmp(list, "outputs") == 0;
        const QJsonArray datasets = event.json.value(QLatin1String(list)).toArray();
        for (const QJsonValue &value : datasets) {
            const QJsonObject d = value.toObject();
            const DatasetName name{d.value(QLatin1String("namespace")).toString(), d.value(QLatin1String("name")).toString()};
            auto it = std::find_if(run.datasets.begin(), run.datasets.end(), [&](const RunDataset &r) {
                return r.name == name && r.output == output;
            });
            if (it == run.datasets.end()) {
                run.datasets.append(RunDataset{name, output, {}});
                it = run.datasets.end() - 1;
            }
            if (!all)
                continue;
            it->facets.merge(d.value(QLatin1String("facets")).toObject(), stamp);
            it->facets.merge(d.value(QLatin1String(output ? "outputFacets" : "inputFacets")).toObject(), stamp);
        }
    }

    const QString type = event.eventType;
    if (type == QLatin1String("START") || type == QLatin1String("RUNNING")) {
        if (!run.startedAt.isValid() || time < run.startedAt)
            run.startedAt = time;
        if (run.state == RunState::New)
            run.state = RunState::Running;
    } else if (type == QLatin1String("COMPLETE") || type == QLatin1String("ABORT") || type == QLatin1String("FAIL")) {
        const RunState end = type == QLatin1String("COMPLETE") ? RunState::Completed
            : type == QLatin1String("ABORT")                   ? RunState::Aborted
                                                               : RunState::Failed;
        // The latest end decides: a COMPLETE that arrives before its START still ends the run.
        if (!run.endedAt.isValid() || time > run.endedAt || (time == run.endedAt && endRank(end) > endRank(run.state))) {
            run.state = end;
            run.endedAt = time;
        }
    }
    if (!run.lastEventTime.isValid() || time > run.lastEventTime)
        run.lastEventTime = time;

    // What the facets say, as they stand now (they change only with one of these facets).
    const bool summaryChanged = std::any_of(summaryFacetNames.begin(), summaryFacetNames.end(), [&runFacets](const char *name) {
        return runFacets.contains(QLatin1String(name));
    });
    if (!summaryChanged)
        return;
    const QJsonObject nominal = run.facets.facets.value(QLatin1String("nominalTime")).toObject();
    run.nominalStart = timeOf(nominal, "nominalStartTime");
    run.nominalEnd = timeOf(nominal, "nominalEndTime");
    run.errorMessage
        = run.facets.facets.value(QLatin1String("errorMessage")).toObject().value(QLatin1String("message")).toString();
    const QJsonObject parent = run.facets.facets.value(QLatin1String("parent")).toObject();
    run.parentRunId = parent.value(QLatin1String("run")).toObject().value(QLatin1String("runId")).toString();
    const QJsonObject parentJob = parent.value(QLatin1String("job")).toObject();
    run.parentJobNamespace = parentJob.value(QLatin1String("namespace")).toString();
    run.parentJobName = parentJob.value(QLatin1String("name")).toString();
}

FacetSet Runs::summaryFacets(const Run &run)
{
    return run.facets.only(summaryFacetNames);
}

Run Runs::fromEvents(const QList<OpenLineageEvent> &events)
{
    Run run;
    QSet<QJsonObject> seen; // the same event twice counts once
    for (const OpenLineageEvent &e : events) {
        apply(run, e);
        if (e.kind == OpenLineageEvent::Kind::Run && !seen.contains(e.json)) {
            seen.insert(e.json);
            ++run.eventCount;
        }
    }
    return run;
}

} // namespace Tessera
