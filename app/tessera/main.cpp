#include "views/shell/application.h"

#include <QApplication>

int main(int argc, char **argv)
{
    Tessera::prepareDesktopApplication(argc, argv);
    QApplication app(argc, argv);
    return Tessera::runDesktopApplication(app);
}
