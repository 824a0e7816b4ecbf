#pragma once

#include "models/catalog/search.h"

#include <QAbstractItemModel>

namespace Tessera {

// The search facets as a tree: facet (Domain, Owner, Tag, Classification, Status) → its values
// with their counts, each checkable. Checked values filter the search; they stay listed (with
// their current count) even when nothing else matches.
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        FacetRole = Qt::UserRole + 1, // the facet's name: "domain", ...
        ValueRole, // values: the value as stored
        CountRole, // values: how many products match with it
    };

    // store (may be null) names domains and teams; it must outlive the model.
    explicit FacetModel(CatalogStore *store, QObject *parent = nullptr);

    void setFacets(const Facets &facets);
    // The checked values, as SearchQuery::facets wants them.
    QMap<QString, QStringList> selection() const { return m_selection; }
    void clearSelection();
    // Reads the names of domains and teams again.
    void reloadNames();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    QString facetTitle(const QString &facet) const;
    QString valueName(const QString &facet, const QString &value) const;
    QList<FacetValue> valuesWithSelection(const QString &facet, const QList<FacetValue> &values) const;

    CatalogStore *m_store;
    QStringList m_names; // facet order
    QList<QList<FacetValue>> m_values; // per facet
    QMap<QString, QStringList> m_selection;
    QHash<QString, QString> m_domainNames;
    QHash<QString, QString> m_teamNames;
};

// What quick open (Ctrl+K) finds for a text: products by name (as search ranks them), datasets
// and columns by the beginning of their names.
class QuickOpenModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // NameHit::Kind as int
        ProductIdRole,
        DatasetRole,
        ColumnRole,
        DetailRole, // where it is: "Sales Orders › orders"
    };

    explicit QuickOpenModel(CatalogStore *store, QObject *parent = nullptr);

    Status setText(const QString &text);
    NameHit hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    CatalogStore *m_store;
    QList<NameHit> m_hits;
};

} // namespace Tessera
