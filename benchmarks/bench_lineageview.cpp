// Drawing the lineage view at 10,000 nodes: the time per frame of a pan and zoom sequence over the
// whole graph, as the lineage canvas paints its viewport into an image (offscreen), at every zoom
// level from the whole graph in view to cards close up. Compared with the 16 ms of a frame at
// 60 Hz and, in the same run, with the plain way of drawing it with QGraphicsView: an item per
// node, its name and each edge.
//
//   bench_lineageview [--nodes 10000] [--frames 16] [--no-reference]

#include "benchtable.h"
#include "syntheticdag.h"

#include "models/formats/graphexport.h"
#include "models/lineage/layeredlayout.h"
#include "models/lineage/lineagegraph.h"
#include "views/lineage/lineagecanvas.h"
#include "views/lineage/lineagecolors.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>

using namespace Tessera;

namespace {

LineageGraph graphOf(const Bench::Dag &dag)
{
    QList<LineageNode> nodes(dag.nodes);
    // Nodes feeding others are jobs in every other layer in real lineage; here a third are jobs.
    for (int i = 0; i < dag.nodes; ++i) {
        LineageNode &n = nodes[i];
        n.kind = i % 3 == 0 ? LineageNode::Kind::Job : LineageNode::Kind::Dataset;
        n.key = QStringLiteral("n%1").arg(i);
        n.name
            = n.kind == LineageNode::Kind::Job ? QStringLiteral("nightly.build_%1").arg(i) : QStringLiteral("dataset_%1").arg(i);
        n.productId = QStringLiteral("product%1").arg(i / 7);
        n.productName = QStringLiteral("Product %1").arg(i / 7);
        n.domainId = QStringLiteral("domain%1").arg(i % 9);
        n.domainName = QStringLiteral("Domain %1").arg(i % 9);
        n.teamName = QStringLiteral("Team %1").arg(i % 9);
        n.status = ProductStatus::Active;
    }
    QList<LineageGraph::Edge> edges;
    for (const auto &[a, b] : dag.edges)
        edges.append({a, b});
    return LineageGraph::fromParts(nodes, edges);
}

// The sequence: at each zoom, frames panning along the graph's diagonal.
struct Frame {
    double zoom;
    QPointF centre;
};

QList<Frame> sequence(const QRectF &bounds, double fitZoom, int frames)
{
    QList<Frame> out;
    for (const double zoom : {fitZoom, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2.0}) {
        for (int f = 0; f < frames; ++f) {
            const double t = frames == 1 ? 0.5 : double(f) / double(frames - 1);
            out.append({zoom, bounds.topLeft() + QPointF(bounds.width() * t, bounds.height() * (0.2 + 0.6 * t))});
        }
    }
    return out;
}

// Draws each frame of the view into an image; milliseconds per frame, by zoom.
QMap<double, QList<double>> play(QGraphicsView &view, const QList<Frame> &frames, const std::function<void(double)> &zoomTo)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QMap<double, QList<double>> times;
    for (const Frame &frame : frames) {
        zoomTo(frame.zoom);
        view.centerOn(frame.centre);
        QApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        view.viewport()->render(&image);
        times[frame.zoom].append(double(clock.nsecsElapsed()) / 1e6);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Bench::quietOffscreenNotes();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Nodes in the graph."), QStringLiteral("N"),
                                         QStringLiteral("10000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames per zoom level."), QStringLiteral("N"),
                                          QStringLiteral("16"));
    const QCommandLineOption noReference(QStringLiteral("no-reference"), QStringLiteral("Skip the item-per-node reference."));
    parser.addOptions({nodesOption, framesOption, noReference});
    parser.process(app);
    const int n = parser.value(nodesOption).toInt();
    const int framesPerZoom = std::max(1, parser.value(framesOption).toInt());

    const Bench::Dag dag = Bench::syntheticDag(n, 20261121u + quint32(n));
    const LineageGraph graph = graphOf(dag);
    QElapsedTimer clock;
    clock.start();
    const LayeredLayout::Result layout = GraphExport::layout(graph);
    const double layoutMs = double(clock.elapsed());

    LineageCanvas canvas;
    canvas.resize(1280, 800);
    canvas.setMinimapVisible(true);
    canvas.show();
    clock.restart();
    LineageCanvas::Content content;
    content.graph = graph;
    content.layout = layout;
    canvas.setContent(std::move(content));
    const double sceneMs = double(clock.elapsed());
    canvas.fitAll();
    QApplication::processEvents();
    const double fitZoom = canvas.zoom();
    const QList<Frame> frames = sequence(canvas.graphRect(), fitZoom, framesPerZoom);
    const QMap<double, QList<double>> mine = play(canvas, frames, [&canvas](double z) {
        canvas.setZoom(z);
    });
    // And with a node's paths highlighted, from afar (the most drawn).
    canvas.setZoom(fitZoom);
    canvas.setHoveredNode(int(graph.nodeCount() / 2));
    QList<double> highlighted;
    {
        QImage image(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        for (int f = 0; f < framesPerZoom; ++f) {
            clock.restart();
            canvas.viewport()->render(&image);
            highlighted.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }

    // The reference: an item per node (with its name) and per edge.
    QMap<double, QList<double>> reference;
    double referenceSceneMs = 0;
    if (!parser.isSet(noReference)) {
        QGraphicsScene scene;
        clock.restart();
        for (int i = 0; i < graph.nodeCount(); ++i) {
            const QSizeF size = GraphExport::cardSize(graph.node(i));
            auto *item = scene.addRect(QRectF(layout.centres.at(i) - QPointF(size.width() / 2, size.height() / 2), size),
                                       QPen(Qt::darkGray), QBrush(LineageColors::domain(graph.node(i).domainId).lighter(170)));
            auto *label = new QGraphicsSimpleTextItem(graph.node(i).name, item);
            label->setPos(item->rect().topLeft() + QPointF(8, 8));
        }
        for (const QPolygonF &route : layout.routes) {
            QPainterPath path(route.first());
            for (qsizetype k = 1; k < route.size(); ++k) {
                const double mid = (route.at(k - 1).x() + route.at(k).x()) / 2;
                path.cubicTo(QPointF(mid, route.at(k - 1).y()), QPointF(mid, route.at(k).y()), route.at(k));
            }
            scene.addPath(path, QPen(Qt::gray, 1.3));
        }
        referenceSceneMs = double(clock.elapsed());
        QGraphicsView view(&scene);
        view.resize(canvas.size());
        view.setRenderHint(QPainter::Antialiasing);
        view.show();
        QApplication::processEvents();
        reference = play(view, frames, [&view](double z) {
            view.setTransform(QTransform::fromScale(z, z));
        });
    }

    QList<Bench::Row> rows;
    rows.append({QStringLiteral("layout of %1 nodes, %2 edges").arg(graph.nodeCount()).arg(graph.edgeCount()), layoutMs,
                 QStringLiteral("ms"), QStringLiteral("target < 1000 ms")});
    rows.append(
        {QStringLiteral("scene built (tiles)"), sceneMs, QStringLiteral("ms"),
         reference.isEmpty() ? QString() : QStringLiteral("item per node and edge: %1 ms").arg(referenceSceneMs, 0, 'f', 0)});
    double worst = 0;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        const double median = Bench::median(it.value());
        const double p95 = Bench::percentile(it.value(), 95);
        worst = std::max(worst, p95);
        const QString detail = LineageCanvas::detailFor(it.key()) == LineageCanvas::Detail::Cards ? QStringLiteral("cards")
            : LineageCanvas::detailFor(it.key()) == LineageCanvas::Detail::Names                  ? QStringLiteral("names")
                                                                                                  : QStringLiteral("boxes");
        QString ref = QStringLiteral("target < 16 ms; p95 %1 ms").arg(p95, 0, 'f', 2);
        if (reference.contains(it.key()))
            ref += QStringLiteral("; item per node: median %1 ms").arg(Bench::median(reference.value(it.key())), 0, 'f', 2);
        const QString zoom = qFuzzyCompare(it.key(), fitZoom) ? QStringLiteral("whole graph (zoom %1)").arg(it.key(), 0, 'f', 3)
                                                              : QStringLiteral("zoom %1").arg(it.key(), 0, 'f', 2);
        rows.append({QStringLiteral("frame, %1, %2").arg(zoom, detail), median, QStringLiteral("ms"), ref});
        Bench::printBench(QByteArray("lineageview.frame_ms.zoom_" + QByteArray::number(it.key(), 'f', 3)).constData(), median,
                          "ms");
    }
    rows.append({QStringLiteral("frame, whole graph, paths highlighted"), Bench::median(highlighted), QStringLiteral("ms"),
                 QStringLiteral("target < 16 ms")});
    Bench::printBench("lineageview.frame_ms.worst_p95", worst, "ms");
    Bench::printBench("lineageview.frame_ms.highlighted", Bench::median(highlighted), "ms");
    Bench::printTable(QStringLiteral("Lineage view, %1 nodes, 1280 x 800 viewport, %2 frames per zoom (median ms per frame)")
                          .arg(graph.nodeCount())
                          .arg(framesPerZoom),
                      rows);
    return 0;
}
