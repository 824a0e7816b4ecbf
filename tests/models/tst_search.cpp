// Search and facets, the same suite against SQLite (FTS5) and PostgreSQL (tsvector).
#include "models/catalog/catalogstore.h"
#include "models/catalog/search.h"
#include "tests/support/postgresserver.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    QString m_postgresProblem;
    std::unique_ptr<CatalogStore> m_sqlite;
    std::unique_ptr<CatalogStore> m_pg;

    static Product product(const char *id, const char *title, const char *description, QStringList tags = {},
                           QStringList columns = {}, const char *documentation = "", Classification c = Classification::Internal,
                           ProductStatus status = ProductStatus::Active)
    {
        Product p;
        p.id = QString::fromUtf8(id);
        p.domainId = p.id.section(QLatin1Char('.'), 0, 0);
        p.name = p.id.section(QLatin1Char('.'), 1);
        p.title = QString::fromUtf8(title);
        p.description = QString::fromUtf8(description);
        p.documentation = QString::fromUtf8(documentation);
        p.tags = tags;
        p.classification = c;
        p.status = status;
        p.ownerTeamId = p.domainId + QLatin1String("-team");
        Dataset d;
        d.name = p.name;
        for (const QString &name : columns) {
            Column col;
            col.name = name;
            col.description = QStringLiteral("column %1").arg(name);
            d.columns << col;
        }
        p.datasets << d;
        return p;
    }

    static QList<Product> products()
    {
        return {
            product("sales.orders", "Orders", "Every order placed in the web shop", {QStringLiteral("gold")},
                    {QStringLiteral("order_id"), QStringLiteral("customer_email")}, "", Classification::Confidential),
            product("sales.order_lines", "Order lines", "One row per item of an order", {}, {QStringLiteral("line_no")}),
            product("crm.customers", "Customers", "Everyone who ever ordered; 50% are returning", {QStringLiteral("pii")},
                    {QStringLiteral("customer_id")}, "", Classification::Restricted),
            product("marketing.campaigns", "Campaigns", "Mails and ads", {}, {},
                    "# Campaigns\n\nJoined with orders for attribution.", Classification::Public, ProductStatus::Draft),
            product("finance.revenue", "Revenue", "Money in, by day", {QStringLiteral("gold"), QStringLiteral("pii")}),
            product("logistics.shipments", "Shipments", "Parcels that left the warehouse", {}, {QStringLiteral("order_id")}),
            product("logistics.café_stock", "Café stock", "What the café has", {}, {}),
        };
    }

    CatalogStore *store()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("sqlite") ? m_sqlite.get() : m_pg.get();
    }

    static QStringList ids(const QList<SearchHit> &hits)
    {
        QStringList result;
        for (const SearchHit &h : hits)
            result << h.product.id;
        return result;
    }

    QList<SearchHit> find(const QString &text, const QMap<QString, QStringList> &facets = {})
    {
        SearchQuery query;
        query.text = text;
        query.facets = facets;
        const auto hits = store()->search(query);
        if (!hits)
            qWarning("search for %s failed: %s", qPrintable(text), qPrintable(hits.error().toString()));
        return hits ? hits.value() : QList<SearchHit>();
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_dir.isValid());
        auto sqlite
            = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("s.tessera"))), QStringLiteral("t"));
        QVERIFY(sqlite.ok());
        m_sqlite = std::move(sqlite).value();
        QVERIFY(m_sqlite->importAll({}, {}, products()).ok());
        m_postgres = TestSupport::PostgresServer::start(&m_postgresProblem);
        if (m_postgres) {
            QString error;
            const QString url = m_postgres->createDatabase(QStringLiteral("search"), &error);
            auto pg = CatalogStore::open(CatalogLocation::parse(url).value(), QStringLiteral("t"));
            QVERIFY2(pg.ok(), qPrintable(pg.ok() ? QString() : pg.error().toString()));
            m_pg = std::move(pg).value();
            QVERIFY(m_pg->importAll({}, {}, products()).ok());
        }
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_pg)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL tests need a server: ") + m_postgresProblem));
    }

    void exactNameFirstThenPrefixThenText()
    {
        const QList<SearchHit> hits = find(QStringLiteral("orders"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().product.id, QStringLiteral("sales.orders"));
        QCOMPARE(hits.first().tier, 0);
        // Found through the text: the campaigns' documentation mentions orders.
        QVERIFY(ids(hits).contains(QStringLiteral("marketing.campaigns")));
        QCOMPARE(ids(hits).count(QStringLiteral("sales.orders")), 1); // not twice
    }

    void prefixWhileTyping()
    {
        const QList<SearchHit> hits = find(QStringLiteral("order"));
        QCOMPARE(ids(hits).mid(0, 2), (QStringList{QStringLiteral("sales.order_lines"), QStringLiteral("sales.orders")}));
        QCOMPARE(hits.at(0).tier, 1);
        QCOMPARE(hits.at(1).tier, 1);
        // The rest come from the text: columns named order_id, "ordered", "orders" in documentation.
        for (const char *id : {"logistics.shipments", "crm.customers", "marketing.campaigns"})
            QVERIFY2(ids(hits).contains(QString::fromLatin1(id)), id);
        QVERIFY(!ids(hits).contains(QStringLiteral("finance.revenue")));
    }

    void columnsAreSearched()
    {
        QCOMPARE(ids(find(QStringLiteral("customer_email"))), QStringList{QStringLiteral("sales.orders")});
        QCOMPARE(ids(find(QStringLiteral("\"line no\""))), QStringList{QStringLiteral("sales.order_lines")});
        // Identifiers are found whole, and as a prefix while typed.
        QStringList orderId = ids(find(QStringLiteral("order_id")));
        orderId.sort();
        QCOMPARE(orderId, (QStringList{QStringLiteral("logistics.shipments"), QStringLiteral("sales.orders")}));
        QCOMPARE(ids(find(QStringLiteral("customer_em"))), QStringList{QStringLiteral("sales.orders")});
        const QList<SearchHit> byId = find(QStringLiteral("sales.orders"));
        QCOMPARE(byId.first().product.id, QStringLiteral("sales.orders"));
        QCOMPARE(byId.first().tier, 0);
    }

    void allWordsMustMatch()
    {
        QCOMPARE(ids(find(QStringLiteral("web shop"))), QStringList{QStringLiteral("sales.orders")});
        QVERIFY(find(QStringLiteral("web warehouse")).isEmpty());
    }

    void punctuationIsSearchedLiterally_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"%", "_", "'", ";", "--", "50%", "o'brien", "a; DROP TABLE products; --", "\"\"", "*", "orders*",
                                 "(", "NEAR(a b)", "a OR b", "-x", "^", "\\"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void punctuationIsSearchedLiterally()
    {
        QFETCH(QString, text);
        SearchQuery query;
        query.text = text;
        const auto hits = store()->search(query);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().toString()));
        const auto counts = store()->facets(query);
        QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().toString()));
        QCOMPARE(store()->productCount().value(), int(products().size())); // and nothing was harmed
    }

    void percentFindsTheNumber() { QCOMPARE(ids(find(QStringLiteral("50%"))), QStringList{QStringLiteral("crm.customers")}); }

    void syntaxErrorsAreExplained()
    {
        SearchQuery query;
        query.text = QStringLiteral("orders \"web shop");
        const auto hits = store()->search(query);
        QVERIFY(!hits.ok());
        QVERIFY2(hits.error().message.contains(QLatin1String("column 8")), qPrintable(hits.error().message));
        query.text = QStringLiteral("orders");
        query.facets.insert(QStringLiteral("colour"), {QStringLiteral("red")});
        const auto facet = store()->search(query);
        QVERIFY(!facet.ok());
        QVERIFY(facet.error().message.contains(QLatin1String("colour")));
    }

    void facetsNarrowAndCount()
    {
        const auto sales = find(QStringLiteral("order"), {{QStringLiteral("domain"), {QStringLiteral("sales")}}});
        QCOMPARE(ids(sales), (QStringList{QStringLiteral("sales.order_lines"), QStringLiteral("sales.orders")}));
        const auto gold = find(QString(), {{QStringLiteral("tag"), {QStringLiteral("gold")}}});
        QCOMPARE(ids(gold), (QStringList{QStringLiteral("sales.orders"), QStringLiteral("finance.revenue")}));
        const auto restricted = find(QString(),
                                     {{QStringLiteral("classification"), {QStringLiteral("restricted")}},
                                      {QStringLiteral("tag"), {QStringLiteral("pii")}}});
        QCOMPARE(ids(restricted), QStringList{QStringLiteral("crm.customers")});

        SearchQuery query;
        query.text = QStringLiteral("order");
        query.facets.insert(QStringLiteral("domain"), {QStringLiteral("sales")});
        const auto counts = store()->facets(query);
        QVERIFY(counts.ok());
        // A facet is counted under the other facets' filters, not its own: the other domains still show.
        const QList<FacetValue> domains = counts->value(QStringLiteral("domain"));
        QCOMPARE(domains.first(), (FacetValue{QStringLiteral("sales"), 2}));
        QVERIFY(domains.contains(FacetValue{QStringLiteral("logistics"), 1}));
        QCOMPARE(counts->value(QStringLiteral("status")), (QList<FacetValue>{{QStringLiteral("active"), 2}}));
        QCOMPARE(counts->value(QStringLiteral("tag")), (QList<FacetValue>{{QStringLiteral("gold"), 1}}));

        const auto all = store()->facets(SearchQuery());
        QCOMPARE(all->value(QStringLiteral("tag")), (QList<FacetValue>{{QStringLiteral("gold"), 2}, {QStringLiteral("pii"), 2}}));
        QCOMPARE(all->value(QStringLiteral("status")),
                 (QList<FacetValue>{{QStringLiteral("active"), 6}, {QStringLiteral("draft"), 1}}));
    }

    void editsReachTheIndex()
    {
        auto loaded = store()->product(QStringLiteral("finance.revenue"));
        QVERIFY(loaded.ok() && loaded.value());
        Product p = *loaded.value();
        const QString before = p.description;
        p.description = QStringLiteral("Money in, by day, reconciled with the ledger");
        QVERIFY(store()->saveProduct(p).ok());
        QCOMPARE(ids(find(QStringLiteral("ledger"))), QStringList{QStringLiteral("finance.revenue")});
        p = *store()->product(QStringLiteral("finance.revenue")).value();
        p.description = before;
        QVERIFY(store()->saveProduct(p).ok());
        QVERIFY(find(QStringLiteral("ledger")).isEmpty());
    }

    void bothBackendsAgree()
    {
        if (!m_pg)
            QSKIP("needs PostgreSQL");
        for (const char *text : {"order", "orders", "gold", "customer", "column", "web", "day", "cafe", "café", "CAFÉ"}) {
            SearchQuery query;
            query.text = QString::fromLatin1(text);
            QStringList a = ids(m_sqlite->search(query).value());
            QStringList b = ids(m_pg->search(query).value());
            a.sort();
            b.sort();
            QCOMPARE(a, b);
            QCOMPARE(m_sqlite->facets(query).value(), m_pg->facets(query).value());
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
