#include "views/shell/screenshots.h"

#include "models/core/credentials.h"
#include "models/federation/samplemesh.h"
#include "models/governance/catalogviews.h"
#include "models/governance/compliancetrend.h"
#include "models/governance/publishing.h"
#include "models/preview/previewresultmodel.h"
#include "views/catalog/productpage.h"
#include "views/governance/governancepage.h"
#include "views/lineage/lineagecanvas.h"
#include "views/lineage/lineagepage.h"
#include "views/pipelines/pipelinespage.h"
#include "views/pipelines/runtimeline.h"
#include "views/preview/previewpage.h"
#include "views/shell/aboutdialog.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"
#include "views/shell/navigatorpanel.h"
#include "views/shell/passworddialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QScopeGuard>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

namespace Tessera {

namespace {

Status save(QWidget &widget, const QString &path)
{
    QApplication::processEvents();
    const QPixmap shot = widget.grab();
    if (shot.isNull() || !shot.save(path, "PNG"))
        return Error(QApplication::translate("Tessera::Screenshots", "Could not write the screenshot %1.")
                         .arg(QDir::toNativeSeparators(path)));
    return Ok{};
}

// Gives a view the room of some docks while it lives.
class DocksHidden
{
public:
    DocksHidden(QMainWindow &window, std::initializer_list<const char *> names)
    {
        for (const char *name : names) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            if (dock && dock->isVisible()) {
                dock->hide();
                m_hidden << dock;
            }
        }
    }
    ~DocksHidden()
    {
        for (QDockWidget *dock : std::as_const(m_hidden))
            dock->show();
    }
    Q_DISABLE_COPY_MOVE(DocksHidden)

private:
    QList<QDockWidget *> m_hidden;
};

// Two weeks of governance on a catalog of its own (the sample mesh in a temporary folder, so the
// user's catalog is left alone): the standards published, products mended, a stricter version
// published, the pii column classified at last; then the tab with the trend of it.
Status governanceTrend(const QString &policyFolder, const QString &path)
{
    QTemporaryDir dir;
    auto opened
        = CatalogStore::open(CatalogLocation::sqliteFile(dir.filePath(QStringLiteral("trend.tessera"))), QStringLiteral("sam"));
    if (!opened)
        return opened.error();
    CatalogStore &store = *opened.value();
    if (Status imported = SampleMesh::importInto(store); !imported)
        return imported;
    auto views = CatalogViews::build(store);
    if (!views)
        return views.error();
    const QString standards = QDir(policyFolder).filePath(QStringLiteral("standards.policy.yaml"));
    QFile file(standards);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.errorString()).at(standards);
    const QByteArray text = file.readAll();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto record = [&](int daysAgo) -> Status {
        const auto recorded = ComplianceTrend::record(store, *views.value(), now.addDays(-daysAgo));
        return recorded ? Status(Ok{}) : Status(recorded.error());
    };
    auto mend = [&](const QString &id, const std::function<void(Product &)> &change) -> Status {
        auto product = store.product(id);
        if (!product || !product.value())
            return Error(QStringLiteral("no product %1").arg(id));
        Product p = *product.value();
        change(p);
        if (const SaveResult saved = store.saveProduct(p); !saved.ok())
            return saved.error;
        return views.value()->update(store, id);
    };
    if (auto v1 = Publishing::publish(store, Role::Steward, standards, text, QString(), 0, views.value().get()); !v1)
        return v1.error();
    if (Status s = record(14); !s)
        return s;
    for (const QString &id : {QStringLiteral("finance.invoices"), QStringLiteral("logistics.shipments")}) {
        if (Status s = mend(id,
                            [](Product &p) {
                                p.description += QStringLiteral(" One row each, as the source system records it.");
                            });
            !s)
            return s;
    }
    if (Status s = record(10); !s)
        return s;
    QByteArray stricter = text;
    stricter.replace("documentation_length >= 90", "documentation_length >= 120");
    if (auto v2 = Publishing::publish(store, Role::Steward, standards, stricter, QString(), 1, views.value().get()); !v2)
        return v2.error();
    if (Status s = record(6); !s)
        return s;
    if (Status s = mend(QStringLiteral("marketing.newsletter_subscribers"),
                        [](Product &p) {
                            for (Dataset &d : p.datasets) {
                                for (Column &c : d.columns) {
                                    if (c.tags.contains(QStringLiteral("pii")))
                                        c.classification = Classification::Confidential;
                                }
                            }
                        });
        !s)
        return s;
    if (Status s = record(2); !s)
        return s;

    GovernancePage page(&store, policyFolder);
    page.setRole(Role::Steward);
    page.resize(1600, 900);
    if (Status loaded = page.reload(); !loaded)
        return loaded;
    page.waitUntilDone();
    page.openFile(standards);
    page.waitUntilDone(); // evaluated on another thread
    page.splitter()->setSizes({190, 560, 850});
    page.results()->setCurrentIndex(3);
    QApplication::processEvents();
    return save(page, path);
}

} // namespace

Result<QStringList> writeScreenshots(MainWindow &window, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return Error(QApplication::translate("Tessera::Screenshots", "Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(dir)));
    QStringList written;
    const QDir out(dir);

    window.resize(1280, 800);
    window.show();
    // Open the first domain of the catalog, as a person would first do.
    if (QAbstractItemModel *model = window.navigator()->tree()->model(); model && model->rowCount() > 0) {
        const QModelIndex first = model->index(0, 0);
        window.navigator()->tree()->expand(first);
        QElapsedTimer clock;
        clock.start();
        while (model->rowCount(first) == 0 && clock.elapsed() < 2000)
            QApplication::processEvents();
        if (model->rowCount(first) > 0)
            window.navigator()->tree()->setCurrentIndex(model->index(0, 0, first));
    }
    const QString main = out.filePath(QStringLiteral("mainwindow.png"));
    if (auto status = save(window, main); !status)
        return status.error();
    written << main;

    AboutDialog about(&window);
    about.show();
    const QString aboutPath = out.filePath(QStringLiteral("about.png"));
    if (auto status = save(about, aboutPath); !status)
        return status.error();
    written << aboutPath;
    about.hide();

    // The password prompt of a team catalog, with what a PostgreSQL server says (its own words).
    PasswordDialog password(CatalogLocation::parse(QStringLiteral("postgresql://olaf@db.example.org/mesh")).value(),
                            Error(QStringLiteral("Could not connect to the catalog olaf@db.example.org/mesh: connection to "
                                                 "server at \"db.example.org\", port 5432 failed: FATAL:  password "
                                                 "authentication failed for user \"olaf\"")),
                            Keychain::isAvailable(), &window);
    password.show();
    const QString passwordPath = out.filePath(QStringLiteral("password.png"));
    if (auto status = save(password, passwordPath); !status)
        return status.error();
    written << passwordPath;
    password.hide();

    if (!window.store())
        return written;
    // The sample mesh's runs end on the night to 14 November 2026: look at them the morning after.
    window.setReferenceTime(QDateTime(QDate(2026, 11, 14), QTime(9, 0), QTimeZone::UTC));

    // The lineage: the whole graph, then the neighbourhood of Orders with a column traced.
    if (LineagePage *lineage = window.openLineage()) {
        // The graph gets the room of the navigator and the bottom docks.
        QList<QDockWidget *> hidden;
        for (const char *name : {"navigatorDock", "detailsDock", "problemsDock", "activityDock"}) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            if (dock && dock->isVisible()) {
                dock->hide();
                hidden << dock;
            }
        }
        auto showDocks = qScopeGuard([&hidden] {
            for (QDockWidget *dock : std::as_const(hidden))
                dock->show();
        });
        auto waitForLayout = [lineage] {
            QElapsedTimer waited;
            waited.start();
            while (lineage->isLayoutPending() && waited.elapsed() < 10000)
                QApplication::processEvents(QEventLoop::AllEvents, 20);
        };
        waitForLayout();
        // The whole graph in a large window, the panel folded away.
        const QSize size = window.size();
        window.resize(1600, 1000);
        const QList<int> panes = lineage->findChild<QSplitter *>()->sizes();
        lineage->findChild<QSplitter *>()->setSizes({1, 0});
        QApplication::processEvents();
        lineage->canvas()->fitAll();
        const QString whole = out.filePath(QStringLiteral("lineage.png"));
        if (auto status = save(window, whole); !status)
            return status.error();
        written << whole;
        lineage->findChild<QSplitter *>()->setSizes(panes);
        for (const char *name : {"detailsDock"}) {
            if (auto *dock = window.findChild<QDockWidget *>(QLatin1String(name)); dock && hidden.contains(dock)) {
                dock->show();
                hidden.removeAll(dock);
            }
        }
        LineageScope scope = lineage->scope();
        scope.focus = QStringList{QStringLiteral("dataset:sales.orders/orders")};
        scope.up = 1;
        scope.down = 1;
        lineage->setScope(scope);
        waitForLayout();
        const int orders = lineage->shown().graph.indexOf(QStringLiteral("dataset:sales.orders/orders"));
        lineage->canvas()->setSelectedNode(orders);
        lineage->traceColumn(orders, QStringLiteral("total_amount"));
        // Close enough to read the cards, on the columns traced.
        lineage->canvas()->setZoom(0.62);
        lineage->canvas()->centerOn(lineage->canvas()->tracedRect().center());
        const QString focused = out.filePath(QStringLiteral("lineage-focus.png"));
        if (auto status = save(window, focused); !status)
            return status.error();
        written << focused;
        window.resize(size);
        window.documents()->closeDocument(window.documents()->tabs()->indexOf(lineage));
    }

    // The pipelines: the dashboard with Sales Orders's runs under it and its failed run in the
    // details, then the history of Sales's nightly pipeline with its tasks.
    if (PipelinesPage *pipelines = window.openPipelines(QStringLiteral("sales.orders"))) {
        const DocksHidden docks(window, {"navigatorDock", "problemsDock", "activityDock"});
        const QSize size = window.size();
        window.resize(1600, 1000);
        QApplication::processEvents();
        const QModelIndex latest = pipelines->timeline()->index(0, 0);
        if (latest.isValid() && pipelines->timeline()->rowCount(latest) > 0)
            pipelines->selectRun(pipelines->timeline()->index(0, 0, latest).data(RunTimelineModel::RunIdRole).toString());
        pipelines->timelineView()->fitAll();
        const QString dashboard = out.filePath(QStringLiteral("pipelines.png"));
        if (auto status = save(window, dashboard); !status)
            return status.error();
        written << dashboard;

        pipelines->showJob(QStringLiteral("airflow://sales/sales_nightly"));
        pipelines->splitter()->setSizes({1, 3});
        const QModelIndex night = pipelines->timeline()->index(0, 0);
        pipelines->selectRun(night.data(RunTimelineModel::RunIdRole).toString());
        // The last night, close enough to see each task.
        const QDateTime start = night.data(RunTimelineModel::StartRole).toDateTime();
        pipelines->timelineView()->setViewRange(start.addSecs(-10 * 60), start.addSecs(100 * 60));
        const QString timeline = out.filePath(QStringLiteral("pipelines-timeline.png"));
        if (auto status = save(window, timeline); !status)
            return status.error();
        written << timeline;
        window.resize(size);
        window.documents()->closeDocument(window.documents()->tabs()->indexOf(pipelines));
    }

    // Governance: the studio on the shipped policies (a copy) with the violations by domain, then
    // the customers as an analyst sees them.
    QTemporaryDir policies;
    if (policies.isValid() && SampleMesh::copyPolicies(policies.path()).ok()) {
        if (GovernancePage *governance = window.openGovernance(policies.path()); governance && governance->waitUntilDone()) {
            const DocksHidden docks(window, {"navigatorDock", "activityDock"});
            const QSize size = window.size();
            window.resize(1600, 1000);
            governance->openFile(policies.filePath(QStringLiteral("standards.policy.yaml")));
            governance->waitUntilDone(); // evaluated on another thread
            governance->splitter()->setSizes({190, 640, 770});
            // The error first: its rule shows in the editor and its explanation in the details.
            const QModelIndex first = governance->compliance()->index(0, 0);
            if (first.isValid() && governance->compliance()->rowCount(first) > 0)
                governance->complianceView()->setCurrentIndex(governance->compliance()->index(0, 0, first));
            QApplication::processEvents();
            const QString studio = out.filePath(QStringLiteral("governance.png"));
            if (auto status = save(window, studio); !status)
                return status.error();
            written << studio;
            governance->showMasking(Role::Analyst, QStringLiteral("customer.customers"), QStringLiteral("customers"));
            governance->openFile(policies.filePath(QStringLiteral("protection.policy.yaml")));
            governance->waitUntilDone(); // evaluated on another thread
            governance->results()->setCurrentIndex(1);
            governance->splitter()->setSizes({150, 420, 1030});
            QApplication::processEvents();
            const QString masking = out.filePath(QStringLiteral("governance-masking.png"));
            if (auto status = save(window, masking); !status)
                return status.error();
            written << masking;
            const QString trend = out.filePath(QStringLiteral("governance-trend.png"));
            if (auto status = governanceTrend(policies.path(), trend); !status)
                return status.error();
            written << trend;
            window.resize(size);
            window.documents()->closeDocument(window.documents()->tabs()->indexOf(governance));
        }
    }

    // The lineage of Sales Orders coloured by its pipelines' latest runs.
    if (LineagePage *lineage = window.openLineage({QStringLiteral("sales.orders")})) {
        const DocksHidden docks(window, {"navigatorDock", "problemsDock", "activityDock"});
        QElapsedTimer waited;
        waited.start();
        while (lineage->isLayoutPending() && waited.elapsed() < 10000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        LineageScope scope = lineage->scope();
        scope.up = 1;
        scope.down = 1;
        lineage->setScope(scope);
        waited.restart();
        while (lineage->isLayoutPending() && waited.elapsed() < 10000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        lineage->findChild<QSplitter *>()->setSizes({1, 0});
        lineage->setColourByRunState(true);
        QApplication::processEvents();
        lineage->canvas()->fitAll();
        const int orders = lineage->shown().graph.indexOf(QStringLiteral("dataset:sales.orders/orders"));
        lineage->canvas()->setSelectedNode(orders);
        // Close enough for cards, with their markers.
        lineage->canvas()->setZoom(0.7);
        lineage->canvas()->centerOn(lineage->canvas()->nodeRect(orders).center() + QPointF(420, 0));
        const QString runs = out.filePath(QStringLiteral("lineage-runs.png"));
        if (auto status = save(window, runs); !status)
            return status.error();
        written << runs;
        window.documents()->closeDocument(window.documents()->tabs()->indexOf(lineage));
    }

    // A product page beside a search with its filters, as a domain owner of Sales sees it.
    const Role role = window.role();
    const QStringList owned = window.ownedDomains();
    auto restore = qScopeGuard([&] {
        window.setRole(role);
        window.setOwnedDomains(owned);
        QApplication::setPalette(QPalette());
    });
    // The details dock has nothing to say about a product page yet: give the page its room.
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    const bool detailsShown = details && details->isVisible();
    if (details)
        details->hide();
    auto showDetails = qScopeGuard([&] {
        if (details && detailsShown)
            details->show();
    });
    window.setRole(Role::Owner);
    window.setOwnedDomains({QStringLiteral("sales")});
    NavigatorPanel *navigator = window.navigator();
    navigator->searchField()->setText(QStringLiteral("orders"));
    navigator->filtersButton()->setChecked(true);
    navigator->searchNow();
    QElapsedTimer clock;
    clock.start();
    bool counted = false;
    auto connection = QObject::connect(navigator, &NavigatorPanel::facetsCounted, navigator, [&counted] {
        counted = true;
    });
    while (!counted && clock.elapsed() < 5000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QObject::disconnect(connection);
    ProductPage *page = window.openProduct(QStringLiteral("sales.orders"));
    if (!page)
        return written;
    struct Shot {
        const char *file;
        ProductPage::Section section;
    };
    for (const Shot &shot :
         {Shot{"product.png", ProductPage::OverviewSection}, Shot{"product-documentation.png", ProductPage::DocumentationSection},
          Shot{"product-schema.png", ProductPage::SchemaSection}, Shot{"product-ports.png", ProductPage::PortsSection},
          Shot{"product-pipelines.png", ProductPage::PipelinesSection},
          Shot{"product-history.png", ProductPage::HistorySection}}) {
        page->showSection(shot.section);
        const QString path = out.filePath(QString::fromLatin1(shot.file));
        if (auto status = save(window, path); !status)
            return status.error();
        written << path;
    }

    // A product against the shipped policies (a copy): the one that fails a rule of each
    // severity but the least.
    QTemporaryDir productPolicies;
    if (productPolicies.isValid() && SampleMesh::copyPolicies(productPolicies.path()).ok()) {
        if (ProductPage *failing = window.openProduct(QStringLiteral("marketing.newsletter_subscribers"))) {
            failing->setPolicyFolder(productPolicies.path());
            failing->showSection(ProductPage::PoliciesSection);
            const QString path = out.filePath(QStringLiteral("product-policies.png"));
            if (auto status = save(window, path); !status)
                return status.error();
            written << path;
            window.documents()->closeDocument(window.documents()->tabs()->indexOf(failing));
            window.documents()->tabs()->setCurrentWidget(page);
        }
    }

    // The preview workbench on the orders' sample, as an analyst sees it: a recipe and its rows,
    // the result's profile and the contract's quality rules on it, then before and after.
    if (PreviewPage *preview = window.openPreview(QStringLiteral("sales.orders"))) {
        const DocksHidden docks(window, {"navigatorDock", "activityDock", "detailsDock", "problemsDock"});
        const QSize size = window.size();
        window.resize(1500, 950);
        if (productPolicies.isValid())
            preview->setPolicyFolder(productPolicies.path());
        preview->setRole(Role::Analyst);
        preview->waitUntilIdle();
        const RecipeRead recipe = Recipes::parse("name: Paid orders by country\n"
                                                 "input: orders\n"
                                                 "steps:\n"
                                                 "  - dedupe: {columns: [order_id]}\n"
                                                 "  - filter: \"status <> 'cancelled'\"\n"
                                                 "  - upper: [channel]\n"
                                                 "  - derive: {name: month, expression: \"strftime('%Y-%m', placed_at)\"}\n"
                                                 "  - cast: {column: total_amount, to: real}\n",
                                                 QStringLiteral("screenshot"));
        preview->setRecipe(recipe.recipe);
        preview->splitter()->setSizes({330, 1170});
        if (preview->run() && preview->waitUntilIdle()) {
            struct PreviewShot {
                const char *file;
                int tab;
            };
            for (const PreviewShot &shot : {PreviewShot{"preview-recipe.png", 0}, PreviewShot{"preview-profile.png", 1},
                                            PreviewShot{"preview-quality.png", 2}}) {
                preview->bottomTabs()->setCurrentIndex(shot.tab);
                const QString path = out.filePath(QString::fromLatin1(shot.file));
                if (auto status = save(window, path); !status)
                    return status.error();
                written << path;
            }
            preview->bottomTabs()->setCurrentIndex(0);
            preview->setComparing(true);
            preview->waitUntilIdle();
            QElapsedTimer shown;
            shown.start();
            while (preview->resultModel()->rowCount() == 0 && shown.elapsed() < 10'000)
                QApplication::processEvents(QEventLoop::AllEvents, 20);
            const QString compared = out.filePath(QStringLiteral("preview-compare.png"));
            if (auto status = save(window, compared); !status)
                return status.error();
            written << compared;
        }
        window.resize(size);
        window.documents()->closeDocument(window.documents()->tabs()->indexOf(preview));
        window.documents()->tabs()->setCurrentWidget(page);
    }

    // The same in a dark palette.
    QApplication::setPalette(darkPalette());
    for (const Shot &shot : {Shot{"product-dark.png", ProductPage::OverviewSection},
                             Shot{"product-documentation-dark.png", ProductPage::DocumentationSection}}) {
        page->showSection(shot.section);
        const QString path = out.filePath(QString::fromLatin1(shot.file));
        if (auto status = save(window, path); !status)
            return status.error();
        written << path;
    }
    return written;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2f, 0x32, 0x37));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3a, 0x8f, 0xb7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace Tessera
