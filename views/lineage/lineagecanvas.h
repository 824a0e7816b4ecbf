#pragma once

#include "models/lineage/layeredlayout.h"
#include "models/lineage/lineagegraph.h"
#include "models/lineage/traversal.h"
#include "models/pipelines/pipelinestatus.h"

#include <QGraphicsView>

#include <memory>

namespace Tessera {

struct CanvasState;
class LineageMinimap;

// Draws a laid-out lineage graph and lets people move around in it: the wheel, a pinch or
// Ctrl+Plus/Minus zoom, dragging or the arrow keys pan, Ctrl+0 fits the graph. Close up nodes are
// cards (name, product, domain, state); farther away named boxes; from afar plain boxes. The scene
// holds a few hundred tiles rather than an item per node, and each tile draws only what the
// exposed area shows, so a graph of 10,000 nodes stays fluid. Hovering a node highlights its
// upstream and downstream paths; a click selects it; the handles at a card's sides open or close
// its hidden neighbours.
class LineageCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Detail {
        Boxes, // from afar: filled boxes, no text
        Names, // named boxes
        Cards, // name, product, domain, state, handles
    };

    explicit LineageCanvas(QWidget *parent = nullptr);
    ~LineageCanvas() override;

    // Shows graph as laid out (each node sized GraphExport::cardSize). hiddenUp/Down: per node,
    // how many neighbours one hop away are not shown (a handle offers them); expandedUp/Down: node
    // keys whose neighbours were opened (a handle closes them).
    struct Content {
        LineageGraph graph;
        LayeredLayout::Result layout;
        QList<int> hiddenUpstream;
        QList<int> hiddenDownstream;
        QSet<QString> expandedUpstream;
        QSet<QString> expandedDownstream;
        QList<int> seeds; // the focus, drawn with a stronger border
        QHash<QString, QColor> domainColours; // by domain id; missing ones by LineageColors::domain
        // The pipelines behind nodes, by node key: failed and late nodes get a marker; with
        // colourByRunState nodes take their state's colour instead of their domain's.
        QHash<QString, NodeRunStatus> runStatus;
        bool colourByRunState = false;
    };
    void setContent(Content content);
    const LineageGraph &graph() const;
    const LayeredLayout::Result &layout() const;

    // The node at a scene position, or -1. O(log n).
    int nodeAt(const QPointF &scenePos) const;
    QRectF nodeRect(int node) const;
    // Which handle, if any, is at a scene position: -1 upstream, 1 downstream, 0 none.
    int handleAt(int node, const QPointF &scenePos) const;

    int selectedNode() const;
    void setSelectedNode(int node);
    int hoveredNode() const;
    void setHoveredNode(int node);
    // The nodes and edges whose paths are highlighted now (hovered node first, else selected).
    QList<int> highlightedNodes() const;

    // Highlights a column's lineage (indexes into graph().columnEdges()) with each edge's
    // transformation written on it, and the traced columns on their cards. Empty: none.
    void setColumnTrace(const LineageWalk::ColumnTrace &trace);
    bool hasColumnTrace() const;
    QRectF tracedRect() const; // around the traced nodes

    double zoom() const;
    // Zooms keeping the scene point under viewportPos where it is (the centre by default).
    void setZoom(double zoom, std::optional<QPoint> viewportPos = std::nullopt);
    void zoomIn();
    void zoomOut();
    void fitAll();
    void centreOnNode(int node);
    static Detail detailFor(double zoom);
    Detail detail() const { return detailFor(zoom()); }

    LineageMinimap *minimap() const { return m_minimap; }
    QWidget *legend() const { return m_legend; }
    void setMinimapVisible(bool visible);

    // Draws the whole graph or the part in view, as the canvas draws it, at the given scale:
    // for PNG and SVG exports.
    void render(QPainter *painter, const QRectF &target, const QRectF &source);
    QRectF graphRect() const;
    QRectF visibleRect() const;
    QColor domainColour(const QString &domainId) const;
    // The colour a node is drawn in: its domain's, or its run state's.
    QColor nodeColour(int node) const;
    bool isColouredByRunState() const;

Q_SIGNALS:
    void selectionChanged(int node); // -1: none
    void nodeActivated(int node); // double click
    void expandRequested(int node, bool upstream);
    void nodeContextMenuRequested(int node, const QPoint &globalPos);
    void zoomChanged(double zoom);
    void viewChanged(); // scrolled or zoomed

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildScene();
    void updateHighlight();
    void placeMinimap();
    double fitZoom() const;

    std::unique_ptr<CanvasState> m_state;
    LineageMinimap *m_minimap;
    QWidget *m_legend;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_panning = false;
    bool m_pressed = false;
    bool m_minimapWanted = true;
};

// A small overview of the whole graph in a corner of the canvas, with the part in view framed;
// clicking or dragging in it moves the view there.
class LineageMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit LineageMinimap(LineageCanvas *canvas);

    void invalidate(); // the graph changed: redraw the overview

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QTransform toMinimap() const;
    void moveViewTo(const QPoint &pos);

    LineageCanvas *m_canvas;
    QImage m_overview;
};

} // namespace Tessera
