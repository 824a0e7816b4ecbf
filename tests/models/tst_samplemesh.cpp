// The bundled sample mesh: valid, linked, and the same catalog on SQLite and on PostgreSQL.
#include "models/catalog/search.h"
#include "models/federation/samplemesh.h"
#include "models/formats/jsonschema.h"
#include "models/formats/yamlreader.h"
#include "models/governance/catalogviews.h"
#include "models/governance/decisions.h"
#include "models/governance/standards.h"
#include "tests/support/postgresserver.h"
#include "tests/support/standardsdir.h"

#include <QFileInfo>
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

    // Realistic governance policies of every kind, which the mesh mostly meets: a few violations
    // to show, at least one of them an error.
    void policiesHaveSomethingToShow()
    {
        const PolicyDocument doc = Policies::readAll({SampleMesh::root() + QLatin1String("/governance")});
        QVERIFY2(doc.errors.isEmpty(), qPrintable(doc.errors.isEmpty() ? QString() : doc.errors.first().toString()));
        QSet<PolicyKind> kinds;
        for (const Policy &p : doc.policies)
            kinds.insert(p.kind);
        QCOMPARE(kinds.size(), 4);
        const MeshFiles mesh = SampleMesh::read();
        auto views = CatalogViews::build(CatalogContent::of(mesh));
        QVERIFY(views.ok());
        QVERIFY(Standards::check(doc.policies, *views.value()).isEmpty());
        const StandardsReport report = Standards::evaluate(doc.policies, *views.value());
        QVERIFY(report.errors.isEmpty());
        QVERIFY(report.violations.size() >= 5);
        QVERIFY(report.violations.size() <= mesh.products.size() / 2); // a mesh that mostly complies
        QVERIFY(std::any_of(report.violations.cbegin(), report.violations.cend(), [](const Violation &v) {
            return v.severity == Severity::Error && v.productId == QLatin1String("marketing.newsletter_subscribers");
        }));
        // Analysts see e-mail addresses masked.
        const auto subscribers = std::find_if(mesh.products.cbegin(), mesh.products.cend(), [](const Product &p) {
            return p.id == QLatin1String("marketing.newsletter_subscribers");
        });
        QVERIFY(subscribers != mesh.products.cend());
        bool emailMasked = false;
        for (const auto &[column, decision] : Decisions::masks(doc.policies, Role::Analyst, *subscribers))
            emailMasked = emailMasked || (column.column == QLatin1String("email") && decision.mask == MaskType::Hash);
        QVERIFY(emailMasked);
    }

    // Sample data for some datasets: CSV whose header is the dataset's columns, as its contract says.
    void sampleDataMatchesTheContracts()
    {
        const MeshFiles mesh = SampleMesh::read();
        int checked = 0;
        for (const QString &file : SampleMesh::files()) {
            if (!file.endsWith(QLatin1String(".csv")))
                continue;
            const QString dataset = QFileInfo(file).completeBaseName();
            const QString domain = file.section(QLatin1Char('/'), -3, -3);
            const QString productId = domain + QLatin1Char('.') + dataset;
            const auto product = std::find_if(mesh.products.cbegin(), mesh.products.cend(), [&](const Product &p) {
                return p.id == productId;
            });
            QVERIFY2(product != mesh.products.cend(), qPrintable(file));
            QStringList columns;
            for (const Column &c : product->datasets.first().columns)
                columns << c.name;
            QFile csv(file);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QString header = QString::fromUtf8(csv.readLine()).trimmed();
            QCOMPARE(header.split(QLatin1Char(',')), columns);
            QVERIFY(!csv.readLine().isEmpty());
            ++checked;
        }
        QVERIFY(checked >= 4);
    }

    // Run logs: every line an OpenLineage 2-0-2 event valid against the official schema.
    void runLogsAreOpenLineage()
    {
        const auto schema = JsonSchema::load(TestSupport::standardsDir() + QLatin1String("/openlineage/OpenLineage.json"));
        if (!schema)
            QSKIP("the OpenLineage schema is not here; it comes with the shared folder beside the checkout");
        int events = 0;
        for (const QString &file : SampleMesh::files()) {
            if (!file.endsWith(QLatin1String(".ndjson")))
                continue;
            QFile log(file);
            QVERIFY(log.open(QIODevice::ReadOnly));
            int line = 0;
            while (!log.atEnd()) {
                ++line;
                const auto event = YamlReader::parse(log.readLine(), file);
                QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().toString()));
                const QList<Error> errors = schema->validate(event.value(), file);
                QVERIFY2(errors.isEmpty(),
                         qPrintable(QStringLiteral("%1:%2: ").arg(file).arg(line)
                                    + (errors.isEmpty() ? QString() : errors.first().toString())));
                ++events;
            }
        }
        QVERIFY(events >= 100);
        // And the check can fail: an event without its run and with a wrong type is refused.
        const auto broken = YamlReader::parse(
            R"({"eventType": "START", "eventTime": "2026-11-10T02:00:00Z", "job": {"namespace": "a", "name": "b"},)"
            R"( "producer": "x", "schemaURL": 7})",
            QStringLiteral("broken.json"));
        QVERIFY(broken.ok());
        QVERIFY(!schema->validate(broken.value(), QStringLiteral("broken.json")).isEmpty());
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
