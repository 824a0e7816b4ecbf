#pragma once

// Printing for benchmark programs: a table a person reads, and BENCH lines scripts read.
#include <QList>
#include <QString>
#include <QtLogging>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace Bench {

struct Row {
    QString work;
    double value;
    QString unit;
    QString reference; // what it is compared with, measured in the same run
};

inline double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype mid = samples.size() / 2;
    return samples.size() % 2 ? samples.at(mid) : (samples.at(mid - 1) + samples.at(mid)) / 2;
}

inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = std::min<qsizetype>(samples.size() - 1, qsizetype(p / 100.0 * double(samples.size())));
    return samples.at(index);
}

inline void printTable(const QString &title, const QList<Row> &rows)
{
    std::printf("\n%s\n", title.toUtf8().constData());
    std::printf("%-48s %12s  %-6s %s\n", "work", "value", "unit", "reference");
    for (const Row &row : rows) {
        std::printf("%-48s %12.3f  %-6s %s\n", row.work.toUtf8().constData(), row.value, row.unit.toUtf8().constData(),
                    row.reference.toUtf8().constData());
    }
}

// The offscreen platform says once per window that it cannot pass size hints on; that is noise
// in a benchmark's output.
inline void quietOffscreenNotes()
{
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.startsWith(QLatin1String("This plugin does not support propagateSizeHints")))
            previous(type, context, message);
    });
}

// The process's peak resident memory so far.
inline double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

inline void printBench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.4g %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace Bench
