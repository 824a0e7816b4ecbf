#pragma once

#include "models/pipelines/runstate.h"

#include <QColor>
#include <QStyledItemDelegate>

class QPainter;

namespace Tessera::RunColors {

// The colour of a run state, the same in the dashboard, the timeline, product pages and the
// lineage: failed red, aborted orange, running blue, completed green, new grey.
QColor state(RunState state);
// Late data: the colour of its marker and the tint of its rows.
QColor late();
QColor lateTint(const QPalette &palette);

// A rounded badge with the state's name in it, drawn in rect (vertically centred, from the left).
// Returns the width it took.
int paintBadge(QPainter *painter, const QRect &rect, RunState state, const QFont &font);
// The widest badge of any state, for a column that shows them.
int badgeWidth(const QFont &font);

// Paints run states as badges (in the column whose items carry stateRole), durations with a small
// chart of the earlier ones (items carrying durationsRole), and tints late rows (lateRole).
class RunStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RunStateDelegate(int stateColumn, int stateRole, int durationsRole = -1, int lateRole = -1, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateColumn;
    int m_stateRole;
    int m_durationsRole;
    int m_lateRole;
};

} // namespace Tessera::RunColors
