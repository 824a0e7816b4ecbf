#pragma once

#include "models/catalog/catalogstore.h"

namespace Tessera {

// The team's catalog in PostgreSQL. Other users' saves arrive through LISTEN/NOTIFY.
class PostgresCatalogStore : public CatalogStore
{
    Q_OBJECT

public:
    PostgresCatalogStore(const CatalogLocation &location, const QString &actor);

    static constexpr const char *channel = "tessera_catalog";

    std::optional<EditContext> serverRights() const override { return m_rights; }

protected:
    Status configureConnection() override;
    QString explainFailure(const QSqlError &error) const override;
    bool auditsItself() const override { return true; }
    bool updatesProductRow() const override { return true; }
    Status mayWrite(const QString &id, const Product *next) const override;
    Status maySync(const QString &id) const override;
    Status mayMigrate(int from) const override;
    QString ingestLockSql() const override;
    Status afterMigrate() override;
    QString beginWriteSql() const override;
    QString lockSuffix() const override;
    QString migrationLockSql() const override;
    void announce(const QString &productId) override;
    void startWatching() override;
    CatalogSchema::Dialect dialect() const override { return CatalogSchema::Dialect::Postgres; }
    QString textInsertSql() const override;
    QString textDeleteSql() const override;
    QString textIdsSql(bool ranked) const override;
    QString textQuery(const QList<SearchTerm> &terms, TextScope scope) const override;
    QString collateBytes() const override { return QStringLiteral(" COLLATE \"C\""); }
    QString rowKey() const override { return QStringLiteral("id"); }
    QString matchedTableSql() const override
    {
        return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS tessera_matched (k TEXT PRIMARY KEY)");
    }
    QString textKeysSql() const override
    {
        return QStringLiteral("SELECT product_id FROM product_text WHERE document @@ to_tsquery('simple'::regconfig, ?)");
    }

private:
    std::optional<EditContext> m_rights;
};

} // namespace Tessera
