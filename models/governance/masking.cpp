#include "models/governance/masking.h"

#include "models/governance/catalogviews.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <sqlite3.h>

namespace Tessera {

namespace {

QChar maskedChar(QChar c, bool keepCase)
{
    if (c.isDigit())
        return keepCase ? QLatin1Char('n') : QLatin1Char('x');
    if (c.isLetter())
        return keepCase && c.isUpper() ? QLatin1Char('X') : QLatin1Char('x');
    return c;
}

// Letters and digits of [from, to) masked.
QString masked(const QString &value, qsizetype from, qsizetype to, bool keepCase)
{
    QString out = value;
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min(to, value.size()); ++i)
        out[i] = maskedChar(value.at(i), keepCase);
    return out;
}

int allowOnlyFunctions(void *, int action, const char *, const char *b, const char *, const char *)
{
    if (action == SQLITE_SELECT)
        return SQLITE_OK;
    if (action == SQLITE_FUNCTION)
        return CatalogViews::functions().contains(QString::fromUtf8(b).toLower()) ? SQLITE_OK : SQLITE_DENY;
    return SQLITE_DENY;
}

// A mask is a small expression: a million steps at most.
int maskStepBudget(void *thousands)
{
    return ++*static_cast<int *>(thousands) > 1000 ? 1 : 0;
}

} // namespace

Result<QString> Masking::apply(MaskType mask, const QString &value, const QString &expression)
{
    if (mask == MaskType::Custom) {
        const auto compiled = CompiledMask::compile(mask, expression);
        if (!compiled)
            return compiled.error();
        return compiled.value()->apply(value);
    }
    if (value.isNull())
        return QString();
    switch (mask) {
    case MaskType::Mask:
        return masked(value, 0, value.size(), true);
    case MaskType::ShowLast4:
        return masked(value, 0, value.size() - 4, false);
    case MaskType::ShowFirst4:
        return masked(value, 4, value.size(), false);
    case MaskType::Hash:
        return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex());
    case MaskType::Null:
        return QString();
    case MaskType::DateShowYear: {
        static const QRegularExpression year(QStringLiteral("^\\s*(\\d{4})-\\d{2}-\\d{2}"));
        const QRegularExpressionMatch m = year.match(value);
        if (!m.hasMatch())
            return QString(); // not a date: nothing of it may show
        return QString(m.captured(1) + QLatin1String("-01-01"));
    }
    case MaskType::None:
    case MaskType::Custom:
        break;
    }
    return value;
}

} // namespace Tessera

namespace Tessera {

CompiledMask::CompiledMask(MaskType mask)
    : m_mask(mask)
{
}

CompiledMask::~CompiledMask()
{
    sqlite3_finalize(m_statement);
    sqlite3_close(m_db);
}

Result<std::shared_ptr<CompiledMask>> CompiledMask::compile(MaskType mask, const QString &expression)
{
    std::shared_ptr<CompiledMask> compiled(new CompiledMask(mask));
    if (mask != MaskType::Custom)
        return compiled;
    compiled->m_expression = expression;
    if (sqlite3_open_v2(":memory:", &compiled->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK)
        return Error(Masking::tr("Could not open a database in memory to run a custom mask."));
    sqlite3 *db = compiled->m_db;
    CatalogViews::sandbox(db, allowOnlyFunctions); // a mask reads nothing but its value
    QString sql = expression;
    sql.replace(QLatin1String("{col}"), QLatin1String("?1"));
    const QByteArray utf8 = (QLatin1String("SELECT (") + sql + QLatin1Char(')')).toUtf8();
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &compiled->m_statement, &tail) != SQLITE_OK
        || (tail && QByteArray(tail).trimmed().size() > 0)) {
        const QString message = compiled->m_statement ? Masking::tr("one expression, not several statements")
                                                      : QString::fromUtf8(sqlite3_errmsg(db));
        return Error(Masking::tr("The custom mask “%1” cannot be run: %2").arg(expression, message));
    }
    return compiled;
}

Result<QString> CompiledMask::apply(const QString &value) const
{
    if (m_mask != MaskType::Custom)
        return Masking::apply(m_mask, value);
    sqlite3_reset(m_statement);
    if (value.isNull())
        sqlite3_bind_null(m_statement, 1);
    else
        sqlite3_bind_text16(m_statement, 1, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
    // A step budget: a mask is a small expression.
    int steps = 0;
    sqlite3_progress_handler(m_db, 1000, maskStepBudget, &steps);
    QString result;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW && sqlite3_column_type(m_statement, 0) != SQLITE_NULL) {
        const auto *text = static_cast<const QChar *>(sqlite3_column_text16(m_statement, 0));
        result = QString(text, sqlite3_column_bytes16(m_statement, 0) / qsizetype(sizeof(char16_t)));
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (rc != SQLITE_ROW)
        return Error(Masking::tr("The custom mask “%1” failed: %2").arg(m_expression, message));
    return result;
}

} // namespace Tessera
