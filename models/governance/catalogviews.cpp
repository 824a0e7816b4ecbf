#include "models/governance/catalogviews.h"

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

// Binds texts (a null QString binds NULL; texts that are numbers bind as numbers) and runs.
bool insert(sqlite3_stmt *stmt, const QStringList &values, const QList<bool> &numeric)
{
    sqlite3_reset(stmt);
    for (int i = 0; i < values.size(); ++i) {
        const QString &v = values.at(i);
        if (v.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else if (numeric.value(i)) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (ok)
                sqlite3_bind_double(stmt, i + 1, d);
            else
                sqlite3_bind_null(stmt, i + 1);
        } else {
            const QByteArray utf8 = v.toUtf8();
            sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    return sqlite3_step(stmt) == SQLITE_DONE;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

} // namespace

struct CatalogViews::Prepared {
    sqlite3_stmt *stmt = nullptr;
    ~Prepared() { sqlite3_finalize(stmt); }
};

CatalogViews::~CatalogViews()
{
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
    ddl += QStringLiteral(
        "CREATE INDEX columns_of_product ON columns (product_id); CREATE INDEX datasets_of_product ON datasets "
        "(product_id); CREATE INDEX sla_of_product ON sla (product_id); CREATE INDEX tags_of_product ON tags (product_id);");
    if (sqlite3_exec(db, ddl.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("schema"));

    QHash<QString, QString> teamNames;
    for (const Team &t : teams)
        teamNames.insert(t.id, t.name);
    QHash<QString, sqlite3_stmt *> inserts;
    auto statement = [&](const QString &table) -> sqlite3_stmt * {
        if (sqlite3_stmt *s = inserts.value(table))
            return s;
        qsizetype count = 0;
        for (const auto &[name, columns] : tables()) {
            if (name == table)
                count = columns.size();
        }
        sqlite3_stmt *s = nullptr;
        const QByteArray sql
            = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, QStringLiteral("?,").repeated(count).chopped(1)).toUtf8();
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &s, nullptr);
        inserts.insert(table, s);
        return s;
    };
    auto finalize = qScopeGuard([&inserts] {
        for (sqlite3_stmt *s : std::as_const(inserts))
            sqlite3_finalize(s);
    });
    for (const Product &p : products) {
        int columnCount = 0;
        for (const Dataset &d : p.datasets)
            columnCount += int(d.columns.size());
        const QString classification = Catalog::classificationKey(p.classification);
        if (!insert(statement(QStringLiteral("products")),
                    {p.id,
                     p.name,
                     p.title,
                     p.description,
                     p.domainId,
                     domainNames.value(p.domainId, p.domainId),
                     p.ownerTeamId.isEmpty() ? QString() : p.ownerTeamId,
                     p.ownerTeamId.isEmpty() ? QString() : teamNames.value(p.ownerTeamId, p.ownerTeamId),
                     Catalog::statusKey(p.status),
                     p.version,
                     classification.isEmpty() ? QString() : classification,
                     p.tags.join(QLatin1Char(',')),
                     QString::number(p.documentation.size()),
                     QString::number(p.datasets.size()),
                     QString::number(columnCount),
                     QString::number(p.inputs.size()),
                     slaNumber(p.sla, "latency", 3600),
                     slaNumber(p.sla, "frequency", 3600),
                     slaNumber(p.sla, "availability", 0),
                     slaNumber(p.sla, "retention", 86400)},
                    {false, false, false, false, false, false, false, false, false, false,
                     false, false, true,  true,  true,  true,  true,  true,  true,  true}))
            return fail(p.id);
        for (const Dataset &d : p.datasets) {
            if (!insert(statement(QStringLiteral("datasets")),
                        {p.id, d.name, d.physicalName, d.physicalType, d.description, QString::number(d.columns.size())},
                        {false, false, false, false, false, true}))
                return fail(p.id);
            for (const Column &c : d.columns) {
                const QString cls = Catalog::classificationKey(c.classification);
                if (!insert(statement(QStringLiteral("columns")),
                            {p.id, d.name, c.name, c.logicalType, c.physicalType, cls.isEmpty() ? QString() : cls,
                             c.tags.join(QLatin1Char(',')), c.description, boolText(c.required), boolText(c.unique),
                             boolText(c.primaryKey)},
                            {false, false, false, false, false, false, false, false, true, true, true}))
                    return fail(p.id);
            }
        }
        for (const SlaProperty &s : p.sla) {
            if (!insert(statement(QStringLiteral("sla")), {p.id, s.property, s.value, s.unit}, {false, false, false, false}))
                return fail(p.id);
        }
        for (const QString &tag : p.tags) {
            if (!insert(statement(QStringLiteral("tags")), {p.id, tag}, {false, false}))
                return fail(p.id);
        }
    }
    for (const Team &t : teams) {
        if (!insert(statement(QStringLiteral("teams")), {t.id, t.name, t.domainId, QString::number(t.members.size())},
                    {false, false, false, true}))
            return fail(t.id);
    }
    finalize.dismiss();
    for (sqlite3_stmt *s : std::as_const(inserts))
        sqlite3_finalize(s);
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
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

QHash<QString, QString> CatalogViews::productRow(const QString &productId) const
{
    QHash<QString, QString> row;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT * FROM products WHERE id = ?", -1, &stmt, nullptr) != SQLITE_OK)
        return row;
    const QByteArray id = productId.toUtf8();
    sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            row.insert(QString::fromUtf8(sqlite3_column_name(stmt, i)), text ? QString::fromUtf8(text) : QString());
        }
    }
    sqlite3_finalize(stmt);
    return row;
}

} // namespace Tessera
