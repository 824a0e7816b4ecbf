#include "models/catalog/sqlitecatalogstore.h"

#include "models/catalog/search.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Tessera {

SqliteCatalogStore::SqliteCatalogStore(const CatalogLocation &location, const QString &actor)
    : CatalogStore(location, actor, QStringLiteral("QSQLITE"))
{
}

Status SqliteCatalogStore::configureConnection()
{
    const QString path = location().filePath();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error(tr("Could not create the folder %1 for the catalog.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSqlDatabase db = database();
    db.setDatabaseName(path);
    // Another process writing: wait up to 5 s, then report the catalog as busy rather than hang.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error(tr("Could not open the catalog %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));

    QSqlQuery check(db);
    auto read = [&](const QString &sql) -> Status {
        if (check.exec(sql))
            return Ok{};
        const QString explained = explainFailure(check.lastError());
        return Error(
            explained.isEmpty()
                ? tr("%1 is not a Tessera catalog: %2").arg(QDir::toNativeSeparators(path), check.lastError().databaseText())
                : explained);
    };
    // Read first, to refuse what is no catalog.
    if (Status s = read(QStringLiteral("SELECT count(*) FROM sqlite_master")); !s)
        return s;
    check.finish();
    // WAL lets readers go on while one writes; FULL makes every acknowledged save survive a crash.
    // A 64 MiB page cache and memory-mapped reads keep a 100,000-product catalog's indexes in memory.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456", "PRAGMA temp_store = MEMORY"}) {
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    // A file read in moments is checked whole (a larger one shows damage as it is read); damaged,
    // it opens read-only.
    if (checksWholeOnOpen() && info.size() <= quickCheckLimit) {
        if (Status s = read(QStringLiteral("PRAGMA quick_check(1)")); !s)
            return s;
        if (check.next() && check.value(0).toString() != QLatin1String("ok"))
            m_damaged = true;
    }
    return Ok{};
}

QString SqliteCatalogStore::explainFailure(const QSqlError &error) const
{
    // The Qt driver gives SQLite's result code as the native code; its low byte is the primary.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return {};
    const QString file = QDir::toNativeSeparators(location().filePath());
    switch (code) {
    case 6: // SQLITE_LOCKED: a conflict within this Tessera (one of its own connections or statements)
        return tr("The catalog %1 is busy with other work of this Tessera (a table it needs is in use). Nothing was "
                  "changed; try again in a moment.")
            .arg(file);
    case 5: // SQLITE_BUSY
        return tr("The catalog %1 is busy: another Tessera or program has been writing to it for more than 5 seconds. "
                  "Nothing was changed; try again when it is done.")
            .arg(file);
    case 8: // SQLITE_READONLY
        return tr("The catalog %1 cannot be written: the file or its folder is read-only. Nothing was changed.").arg(file);
    case 10: // SQLITE_IOERR
        return tr("The catalog %1 could not be read or written (an input/output error of the disk). "
                  "Nothing was changed; try again, and check the disk if it happens again.")
            .arg(file);
    case 13: // SQLITE_FULL
        return tr("The disk holding the catalog %1 is full. Nothing was changed; free some space and try again.").arg(file);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        markDamaged();
        return tr("The catalog %1 is damaged or is not a Tessera catalog. Tessera keeps it read-only: nothing more is "
                  "written to it. Restore it from a backup, or export what it still shows into a new catalog.")
            .arg(file);
    default:
        return {};
    }
}

QString SqliteCatalogStore::beginWriteSql() const
{
    // Take the write lock at the start, so a transaction never fails half-way on an upgrade.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteCatalogStore::lockSuffix() const
{
    return {}; // BEGIN IMMEDIATE already holds the only write lock
}

QString SqliteCatalogStore::migrationLockSql() const
{
    return {};
}

void SqliteCatalogStore::announce(const QString &)
{
    // Other processes notice through PRAGMA data_version.
}

QString SqliteCatalogStore::textInsertSql() const
{
    return QStringLiteral("INSERT INTO product_text (rowid, name, title, tags, description, documentation, columns) "
                          "VALUES ((SELECT rowid FROM products WHERE id = ?), ?, ?, ?, ?, ?, ?)");
}

QString SqliteCatalogStore::textDeleteSql() const
{
    return QStringLiteral("DELETE FROM product_text WHERE rowid = (SELECT rowid FROM products WHERE id = ?)");
}

QString SqliteCatalogStore::textIdsSql(bool ranked) const
{
    if (!ranked) {
        return QStringLiteral("SELECT p.id FROM product_text JOIN products p ON p.rowid = product_text.rowid "
                              "WHERE product_text MATCH ?%FILTERS%");
    }
    // Names weigh most, then titles, tags, column text, description, documentation.
    return QStringLiteral("SELECT c.id FROM (SELECT p.id AS id, p.name AS name, "
                          "bm25(product_text, 10.0, 8.0, 5.0, 2.0, 1.0, 3.0) AS score "
                          "FROM product_text JOIN products p ON p.rowid = product_text.rowid "
                          "WHERE product_text MATCH ?%FILTERS% LIMIT %1) c ORDER BY c.score, c.name LIMIT ?")
        .arg(rankingWindow);
}

QString SqliteCatalogStore::textQuery(const QList<SearchTerm> &terms, TextScope scope) const
{
    // Each term a quoted FTS5 phrase of plain words: nothing the person typed is FTS5 syntax.
    const QString columns = scope == TextScope::Names ? QStringLiteral("{name title tags} : ") : QString();
    QStringList parts;
    for (const SearchTerm &term : terms)
        parts << columns + QLatin1Char('"') + term.words.join(term.identifier ? QString() : QStringLiteral(" "))
                + QLatin1Char('"') + (term.prefix ? QLatin1String("*") : QString());
    return parts.join(QLatin1Char(' '));
}

qint64 SqliteCatalogStore::dataVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

void SqliteCatalogStore::startWatching()
{
    m_dataVersion = dataVersion();
    m_watch = new QTimer(this);
    m_watch->setInterval(500);
    connect(m_watch, &QTimer::timeout, this, [this] {
        const qint64 now = dataVersion();
        if (now != m_dataVersion) {
            m_dataVersion = now;
            Q_EMIT externalChange(QString());
        }
    });
    m_watch->start();
}

} // namespace Tessera
