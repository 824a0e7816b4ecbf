#include "views/lineage/lineagecanvas.h"

#include "models/catalog/presentation.h"
#include "models/formats/graphexport.h"
#include "models/lineage/lineagemodels.h"
#include "views/catalog/badges.h"
#include "views/lineage/lineagecolors.h"
#include "views/pipelines/runcolors.h"

#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

constexpr double minZoomLimit = 0.01;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;
constexpr double handleRadius = 8.0;
constexpr int nodesPerTile = 48;
constexpr int edgesPerTile = 96;

enum Mark : quint8 {
    None = 0,
    OnPath = 1,
    Centre = 2,
};

} // namespace

// What the tiles draw, shared by them and the canvas.
struct CanvasState {
    LineageCanvas::Content content;
    QList<QRectF> rects; // per node
    QList<QRectF> routeBounds; // per edge
    QList<QColor> domainColours; // per node
    // Hit testing: layers left to right with their horizontal extent, nodes of each by top.
    struct Layer {
        double left = 0;
        double right = 0;
        QList<int> nodes;
    };
    QList<Layer> layers;
    QRectF bounds;

    int selected = -1;
    int hovered = -1;
    QList<quint8> nodeMarks; // per node
    QList<quint8> edgeMarks; // per edge
    QList<int> highlightedEdges; // the edges marked
    bool highlighting = false;

    // Column trace: per node the traced columns, per graph edge the transformations on it.
    QHash<int, QStringList> tracedColumns;
    QHash<int, QStringList> edgeLabels;
    QSet<int> tracedEdges;
    QSet<int> tracedNodes;

    QPalette palette;
    QFont titleFont;
    QFont textFont;
    QFont boxFont;

    bool dimmed(int node) const
    {
        if (!tracedNodes.isEmpty())
            return !tracedNodes.contains(node) && !(highlighting && nodeMarks.at(node));
        return highlighting && !nodeMarks.at(node);
    }
    bool edgeDimmed(int edge) const
    {
        if (!tracedEdges.isEmpty())
            return !tracedEdges.contains(edge) && !(highlighting && edgeMarks.at(edge));
        return highlighting && !edgeMarks.at(edge);
    }
};

namespace {

double scaleOf(const QPainter *painter)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
}

// An edge drawn smoothly through its bends: horizontal tangents at every point.
QPainterPath smoothRoute(const QPolygonF &route)
{
    QPainterPath path;
    if (route.isEmpty())
        return path;
    path.moveTo(route.first());
    for (qsizetype i = 1; i < route.size(); ++i) {
        const QPointF a = route.at(i - 1);
        const QPointF b = route.at(i);
        const double mid = (a.x() + b.x()) / 2;
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b);
    }
    return path;
}

void drawArrowHead(QPainter *painter, const QPolygonF &route, const QColor &colour)
{
    if (route.size() < 2)
        return;
    const QPointF tip = route.last();
    const QPolygonF head{tip, tip + QPointF(-8, -4), tip + QPointF(-8, 4)};
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);
    painter->setBrush(Qt::NoBrush);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Nodes of one part of one layer.
class NodeTile : public QGraphicsItem
{
public:
    NodeTile(const CanvasState *state, QList<int> nodes)
        : m_state(state)
        , m_nodes(std::move(nodes))
    {
        for (int n : std::as_const(m_nodes))
            m_bounds |= state->rects.at(n);
        m_bounds.adjust(-handleRadius - 2, -4, handleRadius + 2, 4);
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(2);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double scale = scaleOf(painter);
        const LineageCanvas::Detail detail = LineageCanvas::detailFor(scale);
        const QRectF exposed = option->exposedRect.adjusted(-handleRadius, -4, handleRadius, 4);
        painter->setRenderHint(QPainter::Antialiasing, detail != LineageCanvas::Detail::Boxes);
        for (int n : m_nodes) {
            const QRectF &r = m_state->rects.at(n);
            if (!r.intersects(exposed))
                continue;
            painter->setOpacity(m_state->dimmed(n) ? 0.28 : 1.0);
            switch (detail) {
            case LineageCanvas::Detail::Boxes:
                paintBox(painter, n, r);
                break;
            case LineageCanvas::Detail::Names:
                paintNamed(painter, n, r);
                break;
            case LineageCanvas::Detail::Cards:
                paintCard(painter, n, r);
                break;
            }
        }
        painter->setOpacity(1.0);
    }

private:
    QColor fillOf(int n) const
    {
        const LineageNode &node = m_state->content.graph.node(n);
        const QPalette &p = m_state->palette;
        if (node.kind == LineageNode::Kind::Job) {
            if (m_state->content.colourByRunState && m_state->content.runStatus.contains(node.key))
                return mix(p.color(QPalette::Base), m_state->domainColours.at(n), 0.22);
            return mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.08);
        }
        if (node.external && !(m_state->content.colourByRunState && m_state->content.runStatus.contains(node.key)))
            return p.color(QPalette::Base);
        return mix(p.color(QPalette::Base), m_state->domainColours.at(n), 0.14);
    }

    QColor borderOf(int n) const
    {
        const LineageNode &node = m_state->content.graph.node(n);
        if (n == m_state->selected || m_state->nodeMarks.at(n) == Centre)
            return m_state->palette.color(QPalette::Highlight);
        if (m_state->tracedNodes.contains(n))
            return LineageColors::trace();
        if (m_state->content.colourByRunState && m_state->content.runStatus.contains(node.key))
            return m_state->domainColours.at(n);
        if (node.kind == LineageNode::Kind::Job || node.external)
            return mix(m_state->palette.color(QPalette::Base), m_state->palette.color(QPalette::Text), 0.45);
        return m_state->domainColours.at(n);
    }

    // Failed (or aborted) and late nodes: small round signs at the card's top right corner.
    void paintMarkers(QPainter *painter, int n, const QRectF &r) const
    {
        const auto mark = m_state->content.runStatus.constFind(m_state->content.graph.node(n).key);
        if (mark == m_state->content.runStatus.cend())
            return;
        const bool failed = mark->state == RunState::Failed || mark->state == RunState::Aborted;
        if (!failed && !mark->late)
            return;
        const double radius = std::clamp(r.height() * 0.16, 6.0, 9.0);
        QPointF centre(r.right() - radius * 0.4, r.top() + radius * 0.4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor ring = m_state->palette.color(QPalette::Base);
        if (failed) {
            painter->setPen(QPen(ring, 1.5));
            painter->setBrush(RunColors::state(mark->state));
            painter->drawEllipse(centre, radius, radius);
            painter->setPen(QPen(Qt::white, radius * 0.28, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(centre + QPointF(0, -radius * 0.5), centre + QPointF(0, radius * 0.1));
            painter->drawPoint(centre + QPointF(0, radius * 0.48));
            centre.rx() -= radius * 2.2;
        }
        if (mark->late) {
            painter->setPen(QPen(ring, 1.5));
            painter->setBrush(RunColors::late());
            painter->drawEllipse(centre, radius, radius);
            // A clock's hands.
            painter->setPen(QPen(QColor(0x21, 0x21, 0x21), radius * 0.2, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(centre, centre + QPointF(0, -radius * 0.6));
            painter->drawLine(centre, centre + QPointF(radius * 0.45, 0));
        }
        painter->restore();
    }

    void paintBox(QPainter *painter, int n, const QRectF &r) const
    {
        const LineageNode &node = m_state->content.graph.node(n);
        const QColor fill = node.kind == LineageNode::Kind::Job ? borderOf(n) : m_state->domainColours.at(n);
        painter->fillRect(r, n == m_state->selected ? m_state->palette.color(QPalette::Highlight) : fill);
    }

    void paintNamed(QPainter *painter, int n, const QRectF &r) const
    {
        const LineageNode &node = m_state->content.graph.node(n);
        const bool job = node.kind == LineageNode::Kind::Job;
        painter->setPen(QPen(borderOf(n), n == m_state->selected ? 4 : 2));
        painter->setBrush(fillOf(n));
        painter->drawRoundedRect(r, job ? r.height() / 2 : 6, job ? r.height() / 2 : 6);
        painter->setBrush(Qt::NoBrush);
        // Names stay about 9 pixels tall on screen, within the box.
        QFont font = m_state->boxFont;
        font.setPixelSize(int(std::clamp(9.5 / scaleOf(painter), 13.0, r.height() * 0.5)));
        painter->setFont(font);
        painter->setPen(m_state->palette.color(QPalette::Text));
        const QFontMetricsF metrics(font);
        const QRectF text = r.adjusted(8, 0, -8, 0);
        painter->drawText(text, Qt::AlignCenter, metrics.elidedText(node.name, Qt::ElideRight, text.width()));
        paintMarkers(painter, n, r);
    }

    void paintCard(QPainter *painter, int n, const QRectF &r) const
    {
        const LineageNode &node = m_state->content.graph.node(n);
        const QPalette &p = m_state->palette;
        const bool selected = n == m_state->selected;
        const bool seed = m_state->content.seeds.contains(n);
        const QColor border = borderOf(n);
        const QColor muted = Badges::muted(p);
        QPen pen(border, selected || seed ? 2.5 : 1.2);

        if (node.kind == LineageNode::Kind::Job) {
            if (node.fromPorts)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->setBrush(selected ? mix(fillOf(n), p.color(QPalette::Highlight), 0.25) : fillOf(n));
            painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
            painter->setBrush(Qt::NoBrush);
            QFont font = m_state->textFont;
            font.setItalic(node.fromPorts);
            painter->setFont(font);
            painter->setPen(p.color(QPalette::Text));
            const QRectF text = r.adjusted(12, 0, -12, 0);
            painter->drawText(text, Qt::AlignCenter, QFontMetricsF(font).elidedText(node.name, Qt::ElideMiddle, text.width()));
            paintHandles(painter, n, r);
            paintMarkers(painter, n, r);
            return;
        }

        const bool group = node.kind == LineageNode::Kind::Product || node.kind == LineageNode::Kind::Domain;
        if (group) {
            // A stack of cards: the ones it stands for peek out behind.
            painter->setPen(QPen(border, 1));
            painter->setBrush(fillOf(n));
            painter->drawRoundedRect(r.translated(5, 5), 6, 6);
        }
        painter->setPen(pen);
        painter->setBrush(selected ? mix(fillOf(n), p.color(QPalette::Highlight), 0.25) : fillOf(n));
        painter->drawRoundedRect(r, 6, 6);
        painter->setBrush(Qt::NoBrush);
        if (!node.external) {
            // The domain's colour down the left side.
            QPainterPath strip;
            strip.addRoundedRect(QRectF(r.left(), r.top(), 10, r.height()), 6, 6);
            QPainterPath clip;
            clip.addRect(QRectF(r.left(), r.top(), 5, r.height()));
            painter->fillPath(strip.intersected(clip), m_state->domainColours.at(n));
        }

        const QRectF text = r.adjusted(12, 5, -10, -4);
        const double line = text.height() / 3;
        const QFontMetricsF title(m_state->titleFont);
        const QFontMetricsF small(m_state->textFont);
        painter->setFont(m_state->titleFont);
        painter->setPen(p.color(QPalette::Text));
        QString name = node.name;
        if (group)
            name = node.kind == LineageNode::Kind::Product ? node.name : node.domainName;
        painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          title.elidedText(name, Qt::ElideMiddle, text.width()));

        QString second;
        if (node.external)
            second = LineageCanvas::tr("External · %1").arg(node.ns.isEmpty() ? LineageCanvas::tr("unknown source") : node.ns);
        else if (node.kind == LineageNode::Kind::Domain)
            second = LineageCanvas::tr("Domain · %n node(s)", nullptr, node.members);
        else if (node.kind == LineageNode::Kind::Product)
            second = LineageCanvas::tr("%1 · %n node(s)", nullptr, node.members).arg(node.domainName);
        else
            second = node.productName + QStringLiteral(" · ") + node.domainName;
        painter->setFont(m_state->textFont);
        painter->setPen(muted);
        painter->drawText(QRectF(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(second, Qt::ElideRight, text.width()));

        const QRectF third(text.left(), text.top() + 2 * line, text.width(), line);
        if (const QStringList traced = m_state->tracedColumns.value(n); !traced.isEmpty()) {
            painter->setPen(LineageColors::trace());
            QFont bold = m_state->textFont;
            bold.setBold(true);
            painter->setFont(bold);
            painter->drawText(third, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(bold).elidedText(traced.join(QStringLiteral(", ")), Qt::ElideRight, third.width()));
        } else if (const auto mark = m_state->content.runStatus.constFind(node.key);
                   m_state->content.colourByRunState && mark != m_state->content.runStatus.cend()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(RunColors::state(mark->state));
            painter->drawEllipse(QPointF(third.left() + 4, third.center().y()), 3.5, 3.5);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(mark->late ? RunColors::late().darker(150) : muted);
            const QRectF after = third.adjusted(12, 0, 0, 0);
            painter->drawText(after, Qt::AlignLeft | Qt::AlignVCenter,
                              small.elidedText(mark->text, Qt::ElideRight, after.width()));
        } else if (node.status) {
            const QColor dot = Badges::statusColor(*node.status);
            painter->setPen(Qt::NoPen);
            painter->setBrush(dot);
            painter->drawEllipse(QPointF(third.left() + 4, third.center().y()), 3.5, 3.5);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(muted);
            QString state = Catalog::statusName(*node.status);
            if (!node.teamName.isEmpty())
                state += QStringLiteral(" · ") + node.teamName;
            const QRectF after = third.adjusted(12, 0, 0, 0);
            painter->drawText(after, Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(state, Qt::ElideRight, after.width()));
        } else if (!node.physicalType.isEmpty() || !node.qualifiedName.isEmpty()) {
            painter->setPen(muted);
            const QString what = node.qualifiedName.isEmpty() ? node.physicalType : node.qualifiedName;
            painter->drawText(third, Qt::AlignLeft | Qt::AlignVCenter, small.elidedText(what, Qt::ElideMiddle, third.width()));
        }
        paintHandles(painter, n, r);
        paintMarkers(painter, n, r);
    }

    void paintHandles(QPainter *painter, int n, const QRectF &r) const
    {
        const LineageCanvas::Content &c = m_state->content;
        const QString &key = c.graph.node(n).key;
        for (const bool up : {true, false}) {
            const int hidden = (up ? c.hiddenUpstream : c.hiddenDownstream).value(n);
            const bool open = (up ? c.expandedUpstream : c.expandedDownstream).contains(key);
            if (hidden == 0 && !open)
                continue;
            const QPointF centre(up ? r.left() : r.right(), r.center().y());
            painter->setPen(QPen(m_state->palette.color(QPalette::Highlight), 1.2));
            painter->setBrush(m_state->palette.color(QPalette::Base));
            painter->drawEllipse(centre, handleRadius, handleRadius);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(m_state->palette.color(QPalette::Highlight), 1.6));
            painter->drawLine(centre + QPointF(-4, 0), centre + QPointF(4, 0));
            if (hidden > 0)
                painter->drawLine(centre + QPointF(0, -4), centre + QPointF(0, 4));
        }
    }

    const CanvasState *m_state;
    QList<int> m_nodes;
    QRectF m_bounds;
};

// Edges leaving one part of one layer.
class EdgeTile : public QGraphicsItem
{
public:
    EdgeTile(const CanvasState *state, QList<int> edges)
        : m_state(state)
        , m_edges(std::move(edges))
    {
        for (int e : std::as_const(m_edges))
            m_bounds |= state->routeBounds.at(e);
        m_bounds.adjust(-4, -4, 4, 4);
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(0);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double scale = scaleOf(painter);
        const bool far = LineageCanvas::detailFor(scale) == LineageCanvas::Detail::Boxes;
        const QRectF exposed = option->exposedRect;
        const QColor normal = mix(m_state->palette.color(QPalette::Base), m_state->palette.color(QPalette::Text), 0.42);
        const QColor faint = mix(m_state->palette.color(QPalette::Base), m_state->palette.color(QPalette::Text), 0.14);
        const LayeredLayout::Result &layout = m_state->content.layout;
        painter->setRenderHint(QPainter::Antialiasing, !far);
        QPen pen(normal, far ? 0 : 1.3);
        pen.setCosmetic(far);
        const QPen normalPen = pen;
        pen.setColor(faint);
        const QPen faintPen = pen;
        QPen reversedPen = normalPen;
        reversedPen.setColor(LineageColors::cycle());
        reversedPen.setStyle(Qt::DashLine);
        if (far) {
            // From afar, straight segments in three batches: one call each.
            QVarLengthArray<QLineF, 512> lines[3]; // normal, faint, reversed
            for (int e : m_edges) {
                if (!m_state->routeBounds.at(e).intersects(exposed))
                    continue;
                const int batch = layout.reversed.value(e) ? 2 : m_state->edgeDimmed(e) ? 1 : 0;
                const QPolygonF &route = layout.routes.at(e);
                for (qsizetype k = 1; k < route.size(); ++k)
                    lines[batch].append(QLineF(route.at(k - 1), route.at(k)));
            }
            const QPen *pens[3] = {&normalPen, &faintPen, &reversedPen};
            for (int b = 0; b < 3; ++b) {
                if (lines[b].isEmpty())
                    continue;
                painter->setPen(*pens[b]);
                painter->drawLines(lines[b].constData(), int(lines[b].size()));
            }
            return;
        }
        for (int e : m_edges) {
            if (!m_state->routeBounds.at(e).intersects(exposed))
                continue;
            const bool dim = m_state->edgeDimmed(e);
            const bool back = layout.reversed.value(e);
            painter->setPen(back ? reversedPen : dim ? faintPen : normalPen);
            const QPolygonF &route = layout.routes.at(e);
            painter->drawPath(smoothRoute(route));
            if (LineageCanvas::detailFor(scale) == LineageCanvas::Detail::Cards)
                drawArrowHead(painter, route, back ? LineageColors::cycle() : dim ? faint : normal);
        }
    }

private:
    const CanvasState *m_state;
    QList<int> m_edges;
    QRectF m_bounds;
};

// The highlighted paths and the column trace, above the other edges.
class HighlightLayer : public QGraphicsItem
{
public:
    explicit HighlightLayer(const CanvasState *state)
        : m_state(state)
    {
        setFlag(ItemUsesExtendedStyleOption);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(1);
    }

    QRectF boundingRect() const override { return m_state->bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const double scale = scaleOf(painter);
        const LineageCanvas::Detail detail = LineageCanvas::detailFor(scale);
        const QRectF exposed = option->exposedRect;
        const LayeredLayout::Result &layout = m_state->content.layout;
        painter->setRenderHint(QPainter::Antialiasing, true);
        const bool far = detail == LineageCanvas::Detail::Boxes;
        auto drawEdges = [&](const QColor &colour, const auto &edges) {
            QPen pen(colour, far ? 2 : 2.6);
            pen.setCosmetic(far);
            painter->setPen(pen);
            painter->setRenderHint(QPainter::Antialiasing, !far);
            if (far) {
                QVarLengthArray<QLineF, 512> lines;
                for (int e : edges) {
                    if (!m_state->routeBounds.at(e).intersects(exposed))
                        continue;
                    const QPolygonF &route = layout.routes.at(e);
                    for (qsizetype k = 1; k < route.size(); ++k)
                        lines.append(QLineF(route.at(k - 1), route.at(k)));
                }
                painter->drawLines(lines.constData(), int(lines.size()));
                return;
            }
            for (int e : edges) {
                if (!m_state->routeBounds.at(e).intersects(exposed))
                    continue;
                painter->setPen(pen);
                painter->drawPath(smoothRoute(layout.routes.at(e)));
                if (detail == LineageCanvas::Detail::Cards)
                    drawArrowHead(painter, layout.routes.at(e), colour);
            }
        };
        if (m_state->highlighting)
            drawEdges(m_state->palette.color(QPalette::Highlight), m_state->highlightedEdges);
        if (m_state->tracedEdges.isEmpty())
            return;
        drawEdges(LineageColors::trace(), m_state->tracedEdges);
        painter->setRenderHint(QPainter::Antialiasing, true);
        if (detail != LineageCanvas::Detail::Cards)
            return;
        // Each traced edge says how its columns are computed, at its middle.
        QFont font = m_state->textFont;
        font.setPixelSize(10);
        const QFontMetricsF metrics(font);
        painter->setFont(font);
        for (auto it = m_state->edgeLabels.cbegin(); it != m_state->edgeLabels.cend(); ++it) {
            const QPolygonF &route = layout.routes.at(it.key());
            if (route.size() < 2 || !m_state->routeBounds.at(it.key()).intersects(exposed))
                continue;
            const QPointF at = smoothRoute(route).pointAtPercent(0.5);
            const QStringList lines = it.value().join(QLatin1Char('\n')).split(QLatin1Char('\n'));
            double width = 0;
            for (const QString &line : lines)
                width = std::max(width, metrics.horizontalAdvance(line));
            const double height = metrics.height() * lines.size();
            const QRectF box(at.x() - width / 2 - 5, at.y() - height / 2 - 3, width + 10, height + 6);
            painter->setPen(QPen(LineageColors::trace(), 1));
            painter->setBrush(m_state->palette.color(QPalette::Base));
            painter->drawRoundedRect(box, 4, 4);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(m_state->palette.color(QPalette::Text));
            painter->drawText(box.adjusted(5, 3, -5, -3), Qt::AlignCenter, lines.join(QLatin1Char('\n')));
        }
    }

private:
    const CanvasState *m_state;
};

// Which colour stands for which domain, in a corner of the canvas.
class Legend : public QWidget
{
public:
    explicit Legend(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("lineageLegend"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

    void setGraph(const LineageGraph &graph, const LineageCanvas *canvas, bool byRunState)
    {
        if (byRunState) {
            m_entries.clear();
            for (RunState state : {RunState::Completed, RunState::Running, RunState::Aborted, RunState::Failed})
                m_entries.append({Runs::stateText(state), RunColors::state(state)});
            m_entries.append({LineageCanvas::tr("late"), RunColors::late()});
            m_entries.append({LineageCanvas::tr("no runs"), QColor(0xb8, 0xb8, 0xb8)});
            finish(LineageCanvas::tr("Run states: %1"));
            return;
        }
        QMap<QString, QString> domains; // name -> id
        bool external = false;
        for (const LineageNode &n : graph.nodes()) {
            if (!n.domainId.isEmpty())
                domains.insert(n.domainName, n.domainId);
            external = external || n.external;
        }
        m_entries.clear();
        for (auto it = domains.cbegin(); it != domains.cend(); ++it)
            m_entries.append({it.key(), canvas->domainColour(it.value())});
        if (external)
            m_entries.append({LineageCanvas::tr("External"), LineageColors::domain(QString())});
        finish(LineageCanvas::tr("Domains: %1"));
    }

    void finish(const QString &accessibleName)
    {
        QStringList names;
        for (const auto &[name, colour] : std::as_const(m_entries))
            names << name;
        setAccessibleName(accessibleName.arg(names.join(QStringLiteral(", "))));
        const QFontMetrics metrics(font());
        int width = 0;
        for (const QString &name : std::as_const(names))
            width = std::max(width, metrics.horizontalAdvance(name));
        resize(width + 34, int(m_entries.size()) * (metrics.height() + 2) + 10);
        setVisible(!m_entries.isEmpty());
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QColor back = palette().color(QPalette::Base);
        back.setAlphaF(0.85f);
        painter.fillRect(rect(), back);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
        const QFontMetrics metrics(font());
        int y = 5;
        for (const auto &[name, colour] : std::as_const(m_entries)) {
            const int h = metrics.height();
            painter.fillRect(QRect(8, y + h / 2 - 5, 14, 10), colour);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QRect(28, y, width() - 32, h), Qt::AlignLeft | Qt::AlignVCenter, name);
            y += h + 2;
        }
    }

private:
    QList<std::pair<QString, QColor>> m_entries;
};

} // namespace

LineageCanvas::LineageCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , m_state(std::make_unique<CanvasState>())
{
    setObjectName(QStringLiteral("lineageCanvas"));
    auto *scene = new QGraphicsScene(this);
    scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    setScene(scene);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontAdjustForAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Lineage graph"));
    setAccessibleDescription(tr("Datasets and the jobs between them. Arrow keys pan, Ctrl+Plus and Ctrl+Minus zoom, "
                                "Ctrl+0 fits the graph."));
    m_state->palette = palette();
    m_state->titleFont = font();
    m_state->titleFont.setPixelSize(13);
    m_state->titleFont.setBold(true);
    m_state->textFont = font();
    m_state->textFont.setPixelSize(11);
    m_state->boxFont = font();
    m_state->boxFont.setPixelSize(22);
    m_state->boxFont.setBold(true);
    m_minimap = new LineageMinimap(this);
    m_legend = new Legend(this);
    m_legend->hide();
    placeMinimap();
}

LineageCanvas::~LineageCanvas() = default;

void LineageCanvas::setContent(Content content)
{
    const int selectedBefore = m_state->selected;
    const QString selectedKey = selectedBefore >= 0 && selectedBefore < m_state->content.graph.nodeCount()
        ? m_state->content.graph.node(selectedBefore).key
        : QString();
    m_state->content = std::move(content);
    const LineageGraph &g = m_state->content.graph;
    const LayeredLayout::Result &layout = m_state->content.layout;
    const int n = int(g.nodeCount());
    m_state->rects.resize(n);
    m_state->domainColours.resize(n);
    for (int i = 0; i < n; ++i) {
        const QSizeF size = GraphExport::cardSize(g.node(i));
        const QPointF c = i < layout.centres.size() ? layout.centres.at(i) : QPointF();
        m_state->rects[i] = QRectF(c - QPointF(size.width() / 2, size.height() / 2), size);
        if (!m_state->content.colourByRunState) {
            m_state->domainColours[i] = domainColour(g.node(i).domainId);
        } else {
            const auto mark = m_state->content.runStatus.constFind(g.node(i).key);
            m_state->domainColours[i]
                = mark != m_state->content.runStatus.cend() ? RunColors::state(mark->state) : QColor(0xb8, 0xb8, 0xb8);
        }
    }
    m_state->routeBounds.resize(layout.routes.size());
    for (int e = 0; e < layout.routes.size(); ++e)
        m_state->routeBounds[e] = layout.routes.at(e).boundingRect().adjusted(-10, -6, 2, 6);
    m_state->nodeMarks.fill(None, n);
    m_state->edgeMarks.fill(None, layout.routes.size());
    m_state->selected = selectedKey.isEmpty() ? -1 : g.indexOf(selectedKey);
    m_state->hovered = -1;
    m_state->tracedColumns.clear();
    m_state->edgeLabels.clear();
    m_state->tracedEdges.clear();
    m_state->tracedNodes.clear();
    rebuildScene();
    updateHighlight();
    m_minimap->invalidate();
    static_cast<Legend *>(m_legend)->setGraph(g, this, m_state->content.colourByRunState);
    placeMinimap();
    if (m_state->selected != selectedBefore)
        Q_EMIT selectionChanged(m_state->selected);
}

const LineageGraph &LineageCanvas::graph() const
{
    return m_state->content.graph;
}

const LayeredLayout::Result &LineageCanvas::layout() const
{
    return m_state->content.layout;
}

void LineageCanvas::rebuildScene()
{
    QGraphicsScene *s = scene();
    s->clear();
    const LineageGraph &g = m_state->content.graph;
    const LayeredLayout::Result &layout = m_state->content.layout;
    const int n = int(g.nodeCount());

    m_state->bounds = QRectF();
    for (const QRectF &r : std::as_const(m_state->rects))
        m_state->bounds |= r;
    for (const QRectF &r : std::as_const(m_state->routeBounds))
        m_state->bounds |= r;

    // Layers for hit testing and node tiles: nodes of a layer from top to bottom.
    int layerCount = 0;
    for (int i = 0; i < n; ++i)
        layerCount = std::max(layerCount, layout.layers.value(i) + 1);
    QList<CanvasState::Layer> layers(layerCount);
    for (auto &l : layers) {
        l.left = std::numeric_limits<double>::max();
        l.right = std::numeric_limits<double>::lowest();
    }
    for (int i = 0; i < n; ++i) {
        CanvasState::Layer &l = layers[layout.layers.value(i)];
        l.nodes.append(i);
        l.left = std::min(l.left, m_state->rects.at(i).left());
        l.right = std::max(l.right, m_state->rects.at(i).right());
    }
    layers.removeIf([](const CanvasState::Layer &l) {
        return l.nodes.isEmpty();
    });
    std::sort(layers.begin(), layers.end(), [](const CanvasState::Layer &a, const CanvasState::Layer &b) {
        return a.left < b.left;
    });
    for (CanvasState::Layer &l : layers) {
        std::sort(l.nodes.begin(), l.nodes.end(), [this](int a, int b) {
            return m_state->rects.at(a).top() < m_state->rects.at(b).top();
        });
        for (qsizetype start = 0; start < l.nodes.size(); start += nodesPerTile)
            s->addItem(new NodeTile(m_state.get(), l.nodes.mid(start, nodesPerTile)));
    }
    m_state->layers = layers;

    // Edge tiles: edges grouped by the layer they leave and where they start, in runs.
    QMap<std::pair<int, int>, QList<int>> groups;
    for (int e = 0; e < layout.routes.size(); ++e) {
        const int from = g.edges().at(e).from;
        const int band = int(std::floor(m_state->routeBounds.at(e).center().y() / 1200.0));
        groups[{layout.layers.value(from), band}].append(e);
    }
    for (const QList<int> &edges : std::as_const(groups)) {
        for (qsizetype start = 0; start < edges.size(); start += edgesPerTile)
            s->addItem(new EdgeTile(m_state.get(), edges.mid(start, edgesPerTile)));
    }
    s->addItem(new HighlightLayer(m_state.get()));
    // Room around the graph, so zooming keeps the point under the pointer in place and any
    // part of the graph can be brought to the middle.
    const QRectF graph = m_state->bounds.isNull() ? QRectF(0, 0, 100, 100) : m_state->bounds;
    const double room = std::max(graph.width(), graph.height()) / 2 + 400;
    s->setSceneRect(graph.adjusted(-room, -room, room, room));
}

int LineageCanvas::nodeAt(const QPointF &p) const
{
    const QList<CanvasState::Layer> &layers = m_state->layers;
    auto layer = std::lower_bound(layers.cbegin(), layers.cend(), p.x(), [](const CanvasState::Layer &l, double x) {
        return l.right + handleRadius < x;
    });
    if (layer == layers.cend() || p.x() < layer->left - handleRadius)
        return -1;
    const QList<int> &nodes = layer->nodes;
    auto it = std::upper_bound(nodes.cbegin(), nodes.cend(), p.y(), [this](double y, int node) {
        return y < m_state->rects.at(node).top();
    });
    if (it == nodes.cbegin())
        return -1;
    const int node = *std::prev(it);
    const QRectF r = m_state->rects.at(node).adjusted(-handleRadius, 0, handleRadius, 0);
    return r.contains(p) ? node : -1;
}

QRectF LineageCanvas::nodeRect(int node) const
{
    return m_state->rects.value(node);
}

int LineageCanvas::handleAt(int node, const QPointF &p) const
{
    if (node < 0 || node >= m_state->rects.size() || detail() != Detail::Cards)
        return 0;
    const Content &c = m_state->content;
    const QRectF &r = m_state->rects.at(node);
    const QString &key = c.graph.node(node).key;
    for (const bool up : {true, false}) {
        const bool shown = (up ? c.hiddenUpstream : c.hiddenDownstream).value(node) > 0
            || (up ? c.expandedUpstream : c.expandedDownstream).contains(key);
        const QPointF centre(up ? r.left() : r.right(), r.center().y());
        if (shown && QLineF(centre, p).length() <= handleRadius + 2)
            return up ? -1 : 1;
    }
    return 0;
}

int LineageCanvas::selectedNode() const
{
    return m_state->selected;
}

void LineageCanvas::setSelectedNode(int node)
{
    if (node >= m_state->content.graph.nodeCount())
        node = -1;
    if (node == m_state->selected)
        return;
    m_state->selected = node;
    updateHighlight();
    Q_EMIT selectionChanged(node);
}

int LineageCanvas::hoveredNode() const
{
    return m_state->hovered;
}

void LineageCanvas::setHoveredNode(int node)
{
    if (node == m_state->hovered)
        return;
    m_state->hovered = node;
    updateHighlight();
}

QList<int> LineageCanvas::highlightedNodes() const
{
    QList<int> nodes;
    for (int i = 0; i < m_state->nodeMarks.size(); ++i) {
        if (m_state->nodeMarks.at(i))
            nodes.append(i);
    }
    return nodes;
}

void LineageCanvas::updateHighlight()
{
    const LineageGraph &g = m_state->content.graph;
    // While a column is traced, the trace is what stands out; hovering still shows paths.
    const int centre = m_state->hovered >= 0 ? m_state->hovered : m_state->tracedNodes.isEmpty() ? m_state->selected : -1;
    m_state->nodeMarks.fill(None, g.nodeCount());
    m_state->edgeMarks.fill(None, g.edgeCount());
    m_state->highlightedEdges.clear();
    m_state->highlighting = centre >= 0;
    if (centre >= 0) {
        const LineageWalk::PathsThrough paths = LineageWalk::pathsThrough(g, centre);
        for (int n : paths.nodes)
            m_state->nodeMarks[n] = OnPath;
        m_state->nodeMarks[centre] = Centre;
        for (int e : paths.edges)
            m_state->edgeMarks[e] = OnPath;
        m_state->highlightedEdges = paths.edges;
    }
    viewport()->update();
}

void LineageCanvas::setColumnTrace(const LineageWalk::ColumnTrace &trace)
{
    const LineageGraph &g = m_state->content.graph;
    const LineageWalk::TraceRoutes routes = LineageWalk::traceRoutes(g, trace);
    m_state->tracedNodes = routes.nodes;
    m_state->tracedEdges = routes.edges;
    m_state->tracedColumns.clear();
    for (const LineageWalk::ColumnRef &ref : trace.columns) {
        if (!ref.column.isEmpty() && !m_state->tracedColumns[ref.node].contains(ref.column))
            m_state->tracedColumns[ref.node].append(ref.column);
    }
    // Each edge says how its columns are computed, in short lines that fit between layers; what
    // only a contract states is said when nothing more precise is known.
    m_state->edgeLabels.clear();
    for (auto it = routes.columnEdgesOn.cbegin(); it != routes.columnEdgesOn.cend(); ++it) {
        QStringList typed;
        const ColumnEdge *contract = nullptr; // one the contract states, without a type
        for (int i : it.value()) {
            const ColumnEdge &c = g.columnEdges().at(i);
            if (c.type.isEmpty() && c.subtype.isEmpty()) {
                if (c.fromContract)
                    contract = &c;
                continue;
            }
            const QString label = ColumnTraceModel::transformationText(c, QStringLiteral("\n"));
            if (!typed.contains(label))
                typed.append(label);
        }
        if (typed.isEmpty() && contract)
            typed.append(ColumnTraceModel::transformationText(*contract));
        if (!typed.isEmpty())
            m_state->edgeLabels.insert(it.key(), typed);
    }
    updateHighlight();
}

QRectF LineageCanvas::tracedRect() const
{
    QRectF r;
    for (int n : std::as_const(m_state->tracedNodes))
        r |= m_state->rects.value(n);
    return r;
}

bool LineageCanvas::hasColumnTrace() const
{
    return !m_state->tracedNodes.isEmpty();
}

double LineageCanvas::zoom() const
{
    return transform().m11();
}

double LineageCanvas::fitZoom() const
{
    const QRectF r = m_state->bounds.adjusted(-40, -40, 40, 40);
    if (r.isEmpty())
        return 1.0;
    const QSize v = viewport()->size();
    return std::min(double(v.width()) / r.width(), double(v.height()) / r.height());
}

void LineageCanvas::setZoom(double z, std::optional<QPoint> viewportPos)
{
    const double minZoom = std::max(minZoomLimit, std::min(0.5, fitZoom() * 0.5));
    z = std::clamp(z, minZoom, maxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    const QPoint anchor = viewportPos.value_or(viewport()->rect().center());
    const QPointF before = mapToScene(anchor);
    setTransform(QTransform::fromScale(z, z));
    const QPoint after = mapFromScene(before);
    const QPoint shift = after - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + shift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + shift.y());
    Q_EMIT zoomChanged(z);
    Q_EMIT viewChanged();
    placeMinimap();
    m_minimap->update();
}

void LineageCanvas::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void LineageCanvas::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void LineageCanvas::fitAll()
{
    const double z = std::min(1.0, fitZoom());
    setTransform(QTransform::fromScale(z, z));
    centerOn(m_state->bounds.center());
    Q_EMIT zoomChanged(z);
    Q_EMIT viewChanged();
    placeMinimap();
    m_minimap->update();
}

void LineageCanvas::centreOnNode(int node)
{
    if (node < 0 || node >= m_state->rects.size())
        return;
    if (zoom() < 0.6)
        setZoom(0.9);
    centerOn(m_state->rects.at(node).center());
}

LineageCanvas::Detail LineageCanvas::detailFor(double zoom)
{
    if (zoom < 0.28)
        return Detail::Boxes;
    if (zoom < 0.6)
        return Detail::Names;
    return Detail::Cards;
}

void LineageCanvas::setMinimapVisible(bool visible)
{
    m_minimapWanted = visible;
    placeMinimap();
}

void LineageCanvas::render(QPainter *painter, const QRectF &target, const QRectF &source)
{
    painter->fillRect(target, m_state->palette.color(QPalette::Base));
    scene()->render(painter, target, source, Qt::KeepAspectRatio);
}

QRectF LineageCanvas::graphRect() const
{
    return m_state->bounds.adjusted(-24, -24, 24, 24);
}

QColor LineageCanvas::nodeColour(int node) const
{
    return m_state->domainColours.value(node);
}

bool LineageCanvas::isColouredByRunState() const
{
    return m_state->content.colourByRunState;
}

QColor LineageCanvas::domainColour(const QString &domainId) const
{
    return m_state->content.domainColours.value(domainId, LineageColors::domain(domainId));
}

QRectF LineageCanvas::visibleRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void LineageCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scrolls
        return;
    }
    const QPoint delta = event->pixelDelta().isNull() ? event->angleDelta() / 8 : event->pixelDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(zoom() * std::pow(1.0015, delta.y() * (event->pixelDelta().isNull() ? 8 : 1)), event->position().toPoint());
    event->accept();
}

void LineageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_panning = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    event->accept();
}

void LineageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_panning && (pos - m_pressPos).manhattanLength() >= 4) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            const QPoint d = pos - m_lastDragPos;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
            m_lastDragPos = pos;
        }
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(pos);
    const int node = nodeAt(scenePos);
    setHoveredNode(node);
    viewport()->setCursor(handleAt(node, scenePos) != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (node >= 0) {
        const LineageNode &n = graph().node(node);
        setToolTip(n.name
                   + (n.productName.isEmpty() ? QString()
                                              : QStringLiteral("\n") + n.productName + QStringLiteral(" · ") + n.domainName));
    } else {
        setToolTip(QString());
    }
    event->accept();
}

void LineageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const int node = nodeAt(scenePos);
    if (const int handle = handleAt(node, scenePos); handle != 0) {
        Q_EMIT expandRequested(node, handle < 0);
        event->accept();
        return;
    }
    setSelectedNode(node);
    event->accept();
}

void LineageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const int node = nodeAt(scenePos);
    if (node >= 0 && handleAt(node, scenePos) == 0)
        Q_EMIT nodeActivated(node);
    event->accept();
}

void LineageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    if ((event->modifiers() & Qt::ControlModifier) && event->key() == Qt::Key_0) {
        fitAll();
        return;
    }
    if (event->key() == Qt::Key_Escape && selectedNode() >= 0) {
        setSelectedNode(-1);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && selectedNode() >= 0) {
        Q_EMIT nodeActivated(selectedNode());
        return;
    }
    QGraphicsView::keyPressEvent(event); // arrows and page keys scroll
}

void LineageCanvas::leaveEvent(QEvent *event)
{
    setHoveredNode(-1);
    QGraphicsView::leaveEvent(event);
}

void LineageCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    int node = nodeAt(mapToScene(event->pos()));
    if (event->reason() == QContextMenuEvent::Keyboard)
        node = selectedNode();
    if (node >= 0 && node != selectedNode())
        setSelectedNode(node);
    Q_EMIT nodeContextMenuRequested(node, event->globalPos());
    event->accept();
}

void LineageCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
}

void LineageCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeMinimap();
    m_minimap->update();
    Q_EMIT viewChanged();
}

bool LineageCanvas::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Gesture: {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                setZoom(zoom() * pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(zoom() * (1.0 + gesture->value()), gesture->position().toPoint());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void LineageCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_state->palette = palette();
        m_minimap->invalidate();
        viewport()->update();
    }
    QGraphicsView::changeEvent(event);
}

void LineageCanvas::placeMinimap()
{
    const QSize size(200, 130);
    const QRect area = viewport()->geometry();
    m_minimap->setGeometry(QRect(area.bottomRight() - QPoint(size.width() + 10, size.height() + 10), size));
    m_minimap->raise();
    m_legend->move(area.topLeft() + QPoint(8, 8));
    m_legend->raise();
    // In a small canvas the overview would cover what it gives an overview of.
    // Nor is it needed while all of the graph is in view.
    const bool allInView = visibleRect().contains(graphRect());
    m_minimap->setVisible(m_minimapWanted && !allInView && area.width() >= 3 * size.width()
                          && area.height() >= 3 * size.height());
}

LineageMinimap::LineageMinimap(LineageCanvas *canvas)
    : QWidget(canvas)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("lineageMinimap"));
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Overview"));
    setToolTip(tr("The whole graph; the frame shows the part in view. Click or drag to move there."));
}

void LineageMinimap::invalidate()
{
    m_overview = QImage();
    update();
}

QTransform LineageMinimap::toMinimap() const
{
    const QRectF r = m_canvas->graphRect();
    if (r.isEmpty())
        return {};
    const double s = std::min((width() - 8) / r.width(), (height() - 8) / r.height());
    const double dx = (width() - r.width() * s) / 2;
    const double dy = (height() - r.height() * s) / 2;
    return QTransform(s, 0, 0, s, dx - r.left() * s, dy - r.top() * s);
}

void LineageMinimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    painter.fillRect(rect(), p.color(QPalette::Base));
    painter.setPen(p.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QTransform t = toMinimap();
    if (m_overview.isNull() || m_overview.size() != size() * devicePixelRatio()) {
        m_overview = QImage(size() * devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
        m_overview.setDevicePixelRatio(devicePixelRatio());
        m_overview.fill(Qt::transparent);
        QPainter image(&m_overview);
        image.setTransform(t);
        const LineageGraph &g = m_canvas->graph();
        QPen edgePen(mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.25), 0);
        image.setPen(edgePen);
        for (const QPolygonF &route : m_canvas->layout().routes)
            image.drawLine(route.first(), route.last());
        for (int i = 0; i < g.nodeCount(); ++i) {
            const LineageNode &n = g.node(i);
            const QColor c = n.kind == LineageNode::Kind::Job && !m_canvas->isColouredByRunState()
                ? mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.4)
                : m_canvas->nodeColour(i);
            image.fillRect(m_canvas->nodeRect(i), c);
        }
    }
    painter.drawImage(0, 0, m_overview);
    QPen frame(p.color(QPalette::Highlight), 1.5);
    painter.setPen(frame);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawRect(t.mapRect(m_canvas->visibleRect()).intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void LineageMinimap::moveViewTo(const QPoint &pos)
{
    bool invertible = false;
    const QTransform back = toMinimap().inverted(&invertible);
    if (invertible)
        m_canvas->centerOn(back.map(QPointF(pos)));
}

void LineageMinimap::mousePressEvent(QMouseEvent *event)
{
    moveViewTo(event->position().toPoint());
}

void LineageMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveViewTo(event->position().toPoint());
}

} // namespace Tessera
