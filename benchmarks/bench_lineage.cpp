// Lineage layout at 1,000 to 20,000 nodes against Graphviz dot on the same graphs, in the same run:
// time and edge crossings (counted the same way for both drawings).
//
//   bench_lineage [--sizes 1000,5000,10000,20000] [--dot-timeout 120] [--no-dot]

#include "benchtable.h"
#include "syntheticdag.h"

#include "models/lineage/layeredlayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Tessera;
using Bench::Dag;
using Bench::syntheticDag;

namespace {

const QSizeF cardSize(160, 58);

struct Drawing {
    double ms = 0;
    qint64 crossings = -1; // geometric, as for dot
    bool finished = false;
    QString note;
};

Drawing ours(const Dag &dag)
{
    LayeredLayout::Input input;
    input.sizes.fill(cardSize, dag.nodes);
    input.edges = dag.edges;
    QElapsedTimer timer;
    timer.start();
    const LayeredLayout::Result result = LayeredLayout::run(input);
    Drawing d;
    d.ms = double(timer.nsecsElapsed()) / 1e6;
    d.finished = true;
    QList<QPolygonF> lines;
    QList<double> xs;
    for (const QPointF &c : result.centres)
        xs.append(c.x());
    for (qsizetype e = 0; e < dag.edges.size(); ++e) {
        QPolygonF line = result.routes.at(e);
        line.prepend(result.centres.at(dag.edges.at(e).first));
        line.append(result.centres.at(dag.edges.at(e).second));
        lines.append(line);
    }
    d.crossings = LayeredLayout::geometricCrossings(lines, xs);
    d.note = QStringLiteral("%1 layers, %2 dummies, %3 crossings by layer pairs")
                 .arg(result.layerCount)
                 .arg(result.dummies)
                 .arg(result.crossings);
    return d;
}

Drawing graphviz(const Dag &dag, const QString &dot, int timeoutSeconds, const QString &folder)
{
    Drawing d;
    QString text = QStringLiteral("digraph g {\n rankdir=LR;\n node [shape=box, fixedsize=true, width=%1, height=%2];\n")
                       .arg(cardSize.width() / 72.0)
                       .arg(cardSize.height() / 72.0);
    for (int v = 0; v < dag.nodes; ++v)
        text += QStringLiteral(" n%1;\n").arg(v);
    for (const auto &[a, b] : dag.edges)
        text += QStringLiteral(" n%1 -> n%2;\n").arg(a).arg(b);
    text += QStringLiteral("}\n");
    const QString input = folder + QStringLiteral("/g%1.dot").arg(dag.nodes);
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        d.note = QStringLiteral("cannot write %1").arg(input);
        return d;
    }
    file.close();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(dot, {QStringLiteral("-Tplain"), input});
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        d.ms = double(timer.elapsed());
        d.note = QStringLiteral("stopped after %1 s").arg(timeoutSeconds);
        return d;
    }
    d.ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitCode() != 0) {
        d.note = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return d;
    }
    d.finished = true;
    // -Tplain: "node name x y w h ...", "edge tail head n x1 y1 ... xn yn ...".
    QHash<QString, QPointF> centres;
    QList<QPolygonF> lines;
    QList<double> xs;
    const QList<QByteArray> rows = process.readAllStandardOutput().split('\n');
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.split(' ');
        if (f.value(0) == "node" && f.size() > 3) {
            const QPointF c(f.at(2).toDouble(), f.at(3).toDouble());
            centres.insert(QString::fromLatin1(f.at(1)), c);
            xs.append(c.x());
        }
    }
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.split(' ');
        if (f.value(0) != "edge" || f.size() < 4)
            continue;
        const int count = f.at(3).toInt();
        QPolygonF line;
        line << centres.value(QString::fromLatin1(f.at(1)));
        for (int i = 0; i < count && 5 + 2 * i < f.size(); ++i)
            line << QPointF(f.at(4 + 2 * i).toDouble(), f.at(5 + 2 * i).toDouble());
        line << centres.value(QString::fromLatin1(f.at(2)));
        // Splines may wiggle back a little; keep the line running left to right for counting.
        for (qsizetype i = 1; i < line.size(); ++i)
            line[i].setX(std::max(line.at(i).x(), line.at(i - 1).x()));
        lines.append(line);
    }
    d.crossings = LayeredLayout::geometricCrossings(lines, xs);
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Graph sizes."), QStringLiteral("LIST"),
                                         QStringLiteral("1000,5000,10000,20000"));
    const QCommandLineOption timeoutOption(QStringLiteral("dot-timeout"), QStringLiteral("Seconds dot may take per graph."),
                                           QStringLiteral("S"), QStringLiteral("120"));
    const QCommandLineOption noDot(QStringLiteral("no-dot"), QStringLiteral("Do not run Graphviz."));
    parser.addOptions({sizesOption, timeoutOption, noDot});
    parser.addHelpOption();
    parser.process(app);

    const QString dot = parser.isSet(noDot) ? QString() : QStandardPaths::findExecutable(QStringLiteral("dot"));
    const int timeout = parser.value(timeoutOption).toInt();
    QTemporaryDir folder;
    bool dotGaveUp = dot.isEmpty();
    QList<Bench::Row> rows;
    for (const QString &sizeText : parser.value(sizesOption).split(QLatin1Char(','))) {
        const int n = sizeText.toInt();
        if (n <= 0)
            continue;
        const Dag dag = syntheticDag(n, 20261121u + quint32(n));
        const Drawing mine = ours(dag);
        std::printf("%d nodes, %lld edges: Tessera %.1f ms, %lld crossings (%s)\n", n, qlonglong(dag.edges.size()), mine.ms,
                    qlonglong(mine.crossings), mine.note.toUtf8().constData());
        std::fflush(stdout);
        Drawing theirs;
        if (dotGaveUp) {
            theirs.note = dot.isEmpty() ? QStringLiteral("dot not run")
                                        : QStringLiteral("not run: a smaller graph took longer than the limit");
        } else {
            theirs = graphviz(dag, dot, timeout, folder.path());
            if (!theirs.finished)
                dotGaveUp = true;
            std::printf(
                "%d nodes: dot %s\n", n,
                theirs.finished
                    ? QStringLiteral("%1 ms, %2 crossings").arg(theirs.ms, 0, 'f', 0).arg(theirs.crossings).toUtf8().constData()
                    : theirs.note.toUtf8().constData());
            std::fflush(stdout);
        }
        const QString reference = theirs.finished ? QStringLiteral("dot -Tplain: %1 ms").arg(theirs.ms, 0, 'f', 0)
                                                  : QStringLiteral("dot: ") + theirs.note;
        rows.append({QStringLiteral("layout %1 nodes / %2 edges").arg(n).arg(dag.edges.size()), mine.ms, QStringLiteral("ms"),
                     reference});
        rows.append({QStringLiteral("crossings %1 nodes").arg(n), double(mine.crossings), QStringLiteral("count"),
                     theirs.finished ? QStringLiteral("dot: %1").arg(theirs.crossings) : QStringLiteral("dot: -")});
        const QByteArray base = "lineage.layout." + QByteArray::number(n);
        Bench::printBench(QByteArray(base + ".ms").constData(), mine.ms, "ms");
        Bench::printBench(QByteArray(base + ".crossings").constData(), double(mine.crossings), "count");
        if (theirs.finished) {
            Bench::printBench(QByteArray(base + ".dot_ms").constData(), theirs.ms, "ms");
            Bench::printBench(QByteArray(base + ".vs_dot").constData(), mine.ms / theirs.ms, "ratio");
            Bench::printBench(QByteArray(base + ".crossings_vs_dot").constData(),
                              theirs.crossings > 0 ? double(mine.crossings) / double(theirs.crossings) : 0.0, "ratio");
        }
    }
    Bench::printTable(QStringLiteral("Lineage layout (targets: 10,000 nodes < 1000 ms; crossings within 1.5x of dot's)"), rows);
    return 0;
}
