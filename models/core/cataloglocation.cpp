#include "models/core/cataloglocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Tessera {

Result<CatalogLocation> CatalogLocation::parse(const QString &input, const QString &baseDir)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error(tr("No catalog given: name a catalog file or a postgresql:// URL."));

    const bool looksLikeUrl = text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (looksLikeUrl) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return Error(tr("The catalog URL is not valid: %1").arg(url.errorString()));
        if (!url.password().isEmpty())
            return Error(tr("The catalog URL contains a password. Leave it out: Tessera asks for it and keeps it "
                            "in the system keychain."));
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
