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

namespace Permissions {
// A steward edits any product; a domain owner the products of the domains they own (chosen in the
// settings) or whose owning team lists them as a member; an analyst none.
EditRight product(Role role, const QStringList &ownedDomains, const QString &userName, const Product &product,
                  const std::optional<Team> &ownerTeam, const QString &domainName);
} // namespace Permissions

} // namespace Tessera
