#pragma once

#include "models/formats/odcs.h"

#include <QCoreApplication>

namespace Tessera {

// Data Product Descriptor Specification 1.0 (Open Data Mesh Initiative) descriptors, imported into
// the catalog: identity, domain, owner, tags and ports. Their port APIs (OpenAPI, AsyncAPI,
// DataStoreAPI definitions) are kept in the descriptor, not turned into columns.
class Dpds
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Dpds)

public:
    static Result<Odcs::Imported> toCatalog(const StandardDocument &descriptor, const QByteArray &text);
};

} // namespace Tessera
