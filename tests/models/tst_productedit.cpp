#include "models/catalog/drafts.h"
#include "models/catalog/facetmodel.h"
#include "models/catalog/historymodel.h"
#include "models/catalog/permissions.h"
#include "models/catalog/presentation.h"
#include "models/catalog/productedit.h"
#include "models/catalog/productmodels.h"
#include "models/core/textdiff.h"
#include "models/federation/samplemesh.h"
#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

// Reading and editing one product as the product page does, without a screen.
class TestProductEdit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CatalogStore> m_store;

    std::unique_ptr<CatalogStore> openSecond()
    {
        auto opened = CatalogStore::open(CatalogLocation::sqliteFile(m_path), QStringLiteral("bob"));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("mesh.tessera"));
        auto opened = CatalogStore::open(CatalogLocation::sqliteFile(m_path), QStringLiteral("ana"));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
        m_store = std::move(opened).value();
        QVERIFY(SampleMesh::importInto(*m_store).ok());
    }

    void textDiff()
    {
        const auto diff = TextDiff::compare(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nB\nc\nd\ne"));
        QCOMPARE(TextDiff::addedCount(diff), 2);
        QCOMPARE(TextDiff::removedCount(diff), 1);
        QCOMPARE(diff.size(), 6);
        QCOMPARE(diff.at(0), (DiffLine{DiffLine::Kind::Same, QStringLiteral("a"), 1, 1}));
        QCOMPARE(diff.at(1), (DiffLine{DiffLine::Kind::Removed, QStringLiteral("b"), 2, 0}));
        QCOMPARE(diff.at(2), (DiffLine{DiffLine::Kind::Added, QStringLiteral("B"), 0, 2}));
        QCOMPARE(diff.at(5), (DiffLine{DiffLine::Kind::Added, QStringLiteral("e"), 0, 5}));
        QVERIFY(TextDiff::compare(QStringLiteral("x"), QStringLiteral("x")).at(0).kind == DiffLine::Kind::Same);
        QCOMPARE(TextDiff::compare(QString(), QStringLiteral("1\n2")).size(), 2);
        // Moved lines: one removed, one added; the rest kept.
        const auto moved
            = TextDiff::compare(QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s}, QStringList{u"2"_s, u"3"_s, u"4"_s, u"1"_s});
        QCOMPARE(TextDiff::addedCount(moved), 1);
        QCOMPARE(TextDiff::removedCount(moved), 1);
    }

    void slaText_data()
    {
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        const QString nb = QString(QChar(0x202F));
        QTest::newRow("latency") << u"latency"_s << u"4"_s << u"h"_s << QStringLiteral("latency ≤ 4") + nb + u"h"_s;
        QTest::newRow("latency in days") << u"latency"_s << u"1"_s << u"days"_s << QStringLiteral("latency ≤ 1") + nb + u"d"_s;
        QTest::newRow("availability") << u"availability"_s << u"99.5"_s << u"%"_s
                                      << QStringLiteral("availability 99.5") + nb + u"%"_s;
        QTest::newRow("retention") << u"retention"_s << u"3"_s << u"y"_s << QStringLiteral("kept for 3") + nb + u"yr"_s;
        QTest::newRow("frequency") << u"frequency"_s << u"15"_s << u"min"_s << QStringLiteral("updated every 15") + nb + u"min"_s;
        QTest::newRow("unknown") << u"freshnessCheck"_s << u"daily"_s << u""_s << QStringLiteral("freshnessCheck daily");
    }

    void slaText()
    {
        QFETCH(QString, property);
        QFETCH(QString, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        SlaProperty sla;
        sla.property = property;
        sla.value = value;
        sla.unit = unit;
        QCOMPARE(Catalog::slaText(sla), expected);
        sla.element = QStringLiteral("orders.placed_at");
        QCOMPARE(Catalog::slaText(sla), expected + QStringLiteral(" (on orders.placed_at)"));
    }

    void permissions()
    {
        Product p;
        p.id = QStringLiteral("sales.orders");
        p.domainId = QStringLiteral("sales");
        Team team{QStringLiteral("sales-team"),
                  QStringLiteral("Sales"),
                  QStringLiteral("sales"),
                  {{QStringLiteral("lena"), QStringLiteral("Lena"), QStringLiteral("owner")}}};
        QVERIFY(Permissions::product(Role::Steward, {}, QStringLiteral("x"), p, team, QStringLiteral("Sales")).allowed);
        const EditRight analyst = Permissions::product(Role::Analyst, {QStringLiteral("sales")}, QStringLiteral("lena"), p, team,
                                                       QStringLiteral("Sales"));
        QVERIFY(!analyst.allowed);
        QVERIFY(analyst.reason.contains(QStringLiteral("Analysts")));
        QVERIFY(Permissions::product(Role::Owner, {QStringLiteral("sales")}, QStringLiteral("x"), p, team, {}).allowed);
        QVERIFY(Permissions::product(Role::Owner, {}, QStringLiteral("lena"), p, team, {}).allowed);
        // A team of another domain named as the owner gives its members nothing (as on the server).
        Team elsewhere = team;
        elsewhere.domainId = QStringLiteral("marketing");
        const EditRight foreign
            = Permissions::product(Role::Owner, {}, QStringLiteral("lena"), p, elsewhere, QStringLiteral("Sales"));
        QVERIFY(!foreign.allowed);
        QVERIFY2(foreign.reason.contains(QStringLiteral("belongs to another domain (marketing)")), qPrintable(foreign.reason));
        QVERIFY(Permissions::product(Role::Owner, {QStringLiteral("sales")}, QStringLiteral("lena"), p, elsewhere, {}).allowed);
        const EditRight other = Permissions::product(Role::Owner, {QStringLiteral("marketing")}, QStringLiteral("x"), p, team,
                                                     QStringLiteral("Sales"));
        QVERIFY(!other.allowed);
        QVERIFY2(other.reason.contains(QStringLiteral("Sales domain")), qPrintable(other.reason));
        QVERIFY(!Permissions::product(Role::Owner, {}, QString(), p, std::nullopt, {}).allowed);
        QVERIFY(other.reason.contains(QStringLiteral("Settings")));
        // Where the server gives the rights, the settings change nothing: the reason says who does.
        const EditRight server = Permissions::product(Role::Owner, {QStringLiteral("marketing")}, QStringLiteral("x"), p, team,
                                                      QStringLiteral("Sales"), true);
        QVERIFY(!server.allowed);
        QVERIFY2(server.reason.contains(QStringLiteral("a steward can give you the domain")), qPrintable(server.reason));
        QVERIFY(!server.reason.contains(QStringLiteral("Settings")));
        const EditRight serverAnalyst
            = Permissions::product(Role::Analyst, {}, QStringLiteral("lena"), p, team, QStringLiteral("Sales"), true);
        QVERIFY(!serverAnalyst.reason.contains(QStringLiteral("Settings")));
    }

    void editSaveAndConflict()
    {
        auto loaded = ProductEdit::load(m_store.get(), QStringLiteral("sales.orders"));
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        ProductEdit &edit = *loaded.value();
        QSignalSpy modified(&edit, &ProductEdit::modifiedChanged);
        const int revision = edit.base().revision;
        QVERIFY(revision > 0);
        QVERIFY(!edit.isModified());

        edit.setDocumentation(QStringLiteral("# Orders\n\nEvery order, as placed."));
        QVERIFY(edit.isModified());
        QCOMPARE(modified.size(), 1);
        // Undoing by hand makes it unmodified again.
        const QString before = edit.base().documentation;
        edit.setDocumentation(before);
        QVERIFY(!edit.isModified());
        edit.setDocumentation(QStringLiteral("# Orders\n\nEvery order, as placed."));
        SaveResult saved = edit.save();
        QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
        QCOMPARE(saved.saved.revision, revision + 1);
        QVERIFY(!edit.isModified());
        QCOMPARE(m_store->product(QStringLiteral("sales.orders")).value()->documentation,
                 QStringLiteral("# Orders\n\nEvery order, as placed."));

        // Someone else saves first: my save is a conflict carrying both sides; my text stays.
        edit.setTitle(QStringLiteral("Orders (mine)"));
        {
            auto second = openSecond();
            Product theirs = *second->product(QStringLiteral("sales.orders")).value();
            theirs.title = QStringLiteral("Orders (theirs)");
            QVERIFY(second->saveProduct(theirs).ok());
        }
        SaveResult conflict = edit.save();
        QCOMPARE(conflict.status, SaveResult::Status::Conflict);
        QVERIFY(conflict.theirs);
        QCOMPARE(conflict.theirs->title, QStringLiteral("Orders (theirs)"));
        QCOMPARE(conflict.mine.title, QStringLiteral("Orders (mine)"));
        QCOMPARE(edit.current().title, QStringLiteral("Orders (mine)"));
        QVERIFY(edit.isModified());
        const auto diff = TextDiff::compare(Catalog::productText(*conflict.theirs), Catalog::productText(conflict.mine));
        QVERIFY(diff.contains(DiffLine{DiffLine::Kind::Added, QStringLiteral("title: Orders (mine)"), 0, 1}));

        // Overwrite: mine wins on top of theirs.
        SaveResult over = edit.overwrite();
        QVERIFY2(over.ok(), qPrintable(over.error.toString()));
        QCOMPARE(m_store->product(QStringLiteral("sales.orders")).value()->title, QStringLiteral("Orders (mine)"));

        // Reload: theirs wins, my edit is dropped.
        edit.setTitle(QStringLiteral("dropped"));
        {
            auto second = openSecond();
            Product theirs = *second->product(QStringLiteral("sales.orders")).value();
            theirs.title = QStringLiteral("Orders");
            QVERIFY(second->saveProduct(theirs).ok());
        }
        QVERIFY(edit.reload().ok());
        QCOMPARE(edit.current().title, QStringLiteral("Orders"));
        QVERIFY(!edit.isModified());
    }

    void invalidEditIsRefusedAndKept()
    {
        auto loaded = ProductEdit::load(m_store.get(), QStringLiteral("sales.returns"));
        QVERIFY(loaded.ok());
        ProductEdit &edit = *loaded.value();
        QList<SlaProperty> sla = edit.current().sla;
        sla.append(SlaProperty{});
        edit.setSla(sla);
        const SaveResult refused = edit.save();
        QCOMPARE(refused.status, SaveResult::Status::Failed);
        QCOMPARE(refused.error.field, QStringLiteral("slaProperties[%1].property").arg(sla.size() - 1));
        QVERIFY(edit.isModified());
        QCOMPARE(edit.current().sla.size(), sla.size());
        QVERIFY(!ProductEdit::load(m_store.get(), QStringLiteral("no.such")).ok());
    }

    void draftsSurviveAndAreRestored()
    {
        QTemporaryDir draftsDir;
        DraftStore drafts(draftsDir.path());
        int startRevision = 0;
        {
            auto loaded = ProductEdit::load(m_store.get(), QStringLiteral("sales.returns"), &drafts);
            QVERIFY(loaded.ok());
            ProductEdit &edit = *loaded.value();
            startRevision = edit.base().revision;
            edit.setDescription(QStringLiteral("typed before the crash"));
            QTRY_VERIFY(drafts.find(QStringLiteral("sales.returns")).has_value()); // written shortly after typing
            // "Crash": the edit goes away without saving.
        }
        const QList<Draft> found = drafts.list();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().productId, QStringLiteral("sales.returns"));
        QCOMPARE(found.first().baseRevision, startRevision);
        QCOMPARE(found.first().product.description, QStringLiteral("typed before the crash"));

        auto loaded = ProductEdit::load(m_store.get(), QStringLiteral("sales.returns"), &drafts);
        QVERIFY(loaded.ok());
        ProductEdit &edit = *loaded.value();
        const QList<SourceDocument> kept = edit.base().documents;
        QVERIFY(!kept.isEmpty()); // its ODPS file and contract
        edit.restoreDraft(found.first());
        QVERIFY(edit.isModified());
        QCOMPARE(edit.current().description, QStringLiteral("typed before the crash"));
        QVERIFY(edit.save().ok());
        // The draft carries the edits, not the standard files: those stay as they were.
        QCOMPARE(m_store->product(QStringLiteral("sales.returns")).value()->documents, kept);
        QVERIFY(drafts.list().isEmpty());

        // A damaged draft is reported, not a crash, and the others still read.
        QFile bad(draftsDir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        QList<Error> errors;
        QVERIFY(drafts.list(&errors).isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().file, bad.fileName());
    }

    void tableModels()
    {
        auto loaded = ProductEdit::load(m_store.get(), QStringLiteral("sales.orders"));
        QVERIFY(loaded.ok());
        ProductEdit &edit = *loaded.value();

        SchemaModel schema(&edit);
        QAbstractItemModelTester schemaTester(&schema, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(schema.rowCount() > 3);
        QCOMPARE(schema.index(0, SchemaModel::DatasetColumn).data().toString(), edit.current().datasets.at(0).name);
        QCOMPARE(schema.index(0, SchemaModel::NameColumn).data().toString(), edit.current().datasets.at(0).columns.at(0).name);
        QVERIFY(!(schema.flags(schema.index(0, SchemaModel::DescriptionColumn)) & Qt::ItemIsEditable));
        QVERIFY(!schema.setData(schema.index(0, SchemaModel::DescriptionColumn), QStringLiteral("no")));
        schema.setEditable(true);
        QVERIFY(schema.flags(schema.index(0, SchemaModel::DescriptionColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(schema.flags(schema.index(0, SchemaModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(schema.setData(schema.index(1, SchemaModel::DescriptionColumn), QStringLiteral("When it was placed")));
        QVERIFY(schema.setData(schema.index(1, SchemaModel::TagsColumn), QStringLiteral("time, , audit, time")));
        QVERIFY(schema.setData(schema.index(1, SchemaModel::ClassificationColumn), QStringLiteral("restricted")));
        QVERIFY(!schema.setData(schema.index(1, SchemaModel::ClassificationColumn), QStringLiteral("secret-ish")));
        const auto [d, c] = schema.position(1);
        const Column &column = edit.current().datasets.at(d).columns.at(c);
        QCOMPARE(column.description, QStringLiteral("When it was placed"));
        QCOMPARE(column.tags, (QStringList{QStringLiteral("time"), QStringLiteral("audit")}));
        QCOMPARE(column.classification, Classification::Restricted);
        QCOMPARE(schema.index(1, SchemaModel::ClassificationColumn).data().toString(), QStringLiteral("Restricted"));
        QVERIFY(edit.isModified());

        SlaModel sla(&edit);
        QAbstractItemModelTester slaTester(&sla, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int slaRows = sla.rowCount();
        QVERIFY(slaRows >= 3);
        QCOMPARE(sla.addRow(), -1); // not editable
        sla.setEditable(true);
        const int row = sla.addRow();
        QCOMPARE(row, slaRows);
        QVERIFY(sla.setData(sla.index(row, SlaModel::PropertyColumn), QStringLiteral("latency")));
        QVERIFY(sla.setData(sla.index(row, SlaModel::ValueColumn), QStringLiteral("2")));
        QVERIFY(sla.setData(sla.index(row, SlaModel::UnitColumn), QStringLiteral("h")));
        QCOMPARE(sla.index(row, SlaModel::ReadsAsColumn).data().toString(),
                 QStringLiteral("latency ≤ 2") + QChar(0x202F) + QStringLiteral("h"));
        QCOMPARE(edit.current().sla.size(), slaRows + 1);
        QVERIFY(sla.removeRows(row, 1));
        QCOMPARE(edit.current().sla.size(), slaRows);

        QualityModel quality(&edit);
        QAbstractItemModelTester qualityTester(&quality, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QualityRule rowCount;
        rowCount.type = QStringLiteral("library");
        rowCount.metric = QStringLiteral("rowCount");
        rowCount.op = QStringLiteral("mustBeGreaterOrEqualTo");
        rowCount.value = QStringLiteral("1000");
        QCOMPARE(QualityModel::ruleText(rowCount), QStringLiteral("row count ≥ 1000"));

        edit.revert();
        QVERIFY(!edit.isModified());
        QCOMPARE(schema.index(1, SchemaModel::ClassificationColumn).data(SchemaModel::ClassificationRole).toInt(),
                 int(edit.base().datasets.at(d).columns.at(c).classification));
    }

    void history()
    {
        auto loaded = ProductEdit::load(m_store.get(), QStringLiteral("sales.store_sales"));
        QVERIFY(loaded.ok());
        ProductEdit &edit = *loaded.value();
        HistoryModel history(m_store.get(), QStringLiteral("sales.store_sales"));
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = history.rowCount();
        QVERIFY(before >= 1); // imported
        edit.setTags({QStringLiteral("retail"), QStringLiteral("stores")});
        edit.setDescription(QStringLiteral("Sales per store"));
        QVERIFY(edit.save().ok());
        QCOMPARE(history.rowCount(), before + 1); // follows the store
        QCOMPARE(history.index(0, HistoryModel::WhoColumn).data().toString(), QStringLiteral("ana"));
        QCOMPARE(history.index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("edited"));
        QCOMPARE(history.index(0, HistoryModel::ChangesColumn).data().toString(), QStringLiteral("tags, description"));
        QCOMPARE(history.index(0, HistoryModel::RevisionColumn).data().toInt(), edit.base().revision);
        const QList<DiffLine> diff = history.diff(0, 1);
        QVERIFY(diff.contains(DiffLine{DiffLine::Kind::Added, QStringLiteral("tags: retail, stores"), 0, 8}));
        QCOMPARE(history.diff(1, 0), diff); // either order: older to newer
        QVERIFY(history.version(0));
        QCOMPARE(history.version(0)->description, QStringLiteral("Sales per store"));

        // An import over it records no "before": the history compares with the version it replaced.
        Product imported = *history.version(0);
        imported.title = QStringLiteral("Store sales (imported)");
        QVERIFY(m_store->importAll({}, {}, {imported}, QStringLiteral("import")).ok());
        QVERIFY(history.reload().ok());
        QCOMPARE(history.index(0, HistoryModel::ActionColumn).data().toString(), QStringLiteral("imported"));
        QCOMPARE(history.index(0, HistoryModel::ChangesColumn).data().toString(), QStringLiteral("title"));
    }

    void facetsAndQuickOpen()
    {
        FacetModel facets(m_store.get());
        QAbstractItemModelTester tester(&facets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(facets.rowCount(), int(SearchQuery::facetNames().size()));
        SearchQuery query;
        query.text = QStringLiteral("orders");
        facets.setFacets(m_store->facets(query).value());
        const QModelIndex domain = facets.index(int(SearchQuery::facetNames().indexOf(QStringLiteral("domain"))), 0);
        QVERIFY(facets.rowCount(domain) >= 2);
        QModelIndex sales;
        for (int r = 0; r < facets.rowCount(domain); ++r) {
            if (facets.index(r, 0, domain).data(FacetModel::ValueRole).toString() == QLatin1String("sales"))
                sales = facets.index(r, 0, domain);
        }
        QVERIFY(sales.isValid());
        QVERIFY(sales.data().toString().startsWith(QStringLiteral("Sales (")));
        QSignalSpy changed(&facets, &FacetModel::selectionChanged);
        QVERIFY(facets.setData(sales, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(facets.selection().value(QStringLiteral("domain")), QStringList{QStringLiteral("sales")});
        QVERIFY(domain.data().toString().contains(QStringLiteral("1 selected")));
        // The checked value stays even when the next query's counts do not list it.
        facets.setFacets({});
        QCOMPARE(facets.rowCount(domain), 1);
        QCOMPARE(facets.index(0, 0, domain).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        facets.clearSelection();
        QVERIFY(facets.selection().isEmpty());

        QuickOpenModel quick(m_store.get());
        QAbstractItemModelTester quickTester(&quick, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(quick.setText(QStringLiteral("order_")).ok());
        bool column = false;
        bool product = false;
        for (int r = 0; r < quick.rowCount(); ++r) {
            const NameHit hit = quick.hit(r);
            column |= hit.kind == NameHit::Kind::Column && hit.column == QLatin1String("order_id");
            product |= hit.kind == NameHit::Kind::Product && hit.productId == QLatin1String("sales.order_lines");
        }
        QVERIFY(column);
        QVERIFY(product);
        QVERIFY(quick.setText(QString()).ok());
        QCOMPARE(quick.rowCount(), 0);
        // Wildcards are not wildcards.
        QVERIFY(m_store->findNames(QStringLiteral("%"), 5).value().isEmpty());

        const auto consumers = m_store->consumers(QStringLiteral("sales.orders"));
        QVERIFY(consumers.ok());
        QStringList ids;
        for (const ProductSummary &s : consumers.value())
            ids << s.id;
        QVERIFY2(ids.contains(QStringLiteral("sales.daily_revenue")), qPrintable(ids.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestProductEdit)
#include "tst_productedit.moc"
