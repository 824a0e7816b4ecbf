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

namespace Tessera {

class Masking
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Masking)

public:
    static Result<QString> apply(MaskType mask, const QString &value, const QString &expression = QString());
};

} // namespace Tessera
