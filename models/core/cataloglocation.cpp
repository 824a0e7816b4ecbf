#include "models/core/cataloglocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrlQuery>

namespace Tessera {

Result<CatalogLocation> CatalogLocation::parse(const QString &input, const QString &baseDir)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(tr("No catalog given: name a catalog file or a postgresql:// URL."));

    const bool looksLikeUrl = text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (looksLikeUrl) {
        // A password is looked for before anything else: no message may repeat it (QUrl's own
        // errors quote the whole text).
        const qsizetype authority = text.indexOf(QLatin1String("://")) + 3;
        const qsizetype at = text.indexOf(QLatin1Char('@'), authority);
        const qsizetype pathStart = text.indexOf(QLatin1Char('/'), authority);
        if (at > 0 && (pathStart < 0 || at < pathStart) && text.mid(authority, at - authority).contains(QLatin1Char(':')))
            return Error(tr("The catalog URL contains a password. Leave it out: Tessera asks for it and keeps it "
                            "in the system keychain."));
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return Error(tr("The catalog URL is not valid; write it as postgresql://user@host/database, with options "
                            "after a \"?\" (sslmode=verify-full, ...)."));
        if (!url.password().isEmpty())
            return Error(tr("The catalog URL contains a password. Leave it out: Tessera asks for it and keeps it "
                            "in the system keychain."));
        // libpq's options that are safe to take from a URL. Others would carry a password
        // (password, sslpassword, passfile), or connect to a server, login or database other than
        // the URL names (hostaddr, service, user, dbname), and with them a kept password.
        static const QStringList allowed{QStringLiteral("host"),
                                         QStringLiteral("port"),
                                         QStringLiteral("sslmode"),
                                         QStringLiteral("sslrootcert"),
                                         QStringLiteral("sslcert"),
                                         QStringLiteral("sslkey"),
                                         QStringLiteral("sslcrl"),
                                         QStringLiteral("sslcrldir"),
                                         QStringLiteral("sslsni"),
                                         QStringLiteral("sslnegotiation"),
                                         QStringLiteral("ssl_min_protocol_version"),
                                         QStringLiteral("ssl_max_protocol_version"),
                                         QStringLiteral("gssencmode"),
                                         QStringLiteral("channel_binding"),
                                         QStringLiteral("require_auth"),
                                         QStringLiteral("krbsrvname"),
                                         QStringLiteral("connect_timeout"),
                                         QStringLiteral("keepalives"),
                                         QStringLiteral("keepalives_idle"),
                                         QStringLiteral("keepalives_interval"),
                                         QStringLiteral("keepalives_count"),
                                         QStringLiteral("tcp_user_timeout"),
                                         QStringLiteral("target_session_attrs")};
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key == QLatin1String("password") || key == QLatin1String("sslpassword") || key == QLatin1String("passfile"))
                return Error(tr("The catalog URL contains a password (%1). Leave it out: Tessera asks for it and keeps "
                                "it in the system keychain.")
                                 .arg(key));
            if (!allowed.contains(key))
                return Error(tr("The catalog URL's option \"%1\" is not taken: name the server, login and database in "
                                "the URL itself (postgresql://user@host:port/database); the options Tessera takes are %2.")
                                 .arg(key, allowed.join(QLatin1String(", "))));
            if (key == QLatin1String("port") && (value.toInt() <= 0 || value.toInt() > 65535))
                return Error(tr("The catalog URL's port \"%1\" is not a port number.").arg(value));
            if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')))
                return Error(tr("The catalog URL's option \"%1\" holds a space or a quote, which libpq would misread.").arg(key));
        }
        CatalogLocation location;
        location.m_kind = Kind::PostgreSql;
        location.m_url = url;
        location.m_url.setScheme(QStringLiteral("postgresql"));
        if (location.databaseName().isEmpty())
            return Error(tr("The catalog URL names no database; write it as postgresql://user@host/database."));
        return location;
    }

    QString path = text;
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    else if (text.contains(QLatin1String("://")))
        return Error(tr("Unknown kind of catalog location \"%1\": use a file path or a postgresql:// URL.").arg(text));
    const QDir base(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
    const QFileInfo info(base.absoluteFilePath(path));
    if (info.isDir())
        return Error(tr("%1 is a folder; a catalog is a file.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    return sqliteFile(QDir::cleanPath(info.absoluteFilePath()));
}

CatalogLocation CatalogLocation::sqliteFile(const QString &absolutePath)
{
    CatalogLocation location;
    location.m_kind = Kind::SqliteFile;
    location.m_filePath = absolutePath;
    return location;
}

CatalogLocation CatalogLocation::defaultLocation()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return sqliteFile(QDir::cleanPath(base + QLatin1String("/tessera/catalog.tessera")));
}

QString CatalogLocation::databaseName() const
{
    QString path = m_url.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QString CatalogLocation::toString() const
{
    if (m_kind == Kind::PostgreSql)
        return m_url.toString(QUrl::RemovePassword);
    return m_filePath;
}

QString CatalogLocation::displayName() const
{
    if (m_kind == Kind::SqliteFile)
        return QFileInfo(m_filePath).fileName();
    QString who = m_url.userName();
    QString host = m_url.host();
    if (host.isEmpty())
        host = tr("local server");
    if (m_url.port() > 0)
        host += QLatin1Char(':') + QString::number(m_url.port());
    return (who.isEmpty() ? host : who + QLatin1Char('@') + host) + QLatin1Char('/') + databaseName();
}

} // namespace Tessera
