#pragma once

#include <QIcon>

namespace Tessera::Icons {

// An icon of ours by name (resources/icons/NAME.svg); the desktop theme's, when it has one that fits.
QIcon get(const QString &name, const QString &themeName = QString());
QIcon application();

} // namespace Tessera::Icons
