#pragma once

#include "models/core/cataloglocation.h"
#include "models/core/role.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace Tessera {

// The one place that knows Tessera's settings keys; everything else uses these typed accessors.
class Settings
{
public:
    Settings(); // the user's settings (QSettings with the application's names)
    explicit Settings(const QString &iniFile); // a settings file of its own, e.g. in tests
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static constexpr int maxRecentCatalogs = 10;

    Role role() const; // Analyst until chosen: reading is always safe
    void setRole(Role role);

    // Most recent first; entries that no longer parse are left out.
    QList<CatalogLocation> recentCatalogs() const;
    void addRecentCatalog(const CatalogLocation &location);
    void clearRecentCatalogs();

    // The domains this person owns, as a domain owner (ids).
    QStringList ownedDomains() const;
    void setOwnedDomains(const QStringList &domains);

    // How the documentation editor splits source and preview (QSplitter state).
    QByteArray documentationSplit() const;
    void setDocumentationSplit(const QByteArray &state);

    QString language() const; // empty: follow the system
    void setLanguage(const QString &language);

    // The port the OpenLineage receiver listens on (LineageReceiver::defaultPort until chosen).
    quint16 receiverPort() const;
    void setReceiverPort(quint16 port);

    // The folder of governance policies (*.policy.yaml) the governance tab works on; empty until
    // chosen.
    QString policyFolder() const;
    void setPolicyFolder(const QString &folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Tessera
