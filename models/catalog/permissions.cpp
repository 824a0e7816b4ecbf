#include "models/catalog/permissions.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tessera::Permissions {

EditRight product(Role role, const QStringList &ownedDomains, const QString &userName, const Product &product,
                  const std::optional<Team> &ownerTeam, const QString &domainName, bool givenByServer)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Tessera::Permissions", text);
    };
    switch (role) {
    case Role::Steward:
        return {true, {}};
    case Role::Analyst:
        if (givenByServer)
            return {false,
                    tr("Analysts read the catalog. The catalog's server gives you this role; a steward can give you "
                       "another.")};
        return {false, tr("Analysts read the catalog. To edit, work as a domain owner or a steward (Settings ▸ Work as Role).")};
    case Role::Owner: {
        if (ownedDomains.contains(product.domainId))
            return {true, {}};
        const bool member = ownerTeam && !userName.isEmpty()
            && std::any_of(ownerTeam->members.cbegin(), ownerTeam->members.cend(), [&](const TeamMember &m) {
                                return m.username == userName;
                            });
        const QString domain = domainName.isEmpty() ? product.domainId : domainName;
        // A team edits the products of its own domain only (as a team catalog's server decides):
        // naming a team of another domain as the owner carries no product off.
        if (member && ownerTeam->domainId == product.domainId)
            return {true, {}};
        if (member)
            return {false,
                    tr("This product belongs to the %1 domain, but its owning team %2 belongs to another domain (%3), so "
                       "the team's members cannot change it. A domain owner or a steward can change it, or move the team.")
                        .arg(domain, ownerTeam->name.isEmpty() ? ownerTeam->id : ownerTeam->name,
                             ownerTeam->domainId.isEmpty() ? tr("none") : ownerTeam->domainId)};
        if (givenByServer)
            return {false,
                    tr("This product belongs to the %1 domain, which you do not own. Its team or a steward can change it; "
                       "a steward can give you the domain on the catalog's server.")
                        .arg(domain)};
        return {false,
                tr("This product belongs to the %1 domain, which you do not own. Its team or a steward can change it; "
                   "choose your domains in Settings ▸ My Domains.")
                    .arg(domain)};
    }
    }
    return {false, {}};
}

} // namespace Tessera::Permissions
