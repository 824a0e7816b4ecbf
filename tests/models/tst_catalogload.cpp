// 32 people editing the same 5 products of a team catalog at once, for TESSERA_LOAD_SECONDS
// (15 by default; the figures in the notes come from 60): no save is lost, every conflict is
// reported with the version that won, and a save the server cannot serialise is made again at
// most three times. Each editor is a steward with a login of their own, so the server's row
// policies and audit triggers run on every save.
#include "models/catalog/catalogstore.h"
#include "tests/support/postgresserver.h"
#include "tests/testsupport.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <map>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

constexpr int editorCount = 32;
const QStringList hot{u"sales.orders"_s, u"sales.customers"_s, u"sales.returns"_s, u"sales.invoices"_s, u"sales.carts"_s};

struct Saved {
    QString id;
    int revision;
    QString description;
};

struct Tally {
    QList<Saved> saved;
    int conflicts = 0;
    int conflictsUnexplained = 0; // a conflict without the winning version or words for it
    int retried = 0; // saves made again at least once
    int mostRetries = 0;
    QStringList failures; // after the retries
    QStringList otherFailures; // anything else: a defect
};

} // namespace

class TestCatalogLoad : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::PostgresServer> m_server;
    QString m_problem;
    QString m_database = u"load"_s;

    QString urlFor(const QString &user) const
    {
        return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(user, m_database, m_server->socketDir()).arg(m_server->port());
    }

    static QString editorName(int i) { return u"editor%1"_s.arg(i, 2, 10, QChar(u'0')); }

    // One editor, on a thread and a connection of their own, until the deadline.
    void edit(int editor, QDeadlineTimer deadline, Tally *tally, QMutex *mutex)
    {
        const QString name = editorName(editor);
        auto opened = CatalogStore::open(CatalogLocation::parse(urlFor(name)).value(), name);
        Tally mine;
        if (!opened) {
            mine.otherFailures << opened.error().message;
        } else {
            CatalogStore &store = *opened.value();
            QRandomGenerator random(quint32(editor) * 7919u);
            for (int edit = 0; !deadline.hasExpired(); ++edit) {
                const QString id = hot.at(int(random.bounded(quint32(hot.size()))));
                const auto current = store.product(id);
                if (!current || !current.value()) {
                    mine.otherFailures << (current ? u"%1 is gone"_s.arg(id) : current.error().message);
                    continue;
                }
                Product product = *current.value();
                const int base = product.revision;
                product.description = u"%1, edit %2, from revision %3"_s.arg(name).arg(edit).arg(base);
                const SaveResult result = store.saveProduct(product);
                mine.mostRetries = std::max(mine.mostRetries, result.retries);
                if (result.retries > 0)
                    ++mine.retried;
                switch (result.status) {
                case SaveResult::Status::Saved:
                    mine.saved.append({id, result.saved.revision, product.description});
                    break;
                case SaveResult::Status::Conflict:
                    ++mine.conflicts;
                    if (!result.theirs || result.theirs->revision <= base || result.error.message.isEmpty())
                        ++mine.conflictsUnexplained;
                    break;
                case SaveResult::Status::Failed:
                    if (result.retries == CatalogStore::maxRetries && result.error.message.contains(u"save again"_s))
                        mine.failures << result.error.message;
                    else
                        mine.otherFailures << result.error.message;
                    break;
                }
            }
        }
        const QMutexLocker lock(mutex);
        tally->saved << mine.saved;
        tally->conflicts += mine.conflicts;
        tally->conflictsUnexplained += mine.conflictsUnexplained;
        tally->retried += mine.retried;
        tally->mostRetries = std::max(tally->mostRetries, mine.mostRetries);
        tally->failures << mine.failures;
        tally->otherFailures << mine.otherFailures;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        m_server = TestSupport::PostgresServer::start(&m_problem);
        if (!m_server)
            QSKIP(qPrintable(u"The load test needs a PostgreSQL server: "_s + m_problem));
        QString error;
        const QString url = m_server->createDatabase(m_database, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        auto admin = CatalogStore::open(CatalogLocation::parse(url).value(), u"admin"_s);
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().toString()));
        QList<Product> products;
        for (const QString &id : hot) {
            Product p;
            p.id = id;
            p.domainId = u"sales"_s;
            p.name = id.section(u'.', -1);
            p.status = ProductStatus::Active;
            p.tags = {u"hot"_s};
            Dataset d;
            d.name = p.name;
            d.columns = {Column{}};
            d.columns[0].name = u"id"_s;
            p.datasets = {d};
            products << p;
        }
        QVERIFY(admin.value()->importAll({{u"sales"_s, u"Sales"_s, {}}}, {}, products, u"import"_s));
        // Half stewards, half owners of the domain, so the row policies decide every other save.
        QString roles;
        for (int i = 1; i <= editorCount; ++i) {
            roles += i % 2 ? u"CREATE ROLE %1 LOGIN; GRANT tessera_steward TO %1; "_s.arg(editorName(i))
                           : u"CREATE ROLE %1 LOGIN; GRANT tessera_domain_owner TO %1; "
                             "INSERT INTO domain_owners VALUES ('%1', 'sales'); "_s.arg(editorName(i));
        }
        const QString problem = m_server->execute(m_database, roles);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void editing_data()
    {
        QTest::addColumn<QString>("isolation");
        // Tessera's own: row locks, so a stale save is a conflict and nothing needs retrying.
        QTest::newRow("read committed") << u"read committed"_s;
        // A server set to snapshot isolation: saves that collide fail to serialise and are made again.
        QTest::newRow("repeatable read") << u"repeatable read"_s;
    }

    void editing()
    {
        QFETCH(QString, isolation);
        QVERIFY(
            m_server
                ->execute(m_database, u"ALTER DATABASE %1 SET default_transaction_isolation TO '%2'"_s.arg(m_database, isolation))
                .isEmpty());
        auto admin = CatalogStore::open(CatalogLocation::parse(urlFor(m_server->superuser())).value(), u"admin"_s);
        QVERIFY(admin);
        std::map<QString, int> startRevision;
        for (const QString &id : hot)
            startRevision[id] = admin.value()->product(id).value()->revision;
        const qsizetype auditBefore = admin.value()->auditLog().value().size();

        const int seconds
            = qEnvironmentVariableIsSet("TESSERA_LOAD_SECONDS") ? qEnvironmentVariableIntValue("TESSERA_LOAD_SECONDS") : 15;
        const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
        Tally tally;
        QMutex mutex;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 1; i <= editorCount; ++i) {
            threads.emplace_back(QThread::create([this, i, deadline, &tally, &mutex] {
                edit(i, deadline, &tally, &mutex);
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            thread->wait();
        QVERIFY2(tally.otherFailures.isEmpty(), qPrintable(tally.otherFailures.value(0)));
        QCOMPARE(tally.conflictsUnexplained, 0);
        QVERIFY(!tally.saved.isEmpty());
        QVERIFY(tally.conflicts > 0); // 32 people on 5 products do collide
        if (isolation == u"read committed"_s)
            QCOMPARE(tally.retried, 0);
        else
            QVERIFY(tally.retried > 0);

        // No lost update: each product's saves took every revision after the start exactly once,
        // the catalog holds the newest, and the audit log has one entry per save.
        int lost = 0;
        for (const QString &id : hot) {
            QList<Saved> saves;
            for (const Saved &s : std::as_const(tally.saved)) {
                if (s.id == id)
                    saves << s;
            }
            std::sort(saves.begin(), saves.end(), [](const Saved &a, const Saved &b) {
                return a.revision < b.revision;
            });
            for (qsizetype k = 0; k < saves.size(); ++k) {
                if (saves.at(k).revision != startRevision[id] + 1 + k)
                    ++lost;
            }
            const Product stored = admin.value()->product(id).value().value();
            QCOMPARE(stored.revision, startRevision[id] + int(saves.size()));
            if (!saves.isEmpty())
                QCOMPARE(stored.description, saves.last().description);
        }
        QCOMPARE(lost, 0);
        const auto log = admin.value()->auditLog().value();
        QCOMPARE(log.size() - auditBefore, tally.saved.size());
        const AuditVerification verified = admin.value()->verifyAudit();
        QVERIFY2(verified.ok, qPrintable(verified.message));
        qInfo("%s, %d editors on %lld products for %d s: %lld saves, %d conflicts reported, %d saves retried (at most %d "
              "times), %lld failed after %d retries, %d lost updates",
              qPrintable(isolation), editorCount, qlonglong(hot.size()), seconds, qlonglong(tally.saved.size()), tally.conflicts,
              tally.retried, tally.mostRetries, qlonglong(tally.failures.size()), CatalogStore::maxRetries, lost);
        QVERIFY(
            m_server->execute(m_database, u"ALTER DATABASE %1 RESET default_transaction_isolation"_s.arg(m_database)).isEmpty());
    }

    // Everyone creating the same new products at once: one creation of each stands, whole; the
    // others are told it exists, with its version.
    void creatingTheSameProducts()
    {
        constexpr int creators = 8;
        constexpr int products = 20;
        QMutex mutex;
        std::map<QString, QStringList> created; // id -> who created it
        int conflicts = 0;
        QStringList failures;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 1; i <= creators; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                const QString name = editorName(i);
                auto store = CatalogStore::open(CatalogLocation::parse(urlFor(name)).value(), name);
                if (!store) {
                    const QMutexLocker lock(&mutex);
                    failures << store.error().message;
                    return;
                }
                for (int k = 0; k < products; ++k) {
                    Product p;
                    p.id = u"sales.new%1"_s.arg(k);
                    p.domainId = u"sales"_s;
                    p.name = u"new%1"_s.arg(k);
                    p.status = ProductStatus::Draft;
                    p.description = name;
                    p.tags = {name, u"new"_s};
                    const SaveResult result = store.value()->saveProduct(p);
                    const QMutexLocker lock(&mutex);
                    if (result.status == SaveResult::Status::Saved)
                        created[p.id] << name;
                    else if (result.status == SaveResult::Status::Conflict && result.theirs && result.theirs->description != name)
                        ++conflicts;
                    else
                        failures << result.error.message;
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            thread->wait();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0)));
        QCOMPARE(int(created.size()), products);
        QCOMPARE(conflicts, products * (creators - 1));
        auto admin = CatalogStore::open(CatalogLocation::parse(urlFor(m_server->superuser())).value(), u"admin"_s);
        QVERIFY(admin);
        for (const auto &[id, who] : created) {
            QCOMPARE(who.size(), 1);
            const Product stored = admin.value()->product(id).value().value();
            QCOMPARE(stored.revision, 1);
            QCOMPARE(stored.description, who.first());
            QCOMPARE(stored.tags, (QStringList{who.first(), u"new"_s})); // nobody else's rows mixed in
        }
        QVERIFY(admin.value()->verifyAudit().ok);
    }
};

QTEST_GUILESS_MAIN(TestCatalogLoad)
#include "tst_catalogload.moc"
