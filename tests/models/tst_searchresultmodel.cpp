#include "models/catalog/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void resultsAndFacets()
    {
        QTemporaryDir dir;
        auto opened
            = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("c.tessera"))), QStringLiteral("ana"));
        QVERIFY(opened.ok());
        CatalogStore &store = *opened.value();
        QList<Product> products;
        for (const char *id : {"sales.orders", "sales.order_lines", "crm.customers"}) {
            Product p;
            p.id = QString::fromLatin1(id);
            p.domainId = p.id.section(QLatin1Char('.'), 0, 0);
            p.name = p.id.section(QLatin1Char('.'), 1);
            p.title = p.name;
            p.status = ProductStatus::Active;
            p.description = QStringLiteral("about orders");
            products << p;
        }
        QVERIFY(store.importAll({}, {}, products).ok());

        SearchResultModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchQuery query;
        query.text = QStringLiteral("order");
        QVERIFY(model.setQuery(query).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SearchResultModel::ColumnCount));
        QCOMPARE(model.index(0, SearchResultModel::TitleColumn).data().toString(), QStringLiteral("order_lines"));
        QCOMPARE(model.index(0, 0).data(SearchResultModel::TierRole).toInt(), 1);
        QCOMPARE(model.index(2, SearchResultModel::DomainColumn).data().toString(), QStringLiteral("crm"));
        QCOMPARE(model.productId(2), QStringLiteral("crm.customers"));
        // The facets of the same query come from the store (the navigator counts them in the background).
        QCOMPARE(store.facets(query).value().value(QStringLiteral("domain")).first(), (FacetValue{QStringLiteral("sales"), 2}));

        // A broken query keeps what is shown and says why.
        query.text = QStringLiteral("\"order");
        const Status broken = model.setQuery(query);
        QVERIFY(!broken.ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.query().text, QStringLiteral("order"));

        query.text = QStringLiteral("zebra");
        QVERIFY(model.setQuery(query).ok());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
