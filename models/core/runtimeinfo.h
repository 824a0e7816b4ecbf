#pragma once

#include "models/core/result.h"

#include <QString>

namespace Tessera {

// Versions of the libraries Tessera runs on, for --version, the About dialog and bug reports.
struct RuntimeInfo {
    QString tesseraVersion;
    QString qtRuntimeVersion; // the Qt loaded now
    QString qtBuildVersion; // the Qt we were compiled against
    QString sqliteLibraryVersion; // the libsqlite3 we call directly (sandbox APIs)
    QString sqliteDriverVersion; // the SQLite behind Qt's QSQLITE driver; empty when the driver is missing

    static RuntimeInfo current();
};

// Who is working: the name the operating system knows this person by ("unknown" when none).
QString currentUserName();

// The sandbox APIs (authorizer, limits, progress handler) are called on QSQLITE's own handle, so
// the driver must use the very SQLite library we link. Fails with a clear message otherwise.
Status checkSqliteDriver(const RuntimeInfo &info = RuntimeInfo::current());

} // namespace Tessera
