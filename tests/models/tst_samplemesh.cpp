// The bundled sample mesh: valid, linked, and the same catalog on SQLite and on PostgreSQL.
#include "models/catalog/search.h"
#include "models/federation/samplemesh.h"
#include "tests/support/postgresserver.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestSampleMesh : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void isARealMesh()
    {
        const MeshFiles mesh = SampleMesh::read();
        QVERIFY2(mesh.ok(), qPrintable(mesh.ok() ? QString() : mesh.errors.first().toString()));
        QVERIFY(mesh.warnings.isEmpty());
        QVERIFY(mesh.products.size() >= 40);
        QVERIFY(mesh.domains.size() >= 5);
        QSet<QString> domainsWithCrossLinks;
        int inputs = 0;
        for (const Product &p : mesh.products) {
            QVERIFY2(!p.description.isEmpty() && !p.ownerTeamId.isEmpty() && !p.sla.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.datasets.isEmpty() && p.datasets.first().columns.size() >= 3, qPrintable(p.id));
            for (const InputPort &in : p.inputs) {
                ++inputs;
                QVERIFY2(!in.sourceProductId.isEmpty(), qPrintable(p.id + QLatin1String(" <- ") + in.contractId));
                if (!in.sourceProductId.startsWith(p.domainId + QLatin1Char('.')))
                    domainsWithCrossLinks.insert(p.domainId);
            }
        }
        QVERIFY(inputs >= 40);
        QVERIFY(domainsWithCrossLinks.size() >= 4); // lineage crosses domains
    }

    void sameCatalogOnBothBackends()
    {
        QString problem;
        const auto postgres = TestSupport::PostgresServer::start(&problem);
        if (!postgres)
            QSKIP(qPrintable(QStringLiteral("needs a PostgreSQL server: ") + problem));
        const QString url = postgres->createDatabase(QStringLiteral("mesh"), &problem);
        auto pg = CatalogStore::open(CatalogLocation::parse(url).value(), QStringLiteral("tessera"));
        auto lite = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("mesh.tessera"))),
                                       QStringLiteral("tessera"));
        QVERIFY(pg.ok() && lite.ok());
        QVERIFY(SampleMesh::importInto(*pg.value()).ok());
        QVERIFY(SampleMesh::importInto(*lite.value()).ok());

        QCOMPARE(lite.value()->domains().value(), pg.value()->domains().value());
        QCOMPARE(lite.value()->teams().value(), pg.value()->teams().value());
        const auto ids = lite.value()->productSummaries().value();
        QCOMPARE(ids, pg.value()->productSummaries().value());
        for (const ProductSummary &s : ids) {
            const Product a = *lite.value()->product(s.id).value();
            const Product b = *pg.value()->product(s.id).value();
            QVERIFY2(a.sameContent(b), qPrintable(s.id));
            QCOMPARE(a.documents, b.documents);
        }
        for (const char *text :
             {"orders", "customer", "revenue", "email", "order_id", "pii", "fx", "\"lifetime value\"", "churn"}) {
            SearchQuery query;
            query.text = QString::fromUtf8(text);
            QStringList a, b;
            for (const SearchHit &h : lite.value()->search(query).value())
                a << h.product.id;
            for (const SearchHit &h : pg.value()->search(query).value())
                b << h.product.id;
            QVERIFY2(!a.isEmpty(), text);
            a.sort();
            b.sort();
            QVERIFY2(a == b,
                     qPrintable(QString::fromUtf8(text) + QLatin1String(": sqlite ") + a.join(QLatin1Char(','))
                                + QLatin1String(" postgresql ") + b.join(QLatin1Char(','))));
            QCOMPARE(lite.value()->facets(query).value(), pg.value()->facets(query).value());
        }
    }

    void firstStartCreatesTheUsersCatalogOnce()
    {
        const CatalogLocation location = CatalogLocation::defaultLocation();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(location.filePath() + QLatin1String(suffix));
        int entries = 0;
        {
            auto store = SampleMesh::openCatalog(location, QStringLiteral("ana"));
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
            QCOMPARE(store.value()->productCount().value(), int(SampleMesh::read().products.size()));
            entries = int(store.value()->auditLog()->size());
        }
        auto again = SampleMesh::openCatalog(location, QStringLiteral("ana"));
        QVERIFY(again.ok());
        QCOMPARE(int(again.value()->auditLog()->size()), entries); // not imported twice
        // Any other catalog opens as it is.
        auto other = SampleMesh::openCatalog(CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("empty.tessera"))),
                                             QStringLiteral("ana"));
        QCOMPARE(other.value()->productCount().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSampleMesh)
#include "tst_samplemesh.moc"
