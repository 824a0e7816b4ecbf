#include "models/governance/catalogviews.h"

#include "models/catalog/catalogstore.h"
#include "models/catalog/presentation.h"
#include "models/pipelines/pipelinestatus.h"

#include <QRegularExpression>

#include <sqlite3.h>

namespace Tessera {

namespace {

const QString conditionPrefix = QStringLiteral("SELECT id FROM products WHERE NOT coalesce((\n");
const QString conditionSuffix = QStringLiteral("\n), 0) ORDER BY id");

struct Budget {
    int thousands = 0;
};

int countSteps(void *data)
{
    auto *budget = static_cast<Budget *>(data);
    return ++budget->thousands > CatalogViews::maxThousandSteps ? 1 : 0;
}

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

// A service level as a number: its duration in units of `per` seconds (per > 0), or its plain
// value (per == 0); null when the product has none.
QString slaNumber(const QList<SlaProperty> &sla, const char *property, double per)
{
    for (const SlaProperty &p : sla) {
        if (p.property.trimmed().compare(QLatin1String(property), Qt::CaseInsensitive) != 0)
            continue;
        if (per > 0) {
            if (const auto seconds = slaSeconds(p))
                return QString::number(double(*seconds) / per);
        } else {
            bool ok = false;
            const double v = p.value.trimmed().toDouble(&ok);
            if (ok)
                return QString::number(v);
        }
    }
    return QString();
}

// One row bound value by value and inserted: a null QString binds NULL; texts are bound as
// UTF-16, as QString holds them, so nothing is converted on the way.
class Row
{
public:
    explicit Row(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {
        sqlite3_reset(stmt);
    }
    Row &text(const QString &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, ++m_at);
        else
            sqlite3_bind_text16(m_stmt, ++m_at, v.utf16(), int(v.size() * sizeof(char16_t)), SQLITE_STATIC);
        return *this;
    }
    Row &textOrNull(const QString &v) { return text(v.isEmpty() ? QString() : v); }
    Row &number(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_at, v);
        return *this;
    }
    // A number given as text (the service levels'): null when it is not one.
    Row &numberText(const QString &v)
    {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok)
            sqlite3_bind_double(m_stmt, ++m_at, d);
        else
            sqlite3_bind_null(m_stmt, ++m_at);
        return *this;
    }
    bool insert() { return sqlite3_step(m_stmt) == SQLITE_DONE; }

private:
    sqlite3_stmt *m_stmt;
    int m_at = 0;
};

} // namespace

Result<CatalogContent> CatalogContent::read(const CatalogStore &store)
{
    CatalogContent content;
    auto products = store.allProducts(CatalogStore::ProductParts::WithoutDocuments);
    if (!products)
        return products.error();
    content.products = std::move(products).value();
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
    m_productRow.reset();
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
          QStringLiteral("description"), QStringLiteral("required"), QStringLiteral("is_unique"), QStringLiteral("primary_key")}},
        {QStringLiteral("teams"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("domain_id"), QStringLiteral("member_count")}},
        {QStringLiteral("sla"),
         {QStringLiteral("product_id"), QStringLiteral("property"), QStringLiteral("value"), QStringLiteral("unit")}},
        {QStringLiteral("tags"), {QStringLiteral("product_id"), QStringLiteral("tag")}},
    };
    return list;
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

Result<std::unique_ptr<CatalogViews>> CatalogViews::build(const QList<Product> &products, const QList<Team> &teams,
                                                          const QHash<QString, QString> &domainNames)
{
    std::unique_ptr<CatalogViews> views(new CatalogViews);
    if (sqlite3_open_v2(":memory:", &views->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, nullptr)
        != SQLITE_OK)
        return Error(tr("Could not open a database in memory for the policies' views."));
    sqlite3 *db = views->m_db;
    auto fail = [db](const QString &what) {
        return Error(tr("Could not build the policies' views (%1): %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    };
    QString ddl = QStringLiteral("BEGIN;");
    for (const auto &[name, columns] : tables())
        ddl += QStringLiteral("CREATE TABLE %1 (%2);").arg(name, columns.join(QStringLiteral(", ")));
    if (sqlite3_exec(db, ddl.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("schema"));

    QHash<QString, QString> teamNames;
    for (const Team &t : teams)
        teamNames.insert(t.id, t.name);
    QHash<QString, sqlite3_stmt *> inserts;
    auto finalize = qScopeGuard([&inserts] {
        for (sqlite3_stmt *s : std::as_const(inserts))
            sqlite3_finalize(s);
    });
    for (const auto &[name, columns] : tables()) {
        sqlite3_stmt *s = nullptr;
        const QByteArray sql = QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                   .arg(name, QStringLiteral("?,").repeated(columns.size()).chopped(1))
                                   .toUtf8();
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr) != SQLITE_OK)
            return fail(name);
        inserts.insert(name, s);
    }
    sqlite3_stmt *const productRows = inserts.value(QStringLiteral("products"));
    sqlite3_stmt *const datasetRows = inserts.value(QStringLiteral("datasets"));
    sqlite3_stmt *const columnRows = inserts.value(QStringLiteral("columns"));
    sqlite3_stmt *const slaRows = inserts.value(QStringLiteral("sla"));
    sqlite3_stmt *const tagRows = inserts.value(QStringLiteral("tags"));
    sqlite3_stmt *const teamRows = inserts.value(QStringLiteral("teams"));
    for (const Product &p : products) {
        int columnCount = 0;
        for (const Dataset &d : p.datasets)
            columnCount += int(d.columns.size());
        const QString tags = p.tags.join(QLatin1Char(','));
        if (!Row(productRows)
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
                 .number(p.documentation.size())
                 .number(p.datasets.size())
                 .number(columnCount)
                 .number(p.inputs.size())
                 .numberText(slaNumber(p.sla, "latency", 3600))
                 .numberText(slaNumber(p.sla, "frequency", 3600))
                 .numberText(slaNumber(p.sla, "availability", 0))
                 .numberText(slaNumber(p.sla, "retention", 86400))
                 .insert())
            return fail(p.id);
        for (const Dataset &d : p.datasets) {
            if (!Row(datasetRows)
                     .text(p.id)
                     .text(d.name)
                     .text(d.physicalName)
                     .text(d.physicalType)
                     .text(d.description)
                     .number(d.columns.size())
                     .insert())
                return fail(p.id);
            for (const Column &c : d.columns) {
                const QString columnTags = c.tags.join(QLatin1Char(','));
                if (!Row(columnRows)
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
                         .insert())
                    return fail(p.id);
            }
        }
        for (const SlaProperty &s : p.sla) {
            if (!Row(slaRows).text(p.id).text(s.property).text(s.value).text(s.unit).insert())
                return fail(p.id);
        }
        for (const QString &tag : p.tags) {
            if (!Row(tagRows).text(p.id).text(tag).insert())
                return fail(p.id);
        }
    }
    for (const Team &t : teams) {
        if (!Row(teamRows).text(t.id).text(t.name).text(t.domainId).number(t.members.size()).insert())
            return fail(t.id);
    }
    // Indexes once the rows are in: faster than keeping them up to date row by row.
    if (sqlite3_exec(db,
                     "CREATE UNIQUE INDEX products_by_id ON products (id); CREATE INDEX columns_of_product ON columns "
                     "(product_id); CREATE INDEX datasets_of_product ON datasets (product_id); CREATE INDEX sla_of_product "
                     "ON sla (product_id); CREATE INDEX tags_of_product ON tags (product_id); CREATE INDEX teams_by_id ON "
                     "teams (id); COMMIT",
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return fail(QStringLiteral("commit"));

    // From here on the database is a sandbox.
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
    sqlite3_set_authorizer(db, authorize, nullptr);
    return views;
}

std::unique_ptr<CatalogViews::Prepared> CatalogViews::prepare(const QString &condition, ConditionError *error) const
{
    if (condition.trimmed().isEmpty()) {
        *error = {tr("the condition is empty"), 0};
        return nullptr;
    }
    const QByteArray sql = (conditionPrefix + condition + conditionSuffix).toUtf8();
    auto prepared = std::make_unique<Prepared>();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &prepared->stmt, &tail) != SQLITE_OK) {
        const int offset = sqlite3_error_offset(m_db);
        const int prefix = int(conditionPrefix.toUtf8().size());
        const QByteArray conditionUtf8 = condition.toUtf8();
        int at = -1;
        if (offset >= prefix && offset <= prefix + conditionUtf8.size())
            at = int(QString::fromUtf8(conditionUtf8.left(offset - prefix)).size());
        QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
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
    if (!prepare(condition, &error))
        return error;
    return std::nullopt;
}

Result<QStringList> CatalogViews::failing(const QString &condition) const
{
    ConditionError error;
    const std::unique_ptr<Prepared> prepared = prepare(condition, &error);
    if (!prepared)
        return Error(error.message);
    Budget budget;
    sqlite3_progress_handler(m_db, 1000, countSteps, &budget);
    QStringList ids;
    int rc;
    while ((rc = sqlite3_step(prepared->stmt)) == SQLITE_ROW)
        ids << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(prepared->stmt, 0)));
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (rc == SQLITE_INTERRUPT)
        return Error(tr("the condition took too long (more than %1 million steps) and was stopped").arg(maxThousandSteps / 1000));
    if (rc != SQLITE_DONE)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return ids;
}

QStringList CatalogViews::productValues(const QString &productId, const QStringList &columns) const
{
    if (!m_productRow) {
        m_productRow = std::make_unique<Prepared>();
        if (sqlite3_prepare_v2(m_db, "SELECT * FROM products WHERE id = ?", -1, &m_productRow->stmt, nullptr) != SQLITE_OK)
            return QStringList(columns.size(), QString());
    }
    sqlite3_stmt *stmt = m_productRow->stmt;
    sqlite3_reset(stmt);
    sqlite3_bind_text16(stmt, 1, productId.utf16(), int(productId.size() * sizeof(char16_t)), SQLITE_STATIC);
    QStringList values(columns.size(), QString());
    if (sqlite3_step(stmt) != SQLITE_ROW)
        return values;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const qsizetype at = columns.indexOf(QLatin1String(sqlite3_column_name(stmt, i)));
        if (at < 0 || sqlite3_column_type(stmt, i) == SQLITE_NULL)
            continue;
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(stmt, i));
        values[at]
            = QString(reinterpret_cast<const QChar *>(text), sqlite3_column_bytes16(stmt, i) / qsizetype(sizeof(char16_t)));
    }
    return values;
}

} // namespace Tessera
