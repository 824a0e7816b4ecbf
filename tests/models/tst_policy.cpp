// Policy documents: every kind read in full, and bad documents refused with the place
// (file:line:column and field) and a message that says what to write instead; a bad policy is
// left out, the good ones of the same file kept.
#include "models/governance/policy.h"

#include "tests/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::failOnWarnings(); }

    void everyKind()
    {
        const QByteArray yaml
            = "policies:\n"
              "  - id: owner-required\n"
              "    kind: standard\n"
              "    title: Every product has an owner\n"
              "    severity: error\n"
              "    status: published\n"
              "    version: 3\n"
              "    scope: {domains: [sales, finance], classification: confidential, tags: [gold]}\n"
              "    condition: owner_team_id IS NOT NULL\n"
              "    message: No owning team\n"
              "  - id: confidential-latency\n"
              "    kind: standard\n"
              "    title: Confidential products promise a latency\n"
              "    rules:\n"
              "      - id: has-latency\n"
              "        condition: latency_hours IS NOT NULL\n"
              "      - condition: latency_hours <= 24\n"
              "  - id: analysts-read\n"
              "    kind: access\n"
              "    title: Analysts read, except restricted products\n"
              "    rules:\n"
              "      - {roles: analyst, actions: read}\n"
              "      - {roles: [analyst], actions: [read, edit], effect: deny, classification: restricted}\n"
              "  - id: pii\n"
              "    kind: masking\n"
              "    title: Personal data is masked for analysts\n"
              "    rules:\n"
              "      - {roles: analyst, classification: restricted, mask: MASK_HASH}\n"
              "      - {roles: [analyst, owner], tags: email, mask: MASK_SHOW_LAST_4}\n"
              "      - {roles: analyst, columns: [birth_date], mask: CUSTOM, expression: \"substr({col}, 1, 4)\"}\n"
              "  - id: keys\n"
              "    kind: quality\n"
              "    title: Keys are complete and unique\n"
              "    scope: {tags: gold}\n"
              "    rules:\n"
              "      - {metric: nullValues, column: order_id, mustBe: 0}\n"
              "      - {metric: rowCount, mustBeBetween: [1, 1000000]}\n"
              "      - {sql: \"SELECT COUNT(*) FROM orders WHERE total_amount < 0\", mustBeLessOrEqualTo: 0}\n";
        const PolicyDocument doc = Policies::parse(yaml, u"mesh.policy.yaml"_s);
        QVERIFY2(doc.errors.isEmpty(), qPrintable(doc.errors.isEmpty() ? QString() : doc.errors.first().toString()));
        QCOMPARE(doc.policies.size(), 5);

        const Policy &owner = doc.policies.at(0);
        QCOMPARE(owner.id, u"owner-required"_s);
        QCOMPARE(owner.kind, PolicyKind::Standard);
        QCOMPARE(owner.severity, Severity::Error);
        QCOMPARE(owner.status, PolicyStatus::Published);
        QCOMPARE(owner.version, 3);
        QCOMPARE(owner.scope.domains, (QStringList{u"sales"_s, u"finance"_s}));
        QCOMPARE(owner.scope.classifications, QList<Classification>{Classification::Confidential});
        QCOMPARE(owner.scope.tags, QStringList{u"gold"_s});
        QCOMPARE(owner.standards.size(), 1);
        QCOMPARE(owner.standards.at(0).condition, u"owner_team_id IS NOT NULL"_s);
        QCOMPARE(owner.standards.at(0).message, u"No owning team"_s);
        QCOMPARE(owner.standards.at(0).position, (SourcePosition{9, 16}));
        QCOMPARE(owner.file, u"mesh.policy.yaml"_s);

        const Policy &latency = doc.policies.at(1);
        QCOMPARE(latency.severity, Severity::Warning); // the defaults
        QCOMPARE(latency.status, PolicyStatus::Draft);
        QCOMPARE(latency.version, 1);
        QCOMPARE(latency.standards.size(), 2);
        QCOMPARE(latency.standards.at(0).id, u"has-latency"_s);
        QCOMPARE(latency.standards.at(1).id, u"confidential-latency#2"_s);

        const Policy &access = doc.policies.at(2);
        QCOMPARE(access.access.size(), 2);
        QCOMPARE(access.access.at(0).roles, QList<Role>{Role::Analyst});
        QCOMPARE(access.access.at(0).effect, Effect::Allow);
        QCOMPARE(access.access.at(1).effect, Effect::Deny);
        QCOMPARE(access.access.at(1).actions, (QList<AccessAction>{AccessAction::Read, AccessAction::Edit}));
        QCOMPARE(access.access.at(1).scope.classifications, QList<Classification>{Classification::Restricted});

        const Policy &pii = doc.policies.at(3);
        QCOMPARE(pii.masking.size(), 3);
        QCOMPARE(pii.masking.at(0).mask, MaskType::Hash);
        QCOMPARE(pii.masking.at(1).mask, MaskType::ShowLast4);
        QCOMPARE(pii.masking.at(1).roles, (QList<Role>{Role::Analyst, Role::Owner}));
        QCOMPARE(pii.masking.at(1).tags, QStringList{u"email"_s});
        QCOMPARE(pii.masking.at(2).mask, MaskType::Custom);
        QCOMPARE(pii.masking.at(2).expression, u"substr({col}, 1, 4)"_s);

        const Policy &keys = doc.policies.at(4);
        QCOMPARE(keys.quality.size(), 3);
        QCOMPARE(keys.quality.at(0).metric, u"nullValues"_s);
        QCOMPARE(keys.quality.at(0).op, QualityOperator::MustBe);
        QCOMPARE(keys.quality.at(1).op, QualityOperator::MustBeBetween);
        QCOMPARE(keys.quality.at(1).value, 1.0);
        QCOMPARE(keys.quality.at(1).upper, 1000000.0);
        QCOMPARE(keys.quality.at(2).op, QualityOperator::MustBeLessOrEqualTo);
        QVERIFY(keys.quality.at(2).query.startsWith(u"SELECT COUNT(*)"_s));
    }

    void onePolicyAFile()
    {
        const PolicyDocument doc = Policies::parse(
            "id: has-owner\nkind: standard\ntitle: Has an owner\ncondition: owner_team_id IS NOT NULL\n", u"one.policy.yaml"_s);
        QVERIFY(doc.errors.isEmpty());
        QCOMPARE(doc.policies.size(), 1);
        QCOMPARE(doc.policies.at(0).standards.at(0).id, u"has-owner"_s);
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a part of it

        const QByteArray head = "id: p\nkind: masking\ntitle: T\n";
        QTest::newRow("yaml syntax") << QByteArray("id: p\nkind: [standard\n") << 3 << 1 << QString() << u""_s;
        QTest::newRow("unknown key, near one") << QByteArray("id: p\nkind: standard\ntitle: T\nconditon: x\n") << 4 << 1
                                               << u"conditon"_s << u"did you mean “condition”"_s;
        QTest::newRow("unknown kind") << QByteArray("id: p\nkind: standrd\ntitle: T\n") << 2 << 7 << u"kind"_s
                                      << u"did you mean “standard”"_s;
        QTest::newRow("kind missing") << QByteArray("id: p\ntitle: T\n") << 1 << 1 << u"kind"_s << u"“kind” is required"_s;
        QTest::newRow("id missing") << QByteArray("kind: standard\ntitle: T\ncondition: x\n") << 1 << 1 << u"id"_s
                                    << u"“id” is required"_s;
        QTest::newRow("bad id") << QByteArray("id: 'a b'\nkind: standard\ntitle: T\ncondition: x\n") << 1 << 5 << u"id"_s
                                << u"an id is"_s;
        QTest::newRow("title missing") << QByteArray("id: p\nkind: standard\ncondition: x\n") << 1 << 1 << u"title"_s
                                       << u"“title” is required"_s;
        QTest::newRow("severity") << QByteArray("id: p\nkind: standard\ntitle: T\nseverity: fatal\ncondition: x\n") << 4 << 11
                                  << u"severity"_s << u"“fatal” is not one of info, warning, error"_s;
        QTest::newRow("version") << QByteArray("id: p\nkind: standard\ntitle: T\nversion: 0\ncondition: x\n") << 4 << 10
                                 << u"version"_s << u"whole number"_s;
        QTest::newRow("no rules") << QByteArray("id: p\nkind: access\ntitle: T\n") << 1 << 1 << u"rules"_s << u"needs rules"_s;
        QTest::newRow("condition on access")
            << QByteArray("id: p\nkind: access\ntitle: T\ncondition: x\nrules: [{roles: analyst, actions: read}]\n") << 4 << 12
            << u"condition"_s << u"only a standard has a condition"_s;
        QTest::newRow("mask type") << head + "rules:\n  - {roles: analyst, tags: pii, mask: MASK_SHOW_LAST4}\n"
                                   << 5 << 39 << u"rules[0].mask"_s << u"did you mean “MASK_SHOW_LAST_4”"_s;
        QTest::newRow("mask missing") << head + "rules:\n  - {roles: analyst, tags: pii}\n"
                                      << 5 << 5 << u"rules[0].mask"_s << u"“mask” is required"_s;
        QTest::newRow("no columns picked") << head + "rules:\n  - {roles: analyst, mask: MASK}\n"
                                           << 5 << 5 << u"rules[0]"_s << u"picks columns"_s;
        QTest::newRow("custom without col") << head
                + "rules:\n  - {roles: analyst, tags: pii, mask: CUSTOM, expression: upper(x)}\n"
                                            << 5 << 59 << u"rules[0].expression"_s << u"{col}"_s;
        QTest::newRow("role") << head + "rules:\n  - {roles: [analyst, auditor], tags: pii, mask: MASK}\n"
                              << 5 << 23 << u"rules[0].roles"_s << u"“auditor” is not a role"_s;
        QTest::newRow("classification") << head + "rules:\n  - {roles: analyst, classification: secret, mask: MASK}\n"
                                        << 5 << 38 << u"rules[0].classification"_s << u"is not a classification"_s;
        QTest::newRow("unknown rule key") << head + "rules:\n  - {roles: analyst, tags: pii, mask: MASK, colour: red}\n"
                                          << 5 << 45 << u"rules[0].colour"_s << u"unknown key “colour”"_s;
        QTest::newRow("access action") << QByteArray(
            "id: p\nkind: access\ntitle: T\nrules:\n  - {roles: analyst, actions: [read, delete]}\n")
                                       << 5 << 38 << u"rules[0].actions"_s << u"“delete” is not one of read, edit, publish"_s;
        QTest::newRow("quality metric") << QByteArray(
            "id: p\nkind: quality\ntitle: T\nrules:\n  - {metric: nullValue, mustBe: 0}\n")
                                        << 5 << 14 << u"rules[0].metric"_s << u"did you mean “nullValues”"_s;
        QTest::newRow("two operators") << QByteArray(
            "id: p\nkind: quality\ntitle: T\nrules:\n  - {metric: rowCount, mustBe: 0, mustNotBe: 1}\n")
                                       << 5 << 5 << u"rules[0]"_s << u"exactly one operator"_s;
        QTest::newRow("between order") << QByteArray(
            "id: p\nkind: quality\ntitle: T\nrules:\n  - {metric: rowCount, mustBeBetween: [10, 1]}\n")
                                       << 5 << 39 << u"rules[0].mustBeBetween"_s << u"two numbers, the lower first"_s;
        QTest::newRow("operator value") << QByteArray(
            "id: p\nkind: quality\ntitle: T\nrules:\n  - {metric: rowCount, mustBe: many}\n")
                                        << 5 << 32 << u"rules[0].mustBe"_s << u"takes a number"_s;
        QTest::newRow("duplicate rule ids") << QByteArray(
            "id: p\nkind: standard\ntitle: T\nrules:\n  - {id: a, condition: x}\n  - {id: a, condition: y}\n")
                                            << 6 << 5 << u"rules[1].id"_s << u"used twice"_s;
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1 << 1 << QString() << u"a policy file is a policy"_s;
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << QString() << u"empty"_s;
        QTest::newRow("null") << QByteArray("~\n") << 1 << 1 << QString() << u"holds no policy"_s;
    }

    void badDocuments()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const PolicyDocument doc = Policies::parse(yaml, u"bad.policy.yaml"_s);
        QVERIFY(doc.policies.isEmpty());
        QVERIFY(!doc.errors.isEmpty());
        const Error &e = doc.errors.first();
        QCOMPARE(e.file, u"bad.policy.yaml"_s);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    }

    void aBadPolicyDoesNotTakeTheOthers()
    {
        const QByteArray yaml = "policies:\n"
                                "  - {id: a, kind: standard, title: A, condition: x}\n"
                                "  - {id: b, kind: standard, title: B, severity: grave, condition: y}\n"
                                "  - {id: c, kind: standard, title: C, condition: z}\n"
                                "  - {id: a, kind: standard, title: A again, condition: w}\n";
        const PolicyDocument doc = Policies::parse(yaml, u"mixed.policy.yaml"_s);
        QCOMPARE(doc.policies.size(), 2);
        QCOMPARE(doc.policies.at(0).id, u"a"_s);
        QCOMPARE(doc.policies.at(1).id, u"c"_s);
        QCOMPARE(doc.errors.size(), 2);
        QCOMPARE(doc.errors.at(0).field, u"policies[1].severity"_s);
        QCOMPARE(doc.errors.at(0).line, 3);
        QVERIFY(doc.errors.at(1).message.contains(u"used twice"_s));
        QCOMPARE(doc.errors.at(1).line, 5);
    }

    void hostileYaml()
    {
        // Aliases that would expand past the reader's limits, and deep nesting: refused, not followed.
        QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *"
                + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *"
                + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *"
                + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
        PolicyDocument doc = Policies::parse(laughs, u"laughs.policy.yaml"_s);
        QVERIFY(doc.policies.isEmpty());
        QVERIFY(!doc.errors.isEmpty());
        doc = Policies::parse(QByteArray(5000, '[') + QByteArray(5000, ']'), u"deep.policy.yaml"_s);
        QVERIFY(doc.policies.isEmpty());
        QVERIFY(!doc.errors.isEmpty());
        QCOMPARE(doc.errors.first().file, u"deep.policy.yaml"_s);
    }

    void folders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"governance/more"_s));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(u"governance/a.policy.yaml"_s, "{id: a, kind: standard, title: A, condition: x}\n");
        write(u"governance/more/b.policy.yaml"_s, "{id: b, kind: standard, title: B, condition: y}\n");
        write(u"governance/more/again.policy.yaml"_s, "{id: a, kind: standard, title: A, condition: z}\n");
        write(u"governance/notes.yaml"_s, "not: a policy\n");
        const PolicyDocument doc = Policies::readAll({dir.filePath(u"governance"_s)});
        QCOMPARE(doc.policies.size(), 2);
        QCOMPARE(doc.errors.size(), 1); // the second "a"
        QVERIFY(doc.errors.first().message.contains(u"also used in"_s));
        QVERIFY(Policies::readFile(dir.filePath(u"nonesuch.policy.yaml"_s)).errors.first().message.contains(u"cannot read"_s));
    }

    void names()
    {
        for (const QString &key : Policies::maskKeys())
            QCOMPARE(Policies::maskKey(*Policies::maskFromKey(key)), key);
        QCOMPARE(Policies::maskKeys().size(), 8);
        QCOMPARE(Policies::kindFromKey(u"quality"_s), std::optional(PolicyKind::Quality));
        QCOMPARE(Policies::severityKey(Severity::Error), u"error"_s);
        QCOMPARE(Policies::operatorKey(QualityOperator::MustNotBeBetween), u"mustNotBeBetween"_s);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
