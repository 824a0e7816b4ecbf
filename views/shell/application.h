#pragma once

class QApplication;

namespace Tessera {

// Before QApplication exists: names, and the offscreen platform for --screenshot without a display.
void prepareDesktopApplication(int argc, char **argv);

// Everything the desktop executable does after QApplication is made; returns the exit status.
int runDesktopApplication(QApplication &app);

} // namespace Tessera
