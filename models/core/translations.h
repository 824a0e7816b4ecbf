#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Tessera::Translations {

// Languages Tessera's user interface is translated into, "en" (the source language) first.
QStringList available();

// Installs Qt's and Tessera's translators on app for language, or for the system's languages when
// language is empty, and makes that locale the default. Returns the language now in use.
QString install(QCoreApplication &app, const QString &language = QString());

} // namespace Tessera::Translations
