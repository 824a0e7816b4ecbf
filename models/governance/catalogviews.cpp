#include "models/governance/catalogviews.h"

#include "models/catalog/catalogstore.h"
#include "models/catalog/presentation.h"
#include "models/pipelines/pipelinestatus.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <thread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Tessera {

namespace {

const QString conditionPrefix = QStringLiteral("SELECT id FROM products WHERE NOT coalesce((\n");
const QString conditionSuffix = QStringLiteral("\n), 0) ORDER BY id");

int authorize(void *, int action, const char *a, const char *b, const char *, const char *)
{
    switch (action) {
    case SQLITE_SELECT:
        return SQLITE_OK;
    case SQLITE_READ: {
        const QString table = QString::fromUtf8(a).toLower();
        for (const auto &[name, columns] : CatalogViews::tables()) {
            if (name == table)
                return SQLITE_OK;
        }
        return SQLITE_DENY;
    }
    case SQLITE_FUNCTION:
        return CatalogViews::functions().contains(QString::fromUtf8(b).toLower()) ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_DENY; // writes, ATTACH, PRAGMA, transactions, recursive queries, schema changes
    }
}

// A service level as a number when it is the property asked for: its duration in units of `per`
// seconds (per > 0), or its plain value (per == 0).
std::optional<double> slaValue(const SlaProperty &p, QLatin1StringView property, double per)
{
    if (p.property.trimmed().compare(property, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    if (per > 0) {
        if (const auto seconds = slaSeconds(p))
            return double(*seconds) / per;
        return std::nullopt;
    }
    bool ok = false;
    const double v = p.value.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// The first of a product's service levels that is the property asked for and a number.
std::optional<double> slaNumber(const QList<SlaProperty> &sla, QLatin1StringView property, double per)
{
    for (const SlaProperty &p : sla) {
        if (const auto v = slaValue(p, property, per))
            return v;
    }
    return std::nullopt;
}

QString text16(sqlite3_value *v)
{
    const auto *text = static_cast<const QChar *>(sqlite3_value_text16(v));
    return text ? QString(text, sqlite3_value_bytes16(v) / qsizetype(sizeof(char16_t))) : QString();
}

// tessera_sla(property, value, unit, wanted, per): slaValue in SQL, while the views are copied.
void slaFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const SlaProperty p{text16(argv[0]), text16(argv[1]), {}, text16(argv[2]), {}, {}};
    const QByteArray wanted(reinterpret_cast<const char *>(sqlite3_value_text(argv[3])));
    if (const auto v = slaValue(p, QLatin1StringView(wanted), sqlite3_value_double(argv[4])))
        sqlite3_result_double(context, *v);
    else
        sqlite3_result_null(context);
}

// Characters, as SQLite's length() counts them (not UTF-16 units).
qint64 characters(const QString &text)
{
    return text.size() - std::count_if(text.cbegin(), text.cend(), [](QChar c) {
               return c.isLowSurrogate();
           });
}

// One row bound value by value and inserted: texts are bound as UTF-16, as QString holds them, so
// nothing is converted on the way.
class Row
{
public:
    explicit Row(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {
        sqlite3_reset(stmt);
    }
    // A text, empty (not null) when there is none, as the catalog holds it.
    Row &text(const QString &v)
    {
        sqlite3_bind_text16(m_stmt, ++m_at, v.isNull() ? static_cast<const void *>(u"") : v.utf16(),
                            int(v.size() * sizeof(char16_t)), SQLITE_STATIC);
        return *this;
    }
    Row &textOrNull(const QString &v)
    {
        if (v.isEmpty())
            sqlite3_bind_null(m_stmt, ++m_at);
        else
            text(v);
        return *this;
    }
    Row &number(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_at, v);
        return *this;
    }
    Row &real(std::optional<double> v)
    {
        if (v)
            sqlite3_bind_double(m_stmt, ++m_at, *v);
        else
            sqlite3_bind_null(m_stmt, ++m_at);
        return *this;
    }
    bool insert() { return sqlite3_step(m_stmt) == SQLITE_DONE; }

private:
    sqlite3_stmt *m_stmt;
    int m_at = 0;
};

// The rows of products and teams, inserted from what a catalog store reads.
class Inserter
{
public:
    explicit Inserter(sqlite3 *db)
        : m_db(db)
    {
        for (const auto &[name, columns] : CatalogViews::tables()) {
            sqlite3_stmt *s = nullptr;
            const QByteArray sql = QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                       .arg(name, QStringLiteral("?,").repeated(columns.size()).chopped(1))
                                       .toUtf8();
            if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK) {
                m_failed = name;
                return;
            }
            m_inserts.insert(name, s);
        }
    }
    ~Inserter()
    {
        for (sqlite3_stmt *s : std::as_const(m_inserts))
            sqlite3_finalize(s);
    }
    Inserter(const Inserter &) = delete;
    Inserter &operator=(const Inserter &) = delete;

    // What could not be prepared or inserted; empty when all went well.
    QString failed() const { return m_failed; }

    bool product(const Product &p, const QHash<QString, QString> &teamNames, const QHash<QString, QString> &domainNames)
    {
        if (!m_failed.isEmpty())
            return false;
        int columnCount = 0;
        for (const Dataset &d : p.datasets)
            columnCount += int(d.columns.size());
        const QString tags = p.tags.join(QLatin1Char(','));
        if (!Row(statement("products"))
                 .text(p.id)
                 .text(p.name)
                 .text(p.title)
                 .text(p.description)
                 .text(p.domainId)
                 .text(domainNames.value(p.domainId, p.domainId))
                 .textOrNull(p.ownerTeamId)
                 .textOrNull(p.ownerTeamId.isEmpty() ? QString() : teamNames.value(p.ownerTeamId, p.ownerTeamId))
                 .text(Catalog::statusKey(p.status))
                 .text(p.version)
                 .textOrNull(Catalog::classificationKey(p.classification))
                 .text(tags)
                 .number(characters(p.documentation))
                 .number(p.datasets.size())
                 .number(columnCount)
                 .number(p.inputs.size())
                 .real(slaNumber(p.sla, "latency"_L1, 3600))
                 .real(slaNumber(p.sla, "frequency"_L1, 3600))
                 .real(slaNumber(p.sla, "availability"_L1, 0))
                 .real(slaNumber(p.sla, "retention"_L1, 86400))
                 .insert())
            return fail(p.id);
        for (const Dataset &d : p.datasets) {
            if (!Row(statement("datasets"))
                     .text(p.id)
                     .text(d.name)
                     .text(d.physicalName)
                     .text(d.physicalType)
                     .text(d.description)
                     .number(d.columns.size())
                     .insert())
                return fail(p.id);
            for (qsizetype position = 0; position < d.columns.size(); ++position) {
                const Column &c = d.columns.at(position);
                const QString columnTags = c.tags.join(QLatin1Char(','));
                if (!Row(statement("columns"))
                         .text(p.id)
                         .text(d.name)
                         .text(c.name)
                         .text(c.logicalType)
                         .text(c.physicalType)
                         .textOrNull(Catalog::classificationKey(c.classification))
                         .text(columnTags)
                         .text(c.description)
                         .number(c.required)
                         .number(c.unique)
                         .number(c.primaryKey)
                         .number(position)
                         .insert())
                    return fail(p.id);
            }
        }
        for (const SlaProperty &s : p.sla) {
            if (!Row(statement("sla")).text(p.id).text(s.property).text(s.value).text(s.unit).insert())
                return fail(p.id);
        }
        for (const QString &tag : p.tags) {
            if (!Row(statement("tags")).text(p.id).text(tag).insert())
                return fail(p.id);
        }
        return true;
    }

    bool team(const Team &t)
    {
        if (!m_failed.isEmpty())
            return false;
        return Row(statement("teams")).text(t.id).text(t.name).text(t.domainId).number(t.members.size()).insert() || fail(t.id);
    }

private:
    sqlite3_stmt *statement(const char *table) const { return m_inserts.value(QLatin1StringView(table)); }
    bool fail(const QString &what)
    {
        m_failed = what;
        return false;
    }

    sqlite3 *m_db;
    QHash<QString, sqlite3_stmt *> m_inserts;
    QString m_failed;
};

QHash<QString, QString> namesOf(const QList<Team> &teams)
{
    QHash<QString, QString> names;
    for (const Team &t : teams)
        names.insert(t.id, t.name);
    return names;
}

// The views copied from a SQLite catalog attached as "catalog": the rows the Inserter makes of
// the products the store reads, made by SQL (tst_catalogviews compares the two). Rows go in in
// product id order, as conditions read them: a product's rows stand together.
constexpr const char *copyFromCatalog[] = {
    "INSERT INTO products SELECT p.id, p.name, p.title, p.description, p.domain_id, "
    "coalesce((SELECT d.name FROM catalog.domains d WHERE d.id = p.domain_id), p.domain_id), "
    "nullif(p.owner_team_id, ''), "
    "CASE WHEN p.owner_team_id = '' THEN NULL ELSE "
    "coalesce((SELECT t.name FROM catalog.teams t WHERE t.id = p.owner_team_id), p.owner_team_id) END, "
    "p.status, p.version, nullif(p.classification, ''), "
    "coalesce((SELECT group_concat(t.tag, ',' ORDER BY t.position) FROM catalog.product_tags t "
    "WHERE t.product_id = p.id), ''), "
    "length(p.documentation), "
    "(SELECT count(*) FROM catalog.datasets d WHERE d.product_id = p.id), "
    "(SELECT count(*) FROM catalog.dataset_columns c WHERE c.product_id = p.id), "
    "(SELECT count(*) FROM catalog.input_ports i WHERE i.product_id = p.id), "
    "(SELECT tessera_sla(s.property, s.value, s.unit, 'latency', 3600) AS v FROM catalog.sla_properties s "
    "WHERE s.product_id = p.id AND v IS NOT NULL ORDER BY s.position LIMIT 1), "
    "(SELECT tessera_sla(s.property, s.value, s.unit, 'frequency', 3600) AS v FROM catalog.sla_properties s "
    "WHERE s.product_id = p.id AND v IS NOT NULL ORDER BY s.position LIMIT 1), "
    "(SELECT tessera_sla(s.property, s.value, s.unit, 'availability', 0) AS v FROM catalog.sla_properties s "
    "WHERE s.product_id = p.id AND v IS NOT NULL ORDER BY s.position LIMIT 1), "
    "(SELECT tessera_sla(s.property, s.value, s.unit, 'retention', 86400) AS v FROM catalog.sla_properties s "
    "WHERE s.product_id = p.id AND v IS NOT NULL ORDER BY s.position LIMIT 1) "
    "FROM catalog.products p ORDER BY p.id",
    "INSERT INTO datasets SELECT d.product_id, d.name, d.physical_name, d.physical_type, d.description, "
    "(SELECT count(*) FROM catalog.dataset_columns c WHERE c.product_id = d.product_id AND c.dataset_name = d.name) "
    "FROM catalog.datasets d ORDER BY d.product_id, d.position",
    "INSERT INTO columns SELECT c.product_id, c.dataset_name, c.name, c.logical_type, c.physical_type, "
    "nullif(c.classification, ''), "
    "coalesce((SELECT group_concat(t.tag, ',' ORDER BY t.position) FROM catalog.column_tags t "
    "WHERE t.product_id = c.product_id AND t.dataset_name = c.dataset_name AND t.column_name = c.name), ''), "
    "c.description, c.required, c.is_unique, c.primary_key, c.position FROM catalog.dataset_columns c "
    "ORDER BY c.product_id, c.dataset_name, c.name",
    "INSERT INTO sla SELECT product_id, property, value, unit FROM catalog.sla_properties ORDER BY product_id, position",
    "INSERT INTO tags SELECT product_id, tag FROM catalog.product_tags ORDER BY product_id, position",
    "INSERT INTO teams SELECT t.id, t.name, t.domain_id, "
    "(SELECT count(*) FROM catalog.team_members m WHERE m.team_id = t.id) FROM catalog.teams t",
};

// A value as SQL shows it: null, 72, 2.5, 'text' (quotes doubled).
QString textAt(sqlite3_stmt *stmt, int i)
{
    // As UTF-8, which the views hold: no converted copy inside SQLite.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, i)) : QString();
}

QString shown(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
        return QStringLiteral("null");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(stmt, i), 'g', 15);
    default:
        return CatalogViews::sqlString(textAt(stmt, i));
    }
}

} // namespace

namespace {

// The teams and the domains' names, beside the products read.
Result<CatalogContent> withNames(const CatalogStore &store, QList<Product> products)
{
    CatalogContent content;
    content.products = std::move(products);
    auto teams = store.teams();
    if (!teams)
        return teams.error();
    content.teams = teams.value();
    auto domains = store.domains();
    if (!domains)
        return domains.error();
    for (const Domain &d : domains.value())
        content.domainNames.insert(d.id, d.name);
    return content;
}

} // namespace

Result<CatalogContent> CatalogContent::read(const CatalogStore &store)
{
    auto products = store.allProducts(CatalogStore::ProductParts::WithoutDocuments);
    if (!products)
        return products.error();
    return withNames(store, std::move(products).value());
}

Result<CatalogContent> CatalogContent::readProduct(const CatalogStore &store, const QString &productId)
{
    const auto product = store.product(productId);
    if (!product)
        return product.error();
    return withNames(store, product.value() ? QList<Product>{*product.value()} : QList<Product>());
}

CatalogContent CatalogContent::of(const MeshFiles &files)
{
    CatalogContent content{files.products, files.teams, {}};
    for (const Domain &d : files.domains)
        content.domainNames.insert(d.id, d.name);
    return content;
}

struct CatalogViews::Prepared {
    sqlite3_stmt *stmt = nullptr;
    ~Prepared() { sqlite3_finalize(stmt); }
};

CatalogViews::~CatalogViews()
{
    sqlite3_close(m_reader);
    sqlite3_close(m_db);
}

const QList<std::pair<QString, QStringList>> &CatalogViews::tables()
{
    static const QList<std::pair<QString, QStringList>> list{
        {QStringLiteral("products"),
         {QStringLiteral("id"),
          QStringLiteral("name"),
          QStringLiteral("title"),
          QStringLiteral("description"),
          QStringLiteral("domain_id"),
          QStringLiteral("domain_name"),
          QStringLiteral("owner_team_id"),
          QStringLiteral("owner_team_name"),
          QStringLiteral("status"),
          QStringLiteral("version"),
          QStringLiteral("classification"),
          QStringLiteral("tags"),
          QStringLiteral("documentation_length"),
          QStringLiteral("dataset_count"),
          QStringLiteral("column_count"),
          QStringLiteral("input_count"),
          QStringLiteral("latency_hours"),
          QStringLiteral("frequency_hours"),
          QStringLiteral("availability_percent"),
          QStringLiteral("retention_days")}},
        {QStringLiteral("datasets"),
         {QStringLiteral("product_id"), QStringLiteral("name"), QStringLiteral("physical_name"), QStringLiteral("physical_type"),
          QStringLiteral("description"), QStringLiteral("column_count")}},
        {QStringLiteral("columns"),
         {QStringLiteral("product_id"), QStringLiteral("dataset"), QStringLiteral("name"), QStringLiteral("logical_type"),
          QStringLiteral("physical_type"), QStringLiteral("classification"), QStringLiteral("tags"),
          QStringLiteral("description"), QStringLiteral("required"), QStringLiteral("is_unique"), QStringLiteral("primary_key"),
          QStringLiteral("position")}},
        {QStringLiteral("teams"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("domain_id"), QStringLiteral("member_count")}},
        {QStringLiteral("sla"),
         {QStringLiteral("product_id"), QStringLiteral("property"), QStringLiteral("value"), QStringLiteral("unit")}},
        {QStringLiteral("tags"), {QStringLiteral("product_id"), QStringLiteral("tag")}},
    };
    return list;
}

void CatalogViews::sandbox(sqlite3 *db, Authorizer authorizer)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1'000'000);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100'000);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 8);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_set_authorizer(db, authorizer ? authorizer : authorize, nullptr);
}

int CatalogViews::stepBudget(void *thousands)
{
    return ++*static_cast<int *>(thousands) > maxThousandSteps ? 1 : 0;
}

QString CatalogViews::sqlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString CatalogViews::sqlName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const QStringList &CatalogViews::functions()
{
    // Pure functions of their arguments over small values: nothing that reads or writes outside,
    // makes large values (printf, zeroblob, randomblob) or loads anything.
    static const QStringList list{
        QStringLiteral("abs"),    QStringLiteral("avg"),      QStringLiteral("coalesce"), QStringLiteral("count"),
        QStringLiteral("date"),   QStringLiteral("datetime"), QStringLiteral("glob"),     QStringLiteral("group_concat"),
        QStringLiteral("ifnull"), QStringLiteral("iif"),      QStringLiteral("instr"),    QStringLiteral("julianday"),
        QStringLiteral("length"), QStringLiteral("like"),     QStringLiteral("lower"),    QStringLiteral("ltrim"),
        QStringLiteral("max"),    QStringLiteral("min"),      QStringLiteral("nullif"),   QStringLiteral("replace"),
        QStringLiteral("round"),  QStringLiteral("rtrim"),    QStringLiteral("substr"),   QStringLiteral("substring"),
        QStringLiteral("sum"),    QStringLiteral("total"),    QStringLiteral("trim"),     QStringLiteral("typeof"),
        QStringLiteral("upper"),
    };
    return list;
}

Result<std::unique_ptr<CatalogViews>> CatalogViews::create()
{
    std::unique_ptr<CatalogViews> views(new CatalogViews);
    // In a temporary file read through memory maps, which a second connection reads too (so
    // that two conditions run at once) without a copy of its own.
    views->m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tessera-views-XXXXXX"));
    if (!views->m_dir->isValid())
        return Error(tr("Could not make a temporary folder for the policies' views: %1").arg(views->m_dir->errorString()));
    views->m_name = views->m_dir->filePath(QStringLiteral("views.sqlite")).toUtf8();
    if (sqlite3_open_v2(views->m_name.constData(), &views->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                        nullptr)
        != SQLITE_OK)
        return Error(tr("Could not open a database for the policies' views in %1.").arg(views->m_dir->path()));
    sqlite3_exec(views->m_db, "PRAGMA synchronous = OFF; PRAGMA mmap_size = 1099511627776; PRAGMA cache_size = -65536", nullptr,
                 nullptr, nullptr);
    QString ddl = QStringLiteral("PRAGMA journal_mode = MEMORY;");
    for (const auto &[name, columns] : tables())
        ddl += QStringLiteral("CREATE TABLE %1 (%2%3;")
                   .arg(name, columns.join(QStringLiteral(", ")),
                        // A product's columns stand together, in order: conditions read them by product.
                        name == QLatin1String("columns")
                            ? QStringLiteral(", PRIMARY KEY (product_id, dataset, position)) WITHOUT ROWID")
                            : QStringLiteral(")"));
    if (sqlite3_exec(views->m_db, ddl.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(tr("Could not build the policies' views (%1): %2")
                         .arg(QStringLiteral("schema"), QString::fromUtf8(sqlite3_errmsg(views->m_db))));
    return views;
}

Status CatalogViews::commit()
{
    // Indexes once the rows are in: faster than keeping them up to date row by row.
    if (sqlite3_exec(m_db,
                     "CREATE UNIQUE INDEX products_by_id ON products (id); CREATE INDEX datasets_of_product ON datasets "
                     "(product_id); CREATE INDEX sla_of_product "
                     "ON sla (product_id); CREATE INDEX tags_of_product ON tags (product_id); CREATE INDEX teams_by_id ON "
                     "teams (id); COMMIT",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return Error(tr("Could not build the policies' views (%1): %2")
                         .arg(QStringLiteral("commit"), QString::fromUtf8(sqlite3_errmsg(m_db))));
    return Ok{};
}

void CatalogViews::seal()
{
    if (sqlite3_open_v2(m_name.constData(), &m_reader, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_exec(m_reader, "PRAGMA mmap_size = 1099511627776", nullptr, nullptr, nullptr);
    } else {
        sqlite3_close(m_reader); // conditions run on one connection only
        m_reader = nullptr;
    }
    // How many rows each table has per product: conditions reading the larger ones run first.
    const double products = std::max(1, productCount());
    for (const auto &[table, columns] : tables()) {
        if (table == QLatin1String("products"))
            continue;
        const auto rows = select(QStringLiteral("SELECT count(*) FROM ") + table);
        m_rowsPerProduct.append(
            {QRegularExpression(QStringLiteral("\\b%1\\b").arg(table), QRegularExpression::CaseInsensitiveOption),
             rows ? rows.value().first().first().toDouble() / products : 1.0});
    }
    loadNames({});
    sandbox(m_db);
    if (m_reader)
        sandbox(m_reader);
}

void CatalogViews::loadNames(const QString &productId)
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(
        m_db,
        productId.isEmpty()
            ? "SELECT rowid, id, coalesce(nullif(title, ''), name), domain_id, domain_name FROM products"
            : "SELECT rowid, id, coalesce(nullif(title, ''), name), domain_id, domain_name FROM products WHERE id = ?",
        -1, &stmt, nullptr);
    const Prepared prepared{stmt};
    if (!productId.isEmpty())
        sqlite3_bind_text16(stmt, 1, productId.utf16(), int(productId.size() * sizeof(char16_t)), SQLITE_STATIC);
    QHash<QString, QString> shared; // a domain's id and name once, for all its products
    auto once = [&shared](QString text) {
        return *shared.insert(text, text); // keeps the first
    };
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const qint64 rowid = sqlite3_column_int64(stmt, 0);
        if (rowid < 0 || rowid > (qint64(1) << 31))
            continue;
        if (size_t(rowid) >= m_names.size())
            m_names.resize(size_t(rowid) + 1 + (productId.isEmpty() ? 0 : 1024));
        m_names[size_t(rowid)] = {textAt(stmt, 1), textAt(stmt, 2), once(textAt(stmt, 3)), once(textAt(stmt, 4)), {}};
    }
}

Result<std::unique_ptr<CatalogViews>> CatalogViews::build(const QList<Product> &products, const QList<Team> &teams,
                                                          const QHash<QString, QString> &domainNames)
{
    auto views = create();
    if (!views)
        return views.error();
    sqlite3 *db = views.value()->m_db;
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(tr("Could not build the policies' views (%1): %2").arg(u"begin"_s, QString::fromUtf8(sqlite3_errmsg(db))));
    {
        Inserter insert(db);
        const QHash<QString, QString> teamNames = namesOf(teams);
        for (const Product &p : products) {
            if (!insert.product(p, teamNames, domainNames))
                break;
        }
        for (const Team &t : teams) {
            if (!insert.team(t))
                break;
        }
        if (!insert.failed().isEmpty())
            return Error(
                tr("Could not build the policies' views (%1): %2").arg(insert.failed(), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    if (Status s = views.value()->commit(); !s)
        return s.error();
    views.value()->seal();
    return views;
}

Result<std::unique_ptr<CatalogViews>> CatalogViews::build(const CatalogStore &store)
{
    if (store.location().kind() == CatalogLocation::Kind::SqliteFile)
        return copy(store.location().filePath());
    const auto content = CatalogContent::read(store);
    if (!content)
        return content.error();
    return build(content.value());
}

Result<std::unique_ptr<CatalogViews>> CatalogViews::copy(const QString &sqliteFile)
{
    auto views = create();
    if (!views)
        return views.error();
    sqlite3 *db = views.value()->m_db;
    auto fail = [db](const QString &what) {
        return Error(tr("Could not build the policies' views (%1): %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    };
    sqlite3_create_function_v2(db, "tessera_sla", 5, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, slaFunction, nullptr, nullptr,
                               nullptr);
    // Attached read-only (a URI: a path may hold ? or #), copied in one transaction (one
    // consistent reading of the catalog), and detached before the views become a sandbox.
    const QByteArray uri = QUrl::fromLocalFile(sqliteFile).toEncoded() + "?mode=ro";
    sqlite3_stmt *attach = nullptr;
    sqlite3_prepare_v2(db, "ATTACH ? AS catalog", -1, &attach, nullptr);
    sqlite3_bind_text(attach, 1, uri.constData(), int(uri.size()), SQLITE_TRANSIENT);
    const int attached = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (attached != SQLITE_DONE)
        return fail(sqliteFile);
    auto detach = qScopeGuard([db] {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(db, "DETACH catalog", nullptr, nullptr, nullptr);
    });
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("begin"));
    for (const char *sql : copyFromCatalog) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(QString::fromLatin1(sql).section(QLatin1Char(' '), 2, 2));
    }
    if (Status s = views.value()->commit(); !s)
        return s.error();
    detach.dismiss();
    if (sqlite3_exec(db, "DETACH catalog", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("detach"));
    sqlite3_create_function_v2(db, "tessera_sla", 5, SQLITE_UTF16, nullptr, nullptr, nullptr, nullptr, nullptr);
    views.value()->seal();
    return views;
}

Status CatalogViews::update(const CatalogStore &store, const QString &productId)
{
    const auto content = CatalogContent::readProduct(store, productId);
    if (!content)
        return content.error();

    // Out of the sandbox for the while: the views are written to as they were built.
    sqlite3_set_authorizer(m_db, nullptr, nullptr);
    const int length = sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 1'000'000'000);
    auto back = qScopeGuard([this, length] {
        sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, length);
        sqlite3_set_authorizer(m_db, authorize, nullptr);
    });
    m_cache.clear();
    auto fail = [this](const QString &what) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return Error(tr("Could not update the policies' views (%1): %2").arg(what, message));
    };
    if (sqlite3_exec(m_db, "BEGIN; DELETE FROM teams", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("begin"));
    for (const char *table : {"products", "datasets", "columns", "sla", "tags"}) {
        sqlite3_stmt *remove = nullptr;
        const QByteArray sql
            = QByteArray("DELETE FROM ") + table + (qstrcmp(table, "products") == 0 ? " WHERE id = ?" : " WHERE product_id = ?");
        sqlite3_prepare_v2(m_db, sql.constData(), -1, &remove, nullptr);
        sqlite3_bind_text16(remove, 1, productId.utf16(), int(productId.size() * sizeof(char16_t)), SQLITE_STATIC);
        const int rc = sqlite3_step(remove);
        sqlite3_finalize(remove);
        if (rc != SQLITE_DONE)
            return fail(QString::fromLatin1(table));
    }
    {
        Inserter insert(m_db);
        for (const Product &p : content->products)
            insert.product(p, namesOf(content->teams), content->domainNames);
        for (const Team &t : content->teams)
            insert.team(t);
        if (!insert.failed().isEmpty())
            return fail(insert.failed());
    }
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("commit"));
    loadNames(productId);
    return Ok{};
}

std::unique_ptr<CatalogViews::Prepared> CatalogViews::prepare(sqlite3 *db, const QString &prefix, const QString &condition,
                                                              const QString &suffix, ConditionError *error) const
{
    if (condition.trimmed().isEmpty()) {
        *error = {tr("the condition is empty"), 0};
        return nullptr;
    }
    const QByteArray sql = (prefix + condition + suffix).toUtf8();
    auto prepared = std::make_unique<Prepared>();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &prepared->stmt, &tail) != SQLITE_OK) {
        const int offset = sqlite3_error_offset(db);
        const int start = int(prefix.toUtf8().size());
        const QByteArray conditionUtf8 = condition.toUtf8();
        int at = -1;
        if (offset >= start && offset <= start + conditionUtf8.size())
            at = int(QString::fromUtf8(conditionUtf8.left(offset - start)).size());
        QString message = QString::fromUtf8(sqlite3_errmsg(db));
        if (at < 0) {
            // SQLite does not always say where: find the name it complains of.
            static const QRegularExpression named(QStringLiteral("^no such (?:table|column|function): (?:\\w+\\.)?(\\w+)"));
            if (const QRegularExpressionMatch m = named.match(message); m.hasMatch()) {
                const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(m.captured(1))),
                                              QRegularExpression::CaseInsensitiveOption);
                at = int(condition.indexOf(word));
            }
        }
        if (message == QLatin1String("not authorized"))
            message = tr("not allowed in a condition: only reading %1 and calling %2")
                          .arg(QStringList{QStringLiteral("products"), QStringLiteral("datasets"), QStringLiteral("columns"),
                                           QStringLiteral("teams"), QStringLiteral("sla"), QStringLiteral("tags")}
                                   .join(QStringLiteral(", ")),
                               functions().join(QStringLiteral(", ")));
        *error = {message, at};
        return nullptr;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        *error = {tr("a condition is one expression, not several statements"), -1};
        return nullptr;
    }
    return prepared;
}

std::optional<CatalogViews::ConditionError> CatalogViews::check(const QString &condition) const
{
    ConditionError error;
    if (!prepare(m_db, conditionPrefix, condition, conditionSuffix, &error))
        return error;
    return std::nullopt;
}

namespace {

// Steps a statement to its end within the budget: each row to `row`.
template<typename Row>
Status stepAll(sqlite3 *db, sqlite3_stmt *stmt, Row row)
{
    int thousands = 0;
    sqlite3_progress_handler(db, 1000, CatalogViews::stepBudget, &thousands);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (rc == SQLITE_INTERRUPT)
        return Error(CatalogViews::tr("the condition took too long (more than %1 million steps) and was stopped")
                         .arg(CatalogViews::maxThousandSteps / 1000));
    if (rc != SQLITE_DONE)
        return Error(QString::fromUtf8(sqlite3_errmsg(db)));
    return Ok{};
}

} // namespace

Result<QStringList> CatalogViews::failing(const QString &condition) const
{
    ConditionError error;
    const std::unique_ptr<Prepared> prepared = prepare(m_db, conditionPrefix, condition, conditionSuffix, &error);
    if (!prepared)
        return Error(error.message);
    QStringList ids;
    if (Status s = stepAll(m_db, prepared->stmt,
                           [&ids](sqlite3_stmt *stmt) {
                               ids << textAt(stmt, 0);
                           });
        !s)
        return s.error();
    return ids;
}

namespace {

// The rows of queries with the same condition and columns, whatever their scopes: the condition
// is run once over the products in any of the scopes, each scope's test a column of its own.
QString groupSelect(const QList<ConditionQuery> &queries, const QList<qsizetype> &members)
{
    QString select = QStringLiteral("SELECT rowid");
    const ConditionQuery &first = queries.at(members.first());
    for (const QString &column : first.columns)
        select += QStringLiteral(", ") + column;
    QStringList scopes;
    for (qsizetype m : members) {
        const QString &scope = queries.at(m).scope;
        select += scope.isEmpty() ? QStringLiteral(", 1") : QStringLiteral(", coalesce((%1), 0)").arg(scope);
        scopes << (scope.isEmpty() ? QString() : QLatin1Char('(') + scope + QLatin1Char(')'));
    }
    select += QStringLiteral(" FROM products WHERE ");
    if (!scopes.contains(QString()))
        select += QLatin1Char('(') + scopes.join(QStringLiteral(" OR ")) + QStringLiteral(") AND ");
    return select + QStringLiteral("NOT coalesce((\n");
}

} // namespace

Result<QList<QList<FailingProduct>>> CatalogViews::run(sqlite3 *db, const QList<ConditionQuery> &queries,
                                                       const QList<qsizetype> &members) const
{
    static const QStringList known = tables().first().second;
    const ConditionQuery &first = queries.at(members.first());
    for (const QString &column : first.columns) {
        if (!known.contains(column))
            return Error(tr("products has no column %1").arg(column));
    }
    ConditionError error;
    const std::unique_ptr<Prepared> prepared
        = prepare(db, groupSelect(queries, members), first.condition, conditionSuffix, &error);
    if (!prepared)
        return Error(error.message);
    QList<QList<FailingProduct>> lists(members.size());
    const int wanted = int(first.columns.size());
    const int scopes = int(members.size());
    if (Status s = stepAll(db, prepared->stmt,
                           [this, &lists, wanted, scopes](sqlite3_stmt *stmt) {
                               const qint64 rowid = sqlite3_column_int64(stmt, 0);
                               FailingProduct row
                                   = rowid >= 0 && size_t(rowid) < m_names.size() ? m_names[size_t(rowid)] : FailingProduct();
                               row.values.reserve(wanted);
                               for (int i = 0; i < wanted; ++i)
                                   row.values << shown(stmt, 1 + i);
                               for (int m = 0; m < scopes; ++m) {
                                   if (sqlite3_column_int(stmt, 1 + wanted + m) != 0)
                                       lists[m] << row;
                               }
                           });
        !s)
        return m_interrupted ? Error(tr("stopped")) : s.error();
    return lists;
}

void CatalogViews::interrupt()
{
    m_interrupted = true;
    sqlite3_interrupt(m_db);
    if (m_reader)
        sqlite3_interrupt(m_reader);
}

void CatalogViews::resume()
{
    m_interrupted = false;
}

QList<Result<QList<FailingProduct>>> CatalogViews::failing(const QList<ConditionQuery> &queries,
                                                           EvaluationProgress *progress) const
{
    std::vector<std::optional<Result<QList<FailingProduct>>>> results(size_t(queries.size()));
    QStringList keys;
    // The queries not cached, grouped by condition and columns: each group is run once.
    QList<QList<qsizetype>> groups;
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const ConditionQuery &q = queries.at(i);
        const QString group = q.columns.join(QLatin1Char(',')) + QChar(0x1f) + q.condition;
        keys << q.scope + QChar(0x1f) + group;
        if (const auto cached = m_cache.constFind(keys.last()); cached != m_cache.cend()) {
            results[size_t(i)] = cached.value();
            continue;
        }
        // At most maxGroup scopes in one query: each adds to its length and its expression's
        // depth, which the sandbox limits.
        if (const auto found = groupOf.constFind(group); found != groupOf.cend() && groups.at(found.value()).size() < maxGroup) {
            groups[found.value()] << i;
        } else {
            groupOf.insert(group, groups.size()); // a full group's followers start another
            groups.append(QList<qsizetype>{i});
        }
    }
    // The costliest first (by the rows per product the tables it names have), so that the two
    // connections finish about together.
    QList<std::pair<double, qsizetype>> order;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        double cost = 1;
        for (const auto &[table, rows] : m_rowsPerProduct)
            cost += queries.at(groups.at(g).first()).condition.contains(table) ? rows : 0;
        order.append({-cost, g});
    }
    std::stable_sort(order.begin(), order.end());
    if (progress)
        progress->total += int(groups.size());
    std::atomic<qsizetype> next{0};
    auto work = [&](sqlite3 *db) {
        for (qsizetype n = next++; n < groups.size(); n = next++) {
            const QList<qsizetype> &members = groups.at(order.at(n).second);
            auto rows = m_interrupted ? Result<QList<QList<FailingProduct>>>(Error(tr("stopped"))) : run(db, queries, members);
            if (progress)
                ++progress->done;
            for (qsizetype m = 0; m < members.size(); ++m) {
                if (rows)
                    results[size_t(members.at(m))] = std::move(rows.value()[m]);
                else
                    results[size_t(members.at(m))] = rows.error();
            }
        }
    };
    if (m_reader && groups.size() > 1) {
        std::thread beside(work, m_reader);
        work(m_db);
        beside.join();
    } else {
        work(m_db);
    }
    QList<Result<QList<FailingProduct>>> list;
    list.reserve(queries.size());
    for (const QList<qsizetype> &members : std::as_const(groups)) {
        for (qsizetype i : members) {
            if (results[size_t(i)]->ok())
                m_cache.insert(keys.at(i), results[size_t(i)]->value());
        }
    }
    for (qsizetype i = 0; i < queries.size(); ++i)
        list << std::move(*results[size_t(i)]);
    return list;
}

int CatalogViews::productCount() const
{
    const auto rows = select(QStringLiteral("SELECT count(*) FROM products"));
    return rows ? rows.value().first().first().toInt() : 0;
}

Result<QList<QStringList>> CatalogViews::select(const QString &sql) const
{
    ConditionError error;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    Prepared prepared{stmt};
    if (tail && QByteArray(tail).trimmed().size() > 0)
        return Error(tr("a query is one statement, not several"));
    QList<QStringList> rows;
    if (Status s = stepAll(m_db, stmt,
                           [&rows](sqlite3_stmt *row) {
                               QStringList values;
                               for (int i = 0; i < sqlite3_column_count(row); ++i)
                                   values << shown(row, i);
                               rows << values;
                           });
        !s)
        return s.error();
    return rows;
}

} // namespace Tessera
