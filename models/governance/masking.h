#pragma once

// Ranger's mask types applied to a value, as an engine enforcing them would show it:
//   MASK                 letters to x (X for capitals), digits to n; other characters kept
//   MASK_SHOW_LAST_4     letters and digits to x but the last four characters
//   MASK_SHOW_FIRST_4    letters and digits to x but the first four characters
//   MASK_HASH            SHA-256 of the value, in hex
//   MASK_NULL            null
//   MASK_DATE_SHOW_YEAR  a date or time to the first of January of its year ("1998-01-01")
//   CUSTOM               an SQL expression over {col}, run by SQLite under the policies' sandbox
//   MASK_NONE            the value
// A null value stays null.

#include "models/core/result.h"
#include "models/governance/policy.h"

#include <QCoreApplication>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera {

class Masking
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Masking)

public:
    static Result<QString> apply(MaskType mask, const QString &value, const QString &expression = QString());
};

// A mask to apply to many values: a CUSTOM expression is checked and compiled once, so a million
// values cost a million evaluations, not a million compilations.
class CompiledMask
{
public:
    static Result<std::shared_ptr<CompiledMask>> compile(MaskType mask, const QString &expression = QString());
    ~CompiledMask();
    Q_DISABLE_COPY_MOVE(CompiledMask)

    MaskType type() const { return m_mask; }
    Result<QString> apply(const QString &value) const;

private:
    explicit CompiledMask(MaskType mask);
    MaskType m_mask;
    QString m_expression;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Tessera
