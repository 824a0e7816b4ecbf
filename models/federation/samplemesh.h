#pragma once

#include "models/catalog/catalogstore.h"
#include "models/federation/standardfiles.h"
#include "models/preview/csvreader.h"

#include <QCoreApplication>

namespace Tessera {

// The sample mesh built into Tessera (resources/sample-mesh), and the user's own catalog that
// starts as a copy of it.
class SampleMesh
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SampleMesh)

public:
    static QString root(); // ":/sample-mesh"
    static QStringList files(); // every file: standard files, sample CSV data, OpenLineage run logs
    static MeshFiles read();
    // The governance policies it ships (a folder of *.policy.yaml).
    static QString policiesFolder();
    // Copies the shipped policies into folder (created as needed), as a start the user edits;
    // files already there are kept.
    static Status copyPolicies(const QString &folder);
    // The sample data of a dataset (<domain>/samples/<dataset>.csv), up to maxRows records;
    // empty when it has none.
    static CsvTable sample(const QString &domainId, const QString &dataset, qsizetype maxRows = -1);

    // Imports the sample mesh into store, all or nothing.
    static Status importInto(CatalogStore &store);

    // Opens location; when it is the user's default catalog and does not exist yet, creates it
    // and fills it with the sample mesh first, so a new user starts with something to explore.
    static Result<std::unique_ptr<CatalogStore>> openCatalog(const CatalogLocation &location, const QString &actor);
};

} // namespace Tessera
