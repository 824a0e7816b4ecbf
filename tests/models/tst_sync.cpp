// Domain folders as sources: sync all or nothing, never over an edit made in Tessera.
#include "models/federation/sync.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_round = 0;

    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
    }

    static QByteArray product(const char *id, const char *name, const char *contract)
    {
        return QByteArray("apiVersion: v1.0.0\nkind: DataProduct\nid: ") + id + "\nname: " + name
            + "\nstatus: active\ndomain: Sales\noutputPorts:\n  - name: out\n    version: 1.0.0\n    contractId: " + contract
            + "\n";
    }
    static QByteArray contract(const char *id, const char *column, const char *description = "A column")
    {
        return QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: ") + id
            + "\nversion: 1.0.0\nstatus: active\nschema:\n"
              "  - name: out\n    properties:\n      - name: "
            + column + "\n        logicalType: string\n        description: " + description + "\n";
    }

    struct Fixture {
        QString folder;
        std::unique_ptr<CatalogStore> store;
    };
    Fixture fixture()
    {
        Fixture f;
        f.folder = m_dir.filePath(QStringLiteral("round%1/sales").arg(++m_round));
        write(f.folder + QLatin1String("/orders.odps.yaml"), product("sales.orders", "Orders", "orders-v1"));
        write(f.folder + QLatin1String("/orders.odcs.yaml"), contract("orders-v1", "order_id"));
        write(f.folder + QLatin1String("/refunds.odps.yaml"), product("sales.refunds", "Refunds", "refunds-v1"));
        write(f.folder + QLatin1String("/refunds.odcs.yaml"), contract("refunds-v1", "refund_id"));
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("c%1.tessera").arg(m_round))),
                                        QStringLiteral("ana"));
        if (!store)
            qFatal("%s", qPrintable(store.error().toString()));
        f.store = std::move(store).value();
        if (!Sync::addSource(*f.store, QStringLiteral("sales"), f.folder))
            qFatal("cannot add the source");
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_dir.isValid());
    }

    void addsChangesAndRemoves()
    {
        Fixture f = fixture();
        SyncReport first = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY2(first.applied, qPrintable(first.errors.isEmpty() ? QString() : first.errors.first().toString()));
        QCOMPARE(first.added, (QStringList{QStringLiteral("sales.orders"), QStringLiteral("sales.refunds")}));
        const Product orders = *f.store->product(QStringLiteral("sales.orders")).value();
        QCOMPARE(orders.provenance.sourceId, QStringLiteral("sales"));
        QCOMPARE(orders.provenance.file, QStringLiteral("orders.odps.yaml"));
        QCOMPARE(orders.provenance.syncedRevision, orders.revision);
        QVERIFY(orders.provenance.syncedAt.isValid());
        QCOMPARE(f.store->sources()->first().lastReport, first.summary());

        SyncReport again = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY(again.applied);
        QCOMPARE(again.unchanged.size(), 2);
        QVERIFY(again.added.isEmpty() && again.changed.isEmpty() && again.removed.isEmpty());

        // A contract changes: its product changes. A product's files go: it goes.
        write(f.folder + QLatin1String("/orders.odcs.yaml"), contract("orders-v1", "order_id", "Now documented"));
        QFile::remove(f.folder + QLatin1String("/refunds.odps.yaml"));
        QFile::remove(f.folder + QLatin1String("/refunds.odcs.yaml"));
        SyncReport third = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY(third.applied);
        QCOMPARE(third.changed, QStringList{QStringLiteral("sales.orders")});
        QCOMPARE(third.removed, QStringList{QStringLiteral("sales.refunds")});
        QCOMPARE(f.store->product(QStringLiteral("sales.orders")).value()->datasets.first().columns.first().description,
                 QStringLiteral("Now documented"));
        QCOMPARE(f.store->product(QStringLiteral("sales.refunds")).value(), std::nullopt);
        QVERIFY(f.store->verifyAudit().ok);
    }

    void neverOverwritesAnEditMadeInTessera()
    {
        Fixture f = fixture();
        QVERIFY(Sync::run(*f.store, QStringLiteral("sales")).applied);
        Product edited = *f.store->product(QStringLiteral("sales.orders")).value();
        edited.description = QStringLiteral("Edited in Tessera");
        QVERIFY(f.store->saveProduct(edited).ok());

        // The folder changes the same product, and adds another: nothing is applied.
        write(f.folder + QLatin1String("/orders.odcs.yaml"), contract("orders-v1", "order_id", "Changed in git"));
        write(f.folder + QLatin1String("/extra.odcs.yaml"), contract("sales.extra", "x"));
        SyncReport report = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY(!report.applied);
        QCOMPARE(report.conflicts.size(), 1);
        QVERIFY(report.conflicts.first().message.contains(QLatin1String("sales.orders")));
        QVERIFY(report.conflicts.first().file.endsWith(QLatin1String("orders.odps.yaml")));
        QCOMPARE(f.store->product(QStringLiteral("sales.orders")).value()->description, QStringLiteral("Edited in Tessera"));
        QCOMPARE(f.store->product(QStringLiteral("sales.extra")).value(), std::nullopt);
        QVERIFY(report.summary().contains(QLatin1String("nothing changed")));
    }

    void editsAreWrittenBackKeepingTheRest()
    {
        Fixture f = fixture();
        // Something the catalog does not model, to be kept.
        write(f.folder + QLatin1String("/orders.odps.yaml"),
              product("sales.orders", "Orders", "orders-v1") + "tenant: ACME\nproductCreatedTs: \"2026-01-02T03:04:05Z\"\n");
        QVERIFY(Sync::run(*f.store, QStringLiteral("sales")).applied);
        Product edited = *f.store->product(QStringLiteral("sales.orders")).value();
        edited.description = QStringLiteral("Every order, written back");
        edited.datasets[0].columns[0].description = QStringLiteral("The order's id");
        QVERIFY(f.store->saveProduct(edited).ok());

        const auto written = Sync::writeBack(*f.store, QStringLiteral("sales.orders"));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written->size(), 2);
        QFile productFile(f.folder + QLatin1String("/orders.odps.yaml"));
        QVERIFY(productFile.open(QIODevice::ReadOnly));
        const QByteArray text = productFile.readAll();
        QVERIFY(text.contains("purpose: Every order, written back"));
        QVERIFY(text.contains("tenant: ACME"));
        QVERIFY(text.contains("productCreatedTs"));
        QFile contractFile(f.folder + QLatin1String("/orders.odcs.yaml"));
        QVERIFY(contractFile.open(QIODevice::ReadOnly));
        QVERIFY(contractFile.readAll().contains("The order's id"));

        // In step with the folder: the next sync finds nothing to do, and no conflict.
        SyncReport report = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY(report.applied);
        QVERIFY(report.unchanged.contains(QStringLiteral("sales.orders")));
        QCOMPARE(f.store->product(QStringLiteral("sales.orders")).value()->description,
                 QStringLiteral("Every order, written back"));

        // Files changed in the folder since: writing back is refused, nothing is overwritten.
        write(f.folder + QLatin1String("/orders.odcs.yaml"), contract("orders-v1", "order_id", "Changed in git"));
        const auto refused = Sync::writeBack(*f.store, QStringLiteral("sales.orders"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("sync first")));
        QFile again(f.folder + QLatin1String("/orders.odcs.yaml"));
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().contains("Changed in git"));
    }

    void badFilesStopTheSync()
    {
        Fixture f = fixture();
        write(f.folder + QLatin1String("/broken.odps.yaml"), "apiVersion: v1.0.0\nkind: DataProduct\nstatus: active\n");
        SyncReport report = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY(!report.applied);
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first().field, QStringLiteral("id"));
        QCOMPARE(f.store->productCount().value(), 0);
    }

    void productsOfOthersAreNotTakenOver()
    {
        Fixture f = fixture();
        Product local;
        local.id = QStringLiteral("sales.orders");
        local.domainId = QStringLiteral("sales");
        local.name = QStringLiteral("orders");
        QVERIFY(f.store->saveProduct(local).ok());
        SyncReport report = Sync::run(*f.store, QStringLiteral("sales"));
        QVERIFY(!report.applied);
        QCOMPARE(report.conflicts.size(), 1);
        QVERIFY(report.conflicts.first().message.contains(QLatin1String("already in the catalog")));
    }

    void sourcesAreManaged()
    {
        Fixture f = fixture();
        QVERIFY(!Sync::addSource(*f.store, QStringLiteral("sales"), f.folder).ok()); // twice
        QVERIFY(!Sync::addSource(*f.store, QStringLiteral("Bad Name"), f.folder).ok());
        QVERIFY(!Sync::addSource(*f.store, QStringLiteral("gone"), f.folder + QLatin1String("/nothing")).ok());
        QVERIFY(!Sync::run(*f.store, QStringLiteral("nope")).applied);
        QVERIFY(Sync::run(*f.store, QStringLiteral("sales")).applied);
        QCOMPARE(f.store->productCount().value(), 2);
        QVERIFY(f.store->removeSource(QStringLiteral("sales")).ok());
        QCOMPARE(f.store->productCount().value(), 0);
        QVERIFY(f.store->sources()->isEmpty());
        QVERIFY(f.store->verifyAudit().ok);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
