#pragma once

// The preview worker's side of PreviewProtocol: a PreviewSandbox serving requests that arrive on
// one file descriptor (stdin), answering on another (stdout). A second thread reads the requests,
// so that a cancel reaches the statement running now at once; page requests for a result that is
// still being copied are answered between its rows.

namespace Tessera {

class PreviewWorker
{
public:
    // Serves until `input` closes; returns the process's exit status.
    static int serve(int input, int output);
};

} // namespace Tessera
