#include "models/core/runtimeinfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Tessera {

namespace {

QString sqliteVersionOfDriver()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return {};
    const QString name = QLatin1String("tessera-runtimeinfo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace

RuntimeInfo RuntimeInfo::current()
{
    RuntimeInfo info;
    info.tesseraVersion = QStringLiteral(TESSERA_VERSION_STRING);
    info.qtRuntimeVersion = QString::fromLatin1(qVersion());
    info.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    info.sqliteLibraryVersion = QString::fromLatin1(sqlite3_libversion());
    info.sqliteDriverVersion = sqliteVersionOfDriver();
    return info;
}

QString currentUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // A service or container often sets none of them: the account itself.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

Status checkSqliteDriver(const RuntimeInfo &info)
{
    if (info.sqliteDriverVersion.isEmpty())
        return Error(QCoreApplication::translate(
            "Tessera::RuntimeInfo", "Qt's SQLite driver (QSQLITE) is not installed; Tessera cannot open a catalog."));
    if (info.sqliteDriverVersion != info.sqliteLibraryVersion)
        return Error(QCoreApplication::translate("Tessera::RuntimeInfo",
                                                 "Qt's SQLite driver uses SQLite %1 but Tessera is linked with SQLite %2; "
                                                 "the preview and policy sandboxes need them to be the same library.")
                         .arg(info.sqliteDriverVersion, info.sqliteLibraryVersion));
    return Ok{};
}

} // namespace Tessera
