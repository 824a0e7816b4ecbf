#include "views/pipelines/runtimeline.h"

#include "models/pipelines/pipelinemodels.h"
#include "views/pipelines/runcolors.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QTimeZone>

#include <cmath>

namespace Tessera {

namespace {

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 shortestSpan = 10 * minute;
constexpr qint64 longestSpan = 400 * day;

// Draws each run as a bar in the chart column, over the axis's grid.
class BarDelegate : public QStyledItemDelegate
{
public:
    explicit BarDelegate(RunTimelineView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        painter->setClipRect(option.rect);
        QColor grid = option.palette.color(QPalette::Text);
        grid.setAlphaF(0.08f);
        for (const RunTimelineView::Tick &tick : m_view->ticks()) {
            const double x = m_view->xOf(tick.time);
            painter->setPen(QPen(grid, tick.dayLabel.isEmpty() ? 1 : 2));
            painter->drawLine(QPointF(x, option.rect.top()), QPointF(x, option.rect.bottom()));
        }
        if (const QDateTime now = m_view->timelineModel()->now(); now.isValid()) {
            const double x = m_view->xOf(now);
            painter->setPen(QPen(RunColors::state(RunState::Failed), 1, Qt::DashLine));
            painter->drawLine(QPointF(x, option.rect.top()), QPointF(x, option.rect.bottom()));
        }

        const QDateTime start = index.data(RunTimelineModel::StartRole).toDateTime();
        const QDateTime end = index.data(RunTimelineModel::EndRole).toDateTime();
        if (start.isValid()) {
            const auto state = RunState(index.data(RunTimelineModel::StateRole).toInt());
            const double x0 = m_view->xOf(start);
            const double x1 = std::max(m_view->xOf(end.isValid() ? end : start), x0 + 3);
            const QColor colour = RunColors::state(state);
            painter->setRenderHint(QPainter::Antialiasing);
            const double mid = option.rect.center().y() + 0.5;
            if (index.data(RunTimelineModel::HasChildrenRole).toBool()) {
                // A pipeline run: a summary bar with pointed ends, as Gantt charts draw groups.
                const QRectF bar(x0, mid - 5, x1 - x0, 5);
                QPainterPath path;
                path.addRect(bar);
                QPolygonF left{{x0, bar.bottom()}, {x0 + 5, bar.bottom()}, {x0, bar.bottom() + 5}};
                QPolygonF right{{x1, bar.bottom()}, {x1 - 5, bar.bottom()}, {x1, bar.bottom() + 5}};
                path.addPolygon(left);
                path.addPolygon(right);
                painter->fillPath(path.simplified(), colour.darker(115));
            } else {
                const QRectF bar(x0, option.rect.top() + 4, x1 - x0, option.rect.height() - 8);
                if (state == RunState::Running) {
                    QLinearGradient fade(bar.topLeft(), bar.topRight());
                    fade.setColorAt(0, colour);
                    QColor end = colour;
                    end.setAlphaF(0.35f);
                    fade.setColorAt(1, end);
                    painter->setBrush(fade);
                } else {
                    painter->setBrush(colour);
                }
                painter->setPen(option.state & QStyle::State_Selected ? QPen(option.palette.color(QPalette::HighlightedText), 1.5)
                                                                      : QPen(colour.darker(130), 1));
                painter->drawRoundedRect(bar, 2, 2);
            }
        }
        painter->restore();
    }

private:
    RunTimelineView *m_view;
};

} // namespace

RunTimelineView::RunTimelineView(QWidget *parent)
    : QTreeView(parent)
{
    setHeader(new TimelineHeader(this));
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
    connect(header(), &QHeaderView::sectionResized, this, [this] {
        updateTicks();
    });
}

void RunTimelineView::setTimelineModel(RunTimelineModel *model)
{
    m_model = model;
    setModel(model);
    setItemDelegate(new RunColors::RunStateDelegate(RunTimelineModel::StateColumn, RunTimelineModel::StateRole, -1, -1, this));
    setItemDelegateForColumn(RunTimelineModel::TimelineColumn, new BarDelegate(this));
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->resizeSection(RunTimelineModel::RunColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 42);
    for (int c : {RunTimelineModel::StateColumn, RunTimelineModel::StartColumn, RunTimelineModel::DurationColumn})
        header()->resizeSection(
            c, fontMetrics().horizontalAdvance(QLatin1Char('x')) * (c == RunTimelineModel::StartColumn ? 18 : 11));
    connect(model, &QAbstractItemModel::modelReset, this, &RunTimelineView::expandAll);
}

void RunTimelineView::setViewRange(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return;
    qint64 span = std::clamp(start.msecsTo(end), shortestSpan, longestSpan);
    const QDateTime middle = start.addMSecs(start.msecsTo(end) / 2);
    QDateTime s = middle.addMSecs(-span / 2);
    QDateTime e = s.addMSecs(span);
    if (s == m_start && e == m_end)
        return;
    m_start = s;
    m_end = e;
    updateTicks();
    viewport()->update();
    header()->viewport()->update();
    Q_EMIT viewRangeChanged();
}

void RunTimelineView::fitAll()
{
    if (!m_model || !m_model->firstTime().isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        setViewRange(now.addDays(-1), now);
        return;
    }
    const qint64 span = std::max(m_model->firstTime().msecsTo(m_model->lastTime()), shortestSpan);
    setViewRange(m_model->firstTime().addMSecs(-span / 20), m_model->lastTime().addMSecs(span / 20));
}

void RunTimelineView::zoomBy(double factor, std::optional<int> x)
{
    if (!m_start.isValid() || factor <= 0)
        return;
    const QRect chart = chartRect();
    const double anchorX = x.value_or(chart.center().x());
    const QDateTime anchor = timeAt(anchorX);
    const double fraction = chart.width() > 0 ? (anchorX - chart.left()) / chart.width() : 0.5;
    const qint64 span = std::clamp(qint64(double(m_start.msecsTo(m_end)) / factor), shortestSpan, longestSpan);
    const QDateTime start = anchor.addMSecs(-qint64(double(span) * fraction));
    m_start = start;
    m_end = start.addMSecs(span);
    updateTicks();
    viewport()->update();
    header()->viewport()->update();
    Q_EMIT viewRangeChanged();
}

void RunTimelineView::panBy(int pixels)
{
    const QRect chart = chartRect();
    if (!m_start.isValid() || chart.width() <= 0)
        return;
    const qint64 shift = qint64(double(m_start.msecsTo(m_end)) * pixels / chart.width());
    setViewRange(m_start.addMSecs(shift), m_end.addMSecs(shift));
}

QRect RunTimelineView::chartRect() const
{
    const int x = header()->sectionViewportPosition(RunTimelineModel::TimelineColumn);
    return QRect(x, 0, header()->sectionSize(RunTimelineModel::TimelineColumn), viewport()->height());
}

double RunTimelineView::xOf(const QDateTime &time) const
{
    const QRect chart = chartRect();
    const qint64 span = m_start.msecsTo(m_end);
    if (span <= 0)
        return chart.left();
    return chart.left() + double(m_start.msecsTo(time)) * chart.width() / double(span);
}

QDateTime RunTimelineView::timeAt(double x) const
{
    const QRect chart = chartRect();
    if (chart.width() <= 0)
        return m_start;
    return m_start.addMSecs(qint64((x - chart.left()) * double(m_start.msecsTo(m_end)) / chart.width()));
}

void RunTimelineView::updateTicks()
{
    m_ticks.clear();
    const QRect chart = chartRect();
    if (!m_start.isValid() || chart.width() <= 0)
        return;
    const double msPerPixel = double(m_start.msecsTo(m_end)) / chart.width();
    static constexpr qint64 steps[] = {minute,   5 * minute, 10 * minute, 15 * minute, 30 * minute, hour,     2 * hour, 3 * hour,
                                       6 * hour, 12 * hour,  day,         2 * day,     7 * day,     14 * day, 30 * day};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (double(s) / msPerPixel >= 70) {
            step = s;
            break;
        }
    }
    const QLocale locale;
    const QDateTime localStart = m_start.toLocalTime();
    QDateTime t;
    if (step < day) {
        const QDateTime midnight(localStart.date(), QTime(0, 0), QTimeZone::LocalTime);
        const qint64 into = midnight.msecsTo(localStart);
        t = midnight.addMSecs((into + step - 1) / step * step);
    } else {
        t = QDateTime(localStart.date().addDays(1), QTime(0, 0), QTimeZone::LocalTime);
    }
    QDate lastDay;
    const QString dayFormat = locale.dateFormat(QLocale::ShortFormat);
    for (int guard = 0; t <= m_end && guard < 500; ++guard) {
        Tick tick;
        tick.time = t;
        const QDateTime local = t.toLocalTime();
        if (step < day) {
            tick.label = locale.toString(local.time(), QLocale::ShortFormat);
            if (local.date() != lastDay)
                tick.dayLabel = locale.toString(local.date(), dayFormat);
        } else {
            tick.label = locale.toString(local.date(), dayFormat);
        }
        lastDay = local.date();
        m_ticks << tick;
        t = step < day ? t.addMSecs(step) : QDateTime(local.date().addDays(step / day), QTime(0, 0), QTimeZone::LocalTime);
    }
}

void RunTimelineView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    updateTicks();
}

void RunTimelineView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    if (dx != 0)
        updateTicks();
}

void RunTimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, delta), int(event->position().x()));
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) || event->angleDelta().x() != 0) {
        panBy(-delta / 2);
        event->accept();
        return;
    }
    QTreeView::wheelEvent(event);
}

void RunTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && chartRect().contains(QPoint(event->position().toPoint().x(), 0))) {
        m_pressPos = event->position().toPoint();
        m_lastX = m_pressPos->x();
        m_panning = false;
    }
    QTreeView::mousePressEvent(event);
}

void RunTimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressPos && (event->buttons() & Qt::LeftButton)) {
        const QPoint pos = event->position().toPoint();
        if (!m_panning && (pos - *m_pressPos).manhattanLength() > 4) {
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_panning) {
            panBy(m_lastX - pos.x());
            m_lastX = pos.x();
            event->accept();
            return;
        }
    }
    QTreeView::mouseMoveEvent(event);
}

void RunTimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning)
        viewport()->unsetCursor();
    m_pressPos.reset();
    m_panning = false;
    QTreeView::mouseReleaseEvent(event);
}

void RunTimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        panBy(event->key() == Qt::Key_Left ? -chartRect().width() / 4 : chartRect().width() / 4);
        return;
    }
    QTreeView::keyPressEvent(event);
}

TimelineHeader::TimelineHeader(RunTimelineView *view)
    : QHeaderView(Qt::Horizontal, view)
    , m_view(view)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSize TimelineHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(std::max(size.height(), fontMetrics().height() * 2 + 8));
    return size;
}

void TimelineHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (logicalIndex != RunTimelineModel::TimelineColumn) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The section's frame without its title, then the axis in it.
    QStyleOptionHeader opt;
    initStyleOption(&opt);
    opt.rect = rect;
    opt.section = logicalIndex;
    style()->drawControl(QStyle::CE_HeaderSection, &opt, painter, this);
    painter->save();
    painter->setClipRect(rect);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    for (const RunTimelineView::Tick &tick : m_view->ticks()) {
        // xOf is in viewport coordinates of the view, which the header shares horizontally.
        const int x = int(std::lround(m_view->xOf(tick.time)));
        painter->setPen(palette().color(QPalette::Mid));
        painter->drawLine(x, rect.bottom() - 5, x, rect.bottom());
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->drawText(QRect(x + 3, rect.top() + 4 + line, 200, line), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
        if (!tick.dayLabel.isEmpty()) {
            QFont bold = font();
            bold.setBold(true);
            painter->setFont(bold);
            painter->drawText(QRect(x + 3, rect.top() + 2, 300, line), Qt::AlignLeft | Qt::AlignVCenter, tick.dayLabel);
            painter->setFont(font());
            painter->drawLine(x, rect.top() + 2, x, rect.bottom());
        }
    }
    painter->restore();
}

} // namespace Tessera
