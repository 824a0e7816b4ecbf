#pragma once

// What a run's facets say, read for people: the figures of the datasets it read and wrote (row
// counts, sizes, quality assertions with pass or fail) and its details as HTML for the details
// dock (inputs and outputs, facets, error message and stack trace, events).

#include "models/pipelines/runstate.h"

#include <QCoreApplication>

#include <optional>

namespace Tessera {

struct QualityAssertion {
    QString assertion; // "not_null", "unique", ...
    QString column; // empty: about the whole dataset
    bool success = false;
    friend bool operator==(const QualityAssertion &, const QualityAssertion &) = default;
};

// A dataset of a run and the figures its facets report.
struct DatasetFigures {
    DatasetName name;
    bool output = false;
    std::optional<qint64> rowCount; // outputStatistics, inputStatistics or dataQualityMetrics
    std::optional<qint64> bytes;
    std::optional<qint64> fileCount;
    QList<QualityAssertion> assertions; // dataQualityAssertions
    QStringList facetNames;
};

class RunDetails
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::RunDetails)

public:
    static DatasetFigures figures(const RunDataset &dataset);
    // Inputs first, then outputs, each in the run's order.
    static QList<DatasetFigures> figures(const Run &run);
    // A facet in a line: "BATCH · AIRFLOW · DAG" for jobType, the owners for ownership, ...;
    // compact JSON (shortened) for facets without a reading of their own.
    static QString facetSummary(const QString &name, const QJsonObject &facet);
    // The run as the details dock shows it (run: a run with all its facets, CatalogStore::run).
    // Links: "run:<id>" for the parent run.
    static QString html(const Run &run, const QList<RunEventRecord> &events, const QDateTime &now);
};

} // namespace Tessera
