#pragma once

#include <QDateTime>
#include <QHeaderView>
#include <QTreeView>

namespace Tessera {

class RunTimelineModel;

// Runs as a Gantt chart: the run tree (pipeline runs with their tasks under them) at the left, and
// in the last column each run as a bar from its start to its end, coloured by its state, on a
// time axis drawn in the header. Ctrl+wheel (or +/-) zooms around the pointer, Shift+wheel or
// dragging in the chart pans, and Fit shows every run.
class RunTimelineView : public QTreeView
{
    Q_OBJECT

public:
    explicit RunTimelineView(QWidget *parent = nullptr);

    void setTimelineModel(RunTimelineModel *model);
    RunTimelineModel *timelineModel() const { return m_model; }

    // The span of time the chart column shows.
    QDateTime viewStart() const { return m_start; }
    QDateTime viewEnd() const { return m_end; }
    void setViewRange(const QDateTime &start, const QDateTime &end);
    // Shows every run of the model, with a little room on either side.
    void fitAll();
    // Zooms by factor (> 1 closer) keeping the time at the chart's x (viewport coordinates; the
    // middle of the chart when none) where it is.
    void zoomBy(double factor, std::optional<int> x = std::nullopt);
    void zoomIn() { zoomBy(1.5); }
    void zoomOut() { zoomBy(1 / 1.5); }
    // Moves the span by pixels of the chart.
    void panBy(int pixels);

    // Between times and x in the viewport, over the chart column.
    QRect chartRect() const; // the chart column's x range, in viewport coordinates (any y)
    double xOf(const QDateTime &time) const;
    QDateTime timeAt(double x) const;

    struct Tick {
        QDateTime time;
        QString label;
        QString dayLabel; // the date, at the first tick of each day (and the first tick)
    };
    // Where the axis has ticks for the current span and width: a step of round minutes, hours or
    // days, at least 70 pixels apart, in local time.
    const QList<Tick> &ticks() const { return m_ticks; }

Q_SIGNALS:
    void viewRangeChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateTicks();

    RunTimelineModel *m_model = nullptr;
    QList<Tick> m_ticks;
    QDateTime m_start;
    QDateTime m_end;
    std::optional<QPoint> m_pressPos;
    bool m_panning = false;
    int m_lastX = 0;
};

// The time axis over the chart column of a RunTimelineView; other sections as usual.
class TimelineHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit TimelineHeader(RunTimelineView *view);
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    RunTimelineView *m_view;
};

} // namespace Tessera
