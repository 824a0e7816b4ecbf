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

// PostgreSQL only (schema 9): the roles, grants, row-level security, checking functions and audit
// triggers that make the server, not Tessera, decide who changes what (README: a shared catalog).
QStringList serverRules();
// PostgreSQL only (schema 10): row policies on sources, runs and lineage; who stored each event.
QStringList pipelineRules();

} // namespace Tessera::CatalogSchema
