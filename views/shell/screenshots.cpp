#include "views/shell/screenshots.h"

#include "views/shell/aboutdialog.h"
#include "views/shell/mainwindow.h"
#include "views/shell/navigatorpanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
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
    return written;
}

} // namespace Tessera
