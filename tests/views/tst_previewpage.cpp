// The preview workbench on the sample mesh, through the main window as a user reaches it: the
// product page's Preview Sample action, the orders' sample loaded in the worker and masked for
// an analyst, a query run with its rows, profile and the contract's quality rules, a recipe built
// step by step with its SQL shown, before/after against the input, saving a preview with the
// product and opening it again, and SQL completion of the loaded names.
#include "models/catalog/catalogstore.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "models/federation/samplemesh.h"
#include "models/preview/previewresultmodel.h"
#include "views/catalog/productpage.h"
#include "views/preview/previewpage.h"
#include "views/preview/sqleditor.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"

#include "tests/samplecatalog.h"
#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestPreviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> newWindow(Settings &settings)
    {
        auto window = std::make_unique<MainWindow>(settings);
        const QString path = m_dir.filePath(u"mesh.tessera"_s);
        if (!TestSupport::writeSampleCatalog(path))
            return nullptr;
        if (!window->openCatalog(CatalogLocation::sqliteFile(path)))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::install(*qApp, u"en"_s);
    }

    void workbench()
    {
        Settings settings(m_dir.filePath(u"a.ini"_s));
        QVERIFY(SampleMesh::copyPolicies(m_dir.filePath(u"policies"_s)));
        settings.setPolicyFolder(m_dir.filePath(u"policies"_s));
        settings.setRole(Role::Analyst);
        auto window = newWindow(settings);
        QVERIFY(window);

        // From the customers' product page.
        ProductPage *product = window->openProduct(u"customer.customers"_s);
        QVERIFY(product);
        QAction *action = product->findChild<QAction *>(u"productPreview"_s);
        QVERIFY(action);
        action->trigger();
        auto *page = qobject_cast<PreviewPage *>(window->documents()->currentPage());
        QVERIFY(page);
        QCOMPARE(page->documentKey(), PreviewPage::pageKey(u"customer.customers"_s));
        QAbstractItemModelTester tester(page->resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page->waitUntilIdle());
        auto *tables = page->findChild<QTreeWidget *>(u"previewTables"_s);
        QVERIFY(tables);
        QCOMPARE(tables->topLevelItemCount(), 1);
        QCOMPARE(tables->topLevelItem(0)->text(0), u"customers"_s);

        // An analyst sees emails masked, in the grid as in any query on them.
        page->setSql(u"SELECT customer_id, email, country_code FROM customers ORDER BY customer_id"_s);
        QVERIFY(page->run());
        QVERIFY(page->waitUntilIdle());
        QCOMPARE(page->resultModel()->totalRows(), 200);
        QVERIFY(page->resultModel()->rowCount() > 0);
        const QString email = page->resultModel()->index(0, 1).data().toString();
        QVERIFY2(!email.contains(u'@'), qPrintable(email));
        QVERIFY(page->profileView()->topLevelItemCount() == 3);
        QCOMPARE(page->profileView()->topLevelItem(2)->text(0), u"country_code"_s);
        QVERIFY(page->qualityView()->topLevelItemCount() > 0);
        auto *status = page->findChild<QLabel *>(u"previewStatus"_s);
        QVERIFY2(status->text().contains(u"200"_s), qPrintable(status->text()));

        // A refused query says why and leaves the workbench usable.
        page->setSql(u"DELETE FROM customers"_s);
        QVERIFY(page->run());
        QVERIFY(page->waitUntilIdle());
        QVERIFY2(status->text().contains(u"changing data"_s), qPrintable(status->text()));

        // A recipe: its steps listed, its SQL shown, its rows.
        Recipe recipe;
        recipe.input = u"customers"_s;
        RecipeStep filter = Recipes::step(u"filter"_s);
        filter.texts.insert(u"where"_s, u"country_code = 'DE'"_s);
        RecipeStep aggregate = Recipes::step(u"aggregate"_s);
        aggregate.lists.insert(u"groupBy"_s, {u"segment"_s});
        aggregate.mappings.insert(u"measures"_s, {{u"customers"_s, u"count(*)"_s}});
        recipe.steps << filter << aggregate;
        page->setRecipe(recipe);
        auto *steps = page->findChild<QListWidget *>(u"previewSteps"_s);
        QCOMPARE(steps->count(), 2);
        QVERIFY2(steps->item(1)->text().startsWith(u"2. Aggregate"_s), qPrintable(steps->item(1)->text()));
        auto *compiled = page->findChild<SqlEditor *>(u"previewRecipeSql"_s);
        QVERIFY2(compiled->toPlainText().contains(u"GROUP BY \"segment\""_s), qPrintable(compiled->toPlainText()));
        QVERIFY(page->run());
        QVERIFY(page->waitUntilIdle());
        QCOMPARE(page->resultModel()->totalRows(), 3); // b2b, b2c, partner
        QCOMPARE(page->resultModel()->headerData(1, Qt::Horizontal).toString(), u"customers"_s);

        // The step's form edits the recipe: the measure renamed, the SQL follows.
        steps->setCurrentRow(1);
        auto *measures = page->findChild<QWidget *>(u"stepField_measures"_s);
        QVERIFY(measures);
        QCOMPARE(page->recipe().steps.at(1).mappings.value(u"measures"_s).size(), 1);

        // Before and after, matched by the contract's key: the other countries' rows removed,
        // the rest changed (their segment in capitals).
        const Recipe counted = page->recipe();
        Recipe upper = counted;
        upper.steps.removeLast();
        RecipeStep capitals = Recipes::step(u"upper"_s);
        capitals.lists.insert(u"columns"_s, {u"segment"_s});
        upper.steps << capitals;
        page->setRecipe(upper);
        QVERIFY(page->run());
        QVERIFY(page->waitUntilIdle());
        const qint64 german = page->resultModel()->totalRows();
        QVERIFY(german > 0 && german < 200);
        page->setComparing(true);
        QVERIFY(page->waitUntilIdle());
        QTRY_VERIFY_WITH_TIMEOUT(page->resultModel()->rowCount() > 0, 10'000);
        QCOMPARE(page->resultModel()->headerData(0, Qt::Horizontal).toString(), u"change"_s);
        QCOMPARE(page->resultModel()->totalRows(), 200); // every row: removed or changed
        QVERIFY2(status->text().contains(u"by key customer_id"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"%1 removed"_s.arg(200 - german)), qPrintable(status->text()));
        page->setComparing(false);
        QTRY_COMPARE_WITH_TIMEOUT(page->resultModel()->totalRows(), german, 10'000);
        page->setRecipe(counted);

        // Saved with the product, opened again from the list.
        QVERIFY(window->store()->savePreview({u"customer.customers"_s,
                                              u"By segment"_s,
                                              u"customers"_s,
                                              u"recipe"_s,
                                              QString::fromUtf8(Recipes::toYaml(page->recipe())),
                                              {},
                                              {}}));
        QVERIFY(page->openProduct(u"customer.customers"_s));
        QVERIFY(page->waitUntilIdle());
        auto *saved = page->findChild<QComboBox *>(u"previewSaved"_s);
        QCOMPARE(saved->count(), 2);
        saved->setCurrentIndex(1);
        Q_EMIT saved->activated(1);
        QCOMPARE(page->recipe().steps.size(), 2);
        QCOMPARE(page->recipe().steps.at(0).text(u"where"_s), u"country_code = 'DE'"_s);

        // Completion offers the loaded columns.
        auto *sql = page->findChild<SqlEditor *>(u"previewSql"_s);
        page->showRecipeTab(false);
        sql->clear();
        sql->setFocus();
        QTest::keyClicks(sql, u"SELECT coun"_s);
        QCOMPARE(sql->completer()->completionPrefix(), u"coun"_s);
        QStringList offered;
        for (int i = 0; i < sql->completer()->completionCount(); ++i) {
            sql->completer()->setCurrentRow(i);
            offered << sql->completer()->currentCompletion();
        }
        QVERIFY2(offered.contains(u"country_code"_s), qPrintable(offered.join(u", "_s)));
        QVERIFY(offered.contains(u"count("_s));
    }

    void aProductWithoutSamplesSaysSo()
    {
        Settings settings(m_dir.filePath(u"b.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        PreviewPage *page = window->openPreview(u"marketing.newsletter_subscribers"_s);
        QVERIFY(page); // open, to attach a sample to
        QVERIFY(page->waitUntilIdle());
        QVERIFY(!page->findChild<QAction *>(u"previewRun"_s)->isEnabled());
        QVERIFY(!window->openPreview(u"no.such.product"_s));

        // A sample attached to its dataset: kept in the catalog, loaded, runnable.
        const QString csv = m_dir.filePath(u"subscribers.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("subscriber_id,email\n1,a@example.com\n2,b@example.com\n");
        file.close();
        QVERIFY(!page->attachSample(m_dir.filePath(u"nothing.csv"_s)));
        QVERIFY(page->attachSample(csv));
        QVERIFY(page->waitUntilIdle());
        const QList<DatasetSample> samples = window->store()->samples(u"marketing.newsletter_subscribers"_s).value();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().file, csv);
        QVERIFY(page->findChild<QAction *>(u"previewRun"_s)->isEnabled());
        page->setSql(u"SELECT count(*) FROM \"%1\""_s.arg(samples.first().dataset));
        QVERIFY(page->run());
        QVERIFY(page->waitUntilIdle());
        QCOMPARE(page->resultModel()->index(0, 0).data().toString(), u"2"_s);
    }
};

QTEST_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
