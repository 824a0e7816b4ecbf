// Previews on a generated 1,000,000-row, 10-column CSV (~100 MB, with quotes, embedded line
// breaks, nulls and duplicate rows): Tessera's load into its preview worker, next to the sqlite3
// shell's `.import --csv` of the same file into memory; a dedupe + group-by aggregate in both;
// the time to the first page of a query; and how soon a cancel is answered.
//
//   ./dev bench preview [ROWS]      (BENCH_CSV=FILE keeps the generated file for the next run)

#include "benchtable.h"

#include "models/preview/previewengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Tessera;

namespace {

const char *const aggregate = "WITH d AS (SELECT DISTINCT * FROM orders) "
                              "SELECT country, count(*), sum(amount), avg(quantity) FROM d GROUP BY country ORDER BY country";

bool generate(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20261121);
    const char *countries[] = {"CH", "DE", "FR", "IT", "AT", "NL", "BE", "ES"};
    const char *names[] = {"Müller, Anna", "Dupont \"Jean\"", "Rossi", "Smith & Sons", "Ödegaard", "Nakamura", "García", "Lee"};
    QByteArray out = "order_id,customer,email,country,amount,quantity,ordered_at,shipped,note,code\n";
    QByteArray previous;
    for (int i = 0; i < rows; ++i) {
        if (i % 20 == 19 && !previous.isEmpty()) { // a duplicate row now and then
            out += previous;
            continue;
        }
        const quint32 r = random.generate();
        QByteArray line = QByteArray::number(1'000'000 + i) + ',';
        QByteArray name = names[r % 8];
        line += (name.contains(',') || name.contains('"')) ? '"' + name.replace("\"", "\"\"") + '"' : name;
        line += ",user" + QByteArray::number(r % 100000) + "@example.com,";
        line += countries[(r >> 8) % 8];
        line += ',';
        if ((r >> 12) % 25) // 4 % nulls
            line += QByteArray::number(double((r >> 4) % 100000) / 100.0, 'f', 2);
        line += ',' + QByteArray::number(1 + (r >> 16) % 9) + ",2026-";
        line += QByteArray::number(1 + (r >> 3) % 12).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + (r >> 5) % 28).rightJustified(2, '0') + 'T'
            + QByteArray::number((r >> 7) % 24).rightJustified(2, '0') + ":15:00Z,";
        line += (r & 1) ? "true," : "false,";
        switch ((r >> 20) % 10) {
        case 0:
            line += "\"fragile; handle \"\"with care\"\"\"";
            break;
        case 1:
            line += "\"two\nlines\"";
            break;
        case 2:
            break; // null
        default:
            line += "standard delivery";
        }
        line += ',' + QByteArray::number((r >> 9) % 1000).rightJustified(5, '0') + '\n';
        out += line;
        previous = line;
        if (out.size() > (4 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.error() == QFile::NoError;
}

qint64 peakResidentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The sqlite3 shell reading its commands from stdin (as a person types them), timed from
// outside (with its own start, a few milliseconds).
double shell(const QString &program, const QByteArray &commands, QByteArray *output)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(program, {QStringLiteral(":memory:")});
    process.write(commands);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode() == 0 ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("BENCH_CSV");
    const QString csv = kept.isEmpty() ? dir.filePath(QStringLiteral("orders.csv")) : kept;
    if (!QFileInfo::exists(csv)) {
        QElapsedTimer clock;
        clock.start();
        if (!generate(csv, rows)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(csv));
            return 1;
        }
        std::printf("generated %s: %d rows, %.1f MB in %.1f s\n", qPrintable(csv), rows, double(QFileInfo(csv).size()) / 1e6,
                    double(clock.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    const double megabytes = double(QFileInfo(csv).size()) / 1e6;

    QList<Bench::Row> table;
    PreviewEngine engine;
    engine.setTimeLimit(600'000);
    engine.setMemoryLimit(qint64(8) << 30);
    LoadOptions options;
    options.table = QStringLiteral("orders");
    (void)engine.wait(engine.dropTable(QStringLiteral("nothing"))); // the worker started, as it is once a session
    QElapsedTimer clock;
    clock.start();
    const auto loaded = engine.loadNow(csv, options);
    const double loadMs = double(clock.nsecsElapsed()) / 1e6;
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const qint64 loadPeak = peakResidentKiB(engine.workerProcessId());

    // Time to the first page: a query's first rows, while the rest is still being copied.
    double firstPageMs = -1;
    QObject::connect(&engine, &PreviewEngine::pageReady, &engine, [&](int, const QueryResult &, const QList<QVariantList> &) {
        if (firstPageMs < 0)
            firstPageMs = double(clock.nsecsElapsed()) / 1e6;
    });
    clock.start();
    const auto everything = engine.runNow(QStringLiteral("SELECT * FROM orders"), 200);
    const double allMs = double(clock.nsecsElapsed()) / 1e6;
    clock.start();
    const auto grouped = engine.runNow(QString::fromLatin1(aggregate));
    const double aggregateMs = double(clock.nsecsElapsed()) / 1e6;
    if (!everything || !grouped) {
        std::fprintf(stderr, "%s\n", qPrintable((everything ? grouped.error() : everything.error()).toString()));
        return 1;
    }

    // Cancel: how soon a running query answers that it stopped.
    QList<double> cancels;
    for (int i = 0; i < 5; ++i) {
        const int id = engine.run(QStringLiteral("SELECT count(*) FROM orders a, orders b"));
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        clock.start();
        engine.cancel(id);
        (void)engine.wait(id);
        cancels << double(clock.nsecsElapsed()) / 1e6;
    }
    const qint64 workerPeak = peakResidentKiB(engine.workerProcessId());

    // The reference: the sqlite3 shell, into memory as well.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QString shellLoad = QStringLiteral("sqlite3 shell not found");
    QString shellAggregate = shellLoad;
    if (!sqlite3.isEmpty()) {
        QByteArray output;
        const QByteArray import = ".import --csv " + QFile::encodeName(csv) + " orders\n";
        const double importMs = shell(sqlite3, import, &output);
        shellLoad = QStringLiteral("sqlite3 .import --csv: %1 ms").arg(importMs, 0, 'f', 0);
        shell(sqlite3, import + ".timer on\n" + aggregate + ";\n", &output);
        const QRegularExpressionMatch real
            = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")).match(QString::fromUtf8(output));
        shellAggregate = real.hasMatch()
            ? QStringLiteral("sqlite3 shell: %1 ms").arg(real.captured(1).toDouble() * 1000.0, 0, 'f', 0)
            : QStringLiteral("sqlite3 shell: no timing");
    }

    table.append({QStringLiteral("load %1 rows (%2 MB) into the worker").arg(loaded->rows).arg(megabytes, 0, 'f', 0), loadMs,
                  QStringLiteral("ms"), shellLoad + QStringLiteral(" (all text, no types)")});
    table.append({QStringLiteral("  rows left out as bad"), double(loaded->skipped), QStringLiteral("rows"), QString()});
    table.append({QStringLiteral("  worker's peak memory after the load"), double(loadPeak) / 1024.0, QStringLiteral("MiB"),
                  QStringLiteral("file %1 MB").arg(megabytes, 0, 'f', 0)});
    table.append({QStringLiteral("first page of SELECT * (200 rows)"), firstPageMs, QStringLiteral("ms"),
                  QStringLiteral("target < 200 ms; all %1 rows kept in %2 ms").arg(everything->rows).arg(allMs, 0, 'f', 0)});
    table.append(
        {QStringLiteral("dedupe + group by (%1 groups)").arg(grouped->rows), aggregateMs, QStringLiteral("ms"), shellAggregate});
    table.append(
        {QStringLiteral("cancel a running query, median of 5"), Bench::median(cancels), QStringLiteral("ms"),
         QStringLiteral("target < 200 ms; worst %1 ms").arg(*std::max_element(cancels.cbegin(), cancels.cend()), 0, 'f', 1)});
    table.append({QStringLiteral("worker's peak memory in all"), double(workerPeak) / 1024.0, QStringLiteral("MiB"), QString()});
    Bench::printTable(QStringLiteral("Previews on a %1-row CSV").arg(rows), table);
    Bench::printBench("preview.load.ms", loadMs, "ms");
    Bench::printBench("preview.firstpage.ms", firstPageMs, "ms");
    Bench::printBench("preview.aggregate.ms", aggregateMs, "ms");
    Bench::printBench("preview.cancel.ms", Bench::median(cancels), "ms");
    return 0;
}
