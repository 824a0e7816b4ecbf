// The sandbox standard conditions run in: the catalog's read-only views over the sample mesh,
// conditions that find the products they should, and hostile ones (ATTACH, PRAGMA, writes,
// schema reads, recursive queries, huge values, extensions, runaway joins) refused or stopped.
#include "models/catalog/catalogstore.h"
#include "models/federation/samplemesh.h"
#include "models/governance/catalogviews.h"
#include "models/governance/policy.h"
#include "models/governance/standards.h"
#include "models/pipelines/pipelinestatus.h"

#include "tests/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestCatalogViews : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QList<Product> m_products;
    std::unique_ptr<CatalogViews> m_views;

    QStringList expected(const std::function<bool(const Product &)> &passes) const
    {
        QStringList ids;
        for (const Product &p : m_products) {
            if (!passes(p))
                ids << p.id;
        }
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(u"mesh.tessera"_s)), u"test"_s);
        QVERIFY(store);
        QVERIFY(SampleMesh::importInto(*store.value()));
        for (const ProductSummary &s : store.value()->productSummaries().value())
            m_products << store.value()->product(s.id).value().value();
        QHash<QString, QString> domains;
        for (const Domain &d : store.value()->domains().value())
            domains.insert(d.id, d.name);
        auto views = CatalogViews::build(m_products, store.value()->teams().value(), domains);
        QVERIFY(views);
        m_views = std::move(views).value();
        QCOMPARE(m_products.size(), 40);
    }

    void conditionsFindTheirProducts()
    {
        QCOMPARE(m_views->failing(u"1 = 1"_s).value(), QStringList());
        QCOMPARE(m_views->failing(u"0"_s).value().size(), 40);
        QCOMPARE(m_views->failing(u"owner_team_id IS NOT NULL"_s).value(), expected([](const Product &p) {
                     return !p.ownerTeamId.isEmpty();
                 }));
        QCOMPARE(m_views->failing(u"domain_id = 'sales'"_s).value(), expected([](const Product &p) {
                     return p.domainId == "sales"_L1;
                 }));
        // A condition about columns, through a subquery.
        QCOMPARE(m_views
                     ->failing(u"NOT EXISTS (SELECT 1 FROM columns c WHERE c.product_id = products.id "
                               "AND c.classification = 'restricted')"_s)
                     .value(),
                 expected([](const Product &p) {
                     for (const Dataset &d : p.datasets) {
                         for (const Column &c : d.columns) {
                             if (c.classification == Classification::Restricted)
                                 return false;
                         }
                     }
                     return true;
                 }));
        // Null counts as not met: a product without a latency fails "latency_hours <= 24".
        const QStringList noLatency = m_views->failing(u"latency_hours IS NOT NULL"_s).value();
        const QStringList slow = m_views->failing(u"latency_hours <= 24"_s).value();
        for (const QString &id : noLatency)
            QVERIFY(slow.contains(id));
        // Tags, both ways.
        QCOMPARE(m_views->failing(u"NOT EXISTS (SELECT 1 FROM tags t WHERE t.product_id = id AND t.tag = 'gold')"_s).value(),
                 m_views->failing(u"(',' || tags || ',') NOT LIKE '%,gold,%'"_s).value());
        const QStringList asked{u"classification"_s, u"domain_name"_s, u"nope"_s, u"latency_hours"_s, u"owner_team_id"_s};
        const QStringList values = m_views->productValues(u"sales.orders"_s, asked);
        QCOMPARE(values.size(), asked.size());
        QCOMPARE(values.at(0), u"confidential"_s);
        QCOMPARE(values.at(1), u"Sales"_s);
        QVERIFY(values.at(2).isNull());
        QVERIFY(!values.at(3).isEmpty());
        QCOMPARE(values.at(4), u"sales-data"_s);
        // Asked again (the statement is kept): another product's values, and none of an unknown one.
        QCOMPARE(m_views->productValues(u"marketing.campaigns"_s, {u"domain_name"_s}), QStringList{u"Marketing"_s});
        QCOMPARE(m_views->productValues(u"nobody.nothing"_s, {u"domain_name"_s}), QStringList{QString()});
    }

    void badConditionsSayWhere_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << u"owner_tem_id IS NULL"_s << 0 << u"no such column: owner_tem_id"_s;
        QTest::newRow("later unknown column") << u"id = 'x' OR latencyhours > 3"_s << 12 << u"no such column: latencyhours"_s;
        QTest::newRow("syntax") << u"owner_team_id IS NOT NUL L"_s << 25 << u"syntax error"_s;
        QTest::newRow("unknown table") << u"EXISTS (SELECT 1 FROM colums)"_s << 22 << u"no such table: colums"_s;
        QTest::newRow("empty") << u"  "_s << 0 << u"empty"_s;
    }

    void badConditionsSayWhere()
    {
        QFETCH(QString, condition);
        QFETCH(int, offset);
        QFETCH(QString, message);
        const auto error = m_views->check(condition);
        QVERIFY(error);
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
        QCOMPARE(error->offset, offset);
        QVERIFY(!m_views->failing(condition));
    }

    void hostileConditionsAreRefused_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::newRow("attach") << u"1) OR 1; ATTACH DATABASE '/tmp/x.db' AS x; --"_s;
        QTest::newRow("pragma function") << u"EXISTS (SELECT 1 FROM pragma_table_info('products'))"_s;
        QTest::newRow("schema") << u"(SELECT count(*) FROM sqlite_schema) > 0"_s;
        QTest::newRow("write") << u"1), 0); DELETE FROM products; --"_s;
        QTest::newRow("recursive")
            << u"(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c) > 0"_s;
        QTest::newRow("huge printf") << u"length(printf('%.*c', 1000000000, 'x')) > 0"_s;
        QTest::newRow("zeroblob") << u"length(zeroblob(1000000000)) > 0"_s;
        QTest::newRow("extension") << u"load_extension('/tmp/evil.so') IS NULL"_s;
        QTest::newRow("random") << u"randomblob(10) IS NOT NULL"_s;
        QTest::newRow("huge repeat") << u"length(replace(hex(1), '1', '11')) > 0"_s;
    }

    void hostileConditionsAreRefused()
    {
        QFETCH(QString, condition);
        QVERIFY(m_views->check(condition));
        QVERIFY(!m_views->failing(condition));
        // Nothing changed: every product still there.
        QCOMPARE(m_views->failing(u"0"_s).value().size(), 40);
    }

    void runawayConditionsAreStopped()
    {
        // Allowed, but far too much work: the budget stops it with a clear message.
        const auto result = m_views->failing(u"(SELECT count(*) FROM columns a, columns b, columns c, columns d) > 0"_s);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"too long"_s), qPrintable(result.error().message));
        // The next condition runs as usual.
        QCOMPARE(m_views->failing(u"1"_s).value(), QStringList());
    }

    void standardPolicies()
    {
        const QByteArray yaml = "policies:\n"
                                "  - id: sales-latency\n"
                                "    kind: standard\n"
                                "    title: Sales products promise a latency of a day at most\n"
                                "    severity: error\n"
                                "    scope: {domains: [sales]}\n"
                                "    condition: latency_hours <= 24\n"
                                "  - id: documented\n"
                                "    kind: standard\n"
                                "    title: Products are documented\n"
                                "    rules:\n"
                                "      - {id: description, condition: \"length(description) > 0\", message: A description}\n"
                                "      - {id: docs, condition: documentation_length >= 200}\n"
                                "  - id: access-only\n"
                                "    kind: access\n"
                                "    title: Not a standard\n"
                                "    rules: [{roles: analyst, actions: read}]\n";
        const PolicyDocument doc = Policies::parse(yaml, u"mesh.policy.yaml"_s);
        QVERIFY(doc.errors.isEmpty());
        QVERIFY(Standards::check(doc.policies, *m_views).isEmpty());
        const StandardsReport report = Standards::evaluate(doc.policies, *m_views, m_products);
        QVERIFY(report.errors.isEmpty());
        QCOMPARE(report.policies, 2);
        QCOMPARE(report.rules, 3);
        QStringList slowSales, undescribed, undocumented;
        for (const Violation &v : report.violations) {
            if (v.ruleId == "sales-latency"_L1)
                slowSales << v.productId;
            else if (v.ruleId == "description"_L1)
                undescribed << v.productId;
            else if (v.ruleId == "docs"_L1)
                undocumented << v.productId;
        }
        QStringList expectSlow = expected([](const Product &p) {
            if (p.domainId != "sales"_L1)
                return true;
            for (const SlaProperty &s : p.sla) {
                if (s.property == "latency"_L1) {
                    if (const auto seconds = slaSeconds(s))
                        return *seconds <= 24 * 3600;
                }
            }
            return false;
        });
        QCOMPARE(slowSales, expectSlow);
        QCOMPARE(undescribed, expected([](const Product &p) {
                     return !p.description.isEmpty();
                 }));
        QCOMPARE(undocumented, expected([](const Product &p) {
                     return p.documentation.size() >= 200;
                 }));
        // Each violation says why, with the values the condition looked at.
        for (const Violation &v : report.violations) {
            QVERIFY(!v.explanation().isEmpty());
            if (v.ruleId == "sales-latency"_L1) {
                QCOMPARE(v.severity, Severity::Error);
                QCOMPARE(v.domainName, u"Sales"_s);
                QCOMPARE(v.facts.size(), 1);
                QVERIFY(v.facts.first().startsWith(u"latency_hours = "_s));
                QCOMPARE(v.position, (SourcePosition{7, 16}));
                QVERIFY(v.explanation().contains(u"latency_hours <= 24"_s));
            }
        }
    }

    void conditionProblemsAtTheirPlace()
    {
        const QByteArray yaml = "policies:\n"
                                "  - id: typo\n"
                                "    kind: standard\n"
                                "    title: T\n"
                                "    condition: id = 'x' OR latencyhours > 3\n"
                                "  - id: block\n"
                                "    kind: standard\n"
                                "    title: T\n"
                                "    condition: |\n"
                                "      owner_team_id IS NOT NULL\n"
                                "      AND colour = 'red'\n";
        const PolicyDocument doc = Policies::parse(yaml, u"typo.policy.yaml"_s);
        QVERIFY(doc.errors.isEmpty());
        const QList<Error> errors = Standards::check(doc.policies, *m_views);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).file, u"typo.policy.yaml"_s);
        QCOMPARE(errors.at(0).line, 5);
        QCOMPARE(errors.at(0).column, 16 + 12);
        QVERIFY(errors.at(0).message.contains(u"latencyhours"_s));
        QCOMPARE(errors.at(1).line, 11); // the block's second line
        QCOMPARE(errors.at(1).column, 11);
        QVERIFY(errors.at(1).message.contains(u"colour"_s));
        // Evaluating them reports the same problems instead of violations.
        const StandardsReport report = Standards::evaluate(doc.policies, *m_views, m_products);
        QCOMPARE(report.errors.size(), 2);
        QVERIFY(report.violations.isEmpty());
    }

    void scopes()
    {
        Product p;
        p.domainId = u"sales"_s;
        p.classification = Classification::Confidential;
        p.tags = {u"gold"_s};
        QVERIFY(Standards::inScope({}, p));
        QVERIFY(Standards::inScope({{u"sales"_s}, {}, {}}, p));
        QVERIFY(!Standards::inScope({{u"finance"_s}, {}, {}}, p));
        QVERIFY(Standards::inScope({{}, {Classification::Confidential, Classification::Restricted}, {}}, p));
        QVERIFY(!Standards::inScope({{}, {Classification::Public}, {}}, p));
        QVERIFY(Standards::inScope({{}, {}, {u"silver"_s, u"gold"_s}}, p));
        QVERIFY(!Standards::inScope({{u"sales"_s}, {}, {u"silver"_s}}, p));
    }

    void tablesAreDocumented()
    {
        QStringList names;
        for (const auto &[name, columns] : CatalogViews::tables()) {
            names << name;
            QVERIFY(!columns.isEmpty());
        }
        QCOMPARE(names, (QStringList{u"products"_s, u"datasets"_s, u"columns"_s, u"teams"_s, u"sla"_s, u"tags"_s}));
        QVERIFY(!CatalogViews::functions().contains(u"printf"_s));
    }
};

QTEST_GUILESS_MAIN(TestCatalogViews)
#include "tst_catalogviews.moc"
