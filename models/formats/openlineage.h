#pragma once

#include "models/catalog/lineagefacts.h"
#include "models/core/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Tessera {

// One OpenLineage 2-0-x event (RunEvent, JobEvent or DatasetEvent) as read, with where it was.
struct OpenLineageEvent {
    enum class Kind {
        Run,
        Job,
        Dataset,
    };
    Kind kind = Kind::Run;
    QString eventType; // START, RUNNING, COMPLETE, ABORT, FAIL, OTHER; empty for job and dataset events
    QDateTime eventTime;
    QString runId;
    QString jobNamespace;
    QString jobName;
    QList<DatasetName> inputs;
    QList<DatasetName> outputs;
    QJsonObject json; // the whole event, facets included
    QByteArray raw; // its text as read (UTF-8 JSON); empty when it was made in memory
    QString file;
    int line = 0;
};

// Reads OpenLineage events from NDJSON files (one event per line), JSON arrays of events and single
// JSON events. A bad event is reported with its file and line and left out; the others are kept.
class OpenLineage
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::OpenLineage)

public:
    static constexpr qsizetype maxEventBytes = 16 * 1024 * 1024;
    static constexpr qsizetype maxFileBytes = 1024 * 1024 * 1024;

    struct Read {
        QList<OpenLineageEvent> events;
        QList<Error> errors;
    };
    static Read parse(const QByteArray &bytes, const QString &file = QString());
    static Read readFile(const QString &path);
    // Every file's events and problems together.
    static Read readFiles(const QStringList &paths);
    // Event logs in paths: files as given, folders searched for *.ndjson, *.jsonl and *.openlineage.json
    // (and every *.json with anyJson, for folders that hold nothing but events).
    static QStringList find(const QStringList &paths, bool anyJson = false);

    // The jobs with their inputs and outputs, and the column lineage their output datasets report.
    static LineageFacts lineageOf(const QList<OpenLineageEvent> &events);
};

} // namespace Tessera
