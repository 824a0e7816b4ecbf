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
//           description, required, is_unique, primary_key, position)
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
#include <QRegularExpression>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

struct sqlite3;
class QTemporaryDir;

namespace Tessera {

class CatalogStore;

// What the views are built from: the products, their teams and the domains' names.
struct CatalogContent {
    QList<Product> products;
    QList<Team> teams;
    QHash<QString, QString> domainNames; // id -> name
    // Every product of a catalog (without the documents it came from), in one pass per table.
    static Result<CatalogContent> read(const CatalogStore &store);
    // One product (none when the catalog no longer has it), with the teams and domains' names.
    static Result<CatalogContent> readProduct(const CatalogStore &store, const QString &productId);
    // A mesh's files as read.
    static CatalogContent of(const MeshFiles &files);
};

// A rule's query: the products in a scope for which a condition is not true, with some of
// their fields.
struct ConditionQuery {
    QString condition;
    QString scope; // an SQL expression over products narrowing the rows (Standards writes it); empty: all
    QStringList columns; // products' columns wanted with each failing product
};

// A product a condition is not true for: its id, name (the title, or the name when it has
// none), domain and the wanted columns' values as SQL shows them: null, 72, 'text'.
struct FailingProduct {
    QString id;
    QString name;
    QString domainId;
    QString domainName;
    QStringList values;
};

// How far an evaluation is: conditions run of those to run. Read from any thread.
struct EvaluationProgress {
    std::atomic<int> done{0};
    std::atomic<int> total{0};
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
    // A catalog's views: a SQLite catalog's are copied by SQL straight from its file (the same
    // rows, many times faster); others' from its products as read.
    static Result<std::unique_ptr<CatalogViews>> build(const CatalogStore &store);
    // A SQLite catalog file's views, copied through a connection of their own: safe to make on
    // another thread than the store's (the views then move to the thread that uses them).
    static Result<std::unique_ptr<CatalogViews>> copy(const QString &sqliteFile);
    // A product's rows made anew from the catalog (removed when the catalog no longer has it),
    // and the teams with them: after the product was saved or removed.
    Status update(const CatalogStore &store, const QString &productId);

    // The tables and their columns, for completion and for checking names.
    static const QList<std::pair<QString, QStringList>> &tables();
    // The functions a condition may call.
    static const QStringList &functions();
    // Text as an SQL string literal: 'it''s'.
    static QString sqlString(const QString &text);
    // A name as an SQL identifier: "order ""id""".
    static QString sqlName(const QString &name);
    // Makes a connection a sandbox for policy SQL (conditions, quality rules, custom masks):
    // defensive, no extensions, an untrusted schema, tight limits, and `authorizer` (the views'
    // own when null) deciding what may be read and called.
    using Authorizer = int (*)(void *, int, const char *, const char *, const char *, const char *);
    static void sandbox(sqlite3 *db, Authorizer authorizer = nullptr);
    // A progress handler (every 1000 steps) that stops a statement after maxThousandSteps;
    // its argument is an int counting from 0.
    static int stepBudget(void *thousands);

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
    // Each query's failing products, in id order: queries that differ only in their scopes run
    // as one (the condition evaluated once per product), the rest on two connections at once,
    // and what was run before (since the last update) is not run again. progress, when given,
    // counts the runs.
    QList<Result<QList<FailingProduct>>> failing(const QList<ConditionQuery> &queries,
                                                 EvaluationProgress *progress = nullptr) const;
    // Stops the conditions running now and those to come (they fail as stopped), from any
    // thread, until resume().
    void interrupt();
    void resume();
    bool isInterrupted() const { return m_interrupted; }
    // How many products the views hold.
    int productCount() const;
    // A read-only query's rows under the conditions' sandbox, each value as SQL shows it
    // (null, 72, 'text'): for tests, and for looking at the views.
    Result<QList<QStringList>> select(const QString &sql) const;

    // The most steps a condition may take per run (SQLite virtual machine instructions, counted
    // in thousands by the progress handler).
    static constexpr int maxThousandSteps = 200'000;
    // The most queries differing only in their scopes that run as one.
    static constexpr int maxGroup = 16;

private:
    CatalogViews() = default;
    struct Prepared;
    static Result<std::unique_ptr<CatalogViews>> create();
    Status commit(); // makes the indexes and commits the rows
    void loadNames(const QString &productId); // into m_names: every product's (productId empty), or one's
    void seal(); // opens the second connection and makes both a sandbox
    std::unique_ptr<Prepared> prepare(sqlite3 *db, const QString &prefix, const QString &condition, const QString &suffix,
                                      ConditionError *error) const;
    // The failing rows of queries (members) that share a condition and columns, one list each.
    Result<QList<QList<FailingProduct>>> run(sqlite3 *db, const QList<ConditionQuery> &queries,
                                             const QList<qsizetype> &members) const;

    std::unique_ptr<QTemporaryDir> m_dir; // holds the views' database
    QByteArray m_name; // its file's path
    sqlite3 *m_db = nullptr; // builds and updates; runs queries
    sqlite3 *m_reader = nullptr; // runs queries beside m_db
    std::atomic<bool> m_interrupted{false};
    mutable QHash<QString, QList<FailingProduct>> m_cache; // query text -> rows, until an update
    std::vector<FailingProduct> m_names; // by the products' rowid: ids, names and domains, shared by all rows
    QList<std::pair<QRegularExpression, double>> m_rowsPerProduct; // a table's name (as a word) -> its rows per product
};

} // namespace Tessera
