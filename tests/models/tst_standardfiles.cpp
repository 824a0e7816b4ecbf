// A small mesh in ODPS product files and ODCS contracts, read together, and written back out.
#include "models/federation/standardfiles.h"
#include "models/formats/odcs.h"
#include "models/formats/odps.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestStandardFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

    QStringList mesh()
    {
        return {
            write(QStringLiteral("sales/orders.odps.yaml"),
                  "apiVersion: v1.0.0\nkind: DataProduct\nid: sales.orders\nname: Orders\nversion: 2.1.0\nstatus: active\n"
                  "domain: Sales\ndescription:\n  purpose: Every order placed in the web shop\n  usage: Join on customer_id\n"
                  "tags: [gold]\nteam:\n  name: Sales Data\n  members:\n    - username: ana\n      role: owner\n"
                  "inputPorts:\n  - name: customers\n    version: 1.0.0\n    contractId: crm-customers-v1\n"
                  "outputPorts:\n  - name: orders\n    version: 2.1.0\n    contractId: sales-orders-v2\n"),
            write(QStringLiteral("sales/orders.odcs.yaml"),
                  "apiVersion: v3.1.0\nkind: DataContract\nid: sales-orders-v2\nversion: 2.1.0\nstatus: active\nname: orders "
                  "contract\n"
                  "schema:\n  - name: orders\n    physicalName: sales.orders_v2\n    properties:\n"
                  "      - name: order_id\n        logicalType: string\n        primaryKey: true\n"
                  "      - name: customer_id\n        logicalType: string\n        classification: internal\n"
                  "slaProperties:\n  - property: latency\n    value: 4\n    unit: h\n"),
            write(QStringLiteral("crm/customers.odps.yaml"),
                  "apiVersion: v1.0.0\nkind: DataProduct\nid: crm.customers\nname: Customers\nstatus: active\ndomain: CRM\n"
                  "outputPorts:\n  - name: customers\n    version: 1.0.0\n    contractId: crm-customers-v1\n"),
            write(QStringLiteral("crm/customers.odcs.yaml"),
                  "apiVersion: v3.1.0\nkind: DataContract\nid: crm-customers-v1\nversion: 1.0.0\nstatus: active\n"
                  "schema:\n  - name: customers\n    properties:\n      - name: customer_id\n        logicalType: string\n"
                  "      - name: email\n        logicalType: string\n        classification: restricted\n"),
            write(QStringLiteral("finance/ledger.odcs.yaml"),
                  "apiVersion: v3.1.0\nkind: DataContract\nid: finance.ledger\nversion: 1.0.0\nstatus: draft\ndomain: Finance\n"
                  "dataProduct: ledger\nschema:\n  - name: entries\n"),
        };
    }

    static const Product *find(const MeshFiles &m, const char *id)
    {
        for (const Product &p : m.products) {
            if (p.id == QLatin1String(id))
                return &p;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_dir.isValid());
    }

    void productsWithTheirContracts()
    {
        const MeshFiles m = StandardFiles::read(mesh(), m_dir.path());
        QVERIFY2(m.ok(), qPrintable(m.errors.isEmpty() ? QString() : m.errors.first().toString()));
        QCOMPARE(m.products.size(), 3);
        const Product *orders = find(m, "sales.orders");
        QVERIFY(orders);
        QCOMPARE(orders->title, QStringLiteral("Orders"));
        QCOMPARE(orders->name, QStringLiteral("orders"));
        QCOMPARE(orders->domainId, QStringLiteral("sales"));
        QCOMPARE(orders->version, QStringLiteral("2.1.0"));
        QCOMPARE(orders->documentation, QStringLiteral("## Usage\n\nJoin on customer_id"));
        QCOMPARE(orders->datasets.size(), 1);
        QCOMPARE(orders->datasets.first().physicalName, QStringLiteral("sales.orders_v2"));
        QCOMPARE(orders->datasets.first().contractId, QStringLiteral("sales-orders-v2"));
        QCOMPARE(orders->datasets.first().columns.size(), 2);
        QCOMPARE(orders->sla.first().property, QStringLiteral("latency"));
        QCOMPARE(orders->ownerTeamId, QStringLiteral("sales-data"));
        QCOMPARE(orders->provenance.file, QStringLiteral("sales/orders.odps.yaml"));
        QCOMPARE(orders->provenance.hash.size(), 64);
        QCOMPARE(orders->documents.size(), 2);
        QCOMPARE(orders->documents.at(1).file, QStringLiteral("sales/orders.odcs.yaml"));
        // The input port found the product that offers its contract.
        QCOMPARE(orders->inputs.size(), 1);
        QCOMPARE(orders->inputs.first().sourceProductId, QStringLiteral("crm.customers"));
        QCOMPARE(orders->inputs.first().sourceDataset, QStringLiteral("customers"));
        QCOMPARE(find(m, "crm.customers")->classification, Classification::Restricted);
        // A contract no product file claims is a product of its own.
        QVERIFY(find(m, "finance.ledger"));
        QCOMPARE(find(m, "finance.ledger")->status, ProductStatus::Draft);
        QCOMPARE(m.domains.size(), 3);
        QCOMPARE(m.teams.size(), 1);
    }

    void writtenBackAsValidFiles()
    {
        const MeshFiles m = StandardFiles::read(mesh(), m_dir.path());
        QVERIFY(m.ok());
        Product orders = *find(m, "sales.orders");
        orders.description = QStringLiteral("All orders, cleaned");
        orders.datasets[0].columns[1].description = QStringLiteral("Who ordered");
        const std::optional<Team> team = m.teams.first();

        const QByteArray productFile = Odps::toYaml(orders, team, QStringLiteral("Sales"));
        const auto product = Standards::parse(productFile, QStringLiteral("orders.odps.yaml"));
        QVERIFY(product.ok());
        const auto productValidation = Standards::validate(product.value());
        QVERIFY2(productValidation.ok(),
                 qPrintable(productValidation.ok() ? QString() : productValidation.errors.first().toString()));
        QVERIFY(productFile.contains("purpose: All orders, cleaned"));
        QVERIFY(productFile.contains("contractId: crm-customers-v1")); // ports kept as written

        const QByteArray contract = Odcs::toYaml(orders, team, QStringLiteral("Sales"), QStringLiteral("sales-orders-v2"));
        const auto parsed = Standards::parse(contract, QStringLiteral("orders.odcs.yaml"));
        QVERIFY(parsed.ok());
        QVERIFY(Standards::validate(parsed.value()).ok());
        QVERIFY(contract.contains("description: Who ordered"));
        QVERIFY(contract.contains("name: orders contract")); // the contract keeps its own name
        QVERIFY(!contract.contains("All orders, cleaned"));

        // Read again from the written files: the same product.
        QTemporaryDir again;
        QDir().mkpath(again.filePath(QStringLiteral("sales")));
        QFile a(again.filePath(QStringLiteral("sales/orders.odps.yaml")));
        QVERIFY(a.open(QIODevice::WriteOnly));
        a.write(productFile);
        a.close();
        QFile b(again.filePath(QStringLiteral("sales/orders.odcs.yaml")));
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(contract);
        b.close();
        const MeshFiles reread = StandardFiles::read({a.fileName(), b.fileName()}, again.path());
        QVERIFY(reread.ok());
        Product back = reread.products.first();
        QCOMPARE(back.description, orders.description);
        QCOMPARE(back.datasets, orders.datasets);
        QCOMPARE(back.inputs.first().contractId, QStringLiteral("crm-customers-v1"));
        QVERIFY(back.inputs.first().sourceProductId.isEmpty()); // crm was not among these files
    }

    void problemsStopEverything()
    {
        QStringList files = mesh();
        files << write(QStringLiteral("bad/broken.odps.yaml"), "apiVersion: v1.0.0\nkind: DataProduct\nstatus: active\n");
        files << write(QStringLiteral("bad/again.odcs.yaml"),
                       "apiVersion: v3.1.0\nkind: DataContract\nid: crm-customers-v1\nversion: 1.0.0\nstatus: active\n");
        const MeshFiles m = StandardFiles::read(files, m_dir.path());
        QCOMPARE(m.errors.size(), 2);
        QVERIFY(m.errors.at(0).message.contains(QLatin1String("required")));
        QCOMPARE(m.errors.at(0).field, QStringLiteral("id"));
        QVERIFY(m.errors.at(1).message.contains(QLatin1String("crm-customers-v1")));
    }

    void dpdsDescriptorsAreImported()
    {
        const QString descriptor = write(
            QStringLiteral("dpds/trips.dpds.yaml"),
            "dataProductDescriptor: 1.0.0\ninfo:\n  fullyQualifiedName: urn:dpds:mesh:dataproducts:trips:1\n"
            "  name: trips\n  displayName: Trips\n  version: 1.0.0\n  domain: Mobility\n"
            "  description: Every trip our vehicles made\n  owner:\n    id: rosa@example.com\n    name: Rosa Luna\n"
            "interfaceComponents:\n  inputPorts:\n    - fullyQualifiedName: urn:dpds:mesh:dataproducts:trips:1:inputports:gps\n"
            "      name: gps\n      version: 1.0.0\n"
            "  outputPorts:\n    - fullyQualifiedName: urn:dpds:mesh:dataproducts:trips:1:outputports:trips\n"
            "      name: trips\n      version: 1.0.0\n      description: One row per trip\n"
            "tags: [mobility]\n");
        const auto document = Standards::read(descriptor);
        QVERIFY(document.ok());
        const auto validation = Standards::validate(document.value());
        QVERIFY2(validation.ok(), qPrintable(validation.ok() ? QString() : validation.errors.first().toString()));

        const MeshFiles m = StandardFiles::read({descriptor}, m_dir.path());
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.errors.first().toString()));
        const Product &trips = m.products.first();
        QCOMPARE(trips.id, QStringLiteral("urn:dpds:mesh:dataproducts:trips:1"));
        QCOMPARE(trips.title, QStringLiteral("Trips"));
        QCOMPARE(trips.domainId, QStringLiteral("mobility"));
        QCOMPARE(trips.description, QStringLiteral("Every trip our vehicles made"));
        QCOMPARE(trips.tags, QStringList{QStringLiteral("mobility")});
        QCOMPARE(trips.datasets.first().name, QStringLiteral("trips"));
        QCOMPARE(trips.inputs.first().name, QStringLiteral("gps"));
        QCOMPARE(m.teams.first().name, QStringLiteral("Rosa Luna"));
        QCOMPARE(trips.documents.first().kind, QStringLiteral("dpds"));
    }

    void missingContractIsAWarning()
    {
        const QString lonely = write(QStringLiteral("lonely/p.odps.yaml"),
                                     "apiVersion: v1.0.0\nkind: DataProduct\nid: x.lonely\nstatus: active\n"
                                     "outputPorts:\n  - name: out\n    version: 1.0.0\n    contractId: nowhere\n");
        const MeshFiles m = StandardFiles::read({lonely}, m_dir.path());
        QVERIFY(m.ok());
        QCOMPARE(m.products.first().datasets.first().name, QStringLiteral("out"));
        QCOMPARE(m.warnings.size(), 1);
        QVERIFY(m.warnings.first().message.contains(QLatin1String("nowhere")));
        QCOMPARE(m.warnings.first().line, 6);
    }
};

QTEST_GUILESS_MAIN(TestStandardFiles)
#include "tst_standardfiles.moc"
