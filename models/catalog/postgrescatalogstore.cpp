#include "models/catalog/postgrescatalogstore.h"

#include "models/catalog/search.h"
#include "models/core/credentials.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace Tessera {

namespace {

// The words tessera_role() answers with.
Role roleFrom(const QString &word)
{
    if (word == QLatin1String("steward"))
        return Role::Steward;
    return word == QLatin1String("owner") ? Role::Owner : Role::Analyst;
}

} // namespace

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
    // A password given this session; without one libpq looks in ~/.pgpass and PGPASSWORD.
    const std::optional<QString> password = SessionPasswords::find(location());
    db.setPassword(password.value_or(QString()));
    if (!db.open()) {
        const QString said = db.lastError().text().trimmed();
        Error error(tr("Could not connect to the catalog %1: %2").arg(location().displayName(), said));
        // libpq's words (in English; translated ones are not recognised, and then a person is asked
        // for a password after any failure to connect).
        if (said.contains(QLatin1String("no password supplied"))
            || said.contains(QLatin1String("password authentication failed")))
            error.field = passwordField();
        return error;
    }
    // Our own DDL and locks are expected; the server need not tell us about them.
    if (Status quiet = exec(QStringLiteral("SET client_min_messages TO warning")); !quiet)
        return quiet;
    // The name a superuser's changes are recorded under (a person's are always their login's).
    QSqlQuery actor(db);
    actor.prepare(QStringLiteral("SELECT set_config('tessera.actor', ?, false)"));
    actor.addBindValue(this->actor());
    if (!actor.exec())
        return sqlError(actor, tr("Setting up the connection"));
    return Ok{};
}

Status PostgresCatalogStore::afterMigrate()
{
    // The server says who this is and what they may change; Tessera shows the same.
    QSqlQuery who(database());
    if (!who.exec(QStringLiteral("SELECT tessera_actor(), tessera_role(), "
                                 "(SELECT string_agg(domain_id, chr(10) ORDER BY domain_id) FROM domain_owners "
                                 "WHERE username = session_user), "
                                 "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user)"))
        || !who.next())
        return sqlError(who, tr("Reading your rights in the catalog"));
    setActor(who.value(0).toString());
    const QString role = who.value(1).toString();
    if (role.isEmpty())
        return Error(tr("The catalog %1 has no role for %2: a steward or the catalog's administrator grants one "
                        "(tessera_steward, tessera_domain_owner or tessera_analyst) before Tessera can open it.")
                         .arg(location().displayName(), who.value(0).toString()));
    // A superuser is above the rules; Tessera's settings decide what it shows them.
    if (!who.value(3).toBool()) {
        EditContext rights;
        rights.role = role == QLatin1String("steward") ? Role::Steward
            : role == QLatin1String("owner")           ? Role::Owner
                                                       : Role::Analyst;
        const QString domains = who.value(2).toString();
        rights.ownedDomains = domains.isEmpty() ? QStringList() : domains.split(QLatin1Char('\n'));
        rights.userName = who.value(0).toString();
        rights.givenByServer = true;
        m_rights = rights;
    }
    return Ok{};
}

QString PostgresCatalogStore::explainFailure(const QSqlError &error) const
{
    // insufficient_privilege: a grant or a row policy of the server said no.
    // serialization_failure, deadlock_detected: after CatalogStore::maxRetries tries.
    if (error.nativeErrorCode() == QLatin1String("40001") || error.nativeErrorCode() == QLatin1String("40P01"))
        return tr("Others were saving the same products at that moment, and the catalog's server could not fit this "
                  "change in between, though Tessera tried %n more time(s). Nothing was changed; save again.",
                  nullptr, maxRetries);
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return tr("The catalog's server does not let %1 do this; what a person may change is set by the role a steward "
                  "gave them. Nothing was changed.")
            .arg(actor());
    return {};
}

QString PostgresCatalogStore::ingestLockSql() const
{
    // A lock of the transaction, named by two numbers of Tessera's own ("tess", 1).
    return QStringLiteral("SELECT pg_advisory_xact_lock(1952805747, 1)");
}

Status PostgresCatalogStore::mayMigrate(int from) const
{
    // A new catalog: whoever may create its roles and tables (CREATE ROLE fails with the server's
    // own words otherwise).
    if (from == 0)
        return Ok{};
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user")) || !q.next())
        return sqlError(q, tr("Asking the catalog's server who you are"));
    if (q.value(0).toBool())
        return Ok{};
    return Error(tr("The catalog %1 was made by an older Tessera (catalog schema %2; this Tessera needs schema %3), and "
                    "only its administrator can bring it up to date: a superuser of its server opens it once with this "
                    "Tessera (for example tessera-cli source list --catalog URL). Until then, use the Tessera that made it. "
                    "Nothing was changed.")
                     .arg(location().displayName())
                     .arg(from)
                     .arg(schemaVersion));
}

Status PostgresCatalogStore::maySync(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT tessera_may_sync(?), (SELECT added_by FROM sources WHERE id = ?), tessera_role()"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Asking the catalog's server about the source %1").arg(id));
    // A source that is not there: whatever follows finds nothing to change.
    if (q.value(0).toBool() || q.value(1).isNull())
        return Ok{};
    const QString role = Roles::displayName(roleFrom(q.value(2).toString()));
    const QString adder = q.value(1).toString();
    if (adder.isEmpty())
        return Error(tr("The catalog's server does not let %1 (%2) sync or remove the source %3: only stewards do, as "
                        "nobody is recorded as having added it. Nothing was changed.")
                         .arg(actor(), role, id));
    return Error(tr("The catalog's server does not let %1 (%2) sync or remove the source %3: %4 added it, and only they "
                    "and the stewards sync it. Nothing was changed.")
                     .arg(actor(), role, id, adder));
}

Status PostgresCatalogStore::mayWrite(const QString &id, const Product *next) const
{
    // The server's own functions answer, so the words match what its row policies enforce.
    // One question for the stored product and its next version (none: a removal, always allowed
    // for the next version).
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT p.domain_id, tessera_may_edit(p.domain_id, p.owner_team_id), tessera_role(), "
                             "? OR tessera_may_edit(?, ?) FROM (SELECT 1) one LEFT JOIN products p ON p.id = ?"));
    q.addBindValue(next == nullptr);
    q.addBindValue(next ? next->domainId : QString());
    q.addBindValue(next ? next->ownerTeamId : QString());
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Asking the catalog's server about %1").arg(id));
    const QString role = Roles::displayName(roleFrom(q.value(2).toString()));
    if (!q.value(0).isNull() && !q.value(1).toBool()) {
        return Error(tr("The catalog's server does not let %1 (%2) change %3: it belongs to the domain %4, which they do "
                        "not own, and they are not in its owning team. Nothing was changed.")
                         .arg(actor(), role, id, q.value(0).toString()));
    }
    if (!q.value(3).toBool())
        return Error(tr("The catalog's server does not let %1 (%2) put %3 in the domain %4, which they do not own, "
                        "nor give it to a team they are not in. Nothing was changed.")
                         .arg(actor(), role, id, next->domainId));
    return Ok{};
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
