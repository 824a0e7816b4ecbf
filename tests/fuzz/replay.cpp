// Replays a fuzz harness's seed corpus without libFuzzer: each file named, or found in a folder
// named, goes through LLVMFuzzerTestOneInput once. A folder written "?folder" is optional (the
// standards corpus in ../shared is absent from a user's checkout): when missing it is skipped
// with a message. A harness that crashes, or fails a property, fails the run.

#include "fuzzing.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        const bool optional = arg.startsWith(u'?');
        if (optional)
            arg.remove(0, 1);
        const QFileInfo info(arg);
        if (!info.exists()) {
            if (optional) {
                std::printf("SKIP %s: not found (the standards corpus is not part of a user's checkout)\n", qPrintable(arg));
                continue;
            }
            std::fprintf(stderr, "replay: %s does not exist\n", qPrintable(arg));
            return 2;
        }
        if (info.isFile()) {
            files << arg;
            continue;
        }
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    std::sort(files.begin(), files.end());
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: no inputs\n");
        return 2;
    }
    qint64 bytes = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        bytes += data.size();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    std::printf("replayed %lld inputs (%lld bytes)\n", static_cast<long long>(files.size()), static_cast<long long>(bytes));
    return 0;
}
