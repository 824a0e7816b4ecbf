#pragma once

#include <QDir>
#include <QString>

namespace TestSupport {

// ../shared/standards beside the checkout: the standards' official schemas and upstream example
// and invalid documents. Absent in a user's checkout; tests that need it skip with a message.
inline QString standardsDir()
{
    const QString fromEnv = qEnvironmentVariable("TESSERA_STANDARDS_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir::cleanPath(QStringLiteral(TESSERA_SOURCE_DIR "/../shared/standards"));
}

} // namespace TestSupport
