#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

// A PostgreSQL server of the test's own: a new cluster in a temporary folder, listening only on a
// Unix socket in that folder, removed when this object goes. Never touches a shared server.
class PostgresServer
{
public:
    // Starts the server; on failure returns nullptr and says why in *error.
    static std::unique_ptr<PostgresServer> start(QString *error);
    ~PostgresServer();

    QString socketDir() const { return m_dir.path(); }
    int port() const { return 5432; }
    QString superuser() const { return QStringLiteral("tessera_admin"); }

    // Creates an empty database and returns a postgresql:// URL for it.
    QString createDatabase(const QString &name, QString *error);
    // From now on every login but the superuser's gives a password (SCRAM), as on a real server.
    QString requirePasswords();
    // Runs SQL as the superuser in database; returns an error text, empty on success.
    QString execute(const QString &database, const QString &sql);

private:
    PostgresServer() = default;
    bool run(const QString &program, const QStringList &arguments, QString *output);

    QTemporaryDir m_dir{QStringLiteral("/tmp/tessera-pg-XXXXXX")};
    QString m_binDir;
    QString m_runAs; // "uid:gid" when we are root and the server must not be
    bool m_started = false;
};

} // namespace TestSupport
