#pragma once

#include <QList>
#include <QStringList>

namespace Tessera::CatalogSchema {

enum class Dialect {
    Sqlite,
    Postgres,
};

// One step of the catalog's schema history. The tables are the same for SQLite and PostgreSQL:
// text, integers and ISO 8601 times only, so both backends hold exactly the same data. Only the
// full-text index differs (FTS5 against tsvector), in the dialect's own statements.
struct Migration {
    int version;
    QStringList statements; // for both
    QStringList sqlite; // then these, on SQLite
    QStringList postgres; // or these, on PostgreSQL
};

QList<Migration> migrations();

} // namespace Tessera::CatalogSchema
