#pragma once

// What every fuzz harness shares. A harness defines LLVMFuzzerTestOneInput (and may define
// LLVMFuzzerInitialize); under the fuzz preset libFuzzer calls them, otherwise replay.cpp does,
// once for each file of the seed corpus.

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace Fuzzing {

// The input as a QByteArray that owns no copy.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The application a harness needs (SQL drivers, translations). Never destroyed, and nor is what a
// harness keeps between inputs: at exit (libFuzzer's too) Qt's globals, such as the SQL
// connections, are gone before function-local statics would be, and closing a catalog then crashes.
inline void start(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
}

// A property that must hold for every input: when it does not, the input is a finding, and the
// harness stops the way a sanitizer would (libFuzzer then saves the input as a crash).
#define FUZZ_CHECK(condition, what)                                                                                              \
    do {                                                                                                                         \
        if (!(condition))                                                                                                        \
            qFatal("fuzz property failed: %s (%s, %s:%d)", what, #condition, __FILE__, __LINE__);                                \
    } while (false)

} // namespace Fuzzing
