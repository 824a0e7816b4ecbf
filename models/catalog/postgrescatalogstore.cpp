#include "models/catalog/postgrescatalogstore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace Tessera {

PostgresCatalogStore::PostgresCatalogStore(const CatalogLocation &location, const QString &actor)
    : CatalogStore(location, actor, QStringLiteral("QPSQL"))
{
}

Status PostgresCatalogStore::configureConnection()
{
    const QUrl url = location().url();
    QSqlDatabase db = database();
    QUrlQuery query(url);
    // host=/path in the query names a Unix socket folder, as libpq does.
    db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                                                              : url.host());
    query.removeAllQueryItems(QStringLiteral("host"));
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(location().databaseName());
    QStringList options{QStringLiteral("application_name=tessera")};
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options << key + QLatin1Char('=') + value; // sslmode, sslrootcert, connect_timeout, ...
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error(
            tr("Could not connect to the catalog %1: %2").arg(location().displayName(), db.lastError().text().trimmed()));
    // Our own DDL and locks are expected; the server need not tell us about them.
    return exec(QStringLiteral("SET client_min_messages TO warning"));
}

QString PostgresCatalogStore::beginWriteSql() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresCatalogStore::lockSuffix() const
{
    return QStringLiteral(" FOR UPDATE");
}

QString PostgresCatalogStore::migrationLockSql() const
{
    return QStringLiteral("LOCK TABLE tessera_schema IN EXCLUSIVE MODE");
}

void PostgresCatalogStore::announce(const QString &productId)
{
    QSqlQuery notify(database());
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString::fromLatin1(channel));
    notify.addBindValue(productId);
    notify.exec(); // delivered at commit; a lost notice only delays what others see
}

void PostgresCatalogStore::startWatching()
{
    QSqlDriver *driver = database().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(channel)))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name == QLatin1String(channel) && source == QSqlDriver::OtherSource)
                    Q_EMIT externalChange(payload.toString());
            });
}

} // namespace Tessera
