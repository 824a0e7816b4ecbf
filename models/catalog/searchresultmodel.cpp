#include "models/catalog/searchresultmodel.h"

#include "models/catalog/presentation.h"

namespace Tessera {

SearchResultModel::SearchResultModel(CatalogStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

Status SearchResultModel::setQuery(const SearchQuery &query)
{
    const auto hits = m_store->search(query);
    if (!hits)
        return hits.error();
    beginResetModel();
    m_query = query;
    m_hits = hits.value();
    endResetModel();
    return Ok{};
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const ProductSummary &p = hit.product;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return Catalog::displayTitle(p);
        case DomainColumn:
            return p.domainId;
        case StatusColumn:
            return Catalog::statusKey(p.status);
        case ClassificationColumn:
            return Catalog::classificationKey(p.classification);
        case OwnerColumn:
            return p.ownerTeamId;
        }
        break;
    case Qt::ToolTipRole:
        return p.id;
    case IdRole:
        return p.id;
    case TierRole:
        return hit.tier;
    case StatusRole:
        return int(p.status);
    case ClassificationRole:
        return int(p.classification);
    default:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Product");
    case DomainColumn:
        return tr("Domain");
    case StatusColumn:
        return tr("Status");
    case ClassificationColumn:
        return tr("Classification");
    case OwnerColumn:
        return tr("Owner");
    }
    return {};
}

} // namespace Tessera
