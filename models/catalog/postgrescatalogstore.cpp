#include "models/catalog/postgrescatalogstore.h"

#include "models/catalog/search.h"

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

QString PostgresCatalogStore::textInsertSql() const
{
    return QStringLiteral("INSERT INTO product_text (product_id, name, title, tags, description, documentation, columns) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)");
}

QString PostgresCatalogStore::textDeleteSql() const
{
    return QStringLiteral("DELETE FROM product_text WHERE product_id = ?");
}

QString PostgresCatalogStore::textIdsSql(bool ranked) const
{
    if (!ranked) {
        return QStringLiteral("SELECT p.id FROM product_text t JOIN products p ON p.id = t.product_id "
                              "WHERE t.document @@ to_tsquery('simple'::regconfig, ?)%FILTERS%");
    }
    // The weights A (names) > B (tags) > C (columns) > D (description) carry the ranking.
    return QStringLiteral("SELECT r.id FROM (SELECT p.id, p.name, ts_rank(t.document, q.query, 1) AS score "
                          "FROM (SELECT to_tsquery('simple'::regconfig, ?) AS query) q, product_text t "
                          "JOIN products p ON p.id = t.product_id WHERE t.document @@ q.query%FILTERS% LIMIT %1) r "
                          "ORDER BY r.score DESC, r.name LIMIT ?")
        .arg(rankingWindow);
}

QString PostgresCatalogStore::textQuery(const QList<SearchTerm> &terms, TextScope scope) const
{
    // Lexemes are plain letters and digits, quoted: nothing the person typed is tsquery syntax.
    // Names and titles carry weight A, tags B.
    const QString weights = scope == TextScope::Names ? QStringLiteral("AB") : QString();
    QStringList parts;
    for (const SearchTerm &given : terms) {
        SearchTerm term = given;
        if (term.identifier)
            term.words = QStringList{term.words.join(QString())};
        QStringList words;
        for (qsizetype i = 0; i < term.words.size(); ++i) {
            const bool prefix = term.prefix && i == term.words.size() - 1;
            QString lexeme = QLatin1Char('\'') + term.words.at(i) + QLatin1Char('\'');
            if (prefix || !weights.isEmpty())
                lexeme += QLatin1Char(':') + (prefix ? QStringLiteral("*") : QString()) + weights;
            words << lexeme;
        }
        parts << QLatin1Char('(') + words.join(QLatin1String(" <-> ")) + QLatin1Char(')');
    }
    return parts.join(QLatin1String(" & "));
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
