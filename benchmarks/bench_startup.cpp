// How long the shell takes from nothing to its first painted frame, next to a bare QMainWindow
// with the same docks and menus but none of Tessera's content, measured in the same process.
#include "benchtable.h"

#include "models/core/settings.h"
#include "views/shell/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>

namespace {

constexpr int rounds = 25;

double firstPaintMs(auto makeWindow)
{
    QElapsedTimer clock;
    clock.start();
    auto window = makeWindow();
    window->resize(1280, 800);
    window->show();
    const QPixmap frame = window->grab(); // renders every visible widget once
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    Q_ASSERT(!frame.isNull());
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    Bench::quietOffscreenNotes();
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Tessera::Settings settings(dir.filePath(QStringLiteral("settings.ini")));

    QList<double> shell, bare;
    for (int i = 0; i < rounds; ++i) {
        shell << firstPaintMs([&settings] {
            return std::make_unique<Tessera::MainWindow>(settings);
        });
        bare << firstPaintMs([] {
            auto window = std::make_unique<QMainWindow>();
            window->setCentralWidget(new QLabel(QStringLiteral("Welcome")));
            for (Qt::DockWidgetArea area : {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea, Qt::BottomDockWidgetArea}) {
                auto *dock = new QDockWidget(QStringLiteral("Dock"), window.get());
                dock->setWidget(new QLabel(QStringLiteral("content")));
                window->addDockWidget(area, dock);
            }
            for (const char *menu : {"File", "Edit", "View", "Settings", "Help"})
                window->menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Action"));
            return window;
        });
        QCoreApplication::processEvents();
    }
    // The first round pays for fonts and styles once; the median leaves it out.
    const double shellMs = Bench::median(shell);
    const double bareMs = Bench::median(bare);
    Bench::printTable(QStringLiteral("Main window: construction to first painted frame (offscreen, median of %1)").arg(rounds),
                      {{QStringLiteral("Tessera shell"), shellMs, QStringLiteral("ms"),
                        QStringLiteral("bare QMainWindow: %1 ms").arg(bareMs, 0, 'f', 3)},
                       {QStringLiteral("first round (cold)"), shell.first(), QStringLiteral("ms"),
                        QStringLiteral("bare, cold: %1 ms").arg(bare.first(), 0, 'f', 3)}});
    Bench::printBench("shell.first_paint.ms", shellMs, "ms");
    Bench::printBench("shell.first_paint.bare_qmainwindow.ms", bareMs, "ms");
    Bench::printBench("shell.first_paint.vs_bare", shellMs / bareMs, "ratio");
    return 0;
}
