#pragma once

#include "models/catalog/entities.h"
#include "models/core/role.h"

#include <optional>

namespace Tessera {

// May this person change this product, and if not, why: the UI shows the reason beside the
// read-only fields. In a SQLite catalog these are guard rails; a PostgreSQL catalog's server
// enforces the same rules.
struct EditRight {
    bool allowed = false;
    QString reason; // when not allowed: a sentence saying why and what would allow it
};

// Who is looking, which decides what they may edit.
struct EditContext {
    Role role = Role::Analyst;
    QStringList ownedDomains;
    QString userName;
    bool givenByServer = false; // a team catalog's server gave the role and domains (not the settings)
};

namespace Permissions {
// A steward edits any product; a domain owner the products of the domains they own (chosen in the
// settings) or whose owning team lists them as a member; an analyst none.
// givenByServer: the reason names who changes the role or domains (a steward, on the server)
// rather than the settings.
EditRight product(Role role, const QStringList &ownedDomains, const QString &userName, const Product &product,
                  const std::optional<Team> &ownerTeam, const QString &domainName, bool givenByServer = false);
inline EditRight product(const EditContext &context, const Product &p, const std::optional<Team> &ownerTeam,
                         const QString &domainName)
{
    return product(context.role, context.ownedDomains, context.userName, p, ownerTeam, domainName, context.givenByServer);
}
} // namespace Permissions

} // namespace Tessera
