#include "models/core/problemmodel.h"

#include <algorithm>

namespace Tessera {

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemModel::severityName(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Info:
        return tr("Information");
    case Problem::Severity::Warning:
        return tr("Warning");
    case Problem::Severity::Error:
        return tr("Error");
    }
    return {};
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(p.severity);
        case MessageColumn:
            return p.detail.field.isEmpty() ? p.detail.message : p.detail.field + QLatin1String(": ") + p.detail.message;
        case LocationColumn:
            return p.detail.location();
        case SourceColumn:
            return p.source;
        }
        break;
    case Qt::ToolTipRole:
        return p.detail.toString();
    case SeverityRole:
        return int(p.severity);
    case FileRole:
        return p.detail.file;
    case LineRole:
        return p.detail.line;
    case ColumnRole:
        return p.detail.column;
    default:
        break;
    }
    return {};
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    case LocationColumn:
        return tr("Location");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

void ProblemModel::add(const Problem &problem)
{
    const int row = int(m_problems.size());
    beginInsertRows({}, row, row);
    m_problems.append(problem);
    endInsertRows();
    Q_EMIT countsChanged();
}

void ProblemModel::clear(const QString &source)
{
    bool removed = false;
    for (int row = int(m_problems.size()) - 1; row >= 0; --row) {
        if (m_problems.at(row).source != source)
            continue;
        // Remove contiguous runs in one go so views update once per run.
        int first = row;
        while (first > 0 && m_problems.at(first - 1).source == source)
            --first;
        beginRemoveRows({}, first, row);
        m_problems.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
        removed = true;
    }
    if (removed)
        Q_EMIT countsChanged();
}

void ProblemModel::clearAll()
{
    if (m_problems.isEmpty())
        return;
    beginResetModel();
    m_problems.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

int ProblemModel::count(Problem::Severity severity) const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [severity](const Problem &p) {
        return p.severity == severity;
    }));
}

} // namespace Tessera
