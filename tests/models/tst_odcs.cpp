// ODCS contracts into the catalog and back out: nothing lost, output valid v3.1.0.
#include "models/catalog/catalogstore.h"
#include "models/formats/odcs.h"
#include "models/formats/yamlreader.h"
#include "tests/support/standardsdir.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestOdcs : public QObject
{
    Q_OBJECT

    static QString examples() { return TestSupport::standardsDir() + QLatin1String("/odcs/examples"); }

    static Odcs::Imported reimport(const QByteArray &yaml, const QString &name)
    {
        const auto document = Standards::parse(yaml, name);
        if (!document)
            qFatal("export does not parse: %s", qPrintable(document.error().toString()));
        const Standards::Validation validation = Standards::validate(document.value());
        if (!validation.ok()) {
            for (const Error &e : validation.errors)
                qWarning("%s", qPrintable(e.toString()));
            qWarning("%s", yaml.constData());
        }
        auto imported = Odcs::toCatalog(document.value(), yaml);
        if (!imported || !validation.ok())
            return {};
        return imported.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        if (!QDir(examples()).exists())
            QSKIP("the standards' documents are not here; they come with the shared folder beside the checkout");
    }

    void examplesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(examples()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QDir(examples()).filePath(file);
    }
    void examplesRoundTrip()
    {
        QFETCH(QString, path);
        const auto first = Odcs::importFile(path);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        const QByteArray exported = Odcs::toYaml(first->product, first->team, first->domain.name);
        QVERIFY(exported.contains("apiVersion: v3.1.0"));
        const Odcs::Imported second = reimport(exported, QStringLiteral("exported.odcs.yaml"));
        QVERIFY2(!second.product.id.isEmpty(), "the export is not a valid v3.1.0 contract");
        QCOMPARE(second.product.toJson(), first->product.toJson());
        QVERIFY(second.product.sameContent(first->product));
        QCOMPARE(second.team, first->team);
        QCOMPARE(second.domain, first->domain);

        // Exporting the export changes nothing more: the writer is stable.
        QCOMPARE(Odcs::toYaml(second.product, second.team, second.domain.name), exported);
    }

    // A second opinion: ajv, the reference JSON Schema validator, on every export (as JSON).
    void exportsPassAjv()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not installed; ./dev installs nodejs and node-ajv in its build environment");
        QTemporaryDir dir;
        QStringList arguments{QStringLiteral(TESSERA_SOURCE_DIR "/tests/tools/ajv-validate.js"),
                              QStringLiteral(TESSERA_SOURCE_DIR "/resources/schemas/odcs-json-schema-v3.1.0.json")};
        const QStringList files = QDir(examples()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto imported = Odcs::importFile(QDir(examples()).filePath(file));
            QVERIFY(imported.ok());
            const DocNode contract = Odcs::toContract(imported->product, imported->team, imported->domain.name);
            QFile json(dir.filePath(file + QLatin1String(".json")));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(QJsonDocument(contract.toJson().toObject()).toJson());
            arguments << json.fileName();
        }
        QProcess ajv;
        ajv.setProcessChannelMode(QProcess::MergedChannels);
        ajv.start(node, arguments);
        QVERIFY(ajv.waitForFinished(60000));
        const QString output = QString::fromUtf8(ajv.readAll());
        if (ajv.exitCode() == 3)
            QSKIP(qPrintable(output.trimmed()));
        QVERIFY2(ajv.exitCode() == 0, qPrintable(output));
        QCOMPARE(output.count(QLatin1String(": valid")), files.size());
    }

    void mappingOfTheFullExample()
    {
        const auto imported = Odcs::importFile(examples() + QLatin1String("/all--full-example.odcs.yaml"));
        QVERIFY(imported.ok());
        const Product &p = imported->product;
        QCOMPARE(p.id, QStringLiteral("53581432-6c55-4ba2-a65f-72344a91553a"));
        QCOMPARE(p.domainId, QStringLiteral("seller"));
        QCOMPARE(p.name, QStringLiteral("my quantum"));
        QCOMPARE(p.version, QStringLiteral("1.1.0"));
        QCOMPARE(p.status, ProductStatus::Active);
        QCOMPARE(p.description, QStringLiteral("Views built on top of the seller tables."));
        QVERIFY(p.documentation.contains(QLatin1String("Predict sales over time")));
        QCOMPARE(p.datasets.first().name, QStringLiteral("tbl"));
        QCOMPARE(p.datasets.first().physicalName, QStringLiteral("tbl_1"));
        QCOMPARE(p.datasets.first().server, QStringLiteral("my-postgres"));
        const Column &receiver = p.datasets.first().columns.at(1);
        QCOMPARE(receiver.name, QStringLiteral("rcvr_id"));
        QVERIFY(receiver.primaryKey);
        QCOMPARE(receiver.classification, Classification::Restricted);
        QCOMPARE(p.classification, Classification::Restricted); // as sensitive as its most sensitive column
        const Column &country = p.datasets.first().columns.at(2);
        QCOMPARE(country.quality.first().metric, QStringLiteral("nullValues"));
        QCOMPARE(country.quality.first().op, QStringLiteral("mustBe"));
        QCOMPARE(country.quality.first().value, QStringLiteral("0"));
        QVERIFY(imported->team);
        QCOMPARE(imported->team->name, QStringLiteral("my-team"));
        QVERIFY(!imported->team->members.isEmpty());
        QCOMPARE(p.documents.size(), 1);
    }

    void editsAreWrittenAndTheRestIsKept()
    {
        auto imported = Odcs::importFile(examples() + QLatin1String("/all--full-example.odcs.yaml"));
        QVERIFY(imported.ok());
        Product p = imported->product;
        p.description = QStringLiteral("Payment metrics, seller's view");
        p.datasets[0].columns[0].description = QStringLiteral("The day the transaction refers to");
        p.datasets[0].columns[1].tags = {QStringLiteral("uid"), QStringLiteral("pii")};
        p.tags << QStringLiteral("gold");
        const QByteArray yaml = Odcs::toYaml(p, imported->team, imported->domain.name);
        const auto written = YamlReader::parse(yaml, QStringLiteral("out.yaml"));
        QVERIFY(written.ok());
        const DocNode &root = written.value();
        QCOMPARE(root.member(QStringLiteral("description"))->text(QStringLiteral("purpose")), p.description);
        // Untouched content of the original survives.
        QCOMPARE(root.member(QStringLiteral("description"))->text(QStringLiteral("usage")),
                 QStringLiteral("Predict sales over time"));
        QCOMPARE(root.text(QStringLiteral("tenant")), QStringLiteral("ClimateQuantumInc"));
        const DocNode &column
            = root.member(QStringLiteral("schema"))->items.front().member(QStringLiteral("properties"))->items.front();
        QCOMPARE(column.text(QStringLiteral("description")), QStringLiteral("The day the transaction refers to"));
        QCOMPARE(column.text(QStringLiteral("transformLogic")).left(20), QStringLiteral("sel t1.txn_dt as txn"));
        QVERIFY(column.member(QStringLiteral("examples")));
        const Odcs::Imported again = reimport(yaml, QStringLiteral("out.yaml"));
        QCOMPARE(again.product.datasets[0].columns[1].tags, p.datasets[0].columns[1].tags);
        QVERIFY(again.product.tags.contains(QStringLiteral("gold")));
    }

    void newProductGetsAValidContract()
    {
        Product p;
        p.id = QStringLiteral("sales.orders");
        p.domainId = QStringLiteral("sales");
        p.name = QStringLiteral("orders");
        p.title = QStringLiteral("Orders");
        p.version = QStringLiteral("2.0");
        p.status = ProductStatus::Active;
        p.documentation = QStringLiteral("# Orders\n\nOne row per order line.\n");
        p.classification = Classification::Internal;
        Dataset d;
        d.name = QStringLiteral("orders");
        Column c;
        c.name = QStringLiteral("amount");
        c.logicalType = QStringLiteral("number");
        c.quality = {{{},
                      QStringLiteral("library"),
                      QStringLiteral("rowCount"),
                      QStringLiteral("mustBeBetween"),
                      QStringLiteral("[1, 100]"),
                      {},
                      {},
                      {},
                      {}}};
        d.columns = {c};
        p.datasets = {d};
        p.sla = {{QStringLiteral("latency"), QStringLiteral("4"), {}, QStringLiteral("h"), {}, {}}};
        const QByteArray yaml = Odcs::toYaml(p);
        const Odcs::Imported back = reimport(yaml, QStringLiteral("new.odcs.yaml"));
        p.datasets[0].contractId = p.id; // from now on described by the contract just written
        QVERIFY2(back.product.id == p.id, yaml.constData());
        QVERIFY(back.product.sameContent(p));
        QVERIFY(yaml.contains("version: \"2.0\"")); // a version is text, even when it looks like a number
    }

    void catalogRoundTrip()
    {
        QTemporaryDir dir;
        auto store
            = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("c.tessera"))), QStringLiteral("ana"));
        QVERIFY(store.ok());
        const auto imported = Odcs::importFile(examples() + QLatin1String("/all--full-example.odcs.yaml"));
        QVERIFY(imported.ok());
        QVERIFY(store.value()->importAll({imported->domain}, {*imported->team}, {imported->product}).ok());
        const auto loaded = store.value()->product(imported->product.id);
        QVERIFY(loaded.ok() && loaded.value());
        QCOMPARE(loaded.value()->documents, imported->product.documents);
        QCOMPARE(Odcs::toYaml(*loaded.value(), imported->team, imported->domain.name),
                 Odcs::toYaml(imported->product, imported->team, imported->domain.name));
    }
};

QTEST_GUILESS_MAIN(TestOdcs)
#include "tst_odcs.moc"
