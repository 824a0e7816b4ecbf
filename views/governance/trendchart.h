#pragma once

#include "models/catalog/catalogstore.h"

#include <QWidget>

namespace Tessera {

// The compliance trend drawn: errors, warnings and notes against the published policies over
// time, one line each, with the newest counts in the legend.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    // Oldest first.
    void setHistory(const QList<ComplianceSnapshot> &history);

    QSize sizeHint() const override { return {480, 180}; }
    QSize minimumSizeHint() const override { return {240, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<ComplianceSnapshot> m_history;
};

} // namespace Tessera
