#include "tests/support/postgresserver.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace TestSupport {

namespace {

QString findBinDir()
{
    const QString forced = qEnvironmentVariable("TESSERA_PG_BINDIR");
    if (!forced.isEmpty())
        return forced;
    QString best;
    QVersionNumber bestVersion;
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    const QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &version : versions) {
        const QString bin = lib.filePath(version + QLatin1String("/bin"));
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFile::exists(bin + QLatin1String("/initdb")) && number > bestVersion) {
            best = bin;
            bestVersion = number;
        }
    }
    return best;
}

} // namespace

std::unique_ptr<PostgresServer> PostgresServer::start(QString *error)
{
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    server->m_binDir = findBinDir();
    if (server->m_binDir.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server installed (looked in /usr/lib/postgresql/*/bin; set TESSERA_PG_BINDIR)");
        return nullptr;
    }
    if (!server->m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder for the server");
        return nullptr;
    }
    // PostgreSQL refuses to run as root; as root, run it as the postgres (or nobody) user.
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (!user) {
            *error = QStringLiteral("running as root and there is no postgres or nobody user to run the server");
            return nullptr;
        }
        server->m_runAs = QStringLiteral("%1:%2").arg(user->pw_uid).arg(user->pw_gid);
        if (::chown(QFile::encodeName(server->m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand the temporary folder to the server's user");
            return nullptr;
        }
    }
    const QString data = server->m_dir.filePath(QStringLiteral("data"));
    QString output;
    if (!server->run(QStringLiteral("initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-U"), server->superuser(), QStringLiteral("--auth=trust"),
                      QStringLiteral("--no-sync"), QStringLiteral("--no-instructions"), QStringLiteral("-E"),
                      QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
                     &output)) {
        *error = QStringLiteral("initdb failed: ") + output;
        return nullptr;
    }
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=off -c full_page_writes=off "
                                           "-c max_connections=100")
                                .arg(server->m_dir.path())
                                .arg(server->port());
    if (!server->run(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                      server->m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
                     &output)) {
        QFile log(server->m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("pg_ctl start failed: ") + output + QString::fromUtf8(log.readAll());
        return nullptr;
    }
    server->m_started = true;
    return server;
}

PostgresServer::~PostgresServer()
{
    if (m_started) {
        QString output;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &output);
    }
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    const QString binary = m_binDir + QLatin1Char('/') + program;
    if (m_runAs.isEmpty()) {
        process.start(binary, arguments);
    } else {
        const QStringList ids = m_runAs.split(QLatin1Char(':'));
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=") + ids.at(0), QStringLiteral("--regid=") + ids.at(1),
                                  QStringLiteral("--clear-groups"), QStringLiteral("--")}
                          + QStringList{binary} + arguments);
    }
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QString PostgresServer::requirePasswords()
{
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return hba.errorString();
    hba.write("local all tessera_admin trust\nlocal all all scram-sha-256\n");
    hba.close();
    return execute(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
}

QString PostgresServer::execute(const QString &database, const QString &sql)
{
    const QString name = QStringLiteral("testsupport-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketDir());
        db.setPort(port());
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString PostgresServer::createDatabase(const QString &name, QString *error)
{
    *error = execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    if (!error->isEmpty())
        return {};
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(superuser(), name, socketDir()).arg(port());
}

} // namespace TestSupport
