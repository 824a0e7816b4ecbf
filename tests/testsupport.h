#pragma once

#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

// Every Qt warning fails the test, except the offscreen platform's notes that it cannot do what
// only a window manager does (size hints, raising windows, grabbing input for popups).
inline void failOnWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!This plugin does not support (propagateSizeHints\\(\\)|raise\\(\\)|grabbing the (keyboard|mouse))$)")));
}

} // namespace TestSupport
