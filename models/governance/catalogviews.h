#pragma once

// The catalog as standard policies see it: read-only tables in a private in-memory SQLite
// database, the same whichever backend holds the catalog, where conditions run under an
// authorizer that allows reading these tables and calling a list of functions, nothing else (no
// ATTACH, PRAGMA, writes, recursive queries, extensions), with limits on lengths and depth and a
// budget of steps, so a condition can neither change nor leak anything, nor run away.
//
// The tables (documented for stewards in the README):
//   products(id, name, title, description, domain_id, domain_name, owner_team_id, owner_team_name,
//            status, version, classification, tags, documentation_length, dataset_count,
//            column_count, input_count, latency_hours, frequency_hours, availability_percent,
//            retention_days)
//   datasets(product_id, name, physical_name, physical_type, description, column_count)
//   columns(product_id, dataset, name, logical_type, physical_type, classification, tags,
//           description, required, is_unique, primary_key)
//   teams(id, name, domain_id, member_count)
//   sla(product_id, property, value, unit)
//   tags(product_id, tag)
// Classifications and statuses are their keys ("confidential", "active"); tags are also a
// comma-separated text in products.tags and columns.tags; booleans are 0 or 1.

#include "models/catalog/entities.h"
#include "models/core/result.h"
#include "models/federation/standardfiles.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace Tessera {

class CatalogStore;

// What the views are built from: the products, their teams and the domains' names.
struct CatalogContent {
    QList<Product> products;
    QList<Team> teams;
    QHash<QString, QString> domainNames; // id -> name
    // Every product of a catalog (without the documents it came from), in one pass per table.
    static Result<CatalogContent> read(const CatalogStore &store);
    // A mesh's files as read.
    static CatalogContent of(const MeshFiles &files);
};

class CatalogViews
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CatalogViews)

public:
    ~CatalogViews();
    CatalogViews(const CatalogViews &) = delete;
    CatalogViews &operator=(const CatalogViews &) = delete;

    // domainNames: domain id -> name.
    static Result<std::unique_ptr<CatalogViews>> build(const QList<Product> &products, const QList<Team> &teams,
                                                       const QHash<QString, QString> &domainNames);
    static Result<std::unique_ptr<CatalogViews>> build(const CatalogContent &content)
    {
        return build(content.products, content.teams, content.domainNames);
    }

    // The tables and their columns, for completion and for checking names.
    static const QList<std::pair<QString, QStringList>> &tables();
    // The functions a condition may call.
    static const QStringList &functions();

    // A condition's problem: what, and where in the condition (a character offset; -1 unknown).
    struct ConditionError {
        QString message;
        int offset = -1;
    };
    // Checks a condition without running it: SQL syntax, names of tables, columns and functions,
    // anything the sandbox refuses.
    std::optional<ConditionError> check(const QString &condition) const;
    // The products (ids, in order) for which the condition is not true (false or null). An error
    // when it cannot be run, or runs past its budget.
    Result<QStringList> failing(const QString &condition) const;
    // Values of a product's row in products (null QStrings for NULL), for explanations.
    QStringList productValues(const QString &productId, const QStringList &columns) const;

    // The most steps a condition may take per run (SQLite virtual machine instructions, counted
    // in thousands by the progress handler).
    static constexpr int maxThousandSteps = 200'000;

private:
    CatalogViews() = default;
    struct Prepared;
    std::unique_ptr<Prepared> prepare(const QString &condition, ConditionError *error) const;

    sqlite3 *m_db = nullptr;
    mutable std::unique_ptr<Prepared> m_productRow;
};

} // namespace Tessera
