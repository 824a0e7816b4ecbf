#include "views/catalog/badges.h"

#include "models/catalog/presentation.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>

namespace Tessera::Badges {

QColor statusColor(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return QColor(0x75, 0x75, 0x75);
    case ProductStatus::Active:
        return QColor(0x2e, 0x7d, 0x32);
    case ProductStatus::Deprecated:
        return QColor(0xf9, 0xa8, 0x25);
    case ProductStatus::Retired:
        return QColor(0x5d, 0x40, 0x37);
    }
    return Qt::gray;
}

QColor classificationColor(Classification classification)
{
    switch (classification) {
    case Classification::Unspecified:
        return QColor(0x90, 0x90, 0x90);
    case Classification::Public:
        return QColor(0x2e, 0x7d, 0x32);
    case Classification::Internal:
        return QColor(0x15, 0x65, 0xc0);
    case Classification::Confidential:
        return QColor(0xe6, 0x51, 0x00);
    case Classification::Restricted:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QColor textColorOn(const QColor &background)
{
    // Relative luminance: dark text on light badges, white on dark ones.
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

QColor muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor chip(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.18);
}

void setLabel(QLabel *label, const QString &text, const QColor &background)
{
    // Style sheets re-polish the widget: only when something changed (this runs on every edit).
    if (label->text() == text && label->property("badgeColor").toString() == background.name())
        return;
    label->setProperty("badgeColor", background.name());
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; padding: 1px 6px; }")
                             .arg(background.name(), textColorOn(background).name()));
}

QLabel *makeLabel(const QString &text, const QColor &background, QWidget *parent)
{
    auto *label = new QLabel(parent);
    setLabel(label, text, background);
    return label;
}

DiffColors diffColors(const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() < 128)
        return {QColor(0x5c, 0x1f, 0x1f), QColor(0x1f, 0x4d, 0x2a)};
    return {QColor(0xfd, 0xe2, 0xe2), QColor(0xdc, 0xf5, 0xe3)};
}

QString diffHtml(const QList<DiffLine> &diff, const QPalette &palette, int context)
{
    const DiffColors colors = diffColors(palette);
    const QString removed = colors.removed.name();
    const QString added = colors.added.name();
    const QString mutedName = muted(palette).name();
    // Which unchanged lines are near a change and stay visible.
    QList<bool> shown(diff.size(), false);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff.at(i).kind == DiffLine::Kind::Same)
            continue;
        for (qsizetype k = std::max<qsizetype>(0, i - context); k <= std::min(diff.size() - 1, i + context); ++k)
            shown[k] = true;
    }
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" style=\"font-family: monospace;\">");
    qsizetype hidden = 0;
    auto flushHidden = [&] {
        if (hidden == 0)
            return;
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"color: %1;\">⋯ %2</td></tr>")
                    .arg(mutedName, QApplication::translate("Tessera::Badges", "%n unchanged line(s)", nullptr, int(hidden)));
        hidden = 0;
    };
    bool anyChange = false;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        const DiffLine &line = diff.at(i);
        if (line.kind == DiffLine::Kind::Same && !shown.at(i)) {
            ++hidden;
            continue;
        }
        flushHidden();
        QString marker = QStringLiteral("&nbsp;");
        QString background;
        if (line.kind == DiffLine::Kind::Removed) {
            marker = QStringLiteral("−");
            background = removed;
            anyChange = true;
        } else if (line.kind == DiffLine::Kind::Added) {
            marker = QStringLiteral("+");
            background = added;
            anyChange = true;
        }
        QString text = line.text.toHtmlEscaped();
        text.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        html += background.isEmpty() ? QStringLiteral("<tr>")
                                     : QStringLiteral("<tr style=\"background-color: %1;\">").arg(background);
        html += QStringLiteral("<td width=\"14\">%1</td><td>%2</td></tr>").arg(marker, text);
    }
    flushHidden();
    html += QStringLiteral("</table>");
    if (!anyChange)
        html = QStringLiteral("<p style=\"color: %1;\">%2</p>")
                   .arg(mutedName, QApplication::translate("Tessera::Badges", "No differences.").toHtmlEscaped());
    return html;
}

BadgeDelegate::BadgeDelegate(int statusRole, int classificationRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
    , m_classificationRole(classificationRole)
{
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant status = index.data(m_statusRole);
    const QVariant classification = index.data(m_classificationRole);
    if (!status.isValid() && !classification.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.8);
    const QFontMetrics fm(small);
    struct Badge {
        QString text;
        QColor color;
    };
    QList<Badge> badges;
    if (status.isValid())
        badges.append({Catalog::statusName(ProductStatus(status.toInt())), statusColor(ProductStatus(status.toInt()))});
    if (classification.isValid() && Classification(classification.toInt()) != Classification::Unspecified)
        badges.append({Catalog::classificationName(Classification(classification.toInt())),
                       classificationColor(Classification(classification.toInt()))});
    int width = 0;
    for (const Badge &b : badges)
        width += fm.horizontalAdvance(b.text) + 10 + 4;

    // The item itself, with its text elided before the badges.
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.rect.setRight(option.rect.right() - width);
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, item.widget);
    item.backgroundBrush = Qt::NoBrush;
    item.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(small);
    int x = option.rect.right() - width + 2;
    const int h = fm.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - h) / 2;
    for (const Badge &b : badges) {
        const QRect r(x, y, fm.horizontalAdvance(b.text) + 10, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(b.color);
        painter->drawRoundedRect(r, 3, 3);
        painter->setPen(textColorOn(b.color));
        painter->drawText(r, Qt::AlignCenter, b.text);
        x += r.width() + 4;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 6));
    return size;
}

} // namespace Tessera::Badges
