#include "models/governance/qualitychecks.h"

#include "models/catalog/catalogstore.h"
#include "models/federation/samplemesh.h"
#include "models/governance/catalogviews.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

namespace Tessera {

namespace {

bool isMissing(const QString &value)
{
    const QString v = value.trimmed();
    return v.isEmpty() || QualityChecks::missingPlaceholders().contains(v.toLower());
}

// Whether a (present) value is of a logical type; types Tessera cannot judge accept anything.
bool isValid(const QString &value, const QString &logicalType)
{
    const QString v = value.trimmed();
    const QString type = logicalType.trimmed().toLower();
    bool ok = true;
    if (type == QLatin1String("integer") || type == QLatin1String("long"))
        (void)v.toLongLong(&ok);
    else if (type == QLatin1String("number") || type == QLatin1String("decimal") || type == QLatin1String("double")
             || type == QLatin1String("float"))
        (void)v.toDouble(&ok);
    else if (type == QLatin1String("boolean"))
        ok = QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("1")}.contains(
            v.toLower());
    else if (type == QLatin1String("date"))
        ok = QDate::fromString(v, Qt::ISODate).isValid();
    else if (type == QLatin1String("timestamp") || type == QLatin1String("datetime"))
        ok = QDateTime::fromString(v, Qt::ISODate).isValid() || QDateTime::fromString(v, Qt::ISODateWithMs).isValid();
    return ok;
}

int authorizeSample(void *, int action, const char *, const char *b, const char *, const char *)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
        return SQLITE_OK; // the database holds the sample alone
    case SQLITE_FUNCTION:
        return CatalogViews::functions().contains(QString::fromUtf8(b).toLower()) ? SQLITE_OK : SQLITE_DENY;
    default:
        return SQLITE_DENY;
    }
}

// An sql rule's number, the sample as a table in a private in-memory database.
Result<double> runSql(const PolicyQualityRule &rule, const Dataset &dataset, const CsvTable &sample)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return Error(QualityChecks::tr("Could not open a database in memory for the sample."));
    }
    auto close = qScopeGuard([db] {
        sqlite3_close(db);
    });
    auto sqlError = [db] {
        return Error(QString::fromUtf8(sqlite3_errmsg(db)));
    };
    QStringList columns;
    for (const QString &h : sample.header)
        columns << CatalogViews::sqlName(h);
    const QString table = CatalogViews::sqlName(dataset.name);
    const QByteArray create = QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    if (sqlite3_exec(db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError();
    sqlite3_stmt *insert = nullptr;
    const QByteArray insertSql = QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                     .arg(table, QStringLiteral("?,").repeated(columns.size()).chopped(1))
                                     .toUtf8();
    if (sqlite3_prepare_v2(db, insertSql.constData(), -1, &insert, nullptr) != SQLITE_OK)
        return sqlError();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const QStringList &row : sample.rows) {
        sqlite3_reset(insert);
        for (int c = 0; c < columns.size(); ++c) {
            const QString v = row.value(c);
            if (v.isEmpty())
                sqlite3_bind_null(insert, c + 1);
            else
                sqlite3_bind_text16(insert, c + 1, v.utf16(), int(v.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        }
        sqlite3_step(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);

    // From here on a sandbox, as the conditions', reading the sample's table only.
    CatalogViews::sandbox(db, authorizeSample);
    int steps = 0;
    sqlite3_progress_handler(db, 1000, CatalogViews::stepBudget, &steps);
    QString query = rule.query;
    query.replace(QLatin1String("{object}"), table).replace(QLatin1String("{column}"), CatalogViews::sqlName(rule.column));
    const QByteArray sql = query.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, &tail) != SQLITE_OK)
        return sqlError();
    auto finalize = qScopeGuard([stmt] {
        sqlite3_finalize(stmt);
    });
    if (tail && QByteArray(tail).trimmed().size() > 0)
        return Error(QualityChecks::tr("an sql rule is one query, not several statements"));
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_INTERRUPT)
        return Error(QualityChecks::tr("the query took too long and was stopped"));
    if (rc != SQLITE_ROW || sqlite3_column_type(stmt, 0) == SQLITE_NULL
        || (sqlite3_column_type(stmt, 0) != SQLITE_INTEGER && sqlite3_column_type(stmt, 0) != SQLITE_FLOAT))
        return rc == SQLITE_ROW || rc == SQLITE_DONE ? Error(QualityChecks::tr("the query gives no number")) : sqlError();
    return sqlite3_column_double(stmt, 0);
}

} // namespace

const QStringList &QualityChecks::missingPlaceholders()
{
    static const QStringList placeholders{QStringLiteral("n/a"), QStringLiteral("na"), QStringLiteral("null"),
                                          QStringLiteral("none"), QStringLiteral("-")};
    return placeholders;
}

bool QualityChecks::isValidValue(const QString &value, const QString &logicalType)
{
    return isValid(value, logicalType);
}

bool QualityChecks::meets(const PolicyQualityRule &rule, double m)
{
    switch (rule.op) {
    case QualityOperator::MustBe:
        return m == rule.value;
    case QualityOperator::MustNotBe:
        return m != rule.value;
    case QualityOperator::MustBeGreaterThan:
        return m > rule.value;
    case QualityOperator::MustBeGreaterOrEqualTo:
        return m >= rule.value;
    case QualityOperator::MustBeLessThan:
        return m < rule.value;
    case QualityOperator::MustBeLessOrEqualTo:
        return m <= rule.value;
    case QualityOperator::MustBeBetween:
        return m >= rule.value && m <= rule.upper;
    case QualityOperator::MustNotBeBetween:
        return m < rule.value || m > rule.upper;
    }
    return false;
}

QString QualityChecks::expectation(const PolicyQualityRule &rule)
{
    const QString v = QString::number(rule.value), u = QString::number(rule.upper);
    switch (rule.op) {
    case QualityOperator::MustBe:
        return tr("must be %1").arg(v);
    case QualityOperator::MustNotBe:
        return tr("must not be %1").arg(v);
    case QualityOperator::MustBeGreaterThan:
        return tr("must be greater than %1").arg(v);
    case QualityOperator::MustBeGreaterOrEqualTo:
        return tr("must be at least %1").arg(v);
    case QualityOperator::MustBeLessThan:
        return tr("must be less than %1").arg(v);
    case QualityOperator::MustBeLessOrEqualTo:
        return tr("must be at most %1").arg(v);
    case QualityOperator::MustBeBetween:
        return tr("must be between %1 and %2").arg(v, u);
    case QualityOperator::MustNotBeBetween:
        return tr("must not be between %1 and %2").arg(v, u);
    }
    return {};
}

Result<double> QualityChecks::measure(const PolicyQualityRule &rule, const Dataset &dataset, const CsvTable &sample)
{
    if (!rule.query.isEmpty())
        return runSql(rule, dataset, sample);
    if (rule.metric == QLatin1String("rowCount"))
        return double(sample.rows.size());
    // The column's values (or, for duplicates of the dataset, its key's or whole rows).
    QStringList values;
    QString logicalType;
    if (!rule.column.isEmpty()) {
        if (!sample.header.contains(rule.column))
            return Error(tr("the sample of %1 has no column %2").arg(dataset.name, rule.column));
        values = sample.column(rule.column);
        for (const Column &c : dataset.columns) {
            if (c.name == rule.column)
                logicalType = c.logicalType;
        }
    } else if (rule.metric == QLatin1String("duplicateValues")) {
        QList<qsizetype> key;
        for (const Column &c : dataset.columns) {
            if (c.primaryKey && sample.header.contains(c.name))
                key << sample.header.indexOf(c.name);
        }
        for (const QStringList &row : sample.rows) {
            QStringList parts;
            if (key.isEmpty())
                parts = row;
            else {
                for (qsizetype k : std::as_const(key))
                    parts << row.value(k);
            }
            values << parts.join(QChar(0x1f));
        }
    } else {
        return Error(tr("%1 needs a column").arg(rule.metric));
    }
    double count = 0;
    if (rule.metric == QLatin1String("nullValues")) {
        for (const QString &v : std::as_const(values))
            count += v.isEmpty() ? 1 : 0;
    } else if (rule.metric == QLatin1String("missingValues")) {
        for (const QString &v : std::as_const(values))
            count += isMissing(v) ? 1 : 0;
    } else if (rule.metric == QLatin1String("invalidValues")) {
        for (const QString &v : std::as_const(values))
            count += !v.isEmpty() && !isValid(v, logicalType) ? 1 : 0;
    } else if (rule.metric == QLatin1String("duplicateValues")) {
        QSet<QString> seen;
        for (const QString &v : std::as_const(values)) {
            if (v.isEmpty())
                continue;
            if (seen.contains(v))
                ++count;
            else
                seen.insert(v);
        }
    } else {
        return Error(tr("%1 cannot be measured on sample data").arg(rule.metric));
    }
    return count;
}

QList<Violation> QualityChecks::check(const QList<Policy> &policies, const Product &product, const QString &domainName,
                                      const Dataset &dataset, const CsvTable &sample, QList<Error> *errors)
{
    QList<Violation> violations;
    for (const Policy &policy : policies) {
        if (policy.kind != PolicyKind::Quality || !Standards::inScope(policy.scope, product))
            continue;
        for (const PolicyQualityRule &rule : policy.quality) {
            const Result<double> measured = measure(rule, dataset, sample);
            const QString what = rule.query.isEmpty()
                ? (rule.column.isEmpty() ? rule.metric : tr("%1 of %2").arg(rule.metric, rule.column))
                : tr("the sql rule");
            if (!measured) {
                if (errors)
                    *errors << Error(tr("%1 on the sample of %2 (%3): %4")
                                         .arg(rule.id, dataset.name, product.id, measured.error().message))
                                   .at(policy.file, rule.position.line, rule.position.column);
                continue;
            }
            if (meets(rule, measured.value()))
                continue;
            Violation v;
            v.policyId = policy.id;
            v.ruleId = rule.id;
            v.severity = policy.severity;
            v.productId = product.id;
            v.productName = product.title.isEmpty() ? product.name : product.title;
            v.domainId = product.domainId;
            v.domainName = domainName;
            v.message = policy.title;
            v.condition = tr("%1 %2 (on the sample of %3)").arg(what, expectation(rule), dataset.name);
            v.factNames = {what, tr("sample rows")};
            v.factValues = {QString::number(measured.value()), QString::number(sample.rows.size())};
            v.file = policy.file;
            v.position = rule.position;
            violations << v;
        }
    }
    return violations;
}

namespace {

bool anyQuality(const QList<Policy> &policies)
{
    return std::any_of(policies.cbegin(), policies.cend(), [](const Policy &p) {
        return p.kind == PolicyKind::Quality;
    });
}

// The sample mesh's products (those with sample data in the application), read once.
const QStringList &meshProductIds()
{
    static const QStringList ids = [] {
        QStringList all;
        for (const Product &p : SampleMesh::read().products)
            all << p.id;
        return all;
    }();
    return ids;
}

// A sample mesh product's datasets measured on their samples (<domain>/samples/<dataset>.csv).
QList<Violation> onMeshSamples(const QList<Policy> &policies, const Product &product, const QString &domainName,
                               QList<Error> *errors)
{
    QList<Violation> violations;
    for (const Dataset &d : product.datasets) {
        const CsvTable sample = SampleMesh::sample(product.domainId, d.name);
        if (!sample.header.isEmpty())
            violations << QualityChecks::check(policies, product, domainName, d, sample, errors);
    }
    return violations;
}

} // namespace

QList<Violation> QualityChecks::ofProduct(const QList<Policy> &policies, const Product &product, const QString &domainName,
                                          QList<Error> *errors)
{
    if (!anyQuality(policies) || !meshProductIds().contains(product.id))
        return {};
    return onMeshSamples(policies, product, domainName, errors);
}

QString QualityChecks::samplePath(const QString &productFile, const QString &dataset)
{
    // samples/ beside the product's file, or beside the folder it is in (a domain folder holding
    // products/, contracts/ and samples/).
    const QDir here = QFileInfo(productFile).dir();
    for (const QString &folder : {here.filePath(QStringLiteral("samples")), here.filePath(QStringLiteral("../samples"))}) {
        const QString path = QDir::cleanPath(folder + QLatin1Char('/') + dataset + QLatin1String(".csv"));
        if (QFileInfo::exists(path))
            return path;
    }
    return QString();
}

QList<Violation> QualityChecks::onFiles(const QList<Policy> &policies, const QList<Product> &products,
                                        const QHash<QString, QString> &domainNames, const QString &baseDir, QList<Error> *errors)
{
    QList<Violation> violations;
    if (!anyQuality(policies))
        return violations;
    for (const Product &product : products) {
        if (product.provenance.file.isEmpty())
            continue;
        const QString file = baseDir.isEmpty() ? product.provenance.file : QDir(baseDir).filePath(product.provenance.file);
        for (const Dataset &d : product.datasets) {
            const QString path = samplePath(file, d.name);
            if (path.isEmpty())
                continue;
            QFile sample(path);
            if (!sample.open(QIODevice::ReadOnly)) {
                if (errors)
                    *errors << Error(sample.errorString()).at(path);
                continue;
            }
            violations << check(policies, product, domainNames.value(product.domainId, product.domainId), d,
                                CsvReader::read(sample.read(maxSampleBytes)), errors);
        }
    }
    return violations;
}

QList<Violation> QualityChecks::onSamples(const QList<Policy> &policies, const CatalogStore &store, QList<Error> *errors)
{
    // The datasets with sample data are the sample mesh's: its products, as the catalog holds
    // them now, against the samples the mesh ships.
    QList<Violation> violations;
    if (!anyQuality(policies))
        return violations;
    for (const QString &id : meshProductIds()) {
        const auto stored = store.product(id);
        if (stored && stored.value())
            violations << onMeshSamples(policies, *stored.value(), store.domainName(stored.value()->domainId), errors);
    }
    return violations;
}

} // namespace Tessera
