#pragma once

#include "models/catalog/entities.h"
#include "models/core/textdiff.h"

#include <QColor>
#include <QStyledItemDelegate>

class QLabel;

namespace Tessera::Badges {

// The colours of status and classification badges: the same everywhere (tree, results, page).
QColor statusColor(ProductStatus status);
QColor classificationColor(Classification classification);
QColor textColorOn(const QColor &background);

// Secondary text in rich text: the palette's text faded towards the background (PlaceholderText
// carries its fading as alpha, which HTML colour names lose).
QColor muted(const QPalette &palette);
// A neutral chip background for tags.
QColor chip(const QPalette &palette);

// A small coloured label ("Confidential") for headers.
QLabel *makeLabel(const QString &text, const QColor &background, QWidget *parent);
void setLabel(QLabel *label, const QString &text, const QColor &background);

// Backgrounds of removed and added lines in differences, for the palette's lightness.
struct DiffColors {
    QColor removed;
    QColor added;
};
DiffColors diffColors(const QPalette &palette);

// Line differences as HTML for a QTextBrowser: removed lines red, added green, long unchanged
// runs folded to a few lines of context.
QString diffHtml(const QList<DiffLine> &diff, const QPalette &palette, int context = 3);

// Paints a product's status and classification as badges at the right of its row (items with
// the given roles; others are painted as usual).
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeDelegate(int statusRole, int classificationRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
    int m_classificationRole;
};

} // namespace Tessera::Badges
