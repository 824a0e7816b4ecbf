// The catalog store, the same suite against SQLite and a private PostgreSQL server.
#include "models/catalog/catalogstore.h"
#include "tests/support/postgresserver.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestCatalogStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::PostgresServer> m_postgres;
    QString m_postgresProblem;
    int m_catalogs = 0;

    // A new, empty catalog location on the backend of the current row.
    CatalogLocation newCatalog()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString name = QStringLiteral("catalog_%1").arg(++m_catalogs);
        if (backend == QLatin1String("sqlite"))
            return CatalogLocation::sqliteFile(m_dir.filePath(name + QLatin1String(".tessera")));
        QString error;
        const QString url = m_postgres->createDatabase(name, &error);
        if (url.isEmpty())
            qFatal("cannot create a database: %s", qPrintable(error));
        return CatalogLocation::parse(url).value();
    }

    static std::unique_ptr<CatalogStore> open(const CatalogLocation &location, const QString &actor = QStringLiteral("ana"))
    {
        auto store = CatalogStore::open(location, actor);
        if (!store)
            qFatal("cannot open the catalog: %s", qPrintable(store.error().toString()));
        return std::move(store).value();
    }

    // Runs raw SQL behind the store's back, as a tamperer would.
    void tamper(CatalogStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    static Product sampleProduct(const QString &id = QStringLiteral("sales.orders"))
    {
        Product p;
        p.id = id;
        p.domainId = QStringLiteral("sales");
        p.name = id.section(QLatin1Char('.'), -1);
        p.title = QStringLiteral("Orders");
        p.version = QStringLiteral("1.2.0");
        p.status = ProductStatus::Active;
        p.description = QStringLiteral("Every order placed in the web shop, one row per order line.");
        p.documentation
            = QStringLiteral("# Orders\n\nUpdated hourly. Ünïcödé and 'quotes' and \"double\" survive; so does %_;--.");
        p.classification = Classification::Confidential;
        p.tags = {QStringLiteral("orders"), QStringLiteral("revenue"), QStringLiteral("gold")};
        p.ownerTeamId = QStringLiteral("sales-data");
        p.sla = {
            {QStringLiteral("latency"), QStringLiteral("4"), {}, QStringLiteral("h"), QStringLiteral("orders.placed_at"), {}},
            {QStringLiteral("availability"), QStringLiteral("99.5"), {}, QStringLiteral("%"), {}, QStringLiteral("operational")}};
        Dataset orders;
        orders.name = QStringLiteral("orders");
        orders.physicalName = QStringLiteral("sales.orders_v2");
        orders.physicalType = QStringLiteral("table");
        orders.server = QStringLiteral("warehouse");
        orders.description = QStringLiteral("Order lines");
        Column id_;
        id_.name = QStringLiteral("order_id");
        id_.logicalType = QStringLiteral("string");
        id_.physicalType = QStringLiteral("varchar(36)");
        id_.primaryKey = true;
        id_.required = true;
        id_.unique = true;
        id_.quality = {{{},
                        QStringLiteral("library"),
                        QStringLiteral("nullValues"),
                        QStringLiteral("mustBe"),
                        QStringLiteral("0"),
                        {},
                        QStringLiteral("completeness"),
                        QStringLiteral("error"),
                        {}}};
        Column email;
        email.name = QStringLiteral("customer_email");
        email.logicalType = QStringLiteral("string");
        email.classification = Classification::Restricted;
        email.tags = {QStringLiteral("pii"), QStringLiteral("email")};
        email.description = QStringLiteral("Where the receipt goes");
        orders.columns = {id_, email};
        orders.quality = {{QStringLiteral("enough rows"),
                           QStringLiteral("library"),
                           QStringLiteral("rowCount"),
                           QStringLiteral("mustBeGreaterThan"),
                           QStringLiteral("1000"),
                           {},
                           {},
                           QStringLiteral("warning"),
                           {}},
                          {QStringLiteral("no future orders"),
                           QStringLiteral("sql"),
                           {},
                           QStringLiteral("mustBe"),
                           QStringLiteral("0"),
                           QStringLiteral("SELECT COUNT(*) FROM orders WHERE placed_at > now()"),
                           {},
                           {},
                           {}}};
        Dataset daily;
        daily.name = QStringLiteral("daily_revenue");
        daily.physicalType = QStringLiteral("view");
        Column day;
        day.name = QStringLiteral("day");
        day.logicalType = QStringLiteral("date");
        day.transformSources = {QStringLiteral("sales.orders.placed_at"), QStringLiteral("calendar.days")};
        day.transformLogic = QStringLiteral("date_trunc('day', placed_at)");
        daily.columns = {day};
        p.datasets = {orders, daily};
        p.inputs
            = {{QStringLiteral("customers"), QStringLiteral("crm.customers"), QStringLiteral("customers"), QStringLiteral("c-1")},
               {QStringLiteral("payments feed"), {}, QStringLiteral("psp.payments"), {}}};
        return p;
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
        m_postgres = TestSupport::PostgresServer::start(&m_postgresProblem);
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("postgresql") && !m_postgres)
            QSKIP(qPrintable(QStringLiteral("PostgreSQL tests need a server: ") + m_postgresProblem));
    }

    void newCatalogIsEmptyAndVersioned()
    {
        auto store = open(newCatalog());
        QCOMPARE(store->productCount().value(), 0);
        QVERIFY(store->domains()->isEmpty());
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM tessera_schema")) && query.next());
        QCOMPARE(query.value(0).toInt(), CatalogStore::schemaVersion);
        QVERIFY(store->verifyAudit().ok);
    }

    void productRoundTripsWithEverything()
    {
        const CatalogLocation location = newCatalog();
        const Product original = sampleProduct();
        {
            auto store = open(location);
            QSignalSpy changed(store.get(), &CatalogStore::productChanged);
            const SaveResult saved = store->saveProduct(original);
            QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
            QCOMPARE(saved.saved.revision, 1);
            QCOMPARE(saved.saved.updatedBy, QStringLiteral("ana"));
            QCOMPARE(changed.size(), 1);
        }
        auto store = open(location); // a fresh connection reads what was committed
        const auto loaded = store->product(original.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().has_value());
        const Product &back = *loaded.value();
        QCOMPARE(back.revision, 1);
        QVERIFY(back.updatedAt.isValid());
        QCOMPARE(back.toJson().value(QStringLiteral("datasets")), original.toJson().value(QStringLiteral("datasets")));
        QVERIFY(back.sameContent(original));
        QCOMPARE(store->product(QStringLiteral("nope")).value(), std::nullopt);
    }

    void allProductsReadsWhatEachProductReads()
    {
        auto store = open(newCatalog());
        const auto none = store->allProducts();
        QVERIFY2(none.ok(), qPrintable(none.ok() ? QString() : none.error().toString()));
        QVERIFY(none.value().isEmpty());
        // Saved out of order, with different shapes: each row must reach its own product.
        Product bare;
        bare.id = QStringLiteral("crm.bare");
        bare.domainId = QStringLiteral("crm");
        bare.name = QStringLiteral("bare");
        Product withDocument = sampleProduct(QStringLiteral("sales.returns"));
        withDocument.tags = {QStringLiteral("returns")};
        withDocument.datasets[0].columns[1].tags = {QStringLiteral("email")};
        withDocument.documents = {{QStringLiteral("odps"), QStringLiteral("returns-1"), QStringLiteral("returns.odps.yaml"),
                                   QByteArrayLiteral("name: returns\n")}};
        for (const Product &p : {sampleProduct(QStringLiteral("sales.orders")), bare, withDocument}) {
            const SaveResult saved = store->saveProduct(p);
            QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
        }

        const auto all = store->allProducts();
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
        QStringList ids;
        for (const Product &p : all.value()) {
            ids << p.id;
            const Product one = *store->product(p.id).value();
            QVERIFY2(p.sameContent(one), qPrintable(p.id));
            QCOMPARE(p.toJson(), one.toJson());
            QCOMPARE(p.revision, one.revision);
            QCOMPARE(p.documents, one.documents);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("crm.bare"), QStringLiteral("sales.orders"), QStringLiteral("sales.returns")}));
        QCOMPARE(all.value().at(2).documents.size(), 1);
        QCOMPARE(all.value().at(2).datasets.at(0).columns.at(1).tags, QStringList{QStringLiteral("email")});

        const auto light = store->allProducts(CatalogStore::ProductParts::WithoutDocuments);
        QVERIFY(light.ok());
        QCOMPARE(light.value().size(), 3);
        QVERIFY(light.value().at(2).documents.isEmpty());
        QVERIFY(light.value().at(2).sameContent(all.value().at(2)));
    }

    void staleSaveIsAConflictCarryingBothSides()
    {
        const CatalogLocation location = newCatalog();
        auto ana = open(location, QStringLiteral("ana"));
        auto ben = open(location, QStringLiteral("ben"));
        const SaveResult created = ana->saveProduct(sampleProduct());
        QVERIFY(created.ok());

        // Both start from revision 1; Ben saves first.
        Product bens = created.saved;
        bens.description = QStringLiteral("Ben's words");
        Product anas = created.saved;
        anas.description = QStringLiteral("Ana's words");
        const SaveResult first = ben->saveProduct(bens);
        QVERIFY(first.ok());
        QCOMPARE(first.saved.revision, 2);

        const SaveResult second = ana->saveProduct(anas);
        QCOMPARE(second.status, SaveResult::Status::Conflict);
        QCOMPARE(second.mine.description, QStringLiteral("Ana's words"));
        QVERIFY(second.theirs);
        QCOMPARE(second.theirs->description, QStringLiteral("Ben's words"));
        QCOMPARE(second.theirs->updatedBy, QStringLiteral("ben"));
        QCOMPARE(second.theirs->revision, 2);
        QVERIFY(second.error.message.contains(QLatin1String("ben")));

        // Nothing was lost: Ben's save stands, and Ana can save again on top of it.
        QCOMPARE(ana->product(bens.id).value()->description, QStringLiteral("Ben's words"));
        anas.revision = second.theirs->revision;
        const SaveResult retried = ana->saveProduct(anas);
        QVERIFY(retried.ok());
        QCOMPARE(retried.saved.revision, 3);
    }

    void creatingAnExistingIdIsAConflict()
    {
        auto store = open(newCatalog());
        QVERIFY(store->saveProduct(sampleProduct()).ok());
        const SaveResult again = store->saveProduct(sampleProduct());
        QCOMPARE(again.status, SaveResult::Status::Conflict);
        QVERIFY(again.theirs);
        QVERIFY(again.error.message.contains(QLatin1String("already exists")));
    }

    void removeChecksTheRevision()
    {
        auto store = open(newCatalog());
        const SaveResult created = store->saveProduct(sampleProduct());
        QCOMPARE(store->removeProduct(created.saved.id, 7).status, SaveResult::Status::Conflict);
        QVERIFY(store->product(created.saved.id).value().has_value());
        QVERIFY(store->removeProduct(created.saved.id, created.saved.revision).ok());
        QCOMPARE(store->product(created.saved.id).value(), std::nullopt);
        QCOMPARE(store->productCount().value(), 0);

        // Saving an edit of a product someone removed is a conflict, not a resurrection.
        Product edited = created.saved;
        edited.title = QStringLiteral("late edit");
        const SaveResult late = store->saveProduct(edited);
        QCOMPARE(late.status, SaveResult::Status::Conflict);
        QVERIFY(!late.theirs);
        QCOMPARE(store->productCount().value(), 0);
    }

    void invalidProductIsRefused()
    {
        auto store = open(newCatalog());
        Product nameless = sampleProduct();
        nameless.name.clear();
        const SaveResult result = store->saveProduct(nameless);
        QCOMPARE(result.status, SaveResult::Status::Failed);
        QVERIFY(!result.error.message.isEmpty());
        QCOMPARE(store->productCount().value(), 0);
    }

    void importIsAllOrNothing()
    {
        auto store = open(newCatalog());
        const QList<Domain> domains{{QStringLiteral("sales"), QStringLiteral("Sales"), QStringLiteral("Selling things")}};
        const QList<Team> teams{{QStringLiteral("sales-data"),
                                 QStringLiteral("Sales Data"),
                                 QStringLiteral("sales"),
                                 {{QStringLiteral("ana"), QStringLiteral("Ana Lima"), QStringLiteral("owner")},
                                  {QStringLiteral("ben"), QStringLiteral("Ben Okafor"), QStringLiteral("steward")}}}};
        Product broken = sampleProduct(QStringLiteral("sales.broken"));
        broken.domainId.clear();
        const QList<Product> products{sampleProduct(QStringLiteral("sales.a")), sampleProduct(QStringLiteral("sales.b")), broken};

        const Status failed = store->importAll(domains, teams, products);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QLatin1String("sales.broken")));
        QCOMPARE(store->productCount().value(), 0);
        QVERIFY(store->domains()->isEmpty());
        QVERIFY(store->teams()->isEmpty());
        QCOMPARE(store->auditLog()->size(), 0);

        const Status ok = store->importAll(domains, teams, products.first(2));
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().toString()));
        QCOMPARE(store->productCount().value(), 2);
        QCOMPARE(store->domains().value(), domains);
        QCOMPARE(store->teams().value(), teams);
        // Importing again replaces, and counts the revision on.
        QVERIFY(store->importAll({}, {}, products.first(1)).ok());
        QCOMPARE(store->product(QStringLiteral("sales.a")).value()->revision, 2);
    }

    void summariesByDomain()
    {
        auto store = open(newCatalog());
        Product crm = sampleProduct(QStringLiteral("crm.customers"));
        crm.domainId = QStringLiteral("crm");
        QVERIFY(
            store->importAll({}, {}, {sampleProduct(QStringLiteral("sales.b")), sampleProduct(QStringLiteral("sales.a")), crm})
                .ok());
        const auto all = store->productSummaries();
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->first().id, QStringLiteral("crm.customers"));
        const auto sales = store->productSummaries(QStringLiteral("sales"));
        QCOMPARE(sales->size(), 2);
        QCOMPARE(sales->at(0).id, QStringLiteral("sales.a"));
        QCOMPARE(sales->at(0).classification, Classification::Confidential);
        QCOMPARE(sales->at(0).status, ProductStatus::Active);
        QVERIFY(store->productSummaries(QStringLiteral("nowhere"))->isEmpty());
    }

    void auditChainRecordsAndDetectsTampering()
    {
        auto store = open(newCatalog());
        const SaveResult created = store->saveProduct(sampleProduct());
        Product edited = created.saved;
        edited.title = QStringLiteral("Orders, all of them");
        QVERIFY(store->saveProduct(edited).ok());

        const auto log = store->auditLog(edited.id);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).action, QStringLiteral("create"));
        QCOMPARE(log->at(0).actor, QStringLiteral("ana"));
        QVERIFY(log->at(0).before.isEmpty());
        QCOMPARE(log->at(1).action, QStringLiteral("update"));
        QVERIFY(log->at(1).before.contains(QLatin1String("\"title\":\"Orders\"")));
        QVERIFY(log->at(1).after.contains(QLatin1String("Orders, all of them")));
        QCOMPARE(log->at(1).prevHash, log->at(0).hash);
        const AuditVerification good = store->verifyAudit();
        QVERIFY2(good.ok, qPrintable(good.message));
        QCOMPARE(good.checked, 2);

        tamper(*store, QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'Orders', 'Ordres') WHERE seq = 1"));
        const AuditVerification altered = store->verifyAudit();
        QVERIFY(!altered.ok);
        QCOMPARE(altered.firstBroken, 1);
        QVERIFY(altered.message.contains(QLatin1String("altered")));
    }

    void auditDetectsRemovedEntries()
    {
        auto store = open(newCatalog());
        QVERIFY(store
                    ->importAll({}, {},
                                {sampleProduct(QStringLiteral("sales.a")), sampleProduct(QStringLiteral("sales.b")),
                                 sampleProduct(QStringLiteral("sales.c"))})
                    .ok());
        QVERIFY(store->verifyAudit().ok);
        tamper(*store, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        AuditVerification middle = store->verifyAudit();
        QVERIFY(!middle.ok);
        QCOMPARE(middle.firstBroken, 2);

        auto other = open(newCatalog());
        QVERIFY(
            other->importAll({}, {}, {sampleProduct(QStringLiteral("sales.a")), sampleProduct(QStringLiteral("sales.b"))}).ok());
        tamper(*other, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        AuditVerification tail = other->verifyAudit();
        QVERIFY(!tail.ok);
        QCOMPARE(tail.firstBroken, 2);
    }

    void anotherWritersSaveIsNoticed()
    {
        const CatalogLocation location = newCatalog();
        auto watcher = open(location, QStringLiteral("ana"));
        auto writer = open(location, QStringLiteral("ben"));
        QSignalSpy external(watcher.get(), &CatalogStore::externalChange);
        QSignalSpy own(writer.get(), &CatalogStore::externalChange);
        QVERIFY(writer->saveProduct(sampleProduct()).ok());
        // The watcher polls every second; the wide margin is for a loaded test machine, not the promise.
        QTRY_VERIFY_WITH_TIMEOUT(!external.isEmpty(), 10000);
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("postgresql"))
            QCOMPARE(external.first().first().toString(), QStringLiteral("sales.orders"));
        QTest::qWait(700);
        QVERIFY(own.isEmpty()); // a store is not told about its own saves
    }

    void lineageFactsArePerSourceAndTransactional()
    {
        auto store = open(newCatalog());
        const DatasetName raw{QStringLiteral("s3://raw"), QStringLiteral("orders/dt=1")};
        const DatasetName clean{QStringLiteral("postgres://pg:5432"), QStringLiteral("mesh.sales.orders")};
        LineageFacts facts;
        facts.jobs = {{QStringLiteral("airflow"), QStringLiteral("etl.clean"), {raw}, {clean}}};
        ColumnLineage column;
        column.jobNamespace = QStringLiteral("airflow");
        column.jobName = QStringLiteral("etl.clean");
        column.output = clean;
        column.outputField = QStringLiteral("email");
        column.input = raw;
        column.inputField = QStringLiteral("e-mail \"raw\"; --");
        column.type = QStringLiteral("DIRECT");
        column.subtype = QStringLiteral("TRANSFORMATION");
        column.description = QStringLiteral("lower(trim(email))");
        column.masking = true;
        facts.columns = {column, column}; // repeated facts are kept once
        // With a product, in the import's transaction.
        Product p = sampleProduct();
        QVERIFY(store->importAll({}, {}, {p}, QStringLiteral("sync"), {}, SourceLineage{QStringLiteral("sales"), facts}).ok());
        const auto stored = store->lineageFacts();
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().jobs, facts.jobs);
        QCOMPARE(stored.value().columns, QList<ColumnLineage>{column});
        // Another source's facts about the same job add to it; replacing one source leaves the other's.
        LineageFacts more;
        more.jobs = {{QStringLiteral("airflow"),
                      QStringLiteral("etl.clean"),
                      {DatasetName{QStringLiteral("s3://raw"), QStringLiteral("x")}},
                      {}}};
        QVERIFY(store->replaceLineage({QStringLiteral("finance"), more}).ok());
        QCOMPARE(store->lineageFacts().value().jobs.first().inputs.size(), 2);
        QVERIFY(store->replaceLineage({QStringLiteral("sales"), {}}).ok());
        QCOMPARE(store->lineageFacts().value().jobs, more.jobs);
        QVERIFY(store->lineageFacts().value().columns.isEmpty());
        // Adding keeps what was there.
        QVERIFY(store->replaceLineage({QStringLiteral("finance"), facts, true}).ok());
        QCOMPARE(store->lineageFacts().value().jobs.first().inputs.size(), 2);
        QCOMPARE(store->lineageFacts().value().columns.size(), 1);
        // What a graph is built from: transform sources travel with the columns.
        const auto input = store->lineageInput();
        QVERIFY(input.ok());
        QCOMPARE(input.value().products.size(), 1);
        QCOMPARE(input.value().datasets.size(), 2);
        bool found = false;
        for (const LineageInput::ColumnRow &c : input.value().columns) {
            if (c.name == QLatin1String("day")) {
                found = true;
                QCOMPARE(c.transformSources,
                         (QStringList{QStringLiteral("sales.orders.placed_at"), QStringLiteral("calendar.days")}));
                QCOMPARE(c.transformLogic, QStringLiteral("date_trunc('day', placed_at)"));
            }
        }
        QVERIFY(found);
        QCOMPARE(input.value().ports.size(), 2);
        // A failing import changes no lineage either.
        Product bad = sampleProduct(QStringLiteral("bad"));
        bad.name.clear();
        QVERIFY(!store->importAll({}, {}, {bad}, QStringLiteral("sync"), {}, SourceLineage{QStringLiteral("finance"), {}}).ok());
        QCOMPARE(store->lineageFacts().value().columns.size(), 1);
    }

    // A policy file's versions: each publication kept and audited, a stale one refused.
    void policiesArePublishedInVersions()
    {
        const CatalogLocation location = newCatalog();
        auto store = open(location);
        QSignalSpy published(store.get(), &CatalogStore::policiesPublished);
        const QString file = QStringLiteral("standards.policy.yaml");
        const auto first = store->publishPolicies(file, QStringLiteral("policies: []\n"), QStringLiteral(" First "), 0);
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->version, 1);
        QCOMPARE(first->publishedBy, QStringLiteral("ana"));
        QCOMPARE(first->note, QStringLiteral("First"));
        // Someone who saw no version publishes: refused, nothing written.
        const auto stale = store->publishPolicies(file, QStringLiteral("mine"), QString(), 0);
        QVERIFY(!stale);
        QVERIFY2(stale.error().message.contains(QStringLiteral("version 1")), qPrintable(stale.error().message));
        QVERIFY(!store->publishPolicies(QStringLiteral("../escape.policy.yaml"), QStringLiteral("x"), QString(), 0));
        const auto second = store->publishPolicies(file, QStringLiteral("policies:\n  - id: a\n"), QStringLiteral("Second"), 1);
        QVERIFY(second);
        QCOMPARE(second->version, 2);
        QVERIFY(store->publishPolicies(QStringLiteral("other.policy.yaml"), QStringLiteral("x"), QString(), 0));
        QCOMPARE(published.size(), 3);

        // Read again by another user: every version kept, newest first; the newest in force.
        auto other = open(location, QStringLiteral("ben"));
        const QList<PolicyVersion> versions = other->policyVersions(file).value();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0), second.value());
        QCOMPARE(versions.at(1).content, QStringLiteral("policies: []\n"));
        QCOMPARE(other->policyVersions().value().size(), 3);
        const QList<PolicyVersion> inForce = other->publishedPolicies().value();
        QCOMPARE(inForce.size(), 2);
        QCOMPARE(inForce.at(0).file, QStringLiteral("other.policy.yaml"));
        QCOMPARE(inForce.at(1).version, 2);

        // Audited, in the chain.
        const QList<AuditEntry> audit = other->auditLog(file).value();
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().entityType, QStringLiteral("policy"));
        QCOMPARE(audit.last().action, QStringLiteral("publish"));
        QVERIFY2(audit.last().after.contains(QStringLiteral("\"version\":2")), qPrintable(audit.last().after));
        QVERIFY(audit.last().after.contains(QStringLiteral("sha256")));
        QVERIFY(other->verifyAudit().ok);

        // The compliance trend: oldest first, the newest few when asked.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ComplianceSnapshot older{now.addDays(-2), QStringLiteral("standards.policy.yaml@1"), 40, 9, 1, 9, 3};
        const ComplianceSnapshot newer{
            now.addMSecs(-now.time().msec()), QStringLiteral("standards.policy.yaml@2"), 41, 8, 0, 9, 3};
        QVERIFY(store->recordCompliance(newer));
        QVERIFY(store->recordCompliance(older));
        QCOMPARE(other->complianceHistory().value(), (QList<ComplianceSnapshot>{older, newer}));
        QCOMPARE(other->complianceHistory(1).value(), QList<ComplianceSnapshot>{newer});
    }

    void previewsAndSamplesAreKeptBesideTheProduct()
    {
        const CatalogLocation location = newCatalog();
        auto store = open(location);
        const Product product = sampleProduct();
        QCOMPARE(store->saveProduct(product).status, SaveResult::Status::Saved);
        QSignalSpy changed(store.get(), &CatalogStore::previewsChanged);
        SavedPreview preview{product.id,
                             QStringLiteral("Big orders"),
                             QStringLiteral("orders"),
                             QStringLiteral("sql"),
                             QStringLiteral("SELECT * FROM orders WHERE total > 100"),
                             {},
                             {}};
        QVERIFY(store->savePreview(preview));
        SavedPreview recipe{product.id,
                            QStringLiteral("By country"),
                            QStringLiteral("orders"),
                            QStringLiteral("recipe"),
                            QStringLiteral("input: orders\nsteps: []\n"),
                            {},
                            {}};
        QVERIFY(store->savePreview(recipe));
        preview.text = QStringLiteral("SELECT * FROM orders WHERE total > 500"); // saved again under its name: replaced
        QVERIFY(store->savePreview(preview));
        QVERIFY(!store->savePreview({product.id, QStringLiteral("  "), {}, QStringLiteral("sql"), {}, {}, {}}));
        QVERIFY(!store->savePreview({product.id, QStringLiteral("x"), {}, QStringLiteral("python"), {}, {}, {}}));
        QVERIFY(store->attachSample(product.id, QStringLiteral("orders"), QStringLiteral("/data/orders.csv")));
        QVERIFY(store->attachSample(product.id, QStringLiteral("lines"), QStringLiteral("/data/lines.jsonl")));
        QVERIFY(store->attachSample(product.id, QStringLiteral("lines"), QString())); // detached
        QCOMPARE(changed.size(), 6);

        // Another user reads them; the product itself is untouched (no new revision).
        auto other = open(location, QStringLiteral("ben"));
        const QList<SavedPreview> previews = other->previews(product.id).value();
        QCOMPARE(previews.size(), 2);
        QCOMPARE(previews.at(0).name, QStringLiteral("Big orders")); // by name
        QCOMPARE(previews.at(0).text, preview.text);
        QCOMPARE(previews.at(0).savedBy, QStringLiteral("ana"));
        QVERIFY(previews.at(0).savedAt.isValid());
        QCOMPARE(previews.at(1).kind, QStringLiteral("recipe"));
        QVERIFY(other->previews(QStringLiteral("nobody")).value().isEmpty());
        const QList<DatasetSample> samples = other->samples(product.id).value();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().file, QStringLiteral("/data/orders.csv"));
        QCOMPARE(other->product(product.id).value()->revision, 1);
        QVERIFY(other->removePreview(product.id, QStringLiteral("Big orders")));
        QCOMPARE(store->previews(product.id).value().size(), 1);

        // Audited in the chain, apart from the product's history.
        const QList<AuditEntry> audit = other->auditLog(product.id).value();
        QStringList actions;
        for (const AuditEntry &e : audit) {
            if (e.entityType == QLatin1String("preview"))
                actions << e.action;
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("save-preview"), QStringLiteral("save-preview"), QStringLiteral("save-preview"),
                              QStringLiteral("attach-sample"), QStringLiteral("attach-sample"), QStringLiteral("detach-sample"),
                              QStringLiteral("remove-preview")}));
        QVERIFY(other->verifyAudit().ok);

        // Removing the product takes them with it, in one more entry (the product's own entry
        // keeps its words).
        const qsizetype entries = other->auditLog(product.id).value().size();
        QCOMPARE(other->removeProduct(product.id, 1).status, SaveResult::Status::Saved);
        QVERIFY(store->previews(product.id).value().isEmpty());
        QVERIFY(store->samples(product.id).value().isEmpty());
        const QList<AuditEntry> after = other->auditLog(product.id).value();
        QCOMPARE(after.size(), entries + 2);
        QStringList last;
        for (const AuditEntry &e : after.mid(entries))
            last << e.entityType + u' ' + e.action;
        last.sort();
        QCOMPARE(last, (QStringList{QStringLiteral("preview remove-with-product"), QStringLiteral("product remove")}));
        const AuditEntry removal = *std::find_if(after.cbegin() + entries, after.cend(), [](const AuditEntry &e) {
            return e.entityType == QLatin1String("preview");
        });
        QCOMPARE(removal.before, QStringLiteral(R"({"previews":["By country"],"samples":["orders"]})"));
        QVERIFY(other->verifyAudit().ok);
        // Saving a product of that id again starts without them.
        QCOMPARE(store->saveProduct(product).status, SaveResult::Status::Saved);
        QVERIFY(store->previews(product.id).value().isEmpty());
    }

    void newerSchemaIsRefused()
    {
        const CatalogLocation location = newCatalog();
        {
            auto store = open(location);
            tamper(*store, QStringLiteral("UPDATE tessera_schema SET version = 99"));
        }
        const auto refused = CatalogStore::open(location, QStringLiteral("ana"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("newer Tessera")), qPrintable(refused.error().message));
    }

    void unusableLocationsAreReported()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("sqlite")) {
            QFile junk(m_dir.filePath(QStringLiteral("junk.tessera")));
            QVERIFY(junk.open(QIODevice::WriteOnly));
            junk.write(QByteArray(4096, 'x'));
            junk.close();
            const auto refused = CatalogStore::open(CatalogLocation::sqliteFile(junk.fileName()), QStringLiteral("ana"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("not a Tessera catalog")),
                     qPrintable(refused.error().message));
            QCOMPARE(junk.size(), 4096); // and left as it was
        } else {
            const auto url = QStringLiteral("postgresql://%1@/no_such_db?host=%2&port=%3")
                                 .arg(m_postgres->superuser(), m_postgres->socketDir())
                                 .arg(m_postgres->port());
            const auto refused = CatalogStore::open(CatalogLocation::parse(url).value(), QStringLiteral("ana"));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QLatin1String("no_such_db")), qPrintable(refused.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogStore)
#include "tst_catalogstore.moc"
