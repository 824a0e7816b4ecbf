// The governance views' models and what they rest on: Ranger's masks applied to values, the CSV
// records of sample data, violations grouped for the compliance view, and a dataset's columns as a
// role sees them, and policies published by stewards in versions.
#include "models/federation/samplemesh.h"
#include "models/governance/catalogviews.h"
#include "models/governance/compliancemodel.h"
#include "models/governance/compliancetrend.h"
#include "models/governance/masking.h"
#include "models/governance/maskpreviewmodel.h"
#include "models/governance/publishing.h"
#include "models/governance/qualitychecks.h"
#include "models/preview/csvreader.h"

#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

Violation violation(const QString &policy, Severity severity, const QString &product, const QString &domain)
{
    Violation v;
    v.policyId = policy;
    v.ruleId = policy;
    v.severity = severity;
    v.productId = domain + u'.' + product;
    v.productName = product;
    v.domainId = domain;
    v.domainName = domain.toUpper();
    v.message = u"Rule of "_s + policy;
    v.condition = u"1"_s;
    return v;
}

// The sample mesh in a catalog of its own, with its policies' views.
struct SampleCatalog {
    QTemporaryDir dir;
    std::unique_ptr<CatalogStore> store;
    Result<std::unique_ptr<CatalogViews>> views = Error(QString());
    QString problem;

    bool open()
    {
        auto opened = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(u"c.tessera"_s)), u"sam"_s);
        if (!opened) {
            problem = opened.error().toString();
            return false;
        }
        store = std::move(opened).value();
        if (Status imported = SampleMesh::importInto(*store); !imported) {
            problem = imported.error().toString();
            return false;
        }
        views = CatalogViews::build(*store);
        problem = views ? QString() : views.error().toString();
        return views.ok();
    }
};

} // namespace

class TestGovernanceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::failOnWarnings(); }

    void masksAsRangerDefinesThem_data()
    {
        QTest::addColumn<QString>("mask");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mask") << u"MASK"_s << u"Noah Müller, 42"_s << u"Xxxx Xxxxxx, nn"_s;
        QTest::newRow("last 4") << u"MASK_SHOW_LAST_4"_s << u"+491555026676"_s << u"+xxxxxxxx6676"_s;
        QTest::newRow("last 4 of short") << u"MASK_SHOW_LAST_4"_s << u"abc"_s << u"abc"_s;
        QTest::newRow("first 4") << u"MASK_SHOW_FIRST_4"_s << u"DE89 3704 0044"_s << u"DE89 xxxx xxxx"_s;
        QTest::newRow("hash") << u"MASK_HASH"_s << u"abc"_s
                              << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
        QTest::newRow("year of a date") << u"MASK_DATE_SHOW_YEAR"_s << u"1998-12-05"_s << u"1998-01-01"_s;
        QTest::newRow("year of a time") << u"MASK_DATE_SHOW_YEAR"_s << u"2025-12-19T00:00:00Z"_s << u"2025-01-01"_s;
        QTest::newRow("not a date shows nothing") << u"MASK_DATE_SHOW_YEAR"_s << u"Dec 5"_s << QString();
        QTest::newRow("null") << u"MASK_NULL"_s << u"secret"_s << QString();
        QTest::newRow("none") << u"MASK_NONE"_s << u"plain"_s << u"plain"_s;
    }
    void masksAsRangerDefinesThem()
    {
        QFETCH(QString, mask);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const Result<QString> masked = Masking::apply(*Policies::maskFromKey(mask), value);
        QVERIFY(masked.ok());
        QCOMPARE(masked.value(), expected);
        QCOMPARE(masked.value().isNull(), expected.isNull());
        // A null stays null, whatever the mask.
        QVERIFY(Masking::apply(*Policies::maskFromKey(mask), QString())->isNull());
    }

    void customMasksRunInASandbox()
    {
        QCOMPARE(Masking::apply(MaskType::Custom, u"alice@example.com"_s, u"substr({col}, instr({col}, '@'))"_s).value(),
                 u"@example.com"_s);
        QCOMPARE(Masking::apply(MaskType::Custom, u"x"_s, u"upper({col}) || '!'"_s).value(), u"X!"_s);
        // Nothing but the listed functions: no tables, no printf, no second statement.
        for (const QString &hostile : {u"(SELECT name FROM sqlite_master)"_s, u"printf('%.*c', 1000000000, 'x')"_s,
                                       u"{col}); ATTACH 'x.db' AS x; SELECT (1"_s, u"zeroblob(1000000000)"_s}) {
            const Result<QString> refused = Masking::apply(MaskType::Custom, u"v"_s, hostile);
            QVERIFY2(!refused.ok(), qPrintable(hostile));
            QVERIFY(refused.error().message.contains(hostile));
        }
    }

    void csvRecordsAsRfc4180Writes()
    {
        const CsvTable t = CsvReader::read("\xEF\xBB\xBF"
                                           "id;name;note\r\n"
                                           "1;\"Smith; John\";\"said \"\"hi\"\"\nthen left\"\r\n"
                                           "\n"
                                           "2;Ünal;\n"
                                           "3;short");
        QCOMPARE(t.delimiter, QLatin1Char(';'));
        QCOMPARE(t.header, (QStringList{u"id"_s, u"name"_s, u"note"_s}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows.at(0), (QStringList{u"1"_s, u"Smith; John"_s, u"said \"hi\"\nthen left"_s}));
        QCOMPARE(t.rows.at(1), (QStringList{u"2"_s, u"Ünal"_s, QString()}));
        QCOMPARE(t.column(u"note"_s), (QStringList{u"said \"hi\"\nthen left"_s, QString(), QString()}));
        QVERIFY(t.column(u"nope"_s).isEmpty());
        QCOMPARE(CsvReader::detectDelimiter("a\tb\tc\n1,2\t3\n"), QLatin1Char('\t'));
        QCOMPARE(CsvReader::read("a,b\n1,2\n3,4\n5,6\n", 2).rows.size(), 2);
        // The bundled samples read whole.
        const CsvTable customers = SampleMesh::sample(u"customer"_s, u"customers"_s);
        QVERIFY(customers.header.contains(u"email"_s));
        QCOMPARE(customers.rows.size(), 200);
        QVERIFY(SampleMesh::sample(u"customer"_s, u"nothing"_s).header.isEmpty());
    }

    void complianceGroupsAndCounts()
    {
        ComplianceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setViolations({violation(u"owner"_s, Severity::Error, u"orders"_s, u"sales"_s),
                             violation(u"described"_s, Severity::Warning, u"orders"_s, u"sales"_s),
                             violation(u"described"_s, Severity::Warning, u"ads"_s, u"marketing"_s),
                             violation(u"keys"_s, Severity::Info, u"ads"_s, u"marketing"_s),
                             violation(u"described"_s, Severity::Warning, u"fx"_s, u"finance"_s)});
        QCOMPARE(model.count(Severity::Error), 1);
        QCOMPARE(model.count(Severity::Warning), 3);
        QCOMPARE(model.productCount(), 3);
        // By domain: the one with an error first, then by warnings, then by name.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"SALES"_s);
        QCOMPARE(model.index(0, ComplianceModel::ErrorsColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, ComplianceModel::WarningsColumn).data().toInt(), 1);
        QVERIFY(!model.index(0, ComplianceModel::NotesColumn).data().isValid());
        QCOMPARE(model.index(1, 0).data().toString(), u"MARKETING"_s); // as many warnings as FINANCE, and a note
        QCOMPARE(model.index(1, ComplianceModel::NotesColumn).data().toInt(), 1);
        QCOMPARE(model.index(2, 0).data().toString(), u"FINANCE"_s);
        const QModelIndex sales = model.index(0, 0);
        QCOMPARE(model.rowCount(sales), 2);
        QCOMPARE(model.index(0, ComplianceModel::SeverityColumn, sales).data().toString(), u"Error"_s); // errors first
        QCOMPARE(model.index(0, 0, sales).data().toString(), u"orders: Rule of owner"_s);
        QCOMPARE(model.index(0, 0, sales).data(ComplianceModel::ProductIdRole).toString(), u"sales.orders"_s);
        QVERIFY(model.index(0, 0, sales).data(Qt::ToolTipRole).toString().contains(u"orders fails owner"_s));
        // By policy.
        model.setGrouping(ComplianceModel::Grouping::Policy);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Policy"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"owner"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"described"_s);
        QCOMPARE(model.rowCount(model.index(1, 0)), 3);
        QCOMPARE(model.index(1, 0).data(ComplianceModel::PolicyIdRole).toString(), u"described"_s);
        // By product.
        model.setGrouping(ComplianceModel::Grouping::Product);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(ComplianceModel::ProductIdRole).toString(), u"sales.orders"_s);
        QCOMPARE(model.index(1, 0, model.index(0, 0)).data().toString(), u"described/described: Rule of described"_s);
        // Arranged on another thread and shown at once: the same tree; what was shown comes back.
        const QList<Violation> shown = model.violations();
        QFuture<ComplianceModel::Contents> arranged
            = QtConcurrent::run(&ComplianceModel::arrange, shown, ComplianceModel::Grouping::Domain);
        ComplianceModel::Contents old = model.setContents(arranged.result());
        QCOMPARE(old.grouping, ComplianceModel::Grouping::Product);
        QCOMPARE(old.violations, shown);
        QCOMPARE(model.grouping(), ComplianceModel::Grouping::Domain);
        QCOMPARE(model.index(0, 0).data().toString(), u"SALES"_s);
        QCOMPARE(model.count(Severity::Warning), 3);
        model.setViolations({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(Severity::Warning), 0);
        QCOMPARE(model.productCount(), 0);
    }

    // Only a steward publishes, only a file without problems; each version is listed with what
    // it changed, and the newest of each file is in force.
    void publishingPolicies()
    {
        SampleCatalog sample;
        QVERIFY2(sample.open(), qPrintable(sample.problem));
        CatalogStore &store = *sample.store;
        auto &views = sample.views;
        QTemporaryDir &dir = sample.dir;
        QFile shipped(SampleMesh::root() + u"/governance/standards.policy.yaml"_s);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        const QByteArray text = shipped.readAll();
        const QString path = dir.filePath(u"standards.policy.yaml"_s);

        const auto byOwner = Publishing::publish(store, Role::Owner, path, text, {}, 0, views.value().get());
        QVERIFY(!byOwner);
        QVERIFY2(byOwner.error().message.contains(u"Only a data steward"_s), qPrintable(byOwner.error().message));
        QByteArray broken = text;
        broken.replace("owner_team_id IS NOT NULL", "owner_tem_id IS NOT NULL");
        const auto withTypo = Publishing::publish(store, Role::Steward, path, broken, {}, 0, views.value().get());
        QVERIFY(!withTypo);
        QVERIFY2(withTypo.error().message.contains(u"owner_tem_id"_s), qPrintable(withTypo.error().toString()));
        QCOMPARE(withTypo.error().file, path);
        QVERIFY(withTypo.error().line > 0);
        QVERIFY(!Publishing::publish(store, Role::Steward, path, "policies: [\n", {}, 0, nullptr));
        QVERIFY(store.policyVersions().value().isEmpty()); // nothing refused was kept

        const auto first
            = Publishing::publish(store, Role::Steward, path, text, u"The first standards"_s, 0, views.value().get());
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first->file, u"standards.policy.yaml"_s);
        QByteArray stricter = text;
        stricter.replace("length(trim(description)) >= 30", "length(trim(description)) >= 40");
        QVERIFY(stricter != text);
        QVERIFY(Publishing::publish(store, Role::Steward, path, stricter, u"Longer descriptions"_s, 1, views.value().get()));

        PolicyVersionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setVersions(store.policyVersions(u"standards.policy.yaml"_s).value());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.newest(), 2);
        QCOMPARE(model.index(0, PolicyVersionModel::VersionColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, PolicyVersionModel::ByColumn).data().toString(), u"sam"_s);
        QCOMPARE(model.index(0, PolicyVersionModel::NoteColumn).data().toString(), u"Longer descriptions"_s);
        QCOMPARE(model.index(0, PolicyVersionModel::ChangesColumn).data().toString(), u"+1 −1"_s);
        const QList<DiffLine> changed = model.changes(0);
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const DiffLine &l) {
            return l.kind == DiffLine::Kind::Added && l.text.contains(u">= 40"_s);
        }));
        QCOMPARE(TextDiff::addedCount(model.changes(1)), int(QString::fromUtf8(text).split(u'\n').size()));

        // In force: the newest version's policies, placed in the file they were published as.
        const PolicyDocument inForce = Publishing::inForce(store.publishedPolicies().value());
        QVERIFY(inForce.errors.isEmpty());
        QCOMPARE(inForce.policies.size(), Policies::parse(stricter, path).policies.size());
        QCOMPARE(inForce.policies.first().file, u"standards.policy.yaml"_s);
        model.setVersions({});
        QCOMPARE(model.newest(), 0);
    }

    // The trend: a snapshot of the catalog against the published policies, kept when it says
    // something new (the first, other counts, a day since the last).
    void complianceTrend()
    {
        SampleCatalog sample;
        QVERIFY2(sample.open(), qPrintable(sample.problem));
        CatalogStore &store = *sample.store;
        auto &views = sample.views;
        const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        QCOMPARE(ComplianceTrend::record(store, *views.value(), t0).value(), std::nullopt); // nothing published
        QFile shipped(SampleMesh::root() + u"/governance/standards.policy.yaml"_s);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QVERIFY(Publishing::publish(store, Role::Steward, u"standards.policy.yaml"_s, shipped.readAll(), {}, 0, nullptr));

        const auto first = ComplianceTrend::record(store, *views.value(), t0);
        QVERIFY(first && first.value());
        QCOMPARE(first.value()->policies, u"standards.policy.yaml@1"_s);
        QCOMPARE(first.value()->products, 40);
        QCOMPARE(first.value()->errors, 1);
        QCOMPARE(first.value()->warnings, 9);
        QCOMPARE(first.value()->notes, 3);
        QCOMPARE(first.value()->failingProducts, 12);
        QCOMPARE(ComplianceTrend::record(store, *views.value(), t0.addSecs(3600)).value(), std::nullopt);
        QVERIFY(ComplianceTrend::record(store, *views.value(), t0.addSecs(25 * 3600)).value());

        // The pii column classified as it should be: the error goes, and the trend says so.
        Product subscribers = store.product(u"marketing.newsletter_subscribers"_s).value().value();
        for (Dataset &d : subscribers.datasets) {
            for (Column &c : d.columns) {
                if (c.tags.contains(u"pii"_s))
                    c.classification = Classification::Confidential;
            }
        }
        QVERIFY(store.saveProduct(subscribers).ok());
        QVERIFY(views.value()->update(store, subscribers.id));
        const auto mended = ComplianceTrend::record(store, *views.value(), t0.addSecs(26 * 3600));
        QVERIFY(mended && mended.value());
        QCOMPARE(mended.value()->errors, 0);

        ComplianceTrendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setHistory(store.complianceHistory().value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ComplianceTrendModel::ErrorsColumn).data().toInt(), 0); // the newest first
        QCOMPARE(model.index(2, ComplianceTrendModel::ErrorsColumn).data().toInt(), 1);
        QCOMPARE(model.index(2, ComplianceTrendModel::FailingColumn).data().toString(), u"12 of 40"_s);
        QCOMPARE(model.index(0, ComplianceTrendModel::PoliciesColumn).data().toString(), u"standards.policy.yaml@1"_s);
    }

    // ODCS quality rules measured on a sample: each library metric, an sql rule, the operators.
    void qualityOnSamples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<double>("measured");
        QTest::addColumn<bool>("meets");
        QTest::newRow("rows") << u"{metric: rowCount, mustBeGreaterThan: 3}"_s << 5.0 << true;
        QTest::newRow("rows between") << u"{metric: rowCount, mustNotBeBetween: [4, 6]}"_s << 5.0 << false;
        QTest::newRow("nulls") << u"{metric: nullValues, column: amount, mustBe: 0}"_s << 1.0 << false;
        QTest::newRow("missing") << u"{metric: missingValues, column: country, mustBeLessOrEqualTo: 1}"_s << 2.0 << false;
        QTest::newRow("invalid integers") << u"{metric: invalidValues, column: id, mustBe: 0}"_s << 1.0 << false;
        QTest::newRow("invalid dates") << u"{metric: invalidValues, column: day, mustBeLessThan: 1}"_s << 1.0 << false;
        QTest::newRow("duplicate column") << u"{metric: duplicateValues, column: country, mustBe: 1}"_s << 1.0 << true;
        QTest::newRow("duplicate key") << u"{metric: duplicateValues, mustBe: 0}"_s << 1.0 << false;
        QTest::newRow("sql")
            << u"{sql: \"SELECT sum(amount) FROM {object} WHERE {column} = 'CH'\", column: country, mustBe: 30}"_s << 30.0
            << true;
    }

    void qualityOnSamples()
    {
        QFETCH(QString, rule);
        QFETCH(double, measured);
        QFETCH(bool, meets);
        const PolicyDocument doc = Policies::parse(
            u"policies:\n  - {id: q, kind: quality, title: Q, rules: [%1]}\n"_s.arg(rule).toUtf8(), u"q.policy.yaml"_s);
        QVERIFY2(doc.errors.isEmpty(), qPrintable(doc.errors.isEmpty() ? QString() : doc.errors.first().toString()));
        const PolicyQualityRule &r = doc.policies.first().quality.first();
        Dataset orders;
        orders.name = u"orders"_s;
        for (const auto &[name, type, key] :
             {std::tuple{u"id"_s, u"integer"_s, true}, std::tuple{u"day"_s, u"date"_s, false},
              std::tuple{u"country"_s, u"string"_s, false}, std::tuple{u"amount"_s, u"number"_s, false}}) {
            Column c;
            c.name = name;
            c.logicalType = type;
            c.primaryKey = key;
            orders.columns << c;
        }
        const CsvTable sample
            = CsvReader::read("id,day,country,amount\n1,2026-11-01,CH,10\n2,2026-11-31,DE,\n2,2026-11-02,CH,20\n"
                              "x,2026-11-03,N/A,5\n5,2026-11-04, ,7\n");
        const Result<double> m = QualityChecks::measure(r, orders, sample);
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m.value(), measured);
        QCOMPARE(QualityChecks::meets(r, m.value()), meets);

        // As a violation, with the measurement among the facts; nothing when it is met.
        Product product;
        product.id = u"sales.orders"_s;
        product.domainId = u"sales"_s;
        product.title = u"Orders"_s;
        QList<Error> errors;
        const QList<Violation> found = QualityChecks::check(doc.policies, product, u"Sales"_s, orders, sample, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(found.size(), meets ? 0 : 1);
        if (!meets) {
            QCOMPARE(found.first().ruleId, r.id);
            QVERIFY2(found.first().explanation().contains(u"on the sample of orders"_s), qPrintable(found.first().explanation()));
            QVERIFY(found.first().facts().first().endsWith(u" = "_s + QString::number(measured)));
        }
    }

    void qualityProblemsAtTheirPlace()
    {
        const PolicyDocument doc = Policies::parse("policies:\n  - id: q\n    kind: quality\n    title: Q\n    rules:\n"
                                                   "      - {metric: nullValues, column: nope, mustBe: 0}\n"
                                                   "      - {sql: \"DELETE FROM {object}\", mustBe: 0}\n"
                                                   "      - {sql: \"SELECT 'many'\", mustBe: 0}\n",
                                                   u"q.policy.yaml"_s);
        QVERIFY(doc.errors.isEmpty());
        Dataset d;
        d.name = u"t"_s;
        QList<Error> errors;
        QVERIFY(QualityChecks::check(doc.policies, Product(), QString(), d, CsvTable{{u"a"_s}, {{u"1"_s}}}, &errors).isEmpty());
        QCOMPARE(errors.size(), 3);
        QVERIFY2(errors.at(0).message.contains(u"no column nope"_s), qPrintable(errors.at(0).toString()));
        QCOMPARE(errors.at(0).line, 6);
        QVERIFY2(errors.at(1).message.contains(u"not authorized"_s), qPrintable(errors.at(1).message));
        QVERIFY(errors.at(2).message.contains(u"no number"_s));
    }

    void maskPreviewShowsWhatARoleSees()
    {
        const PolicyDocument doc = Policies::readAll({SampleMesh::policiesFolder()});
        QVERIFY(doc.errors.isEmpty());
        const MeshFiles mesh = SampleMesh::read();
        const auto customers = std::find_if(mesh.products.cbegin(), mesh.products.cend(), [](const Product &p) {
            return p.id == u"customer.customers"_s;
        });
        QVERIFY(customers != mesh.products.cend());
        const QHash<QString, QStringList> samples
            = SampleMesh::sample(u"customer"_s, u"customers"_s, MaskPreviewModel::samplesShown).columns();
        QCOMPARE(samples.value(u"segment"_s).size(), MaskPreviewModel::samplesShown);

        MaskPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInput(doc.policies, Role::Analyst, *customers, u"customers"_s, samples);
        QVERIFY(model.rowCount() >= 5);
        QVERIFY(model.maskedCount() >= 3);
        bool emailHashed = false, birthYear = false, segmentPlain = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString name = model.index(r, MaskPreviewModel::NameColumn).data().toString();
            const QString shown = model.index(r, MaskPreviewModel::SampleColumn).data().toString();
            const QString mask = model.index(r, MaskPreviewModel::MaskColumn).data().toString();
            if (name == u"email"_s) {
                emailHashed = mask == u"MASK_HASH"_s && !shown.contains(u'@') && shown.size() > 64;
                QVERIFY(model.index(r, MaskPreviewModel::DecisionColumn).data().toString().contains(u"restricted"_s));
            }
            if (name == u"birth_date"_s)
                birthYear = shown.contains(u"-01-01"_s) || mask == u"MASK_HASH"_s;
            if (name == u"segment"_s)
                segmentPlain = !model.index(r, 0).data(MaskPreviewModel::MaskedRole).toBool()
                    && shown == samples.value(name).join(u" · "_s);
            // No sample value of a masked column shows.
            if (model.index(r, 0).data(MaskPreviewModel::MaskedRole).toBool()) {
                for (const QString &value : samples.value(name))
                    QVERIFY2(!shown.contains(value), qPrintable(name));
            }
        }
        QVERIFY(emailHashed);
        QVERIFY(birthYear);
        QVERIFY(segmentPlain);
        // A steward sees them plain.
        model.setInput(doc.policies, Role::Steward, *customers, u"customers"_s, samples);
        QCOMPARE(model.maskedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGovernanceModels)
#include "tst_governancemodels.moc"
