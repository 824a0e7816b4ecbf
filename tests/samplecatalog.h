#pragma once

// A catalog file holding the sample mesh, for tests.
#include "models/catalog/catalogstore.h"
#include "models/federation/samplemesh.h"

namespace TestSupport {

// Makes the file (or fills it again) with the sample mesh, and closes it: false when that fails.
inline bool writeSampleCatalog(const QString &path)
{
    auto store = Tessera::CatalogStore::open(Tessera::CatalogLocation::sqliteFile(path), QStringLiteral("test"));
    return store && Tessera::SampleMesh::importInto(*store.value());
}

} // namespace TestSupport
