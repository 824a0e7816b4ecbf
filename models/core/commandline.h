#pragma once

#include "models/core/cataloglocation.h"
#include "models/core/role.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

// What the person asked for when starting the desktop application.
struct StartupOptions {
    std::optional<CatalogLocation> catalog;
    std::optional<Role> role;
    QString screenshotDir; // absolute; empty: show the window
    QString language; // empty: the system's
};

// The desktop application's command line (QCommandLineParser); never exits the process itself.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CommandLine)

public:
    enum class Action {
        Run,
        ShowHelp, // text holds the help
        ShowVersion, // text holds the version
        Fail, // text holds what is wrong
    };
    struct Outcome {
        Action action = Action::Run;
        StartupOptions options;
        QString text;
    };

    // arguments as QCoreApplication::arguments(), the program first.
    static Outcome parse(const QStringList &arguments, const QString &workingDir = QString());

    // The value of --lang, read before translators are installed (so --help is translated).
    static QString languageArgument(const QStringList &arguments);

    // "Tessera 0.1.0" and the versions of the libraries it runs on, one per line.
    static QString versionText(const QString &program);
};

} // namespace Tessera
