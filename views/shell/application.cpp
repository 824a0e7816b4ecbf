#include "views/shell/application.h"

#include "models/core/commandline.h"
#include "models/core/problemmodel.h"
#include "models/core/runtimeinfo.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "views/shell/icons.h"
#include "views/shell/mainwindow.h"
#include "views/shell/screenshots.h"

#include <QApplication>

#include <cstdio>
#include <cstring>

namespace Tessera {

namespace {

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

} // namespace

void prepareDesktopApplication(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.tessera.Tessera"));

    // Screenshots need no screen; on a machine without a display there would be none to open.
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

int runDesktopApplication(QApplication &app)
{
    const QStringList arguments = QCoreApplication::arguments();
    Settings settings;
    QString language = CommandLine::languageArgument(arguments);
    if (language.isEmpty())
        language = settings.language();
    Translations::install(app, language);

    const CommandLine::Outcome outcome = CommandLine::parse(arguments);
    switch (outcome.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        print(stdout, outcome.text);
        return 0;
    case CommandLine::Action::Fail:
        print(stderr, QLatin1String("tessera: ") + outcome.text);
        print(stderr, QApplication::translate("Tessera::Application", "Try \"tessera --help\" for the options."));
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    QApplication::setWindowIcon(Icons::application());
    MainWindow window(settings);
    if (outcome.options.role)
        window.setRole(*outcome.options.role);
    if (!outcome.options.screenshotDir.isEmpty())
        window.setPasswordPrompt({}); // nobody to ask: the keychain's password, libpq's, or none
    // The catalog asked for, or the user's own (which starts as the bundled sample mesh).
    if (Status opened = window.openCatalog(outcome.options.catalog.value_or(CatalogLocation::defaultLocation())); !opened)
        print(stderr, QLatin1String("tessera: ") + opened.error().toString());
    if (Status sqlite = checkSqliteDriver(); !sqlite) {
        print(stderr, QLatin1String("tessera: ") + sqlite.error().message);
        window.problems()->add({Problem::Severity::Error, sqlite.error(), QStringLiteral("startup")});
    }

    if (!outcome.options.screenshotDir.isEmpty()) {
        const auto written = writeScreenshots(window, outcome.options.screenshotDir);
        if (!written) {
            print(stderr, QLatin1String("tessera: ") + written.error().toString());
            return 1;
        }
        for (const QString &file : written.value())
            print(stdout, file);
        return 0;
    }

    window.show();
    return app.exec();
}

} // namespace Tessera
