#pragma once

#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

// Every Qt warning fails the test, except the offscreen platform's note that it cannot pass size
// hints to a window manager it does not have.
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\))")));
}

} // namespace TestSupport
