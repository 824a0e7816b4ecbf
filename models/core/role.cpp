#include "models/core/role.h"

#include <QCoreApplication>

namespace Tessera::Roles {

QString key(Role role)
{
    switch (role) {
    case Role::Steward:
        return QStringLiteral("steward");
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Analyst:
        return QStringLiteral("analyst");
    }
    return {};
}

std::optional<Role> fromKey(const QString &text)
{
    const QString k = text.trimmed().toLower();
    for (Role r : {Role::Steward, Role::Owner, Role::Analyst}) {
        if (k == key(r))
            return r;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Steward:
        return QCoreApplication::translate("Tessera::Role", "Data steward");
    case Role::Owner:
        return QCoreApplication::translate("Tessera::Role", "Domain owner");
    case Role::Analyst:
        return QCoreApplication::translate("Tessera::Role", "Analyst");
    }
    return {};
}

QStringList keys()
{
    return {key(Role::Steward), key(Role::Owner), key(Role::Analyst)};
}

} // namespace Tessera::Roles
