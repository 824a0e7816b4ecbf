#pragma once

#include "models/catalog/catalogstore.h"

class QTimer;

namespace Tessera {

// The catalog in a local SQLite file: one person's catalog, guarded by the file's permissions.
// Notices other processes' commits by polling PRAGMA data_version.
class SqliteCatalogStore : public CatalogStore
{
    Q_OBJECT

public:
    SqliteCatalogStore(const CatalogLocation &location, const QString &actor);

    // Files up to this size are checked whole (PRAGMA quick_check) when opened: about a third of
    // a second's reading, at most.
    static constexpr qint64 quickCheckLimit = 32 * 1024 * 1024;

protected:
    Status configureConnection() override;
    QString explainFailure(const QSqlError &error) const override;
    QString beginWriteSql() const override;
    QString lockSuffix() const override;
    QString migrationLockSql() const override;
    void announce(const QString &productId) override;
    void startWatching() override;
    CatalogSchema::Dialect dialect() const override { return CatalogSchema::Dialect::Sqlite; }
    QString textInsertSql() const override;
    QString textDeleteSql() const override;
    QString textIdsSql(bool ranked) const override;
    QString textQuery(const QList<SearchTerm> &terms, TextScope scope) const override;
    QString collateBytes() const override { return {}; }
    QString rowKey() const override { return QStringLiteral("rowid"); }
    QString matchedTableSql() const override
    {
        return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS tessera_matched (k INTEGER PRIMARY KEY)");
    }
    QString textKeysSql() const override { return QStringLiteral("SELECT rowid FROM product_text WHERE product_text MATCH ?"); }

private:
    qint64 dataVersion() const;

    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace Tessera
