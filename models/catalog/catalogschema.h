#pragma once

#include <QList>
#include <QStringList>

namespace Tessera::CatalogSchema {

// One step of the catalog's schema history. The SQL is the same for SQLite and PostgreSQL: text,
// integers and ISO 8601 times only, so both backends hold exactly the same data.
struct Migration {
    int version;
    QStringList statements;
};

QList<Migration> migrations();

} // namespace Tessera::CatalogSchema
