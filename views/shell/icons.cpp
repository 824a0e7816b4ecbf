#include "views/shell/icons.h"

namespace Tessera::Icons {

QIcon get(const QString &name, const QString &themeName)
{
    QIcon own(QLatin1String(":/icons/") + name + QLatin1String(".svg"));
    if (themeName.isEmpty())
        return own;
    return QIcon::fromTheme(themeName, own);
}

QIcon application()
{
    return get(QStringLiteral("tessera"));
}

} // namespace Tessera::Icons
