#pragma once

// The tables of a product page: schema (columns), service levels, quality rules. Each follows a
// ProductEdit and, where the person may edit, writes through it.

#include "models/catalog/productedit.h"

#include <QAbstractTableModel>

namespace Tessera {

// Every column of every dataset of the product, one row each.
class SchemaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        DatasetColumn,
        NameColumn,
        TypeColumn,
        DescriptionColumn,
        ClassificationColumn,
        TagsColumn,
        RequiredColumn,
        UniqueColumn,
        PrimaryKeyColumn,
        ColumnCount,
    };
    enum Roles {
        ClassificationRole = Qt::UserRole + 1, // Classification as int
        SortRole, // what sorting compares
    };

    explicit SchemaModel(ProductEdit *edit, QObject *parent = nullptr);

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Where a row's column lives in the product.
    std::pair<int, int> position(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    ProductEdit *m_edit;
    QList<std::pair<int, int>> m_rows; // (dataset, column)
    bool m_editable = false;
};

// The product's service levels, with how each reads ("latency ≤ 4 h").
class SlaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        PropertyColumn,
        ValueColumn,
        UnitColumn,
        ElementColumn,
        ReadsAsColumn,
        ColumnCount,
    };

    explicit SlaModel(ProductEdit *edit, QObject *parent = nullptr);

    void setEditable(bool editable);
    // Appends an empty service level (editable models only); returns its row.
    int addRow();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

private:
    void refresh();

    ProductEdit *m_edit;
    QList<SlaProperty> m_sla;
    bool m_editable = false;
};

// The quality rules of the product's datasets and columns.
class QualityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        WhereColumn,
        NameColumn,
        RuleColumn,
        DimensionColumn,
        SeverityColumn,
        DescriptionColumn,
        ColumnCount,
    };

    explicit QualityModel(ProductEdit *edit, QObject *parent = nullptr);

    // "row count ≥ 1000", "null values = 0", "sql: SELECT ... must be 0".
    static QString ruleText(const QualityRule &rule);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    ProductEdit *m_edit;
    QList<std::pair<QString, QualityRule>> m_rules;
};

} // namespace Tessera
