#include "views/shell/mainwindow.h"

#include "models/catalog/cataloglogin.h"
#include "models/catalog/catalogtreemodel.h"
#include "models/catalog/drafts.h"
#include "models/catalog/presentation.h"
#include "models/core/activitymodel.h"
#include "models/core/credentials.h"
#include "models/core/problemmodel.h"
#include "models/core/runtimeinfo.h"
#include "models/core/settings.h"
#include "models/federation/samplemesh.h"
#include "models/formats/openlineage.h"
#include "models/pipelines/lineagereceiver.h"
#include "views/catalog/productpage.h"
#include "views/catalog/quickopendialog.h"
#include "views/governance/governancepage.h"
#include "views/lineage/lineagepage.h"
#include "views/pipelines/pipelinespage.h"
#include "views/preview/previewpage.h"
#include "views/shell/aboutdialog.h"
#include "views/shell/documentarea.h"
#include "views/shell/documentpage.h"
#include "views/shell/icons.h"
#include "views/shell/navigatorpanel.h"
#include "views/shell/passworddialog.h"
#include "views/shell/progressdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrentRun>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Tessera {

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_passwordPrompt([this](const CatalogLocation &location, const Error &refusal) {
        return PasswordDialog::ask(this, location, refusal);
    })
    , m_role(settings.role())
    , m_problems(new ProblemModel(this))
    , m_activities(new ActivityModel(this))
    , m_documents(new DocumentArea(this))
    , m_navigator(new NavigatorPanel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setCentralWidget(m_documents);
    setDockNestingEnabled(true);

    createDocks();
    createActions();
    createStatusBar();

    connect(m_problems, &ProblemModel::countsChanged, this, &MainWindow::updateDockTitles);
    connect(m_activities, &ActivityModel::runningCountChanged, this, &MainWindow::updateStatus);
    connect(m_navigator, &NavigatorPanel::productActivated, this, &MainWindow::openProduct);
    connect(m_navigator, &NavigatorPanel::searchFailed, this, [this](const Error &error) {
        statusBar()->showMessage(error.toString(), 5000);
    });
    connect(m_documents, &DocumentArea::currentPageChanged, this, &MainWindow::updateDocumentActions);
    connect(m_documents, &DocumentArea::currentPageChanged, this, &MainWindow::updateDetails);
    connect(this, &MainWindow::roleChanged, this, &MainWindow::applyEditContext);
    updateDockTitles();
    updateStatus();

    resize(1280, 800);
    if (const QByteArray geometry = m_settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings.windowState(); !state.isEmpty())
        restoreState(state);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto makeDock = [this](const QString &objectName, const QString &title, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(objectName);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };

    m_navigatorDock = makeDock(QStringLiteral("navigatorDock"), tr("Navigator"), m_navigator, Qt::LeftDockWidgetArea);

    auto *details = new QLabel(tr("Nothing selected.\n\nSelect a product, dataset or lineage node to see its details here."));
    details->setObjectName(QStringLiteral("detailsPlaceholder"));
    details->setAlignment(Qt::AlignCenter);
    details->setWordWrap(true);
    details->setMargin(12);
    details->setForegroundRole(QPalette::PlaceholderText);
    m_detailsBrowser = new QTextBrowser;
    m_detailsBrowser->setObjectName(QStringLiteral("detailsBrowser"));
    m_detailsBrowser->setOpenLinks(false);
    m_detailsBrowser->setFrameShape(QFrame::NoFrame);
    m_detailsBrowser->setAccessibleName(tr("Details"));
    connect(m_detailsBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (DocumentPage *page = m_documents->currentPage())
            page->openDetailsLink(url);
    });
    m_details = new QStackedWidget;
    m_details->addWidget(details);
    m_details->addWidget(m_detailsBrowser);
    m_detailsDock = makeDock(QStringLiteral("detailsDock"), tr("Details"), m_details, Qt::RightDockWidgetArea);

    m_problemsView = new QTreeView;
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setRootIsDecorated(false);
    m_problemsView->setUniformRowHeights(true);
    m_problemsView->setModel(m_problems);
    m_problemsView->header()->setSectionResizeMode(ProblemModel::MessageColumn, QHeaderView::Stretch);
    m_problemsView->header()->setStretchLastSection(false);
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsDock = makeDock(QStringLiteral("problemsDock"), tr("Problems"), m_problemsView, Qt::BottomDockWidgetArea);

    auto *activityPanel = new QWidget;
    m_activityView = new QTreeView(activityPanel);
    m_activityView->setObjectName(QStringLiteral("activityView"));
    m_activityView->setRootIsDecorated(false);
    m_activityView->setUniformRowHeights(true);
    m_activityView->setModel(m_activities);
    m_activityView->setItemDelegateForColumn(ActivityModel::ProgressColumn,
                                             new ProgressDelegate(ActivityModel::PercentRole, m_activityView));
    m_activityView->header()->setSectionResizeMode(ActivityModel::TitleColumn, QHeaderView::Stretch);
    m_activityView->header()->setStretchLastSection(false);
    m_activityView->setAccessibleName(tr("Activity"));
    auto *activityBar = new QToolBar(activityPanel);
    activityBar->setIconSize(QSize(16, 16));
    QAction *cancel = activityBar->addAction(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelActivity"));
    cancel->setToolTip(tr("Stop the selected work"));
    connect(cancel, &QAction::triggered, this, [this] {
        const QModelIndex current = m_activityView->currentIndex();
        if (current.isValid())
            m_activities->cancel(current.row());
    });
    QAction *clear = activityBar->addAction(tr("Clear Finished"));
    clear->setObjectName(QStringLiteral("clearFinishedActivity"));
    connect(clear, &QAction::triggered, m_activities, &ActivityModel::clearFinished);
    auto *activityLayout = new QVBoxLayout(activityPanel);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    activityLayout->setSpacing(0);
    activityLayout->addWidget(activityBar);
    activityLayout->addWidget(m_activityView);
    m_activityDock = makeDock(QStringLiteral("activityDock"), tr("Activity"), activityPanel, Qt::BottomDockWidgetArea);

    tabifyDockWidget(m_problemsDock, m_activityDock);
    m_problemsDock->raise();
    resizeDocks({m_navigatorDock, m_detailsDock}, {300, 280}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
}

void MainWindow::createActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    auto *open = new QAction(Icons::get(QStringLiteral("open-catalog")), tr("&Open Catalog…"), this);
    open->setObjectName(QStringLiteral("openCatalogAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a catalog file"));
    connect(open, &QAction::triggered, this, &MainWindow::openCatalogFile);
    file->addAction(open);
    auto *team = file->addAction(tr("Open &Team Catalog…"), this, &MainWindow::openTeamCatalog);
    team->setObjectName(QStringLiteral("openTeamCatalogAction"));
    team->setStatusTip(tr("Open a catalog a team shares on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    auto *importEventsAction = file->addAction(tr("&Import Run Events…"), this, &MainWindow::importEventsInteractively);
    importEventsAction->setObjectName(QStringLiteral("importEventsAction"));
    importEventsAction->setStatusTip(tr("Read OpenLineage run events from files into the catalog"));
    m_receiveAction = file->addAction(Icons::get(QStringLiteral("receive")), tr("&Receive Run Events"));
    m_receiveAction->setObjectName(QStringLiteral("receiveEventsAction"));
    m_receiveAction->setCheckable(true);
    m_receiveAction->setStatusTip(tr("Let pipelines on this computer send OpenLineage events to Tessera over HTTP"));
    connect(m_receiveAction, &QAction::triggered, this, &MainWindow::toggleReceiver);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    auto *find = edit->addAction(Icons::get(QStringLiteral("search")), tr("&Find in Catalog"), QKeySequence::Find, m_navigator,
                                 &NavigatorPanel::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    connect(find, &QAction::triggered, m_navigatorDock, &QWidget::show);
    auto *quickOpen = edit->addAction(tr("&Quick Open…"), this, &MainWindow::showQuickOpen);
    quickOpen->setObjectName(QStringLiteral("quickOpenAction"));
    quickOpen->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_P)});
    quickOpen->setStatusTip(tr("Go to a product, dataset or column by name"));
    edit->addSeparator();
    m_saveAction = edit->addAction(tr("&Save"), this, [this] {
        if (DocumentPage *page = m_documents->currentPage())
            page->save();
    });
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the changes of the current page"));

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    m_backAction = go->addAction(tr("&Back"), this, [this] {
        if (DocumentPage *page = m_documents->currentPage())
            page->goBack();
    });
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = go->addAction(tr("&Forward"), this, [this] {
        if (DocumentPage *page = m_documents->currentPage())
            page->goForward();
    });
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_forwardAction->setShortcut(QKeySequence::Forward);
    updateDocumentActions();

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    struct DockAction {
        QDockWidget *dock;
        const char *icon;
    };
    for (const DockAction &d : {DockAction{m_navigatorDock, "navigator"}, DockAction{m_detailsDock, "details"},
                                DockAction{m_problemsDock, "problems"}, DockAction{m_activityDock, "activity"}}) {
        QAction *toggle = d.dock->toggleViewAction();
        toggle->setIcon(Icons::get(QString::fromLatin1(d.icon)));
        view->addAction(toggle);
    }
    view->addSeparator();
    auto *lineage = view->addAction(Icons::get(QStringLiteral("lineage")), tr("&Lineage"), this, [this] {
        openLineage();
    });
    lineage->setObjectName(QStringLiteral("lineageAction"));
    lineage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lineage->setStatusTip(tr("Show where the catalog's data comes from and where it goes"));
    auto *pipelines = view->addAction(Icons::get(QStringLiteral("pipelines")), tr("&Pipelines"), this, [this] {
        openPipelines();
    });
    pipelines->setObjectName(QStringLiteral("pipelinesAction"));
    pipelines->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    pipelines->setStatusTip(tr("Show whether the pipelines behind the products ran, failed or are late"));
    auto *governance = view->addAction(Icons::get(QStringLiteral("governance")), tr("&Governance"), this, [this] {
        openGovernance();
    });
    governance->setObjectName(QStringLiteral("governanceAction"));
    governance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    governance->setStatusTip(tr("Write and test governance policies, and see which products violate them"));
    view->addSeparator();
    auto *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(windowState().setFlag(Qt::WindowFullScreen, on));
    });

    // Settings
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *roles = settings->addMenu(tr("Work as &Role"));
    roles->setObjectName(QStringLiteral("roleMenu"));
    m_roleGroup = new QActionGroup(this);
    m_roleGroup->setExclusive(true);
    for (Role r : {Role::Steward, Role::Owner, Role::Analyst}) {
        QAction *action = roles->addAction(Roles::displayName(r));
        action->setObjectName(QLatin1String("role-") + Roles::key(r));
        action->setCheckable(true);
        action->setChecked(r == m_role);
        action->setData(int(r));
        m_roleGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, r] {
            setRole(r);
        });
    }
    m_domainsMenu = settings->addMenu(tr("My &Domains"));
    m_domainsMenu->setObjectName(QStringLiteral("domainsMenu"));
    m_domainsMenu->setToolTip(tr("The domains you own: as a domain owner you edit their products"));
    m_domainsMenu->setEnabled(false);
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(open);
    toolBar->addAction(find);
    toolBar->addAction(lineage);
    toolBar->addAction(pipelines);
    toolBar->addSeparator();
    toolBar->addAction(m_navigatorDock->toggleViewAction());
    toolBar->addAction(m_detailsDock->toggleViewAction());
    toolBar->addAction(m_activityDock->toggleViewAction());
    settings->addAction(toolBar->toggleViewAction());

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    auto *about = help->addAction(Icons::application(), tr("&About Tessera"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    auto *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_activityLabel = new QLabel(this);
    m_activityLabel->setObjectName(QStringLiteral("activityStatus"));
    m_catalogLabel = new QLabel(this);
    m_catalogLabel->setObjectName(QStringLiteral("catalogStatus"));
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleStatus"));
    m_receiverLabel = new QLabel(this);
    m_receiverLabel->setObjectName(QStringLiteral("receiverStatus"));
    m_receiverLabel->hide();
    statusBar()->addPermanentWidget(m_receiverLabel);
    statusBar()->addPermanentWidget(m_activityLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);
    statusBar()->addPermanentWidget(m_roleLabel);
}

void MainWindow::setRole(Role role)
{
    if (role != m_role) {
        m_role = role;
        m_settings.setRole(role);
        Q_EMIT roleChanged(role);
    }
    const QList<QAction *> actions = m_roleGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == int(role));
    updateStatus();
}

Result<std::unique_ptr<CatalogStore>> MainWindow::connectTo(const CatalogLocation &location)
{
    const QString user = currentUserName();
    CatalogLogin::Outcome login = CatalogLogin::open(
        location,
        [&user](const CatalogLocation &at) {
            return SampleMesh::openCatalog(at, user);
        },
        m_passwordPrompt);
    for (Problem &notice : login.notices) {
        notice.source = tr("keychain");
        m_problems->add(notice);
    }
    if (login.keptInKeychain)
        statusBar()->showMessage(tr("The password for %1 is kept in the system keychain.").arg(SessionPasswords::key(location)),
                                 5000);
    return std::move(login.store);
}

Status MainWindow::openCatalog(const CatalogLocation &location)
{
    auto opened = connectTo(location);
    if (!opened) {
        m_problems->add({Problem::Severity::Error, opened.error(), tr("catalog")});
        return opened.error();
    }
    // Pages of the catalog in use close first (asking about unsaved changes).
    if (!m_documents->closeAll()) {
        Error kept(tr("The catalog in use stays open: a page with unsaved changes was kept."));
        return kept;
    }
    m_problems->clear(tr("catalog"));
    auto *tree = new CatalogTreeModel(opened.value().get(), this);
    connect(tree, &CatalogTreeModel::loadFailed, this, [this](const Error &error) {
        m_problems->add({Problem::Severity::Error, error, tr("catalog")});
    });
    m_navigator->tree()->setModel(tree);
    m_navigator->showTree(true);
    delete m_tree; // after the view let go of it
    m_tree = tree;
    m_navigator->setStore(nullptr);
    stopReceiver(); // it writes into the catalog that is closing
    m_store = std::move(opened).value();
    if (m_store->isDamaged())
        m_problems->add({Problem::Severity::Error, m_store->damagedError(), tr("catalog")});
    connect(m_store.get(), &CatalogStore::damageFound, this, [this] {
        m_problems->add({Problem::Severity::Error, m_store->damagedError(), tr("catalog")});
    });
    m_navigator->setStore(m_store.get());
    m_drafts = std::make_unique<DraftStore>(DraftStore::directoryFor(location));
    m_catalog = location;
    // Where the server gives the role and the domains, choosing them here would only mislead.
    const bool server = m_store->serverRights().has_value();
    m_roleGroup->setEnabled(!server);
    updateDomainsMenu();
    if (server)
        m_domainsMenu->setEnabled(false);
    applyEditContext();
    offerDrafts();
    m_settings.addRecentCatalog(location);
    updateRecentMenu();
    updateStatus();
    Q_EMIT catalogChanged(location);
    return Ok{};
}

void MainWindow::openCatalogInteractively(const CatalogLocation &location)
{
    if (Status opened = openCatalog(location); !opened)
        QMessageBox::warning(this, tr("Open Catalog"), opened.error().toString());
}

void MainWindow::openTeamCatalog()
{
    bool ok = false;
    const QString current
        = m_catalog && m_catalog->kind() == CatalogLocation::Kind::PostgreSql ? m_catalog->toString() : QString();
    const QString text = QInputDialog::getText(this, tr("Open Team Catalog"),
                                               tr("The catalog's PostgreSQL URL, without a password (Tessera asks for it):\n"
                                                  "postgresql://user@host/database?sslmode=verify-full"),
                                               QLineEdit::Normal, current, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const auto location = CatalogLocation::parse(text);
    if (!location || location->kind() != CatalogLocation::Kind::PostgreSql) {
        QMessageBox::warning(this, tr("Open Team Catalog"),
                             location ? tr("A team catalog is a postgresql:// URL; open a catalog file with Open Catalog.")
                                      : location.error().toString());
        return;
    }
    openCatalogInteractively(location.value());
}

void MainWindow::openCatalogFile()
{
    const QString start = m_catalog && m_catalog->kind() == CatalogLocation::Kind::SqliteFile
        ? QFileInfo(m_catalog->filePath()).absolutePath()
        : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), start,
                                                      tr("Tessera catalogs (*.tessera *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    openCatalogInteractively(CatalogLocation::sqliteFile(path));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QList<CatalogLocation> recent = m_settings.recentCatalogs();
    for (const CatalogLocation &location : recent) {
        QAction *action = m_recentMenu->addAction(location.displayName());
        action->setToolTip(location.toString());
        action->setStatusTip(location.toString());
        connect(action, &QAction::triggered, this, [this, location] {
            openCatalogInteractively(location);
        });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            m_settings.clearRecentCatalogs();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (m_catalog) {
        m_catalogLabel->setText(tr("Catalog: %1").arg(m_catalog->displayName()));
        m_catalogLabel->setToolTip(m_catalog->toString());
        setWindowTitle(tr("%1 — Tessera").arg(m_catalog->displayName()));
    } else {
        m_catalogLabel->setText(tr("No catalog"));
        m_catalogLabel->setToolTip(QString());
        setWindowTitle(tr("Tessera"));
    }
    const bool server = m_store && m_store->serverRights();
    m_roleLabel->setText(server ? tr("Role: %1 (given by the catalog's server)").arg(Roles::displayName(effectiveRole()))
                                : tr("Role: %1").arg(Roles::displayName(m_role)));
    const int running = m_activities->runningCount();
    m_activityLabel->setText(running > 0 ? tr("%n task(s) running", nullptr, running) : QString());
    m_activityLabel->setVisible(running > 0);
}

void MainWindow::updateDockTitles()
{
    const int errors = m_problems->count(Problem::Severity::Error);
    const int warnings = m_problems->count(Problem::Severity::Warning);
    const int total = m_problems->rowCount();
    m_problemsDock->setWindowTitle(total == 0 ? tr("Problems") : tr("Problems (%1)").arg(total));
    m_problemsDock->toggleViewAction()->setToolTip(tr("%n error(s)", nullptr, errors) + QLatin1String(", ")
                                                   + tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->closeAll()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    m_activities->cancelAll();
    event->accept();
}

EditContext MainWindow::editContext() const
{
    // A team catalog's server decides; its rules are the ones that hold.
    if (m_store) {
        if (const auto rights = m_store->serverRights())
            return *rights;
    }
    return {m_role, ownedDomains(), currentUserName()};
}

Role MainWindow::effectiveRole() const
{
    return editContext().role;
}

QStringList MainWindow::ownedDomains() const
{
    return m_settings.ownedDomains();
}

void MainWindow::setOwnedDomains(const QStringList &domains)
{
    m_settings.setOwnedDomains(domains);
    const QList<QAction *> actions = m_domainsMenu->actions();
    for (QAction *action : actions) {
        const QSignalBlocker quiet(action);
        action->setChecked(domains.contains(action->data().toString()));
    }
    applyEditContext();
}

void MainWindow::applyEditContext()
{
    const EditContext context = editContext();
    for (DocumentPage *page : m_documents->pages()) {
        if (auto *product = qobject_cast<ProductPage *>(page))
            product->setContext(context);
        else if (auto *governance = qobject_cast<GovernancePage *>(page))
            governance->setRole(context.role);
    }
    updateStatus();
}

void MainWindow::updateDomainsMenu()
{
    m_domainsMenu->clear();
    const QStringList owned = ownedDomains();
    if (const auto domains = m_store->domains()) {
        for (const Domain &d : domains.value()) {
            QAction *action = m_domainsMenu->addAction(d.name);
            action->setObjectName(QLatin1String("domain-") + d.id);
            action->setData(d.id);
            action->setCheckable(true);
            action->setChecked(owned.contains(d.id));
            connect(action, &QAction::toggled, this, [this, id = d.id](bool on) {
                QStringList next = ownedDomains();
                next.removeAll(id);
                if (on)
                    next.append(id);
                m_settings.setOwnedDomains(next);
                applyEditContext();
            });
        }
    }
    m_domainsMenu->setEnabled(!m_domainsMenu->isEmpty());
}

ProductPage *MainWindow::openProduct(const QString &productId)
{
    if (!m_store)
        return nullptr;
    if (auto *open = qobject_cast<ProductPage *>(m_documents->findPage(ProductPage::productKey(productId)))) {
        m_documents->tabs()->setCurrentWidget(open);
        return open;
    }
    auto *page = new ProductPage(m_store.get(), m_drafts.get(), editContext());
    page->setReferenceTime(m_referenceTime);
    page->setPolicyFolder(m_settings.policyFolder());
    if (Status shown = page->showProduct(productId); !shown) {
        delete page;
        m_problems->add({Problem::Severity::Error, shown.error(), tr("catalog")});
        statusBar()->showMessage(shown.error().toString(), 5000);
        return nullptr;
    }
    connect(page, &ProductPage::lineageRequested, this, [this](const QString &id) {
        openLineage({id});
    });
    connect(page, &ProductPage::pipelinesRequested, this, [this](const QString &id) {
        openPipelines(id);
    });
    connect(page, &ProductPage::previewRequested, this, [this](const QString &id) {
        openPreview(id);
    });
    watchPage(page, tr("catalog"));
    m_documents->addPage(page);
    updateDocumentActions();
    return page;
}

LineagePage *MainWindow::openLineage(const QStringList &focus)
{
    if (!m_store)
        return nullptr;
    if (auto *open = qobject_cast<LineagePage *>(m_documents->findPage(LineagePage::pageKey()))) {
        m_documents->tabs()->setCurrentWidget(open);
        if (!focus.isEmpty())
            open->focusOn(focus);
        return open;
    }
    auto *page = new LineagePage(m_store.get());
    page->setReferenceTime(m_referenceTime);
    if (!focus.isEmpty()) {
        LineageScope scope;
        scope.focus = focus;
        page->setScope(scope);
    }
    if (Status loaded = page->reload(); !loaded) {
        delete page;
        m_problems->add({Problem::Severity::Error, loaded.error(), tr("lineage")});
        statusBar()->showMessage(loaded.error().toString(), 5000);
        return nullptr;
    }
    watchPage(page, tr("lineage"));
    m_documents->addPage(page);
    updateDocumentActions();
    return page;
}

void MainWindow::watchPage(DocumentPage *page, const QString &source)
{
    connect(page, &DocumentPage::openProductRequested, this, &MainWindow::openProduct);
    connect(page, &DocumentPage::problem, this, [this, source](const Error &error) {
        m_problems->add({Problem::Severity::Error, error, source});
    });
    connect(page, &DocumentPage::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(page, &DocumentPage::titleChanged, this, &MainWindow::updateDocumentActions);
    connect(page, &DocumentPage::navigationChanged, this, &MainWindow::updateDocumentActions);
    connect(page, &DocumentPage::detailsChanged, this, [this, page] {
        if (page == m_documents->currentPage())
            updateDetails();
    });
}

void MainWindow::updateDetails()
{
    DocumentPage *page = m_documents->currentPage();
    const QString html = page ? page->detailsHtml() : QString();
    if (html.isEmpty()) {
        m_details->setCurrentIndex(0);
        return;
    }
    const int scroll = m_detailsBrowser->verticalScrollBar()->value();
    m_detailsBrowser->setHtml(html);
    m_detailsBrowser->verticalScrollBar()->setValue(scroll);
    m_details->setCurrentIndex(1);
}

void MainWindow::openHit(const NameHit &hit)
{
    ProductPage *page = openProduct(hit.productId);
    if (!page)
        return;
    if (hit.kind == NameHit::Kind::Column)
        page->showColumn(hit.dataset, hit.column);
    else if (hit.kind == NameHit::Kind::Dataset)
        page->showSection(ProductPage::PortsSection);
}

void MainWindow::showQuickOpen()
{
    if (!m_store)
        return;
    auto *dialog = new QuickOpenDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuickOpenDialog::chosen, this, &MainWindow::openHit);
    const QRect area = m_documents->geometry();
    const QPoint topCentre = m_documents->mapToGlobal(QPoint(area.width() / 2 - dialog->width() / 2, 24));
    dialog->move(topCentre);
    dialog->show();
    dialog->field()->setFocus();
}

void MainWindow::offerDrafts()
{
    m_documents->hideMessage();
    QList<Error> unreadable;
    const QList<Draft> drafts = m_drafts->list(&unreadable);
    for (const Error &error : unreadable)
        m_problems->add({Problem::Severity::Warning, error, tr("drafts")});
    if (drafts.isEmpty())
        return;
    QStringList titles;
    for (const Draft &d : drafts)
        titles << Catalog::displayTitle(d.product);
    m_documents->showMessage(
        tr("Unsaved edits from an earlier session were kept for %n product(s): %1.", nullptr, int(drafts.size()))
            .arg(titles.join(QLatin1String(", "))),
        {{tr("Restore"),
          [this, drafts] {
              for (const Draft &d : drafts) {
                  if (ProductPage *page = openProduct(d.productId))
                      page->restoreDraft(d);
              }
          }},
         {tr("Discard"), [this, drafts] {
              for (const Draft &d : drafts) {
                  if (Status removed = m_drafts->remove(d.productId); !removed)
                      m_problems->add({Problem::Severity::Warning, removed.error(), tr("drafts")});
              }
          }}});
}

void MainWindow::updateDocumentActions()
{
    if (!m_saveAction)
        return;
    DocumentPage *page = m_documents->currentPage();
    m_saveAction->setEnabled(page && page->isModified());
    m_backAction->setEnabled(page && page->canGoBack());
    m_forwardAction->setEnabled(page && page->canGoForward());
}

PipelinesPage *MainWindow::openPipelines(const QString &productId)
{
    if (!m_store)
        return nullptr;
    auto *page = qobject_cast<PipelinesPage *>(m_documents->findPage(PipelinesPage::pageKey()));
    if (page) {
        m_documents->tabs()->setCurrentWidget(page);
    } else {
        page = new PipelinesPage(m_store.get());
        page->setReferenceTime(m_referenceTime);
        if (Status loaded = page->reload(); !loaded) {
            delete page;
            m_problems->add({Problem::Severity::Error, loaded.error(), tr("pipelines")});
            statusBar()->showMessage(loaded.error().toString(), 5000);
            return nullptr;
        }
        watchPage(page, tr("pipelines"));
        m_documents->addPage(page);
        updateDocumentActions();
    }
    if (!productId.isEmpty() && !page->showProduct(productId))
        statusBar()->showMessage(tr("No run of this product's pipelines is known."), 5000);
    return page;
}

PreviewPage *MainWindow::openPreview(const QString &productId, const QString &dataset)
{
    if (!m_store)
        return nullptr;
    if (auto *open = qobject_cast<PreviewPage *>(m_documents->findPage(PreviewPage::pageKey(productId)))) {
        m_documents->tabs()->setCurrentWidget(open);
        return open;
    }
    auto *page = new PreviewPage(m_store.get());
    page->setPolicyFolder(m_settings.policyFolder());
    page->setRole(m_settings.role());
    const Status opened = page->openProduct(productId, dataset);
    if (!opened && page->documentKey() != PreviewPage::pageKey(productId)) { // not read at all
        delete page;
        m_problems->add({Problem::Severity::Error, opened.error(), tr("preview")});
        statusBar()->showMessage(opened.error().toString(), 5000);
        return nullptr;
    }
    if (!opened)
        statusBar()->showMessage(opened.error().toString(), 8000);
    watchPage(page, tr("preview"));
    m_documents->addPage(page);
    updateDocumentActions();
    return page;
}

GovernancePage *MainWindow::openGovernance(const QString &policyFolder)
{
    if (!m_store)
        return nullptr;
    if (auto *page = qobject_cast<GovernancePage *>(m_documents->findPage(GovernancePage::pageKey()))) {
        m_documents->tabs()->setCurrentWidget(page);
        return page;
    }
    QString folder = policyFolder.isEmpty() ? m_settings.policyFolder() : policyFolder;
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/policies");
        if (Status copied = SampleMesh::copyPolicies(folder); !copied) {
            m_problems->add({Problem::Severity::Error, copied.error(), tr("governance")});
            return nullptr;
        }
        m_settings.setPolicyFolder(folder);
    }
    auto *page = new GovernancePage(m_store.get(), folder);
    page->setRole(effectiveRole());
    const QString source = tr("governance");
    connect(page, &GovernancePage::diagnosticsChanged, this, [this, source](const QList<Error> &errors) {
        m_problems->clear(source);
        for (const Error &e : errors)
            m_problems->add({Problem::Severity::Error, e, source});
    });
    if (Status loaded = page->reload(); !loaded) {
        delete page;
        m_problems->add({Problem::Severity::Error, loaded.error(), source});
        statusBar()->showMessage(loaded.error().toString(), 5000);
        return nullptr;
    }
    watchPage(page, source);
    m_documents->addPage(page);
    updateDocumentActions();
    return page;
}

void MainWindow::setReferenceTime(const QDateTime &time)
{
    m_referenceTime = time;
    for (DocumentPage *page : m_documents->pages()) {
        if (auto *pipelines = qobject_cast<PipelinesPage *>(page)) {
            pipelines->setReferenceTime(time);
            pipelines->scheduleReload();
        } else if (auto *product = qobject_cast<ProductPage *>(page)) {
            product->setReferenceTime(time);
        } else if (auto *lineage = qobject_cast<LineagePage *>(page)) {
            lineage->setReferenceTime(time);
        }
    }
}

Status MainWindow::importEvents(const QStringList &paths)
{
    if (!m_store)
        return Error(tr("No catalog is open."));
    const QStringList files = OpenLineage::find(paths);
    if (files.isEmpty())
        return Error(tr("No event files (*.ndjson, *.jsonl, *.json) in %1.").arg(paths.join(QLatin1String(", "))));
    // Reading and checking the files happens beside the window; storing, in one transaction, here.
    QFuture<OpenLineage::Read> reading = QtConcurrent::run([files] {
        return OpenLineage::readFiles(files);
    });
    m_activities->track(QFuture<void>(reading), tr("Reading %n event file(s)", nullptr, int(files.size())));
    QFutureWatcher<OpenLineage::Read> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(reading);
    if (!reading.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const OpenLineage::Read read = reading.result();
    m_problems->clear(tr("events"));
    for (const Error &error : read.errors)
        m_problems->add({Problem::Severity::Error, error, tr("events")});
    if (read.events.isEmpty())
        return Error(tr("No event could be read: %n problem(s), listed in Problems.", nullptr, int(read.errors.size())));
    const Result<IngestReport> report = m_store->ingestEvents(read.events);
    if (!report) {
        m_problems->add({Problem::Severity::Error, report.error(), tr("events")});
        return report.error();
    }
    QString text = tr("%n event(s) read", nullptr, report->received) + QLatin1String(", ") + tr("%n new", nullptr, report->added)
        + QLatin1String(", ") + tr("%n run(s) updated", nullptr, report->runs);
    if (!read.errors.isEmpty())
        text += QLatin1String(", ") + tr("%n line(s) refused (see Problems)", nullptr, int(read.errors.size()));
    statusBar()->showMessage(text, 8000);
    runsChanged();
    return Ok{};
}

void MainWindow::importEventsInteractively()
{
    if (!m_store)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Run Events"), QDir::homePath(),
                                                            tr("OpenLineage events (*.ndjson *.jsonl *.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    if (Status imported = importEvents(paths); !imported)
        QMessageBox::warning(this, tr("Import Run Events"), imported.error().toString());
}

Status MainWindow::startReceiver(quint16 port)
{
    if (!m_store)
        return Error(tr("No catalog is open."));
    stopReceiver();
    m_receiver = new LineageReceiver(*m_store, this);
    LineageReceiver::Settings settings;
    settings.port = port;
    if (Status started = m_receiver->start(settings); !started) {
        delete m_receiver;
        m_receiver = nullptr;
        updateReceiverStatus();
        return started;
    }
    connect(m_receiver, &LineageReceiver::countsChanged, this, [this] {
        updateReceiverStatus();
        runsChanged();
    });
    connect(m_receiver, &LineageReceiver::requestRejected, this, [this](int status, const QString &message) {
        m_problems->add({Problem::Severity::Warning, Error(tr("HTTP %1: %2").arg(status).arg(message)), tr("receiver")});
    });
    m_settings.setReceiverPort(port);
    updateReceiverStatus();
    statusBar()->showMessage(tr("Receiving OpenLineage events at %1").arg(m_receiver->url()), 8000);
    return Ok{};
}

void MainWindow::stopReceiver()
{
    if (!m_receiver)
        return;
    m_receiver->stop();
    delete m_receiver;
    m_receiver = nullptr;
    updateReceiverStatus();
}

void MainWindow::toggleReceiver(bool on)
{
    if (!on) {
        stopReceiver();
        return;
    }
    bool ok = false;
    const int port = QInputDialog::getInt(this, tr("Receive Run Events"),
                                          tr("Pipelines on this computer send OpenLineage events to\n"
                                             "http://127.0.0.1:<port>/api/v1/lineage\n\nPort:"),
                                          m_settings.receiverPort(), 1, 65535, 1, &ok);
    if (!ok) {
        updateReceiverStatus();
        return;
    }
    if (Status started = startReceiver(quint16(port)); !started)
        QMessageBox::warning(this, tr("Receive Run Events"), started.error().toString());
}

void MainWindow::updateReceiverStatus()
{
    const bool on = m_receiver && m_receiver->isListening();
    {
        const QSignalBlocker quiet(m_receiveAction);
        m_receiveAction->setChecked(on);
    }
    m_receiverLabel->setVisible(on);
    if (!on)
        return;
    m_receiverLabel->setText(tr("Receiving on port %1: %2 accepted, %3 refused")
                                 .arg(m_receiver->port())
                                 .arg(m_receiver->accepted())
                                 .arg(m_receiver->rejected()));
    m_receiverLabel->setToolTip(tr("OpenLineage events are received at %1").arg(m_receiver->url()));
}

void MainWindow::runsChanged()
{
    if (auto *page = qobject_cast<PipelinesPage *>(m_documents->findPage(PipelinesPage::pageKey())))
        page->scheduleReload();
}

} // namespace Tessera
