#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

// Draws a progress bar from a percentage role (-1: busy, amount of work unknown).
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressDelegate(int percentRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_percentRole;
};

} // namespace Tessera
