#include "models/lineage/lineagemodels.h"

#include <algorithm>

namespace Tessera {

ImpactModel::ImpactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImpactModel::setImpact(const LineageGraph &graph, const QList<int> &seeds)
{
    beginResetModel();
    m_graph = graph;
    m_impact = seeds.isEmpty() ? LineageWalk::Impact() : LineageWalk::impact(m_graph, seeds);
    endResetModel();
}

void ImpactModel::clear()
{
    setImpact(LineageGraph(), {});
}

QByteArray ImpactModel::csv() const
{
    return LineageWalk::impactCsv(m_graph, m_impact);
}

QString ImpactModel::summary() const
{
    QSet<QString> teams;
    for (const LineageWalk::ProductImpact &p : m_impact.products) {
        if (!p.teamName.isEmpty())
            teams.insert(p.teamName);
    }
    return tr("%n dataset(s)", nullptr, int(m_impact.datasets.size())) + QLatin1Char(' ')
        + tr("in %n product(s)", nullptr, int(m_impact.products.size())) + QLatin1Char(' ')
        + tr("of %n team(s)", nullptr, int(teams.size()));
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_impact.datasets.size());
}

int ImpactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LineageWalk::ImpactRow &row = m_impact.datasets.at(index.row());
    const LineageNode &n = m_graph.node(row.node);
    if (role == KeyRole)
        return n.key;
    if (role == Qt::TextAlignmentRole && index.column() == HopsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.column() == HopsColumn)
        return row.distance;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case DatasetColumn:
        if (role == Qt::ToolTipRole)
            return n.qualifiedName.isEmpty() ? n.name : n.qualifiedName;
        return n.name;
    case ProductColumn:
        return n.external ? tr("External") : n.productName;
    case DomainColumn:
        return n.domainName;
    case TeamColumn:
        return n.teamName;
    case HopsColumn:
        return row.distance;
    case ViaColumn: {
        if (row.via < 0)
            return {};
        const QString via = m_graph.node(row.via).name;
        return row.job >= 0 ? tr("%1 by %2").arg(via, m_graph.node(row.job).name) : via;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DatasetColumn:
        return tr("Dataset");
    case ProductColumn:
        return tr("Product");
    case DomainColumn:
        return tr("Domain");
    case TeamColumn:
        return tr("Owning team");
    case HopsColumn:
        return tr("Hops");
    case ViaColumn:
        return tr("Reached from");
    case ColumnCount:
        break;
    }
    return {};
}

ColumnTraceModel::ColumnTraceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ColumnTraceModel::setTrace(const LineageGraph &graph, int node, const QString &column)
{
    beginResetModel();
    m_graph = graph;
    m_node = node;
    m_column = column;
    m_trace = node >= 0 ? LineageWalk::traceColumn(m_graph, node, column) : LineageWalk::ColumnTrace();
    m_rows.clear();
    QHash<QPair<int, QString>, int> distance;
    for (const LineageWalk::ColumnRef &ref : std::as_const(m_trace.columns))
        distance.insert({ref.node, ref.column}, ref.distance);
    for (int e : std::as_const(m_trace.edges)) {
        const ColumnEdge &edge = m_graph.columnEdges().at(e);
        const int from = distance.value({edge.from, edge.fromColumn}, 1);
        const int to = distance.value({edge.to, edge.toColumn}, 1);
        m_rows.append({e, from < 0 ? from : std::max(to, 1)});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.distance < b.distance;
    });
    endResetModel();
}

void ColumnTraceModel::clear()
{
    setTrace(LineageGraph(), -1, QString());
}

QString ColumnTraceModel::transformationText(const ColumnEdge &edge, const QString &separator)
{
    QStringList parts;
    if (!edge.type.isEmpty())
        parts << edge.type;
    if (!edge.subtype.isEmpty())
        parts << edge.subtype;
    if (edge.masking)
        parts << tr("masked");
    if (parts.isEmpty())
        return edge.fromContract ? tr("contract") : QString();
    return parts.join(separator);
}

QString ColumnTraceModel::columnText(const LineageGraph &graph, int node, const QString &column)
{
    const QString dataset = graph.node(node).name;
    return column.isEmpty() ? tr("%1 (whole dataset)").arg(dataset) : dataset + QLatin1Char('.') + column;
}

int ColumnTraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnTraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnTraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ColumnEdge &edge = m_graph.columnEdges().at(row.edge);
    switch (role) {
    case FromKeyRole:
        return m_graph.node(edge.from).key;
    case ToKeyRole:
        return m_graph.node(edge.to).key;
    case EdgeRole:
        return row.edge;
    case Qt::ToolTipRole:
        if (index.column() == TransformationColumn && !edge.description.isEmpty())
            return edge.description;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case FromColumn:
            return columnText(m_graph, edge.from, edge.fromColumn);
        case ToColumn:
            return columnText(m_graph, edge.to, edge.toColumn);
        case TransformationColumn:
            return transformationText(edge);
        case JobColumn:
            return edge.job >= 0 ? m_graph.node(edge.job).name : QString();
        case SideColumn:
            return row.distance < 0 ? tr("%n hop(s) upstream", nullptr, -row.distance)
                                    : tr("%n hop(s) downstream", nullptr, row.distance);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ColumnTraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Into");
    case TransformationColumn:
        return tr("Transformation");
    case JobColumn:
        return tr("Job");
    case SideColumn:
        return tr("Where");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tessera
