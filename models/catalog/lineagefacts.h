#pragma once

// What the catalog knows about lineage, as stored: the jobs that read and write datasets and the
// columns they compute from which, as OpenLineage reports them (namespace + name identify a
// dataset, OpenLineage naming), plus what a lineage graph needs of the products themselves.

#include "models/catalog/entities.h"

#include <QHashFunctions>
#include <QList>
#include <QString>

namespace Tessera {

// A dataset as OpenLineage names it: "postgres://warehouse.internal:5432" + "mesh.sales.orders".
struct DatasetName {
    QString ns;
    QString name;
    friend bool operator==(const DatasetName &, const DatasetName &) = default;
    friend auto operator<=>(const DatasetName &, const DatasetName &) = default;
    friend size_t qHash(const DatasetName &d, size_t seed = 0) { return qHashMulti(seed, d.ns, d.name); }
};

// A job and the datasets it read and wrote (across all of its runs).
struct JobLineage {
    QString ns;
    QString name;
    QList<DatasetName> inputs;
    QList<DatasetName> outputs;
    friend bool operator==(const JobLineage &, const JobLineage &) = default;
};

// One column-level dependency: output.field is computed from input.field (OpenLineage columnLineage).
// An empty outputField means the whole output dataset (the facet's "dataset" list: filters, joins...).
struct ColumnLineage {
    QString jobNamespace;
    QString jobName;
    DatasetName output;
    QString outputField;
    DatasetName input;
    QString inputField;
    QString type; // DIRECT, INDIRECT
    QString subtype; // IDENTITY, TRANSFORMATION, AGGREGATION, FILTER, JOIN, ...
    QString description;
    bool masking = false;
    friend bool operator==(const ColumnLineage &, const ColumnLineage &) = default;
};

struct LineageFacts {
    QList<JobLineage> jobs;
    QList<ColumnLineage> columns;
    bool isEmpty() const { return jobs.isEmpty() && columns.isEmpty(); }
    // Adds other's facts, merging jobs with the same name and dropping repeated column facts.
    void merge(const LineageFacts &other);
    friend bool operator==(const LineageFacts &, const LineageFacts &) = default;
};

// What a lineage graph is built from, read from the catalog in one go (no documentation, no
// quality rules): light enough for catalogs of 100,000 products.
struct LineageInput {
    struct ProductRow {
        QString id;
        QString name;
        QString title;
        QString domainId;
        QString domainName;
        QString ownerTeamId;
        QString ownerTeamName;
        ProductStatus status = ProductStatus::Draft;
        QList<SlaProperty> sla;
    };
    struct DatasetRow {
        QString productId;
        QString name;
        QString physicalName;
        QString physicalType;
        QString server;
    };
    struct ColumnRow {
        QString productId;
        QString dataset;
        QString name;
        QString logicalType;
        QStringList transformSources;
        QString transformLogic;
    };
    struct PortRow {
        QString productId; // the consumer
        QString name;
        QString sourceProductId;
        QString sourceDataset;
    };
    QList<ProductRow> products;
    QList<DatasetRow> datasets;
    QList<ColumnRow> columns;
    QList<PortRow> ports;
    LineageFacts facts;
};

} // namespace Tessera
