#include "models/governance/maskpreviewmodel.h"

#include "models/catalog/presentation.h"
#include "models/governance/masking.h"

namespace Tessera {

MaskPreviewModel::MaskPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MaskPreviewModel::setInput(const QList<Policy> &policies, Role role, const Product &product, const QString &dataset,
                                const QHash<QString, QStringList> &samples)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[column, decision] : Decisions::masks(policies, role, product)) {
        if (column.dataset != dataset)
            continue;
        Row row{column, decision, {}, {}};
        const QStringList values = samples.value(column.column);
        for (qsizetype i = 0; i < std::min<qsizetype>(samplesShown, values.size()); ++i) {
            const Result<QString> shown = Masking::apply(decision.mask, values.at(i), decision.expression);
            if (!shown) {
                row.problem = shown.error().message;
                break;
            }
            row.samples << (shown.value().isNull() ? QStringLiteral("NULL") : shown.value());
        }
        m_rows << row;
    }
    endResetModel();
}

int MaskPreviewModel::maskedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.decision.masked();
    }));
}

int MaskPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaskPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaskPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.column.column;
        case ClassificationColumn:
            return Catalog::classificationName(r.column.classification);
        case MaskColumn:
            return r.decision.masked() ? Policies::maskKey(r.decision.mask) : tr("none");
        case SampleColumn:
            if (!r.problem.isEmpty())
                return r.problem;
            return r.samples.isEmpty() ? QVariant() : QVariant(r.samples.join(QStringLiteral(" · ")));
        case DecisionColumn:
            return r.decision.explanation();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SampleColumn && !r.samples.isEmpty())
            return r.samples.join(QLatin1Char('\n'));
        return r.decision.explanation();
    case MaskedRole:
        return r.decision.masked();
    case MaskTypeRole:
        return int(r.decision.mask);
    }
    return {};
}

QVariant MaskPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case ClassificationColumn:
        return tr("Classification");
    case MaskColumn:
        return tr("Mask");
    case SampleColumn:
        return tr("Sample values as seen");
    case DecisionColumn:
        return tr("Decided by");
    }
    return {};
}

} // namespace Tessera
