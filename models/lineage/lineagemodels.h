#pragma once

#include "models/lineage/traversal.h"

#include <QAbstractTableModel>

namespace Tessera {

// What a change to a dataset reaches downstream: one row per dataset, nearest first.
class ImpactModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DatasetColumn,
        ProductColumn,
        DomainColumn,
        TeamColumn,
        HopsColumn,
        ViaColumn,
        ColumnCount,
    };
    enum Roles {
        KeyRole = Qt::UserRole + 1, // the dataset's node key
        SortRole, // numbers as numbers
    };

    explicit ImpactModel(QObject *parent = nullptr);

    // The impact of changing seeds (nodes of graph); an empty list clears it.
    void setImpact(const LineageGraph &graph, const QList<int> &seeds);
    void clear();
    const LineageWalk::Impact &impact() const { return m_impact; }
    const LineageGraph &graph() const { return m_graph; }
    QByteArray csv() const;
    // "4 datasets in 3 products of 2 teams"
    QString summary() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LineageGraph m_graph;
    LineageWalk::Impact m_impact;
};

// A column's lineage, one row per column edge: which column is computed from which, how, by
// which job; upstream edges first (farthest first), then downstream ones.
class ColumnTraceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FromColumn,
        ToColumn,
        TransformationColumn,
        JobColumn,
        SideColumn,
        ColumnCount,
    };
    enum Roles {
        FromKeyRole = Qt::UserRole + 1,
        ToKeyRole,
        EdgeRole, // the index into graph().columnEdges()
    };

    explicit ColumnTraceModel(QObject *parent = nullptr);

    void setTrace(const LineageGraph &graph, int node, const QString &column);
    void clear();
    const LineageWalk::ColumnTrace &trace() const { return m_trace; }
    const LineageGraph &graph() const { return m_graph; }
    int tracedNode() const { return m_node; }
    QString tracedColumn() const { return m_column; }
    // "DIRECT · AGGREGATION", or what the contract says when no type is known.
    static QString transformationText(const ColumnEdge &edge, const QString &separator = QStringLiteral(" · "));
    // "orders.total_amount"
    static QString columnText(const LineageGraph &graph, int node, const QString &column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int edge;
        int distance; // of the edge's far end, negative upstream
    };
    LineageGraph m_graph;
    LineageWalk::ColumnTrace m_trace;
    QList<Row> m_rows;
    int m_node = -1;
    QString m_column;
};

} // namespace Tessera
