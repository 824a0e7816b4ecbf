#pragma once

#include "models/catalog/search.h"

#include <QAbstractTableModel>

namespace Tessera {

// The results of a search: what the navigator shows while searching.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        DomainColumn,
        StatusColumn,
        ClassificationColumn,
        OwnerColumn,
        ColumnCount,
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TierRole, // how the product matched: see SearchHit::tier
        StatusRole,
        ClassificationRole,
    };

    explicit SearchResultModel(CatalogStore *store, QObject *parent = nullptr);

    // Runs the query; on an error (an unclosed quote, say) keeps the previous results and reports it.
    Status setQuery(const SearchQuery &query);

    SearchQuery query() const { return m_query; }
    QString productId(int row) const { return m_hits.at(row).product.id; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CatalogStore *m_store;
    SearchQuery m_query;
    QList<SearchHit> m_hits;
};

} // namespace Tessera
