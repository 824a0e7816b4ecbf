#include "models/core/commandline.h"

#include "models/core/runtimeinfo.h"
#include "models/core/translations.h"

#include <QCommandLineParser>
#include <QDir>

namespace Tessera {

CommandLine::Outcome CommandLine::parse(const QStringList &arguments, const QString &workingDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tessera: find, document, trace and govern the data products of a data mesh."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), tr("Open the catalog in PATH (a SQLite file) or at a postgresql:// URL."), tr("PATH|URL"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("Work as ROLE: steward, owner or analyst."), tr("ROLE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              tr("Write screenshots of the main window to DIR and quit."), tr("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Use the user interface language LANG (%1) instead of the system's.")
                                            .arg(Translations::available().join(QLatin1String(", "))),
                                        tr("LANG"));
    parser.addOptions({catalogOption, roleOption, screenshotOption, langOption});
    parser.addPositionalArgument(QStringLiteral("catalog"), tr("The catalog to open, as with --catalog."), tr("[CATALOG]"));

    Outcome outcome;
    if (!parser.parse(arguments)) {
        outcome.action = Action::Fail;
        outcome.text = parser.errorText();
        return outcome;
    }
    if (parser.isSet(helpOption)) {
        outcome.action = Action::ShowHelp;
        outcome.text = parser.helpText();
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        outcome.action = Action::ShowVersion;
        outcome.text = versionText(QStringLiteral("Tessera"));
        return outcome;
    }
    auto fail = [&outcome](const QString &text) {
        outcome.action = Action::Fail;
        outcome.text = text;
        return outcome;
    };

    // "tessera mesh.tessera", as a file manager or the desktop file starts it, means --catalog.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(catalogOption)))
        return fail(tr("Tessera opens one catalog at a time; \"%1\" is one too many.").arg(positional.last()));
    const QString base = workingDir.isEmpty() ? QDir::currentPath() : workingDir;
    if (parser.isSet(catalogOption) || !positional.isEmpty()) {
        auto location = CatalogLocation::parse(positional.isEmpty() ? parser.value(catalogOption) : positional.first(), base);
        if (!location)
            return fail(tr("--catalog: %1").arg(location.error().message));
        outcome.options.catalog = location.value();
    }
    if (parser.isSet(roleOption)) {
        outcome.options.role = Roles::fromKey(parser.value(roleOption));
        if (!outcome.options.role)
            return fail(tr("--role: unknown role \"%1\"; use %2.")
                            .arg(parser.value(roleOption), Roles::keys().join(QLatin1String(", "))));
    }
    if (parser.isSet(screenshotOption)) {
        const QString dir = parser.value(screenshotOption);
        if (dir.isEmpty())
            return fail(tr("--screenshot: name the folder to write the screenshots to."));
        outcome.options.screenshotDir = QDir::cleanPath(QDir(base).absoluteFilePath(dir));
    }
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (!Translations::available().contains(lang))
            return fail(tr("--lang: Tessera is not translated into \"%1\"; choose one of %2.")
                            .arg(lang, Translations::available().join(QLatin1String(", "))));
        outcome.options.language = lang;
    }
    return outcome;
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

QString CommandLine::versionText(const QString &program)
{
    const RuntimeInfo info = RuntimeInfo::current();
    QString text = program + QLatin1Char(' ') + info.tesseraVersion + QLatin1Char('\n');
    text += tr("Qt %1 (built with %2)").arg(info.qtRuntimeVersion, info.qtBuildVersion) + QLatin1Char('\n');
    text += tr("SQLite %1").arg(info.sqliteLibraryVersion) + QLatin1Char('\n');
    return text;
}

} // namespace Tessera
