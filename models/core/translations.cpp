#include "models/core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Tessera::Translations {

namespace {
const QString resourceDir = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("tessera_");
} // namespace

QStringList available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(resourceDir).entryList({prefix + QLatin1String("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(prefix.size()).chopped(3);
        if (!languages.contains(language)) // tessera_en.qm holds only English plural forms
            languages << language;
    }
    return languages;
}

QString install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("tessera"), QStringLiteral("_"), resourceDir)) {
        // Not translated into the system's language: English, whose catalogue holds the plural forms.
        if (ours->load(resourceDir + QLatin1String("/tessera_en.qm")))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);

    // Qt's own strings (standard buttons, dialogs), when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    const QString file = QFileInfo(ours->filePath()).completeBaseName();
    return file.mid(prefix.size());
}

} // namespace Tessera::Translations
