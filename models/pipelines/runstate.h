#pragma once

// Runs as Marquez reads them from OpenLineage run events: a run's state, times, parent and facets,
// merged from its events in any order. The merge is order-independent and idempotent: START and
// RUNNING make a run running, COMPLETE, ABORT and FAIL end it (the latest of them by eventTime
// decides), OTHER only adds metadata; a facet is replaced by one of the same name from an event
// that is not older.

#include "models/catalog/lineagefacts.h"
#include "models/formats/openlineage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tessera {

enum class RunState {
    New, // only OTHER events so far
    Running,
    Completed,
    Aborted,
    Failed,
};

// Facets merged from several events: each name keeps the value from the newest event carrying it.
struct FacetSet {
    QJsonObject facets;
    QJsonObject times; // facet name -> ISO eventTime of the event it came from
    // Takes each of incoming's facets unless the one held is from a newer event (stamp: that
    // event's time as UTC ISO 8601 with milliseconds, which sorts as text).
    void merge(const QJsonObject &incoming, const QString &stamp);
    // Only the facets named.
    FacetSet only(std::initializer_list<const char *> names) const;
    friend bool operator==(const FacetSet &, const FacetSet &) = default;
};

// A dataset a run read or wrote, with the facets its events reported (dataset facets together with
// inputFacets or outputFacets).
struct RunDataset {
    DatasetName name;
    bool output = false;
    FacetSet facets;
    friend bool operator==(const RunDataset &, const RunDataset &) = default;
};

// One event as the catalog keeps it for a run's history.
struct RunEventRecord {
    QString eventType;
    QDateTime eventTime;
    QString file; // where it was read from; empty when it came over HTTP
    int line = 0;
    friend bool operator==(const RunEventRecord &, const RunEventRecord &) = default;
};

struct Run {
    QString runId;
    QString jobNamespace;
    QString jobName;
    RunState state = RunState::New;
    QDateTime startedAt; // the earliest START or RUNNING; null when only its end is known
    QDateTime endedAt; // the event that ended it; null while it runs
    QDateTime nominalStart; // nominalTime facet
    QDateTime nominalEnd;
    QString parentRunId; // parent facet: the pipeline run this task run belongs to
    QString parentJobNamespace;
    QString parentJobName;
    FacetSet facets; // run facets
    FacetSet jobFacets;
    QList<RunDataset> datasets;
    int eventCount = 0;
    QDateTime lastEventTime;

    QString errorMessage; // from the errorMessage facet
    // From the errorMessage facet (not read with run lists, only with a single run).
    QString stackTrace() const;
    // Milliseconds from start to end (to now for a running run, if given); empty when unknown.
    std::optional<qint64> durationMs(const QDateTime &now = QDateTime()) const;
    // The time it is placed at: its start, else its end, else its nominal start.
    QDateTime time() const;
    QString jobKey() const { return jobNamespace + QLatin1Char('/') + jobName; }

    const RunDataset *dataset(const DatasetName &name, bool output) const;
    friend bool operator==(const Run &, const Run &) = default;
};

class Runs
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Runs)

public:
    // Marquez's names, as stored and written by the command line: NEW, RUNNING, COMPLETED, ABORTED, FAILED.
    static QString stateKey(RunState state);
    static std::optional<RunState> stateFromKey(const QString &key);
    // For people, translated.
    static QString stateText(RunState state);
    static bool isTerminal(RunState state);

    // Which facets apply() keeps: all of them, or only those summaryFacets() names (and the
    // datasets' names without their facets), which is what the catalog stores with a run.
    enum class Keep {
        AllFacets,
        Summary,
    };
    // Merges one run event into run (which it must belong to, or be new).
    static void apply(Run &run, const OpenLineageEvent &event, Keep keep = Keep::AllFacets);
    // The run facets the state and times depend on (nominalTime, parent, errorMessage): what the
    // catalog keeps with each run; the rest stays in the events.
    static FacetSet summaryFacets(const Run &run);
    // A run from its events, in any order; the same event twice counts once.
    static Run fromEvents(const QList<OpenLineageEvent> &events);
};

} // namespace Tessera
