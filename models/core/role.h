#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

// The three kinds of people Tessera serves (DESIGN.md §1); decides what may be edited.
enum class Role {
    Steward,
    Owner,
    Analyst,
};

namespace Roles {
QString key(Role role); // "steward", "owner", "analyst": for files, settings and the command line
std::optional<Role> fromKey(const QString &key);
QString displayName(Role role); // translated
QStringList keys();
} // namespace Roles

} // namespace Tessera
