#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Tessera {

// Where a catalog lives: a local SQLite file or a shared PostgreSQL database (a postgresql:// URL).
class CatalogLocation
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CatalogLocation)

public:
    enum class Kind {
        SqliteFile,
        PostgreSql,
    };

    // Accepts a file path (relative paths are taken from baseDir) or a postgresql:// URL.
    // A URL that carries a password is refused: passwords belong in the keychain, not in
    // command lines, settings or logs.
    static Result<CatalogLocation> parse(const QString &text, const QString &baseDir = QString());
    static CatalogLocation sqliteFile(const QString &absolutePath);
    // The user's own catalog, shared by the desktop application and tessera-cli:
    // ~/.local/share/tessera/catalog.tessera on Linux.
    static CatalogLocation defaultLocation();

    Kind kind() const { return m_kind; }
    QString filePath() const { return m_filePath; } // SqliteFile only
    QUrl url() const { return m_url; } // PostgreSql only
    QString databaseName() const; // PostgreSql only

    // The form to store and to pass again to parse(): a path or a URL.
    QString toString() const;
    // What the status bar shows: the file name, or user@host/database.
    QString displayName() const;

    friend bool operator==(const CatalogLocation &, const CatalogLocation &) = default;

private:
    Kind m_kind = Kind::SqliteFile;
    QString m_filePath;
    QUrl m_url;
};

} // namespace Tessera
