#include "models/catalog/catalogstore.h"
#include "models/core/textcheck.h"

#include "models/catalog/catalogschema.h"
#include "models/catalog/catalogstore_p.h"
#include "models/catalog/postgrescatalogstore.h"
#include "models/catalog/search.h"
#include "models/catalog/sqlitecatalogstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <map>

namespace Tessera {

namespace {

// What a ProductSummary is read from, in CatalogStore::summaries.
const QString summaryColumns
    = QStringLiteral("p.id, p.domain_id, p.name, p.title, p.status, p.classification, p.owner_team_id, p.revision");

QString compact(const Product &product)
{
    return Tessera::compact(product.toJson());
}

QStringList splitLines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

} // namespace

Result<std::unique_ptr<CatalogStore>> CatalogStore::open(const CatalogLocation &location, const QString &actor, OpenCheck check)
{
    std::unique_ptr<CatalogStore> store;
    if (location.kind() == CatalogLocation::Kind::PostgreSql)
        store.reset(new PostgresCatalogStore(location, actor));
    else
        store.reset(new SqliteCatalogStore(location, actor));
    store->m_openCheck = check;
    if (Status opened = store->openAndMigrate(); !opened)
        return opened.error();
    store->startWatching();
    return store;
}

CatalogStore::CatalogStore(const CatalogLocation &location, const QString &actor, const QString &driver)
    : m_location(location)
    , m_actor(actor)
    , m_connectionName(QLatin1String("tessera-catalog-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase::addDatabase(driver, m_connectionName);
}

CatalogStore::~CatalogStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase CatalogStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString CatalogStore::explainFailure(const QSqlError &) const
{
    return {};
}

Error CatalogStore::sqlError(const QSqlQuery &query, const QString &what) const
{
    m_lastSqlState = query.lastError().nativeErrorCode();
    const QString detail = query.lastError().text().trimmed();
    if (const QString explained = explainFailure(query.lastError()); !explained.isEmpty())
        return Error(tr("%1 (%2)").arg(explained, detail));
    return Error(tr("%1 failed in the catalog %2: %3").arg(what, m_location.displayName(), detail));
}

Status CatalogStore::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return sqlError(query, sql.section(QLatin1Char(' '), 0, 2));
    return Ok{};
}

Status CatalogStore::openAndMigrate()
{
    QSqlDatabase db = database();
    if (!db.isValid())
        return Error(tr("The database driver for %1 is not available.").arg(m_location.displayName()));
    if (Status configured = configureConnection(); !configured)
        return configured;
    if (Status migrated = migrate(); !migrated)
        return migrated;
    return afterMigrate();
}

Result<int> CatalogStore::storedSchemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT version FROM tessera_schema"))) {
        // No such table (SQLite's words, PostgreSQL's SQLSTATE): a new catalog.
        if (query.lastError().text().contains(QLatin1String("no such table"))
            || query.lastError().nativeErrorCode() == QLatin1String("42P01"))
            return 0;
        return sqlError(query, QStringLiteral("Reading the schema version"));
    }
    return query.next() ? query.value(0).toInt() : 0;
}

Status CatalogStore::migrate()
{
    // Most opens find the schema current: no write lock for them.
    const auto current = storedSchemaVersion();
    if (!current)
        return current.error();
    if (current.value() == schemaVersion)
        return Ok{};
    if (current.value() < schemaVersion) {
        if (Status allowed = mayMigrate(current.value()); !allowed)
            return allowed;
    }
    if (Status started = begin(); !started)
        return started;
    if (Status created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS tessera_schema (version INTEGER NOT NULL)")); !created) {
        rollback();
        return created;
    }
    // Two users opening a new PostgreSQL catalog at once: one migrates, the other waits and finds it done.
    if (const QString lock = migrationLockSql(); !lock.isEmpty()) {
        if (Status locked = exec(lock); !locked) {
            rollback();
            return locked;
        }
    }
    const auto stored = storedSchemaVersion();
    if (!stored) {
        rollback();
        return stored.error();
    }
    const int from = stored.value();
    if (from > schemaVersion) {
        rollback();
        return Error(tr("The catalog %1 was written by a newer Tessera (catalog schema %2; this Tessera knows up to %3). "
                        "Update Tessera to open it.")
                         .arg(m_location.displayName())
                         .arg(from)
                         .arg(schemaVersion));
    }
    const QList<CatalogSchema::Migration> migrations = CatalogSchema::migrations();
    for (const CatalogSchema::Migration &migration : migrations) {
        if (migration.version <= from)
            continue;
        const QStringList statements
            = migration.statements + (dialect() == CatalogSchema::Dialect::Sqlite ? migration.sqlite : migration.postgres);
        for (const QString &statement : statements) {
            if (Status done = exec(statement); !done) {
                rollback();
                return Error(tr("Could not bring the catalog %1 to schema %2: %3")
                                 .arg(m_location.displayName())
                                 .arg(migration.version)
                                 .arg(done.error().message));
            }
        }
    }
    if (from < schemaVersion) {
        Status stamped = exec(QStringLiteral("DELETE FROM tessera_schema"));
        if (stamped)
            stamped = exec(QStringLiteral("INSERT INTO tessera_schema (version) VALUES (%1)").arg(schemaVersion));
        if (!stamped) {
            rollback();
            return stamped;
        }
    }
    return commit();
}

Error CatalogStore::damagedError() const
{
    return Error(tr("The catalog %1 is damaged, so Tessera keeps it read-only: nothing more is written to it. "
                    "Restore it from a backup, or export what it still shows into a new catalog.")
                     .arg(m_location.displayName()));
}

void CatalogStore::markDamaged() const
{
    if (m_damaged)
        return;
    m_damaged = true;
    QMetaObject::invokeMethod(const_cast<CatalogStore *>(this), &CatalogStore::damageFound, Qt::QueuedConnection);
}

Status CatalogStore::begin()
{
    if (m_damaged)
        return damagedError();
    return exec(beginWriteSql());
}

Status CatalogStore::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void CatalogStore::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK"));
}

// --- reading ------------------------------------------------------------------------------------

Result<QList<Domain>> CatalogStore::domains() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, name, description FROM domains ORDER BY name, id")))
        return sqlError(query, tr("Reading the domains"));
    QList<Domain> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

Result<QList<Team>> CatalogStore::teams() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, name, domain_id FROM teams ORDER BY name, id")))
        return sqlError(query, tr("Reading the teams"));
    QList<Team> result;
    QHash<QString, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toString(), result.size());
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), {}});
    }
    if (!query.exec(QStringLiteral("SELECT team_id, username, name, role FROM team_members ORDER BY team_id, position")))
        return sqlError(query, tr("Reading the team members"));
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it != index.constEnd())
            result[*it].members.append({query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    return result;
}

std::optional<Team> CatalogStore::team(const QString &id) const
{
    if (const auto all = teams()) {
        for (const Team &t : all.value()) {
            if (t.id == id)
                return t;
        }
    }
    return std::nullopt;
}

Result<std::optional<Source>> CatalogStore::source(const QString &id) const
{
    const auto all = sources();
    if (!all)
        return all.error();
    for (const Source &s : all.value()) {
        if (s.id == id)
            return std::optional<Source>(s);
    }
    return std::optional<Source>();
}

QString CatalogStore::domainName(const QString &id) const
{
    if (const auto all = domains()) {
        for (const Domain &d : all.value()) {
            if (d.id == id)
                return d.name;
        }
    }
    return id;
}

Result<QList<ProductSummary>> CatalogStore::productSummaries(const QString &domainId) const
{
    return summaries(QLatin1String("SELECT ") + summaryColumns + QLatin1String(" FROM products p")
                         + (domainId.isNull() ? QString() : QStringLiteral(" WHERE p.domain_id = ?"))
                         + QLatin1String(" ORDER BY p.domain_id, p.name, p.id"),
                     domainId.isNull() ? QVariantList() : QVariantList{domainId});
}

Result<int> CatalogStore::productCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM products")) || !query.next())
        return sqlError(query, tr("Counting the products"));
    return query.value(0).toInt();
}

Result<QHash<QString, int>> CatalogStore::productCountsByDomain() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT domain_id, COUNT(*) FROM products GROUP BY domain_id")))
        return sqlError(query, tr("Counting the products"));
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

Result<std::optional<Product>> CatalogStore::product(const QString &id) const
{
    return loadProduct(id, false);
}

Result<std::optional<Product>> CatalogStore::loadProduct(const QString &id, bool lock) const
{
    auto read = readProducts(id, lock, ProductParts::Whole);
    if (!read)
        return read.error();
    if (read.value().isEmpty())
        return std::optional<Product>();
    return std::optional<Product>(read.value().constFirst());
}

Result<QList<Product>> CatalogStore::allProducts(ProductParts parts) const
{
    return readProducts(QString(), false, parts);
}

Result<QList<Product>> CatalogStore::readProducts(const QString &id, bool lock, ProductParts parts) const
{
    // One product (id) or all of them, each table read once: its rows come ordered by product.
    const bool one = !id.isNull();
    const QSqlDatabase db = database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, domain_id, name, title, version, status, description, documentation, classification, "
                             "owner_team_id, source_id, source_file, source_hash, synced_at, synced_revision, revision, "
                             "updated_at, updated_by FROM products")
              + (one ? QStringLiteral(" WHERE id = ?") : QStringLiteral(" ORDER BY id")) + (lock ? lockSuffix() : QString()));
    if (one)
        q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, one ? tr("Reading the product %1").arg(id) : tr("Reading the products"));

    QList<Product> products;
    QHash<QString, qsizetype> productIndex;
    while (q.next()) {
        Product p;
        p.id = q.value(0).toString();
        p.domainId = q.value(1).toString();
        p.name = q.value(2).toString();
        p.title = q.value(3).toString();
        p.version = q.value(4).toString();
        p.status = Catalog::statusFromKey(q.value(5).toString()).value_or(ProductStatus::Draft);
        p.description = q.value(6).toString();
        p.documentation = q.value(7).toString();
        p.classification = Catalog::classificationFromKey(q.value(8).toString()).value_or(Classification::Unspecified);
        p.ownerTeamId = q.value(9).toString();
        p.provenance.sourceId = q.value(10).toString();
        p.provenance.file = q.value(11).toString();
        p.provenance.hash = q.value(12).toString();
        p.provenance.syncedAt = timeFrom(q.value(13));
        p.provenance.syncedRevision = q.value(14).toInt();
        p.revision = q.value(15).toInt();
        p.updatedAt = timeFrom(q.value(16));
        p.updatedBy = q.value(17).toString();
        productIndex.insert(p.id, products.size());
        products.append(std::move(p));
    }
    if (products.isEmpty())
        return products;

    // Runs one of the child tables' queries (its first column: the product's id); each row goes
    // to its product.
    auto rows = [&](const QString &columns, const QString &table, const QString &order, const QString &what,
                    const std::function<void(Product &)> &take) -> Status {
        q.prepare(QStringLiteral("SELECT product_id, %1 FROM %2%3 ORDER BY %4")
                      .arg(columns, table, one ? QStringLiteral(" WHERE product_id = ?") : QString(), order));
        if (one)
            q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, one ? tr("Reading the %1 of %2").arg(what, id) : tr("Reading the %1").arg(what));
        Product *current = nullptr;
        QString currentId;
        while (q.next()) {
            const QString productId = q.value(0).toString();
            if (!current || productId != currentId) {
                const qsizetype index = productIndex.value(productId, -1);
                current = index >= 0 ? &products[index] : nullptr;
                currentId = productId;
            }
            if (current)
                take(*current);
        }
        return Ok{};
    };
    // Where a product's datasets and columns stand, by name, while their rows are read.
    QHash<const Product *, QHash<QString, qsizetype>> datasetIndex;
    QHash<const Product *, QHash<QString, QHash<QString, qsizetype>>> columnIndex;

    if (Status s = rows(QStringLiteral("tag"), QStringLiteral("product_tags"), QStringLiteral("product_id, position"), tr("tags"),
                        [&](Product &p) {
                            p.tags << q.value(1).toString();
                        });
        !s)
        return s.error();
    if (Status s = rows(QStringLiteral("property, value, value_ext, unit, element, driver"), QStringLiteral("sla_properties"),
                        QStringLiteral("product_id, position"), tr("service levels"),
                        [&](Product &p) {
                            p.sla.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
                        });
        !s)
        return s.error();
    if (Status s = rows(QStringLiteral("name, physical_name, physical_type, server, description, contract_id"),
                        QStringLiteral("datasets"), QStringLiteral("product_id, position"), tr("datasets"),
                        [&](Product &p) {
                            datasetIndex[&p].insert(q.value(1).toString(), p.datasets.size());
                            p.datasets.append({q.value(1).toString(),
                                               q.value(2).toString(),
                                               q.value(3).toString(),
                                               q.value(4).toString(),
                                               q.value(5).toString(),
                                               q.value(6).toString(),
                                               {},
                                               {}});
                        });
        !s)
        return s.error();
    if (Status s = rows(QStringLiteral("dataset_name, name, logical_type, physical_type, description, classification, "
                                       "required, is_unique, primary_key, transform_sources, transform_logic"),
                        QStringLiteral("dataset_columns"), QStringLiteral("product_id, dataset_name, position"), tr("columns"),
                        [&](Product &p) {
                            const QString dataset = q.value(1).toString();
                            const qsizetype d = datasetIndex.value(&p).value(dataset, -1);
                            if (d < 0)
                                return;
                            Column c;
                            c.name = q.value(2).toString();
                            c.logicalType = q.value(3).toString();
                            c.physicalType = q.value(4).toString();
                            c.description = q.value(5).toString();
                            c.classification
                                = Catalog::classificationFromKey(q.value(6).toString()).value_or(Classification::Unspecified);
                            c.required = q.value(7).toInt() != 0;
                            c.unique = q.value(8).toInt() != 0;
                            c.primaryKey = q.value(9).toInt() != 0;
                            c.transformSources = splitLines(q.value(10).toString());
                            c.transformLogic = q.value(11).toString();
                            columnIndex[&p][dataset].insert(c.name, p.datasets[d].columns.size());
                            p.datasets[d].columns.append(std::move(c));
                        });
        !s)
        return s.error();
    {
        if (Status s = rows(QStringLiteral("dataset_name, column_name, tag"), QStringLiteral("column_tags"),
                            QStringLiteral("product_id, dataset_name, column_name, position"), tr("column tags"),
                            [&](Product &p) {
                                const QString dataset = q.value(1).toString();
                                const qsizetype d = datasetIndex.value(&p).value(dataset, -1);
                                const qsizetype c = columnIndex.value(&p).value(dataset).value(q.value(2).toString(), -1);
                                if (d >= 0 && c >= 0)
                                    p.datasets[d].columns[c].tags << q.value(3).toString();
                            });
            !s)
            return s.error();
        if (Status s = rows(QStringLiteral("dataset_name, column_name, name, type, metric, operator, value, query, dimension, "
                                           "severity, description"),
                            QStringLiteral("quality_rules"), QStringLiteral("product_id, dataset_name, column_name, position"),
                            tr("quality rules"),
                            [&](Product &p) {
                                const QString dataset = q.value(1).toString();
                                const qsizetype d = datasetIndex.value(&p).value(dataset, -1);
                                if (d < 0)
                                    return;
                                const QualityRule rule{q.value(3).toString(), q.value(4).toString(),  q.value(5).toString(),
                                                       q.value(6).toString(), q.value(7).toString(),  q.value(8).toString(),
                                                       q.value(9).toString(), q.value(10).toString(), q.value(11).toString()};
                                const QString column = q.value(2).toString();
                                if (column.isEmpty()) {
                                    p.datasets[d].quality.append(rule);
                                } else if (const qsizetype c = columnIndex.value(&p).value(dataset).value(column, -1); c >= 0) {
                                    p.datasets[d].columns[c].quality.append(rule);
                                }
                            });
            !s)
            return s.error();
    }
    if (Status s
        = rows(QStringLiteral("name, source_product_id, source_dataset, contract_id"), QStringLiteral("input_ports"),
               QStringLiteral("product_id, position"), tr("input ports"),
               [&](Product &p) {
                   p.inputs.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
               });
        !s)
        return s.error();
    if (parts == ProductParts::Whole) {
        if (Status s = rows(QStringLiteral("kind, document_id, file, content"), QStringLiteral("product_documents"),
                            QStringLiteral("product_id, position"), tr("documents"),
                            [&](Product &p) {
                                p.documents.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                    q.value(4).toString().toUtf8()});
                            });
            !s)
            return s.error();
    }
    return products;
}

// --- writing ------------------------------------------------------------------------------------

Status CatalogStore::deleteProductRows(Writer &writer, const QString &id, bool exists, bool replacing) const
{
    // A product removed takes its saved previews and samples with it (before its rows: a
    // server's row policy on them asks about the product).
    if (!replacing) {
        if (Status s = removePreviewRows(writer, id); !s)
            return s;
    }
    // The text row first: on SQLite it is found through the product row's rowid.
    QSqlQuery *text = writer.query("delete:text", textDeleteSql());
    text->addBindValue(id);
    if (!text->exec())
        return sqlError(*text, tr("Removing the old rows of %1").arg(id));
    static const char *const parts[] = {"product_tags",    "sla_properties", "quality_rules", "column_tags",
                                        "dataset_columns", "datasets",       "input_ports",   "product_documents"};
    for (const char *table : parts) {
        QSqlQuery *q
            = writer.query(std::string("delete:") + table,
                           QLatin1String("DELETE FROM ") + QLatin1String(table) + QLatin1String(" WHERE product_id = ?"));
        q->addBindValue(id);
        if (!q->exec())
            return sqlError(*q, tr("Removing the old rows of %1").arg(id));
    }
    if (replacing && updatesProductRow())
        return Ok{};
    QSqlQuery *row = writer.query("delete:products", QStringLiteral("DELETE FROM products WHERE id = ?"));
    row->addBindValue(id);
    if (!row->exec())
        return sqlError(*row, tr("Removing the old rows of %1").arg(id));
    // A server's row policy hides the rows a person may not remove rather than failing.
    if (exists && row->numRowsAffected() == 0)
        return Error(tr("The catalog's server did not let %1 remove the rows of %2; nothing was changed.").arg(m_actor, id));
    return Ok{};
}

Status CatalogStore::writeProduct(Writer &w, const Product &p, bool exists) const
{
    auto run = [this, &p](QSqlQuery *q, const QVariantList &values) -> Status {
        bindValues(q, values);
        if (!q->exec())
            return sqlError(*q, tr("Writing the product %1").arg(p.id));
        return Ok{};
    };
    const QString provenanceTime
        = p.provenance.syncedAt.isValid() ? p.provenance.syncedAt.toUTC().toString(Qt::ISODateWithMs) : QString();
    static const QString columns = QStringLiteral(
        "id, domain_id, name, title, version, status, description, documentation, classification, owner_team_id, source_id, "
        "source_file, source_hash, synced_at, synced_revision, revision, updated_at, updated_by");
    static const QString upsert = [] {
        QStringList sets;
        for (const QString &c : columns.split(QStringLiteral(", ")).mid(1))
            sets << c + QStringLiteral(" = excluded.") + c;
        return QStringLiteral(" ON CONFLICT (id) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    }();
    // A new product is only ever inserted: two people creating the same id at once must not
    // both succeed (the second is told it exists).
    const bool update = exists && updatesProductRow();
    if (Status s = run(w.query(update ? "products:update" : "products",
                               QStringLiteral("INSERT INTO products (") + columns
                                   + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   + (update ? upsert : QString())),
                       {p.id, p.domainId, p.name, p.title, p.version, Catalog::statusKey(p.status), p.description,
                        p.documentation, Catalog::classificationKey(p.classification), p.ownerTeamId, p.provenance.sourceId,
                        p.provenance.file, p.provenance.hash, provenanceTime, p.provenance.syncedRevision, p.revision,
                        p.updatedAt.toUTC().toString(Qt::ISODateWithMs), p.updatedBy});
        !s)
        return s;

    // Names, ids and columns are indexed whole as well (order_id also as orderid): see SearchTerm.
    QStringList identifiers;
    QStringList columnText;
    for (const Dataset &d : p.datasets) {
        identifiers << d.name;
        columnText << d.description;
        for (const Column &c : d.columns) {
            identifiers << c.name << c.tags;
            columnText << c.description;
        }
    }
    if (Status s = run(w.query("text", textInsertSql()),
                       {p.id, SearchParser::indexText({p.name, p.id}), SearchParser::words(p.title),
                        SearchParser::indexText(p.tags), SearchParser::words(p.description), SearchParser::words(p.documentation),
                        QString(SearchParser::indexText(identifiers) + QLatin1Char(' ')
                                + SearchParser::words(columnText.join(QLatin1Char(' '))))});
        !s)
        return s;

    for (int i = 0; i < p.tags.size(); ++i) {
        if (Status s
            = run(w.query("tag", QStringLiteral("INSERT INTO product_tags (product_id, tag, position) VALUES (?, ?, ?)")),
                  {p.id, p.tags.at(i), i});
            !s)
            return s;
    }
    for (int i = 0; i < p.sla.size(); ++i) {
        const SlaProperty &s = p.sla.at(i);
        if (Status r = run(w.query("sla",
                                   QStringLiteral("INSERT INTO sla_properties (product_id, position, property, value, "
                                                  "value_ext, unit, element, driver) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")),
                           {p.id, i, s.property, s.value, s.valueExt, s.unit, s.element, s.driver});
            !r)
            return r;
    }
    auto writeQuality = [&](const QString &dataset, const QString &column, const QList<QualityRule> &rules) -> Status {
        for (int i = 0; i < rules.size(); ++i) {
            const QualityRule &q = rules.at(i);
            if (Status r = run(w.query("quality",
                                       QStringLiteral("INSERT INTO quality_rules (product_id, dataset_name, column_name, "
                                                      "position, name, type, metric, operator, value, query, dimension, "
                                                      "severity, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                               {p.id, dataset, column, i, q.name, q.type, q.metric, q.op, q.value, q.query, q.dimension,
                                q.severity, q.description});
                !r)
                return r;
        }
        return Ok{};
    };
    for (int d = 0; d < p.datasets.size(); ++d) {
        const Dataset &ds = p.datasets.at(d);
        if (Status r
            = run(w.query("dataset",
                          QStringLiteral("INSERT INTO datasets (product_id, position, name, physical_name, "
                                         "physical_type, server, description, contract_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")),
                  {p.id, d, ds.name, ds.physicalName, ds.physicalType, ds.server, ds.description, ds.contractId});
            !r)
            return r;
        if (Status r = writeQuality(ds.name, QString(), ds.quality); !r)
            return r;
        for (int c = 0; c < ds.columns.size(); ++c) {
            const Column &col = ds.columns.at(c);
            if (Status r = run(w.query("column",
                                       QStringLiteral("INSERT INTO dataset_columns (product_id, dataset_name, position, "
                                                      "name, logical_type, physical_type, description, classification, "
                                                      "required, is_unique, primary_key, transform_sources, transform_logic) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                               {p.id, ds.name, c, col.name, col.logicalType, col.physicalType, col.description,
                                Catalog::classificationKey(col.classification), int(col.required), int(col.unique),
                                int(col.primaryKey), col.transformSources.join(QLatin1Char('\n')), col.transformLogic});
                !r)
                return r;
            for (int t = 0; t < col.tags.size(); ++t) {
                if (Status r = run(w.query("columnTag",
                                           QStringLiteral("INSERT INTO column_tags (product_id, dataset_name, "
                                                          "column_name, tag, position) VALUES (?, ?, ?, ?, ?)")),
                                   {p.id, ds.name, col.name, col.tags.at(t), t});
                    !r)
                    return r;
            }
            if (Status r = writeQuality(ds.name, col.name, col.quality); !r)
                return r;
        }
    }
    for (int i = 0; i < p.inputs.size(); ++i) {
        const InputPort &in = p.inputs.at(i);
        if (Status r = run(w.query("input",
                                   QStringLiteral("INSERT INTO input_ports (product_id, position, name, source_product_id, "
                                                  "source_dataset, contract_id) VALUES (?, ?, ?, ?, ?, ?)")),
                           {p.id, i, in.name, in.sourceProductId, in.sourceDataset, in.contractId});
            !r)
            return r;
    }
    for (int i = 0; i < p.documents.size(); ++i) {
        const SourceDocument &d = p.documents.at(i);
        if (Status r = run(w.query("document",
                                   QStringLiteral("INSERT INTO product_documents (product_id, position, kind, document_id, "
                                                  "file, content) VALUES (?, ?, ?, ?, ?, ?)")),
                           {p.id, i, d.kind, d.id, d.file, QString::fromUtf8(d.text)});
            !r)
            return r;
    }
    if (!w.failure().isEmpty())
        return Error(tr("Preparing a statement failed in the catalog %1: %2").arg(m_location.displayName(), w.failure()));
    return Ok{};
}

Status CatalogStore::setAuditNote(Writer &w, const QString &note) const
{
    QSqlQuery *set = w.query("auditNote", QStringLiteral("SELECT set_config('tessera.note', ?, true)"));
    bindValues(set, {note});
    const bool noted = set->exec();
    set->finish();
    if (!noted)
        return sqlError(*set, tr("Writing the audit log"));
    w.note = note;
    return Ok{};
}

Status CatalogStore::appendAudit(Writer &w, const QString &entityType, const QString &entityId, const QString &action,
                                 const QString &before, const QString &after) const
{
    if (auditsItself()) {
        // The server's triggers write the entry as the rows change, in these words: so this comes
        // before the rows are written.
        return setAuditNote(w,
                            compact(QJsonObject{{QStringLiteral("type"), entityType},
                                                {QStringLiteral("id"), entityId},
                                                {QStringLiteral("action"), action},
                                                {QStringLiteral("before"), before},
                                                {QStringLiteral("after"), after}}));
    }
    // The head row serialises writers on both backends, so the chain never forks.
    QSqlQuery *head = w.query("auditHead", QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1") + lockSuffix());
    if (!head->exec() || !head->next())
        return sqlError(*head, tr("Reading the end of the audit log"));
    AuditEntry entry;
    entry.seq = head->value(0).toLongLong() + 1;
    entry.prevHash = head->value(1).toString();
    head->finish();
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = m_actor;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.action = action;
    entry.before = before;
    entry.after = after;
    entry.hash = entry.computeHash();

    QSqlQuery *insert = w.query("audit",
                                QStringLiteral("INSERT INTO audit_log (seq, at, actor, entity_type, entity_id, action, "
                                               "before_json, after_json, prev_hash, hash) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{entry.seq,      entry.at.toString(Qt::ISODateWithMs),
                              entry.actor,    entry.entityType,
                              entry.entityId, entry.action,
                              entry.before,   entry.after,
                              entry.prevHash, entry.hash};
    bindValues(insert, values);
    if (!insert->exec())
        return sqlError(*insert, tr("Writing the audit log"));
    QSqlQuery *move = w.query("auditMove", QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
    move->bindValue(0, entry.seq);
    move->bindValue(1, entry.hash);
    if (!move->exec())
        return sqlError(*move, tr("Writing the audit log"));
    return Ok{};
}

SaveResult CatalogStore::saveProduct(const Product &product)
{
    // What the product says is checked once; only the writing is tried again.
    Status valid = Ok{};
    if (product.id.trimmed().isEmpty() || product.name.trimmed().isEmpty() || product.domainId.trimmed().isEmpty())
        valid = Error(tr("A product needs an id, a name and a domain."));
    else
        valid = checkNames({}, {}, {product});
    if (!valid) {
        SaveResult invalid;
        invalid.mine = product;
        invalid.error = valid.error();
        return invalid;
    }
    for (int retry = 0;; ++retry) {
        m_lastSqlState.clear();
        SaveResult result = saveProductOnce(product);
        const bool serialisation = m_lastSqlState == QLatin1String("40001") || m_lastSqlState == QLatin1String("40P01");
        if (result.status != SaveResult::Status::Failed || !serialisation || retry == maxRetries) {
            result.retries = retry;
            return result;
        }
    }
}

Status CatalogStore::checkNames(const QList<Domain> &domains, const QList<Team> &teams, const QList<Product> &products)
{
    // (field, text, longest, kind) of one thing, checked in order; the first problem is the answer.
    using Named = std::tuple<QString, QString, int, TextCheck::Kind>;
    constexpr auto id = TextCheck::Kind::Identifier;
    constexpr auto title = TextCheck::Kind::Title;
    auto first = [](const QList<Named> &named, const QString &what) -> std::optional<Error> {
        for (const auto &[field, text, longest, kind] : named) {
            if (const QString problem = TextCheck::nameProblem(text, longest, kind); !problem.isEmpty())
                return Error(tr("%1: the %2 %3.").arg(what, field, problem)).inField(field);
        }
        return std::nullopt;
    };
    constexpr int name = TextCheck::maxNameLength;
    // How a message names the thing: its id, cut short, its invisible characters made visible.
    auto shown = [](const QString &text) {
        return TextCheck::shown(text.left(TextCheck::maxNameLength));
    };
    for (const Domain &d : domains) {
        if (auto e = first({{QStringLiteral("id"), d.id, name, id}, {QStringLiteral("name"), d.name, name, title}},
                           tr("The domain %1").arg(shown(d.id))))
            return *e;
    }
    for (const Team &t : teams) {
        QList<Named> named{{QStringLiteral("id"), t.id, name, id}, {QStringLiteral("name"), t.name, name, title}};
        for (qsizetype i = 0; i < t.members.size(); ++i)
            named.append({QStringLiteral("members[%1].username").arg(i), t.members.at(i).username, name, id});
        if (auto e = first(named, tr("The team %1").arg(shown(t.id))))
            return *e;
    }
    for (const Product &p : products) {
        QList<Named> named{{QStringLiteral("id"), p.id, name, id},
                           {QStringLiteral("name"), p.name, name, title},
                           {QStringLiteral("domain"), p.domainId, name, id},
                           {QStringLiteral("ownerTeam"), p.ownerTeamId, name, id},
                           {QStringLiteral("title"), p.title, TextCheck::maxTitleLength, title}};
        for (qsizetype i = 0; i < p.tags.size(); ++i)
            named.append({QStringLiteral("tags[%1]").arg(i), p.tags.at(i), name, id});
        for (qsizetype i = 0; i < p.datasets.size(); ++i) {
            const Dataset &d = p.datasets.at(i);
            named.append({QStringLiteral("datasets[%1].name").arg(i), d.name, name, id});
            for (qsizetype j = 0; j < d.columns.size(); ++j)
                named.append({QStringLiteral("datasets[%1].columns[%2].name").arg(i).arg(j), d.columns.at(j).name, name, id});
        }
        for (qsizetype i = 0; i < p.inputs.size(); ++i)
            named.append({QStringLiteral("inputs[%1].name").arg(i), p.inputs.at(i).name, name, id});
        if (auto e = first(named, tr("The product %1").arg(shown(p.id)))) {
            if (!p.provenance.file.isEmpty())
                e->file = p.provenance.file;
            return *e;
        }
    }
    return Ok{};
}

SaveResult CatalogStore::saveProductOnce(const Product &product)
{
    SaveResult result;
    result.mine = product;
    if (Status started = begin(); !started) {
        result.error = started.error();
        return result;
    }
    auto fail = [this, &result](const Error &error) {
        rollback();
        result.status = SaveResult::Status::Failed;
        result.error = error;
        return result;
    };
    if (Status allowed = mayWrite(product.id, &product); !allowed)
        return fail(allowed.error());
    // The row's lock first, through the writer: where the server cannot serialise this save it
    // fails here, and the statement goes only after the rollback.
    Writer writer(database());
    QSqlQuery *lock = writer.query("lockProduct", QStringLiteral("SELECT revision FROM products WHERE id = ?") + lockSuffix());
    lock->addBindValue(product.id);
    if (!lock->exec())
        return fail(sqlError(*lock, tr("Reading the product %1").arg(product.id)));
    lock->finish();

    const auto stored = loadProduct(product.id, false); // locked above
    if (!stored)
        return fail(stored.error());
    const std::optional<Product> &theirs = stored.value();
    const bool stale = theirs ? theirs->revision != product.revision : product.revision != 0;
    if (stale) {
        rollback();
        result.status = SaveResult::Status::Conflict;
        result.theirs = theirs;
        if (!theirs)
            result.error = Error(tr("%1 was removed by someone else after you started editing it.").arg(product.id));
        else if (product.revision == 0)
            result.error = Error(tr("A product with the id %1 already exists.").arg(product.id));
        else
            result.error
                = Error(tr("%1 was changed by %2 at %3 after you started editing it (your edit started from revision %4, "
                           "the catalog has revision %5).")
                            .arg(product.id, theirs->updatedBy, theirs->updatedAt.toLocalTime().toString(Qt::ISODate))
                            .arg(product.revision)
                            .arg(theirs->revision));
        return result;
    }

    Product next = product;
    next.revision = product.revision + 1;
    next.updatedAt = QDateTime::currentDateTimeUtc();
    next.updatedBy = m_actor;
    if (theirs)
        next.provenance = product.provenance.sourceId.isEmpty() ? theirs->provenance : product.provenance;

    if (Status s
        = appendAudit(writer, QStringLiteral("product"), product.id, theirs ? QStringLiteral("update") : QStringLiteral("create"),
                      theirs ? compact(*theirs) : QString(), compact(next));
        !s)
        return fail(s.error());
    if (Status s = deleteProductRows(writer, product.id, theirs.has_value(), true); !s)
        return fail(s.error());
    if (Status s = writeProduct(writer, next, theirs.has_value()); !s) {
        // unique_violation on a new product: someone created the same id since this save looked.
        if (!theirs && m_lastSqlState == QLatin1String("23505")) {
            rollback();
            result.status = SaveResult::Status::Conflict;
            result.error = Error(tr("A product with the id %1 already exists.").arg(product.id));
            if (const auto now = loadProduct(product.id, false))
                result.theirs = now.value();
            return result;
        }
        return fail(s.error());
    }
    announce(product.id);
    if (Status s = commit(); !s)
        return fail(s.error());

    result.status = SaveResult::Status::Saved;
    result.saved = next;
    Q_EMIT productChanged(product.id);
    return result;
}

SaveResult CatalogStore::removeProduct(const QString &id, int expectedRevision)
{
    SaveResult result;
    if (Status started = begin(); !started) {
        result.error = started.error();
        return result;
    }
    if (Status allowed = mayWrite(id, nullptr); !allowed) {
        rollback();
        result.error = allowed.error();
        return result;
    }
    const auto stored = loadProduct(id, true);
    if (!stored || !stored.value()) {
        rollback();
        result.status = stored ? SaveResult::Status::Conflict : SaveResult::Status::Failed;
        result.error = stored ? Error(tr("%1 is not in the catalog (any more).").arg(id)) : stored.error();
        return result;
    }
    const Product &theirs = *stored.value();
    if (theirs.revision != expectedRevision) {
        rollback();
        result.status = SaveResult::Status::Conflict;
        result.theirs = theirs;
        result.error = Error(tr("%1 was changed by %2 after you looked at it; it was not removed.").arg(id, theirs.updatedBy));
        return result;
    }
    Writer writer(database());
    Status s = appendAudit(writer, QStringLiteral("product"), id, QStringLiteral("remove"), compact(theirs), QString());
    if (s)
        s = deleteProductRows(writer, id, true, false);
    if (s) {
        announce(id);
        s = commit();
    }
    if (!s) {
        rollback();
        result.error = s.error();
        return result;
    }
    result.status = SaveResult::Status::Saved;
    Q_EMIT productChanged(id);
    return result;
}

Status CatalogStore::saveDomain(const Domain &domain)
{
    return importAll({domain}, {}, {}, QStringLiteral("update"));
}

Status CatalogStore::saveTeam(const Team &team)
{
    return importAll({}, {team}, {}, QStringLiteral("update"));
}

Status CatalogStore::importAll(const QList<Domain> &domains, const QList<Team> &teams, const QList<Product> &products,
                               const QString &action, const QStringList &removals, const std::optional<SourceLineage> &lineage)
{
    if (Status named = checkNames(domains, teams, products); !named)
        return named;
    if (Status started = begin(); !started)
        return started;
    Writer w(database());
    Status s = importRows(w, domains, teams, products, action, removals);
    if (s && lineage)
        s = lineageRows(w, *lineage);
    if (s && (!products.isEmpty() || !removals.isEmpty()))
        announce(QString());
    if (s)
        s = commit();
    if (!s) {
        rollback();
        return s;
    }
    for (const Product &product : products)
        Q_EMIT productChanged(product.id);
    for (const QString &id : removals)
        Q_EMIT productChanged(id);
    return Ok{};
}

Status CatalogStore::importRows(Writer &w, const QList<Domain> &domains, const QList<Team> &teams, const QList<Product> &products,
                                const QString &action, const QStringList &removals)
{
    const auto bindAll = bindValues;

    for (const Domain &d : domains) {
        if (Status s = appendAudit(w, QStringLiteral("domain"), d.id, action, QString(),
                                   compact(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}}));
            !s)
            return Status(s.error());
        QSqlQuery *q = w.query("upsertDomain",
                               QStringLiteral("INSERT INTO domains (id, name, description) VALUES (?, ?, ?) "
                                              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                              "description = excluded.description"));
        bindAll(q, {d.id, d.name, d.description});
        if (!q->exec())
            return Status(sqlError(*q, tr("Writing the domain %1").arg(d.id)));
    }
    for (const Team &t : teams) {
        if (Status s = appendAudit(w, QStringLiteral("team"), t.id, action, QString(),
                                   compact(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}}));
            !s)
            return Status(s.error());
        QSqlQuery *q = w.query("upsertTeam",
                               QStringLiteral("INSERT INTO teams (id, name, domain_id) VALUES (?, ?, ?) "
                                              "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                              "domain_id = excluded.domain_id"));
        bindAll(q, {t.id, t.name, t.domainId});
        if (!q->exec())
            return Status(sqlError(*q, tr("Writing the team %1").arg(t.id)));
        QSqlQuery *clear = w.query("clearMembers", QStringLiteral("DELETE FROM team_members WHERE team_id = ?"));
        bindAll(clear, {t.id});
        if (!clear->exec())
            return Status(sqlError(*clear, tr("Writing the team %1").arg(t.id)));
        for (int i = 0; i < t.members.size(); ++i) {
            const TeamMember &m = t.members.at(i);
            QSqlQuery *member = w.query("member",
                                        QStringLiteral("INSERT INTO team_members (team_id, username, name, role, position) "
                                                       "VALUES (?, ?, ?, ?, ?)"));
            bindAll(member, {t.id, m.username, m.name, m.role, i});
            if (!member->exec())
                return Status(sqlError(*member, tr("Writing the members of the team %1").arg(t.id)));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Product &product : products) {
        if (product.id.trimmed().isEmpty() || product.name.trimmed().isEmpty() || product.domainId.trimmed().isEmpty())
            return Status(Error(
                tr("A product needs an id, a name and a domain (%1).").arg(product.id.isEmpty() ? product.name : product.id)));
        if (Status allowed = mayWrite(product.id, &product); !allowed)
            return allowed;
        QSqlQuery *current
            = w.query("currentRevision", QStringLiteral("SELECT revision FROM products WHERE id = ?") + lockSuffix());
        bindAll(current, {product.id});
        if (!current->exec())
            return Status(sqlError(*current, tr("Reading the product %1").arg(product.id)));
        const bool exists = current->next();
        const int revision = exists ? current->value(0).toInt() : 0;
        current->finish();
        Product next = product;
        next.revision = revision + 1;
        next.updatedAt = now;
        next.updatedBy = m_actor;
        if (!next.provenance.sourceId.isEmpty())
            next.provenance.syncedRevision = next.revision;
        if (Status s = appendAudit(w, QStringLiteral("product"), product.id, action, QString(), compact(next)); !s)
            return Status(s.error());
        if (exists) {
            if (Status s = deleteProductRows(w, product.id, true, true); !s)
                return Status(s.error());
        }
        if (Status s = writeProduct(w, next, exists); !s)
            return Status(s.error());
    }
    for (const QString &id : removals) {
        if (Status allowed = mayWrite(id, nullptr); !allowed)
            return allowed;
        const auto stored = loadProduct(id, true);
        if (!stored)
            return Status(stored.error());
        if (!stored.value())
            continue;
        if (Status s = appendAudit(w, QStringLiteral("product"), id, action, compact(*stored.value()), QString()); !s)
            return Status(s.error());
        if (Status s = deleteProductRows(w, id, true, false); !s)
            return Status(s.error());
    }
    return Ok{};
}

// --- sources ----------------------------------------------------------------------------------

Result<QList<Source>> CatalogStore::sources() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id, path, added_at, last_sync, last_report, added_by FROM sources ORDER BY id")))
        return sqlError(q, tr("Reading the sources"));
    QList<Source> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2)), timeFrom(q.value(3)),
                       q.value(4).toString(), q.value(5).toString()});
    return result;
}

Status CatalogStore::saveSource(const Source &source)
{
    if (Status started = begin(); !started)
        return started;
    Writer w(database());
    QSqlQuery *q = w.query("upsertSource",
                           QStringLiteral("INSERT INTO sources (id, path, added_at, last_sync, last_report, added_by) "
                                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET path = excluded.path, "
                                          "last_sync = excluded.last_sync, last_report = excluded.last_report"));
    bindValues(q,
               {source.id, source.path, source.addedAt.toUTC().toString(Qt::ISODateWithMs),
                source.lastSync.isValid() ? source.lastSync.toUTC().toString(Qt::ISODateWithMs) : QString(), source.lastReport,
                m_actor});
    Status s = appendAudit(w, QStringLiteral("source"), source.id, QStringLiteral("update"), QString(),
                           compact(QJsonObject{{QStringLiteral("id"), source.id}, {QStringLiteral("path"), source.path}}));
    if (s && !q->exec())
        s = sqlError(*q, tr("Writing the source %1").arg(source.id));
    if (s)
        s = commit();
    if (!s)
        rollback();
    return s;
}

Status CatalogStore::removeSource(const QString &id)
{
    if (Status allowed = maySync(id); !allowed)
        return allowed;
    if (Status started = begin(); !started)
        return started;
    Writer w(database());
    QStringList removals;
    Status s = Ok{};
    if (const auto products = sourcedProducts(id)) {
        for (const SourcedProduct &p : products.value())
            removals << p.id;
    } else {
        s = products.error();
    }
    if (s)
        s = importRows(w, {}, {}, {}, QStringLiteral("remove source"), removals);
    if (s)
        s = lineageRows(w, SourceLineage{id, {}});
    if (s)
        s = appendAudit(w, QStringLiteral("source"), id, QStringLiteral("remove"), QString(), QString());
    if (s) {
        QSqlQuery *q = w.query("deleteSource", QStringLiteral("DELETE FROM sources WHERE id = ?"));
        bindValues(q, {id});
        if (!q->exec())
            s = sqlError(*q, tr("Removing the source %1").arg(id));
    }
    if (s && !removals.isEmpty())
        announce(QString());
    if (s)
        s = commit();
    if (!s) {
        rollback();
        return s;
    }
    for (const QString &removed : std::as_const(removals))
        Q_EMIT productChanged(removed);
    return Ok{};
}

Status CatalogStore::replaceLineage(const SourceLineage &lineage)
{
    if (Status started = begin(); !started)
        return started;
    Writer w(database());
    Status s = lineageRows(w, lineage);
    if (s)
        announce(QString());
    if (s)
        s = commit();
    if (!s)
        rollback();
    return s;
}

Status CatalogStore::lineageRows(Writer &w, const SourceLineage &lineage) const
{
    const QString what = lineage.sourceId.isEmpty() ? tr("Writing the lineage of ingested events")
                                                    : tr("Writing the lineage of the source %1").arg(lineage.sourceId);
    auto run = [&](QSqlQuery *q, const QVariantList &values) -> Status {
        bindValues(q, values);
        if (!q->exec())
            return Status(sqlError(*q, what));
        return Ok{};
    };
    if (!lineage.add) {
        if (Status s
            = run(w.query("clearLineageIo", QStringLiteral("DELETE FROM lineage_io WHERE source_id = ?")), {lineage.sourceId});
            !s)
            return s;
        if (Status s = run(w.query("clearColumnLineage", QStringLiteral("DELETE FROM column_lineage WHERE source_id = ?")),
                           {lineage.sourceId});
            !s)
            return s;
    }
    // The events first: a team catalog's server takes the lineage of received events only beside
    // an event of the same transaction that reports it.
    QSet<std::pair<QString, QString>> newJobs;
    if (!lineage.events.isEmpty()) {
        if (Status s = eventRows(w, lineage.events, nullptr, {}, &newJobs); !s)
            return s;
    }
    LineageFacts facts;
    facts.merge(lineage.facts); // no repeated rows
    if (lineage.sourceId.isEmpty() && !lineage.events.isEmpty())
        keepJobs(facts, newJobs); // what events received before reported is stored already
    const QString io = QStringLiteral("INSERT INTO lineage_io (source_id, job_namespace, job_name, direction, dataset_namespace, "
                                      "dataset_name) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    for (const JobLineage &job : std::as_const(facts.jobs)) {
        for (const DatasetName &d : job.inputs) {
            if (Status s
                = run(w.query("lineageIo", io), {lineage.sourceId, job.ns, job.name, QStringLiteral("in"), d.ns, d.name});
                !s)
                return s;
        }
        for (const DatasetName &d : job.outputs) {
            if (Status s
                = run(w.query("lineageIo", io), {lineage.sourceId, job.ns, job.name, QStringLiteral("out"), d.ns, d.name});
                !s)
                return s;
        }
    }
    for (const ColumnLineage &c : std::as_const(facts.columns)) {
        if (Status s = run(w.query("columnLineage",
                                   QStringLiteral("INSERT INTO column_lineage (source_id, job_namespace, job_name, "
                                                  "output_namespace, output_name, output_field, input_namespace, input_name, "
                                                  "input_field, type, subtype, description, masking) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")),
                           {lineage.sourceId, c.jobNamespace, c.jobName, c.output.ns, c.output.name, c.outputField, c.input.ns,
                            c.input.name, c.inputField, c.type, c.subtype, c.description, int(c.masking)});
            !s)
            return s;
    }
    return Ok{};
}

Result<LineageFacts> CatalogStore::lineageFacts() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT job_namespace, job_name, direction, dataset_namespace, dataset_name FROM lineage_io "
                               "ORDER BY job_namespace, job_name, direction, dataset_namespace, dataset_name")))
        return sqlError(q, tr("Reading the lineage"));
    LineageFacts rows;
    while (q.next()) {
        const QString ns = q.value(0).toString();
        const QString name = q.value(1).toString();
        if (rows.jobs.isEmpty() || rows.jobs.last().ns != ns || rows.jobs.last().name != name)
            rows.jobs.append(JobLineage{ns, name, {}, {}});
        const DatasetName d{q.value(3).toString(), q.value(4).toString()};
        QList<DatasetName> &list
            = q.value(2).toString() == QLatin1String("in") ? rows.jobs.last().inputs : rows.jobs.last().outputs;
        if (!list.contains(d))
            list.append(d);
    }
    if (!q.exec(QStringLiteral("SELECT job_namespace, job_name, output_namespace, output_name, output_field, input_namespace, "
                               "input_name, input_field, type, subtype, description, masking FROM column_lineage "
                               "ORDER BY job_namespace, job_name, output_namespace, output_name, output_field, "
                               "input_namespace, input_name, input_field, type, subtype")))
        return sqlError(q, tr("Reading the column lineage"));
    while (q.next()) {
        rows.columns.append(ColumnLineage{q.value(0).toString(),
                                          q.value(1).toString(),
                                          {q.value(2).toString(), q.value(3).toString()},
                                          q.value(4).toString(),
                                          {q.value(5).toString(), q.value(6).toString()},
                                          q.value(7).toString(),
                                          q.value(8).toString(),
                                          q.value(9).toString(),
                                          q.value(10).toString(),
                                          q.value(11).toInt() != 0});
    }
    LineageFacts facts;
    facts.merge(rows); // the same job from two sources becomes one
    return facts;
}

Result<LineageInput> CatalogStore::lineageInput() const
{
    LineageInput in;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, p.title, p.domain_id, coalesce(d.name, ''), p.owner_team_id, "
                               "coalesce(t.name, ''), p.status FROM products p LEFT JOIN domains d ON d.id = p.domain_id "
                               "LEFT JOIN teams t ON t.id = p.owner_team_id ORDER BY p.id")))
        return sqlError(q, tr("Reading the products for the lineage"));
    while (q.next()) {
        in.products.append({q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString(),
                            q.value(6).toString(),
                            Catalog::statusFromKey(q.value(7).toString()).value_or(ProductStatus::Draft),
                            {}});
    }
    if (!q.exec(QStringLiteral("SELECT product_id, property, value, value_ext, unit, element, driver FROM sla_properties "
                               "ORDER BY product_id, position")))
        return sqlError(q, tr("Reading the service levels for the lineage"));
    {
        QHash<QString, qsizetype> productIndex;
        for (qsizetype i = 0; i < in.products.size(); ++i)
            productIndex.insert(in.products.at(i).id, i);
        while (q.next()) {
            const qsizetype i = productIndex.value(q.value(0).toString(), -1);
            if (i >= 0) {
                in.products[i].sla.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
            }
        }
    }
    if (!q.exec(QStringLiteral("SELECT product_id, name, physical_name, physical_type, server FROM datasets "
                               "ORDER BY product_id, position")))
        return sqlError(q, tr("Reading the datasets for the lineage"));
    while (q.next()) {
        in.datasets.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT product_id, dataset_name, name, logical_type, transform_sources, transform_logic "
                               "FROM dataset_columns ORDER BY product_id, dataset_name, position")))
        return sqlError(q, tr("Reading the columns for the lineage"));
    while (q.next()) {
        in.columns.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           splitLines(q.value(4).toString()), q.value(5).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT product_id, name, source_product_id, source_dataset FROM input_ports "
                               "ORDER BY product_id, position")))
        return sqlError(q, tr("Reading the input ports for the lineage"));
    while (q.next())
        in.ports.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    auto facts = lineageFacts();
    if (!facts)
        return facts.error();
    in.facts = std::move(facts.value());
    return in;
}

Result<QList<SourcedProduct>> CatalogStore::sourcedProducts(const QString &sourceId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id, revision, source_hash, synced_revision FROM products WHERE source_id = ? ORDER BY id"));
    q.addBindValue(sourceId);
    if (!q.exec())
        return sqlError(q, tr("Reading the products of the source %1").arg(sourceId));
    QList<SourcedProduct> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toInt()});
    return result;
}

// --- search -----------------------------------------------------------------------------------

namespace {

// Where a facet's values live. Every facet maps onto one of these fixed expressions: no user text
// ever becomes part of the SQL.
QString facetColumn(const QString &facet)
{
    if (facet == QLatin1String("domain"))
        return QStringLiteral("p.domain_id");
    if (facet == QLatin1String("owner"))
        return QStringLiteral("p.owner_team_id");
    if (facet == QLatin1String("classification"))
        return QStringLiteral("p.classification");
    if (facet == QLatin1String("status"))
        return QStringLiteral("p.status");
    return {};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

} // namespace

CatalogStore::Filter CatalogStore::filterFor(const QMap<QString, QStringList> &facets, const QString &except) const
{
    Filter filter;
    for (auto it = facets.cbegin(); it != facets.cend(); ++it) {
        if (it.key() == except || it.value().isEmpty())
            continue;
        if (it.key() == QLatin1String("tag")) {
            filter.sql += QLatin1String(" AND EXISTS (SELECT 1 FROM product_tags ft WHERE ft.product_id = p.id AND ft.tag IN (")
                + placeholders(it.value().size()) + QLatin1String("))");
        } else {
            filter.sql += QLatin1String(" AND ") + facetColumn(it.key()) + QLatin1String(" IN (")
                + placeholders(it.value().size()) + QLatin1Char(')');
        }
        for (const QString &v : it.value())
            filter.values << v;
    }
    return filter;
}

Result<QList<ProductSummary>> CatalogStore::summaries(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, tr("Searching"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q, tr("Searching"));
    QList<ProductSummary> result;
    while (q.next()) {
        ProductSummary s;
        s.id = q.value(0).toString();
        s.domainId = q.value(1).toString();
        s.name = q.value(2).toString();
        s.title = q.value(3).toString();
        s.status = Catalog::statusFromKey(q.value(4).toString()).value_or(ProductStatus::Draft);
        s.classification = Catalog::classificationFromKey(q.value(5).toString()).value_or(Classification::Unspecified);
        s.ownerTeamId = q.value(6).toString();
        s.revision = q.value(7).toInt();
        result << s;
    }
    return result;
}

Result<QList<SearchHit>> CatalogStore::search(const SearchQuery &query) const
{
    if (Status facetsOk = SearchParser::checkFacets(query.facets); !facetsOk)
        return facetsOk.error();
    const auto terms = SearchParser::parse(query.text);
    if (!terms)
        return terms.error();
    const Filter filter = filterFor(query.facets);
    const int limit = std::max(1, query.limit);
    const QString needle = query.text.trimmed().toLower();

    QList<SearchHit> hits;
    QSet<QString> seen;
    auto take = [&](const Result<QList<ProductSummary>> &found, int tier) -> Status {
        if (!found)
            return found.error();
        for (const ProductSummary &s : found.value()) {
            if (hits.size() < limit && !seen.contains(s.id)) {
                seen.insert(s.id);
                hits.append({s, tier});
            }
        }
        return Ok{};
    };

    if (needle.isEmpty()) {
        if (Status s = take(summaries(QLatin1String("SELECT ") + summaryColumns + QLatin1String(" FROM products p WHERE 1 = 1")
                                          + filter.sql + QLatin1String(" ORDER BY p.name, p.id LIMIT ?"),
                                      filter.values + QVariantList{limit}),
                            2);
            !s)
            return s.error();
        return hits;
    }

    // Tier 0: the name, title or id is what was typed.
    if (Status s
        = take(summaries(QLatin1String("SELECT ") + summaryColumns + QLatin1String(" FROM products p WHERE (lower(p.name)")
                             + collateBytes() + QLatin1String(" = ? OR lower(p.title)") + collateBytes()
                             + QLatin1String(" = ? OR p.id = ?)") + filter.sql + QLatin1String(" ORDER BY p.name, p.id LIMIT ?"),
                         QVariantList{needle, needle, query.text.trimmed()} + filter.values + QVariantList{limit}),
               0);
        !s)
        return s.error();
    // Tier 1: the name, then the title, begins with it: a range on the lower-case index, read in
    // index order so that it stops after the first few however many names share the prefix.
    for (const char *column : {"lower(p.name)", "lower(p.title)"}) {
        if (hits.size() >= limit)
            break;
        const QString key = QLatin1String(column) + collateBytes();
        if (Status s
            = take(summaries(QLatin1String("SELECT ") + summaryColumns + QLatin1String(" FROM products p WHERE ") + key
                                 + QLatin1String(" >= ? AND ") + key + QLatin1String(" < ?") + filter.sql
                                 + QLatin1String(" ORDER BY ") + key + QLatin1String(" LIMIT ?"),
                             QVariantList{needle, QString(needle + QChar(0xFFFF))} + filter.values + QVariantList{limit}),
                   1);
            !s)
            return s.error();
    }
    // Tiers 2 and 3: the words in names, titles or tags; then anywhere. Each by relevance. A word
    // still being typed is first looked up whole (one posting list, read only as far as needed),
    // and only then as a prefix (many words' lists merged).
    QList<std::pair<TextScope, QList<SearchTerm>>> passes;
    for (const TextScope scope : {TextScope::Names, TextScope::Everything}) {
        if (!terms->isEmpty() && terms->last().prefix) {
            QList<SearchTerm> whole = terms.value();
            whole.last().prefix = false;
            passes.append({scope, whole});
        }
        passes.append({scope, terms.value()});
    }
    for (const auto &[scope, passTerms] : std::as_const(passes)) {
        if (hits.size() >= limit || passTerms.isEmpty())
            break;
        QString sql = textIdsSql(true);
        sql.replace(QLatin1String("%FILTERS%"), filter.sql);
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return sqlError(q, tr("Searching"));
        const QVariantList values
            = QVariantList{textQuery(passTerms, scope)} + filter.values + QVariantList{limit + int(hits.size())};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return sqlError(q, tr("Searching"));
        QStringList ids;
        while (q.next()) {
            if (!seen.contains(q.value(0).toString()))
                ids << q.value(0).toString();
        }
        if (ids.isEmpty())
            continue;
        QVariantList idValues;
        for (const QString &id : std::as_const(ids))
            idValues << id;
        const auto found = summaries(QLatin1String("SELECT ") + summaryColumns + QLatin1String(" FROM products p WHERE p.id IN (")
                                         + placeholders(ids.size()) + QLatin1Char(')'),
                                     idValues);
        if (!found)
            return found.error();
        QList<ProductSummary> ordered = found.value();
        std::sort(ordered.begin(), ordered.end(), [&ids](const ProductSummary &a, const ProductSummary &b) {
            return ids.indexOf(a.id) < ids.indexOf(b.id);
        });
        if (Status s = take(ordered, scope == TextScope::Names ? 2 : 3); !s)
            return s.error();
    }
    return hits;
}

Result<QMap<QString, QList<FacetValue>>> CatalogStore::facets(const SearchQuery &query) const
{
    if (Status facetsOk = SearchParser::checkFacets(query.facets); !facetsOk)
        return facetsOk.error();
    const auto terms = SearchParser::parse(query.text);
    if (!terms)
        return terms.error();
    const QString needle = query.text.trimmed().toLower();

    // The products the text matches go into a temporary table once; every facet counts from it.
    QString from = QStringLiteral(" FROM products p");
    if (!needle.isEmpty()) {
        auto run = [this](const QString &sql, const QVariantList &values) -> Status {
            if (values.isEmpty())
                return exec(sql); // PostgreSQL prepares no DDL
            QSqlQuery q(database());
            if (!q.prepare(sql))
                return sqlError(q, tr("Counting the facets"));
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec())
                return sqlError(q, tr("Counting the facets"));
            return Ok{};
        };
        const QString upper = needle + QChar(0xFFFF);
        const QString lowerName = QLatin1String("lower(p.name)") + collateBytes();
        const QString lowerTitle = QLatin1String("lower(p.title)") + collateBytes();
        Status s = run(matchedTableSql(), {});
        if (s)
            s = run(QStringLiteral("DELETE FROM tessera_matched"), {});
        if (s)
            s = run(QLatin1String("INSERT INTO tessera_matched (k) SELECT p.") + rowKey()
                        + QLatin1String(" FROM products p WHERE p.id = ? OR (") + lowerName + QLatin1String(" >= ? AND ")
                        + lowerName + QLatin1String(" < ?) OR (") + lowerTitle + QLatin1String(" >= ? AND ") + lowerTitle
                        + QLatin1String(" < ?) ON CONFLICT (k) DO NOTHING"),
                    {query.text.trimmed(), needle, upper, needle, upper});
        if (s && !terms->isEmpty()) {
            s = run(QLatin1String("INSERT INTO tessera_matched (k) ") + textKeysSql()
                        + QLatin1String(" ON CONFLICT (k) DO NOTHING"),
                    {textQuery(terms.value(), TextScope::Everything)});
        }
        if (!s)
            return s.error();
        from = QLatin1String(" FROM tessera_matched m JOIN products p ON p.") + rowKey() + QLatin1String(" = m.k");
    }

    QMap<QString, QList<FacetValue>> result;
    const QStringList names = SearchQuery::facetNames();
    for (const QString &facet : names) {
        const Filter filter = filterFor(query.facets, facet);
        const QString value = facet == QLatin1String("tag") ? QStringLiteral("t.tag") : facetColumn(facet);
        const QString join
            = facet == QLatin1String("tag") ? QStringLiteral(" JOIN product_tags t ON t.product_id = p.id") : QString();
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.prepare(QLatin1String("SELECT ") + value + QLatin1String(", COUNT(*) AS n") + from + join
                       + QLatin1String(" WHERE 1 = 1") + filter.sql + QLatin1String(" GROUP BY ") + value
                       + QLatin1String(" ORDER BY n DESC, ") + value))
            return sqlError(q, tr("Counting the facets"));
        const QVariantList values = filter.values;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return sqlError(q, tr("Counting the facets"));
        QList<FacetValue> counts;
        while (q.next()) {
            if (!q.value(0).toString().isEmpty())
                counts.append({q.value(0).toString(), q.value(1).toInt()});
        }
        result.insert(facet, counts);
    }
    return result;
}

// --- audit --------------------------------------------------------------------------------------

Result<QList<NameHit>> CatalogStore::findNames(const QString &text, int limit) const
{
    const QString needle = text.trimmed().toLower();
    QList<NameHit> hits;
    if (needle.isEmpty() || limit <= 0)
        return hits;
    // A range on the lower-case name index, read in index order: fast however large the catalog.
    const QString key = QLatin1String("lower(x.name)") + collateBytes();
    const QVariantList values{needle, QString(needle + QChar(0xFFFF)), limit};
    struct Lookup {
        NameHit::Kind kind;
        QString sql;
    };
    const QList<Lookup> lookups{
        {NameHit::Kind::Dataset,
         QLatin1String("SELECT x.product_id, p.title, p.name, x.name, '', x.physical_type FROM datasets x "
                       "JOIN products p ON p.id = x.product_id WHERE ")
             + key + QLatin1String(" >= ? AND ") + key + QLatin1String(" < ? ORDER BY ") + key
             + QLatin1String(", x.product_id LIMIT ?")},
        {NameHit::Kind::Column,
         QLatin1String("SELECT x.product_id, p.title, p.name, x.dataset_name, x.name, x.logical_type FROM dataset_columns x "
                       "JOIN products p ON p.id = x.product_id WHERE ")
             + key + QLatin1String(" >= ? AND ") + key + QLatin1String(" < ? ORDER BY ") + key
             + QLatin1String(", x.product_id, x.dataset_name LIMIT ?")},
    };
    for (const Lookup &lookup : lookups) {
        QSqlQuery q(database());
        q.prepare(lookup.sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, tr("Finding datasets and columns"));
        while (q.next()) {
            const QString title = q.value(1).toString();
            hits.append({lookup.kind, q.value(0).toString(), title.isEmpty() ? q.value(2).toString() : title,
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        }
    }
    return hits;
}

Result<QList<ProductSummary>> CatalogStore::consumers(const QString &productId) const
{
    return summaries(QLatin1String("SELECT DISTINCT ") + summaryColumns
                         + QLatin1String(" FROM products p JOIN input_ports i ON i.product_id = p.id "
                                         "WHERE i.source_product_id = ? ORDER BY p.name, p.id"),
                     QVariantList{productId});
}

Result<QList<ProductSummary>> CatalogStore::summariesOf(const QStringList &ids) const
{
    if (ids.isEmpty())
        return QList<ProductSummary>();
    QString marks = QStringLiteral("?");
    QVariantList values{ids.first()};
    for (qsizetype i = 1; i < ids.size(); ++i) {
        marks += QLatin1String(", ?");
        values << ids.at(i);
    }
    return summaries(QLatin1String("SELECT ") + summaryColumns + QLatin1String(" FROM products p WHERE p.id IN (") + marks
                         + QLatin1String(") ORDER BY p.name, p.id"),
                     values);
}

Result<QList<AuditEntry>> CatalogStore::auditLog(const QString &entityId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT seq, at, actor, entity_type, entity_id, action, before_json, after_json, prev_hash, hash "
                             "FROM audit_log")
              + (entityId.isNull() ? QString() : QStringLiteral(" WHERE entity_id = ?")) + QStringLiteral(" ORDER BY seq"));
    if (!entityId.isNull())
        q.addBindValue(entityId);
    if (!q.exec())
        return sqlError(q, tr("Reading the audit log"));
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = timeFrom(q.value(1));
        e.actor = q.value(2).toString();
        e.entityType = q.value(3).toString();
        e.entityId = q.value(4).toString();
        e.action = q.value(5).toString();
        e.before = q.value(6).toString();
        e.after = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        result.append(e);
    }
    return result;
}

AuditVerification CatalogStore::verifyAudit() const
{
    AuditVerification v;
    const auto entries = auditLog();
    if (!entries) {
        v.ok = false;
        v.message = entries.error().message;
        return v;
    }
    QString previous;
    qint64 expectedSeq = 1;
    for (const AuditEntry &e : entries.value()) {
        ++v.checked;
        QString problem;
        if (e.seq != expectedSeq)
            problem = tr("entry %1 is missing").arg(expectedSeq);
        else if (e.prevHash != previous)
            problem = tr("entry %1 does not follow the entry before it").arg(e.seq);
        else if (e.computeHash() != e.hash)
            problem = tr("entry %1 was altered after it was written").arg(e.seq);
        if (!problem.isEmpty()) {
            v.ok = false;
            v.firstBroken = e.seq != expectedSeq ? expectedSeq : e.seq;
            v.message = tr("The audit log is broken: %1.").arg(problem);
            return v;
        }
        previous = e.hash;
        ++expectedSeq;
    }
    // The head remembers the last entry, so cutting entries off the end shows too.
    QSqlQuery head(database());
    if (head.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")) && head.next()) {
        if (head.value(0).toLongLong() != expectedSeq - 1 || head.value(1).toString() != previous) {
            v.ok = false;
            v.firstBroken = expectedSeq;
            v.message = tr("The audit log is broken: entries after %1 were removed.").arg(expectedSeq - 1);
        }
    }
    return v;
}

} // namespace Tessera
