#include "views/governance/trendchart.h"

#include "models/core/isotime.h"

#include <QPainter>
#include <QPainterPath>

namespace Tessera {

namespace {

struct Series {
    QString name;
    QColor colour;
    int ComplianceSnapshot::*count;
};

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("complianceTrendChart"));
    setAccessibleName(tr("Compliance trend"));
}

void TrendChart::setHistory(const QList<ComplianceSnapshot> &history)
{
    m_history = history;
    update();
}

void TrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    if (m_history.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No trend yet: it starts once policies are published (Publish…), and grows as products change."));
        return;
    }
    const QList<Series> series{{tr("Errors"), QColor(0xc0, 0x39, 0x2b), &ComplianceSnapshot::errors},
                               {tr("Warnings"), QColor(0xd3, 0x8b, 0x10), &ComplianceSnapshot::warnings},
                               {tr("Notes"), QColor(0x2e, 0x6d, 0xb4), &ComplianceSnapshot::notes}};
    int highest = 1;
    for (const ComplianceSnapshot &s : std::as_const(m_history)) {
        for (const Series &line : series)
            highest = std::max(highest, s.*line.count);
    }
    // The plot, with room for the counts on the left, the dates below and the legend above.
    const int left = fm.horizontalAdvance(QString::number(highest)) + 16;
    const QRectF plot = QRectF(rect()).adjusted(left, fm.height() * 2 + 8, -16, -(fm.height() + 12));
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const QColor grid = pal.color(QPalette::Mid);
    p.setPen(QPen(grid, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(0, plot.top() - fm.height() / 2.0, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               QString::number(highest));
    p.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("0"));
    // Time runs left to right in proportion; a single snapshot stands in the middle.
    const qint64 first = m_history.first().takenAt.toMSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, m_history.last().takenAt.toMSecsSinceEpoch() - first);
    auto xOf = [&](const ComplianceSnapshot &s) {
        return m_history.size() == 1 ? plot.center().x()
                                     : plot.left() + plot.width() * double(s.takenAt.toMSecsSinceEpoch() - first) / double(span);
    };
    auto yOf = [&](int count) {
        return plot.bottom() - plot.height() * double(count) / double(highest);
    };
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width() / 2, fm.height()), Qt::AlignLeft,
               localTimeText(m_history.first().takenAt));
    if (m_history.size() > 1)
        p.drawText(QRectF(plot.center().x(), plot.bottom() + 4, plot.width() / 2, fm.height()), Qt::AlignRight,
                   localTimeText(m_history.last().takenAt));
    qreal legendX = left;
    for (const Series &line : series) {
        QPainterPath path;
        for (qsizetype i = 0; i < m_history.size(); ++i) {
            const QPointF at(xOf(m_history.at(i)), yOf(m_history.at(i).*line.count));
            if (i == 0)
                path.moveTo(at);
            else
                path.lineTo(at); // a step would say the count held; a line reads easier
        }
        p.setPen(QPen(line.colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(line.colour);
        for (const ComplianceSnapshot &s : std::as_const(m_history))
            p.drawEllipse(QPointF(xOf(s), yOf(s.*line.count)), 3, 3);
        // The legend: the series and its newest count.
        const QString label = QStringLiteral("%1: %2").arg(line.name).arg(m_history.last().*line.count);
        p.fillRect(QRectF(legendX, 8 + fm.height() / 2.0 - 4, 12, 8), line.colour);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(legendX + 18, 8 + fm.ascent()), label);
        legendX += 18 + fm.horizontalAdvance(label) + 20;
    }
}

} // namespace Tessera
