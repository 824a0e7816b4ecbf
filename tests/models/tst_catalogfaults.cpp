// The SQLite catalog under faults: a process killed at random moments while it saves, disks that
// fill up or fail in the middle of a save, damaged files, and another program holding the write
// lock. Whatever happens, an acknowledged save is kept, a failed one changes nothing, and the
// person reads a clear message.
//
// TESSERA_KILLS sets how many kills the kill loop makes (500 unless set).
#include "models/catalog/catalogstore.h"
#include "models/catalog/search.h"
#include "models/federation/samplemesh.h"

#include "tests/samplecatalog.h"
#include "tests/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstring>

#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Tessera;

namespace {

// A SQLite VFS over the default one that makes writes, truncations and syncs fail on demand:
// after `countdown` of them have gone through, every further one fails with `code` (as a disk
// that filled up, or went bad, stays so) until the countdown is set to -1 again.
namespace FaultVfs {

struct File {
    sqlite3_file base;
    sqlite3_file *real; // the default VFS's file, right after this in the same allocation
};

sqlite3_vfs *g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::atomic<int> g_countdown{-1};
std::atomic<int> g_code{SQLITE_FULL};
std::atomic<int> g_calls{0}; // writes, truncations and syncs seen
std::atomic<bool> g_syncsOnly{false}; // only syncs count down and fail (writes reach the page cache)

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

bool failNow()
{
    ++g_calls;
    int left = g_countdown.load();
    while (left > 0 && !g_countdown.compare_exchange_weak(left, left - 1)) { }
    return left == 0;
}

int close(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int read(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int write(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (!g_syncsOnly && failNow())
        return g_code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int truncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (!g_syncsOnly && failNow())
        return g_code == SQLITE_FULL ? SQLITE_FULL : SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int sync(sqlite3_file *f, int flags)
{
    if (failNow())
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int lock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int unlock(sqlite3_file *f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int checkReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int sectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int deviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int fetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int unfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g_base->xOpen(g_base, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &g_methods : nullptr;
    return rc;
}
int remove(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int access(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_base->xAccess(g_base, name, flags, out);
}
int fullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}
int randomness(sqlite3_vfs *, int size, char *out)
{
    return g_base->xRandomness(g_base, size, out);
}
int sleep(sqlite3_vfs *, int microseconds)
{
    return g_base->xSleep(g_base, microseconds);
}
int currentTime(sqlite3_vfs *, double *out)
{
    return g_base->xCurrentTime(g_base, out);
}
int lastError(sqlite3_vfs *, int size, char *out)
{
    return g_base->xGetLastError(g_base, size, out);
}
int currentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

// Makes the faulty VFS SQLite's default, for the connections opened from now on.
bool install()
{
    if (g_base)
        return true;
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 2)
        return false;
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(File)) + g_base->szOsFile;
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "tessera-faults";
    g_vfs.xOpen = open;
    g_vfs.xDelete = remove;
    g_vfs.xAccess = access;
    g_vfs.xFullPathname = fullPathname;
    g_vfs.xRandomness = randomness;
    g_vfs.xSleep = sleep;
    g_vfs.xCurrentTime = currentTime;
    g_vfs.xGetLastError = lastError;
    g_vfs.xCurrentTimeInt64 = currentTimeInt64;
    g_methods = sqlite3_io_methods{3,
                                   close,
                                   read,
                                   write,
                                   truncate,
                                   sync,
                                   fileSize,
                                   lock,
                                   unlock,
                                   checkReservedLock,
                                   fileControl,
                                   sectorSize,
                                   deviceCharacteristics,
                                   shmMap,
                                   shmLock,
                                   shmBarrier,
                                   shmUnmap,
                                   fetch,
                                   unfetch};
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace FaultVfs

// PRAGMA integrity_check of a file, through a connection of its own (read-only).
QString integrity(const QString &file)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        }
        sqlite3_finalize(stmt);
    }
    if (result.isEmpty())
        result = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return result;
}

// The kill loop's child: saves edits to five products, one after another, and acknowledges each
// saved one on stdout ("<id> <n>") once saveProduct has returned; "ready" first.
int editChild(const QString &file)
{
    auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"editor"_s);
    if (!store)
        return 2;
    const auto summaries = store.value()->productSummaries();
    if (!summaries || summaries->size() < 5)
        return 3;
    auto say = [](const QByteArray &line) {
        const QByteArray out = line + '\n';
        return ::write(STDOUT_FILENO, out.constData(), size_t(out.size())) == out.size();
    };
    if (!say("ready"))
        return 4;
    // Each child starts from a number of its own (the parent passes it), so numbers only grow.
    qint64 n = qEnvironmentVariableIntValue("TESSERA_EDIT_FROM");
    for (;;) {
        const QString id = summaries->at(int(n % 5)).id;
        auto product = store.value()->product(id);
        if (!product || !product.value())
            return 5;
        Product p = product.value().value();
        p.description = u"edit %1"_s.arg(n);
        const SaveResult saved = store.value()->saveProduct(p);
        if (!saved.ok())
            return 6;
        if (!say(id.toUtf8() + ' ' + QByteArray::number(n)))
            return 7;
        ++n;
    }
}

} // namespace

class TestCatalogFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A catalog of the sample mesh, in a file of its own, closed (all in the main file).
    QString sampleCatalog(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        return TestSupport::writeSampleCatalog(file) ? file : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
    }

    // A child saving edits is killed at random moments; after each kill the file checks, every
    // acknowledged save is there (the product's newest and, at the end, each in the audit log),
    // and the audit chain verifies.
    void killLoop()
    {
        const QString file = sampleCatalog(u"killed.tessera"_s);
        QVERIFY(!file.isEmpty());
        const int kills = qEnvironmentVariableIsSet("TESSERA_KILLS") ? qEnvironmentVariableIntValue("TESSERA_KILLS") : 500;
        QRandomGenerator random(20261122);
        QHash<QString, qint64> newest; // product id -> the newest acknowledged edit
        QList<std::pair<QString, qint64>> acknowledged;
        qint64 next = 0;
        int midSave = 0; // kills that came after a save was made and before it was acknowledged
        for (int kill = 0; kill < kills; ++kill) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"TESSERA_EDIT_FROM"_s, QString::number(next));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {u"--edit-child"_s, file});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            QByteArray out;
            while (!out.contains("ready\n") && child.waitForReadyRead(30000))
                out += child.readAllStandardOutput();
            QVERIFY2(out.contains("ready\n"),
                     qPrintable(u"kill %1: the child did not start: %2"_s.arg(kill).arg(
                         QString::fromUtf8(child.readAllStandardError()))));
            // One save acknowledged first (a loaded machine may start the child slowly), then the
            // kill at a random moment of the saves that follow.
            while (out.count('\n') < 2 && child.waitForReadyRead(30000))
                out += child.readAllStandardOutput();
            QThread::usleep(random.bounded(40'000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed while it saved, not stopped
            out += child.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 2)
                    continue;
                const QString id = QString::fromUtf8(parts.at(0));
                const qint64 n = parts.at(1).toLongLong();
                newest[id] = std::max(newest.value(id, -1), n);
                acknowledged.append({id, n});
                next = std::max(next, n + 1);
            }
            ++next; // an edit saved but not acknowledged took this number; the next child goes on past it
            const QString check = integrity(file);
            QVERIFY2(check == u"ok"_s, qPrintable(u"after kill %1: %2"_s.arg(kill).arg(check)));
            auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"checker"_s);
            QVERIFY2(store, qPrintable(u"after kill %1: %2"_s.arg(kill).arg(store ? QString() : store.error().toString())));
            bool unacknowledged = false;
            for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
                const Product p = store.value()->product(it.key()).value().value();
                static const QRegularExpression edit(u"^edit (\\d+)$"_s);
                const QRegularExpressionMatch m = edit.match(p.description);
                QVERIFY2(m.hasMatch() && m.captured(1).toLongLong() >= it.value(),
                         qPrintable(u"after kill %1: %2 says “%3”, acknowledged edit %4"_s.arg(kill)
                                        .arg(it.key(), p.description)
                                        .arg(it.value())));
                unacknowledged = unacknowledged || m.captured(1).toLongLong() > it.value();
            }
            midSave += unacknowledged ? 1 : 0;
            if (kill % 50 == 49 || kill == kills - 1) {
                const AuditVerification audit = store.value()->verifyAudit();
                QVERIFY2(audit.ok, qPrintable(audit.message));
            }
        }
        // Every acknowledged edit is in the audit log.
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"checker"_s);
        QVERIFY(store);
        QHash<QString, QSet<qint64>> logged;
        for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
            static const QRegularExpression edit(u"\"description\":\"edit (\\d+)\""_s);
            for (const AuditEntry &e : store.value()->auditLog(it.key()).value()) {
                if (const QRegularExpressionMatch m = edit.match(e.after); m.hasMatch())
                    logged[it.key()].insert(m.captured(1).toLongLong());
            }
        }
        for (const auto &[id, n] : std::as_const(acknowledged))
            QVERIFY2(logged.value(id).contains(n), qPrintable(u"edit %1 of %2 is not in the audit log"_s.arg(n).arg(id)));
        QVERIFY(acknowledged.size() >= kills); // the children did save between kills
        qInfo("%d kills, %lld acknowledged saves all kept; %d kills came between a save and its acknowledgement", kills,
              qlonglong(acknowledged.size()), midSave);
    }

    // A disk that fills up, or fails, at each write of a save in turn: the save fails with a
    // clear message, the catalog is as before (file, product, audit), and the same save made
    // again once the disk is well goes through.
    void ioFaults_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("syncsOnly");
        QTest::addColumn<QString>("says");
        QTest::newRow("disk full") << int(SQLITE_FULL) << false << u"is full"_s;
        QTest::newRow("input/output error") << int(SQLITE_IOERR) << false << u"input/output error"_s;
        // Every write reaches the operating system, but it cannot make them last (fsync fails).
        QTest::newRow("sync error") << int(SQLITE_IOERR) << true << u"input/output error"_s;
    }

    void ioFaults()
    {
        QFETCH(int, code);
        QFETCH(bool, syncsOnly);
        QFETCH(QString, says);
        const QString file = sampleCatalog(u"faults-%1-%2.tessera"_s.arg(code).arg(syncsOnly));
        QVERIFY(!file.isEmpty());
        QVERIFY(FaultVfs::install());
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"test"_s);
        QVERIFY(store);
        const QString id = store.value()->productSummaries().value().first().id;
        int faults = 0;
        for (int countdown = 0;; ++countdown) {
            const Product before = store.value()->product(id).value().value();
            const qsizetype audited = store.value()->auditLog(id).value().size();
            Product edited = before;
            edited.description = u"written with fault %1"_s.arg(countdown);
            FaultVfs::g_calls = 0;
            FaultVfs::g_code = code;
            FaultVfs::g_syncsOnly = syncsOnly;
            FaultVfs::g_countdown = countdown;
            const SaveResult saved = store.value()->saveProduct(edited);
            FaultVfs::g_countdown = -1;
            FaultVfs::g_syncsOnly = false;
            QVERIFY(FaultVfs::g_calls > 0); // the catalog's writes go through the faulty disk
            if (saved.ok())
                break; // the save needed fewer writes than this: every one of them has failed once
            ++faults;
            QVERIFY2(saved.error.message.contains(says), qPrintable(saved.error.toString()));
            QVERIFY2(saved.error.message.contains(u"Nothing was changed"_s), qPrintable(saved.error.toString()));
            QCOMPARE(store.value()->product(id).value().value(), before);
            QCOMPARE(store.value()->auditLog(id).value().size(), audited);
            QCOMPARE(integrity(file), u"ok"_s);
            // Closed and opened again, the catalog still holds the state before the failed save.
            store.value().reset();
            store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"test"_s);
            QVERIFY(store);
            QCOMPARE(store.value()->product(id).value().value(), before);
            QCOMPARE(store.value()->auditLog(id).value().size(), audited);
            // Again, the disk well: saved.
            const SaveResult again = store.value()->saveProduct(edited);
            QVERIFY2(again.ok(), qPrintable(again.error.toString()));
            QCOMPARE(store.value()->product(id).value().value().description, edited.description);
        }
        // A save in WAL mode with synchronous = FULL syncs the log once as it commits.
        QVERIFY2(faults >= (syncsOnly ? 1 : 3), qPrintable(QString::number(faults)));
        QVERIFY(store.value()->verifyAudit().ok);
        qInfo("%d fault points in a save, each failed cleanly and saved on retry", faults);
    }

    // A damaged file is refused with a clear message, or opens and reads what it can: where it
    // finds damage it says so and writes nothing more (the file stays byte for byte). Never a
    // crash.
    void damagedFiles()
    {
        const QString original = sampleCatalog(u"whole.tessera"_s);
        QVERIFY(!original.isEmpty());
        QFile source(original);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray whole = source.readAll();
        source.close();
        QVERIFY(whole.size() > 64 * 1024);
        const int pageSize = 4096;
        QList<std::pair<QString, QByteArray>> damaged{
            {u"truncated to 50 bytes"_s, whole.left(50)},
            {u"truncated to one page"_s, whole.left(pageSize)},
            {u"truncated to half"_s, whole.left(whole.size() / 2 / pageSize * pageSize)},
            {u"truncated mid-page"_s, whole.left(whole.size() - pageSize / 2)},
            {u"not a database"_s, QByteArray("This is not a catalog at all.\n").repeated(300)},
        };
        QByteArray header = whole;
        header[3] = 'X'; // "SQLite format 3"
        damaged.append({u"magic flipped"_s, header});
        header = whole;
        header[16] = char(0x03); // a page size that cannot be
        damaged.append({u"page size flipped"_s, header});
        QRandomGenerator random(7);
        for (int variant = 0; variant < 24; ++variant) {
            QByteArray bytes = whole;
            const int page = 1 + int(random.bounded(quint32(whole.size() / pageSize - 1)));
            for (int i = 0; i < 32; ++i)
                bytes[page * pageSize + int(random.bounded(quint32(pageSize)))] ^= char(1 + random.bounded(255));
            damaged.append({u"32 bytes flipped in page %1"_s.arg(page + 1), bytes});
        }
        int refused = 0, foundDamaged = 0, readWhole = 0, foundInUse = 0;
        for (const auto &[what, bytes] : std::as_const(damaged)) {
            const QString file = m_dir.filePath(u"damaged.tessera"_s);
            QFile::remove(file);
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(bytes), bytes.size());
            out.close();
            // Reading, even opening, a damaged file never writes to it (checked below, once the
            // damage is found).
            auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"test"_s);
            if (!store) {
                ++refused;
                QVERIFY2(store.error().message.contains(u"damaged"_s)
                             || store.error().message.contains(u"not a Tessera catalog"_s),
                         qPrintable(what + u": "_s + store.error().toString()));
                QVERIFY2(store.error().message.contains(u"damaged.tessera"_s),
                         qPrintable(what + u": "_s + store.error().toString()));
                continue;
            }
            // Checked whole as it opens (a small file), or found as it is read.
            const bool damagedAtOpen = store.value()->isDamaged();
            QSignalSpy found(store.value().get(), &CatalogStore::damageFound);
            // Everything read; each either reads or says what is wrong.
            QStringList problems;
            auto note = [&problems](const auto &result) {
                if (!result)
                    problems << result.error().message;
            };
            const auto summaries = store.value()->productSummaries();
            note(summaries);
            if (summaries) {
                for (const ProductSummary &s : summaries.value())
                    note(store.value()->product(s.id));
            }
            note(store.value()->allProducts());
            note(store.value()->domains());
            note(store.value()->teams());
            note(store.value()->lineageFacts());
            note(store.value()->auditLog(QString()));
            const AuditVerification audit = store.value()->verifyAudit();
            if (!audit.ok)
                problems << audit.message;
            for (const QString &p : std::as_const(problems))
                QVERIFY2(!p.trimmed().isEmpty(), qPrintable(what));
            if (!store.value()->isDamaged()) {
                ++readWhole;
                continue;
            }
            ++foundDamaged;
            QVERIFY2(damagedAtOpen || problems.join(u' ').contains(u"damaged"_s),
                     qPrintable(what + u": "_s + problems.join(u"; "_s)));
            // Found in use, it is said once (to the problems panel), after the read that found it.
            QCOMPARE(found.size(), 0);
            QCoreApplication::processEvents();
            QCOMPARE(found.size(), damagedAtOpen ? 0 : 1);
            foundInUse += int(found.size());
            // Read-only from then on: a save is refused, saying why, and the file is untouched.
            QFile before(file);
            QVERIFY(before.open(QIODevice::ReadOnly));
            const QByteArray unchanged = before.readAll();
            before.close();
            QVERIFY2(unchanged == bytes, qPrintable(what + u": opening or reading it changed the file"_s));
            Product p;
            p.id = u"sales.new"_s;
            p.name = u"new"_s;
            p.domainId = u"sales"_s;
            const SaveResult saved = store.value()->saveProduct(p);
            QVERIFY(!saved.ok());
            QVERIFY2(saved.error.message.contains(u"read-only"_s), qPrintable(saved.error.toString()));
            store.value().reset();
            QVERIFY(before.open(QIODevice::ReadOnly));
            QCOMPARE(before.readAll(), unchanged);
            before.close();
            if (!damagedAtOpen)
                continue;
            // Opened without the check (as a second window of the same catalog does), the damage
            // may show as it is read or written (or lie where nothing goes): said once, after the
            // statement that found it.
            auto unchecked = CatalogStore::open(CatalogLocation::sqliteFile(file), u"test"_s, CatalogStore::OpenCheck::None);
            if (!unchecked)
                continue;
            QSignalSpy inUse(unchecked.value().get(), &CatalogStore::damageFound);
            (void)unchecked.value()->allProducts();
            (void)unchecked.value()->lineageFacts();
            (void)unchecked.value()->verifyAudit();
            (void)unchecked.value()->allProducts();
            SearchQuery everything;
            everything.text = u"orders"_s;
            (void)unchecked.value()->search(everything);
            (void)unchecked.value()->saveProduct(p);
            QCOMPARE(inUse.size(), 0);
            QCoreApplication::processEvents();
            QCOMPARE(inUse.size(), unchecked.value()->isDamaged() ? 1 : 0);
            foundInUse += int(inUse.size());
        }
        QVERIFY(refused >= 4);
        QVERIFY(foundDamaged >= 1);
        QVERIFY(foundInUse >= 1);
        qInfo("%lld damaged files: %d refused, %d opened and found damaged (then read-only), %d read whole; "
              "damage found in use %d times",
              qlonglong(damaged.size()), refused, foundDamaged, readWhole, foundInUse);
    }

    // Another program holding the write lock: a save waits a moment, then fails as busy (no
    // hang); once the lock is let go, it goes through.
    void catalogBusy()
    {
        const QString file = sampleCatalog(u"busy.tessera"_s);
        QVERIFY(!file.isEmpty());
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(file), u"test"_s);
        QVERIFY(store);
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(file.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        Product p = store.value()->product(store.value()->productSummaries().value().first().id).value().value();
        p.description = u"while another writes"_s;
        QElapsedTimer clock;
        clock.start();
        const SaveResult saved = store.value()->saveProduct(p);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error.message.contains(u"is busy"_s), qPrintable(saved.error.toString()));
        QVERIFY(clock.elapsed() < 30'000);
        QVERIFY(store.value()->product(p.id).value().value().description != p.description);
        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(other);
        const SaveResult again = store.value()->saveProduct(p);
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--edit-child") == 0) {
        QCoreApplication app(argc, argv);
        return editChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCatalogFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_catalogfaults.moc"
