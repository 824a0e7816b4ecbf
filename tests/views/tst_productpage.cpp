#include "models/catalog/catalogstore.h"
#include "models/catalog/drafts.h"
#include "models/catalog/facetmodel.h"
#include "models/catalog/presentation.h"
#include "models/catalog/productedit.h"
#include "models/catalog/productmodels.h"
#include "models/catalog/searchresultmodel.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "models/federation/samplemesh.h"
#include "models/federation/sync.h"
#include "views/catalog/conflictdialog.h"
#include "views/catalog/documentationeditor.h"
#include "views/catalog/productpage.h"
#include "views/catalog/quickopendialog.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"
#include "views/shell/navigatorpanel.h"

#include "tests/testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Tessera;

// The product page flows a person clicks through: find, open, edit, save, conflicts, drafts.
class TestProductPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;
    int m_settingsCount = 0;

    CatalogLocation location() const { return CatalogLocation::sqliteFile(m_catalog); }

    std::unique_ptr<Settings> freshSettings()
    {
        return std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount)));
    }

    // Runs handler on the next modal dialog (message box, conflict dialog) once it shows.
    static void onNextModal(std::function<void(QWidget *)> handler)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, handler] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                handler(modal);
            }
        });
        timer->start();
    }

    static void clickButton(QWidget *dialog, const QString &objectName)
    {
        auto *button = dialog->findChild<QPushButton *>(objectName);
        QVERIFY2(button, qPrintable(objectName));
        button->click();
    }

    static void clickStandard(QWidget *modal, QMessageBox::StandardButton which)
    {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(which)->click();
    }

    std::unique_ptr<MainWindow> openWindow(Settings &settings, Role role, const QStringList &owned = {})
    {
        auto window = std::make_unique<MainWindow>(settings);
        window->setRole(role);
        window->setOwnedDomains(owned);
        if (Status opened = window->openCatalog(location()); !opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

    static ProductPage *currentProductPage(MainWindow &window)
    {
        return qobject_cast<ProductPage *>(window.documents()->currentPage());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(QStringLiteral("mesh.tessera"));
        auto store = CatalogStore::open(location(), QStringLiteral("setup"));
        QVERIFY(store.ok());
        QVERIFY(SampleMesh::importInto(*store.value()).ok());
    }

    void init()
    {
        // Every test starts without drafts from an earlier one.
        QDir(DraftStore::directoryFor(location())).removeRecursively();
    }

    void searchOpenEditSaveReopen()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Owner, {QStringLiteral("sales")});
        NavigatorPanel *navigator = window->navigator();

        // Ctrl+F, type, Enter: the best match opens.
        QTest::keySequence(window.get(), QKeySequence::Find);
        QTRY_VERIFY(navigator->searchField()->hasFocus());
        QTest::keyClicks(navigator->searchField(), QStringLiteral("orders"));
        QTRY_VERIFY(navigator->results()->isVisible()); // after the debounce
        QVERIFY(navigator->searchResults()->rowCount() >= 3);
        QCOMPARE(navigator->searchResults()->productId(0), QStringLiteral("sales.orders"));
        QTest::keyClick(navigator->searchField(), Qt::Key_Return);
        ProductPage *page = currentProductPage(*window);
        QVERIFY(page);
        QCOMPARE(page->productId(), QStringLiteral("sales.orders"));
        QCOMPARE(window->documents()->tabs()->tabText(window->documents()->tabs()->currentIndex()), QStringLiteral("Orders"));
        QVERIFY(page->editRight().allowed);
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());

        // Edit the documentation: the tab is marked, the preview follows.
        page->showSection(ProductPage::DocumentationSection);
        auto *docs = page->findChild<DocumentationEditor *>();
        QVERIFY(docs->source()->isVisible());
        QCOMPARE(docs->highlightingDefinition(), QStringLiteral("Markdown"));
        docs->source()->setFocus();
        docs->source()->moveCursor(QTextCursor::End);
        for (const QString &line : {QString(), QStringLiteral("## Refunds"), QString()}) {
            QTest::keyClicks(docs->source(), line);
            QTest::keyClick(docs->source(), Qt::Key_Return);
        }
        QTest::keyClicks(docs->source(), QStringLiteral("Refunds appear as negative amounts."));
        QVERIFY(page->isModified());
        QVERIFY(
            window->documents()->tabs()->tabText(window->documents()->tabs()->currentIndex()).startsWith(QStringLiteral("•")));
        QTRY_VERIFY(docs->preview()->toPlainText().contains(QStringLiteral("Refunds appear as negative amounts.")));
        // Undo and redo in the editor.
        QTest::keySequence(docs->source(), QKeySequence::Undo);
        QVERIFY(!docs->markdown().endsWith(QStringLiteral("negative amounts.")));
        QTest::keySequence(docs->source(), QKeySequence::Redo);
        QVERIFY(docs->markdown().endsWith(QStringLiteral("negative amounts.")));

        // And a column's description in the schema table.
        page->showSection(ProductPage::SchemaSection);
        auto *schemaView = page->findChild<QTableView *>(QStringLiteral("schemaView"));
        QAbstractItemModel *schema = schemaView->model();
        QVERIFY(schema->setData(schema->index(0, SchemaModel::DescriptionColumn), QStringLiteral("The order's own number.")));

        // Ctrl+S saves; the mark goes.
        QTest::keySequence(window.get(), QKeySequence::Save);
        QVERIFY(!page->isModified());
        QCOMPARE(window->documents()->tabs()->tabText(window->documents()->tabs()->currentIndex()), QStringLiteral("Orders"));

        // The history has the save; selecting it and the version before shows what changed.
        page->showSection(ProductPage::HistorySection);
        auto *history = page->findChild<QTableView *>(QStringLiteral("historyView"));
        QVERIFY(history->model()->rowCount() >= 2);
        QCOMPARE(history->model()->index(0, 2).data().toString(), window->store()->actor());
        history->selectionModel()->select(history->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        history->selectionModel()->select(history->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString diff = page->findChild<QTextBrowser *>(QStringLiteral("historyDiff"))->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("## Refunds")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("The order's own number.")));

        // Close and open again: the edit is there, read from the catalog.
        QVERIFY(window->documents()->closeDocument(window->documents()->tabs()->currentIndex()));
        QCOMPARE(window->documents()->documentCount(), 0);
        ProductPage *again = window->openProduct(QStringLiteral("sales.orders"));
        QVERIFY(again);
        QVERIFY(again->edit()->current().documentation.endsWith(QStringLiteral("Refunds appear as negative amounts.")));
        QCOMPARE(again->edit()->current().datasets.at(0).columns.at(0).description, QStringLiteral("The order's own number."));
        auto store = CatalogStore::open(location(), QStringLiteral("check"));
        QVERIFY(
            store.value()->product(QStringLiteral("sales.orders")).value()->documentation.contains(QStringLiteral("## Refunds")));
    }

    void analystCannotEdit()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Analyst);
        ProductPage *page = window->openProduct(QStringLiteral("finance.invoices"));
        QVERIFY(page);
        QVERIFY(!page->editRight().allowed);
        auto *banner = page->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Analysts read the catalog")), qPrintable(banner->text()));
        auto *title = page->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QVERIFY(title->isReadOnly());
        QCOMPARE(title->toolTip(), page->editRight().reason);
        QTest::keyClicks(title, QStringLiteral("changed"));
        QVERIFY(!page->isModified());
        QVERIFY(!page->findChild<QComboBox *>(QStringLiteral("statusBox"))->isEnabled());
        // Every level can be chosen and shown, "Unclassified" too.
        auto *classification = page->findChild<QComboBox *>(QStringLiteral("classificationBox"));
        QCOMPARE(classification->count(), 5);
        QCOMPARE(classification->itemData(0).toString(), QString());
        QCOMPARE(classification->currentText(), Catalog::classificationName(page->edit()->current().classification));
        page->showSection(ProductPage::DocumentationSection);
        auto *docs = page->findChild<DocumentationEditor *>();
        QVERIFY(!docs->source()->isVisible());
        QVERIFY(docs->preview()->isVisible());
        auto *schemaView = page->findChild<QTableView *>(QStringLiteral("schemaView"));
        QVERIFY(
            !(schemaView->model()->flags(schemaView->model()->index(0, SchemaModel::DescriptionColumn)) & Qt::ItemIsEditable));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("addSla"))->isVisibleTo(page));
        QVERIFY(!window->findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());

        // A domain owner of another domain reads only too, and is told whose it is.
        window->setRole(Role::Owner);
        window->setOwnedDomains({QStringLiteral("sales")});
        QVERIFY(!page->editRight().allowed);
        QVERIFY2(banner->text().contains(QStringLiteral("Finance domain")), qPrintable(banner->text()));
        // Owning it makes it editable at once.
        window->setOwnedDomains({QStringLiteral("sales"), QStringLiteral("finance")});
        QVERIFY(page->editRight().allowed);
        QVERIFY(!banner->isVisible());
        QVERIFY(!title->isReadOnly());
    }

    // The Policies section: the product against the governance tab's policies, each failed
    // rule with its explanation, and what changes when the product is saved.
    void policiesSection()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Steward);
        ProductPage *page = window->openProduct(QStringLiteral("marketing.newsletter_subscribers"));
        QVERIFY(page);
        page->showSection(ProductPage::PoliciesSection);
        auto *view = page->findChild<QTextBrowser *>(QStringLiteral("policiesView"));
        QVERIFY(view);
        QVERIFY2(view->toPlainText().contains(QStringLiteral("No governance policies")), qPrintable(view->toPlainText()));

        QTemporaryDir policies;
        QVERIFY(SampleMesh::copyPolicies(policies.path()));
        page->setPolicyFolder(policies.path());
        const QString text = view->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("pii-columns")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Newsletter subscribers fails pii-columns")));
        QVERIFY(text.contains(QStringLiteral("standards.policy.yaml, line ")));
        QVERIFY(text.contains(QStringLiteral("error")));

        // A product that meets them all says so.
        ProductPage *clean = window->openProduct(QStringLiteral("sales.orders"));
        clean->setPolicyFolder(policies.path());
        clean->showSection(ProductPage::PoliciesSection);
        const QString cleanText = clean->findChild<QTextBrowser *>(QStringLiteral("policiesView"))->toPlainText();
        QVERIFY2(cleanText.startsWith(QStringLiteral("Meets all 5 standard polic")), qPrintable(cleanText));
    }

    void conflictDialogKeepsMyEdits()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Steward);
        ProductPage *page = window->openProduct(QStringLiteral("logistics.shipments"));
        QVERIFY(page);
        auto *title = page->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Shipments (mine)"));
        QVERIFY(page->isModified());

        // Someone else saves first, through their own connection.
        {
            auto other = CatalogStore::open(location(), QStringLiteral("bob"));
            Product theirs = *other.value()->product(QStringLiteral("logistics.shipments")).value();
            theirs.title = QStringLiteral("Shipments (theirs)");
            QVERIFY(other.value()->saveProduct(theirs).ok());
        }

        // Save: the conflict dialog shows both; keep editing loses nothing.
        QString shown;
        onNextModal([&shown](QWidget *modal) {
            auto *dialog = qobject_cast<ConflictDialog *>(modal);
            QVERIFY(dialog);
            shown = dialog->differences()->toPlainText();
            clickButton(dialog, QStringLiteral("keepEditingButton"));
        });
        QVERIFY(!page->save());
        QVERIFY2(shown.contains(QStringLiteral("title: Shipments (theirs)")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("title: Shipments (mine)")));
        QVERIFY(page->isModified());
        QCOMPARE(title->text(), QStringLiteral("Shipments (mine)"));

        // Save again and overwrite: mine is stored on top of theirs.
        onNextModal([](QWidget *modal) {
            clickButton(modal, QStringLiteral("overwriteButton"));
        });
        QVERIFY(page->save());
        QVERIFY(!page->isModified());
        auto check = CatalogStore::open(location(), QStringLiteral("check"));
        QCOMPARE(check.value()->product(QStringLiteral("logistics.shipments")).value()->title,
                 QStringLiteral("Shipments (mine)"));

        // Or reload theirs.
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Shipments (dropped)"));
        {
            Product theirs = *check.value()->product(QStringLiteral("logistics.shipments")).value();
            theirs.title = QStringLiteral("Shipments");
            QVERIFY(check.value()->saveProduct(theirs).ok());
        }
        onNextModal([](QWidget *modal) {
            clickButton(modal, QStringLiteral("reloadButton"));
        });
        QVERIFY(!page->save());
        QVERIFY(!page->isModified());
        QCOMPARE(title->text(), QStringLiteral("Shipments"));
    }

    void crashDraftIsRestored()
    {
        {
            auto settings = freshSettings();
            auto window = openWindow(*settings, Role::Steward);
            ProductPage *page = window->openProduct(QStringLiteral("marketing.campaigns"));
            QVERIFY(page);
            auto *description = page->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
            description->setFocus();
            description->selectAll();
            QTest::keyClicks(description, QStringLiteral("Typed just before the power went out."));
            QVERIFY(page->isModified());
            // The draft is on disk shortly after typing, before any save or close.
            QTRY_VERIFY(window->drafts()->find(QStringLiteral("marketing.campaigns")).has_value());
            // The process dies here: nothing is saved, nothing is asked.
        }
        auto check = CatalogStore::open(location(), QStringLiteral("check"));
        QVERIFY(check.value()->product(QStringLiteral("marketing.campaigns")).value()->description
                != QStringLiteral("Typed just before the power went out."));

        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Steward);
        QWidget *bar = window->documents()->messageBar();
        QVERIFY(bar->isVisible());
        auto *text = bar->findChild<QLabel *>();
        QVERIFY2(text->text().contains(QStringLiteral("1 product")), qPrintable(text->text()));
        QPushButton *restore = nullptr;
        for (QPushButton *button : bar->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Restore"))
                restore = button;
        }
        QVERIFY(restore);
        restore->click();
        QVERIFY(!bar->isVisible());
        ProductPage *page = currentProductPage(*window);
        QVERIFY(page);
        QCOMPARE(page->productId(), QStringLiteral("marketing.campaigns"));
        QVERIFY(page->isModified());
        QCOMPARE(page->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText(),
                 QStringLiteral("Typed just before the power went out."));
        QVERIFY(page->save());
        QVERIFY(window->drafts()->list().isEmpty());
        QCOMPARE(check.value()->product(QStringLiteral("marketing.campaigns")).value()->description,
                 QStringLiteral("Typed just before the power went out."));
    }

    void closingAsksAboutUnsavedChanges()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Steward);
        ProductPage *page = window->openProduct(QStringLiteral("customer.customers"));
        QVERIFY(page);
        auto *tags = page->findChild<QLineEdit *>(QStringLiteral("tagsEdit"));
        tags->setFocus();
        tags->selectAll();
        QTest::keyClicks(tags, QStringLiteral("crm, golden"));
        QVERIFY(page->isModified()); // taken as typed, before the field is left
        QVERIFY(window->findChild<QAction *>(QStringLiteral("saveAction"))->isEnabled());
        QTest::keyClick(tags, Qt::Key_Tab);
        QVERIFY(page->isModified());
        QTabWidget *tabs = window->documents()->tabs();

        onNextModal([](QWidget *modal) {
            clickStandard(modal, QMessageBox::Cancel);
        });
        QVERIFY(!window->documents()->closeDocument(tabs->indexOf(page)));
        QCOMPARE(window->documents()->documentCount(), 1);

        QTRY_VERIFY(window->drafts()->find(QStringLiteral("customer.customers")).has_value());
        onNextModal([](QWidget *modal) {
            clickStandard(modal, QMessageBox::Discard);
        });
        QVERIFY(window->documents()->closeDocument(tabs->indexOf(page)));
        QCOMPARE(window->documents()->documentCount(), 0);
        // Discarded means gone: no draft is offered next time.
        QVERIFY(!window->drafts()->find(QStringLiteral("customer.customers")).has_value());
        auto check = CatalogStore::open(location(), QStringLiteral("check"));
        QVERIFY(!check.value()->product(QStringLiteral("customer.customers")).value()->tags.contains(QStringLiteral("golden")));
    }

    void linksNavigateLikeABrowser()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Analyst);
        ProductPage *page = window->openProduct(QStringLiteral("sales.daily_revenue"));
        QVERIFY(page);
        page->showSection(ProductPage::PortsSection);
        auto *ports = page->findChild<QTextBrowser *>(QStringLiteral("portsView"));
        QVERIFY(ports->toHtml().contains(QStringLiteral("href=\"product:sales.orders\"")));
        Q_EMIT ports->anchorClicked(QUrl(QStringLiteral("product:sales.orders")));
        QCOMPARE(page->productId(), QStringLiteral("sales.orders"));
        QCOMPARE(window->documents()->documentCount(), 1); // in the same tab
        QVERIFY(page->canGoBack());
        auto *back = window->findChild<QAction *>(QStringLiteral("backAction"));
        auto *forward = window->findChild<QAction *>(QStringLiteral("forwardAction"));
        QVERIFY(back->isEnabled());
        QCOMPARE(back->shortcut(), QKeySequence(QKeySequence::Back));
        QTest::keySequence(window.get(), QKeySequence::Back);
        QCOMPARE(page->productId(), QStringLiteral("sales.daily_revenue"));
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(page->productId(), QStringLiteral("sales.orders"));
        QVERIFY(!forward->isEnabled());
        // Opening a product already open shows its tab instead of a second one.
        QCOMPARE(window->openProduct(QStringLiteral("sales.orders")), page);
        QCOMPARE(window->documents()->documentCount(), 1);
        QVERIFY(!window->openProduct(QStringLiteral("no.such.product")));
        QCOMPARE(window->documents()->documentCount(), 1);
    }

    void quickOpenFindsColumns()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Analyst);
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
        QuickOpenDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<QuickOpenDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->field()->hasFocus());
        QTest::keyClicks(dialog->field(), QStringLiteral("total_amo"));
        QTRY_VERIFY(dialog->list()->model()->rowCount() > 0);
        QTest::keyClick(dialog->field(), Qt::Key_Return);
        ProductPage *page = currentProductPage(*window);
        QVERIFY(page);
        QCOMPARE(page->sections()->currentIndex(), int(ProductPage::SchemaSection));
        auto *schemaView = page->findChild<QTableView *>(QStringLiteral("schemaView"));
        QVERIFY(schemaView->model()->rowCount() >= 1);
        QCOMPARE(schemaView->currentIndex().data().toString(), QStringLiteral("total_amount"));
    }

    void writeBackToTheDomainFolder()
    {
        // A catalog fed by a domain folder: a copy of the sample mesh's finance folder.
        const QString folder = m_dir.filePath(QStringLiteral("folders/finance"));
        QDirIterator files(QStringLiteral(":/sample-mesh/finance"), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString from = files.next();
            const QString to = folder + from.mid(QStringLiteral(":/sample-mesh/finance").size());
            QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
            QVERIFY(QFile::copy(from, to));
            QVERIFY(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
        }
        const CatalogLocation synced = CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("synced.tessera")));
        {
            auto store = CatalogStore::open(synced, QStringLiteral("setup"));
            QVERIFY(store.ok());
            QVERIFY(Sync::addSource(*store.value(), QStringLiteral("finance"), folder).ok());
            QVERIFY(Sync::run(*store.value(), QStringLiteral("finance")).applied);
        }
        auto settings = freshSettings();
        MainWindow window(*settings);
        window.setRole(Role::Steward);
        QVERIFY(window.openCatalog(synced).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ProductPage *page = window.openProduct(QStringLiteral("finance.invoices"));
        QVERIFY(page);
        auto *source = page->findChild<QLabel *>(QStringLiteral("productSource"));
        QVERIFY2(source->text().contains(QStringLiteral("“finance”")), qPrintable(source->text()));
        auto *writeBack = page->findChild<QAction *>(QStringLiteral("productWriteBack"));
        QVERIFY(writeBack->isVisible());
        QVERIFY(writeBack->isEnabled());

        auto *description = page->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
        description->setFocus();
        description->selectAll();
        QTest::keyClicks(description, QStringLiteral("Every invoice we send, written back from Tessera."));
        QVERIFY(!writeBack->isEnabled()); // save first: what is saved is what is written
        QVERIFY(page->save());
        QVERIFY(writeBack->isEnabled());
        writeBack->trigger();
        QFile product(folder + QStringLiteral("/products/invoices.odps.yaml"));
        QVERIFY(product.open(QIODevice::ReadOnly));
        QVERIFY(product.readAll().contains("Every invoice we send, written back from Tessera."));
    }

    void facetsFilterTheResults()
    {
        auto settings = freshSettings();
        auto window = openWindow(*settings, Role::Analyst);
        NavigatorPanel *navigator = window->navigator();
        QSignalSpy counted(navigator, &NavigatorPanel::facetsCounted);
        navigator->filtersButton()->click();
        QVERIFY(navigator->facetView()->isVisible());
        QVERIFY(counted.wait(5000)); // counted in the background
        FacetModel *facets = navigator->facets();
        const QModelIndex domain = facets->index(0, 0);
        QCOMPARE(domain.data(FacetModel::FacetRole).toString(), QStringLiteral("domain"));
        QCOMPARE(facets->rowCount(domain), 5);
        QModelIndex finance;
        for (int r = 0; r < facets->rowCount(domain); ++r) {
            if (facets->index(r, 0, domain).data(FacetModel::ValueRole).toString() == QLatin1String("finance"))
                finance = facets->index(r, 0, domain);
        }
        QCOMPARE(finance.data(FacetModel::CountRole).toInt(), 8);
        QVERIFY(facets->setData(finance, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(navigator->results()->isVisible());
        QCOMPARE(navigator->searchResults()->rowCount(), 8);
        for (int r = 0; r < 8; ++r)
            QVERIFY(navigator->searchResults()->productId(r).startsWith(QStringLiteral("finance.")));
        QVERIFY(counted.wait(5000));
        facets->clearSelection();
        QVERIFY(navigator->tree()->isVisible());
    }
};

QTEST_MAIN(TestProductPage)
#include "tst_productpage.moc"
