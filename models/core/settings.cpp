#include "models/core/settings.h"

#include <QSettings>

namespace Tessera {

namespace Key {
const QString role = QStringLiteral("session/role");
const QString recentCatalogs = QStringLiteral("catalog/recent");
const QString language = QStringLiteral("interface/language");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString ownedDomains = QStringLiteral("session/ownedDomains");
const QString documentationSplit = QStringLiteral("product/documentationSplit");
const QString receiverPort = QStringLiteral("pipelines/receiverPort");
const QString policyFolder = QStringLiteral("governance/policyFolder");
} // namespace Key

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

Role Settings::role() const
{
    return Roles::fromKey(m_settings->value(Key::role).toString()).value_or(Role::Analyst);
}

void Settings::setRole(Role role)
{
    m_settings->setValue(Key::role, Roles::key(role));
}

QList<CatalogLocation> Settings::recentCatalogs() const
{
    QList<CatalogLocation> result;
    const QStringList stored = m_settings->value(Key::recentCatalogs).toStringList();
    for (const QString &text : stored) {
        auto location = CatalogLocation::parse(text);
        if (location && !result.contains(location.value()))
            result << location.value();
    }
    return result;
}

void Settings::addRecentCatalog(const CatalogLocation &location)
{
    QList<CatalogLocation> recent = recentCatalogs();
    recent.removeAll(location);
    recent.prepend(location);
    QStringList stored;
    for (const CatalogLocation &entry : std::as_const(recent).first(std::min<qsizetype>(recent.size(), maxRecentCatalogs)))
        stored << entry.toString();
    m_settings->setValue(Key::recentCatalogs, stored);
}

void Settings::clearRecentCatalogs()
{
    m_settings->remove(Key::recentCatalogs);
}

QStringList Settings::ownedDomains() const
{
    return m_settings->value(Key::ownedDomains).toStringList();
}

void Settings::setOwnedDomains(const QStringList &domains)
{
    if (domains.isEmpty())
        m_settings->remove(Key::ownedDomains);
    else
        m_settings->setValue(Key::ownedDomains, domains);
}

QByteArray Settings::documentationSplit() const
{
    return m_settings->value(Key::documentationSplit).toByteArray();
}

void Settings::setDocumentationSplit(const QByteArray &state)
{
    m_settings->setValue(Key::documentationSplit, state);
}

QString Settings::language() const
{
    return m_settings->value(Key::language).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(Key::language);
    else
        m_settings->setValue(Key::language, language);
}

QString Settings::policyFolder() const
{
    return m_settings->value(Key::policyFolder).toString();
}

void Settings::setPolicyFolder(const QString &folder)
{
    m_settings->setValue(Key::policyFolder, folder);
}

quint16 Settings::receiverPort() const
{
    bool ok = false;
    const uint port = m_settings->value(Key::receiverPort).toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : quint16(5000);
}

void Settings::setReceiverPort(quint16 port)
{
    m_settings->setValue(Key::receiverPort, port);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::windowState, state);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Tessera
