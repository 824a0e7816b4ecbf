#pragma once

#include "models/catalog/auditentry.h"
#include "models/catalog/catalogschema.h"
#include "models/catalog/entities.h"
#include "models/catalog/lineagefacts.h"
#include "models/catalog/permissions.h"
#include "models/core/cataloglocation.h"
#include "models/core/result.h"
#include "models/formats/openlineage.h"
#include "models/pipelines/runstate.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace Tessera {

struct SearchHit;
struct SearchQuery;
struct SearchTerm;
struct FacetValue;

// What saving a product led to. A conflict carries both sides: nothing is lost, ever.
struct SaveResult {
    enum class Status {
        Saved,
        Conflict, // someone saved (or removed) it since the revision this edit started from
        Failed,
    };
    Status status = Status::Failed;
    Product saved; // Saved: the product as stored now, with its new revision
    Product mine; // Conflict: what this save tried to write
    std::optional<Product> theirs; // Conflict: what is stored now; empty when it was removed
    Error error; // Failed (and a readable summary of a Conflict)
    int retries = 0; // times the server could not serialise the save and it was made again

    bool ok() const { return status == Status::Saved; }
};

// A product's line in lists and trees, without its schema.
struct ProductSummary {
    QString id;
    QString domainId;
    QString name;
    QString title;
    ProductStatus status = ProductStatus::Draft;
    Classification classification = Classification::Unspecified;
    QString ownerTeamId;
    int revision = 0;
    friend bool operator==(const ProductSummary &, const ProductSummary &) = default;
};

// A published version of a governance policy file, as the catalog keeps it.
struct PolicyVersion {
    QString file; // the file's name: "standards.policy.yaml"
    int version = 0; // 1 for the first
    QString content;
    QString note;
    QDateTime publishedAt;
    QString publishedBy;
    friend bool operator==(const PolicyVersion &, const PolicyVersion &) = default;
};

// A preview kept with a product: a query or recipe over its dataset's sample, under a name.
struct SavedPreview {
    QString productId;
    QString name;
    QString dataset; // the dataset it reads
    QString kind; // "sql" or "recipe"
    QString text; // the SQL, or the recipe's YAML
    QDateTime savedAt;
    QString savedBy;
    friend bool operator==(const SavedPreview &, const SavedPreview &) = default;
};

// A sample file attached to a dataset in the catalog (CSV, JSON lines, SQLite).
struct DatasetSample {
    QString productId;
    QString dataset;
    QString file; // absolute
    QDateTime attachedAt;
    QString attachedBy;
    friend bool operator==(const DatasetSample &, const DatasetSample &) = default;
};

// The catalog's compliance with the policies in force at a moment: the trend's points.
struct ComplianceSnapshot {
    QDateTime takenAt;
    QString policies; // the versions in force: "quality.policy.yaml@1 standards.policy.yaml@3"
    int products = 0;
    int failingProducts = 0;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    friend bool operator==(const ComplianceSnapshot &, const ComplianceSnapshot &) = default;
};

// A dataset or column found by its name (quick open).
struct NameHit {
    enum class Kind {
        Product,
        Dataset,
        Column,
    };
    Kind kind = Kind::Product;
    QString productId;
    QString productTitle;
    QString dataset; // Dataset and Column
    QString column; // Column
    QString type; // the dataset's physical type or the column's logical type
    friend bool operator==(const NameHit &, const NameHit &) = default;
};

// The lineage a source's files report, replacing what that source reported before.
struct SourceLineage {
    QString sourceId; // empty: events ingested directly, not from a source folder
    LineageFacts facts;
    bool add = false; // add to what the source reported before instead of replacing it
    // The run, job and dataset events themselves: their runs are merged into the catalog's (an
    // event already received changes nothing), whatever the source.
    QList<OpenLineageEvent> events = {};
};

// What ingesting OpenLineage events did.
struct IngestReport {
    int received = 0; // events given
    int added = 0; // new to the catalog
    int duplicates = 0; // received before: nothing changed
    int runs = 0; // runs created or changed
    friend bool operator==(const IngestReport &, const IngestReport &) = default;
};

// Which runs to read. Empty fields do not narrow.
struct RunQuery {
    QString jobNamespace;
    QString jobName;
    QString parentRunId;
    QDateTime since; // runs placed (Run::time) at or after
    QDateTime until; // and before
    std::optional<RunState> state;
    int limit = 0; // the newest limit runs; 0: all
    bool withDatasets = false; // the names of the datasets each read and wrote
};

// The catalog, kept in SQL: a local SQLite file or a shared PostgreSQL database. All SQL is shared;
// what differs between the two lives in the subclasses (connection, locking, notifications).
// Every write is one transaction; every change appends to the hash-chained audit log.
// A store belongs to the thread that opened it.
class CatalogStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenCheck {
        Whole, // a file small enough to read in moments is checked whole (damaged: read-only)
        None, // a second connection to a catalog the first has checked
    };
    // Opens (creating and migrating where needed) the catalog at location, writing as actor.
    static Result<std::unique_ptr<CatalogStore>> open(const CatalogLocation &location, const QString &actor,
                                                      OpenCheck check = OpenCheck::Whole);

    // An error of open() that a password would mend: the server asked for one, or refused the one
    // given (see SessionPasswords). Its field is passwordField().
    static QString passwordField() { return QStringLiteral("password"); }
    static bool wantsPassword(const Error &error) { return error.field == passwordField(); }

    ~CatalogStore() override;

    static constexpr int schemaVersion = 10;

    CatalogLocation location() const { return m_location; }
    QString actor() const { return m_actor; }
    // Whether the catalog showed itself damaged (a SQLite file with broken pages): from then on
    // it is read-only, every write refused with a message saying so; what still reads, reads.
    bool isDamaged() const { return m_damaged; }
    // Why writes are refused then, for the person.
    Error damagedError() const;
    QSqlDatabase database() const;
    // Where the catalog's server decides who may change what (PostgreSQL from schema 9): the role
    // and domains it gives the person who logged in. std::nullopt where Tessera's settings decide.
    virtual std::optional<EditContext> serverRights() const { return std::nullopt; }
    // May the person sync (or remove) the source id? A team catalog's server lets the person who
    // added it and the stewards (schema 10), and says why not; elsewhere anyone may.
    virtual Status maySync(const QString &id) const
    {
        Q_UNUSED(id);
        return Ok{};
    }

    Result<QList<Domain>> domains() const;
    Result<QList<Team>> teams() const;
    // A product's owning team, and its domain's name (the id when the domain has no record), as
    // the writers of standard files need them.
    std::optional<Team> team(const QString &id) const;
    QString domainName(const QString &id) const;
    Result<std::optional<Product>> product(const QString &id) const;
    enum class ProductParts {
        Whole,
        WithoutDocuments, // the source documents kept with each product are left out
    };
    // Every product, in order of id, read in one pass over each table: for work over the whole
    // catalog (policies), where reading product by product would take a query per table each.
    Result<QList<Product>> allProducts(ProductParts parts = ProductParts::Whole) const;
    Result<QList<ProductSummary>> productSummaries(const QString &domainId = QString()) const;
    Result<int> productCount() const;
    Result<QHash<QString, int>> productCountsByDomain() const;

    Status saveDomain(const Domain &domain);
    Status saveTeam(const Team &team);
    // product.revision is the revision the edit started from: 0 creates a new product.
    // A save the server cannot serialise with others (SQLSTATE 40001, or 40P01 for a deadlock)
    // is made again from the start, at most maxRetries times, then reported as failed.
    SaveResult saveProduct(const Product &product);
    static constexpr int maxRetries = 3;
    // Removes the product if it is still at expectedRevision.
    SaveResult removeProduct(const QString &id, int expectedRevision);

    // Writes everything in one transaction, or nothing: an import either lands whole or not at all.
    // Products replace stored ones with the same id whatever their revision (an import is the truth).
    // Products in removals are removed in the same transaction (as a sync does).
    Status importAll(const QList<Domain> &domains, const QList<Team> &teams, const QList<Product> &products,
                     const QString &action = QStringLiteral("import"), const QStringList &removals = {},
                     const std::optional<SourceLineage> &lineage = std::nullopt);

    // Lineage facts: replaced per source (a sync replaces its source's), read all together.
    Status replaceLineage(const SourceLineage &lineage);
    Result<LineageFacts> lineageFacts() const;
    // Everything a lineage graph is built from.
    Result<LineageInput> lineageInput() const;

    // OpenLineage events (run, job and dataset events), in one transaction: runs merged as Marquez
    // reads them, facets kept, the lineage they report added. Each event counts once, however
    // often it arrives.
    Result<IngestReport> ingestEvents(const QList<OpenLineageEvent> &events);
    // Runs, newest first (by Run::time), with the facets their state depends on (nominalTime,
    // parent, errorMessage).
    Result<QList<Run>> runs(const RunQuery &query = {}) const;
    // One run with every facet of its events (run, job and datasets); empty when there is none.
    Result<std::optional<Run>> run(const QString &runId) const;
    // The events a run was merged from, oldest first.
    Result<QList<RunEventRecord>> runEvents(const QString &runId) const;
    // The facets of a job or dataset, merged from every event that reported them.
    Result<QJsonObject> jobFacets(const QString &ns, const QString &name) const;
    Result<QJsonObject> datasetFacets(const QString &ns, const QString &name) const;

    Result<QList<Source>> sources() const;
    // The source registered as id; empty when there is none.
    Result<std::optional<Source>> source(const QString &id) const;
    Status saveSource(const Source &source);
    // Removes the source and every product that came from it, in one transaction.
    Status removeSource(const QString &id);
    Result<QList<SourcedProduct>> sourcedProducts(const QString &sourceId) const;

    // Products for what a person typed: exact name matches first, then names that begin with it,
    // then full-text matches by relevance; facet filters narrow all of them.
    Result<QList<SearchHit>> search(const SearchQuery &query) const;
    // How many matches each facet value has (each facet counted under the other facets' filters).
    Result<QMap<QString, QList<FacetValue>>> facets(const SearchQuery &query) const;

    // Datasets and columns whose name is text or begins with it (case-insensitive), at most limit
    // of each, in name order.
    Result<QList<NameHit>> findNames(const QString &text, int limit) const;
    // Products with an input port reading from productId.
    Result<QList<ProductSummary>> consumers(const QString &productId) const;
    // The summaries of the products with these ids (unknown ids are left out), in name order.
    Result<QList<ProductSummary>> summariesOf(const QStringList &ids) const;

    // Governance policies. publishPolicies keeps a file's text as its next version, audited
    // (entity "policy", the file's name); expectedVersion is the newest version the publisher
    // saw (0: none), and another found in its place is a conflict, not overwritten. Who may
    // publish is the caller's to decide (Publishing::publish lets stewards only).
    Result<PolicyVersion> publishPolicies(const QString &file, const QString &content, const QString &note, int expectedVersion);
    // A file's versions, newest first (every file's with a null file).
    Result<QList<PolicyVersion>> policyVersions(const QString &file = QString()) const;
    // The newest version of each file, by file name: the policies in force.
    Result<QList<PolicyVersion>> publishedPolicies() const;

    // The compliance trend: snapshots kept as they are recorded, read oldest first (the newest
    // `limit` of them; 0: all).
    Status recordCompliance(const ComplianceSnapshot &snapshot);
    Result<QList<ComplianceSnapshot>> complianceHistory(int limit = 0) const;

    // Previews saved with products, and samples attached to their datasets. Both are kept apart
    // from the product's content (saving one is no edit of the product, and a sync from its
    // folder keeps them); each change is audited (entity: the product's id).
    Status savePreview(const SavedPreview &preview); // replaces one of its product and name
    Status removePreview(const QString &productId, const QString &name);
    Result<QList<SavedPreview>> previews(const QString &productId) const; // by name
    Status attachSample(const QString &productId, const QString &dataset, const QString &file); // empty file: detach
    Result<QList<DatasetSample>> samples(const QString &productId) const; // by dataset

    Result<QList<AuditEntry>> auditLog(const QString &entityId = QString()) const;
    AuditVerification verifyAudit() const;

Q_SIGNALS:
    // Saved or removed through this store.
    void productChanged(const QString &id);
    // Changed by another process or user; id is empty when the store cannot tell which.
    void externalChange(const QString &id);
    // A policy file was published through this store.
    void policiesPublished(const QString &file);
    // A product's saved previews or attached samples changed through this store.
    void previewsChanged(const QString &productId);
    // The catalog showed itself damaged while in use (isDamaged() was false when it opened): from
    // now on it is read-only. Queued, so it never comes in the middle of a read or write.
    void damageFound();

protected:
    CatalogStore(const CatalogLocation &location, const QString &actor, const QString &driver);

    // What differs between SQLite and PostgreSQL.
    virtual Status configureConnection() = 0; // after open: pragmas, session settings
    // What a failure means for the person (the disk is full, the file is damaged, another
    // program is writing); empty when the database's own words say it best. Sets m_damaged
    // when the failure shows the catalog damaged.
    virtual QString explainFailure(const QSqlError &error) const;
    // From a failure that shows the catalog damaged (explainFailure): read-only from now on, and
    // damageFound follows the first time.
    void markDamaged() const;
    virtual QString beginWriteSql() const = 0; // starts a write transaction
    virtual QString lockSuffix() const = 0; // appended to SELECTs that must lock rows ("FOR UPDATE")
    virtual QString migrationLockSql() const = 0; // inside the migration transaction; empty: none needed
    // Inside an ingest of events, before the stored runs are read; empty: writers are one at a time anyway.
    virtual QString ingestLockSql() const { return {}; }
    virtual void announce(const QString &productId) = 0; // inside a write: tell other users
    virtual void startWatching() = 0; // notice changes made elsewhere
    virtual CatalogSchema::Dialect dialect() const = 0;
    // Full text: keeping the index, and finding product ids in it. textIdsSql selects p.id from
    // product_text joined to products p, with one bound query string and %FILTERS% to fill in.
    virtual QString textInsertSql() const = 0; // binds: id, name, title, tags, description, documentation, columns
    virtual QString textDeleteSql() const = 0; // binds: id
    enum class TextScope {
        Names, // name, title and tags
        Everything,
    };
    // ranked: the best of the first rankingWindow matches by relevance, then LIMIT ?
    virtual QString textIdsSql(bool ranked) const = 0;
    virtual QString textQuery(const QList<SearchTerm> &terms, TextScope scope) const = 0;
    // Ranking every match of a common word costs time in proportion to the catalog; ranking the
    // first few thousand keeps search fast at any size, and common words are found by name first.
    static constexpr int rankingWindow = 2000;
    // Facets count from a temporary table of matched products' keys (rowid on SQLite, id on PostgreSQL).
    virtual QString rowKey() const = 0;
    virtual QString matchedTableSql() const = 0;
    virtual QString textKeysSql() const = 0; // the keys of all products matching one bound text query
    virtual QString collateBytes() const = 0; // makes comparisons bytewise: "" or " COLLATE \"C\""
    // Whether a save updates the product's row in place rather than deleting and inserting it: on
    // PostgreSQL a save waiting for the row's lock then finds the new version, where a deleted row
    // would look removed.
    virtual bool updatesProductRow() const { return false; }
    // Whether the server writes the audit log itself (triggers, from the note appendAudit leaves).
    virtual bool auditsItself() const { return false; }
    // Inside a write, before product id's rows change: may the person change it, and put next in
    // its place (nullptr: remove it)? Asked of a server that decides, with its own words for why
    // not; elsewhere Tessera's own checks stand.
    virtual Status mayWrite(const QString &id, const Product *next) const
    {
        Q_UNUSED(id);
        Q_UNUSED(next);
        return Ok{};
    }
    // Before a catalog at schema `from` (0: a new one) is brought to schemaVersion: may this
    // connection do it? (A team catalog's tables belong to tessera_catalog: a superuser upgrades.)
    virtual Status mayMigrate(int from) const
    {
        Q_UNUSED(from);
        return Ok{};
    }
    // Once the schema is current.
    virtual Status afterMigrate() { return Ok{}; }
    void setActor(const QString &actor) { m_actor = actor; }

    QString connectionName() const { return m_connectionName; }
    Status exec(const QString &sql) const;
    Error sqlError(const QSqlQuery &query, const QString &what) const;

private:
    Status openAndMigrate();
    Status migrate();
    Result<int> storedSchemaVersion() const;

    SaveResult saveProductOnce(const Product &product);
    // What is written names things with text that can name them (TextCheck): the first that
    // cannot, with the product (and its file) and the field.
    static Status checkNames(const QList<Domain> &domains, const QList<Team> &teams, const QList<Product> &products);

    class Writer;
    Status begin();
    Status commit();
    void rollback();

    Result<std::optional<Product>> loadProduct(const QString &id, bool lock) const;
    // One product (id), or all of them (a null id).
    Result<QList<Product>> readProducts(const QString &id, bool lock, ProductParts parts) const;
    // exists: the product's rows were there (deleteProductRows, replacing) before this.
    Status writeProduct(Writer &writer, const Product &product, bool exists) const;
    // The rows of importAll, inside a transaction the caller began.
    Status importRows(Writer &writer, const QList<Domain> &domains, const QList<Team> &teams, const QList<Product> &products,
                      const QString &action, const QStringList &removals);
    Status lineageRows(Writer &writer, const SourceLineage &lineage) const;
    // The events' rows (runs.cpp), inside a transaction the caller began.
    // hashed, if given, is called once the events are hashed (the part that takes every core).
    // newJobs, if given, gets the jobs (namespace, name) of the events new to the catalog.
    Status eventRows(Writer &writer, const QList<OpenLineageEvent> &events, IngestReport *report,
                     std::function<void()> hashed = {}, QSet<std::pair<QString, QString>> *newJobs = nullptr) const;
    // exists: the product is there to remove (a server that hides it from the person refused).
    // replacing: its rows are written again next (writeProduct), so a backend that updates the
    // product's row in place keeps it.
    Status deleteProductRows(Writer &writer, const QString &id, bool exists, bool replacing) const;
    // A removed product's saved previews and samples, with their audit entry (the note for the
    // product's own entry, if set, stays as it was).
    Status removePreviewRows(Writer &writer, const QString &productId) const;
    // Where the server writes the audit log: the words of the next entry (see appendAudit).
    Status setAuditNote(Writer &writer, const QString &note) const;
    Status replacePreviewRow(const QString &what, const QString &productId, const QString &remove,
                             const QVariantList &removeValues, const QString &insert, const QVariantList &insertValues,
                             const QString &action, const QJsonObject &audit);
    struct Filter {
        QString sql; // " AND ..." conditions on products p
        QVariantList values;
    };
    Filter filterFor(const QMap<QString, QStringList> &facets, const QString &except = QString()) const;
    Result<QList<ProductSummary>> summaries(const QString &sql, const QVariantList &values) const;
    Status appendAudit(Writer &writer, const QString &entityType, const QString &entityId, const QString &action,
                       const QString &before, const QString &after) const;

    CatalogLocation m_location;
    QString m_actor;
    QString m_connectionName;

protected:
    bool checksWholeOnOpen() const { return m_openCheck == OpenCheck::Whole; }
    mutable bool m_damaged = false;
    mutable QString m_lastSqlState; // of the last failure sqlError described
    OpenCheck m_openCheck = OpenCheck::Whole;
};

} // namespace Tessera
