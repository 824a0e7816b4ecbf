#pragma once

// A dataset's columns as one role sees them under masking policies: each column's mask, the rule
// that decided it and why, and sample values shown masked.

#include "models/governance/decisions.h"

#include <QAbstractTableModel>

namespace Tessera {

class MaskPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ClassificationColumn,
        MaskColumn,
        SampleColumn, // up to three sample values, masked
        DecisionColumn, // the deciding policy and rule, and what matched
        ColumnCount,
    };
    enum Roles {
        MaskedRole = Qt::UserRole + 1, // bool
        MaskTypeRole, // int of MaskType
    };

    explicit MaskPreviewModel(QObject *parent = nullptr);

    // samples: sample values by column name (those of a sample file, in order); may be empty.
    void setInput(const QList<Policy> &policies, Role role, const Product &product, const QString &dataset,
                  const QHash<QString, QStringList> &samples);
    int maskedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int samplesShown = 3;

private:
    struct Row {
        ColumnRef column;
        MaskDecision decision;
        QStringList samples; // masked
        QString problem; // a custom mask that could not run
    };
    QList<Row> m_rows;
};

} // namespace Tessera
