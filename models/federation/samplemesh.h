#pragma once

#include "models/catalog/catalogstore.h"
#include "models/federation/standardfiles.h"

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

    // Imports the sample mesh into store, all or nothing.
    static Status importInto(CatalogStore &store);

    // Opens location; when it is the user's default catalog and does not exist yet, creates it
    // and fills it with the sample mesh first, so a new user starts with something to explore.
    static Result<std::unique_ptr<CatalogStore>> openCatalog(const CatalogLocation &location, const QString &actor);
};

} // namespace Tessera
