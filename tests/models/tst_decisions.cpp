// Masking and access decisions in the style of Ranger's policy-engine fixtures: policies and a
// request in, the decision, the mask type and the deciding rule out; deny wins; and properties
// over random policy sets: adding a deny never grants, removing an allow never grants, a weaker
// mask never lifts a stronger one.
#include "models/governance/decisions.h"
#include "models/governance/exports.h"

#include "tests/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

QList<Policy> policiesOf(const QByteArray &yaml)
{
    const PolicyDocument doc = Policies::parse(yaml, u"test.policy.yaml"_s);
    if (!doc.errors.isEmpty())
        qFatal("%s", qPrintable(doc.errors.first().toString()));
    return doc.policies;
}

const QByteArray masking = "policies:\n"
                           "  - id: pii\n"
                           "    kind: masking\n"
                           "    title: Personal data\n"
                           "    rules:\n"
                           "      - {id: restricted, roles: analyst, classification: restricted, mask: MASK_HASH}\n"
                           "      - {id: email, roles: [analyst, owner], tags: email, mask: MASK_SHOW_LAST_4}\n"
                           "      - {id: birth, roles: analyst, columns: birth_date, mask: MASK_DATE_SHOW_YEAR}\n"
                           "  - id: finance-null\n"
                           "    kind: masking\n"
                           "    title: Finance hides confidential values\n"
                           "    scope: {domains: finance}\n"
                           "    rules:\n"
                           "      - {id: hide, roles: analyst, classification: confidential, mask: MASK_NULL}\n"
                           "  - id: exceptions\n"
                           "    kind: masking\n"
                           "    title: Stewards see e-mail addresses\n"
                           "    rules:\n"
                           "      - {id: none, roles: [steward, analyst], tags: email, mask: MASK_NONE}\n";

const QByteArray accessPolicies
    = "policies:\n"
      "  - id: read-all\n"
      "    kind: access\n"
      "    title: Everyone reads\n"
      "    rules:\n"
      "      - {id: read, roles: [analyst, owner, steward], actions: read}\n"
      "  - id: restricted\n"
      "    kind: access\n"
      "    title: Analysts do not read restricted products\n"
      "    rules:\n"
      "      - {id: no-analysts, roles: analyst, actions: read, effect: deny, classification: restricted}\n"
      "  - id: owners-edit\n"
      "    kind: access\n"
      "    title: Owners edit in their domains\n"
      "    scope: {domains: [sales, finance]}\n"
      "    rules:\n"
      "      - {id: edit, roles: owner, actions: [edit], }\n"
      "      - {id: gold-frozen, roles: owner, actions: edit, effect: deny, tags: frozen}\n"
      "  - id: publish\n"
      "    kind: access\n"
      "    title: Stewards publish\n"
      "    rules:\n"
      "      - {id: stewards, roles: steward, actions: publish}\n";

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::failOnWarnings(); }

    void masks_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("mask");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("reason");

        QTest::newRow("restricted for analysts") << u"analyst"_s << u"sales"_s << u"ssn"_s << u"restricted"_s << QStringList()
                                                 << u"MASK_HASH"_s << u"restricted"_s << u"classification restricted"_s;
        QTest::newRow("not for owners") << u"owner"_s << u"sales"_s << u"ssn"_s << u"restricted"_s << QStringList()
                                        << u"MASK_NONE"_s << QString() << QString();
        QTest::newRow("email for owners") << u"owner"_s << u"sales"_s << u"email"_s << u"confidential"_s
                                          << QStringList{u"email"_s} << u"MASK_SHOW_LAST_4"_s << u"email"_s << u"tag email"_s;
        QTest::newRow("MASK_NONE does not lift a mask")
            << u"analyst"_s << u"sales"_s << u"email"_s << u"internal"_s << QStringList{u"email"_s} << u"MASK_SHOW_LAST_4"_s
            << u"email"_s << u"tag email"_s;
        QTest::newRow("MASK_NONE where nothing masks")
            << u"steward"_s << u"sales"_s << u"email"_s << u"internal"_s << QStringList{u"email"_s} << u"MASK_NONE"_s << u"none"_s
            << u"tag email"_s;
        QTest::newRow("by column name") << u"analyst"_s << u"sales"_s << u"birth_date"_s << u"internal"_s << QStringList()
                                        << u"MASK_DATE_SHOW_YEAR"_s << u"birth"_s << u"column birth_date"_s;
        QTest::newRow("the strongest wins") << u"analyst"_s << u"finance"_s << u"email"_s << u"confidential"_s
                                            << QStringList{u"email"_s} << u"MASK_NULL"_s << u"hide"_s
                                            << u"classification confidential"_s;
        QTest::newRow("outside the scope") << u"analyst"_s << u"sales"_s << u"amount"_s << u"confidential"_s << QStringList()
                                           << u"MASK_NONE"_s << QString() << QString();
        QTest::newRow("hash beats last 4") << u"analyst"_s << u"sales"_s << u"contact"_s << u"restricted"_s
                                           << QStringList{u"email"_s} << u"MASK_HASH"_s << u"restricted"_s
                                           << u"classification restricted"_s;
    }

    void masks()
    {
        QFETCH(QString, role);
        QFETCH(QString, domain);
        QFETCH(QString, column);
        QFETCH(QString, classification);
        QFETCH(QStringList, tags);
        QFETCH(QString, mask);
        QFETCH(QString, rule);
        QFETCH(QString, reason);
        const QList<Policy> policies = policiesOf(masking);
        const ColumnRef ref{u"p"_s, domain, {}, u"d"_s, column, *Catalog::classificationFromKey(classification), tags};
        const MaskDecision d = Decisions::mask(policies, *Roles::fromKey(role), ref);
        QCOMPARE(Policies::maskKey(d.mask), mask);
        QCOMPARE(d.ruleId, rule);
        QCOMPARE(d.reason, reason);
        QVERIFY(!d.explanation().isEmpty());
        if (!rule.isEmpty())
            QVERIFY(d.explanation().contains(rule));
    }

    void access_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("rule");

        QTest::newRow("analyst reads") << u"analyst"_s << u"read"_s << u"sales"_s << u"internal"_s << QStringList() << true
                                       << u"read"_s;
        QTest::newRow("deny wins") << u"analyst"_s << u"read"_s << u"sales"_s << u"restricted"_s << QStringList() << false
                                   << u"no-analysts"_s;
        QTest::newRow("owner reads restricted")
            << u"owner"_s << u"read"_s << u"sales"_s << u"restricted"_s << QStringList() << true << u"read"_s;
        QTest::newRow("owner edits in scope")
            << u"owner"_s << u"edit"_s << u"finance"_s << u"internal"_s << QStringList() << true << u"edit"_s;
        QTest::newRow("owner outside scope")
            << u"owner"_s << u"edit"_s << u"logistics"_s << u"internal"_s << QStringList() << false << QString();
        QTest::newRow("frozen") << u"owner"_s << u"edit"_s << u"sales"_s << u"internal"_s << QStringList{u"frozen"_s} << false
                                << u"gold-frozen"_s;
        QTest::newRow("analyst never edits")
            << u"analyst"_s << u"edit"_s << u"sales"_s << u"public"_s << QStringList() << false << QString();
        QTest::newRow("steward publishes") << u"steward"_s << u"publish"_s << u"customer"_s << u"restricted"_s << QStringList()
                                           << true << u"stewards"_s;
        QTest::newRow("owner does not publish")
            << u"owner"_s << u"publish"_s << u"sales"_s << u"public"_s << QStringList() << false << QString();
    }

    void access()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(QString, domain);
        QFETCH(QString, classification);
        QFETCH(QStringList, tags);
        QFETCH(bool, allowed);
        QFETCH(QString, rule);
        Product product;
        product.id = u"p"_s;
        product.domainId = domain;
        product.classification = *Catalog::classificationFromKey(classification);
        product.tags = tags;
        const AccessAction act = action == "read"_L1 ? AccessAction::Read
            : action == "edit"_L1                    ? AccessAction::Edit
                                                     : AccessAction::Publish;
        const AccessDecision d = Decisions::access(policiesOf(accessPolicies), *Roles::fromKey(role), act, product);
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(d.ruleId, rule);
        QVERIFY(d.explanation().startsWith(allowed ? u"Allowed"_s : u"Denied"_s));
    }

    // Over random policy sets and products: a deny added never grants, an allow taken away never
    // grants, and a masking rule added never makes a column less masked.
    void properties()
    {
        QRandomGenerator random(20261121);
        const QStringList domains{u"sales"_s, u"finance"_s, u"customer"_s};
        const QList<Classification> classes{Classification::Public, Classification::Internal, Classification::Confidential,
                                            Classification::Restricted};
        const QList<Role> roles{Role::Steward, Role::Owner, Role::Analyst};
        const QList<AccessAction> actions{AccessAction::Read, AccessAction::Edit, AccessAction::Publish};
        auto pick = [&random](const auto &list) {
            return list.at(random.bounded(int(list.size())));
        };
        auto randomScope = [&] {
            PolicyScope s;
            if (random.bounded(3) == 0)
                s.domains << pick(domains);
            if (random.bounded(3) == 0)
                s.classifications << pick(classes);
            return s;
        };
        auto randomAccess = [&](Effect effect) {
            AccessRule r;
            r.id = u"r%1"_s.arg(random.generate());
            r.roles << pick(roles);
            r.actions << pick(actions);
            r.effect = effect;
            r.scope = randomScope();
            return r;
        };
        int checked = 0;
        for (int round = 0; round < 300; ++round) {
            Policy p;
            p.id = u"a"_s;
            p.kind = PolicyKind::Access;
            p.scope = random.bounded(2) ? randomScope() : PolicyScope();
            for (int i = 0, n = 1 + random.bounded(5); i < n; ++i)
                p.access << randomAccess(random.bounded(4) == 0 ? Effect::Deny : Effect::Allow);
            Product product;
            product.domainId = pick(domains);
            product.classification = pick(classes);
            for (Role role : roles) {
                for (AccessAction action : actions) {
                    const bool before = Decisions::access({p}, role, action, product).allowed;
                    Policy withDeny = p;
                    withDeny.access << randomAccess(Effect::Deny);
                    QVERIFY(!(Decisions::access({withDeny}, role, action, product).allowed && !before));
                    Policy withoutAllow = p;
                    const auto allow
                        = std::find_if(withoutAllow.access.begin(), withoutAllow.access.end(), [](const AccessRule &r) {
                              return r.effect == Effect::Allow;
                          });
                    if (allow != withoutAllow.access.end()) {
                        withoutAllow.access.erase(allow);
                        QVERIFY(!(Decisions::access({withoutAllow}, role, action, product).allowed && !before));
                    }
                    ++checked;
                }
            }
            // Masks: a rule added never weakens the mask.
            Policy m;
            m.id = u"m"_s;
            m.kind = PolicyKind::Masking;
            const QStringList maskKeys = Policies::maskKeys();
            auto randomMask = [&] {
                MaskingRule r;
                r.id = u"k%1"_s.arg(random.generate());
                r.roles << pick(roles);
                r.classifications << pick(classes);
                r.mask = *Policies::maskFromKey(pick(maskKeys));
                return r;
            };
            for (int i = 0, n = random.bounded(4); i < n; ++i)
                m.masking << randomMask();
            const ColumnRef column{u"p"_s, pick(domains), {}, u"d"_s, u"c"_s, pick(classes), {}};
            for (Role role : roles) {
                const int before = Decisions::strength(Decisions::mask({m}, role, column).mask);
                Policy more = m;
                more.masking << randomMask();
                QVERIFY(Decisions::strength(Decisions::mask({more}, role, column).mask) >= before);
            }
        }
        QVERIFY(checked > 2000);
    }

    void exports()
    {
        Product product;
        product.id = u"customer.customers"_s;
        product.domainId = u"customer"_s;
        product.classification = Classification::Restricted;
        Dataset d;
        d.name = u"customers"_s;
        d.physicalName = u"mesh.customer.customers"_s;
        d.columns = {Column{u"id"_s, {}, {}, {}, Classification::Internal, {}, {}, {}, {}, {}, {}, {}},
                     Column{u"email"_s, {}, {}, {}, Classification::Confidential, {u"email"_s}, {}, {}, {}, {}, {}, {}},
                     Column{u"ssn"_s, {}, {}, {}, Classification::Restricted, {}, {}, {}, {}, {}, {}, {}}};
        product.datasets << d;
        QList<Policy> policies = policiesOf(masking);
        policies << policiesOf(accessPolicies);

        // Ranger: a data mask policy per masked column, with an item per masked role.
        const QJsonArray ranger = QJsonDocument::fromJson(PolicyExports::ranger(policies, {product}, u"hive"_s)).array();
        QJsonObject email, ssn, access;
        for (const QJsonValue &v : ranger) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"service"_s).toString(), u"hive"_s);
            if (o.value(u"name"_s).toString() == "tessera-mask-customer.customers.email"_L1)
                email = o;
            else if (o.value(u"name"_s).toString() == "tessera-mask-customer.customers.ssn"_L1)
                ssn = o;
            else if (o.value(u"name"_s).toString() == "tessera-access-customer.customers"_L1)
                access = o;
        }
        QCOMPARE(ranger.size(), 3); // id is not masked
        QCOMPARE(email.value(u"policyType"_s).toInt(), 1);
        const QJsonObject resources = email.value(u"resources"_s).toObject();
        QCOMPARE(resources.value(u"database"_s).toObject().value(u"values"_s).toArray(), QJsonArray{u"customer"_s});
        QCOMPARE(resources.value(u"table"_s).toObject().value(u"values"_s).toArray(), QJsonArray{u"customers"_s});
        QCOMPARE(resources.value(u"column"_s).toObject().value(u"values"_s).toArray(), QJsonArray{u"email"_s});
        const QJsonArray emailItems = email.value(u"dataMaskPolicyItems"_s).toArray();
        QCOMPARE(emailItems.size(), 2); // owners and analysts; stewards see it
        for (const QJsonValue &item : emailItems) {
            QCOMPARE(item.toObject().value(u"dataMaskInfo"_s).toObject().value(u"dataMaskType"_s).toString(),
                     u"MASK_SHOW_LAST_4"_s);
            QCOMPARE(item.toObject().value(u"accesses"_s).toArray().first().toObject().value(u"type"_s).toString(), u"select"_s);
        }
        QCOMPARE(ssn.value(u"dataMaskPolicyItems"_s).toArray().first().toObject().value(u"roles"_s).toArray(),
                 QJsonArray{u"analyst"_s});
        QCOMPARE(ssn.value(u"dataMaskPolicyItems"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"dataMaskInfo"_s)
                     .toObject()
                     .value(u"dataMaskType"_s),
                 QJsonValue(u"MASK_HASH"_s));
        // Access: a restricted product: analysts denied reading, owners and stewards allowed.
        QCOMPARE(access.value(u"policyType"_s).toInt(), 0);
        const QJsonArray denied = access.value(u"denyPolicyItems"_s).toArray();
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.first().toObject().value(u"roles"_s).toArray(), QJsonArray{u"analyst"_s});
        QCOMPARE(access.value(u"policyItems"_s).toArray().size(), 2);

        // Unity Catalog: a mask function per masked column, set on the column; grants and revokes.
        const QString sql = PolicyExports::unityCatalog(policies, {product}, u"main"_s);
        QVERIFY(sql.contains(u"CREATE SCHEMA IF NOT EXISTS `main`.tessera_masks;"_s));
        QVERIFY2(sql.contains(u"CREATE OR REPLACE FUNCTION `main`.tessera_masks.customer_customers_ssn(v STRING) RETURNS STRING\n"
                              "RETURN CASE\n    WHEN is_account_group_member('analyst') THEN sha2(v, 256)\n    ELSE v\nEND;"_s),
                 qPrintable(sql));
        QVERIFY(sql.contains(
            u"ALTER TABLE `main`.`customer`.`customers` ALTER COLUMN `ssn` SET MASK `main`.tessera_masks.customer_customers_ssn;"_s));
        QVERIFY(sql.contains(
            u"WHEN is_account_group_member('owner') THEN concat(repeat('x', greatest(length(v) - 4, 0)), right(v, 4))"_s));
        QVERIFY(!sql.contains(u"ALTER COLUMN `id`"_s));
        QVERIFY(
            sql.contains(u"REVOKE SELECT ON TABLE `main`.`customer`.`customers` FROM `analyst`; -- restricted/no-analysts"_s));
        QVERIFY(sql.contains(u"GRANT SELECT ON TABLE `main`.`customer`.`customers` TO `owner`; -- read-all/read"_s));
        QCOMPARE(PolicyExports::unityMaskExpression(MaskType::Custom, u"substr({col}, 1, 4)"_s), u"substr(v, 1, 4)"_s);
        QCOMPARE(PolicyExports::tableOf(Dataset{u"t"_s, {}, {}, {}, {}, {}, {}, {}}).schema, u"default"_s);
    }

    void everyColumnOfAProduct()
    {
        Product product;
        product.id = u"customer.customers"_s;
        product.domainId = u"customer"_s;
        Dataset d;
        d.name = u"customers"_s;
        d.columns = {Column{u"id"_s, {}, {}, {}, Classification::Internal, {}, {}, {}, {}, {}, {}, {}},
                     Column{u"email"_s, {}, {}, {}, Classification::Confidential, {u"email"_s}, {}, {}, {}, {}, {}, {}},
                     Column{u"ssn"_s, {}, {}, {}, Classification::Restricted, {}, {}, {}, {}, {}, {}, {}}};
        product.datasets << d;
        const auto decisions = Decisions::masks(policiesOf(masking), Role::Analyst, product);
        QCOMPARE(decisions.size(), 3);
        QCOMPARE(decisions.at(0).second.mask, MaskType::None);
        QCOMPARE(decisions.at(1).second.mask, MaskType::ShowLast4);
        QCOMPARE(decisions.at(2).second.mask, MaskType::Hash);
        QCOMPARE(decisions.at(2).first.column, u"ssn"_s);
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
