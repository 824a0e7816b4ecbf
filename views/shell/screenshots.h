#pragma once

#include "models/core/result.h"

#include <QPalette>
#include <QStringList>

namespace Tessera {

class MainWindow;

// Writes PNG screenshots of the main window (and, as views arrive, of each view) into dir;
// returns the files written. Works offscreen: no display needed.
Result<QStringList> writeScreenshots(MainWindow &window, const QString &dir);

// A dark palette for screenshots and (later) the dark theme.
QPalette darkPalette();

} // namespace Tessera
