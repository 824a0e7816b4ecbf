#include "views/pipelines/runcolors.h"

#include "views/catalog/badges.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Tessera::RunColors {

QColor state(RunState state)
{
    switch (state) {
    case RunState::New:
        return QColor(0x90, 0x90, 0x90);
    case RunState::Running:
        return QColor(0x15, 0x65, 0xc0);
    case RunState::Completed:
        return QColor(0x2e, 0x7d, 0x32);
    case RunState::Aborted:
        return QColor(0xe6, 0x51, 0x00);
    case RunState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QColor late()
{
    return QColor(0xf9, 0xa8, 0x25);
}

QColor lateTint(const QPalette &palette)
{
    QColor tint = late();
    tint.setAlphaF(palette.color(QPalette::Base).lightnessF() > 0.5 ? 0.16f : 0.22f);
    return tint;
}

int paintBadge(QPainter *painter, const QRect &rect, RunState runState, const QFont &font)
{
    const QString text = Runs::stateText(runState);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    const int h = std::min(rect.height() - 2, fm.height() + 2);
    const QRect badge(rect.left(), rect.top() + (rect.height() - h) / 2, fm.horizontalAdvance(text) + 12, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(state(runState));
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Badges::textColorOn(state(runState)));
    painter->setFont(small);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
    return badge.width();
}

int badgeWidth(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(small);
    int widest = 0;
    for (RunState state : {RunState::New, RunState::Running, RunState::Completed, RunState::Aborted, RunState::Failed})
        widest = std::max(widest, fm.horizontalAdvance(Runs::stateText(state)));
    return widest + 12;
}

RunStateDelegate::RunStateDelegate(int stateColumn, int stateRole, int durationsRole, int lateRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stateColumn(stateColumn)
    , m_stateRole(stateRole)
    , m_durationsRole(durationsRole)
    , m_lateRole(lateRole)
{
}

void RunStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_lateRole >= 0 && index.data(m_lateRole).toBool() && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, lateTint(option.palette));
    const int state = index.data(m_stateRole).toInt();
    if (index.column() == m_stateColumn && index.data(m_stateRole).isValid() && state >= 0) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        paintBadge(painter, option.rect.adjusted(4, 0, -4, 0), RunState(state), option.font);
        return;
    }
    const QVariantList durations = m_durationsRole >= 0 ? index.data(m_durationsRole).toList() : QVariantList();
    if (durations.size() < 2) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text at the left, a small line of the durations (oldest to newest) at the right.
    constexpr int chartWidth = 56;
    QStyleOptionViewItem opt = option;
    opt.rect.setRight(option.rect.right() - chartWidth - 6);
    QStyledItemDelegate::paint(painter, opt, index);
    const QRectF chart(option.rect.right() - chartWidth - 2, option.rect.top() + 4, chartWidth, option.rect.height() - 8);
    qint64 most = 1;
    for (const QVariant &d : durations)
        most = std::max(most, d.toLongLong());
    QPainterPath line;
    for (int i = 0; i < durations.size(); ++i) {
        const QPointF p(chart.left() + chart.width() * i / (durations.size() - 1),
                        chart.bottom() - chart.height() * double(durations.at(i).toLongLong()) / double(most));
        i == 0 ? line.moveTo(p) : line.lineTo(p);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                                : option.palette.color(QPalette::Link);
    painter->setPen(QPen(colour, 1.4));
    painter->drawPath(line);
    painter->setBrush(colour);
    painter->drawEllipse(line.currentPosition(), 2, 2);
    painter->restore();
}

QSize RunStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == m_stateColumn)
        size.setWidth(std::max(size.width(), badgeWidth(option.font) + 8));
    if (m_durationsRole >= 0 && index.data(m_durationsRole).toList().size() >= 2)
        size.rwidth() += 62;
    return size.expandedTo(QSize(0, option.fontMetrics.height() + 6));
}

} // namespace Tessera::RunColors
