#include "models/catalog/catalogtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestCatalogTreeModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_catalogs = 0;

    std::unique_ptr<CatalogStore> newStore()
    {
        auto store = CatalogStore::open(
            CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("c%1.tessera").arg(++m_catalogs))), QStringLiteral("ana"));
        if (!store)
            qFatal("%s", qPrintable(store.error().toString()));
        return std::move(store).value();
    }

    static Product product(const QString &id, const QString &title)
    {
        Product p;
        p.id = id;
        p.domainId = id.section(QLatin1Char('.'), 0, 0);
        p.name = id.section(QLatin1Char('.'), 1);
        p.title = title;
        p.status = ProductStatus::Active;
        p.classification = Classification::Internal;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_dir.isValid());
    }

    void domainsThenProductsOnDemand()
    {
        auto store = newStore();
        CatalogTreeModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        // Data arrives after the model: it follows the store.
        QVERIFY(store
                    ->importAll({{QStringLiteral("sales"), QStringLiteral("Sales"), QStringLiteral("Selling")},
                                 {QStringLiteral("crm"), QStringLiteral("Customer relations"), QString()}},
                                {},
                                {product(QStringLiteral("sales.orders"), QStringLiteral("Orders")),
                                 product(QStringLiteral("sales.refunds"), QStringLiteral("Refunds")),
                                 product(QStringLiteral("crm.customers"), QStringLiteral("Customers")),
                                 product(QStringLiteral("hr.people"), QStringLiteral("People"))})
                    .ok());
        QCOMPARE(model.rowCount(), 3);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, 0).data().toString();
        // Sorted by name; a domain known only from its products shows by id.
        QCOMPARE(names, (QStringList{QStringLiteral("Customer relations"), QStringLiteral("hr"), QStringLiteral("Sales")}));

        const QModelIndex sales = model.index(2, 0);
        QCOMPARE(sales.data(CatalogTreeModel::ProductCountRole).toInt(), 2);
        QCOMPARE(sales.data(CatalogTreeModel::KindRole).value<CatalogTreeModel::Kind>(), CatalogTreeModel::Kind::Domain);
        QVERIFY(model.hasChildren(sales));
        QCOMPARE(model.rowCount(sales), 0); // not loaded yet
        model.fetchMore(sales); // the model tester may have asked already
        QVERIFY(!model.canFetchMore(sales));
        QTRY_COMPARE(model.rowCount(sales), 2); // loaded on the next turn of the event loop
        const QModelIndex orders = model.index(0, 0, sales);
        QCOMPARE(orders.data().toString(), QStringLiteral("Orders"));
        QCOMPARE(orders.data(CatalogTreeModel::IdRole).toString(), QStringLiteral("sales.orders"));
        QCOMPARE(orders.data(CatalogTreeModel::StatusRole).toInt(), int(ProductStatus::Active));
        QCOMPARE(orders.parent(), sales);
        QVERIFY(!model.hasChildren(orders));
    }

    void findsAProductAndFollowsEdits()
    {
        auto store = newStore();
        QVERIFY(store
                    ->importAll({}, {},
                                {product(QStringLiteral("sales.orders"), QStringLiteral("Orders")),
                                 product(QStringLiteral("crm.customers"), QStringLiteral("Customers"))})
                    .ok());
        CatalogTreeModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex customers = model.productIndex(QStringLiteral("crm.customers"));
        QVERIFY(customers.isValid());
        QCOMPARE(customers.data().toString(), QStringLiteral("Customers"));
        QVERIFY(!model.productIndex(QStringLiteral("nope")).isValid());

        Product renamed = *store->product(QStringLiteral("crm.customers")).value();
        renamed.title = QStringLiteral("All customers");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(store->saveProduct(renamed).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.productIndex(QStringLiteral("crm.customers")).data().toString(), QStringLiteral("All customers"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogTreeModel)
#include "tst_catalogtreemodel.moc"
