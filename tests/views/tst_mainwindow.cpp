#include "models/catalog/catalogstore.h"
#include "models/core/activitymodel.h"
#include "models/core/problemmodel.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "models/federation/samplemesh.h"
#include "views/shell/documentarea.h"
#include "views/shell/icons.h"
#include "views/shell/mainwindow.h"
#include "views/shell/navigatorpanel.h"
#include "views/shell/screenshots.h"

#include "tests/testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPromise>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtConcurrentRun>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Tessera;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // A picture with text and several colours, not a blank or single-colour area.
    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::install(*qApp, QStringLiteral("en")); // English plural forms
    }
    void init() { QFile::remove(settingsFile()); }

    // The SVG icon engine is a plugin; without it every icon is silently empty.
    void iconsRender_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"tessera", "open-catalog", "navigator", "details", "problems", "activity", "search", "product"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void iconsRender()
    {
        QFETCH(QString, name);
        const QImage image = Icons::get(name).pixmap(32, 32).toImage();
        QVERIFY2(!image.isNull(), "no SVG icon engine: is the qt6-svg-plugins package installed?");
        QVERIFY(distinctColours(image) > 2);
    }

    void layoutHasEveryPlace()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        for (const char *name : {"navigatorDock", "detailsDock", "problemsDock", "activityDock"}) {
            auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
            QVERIFY2(dock, name);
            QVERIFY2(!dock->windowTitle().isEmpty(), name);
        }
        QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("navigatorDock"))), Qt::LeftDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))), Qt::RightDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))),
                 Qt::BottomDockWidgetArea);
        QCOMPARE(window.centralWidget(), window.documents());
        QVERIFY(window.documents()->welcomePage()->isVisible());

        QStringList menus;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (QAction *action : actions)
            menus << action->menu()->objectName();
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("fileMenu"), QStringLiteral("editMenu"), QStringLiteral("goMenu"),
                              QStringLiteral("viewMenu"), QStringLiteral("settingsMenu"), QStringLiteral("helpMenu")}));
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("mainToolBar")));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("openCatalogAction"))->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("catalogStatus"))->text(), QStringLiteral("No catalog"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("roleStatus"))->text(), QStringLiteral("Role: Analyst"));
    }

    void findShortcutFocusesSearch()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.documents()->setFocus();
        QTest::keySequence(&window, QKeySequence(QKeySequence::Find));
        QTRY_VERIFY(window.navigator()->searchField()->hasFocus());
    }

    void roleFromTheMenuReachesStatusBarAndSettings()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        QSignalSpy changed(&window, &MainWindow::roleChanged);
        window.findChild<QAction *>(QStringLiteral("role-steward"))->trigger();
        QCOMPARE(window.role(), Role::Steward);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("roleStatus"))->text(), QStringLiteral("Role: Data steward"));
        QCOMPARE(Settings(settingsFile()).role(), Role::Steward);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("role-steward"))->isChecked());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("role-analyst"))->isChecked());
    }

    void catalogShowsInTitleStatusAndRecent()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        QVERIFY(!window.findChild<QMenu *>(QStringLiteral("recentMenu"))->isEnabled());
        QVERIFY(window.openCatalog(CatalogLocation::sqliteFile(m_dir.filePath(QStringLiteral("mesh.tessera")))).ok());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("catalogStatus"))->text(), QStringLiteral("Catalog: mesh.tessera"));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("mesh.tessera")));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().first()->text(), QStringLiteral("mesh.tessera"));
        QCOMPARE(settings.recentCatalogs().size(), 1);
    }

    void navigatorShowsTheCatalog()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        const QString path = m_dir.filePath(QStringLiteral("sample.tessera"));
        {
            auto store = CatalogStore::open(CatalogLocation::sqliteFile(path), QStringLiteral("test"));
            QVERIFY(store.ok());
            QVERIFY(SampleMesh::importInto(*store.value()).ok());
        }
        QVERIFY(window.openCatalog(CatalogLocation::sqliteFile(path)).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTreeView *tree = window.navigator()->tree();
        QVERIFY(tree->isVisibleTo(&window));
        QCOMPARE(tree->model()->rowCount(), 5);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Customer"));
        tree->expand(tree->model()->index(0, 0));
        QTRY_COMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 8);

        // A catalog that cannot be opened leaves the one in use and says why.
        QFile junk(m_dir.filePath(QStringLiteral("junk.tessera")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(2048, 'x'));
        junk.close();
        QVERIFY(!window.openCatalog(CatalogLocation::sqliteFile(junk.fileName())).ok());
        QCOMPARE(window.catalog()->filePath(), path);
        QCOMPARE(window.problems()->rowCount(), 1);
        QCOMPARE(tree->model()->rowCount(), 5);
    }

    void problemsAndActivityShowInDocksAndStatus()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        auto *problemsDock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        QCOMPARE(problemsDock->windowTitle(), QStringLiteral("Problems"));
        window.problems()->add({Problem::Severity::Error, Error(QStringLiteral("broken")), QStringLiteral("test")});
        QCOMPARE(problemsDock->windowTitle(), QStringLiteral("Problems (1)"));

        auto *status = window.findChild<QLabel *>(QStringLiteral("activityStatus"));
        QSemaphore resume;
        auto release = qScopeGuard([&resume] {
            if (resume.available() == 0)
                resume.release();
        });
        window.activities()->track(QtConcurrent::run([&resume] {
                                       resume.acquire();
                                   }),
                                   QStringLiteral("Long work"));
        QCOMPARE(status->text(), QStringLiteral("1 task running"));
        release.dismiss();
        resume.release();
        QTRY_VERIFY(status->text().isEmpty());
    }

    void documentsReplaceTheWelcomePage()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        window.show();
        DocumentArea *area = window.documents();
        QVERIFY(area->welcomePage()->isVisible());
        const int index = area->addDocument(new QLabel(QStringLiteral("a product page")), QIcon(), QStringLiteral("Orders"));
        QCOMPARE(area->documentCount(), 1);
        QVERIFY(area->tabs()->isVisible());
        QVERIFY(!area->welcomePage()->isVisible());
        Q_EMIT area->tabs()->tabCloseRequested(index);
        QCOMPARE(area->documentCount(), 0);
        QVERIFY(area->welcomePage()->isVisible());
    }

    void layoutIsRestored()
    {
        {
            Settings settings(settingsFile());
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->hide();
            window.close();
        }
        Settings settings(settingsFile());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("navigatorDock"))->isVisible());
    }

    void screenshotsAreWrittenAndNotBlank()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        const QString dir = m_dir.filePath(QStringLiteral("shots"));
        const auto written = writeScreenshots(window, dir);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(written->size(), 3); // the main window, About, the password prompt
        for (const QString &file : written.value()) {
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY(image.width() >= 400);
            QVERIFY2(distinctColours(image) > 20, qPrintable(file));
        }
        const QImage main(written->first());
        QCOMPARE(main.size(), QSize(1280, 800) * main.devicePixelRatio());
    }

    void screenshotIntoAnImpossibleFolderFails()
    {
        Settings settings(settingsFile());
        MainWindow window(settings);
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto written = writeScreenshots(window, blocker.fileName() + QLatin1String("/shots"));
        QVERIFY(!written.ok());
        QVERIFY(written.error().message.contains(QLatin1String("blocker")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
