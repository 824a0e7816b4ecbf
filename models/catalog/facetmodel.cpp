#include "models/catalog/facetmodel.h"

#include "models/catalog/presentation.h"

namespace Tessera {

namespace {
constexpr quintptr facetNode = quintptr(-1);
}

FacetModel::FacetModel(CatalogStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_names(SearchQuery::facetNames())
    , m_values(m_names.size())
{
    reloadNames();
}

void FacetModel::reloadNames()
{
    m_domainNames.clear();
    m_teamNames.clear();
    if (!m_store)
        return;
    if (const auto domains = m_store->domains()) {
        for (const Domain &d : domains.value())
            m_domainNames.insert(d.id, d.name);
    }
    if (const auto teams = m_store->teams()) {
        for (const Team &t : teams.value())
            m_teamNames.insert(t.id, t.name);
    }
}

QList<FacetValue> FacetModel::valuesWithSelection(const QString &facet, const QList<FacetValue> &values) const
{
    QList<FacetValue> result = values;
    for (const QString &selected : m_selection.value(facet)) {
        const bool listed = std::any_of(result.cbegin(), result.cend(), [&](const FacetValue &v) {
            return v.value == selected;
        });
        if (!listed)
            result.append({selected, 0});
    }
    return result;
}

void FacetModel::setFacets(const Facets &facets)
{
    // Values come and go with every query: the facets (top level) stay, their children are replaced.
    for (int f = 0; f < m_names.size(); ++f) {
        const QList<FacetValue> next = valuesWithSelection(m_names.at(f), facets.value(m_names.at(f)));
        const QModelIndex parent = index(f, 0);
        const int oldCount = int(m_values.at(f).size());
        const int newCount = int(next.size());
        if (oldCount > newCount) {
            beginRemoveRows(parent, newCount, oldCount - 1);
            m_values[f].resize(newCount);
            endRemoveRows();
        }
        const int common = std::min(oldCount, newCount);
        for (int v = 0; v < common; ++v)
            m_values[f][v] = next.at(v);
        if (common > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(common - 1, 0, parent));
        if (newCount > oldCount) {
            beginInsertRows(parent, oldCount, newCount - 1);
            m_values[f] = next;
            endInsertRows();
        }
        Q_EMIT dataChanged(parent, parent); // the facet's title shows how many values are checked
    }
}

void FacetModel::clearSelection()
{
    if (m_selection.isEmpty())
        return;
    m_selection.clear();
    for (int f = 0; f < m_names.size(); ++f) {
        const QModelIndex parent = index(f, 0);
        if (!m_values.at(f).isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(m_values.at(f).size()) - 1, 0, parent));
        Q_EMIT dataChanged(parent, parent);
    }
    Q_EMIT selectionChanged();
}

QString FacetModel::facetTitle(const QString &facet) const
{
    if (facet == QLatin1String("domain"))
        return tr("Domain");
    if (facet == QLatin1String("owner"))
        return tr("Owner team");
    if (facet == QLatin1String("tag"))
        return tr("Tag");
    if (facet == QLatin1String("classification"))
        return tr("Classification");
    if (facet == QLatin1String("status"))
        return tr("Status");
    return facet;
}

QString FacetModel::valueName(const QString &facet, const QString &value) const
{
    if (facet == QLatin1String("domain"))
        return m_domainNames.value(value, value);
    if (facet == QLatin1String("owner"))
        return value.isEmpty() ? tr("(no owner)") : m_teamNames.value(value, value);
    if (facet == QLatin1String("classification")) {
        const auto c = Catalog::classificationFromKey(value);
        return c ? Catalog::classificationName(*c) : value;
    }
    if (facet == QLatin1String("status")) {
        const auto s = Catalog::statusFromKey(value);
        return s ? Catalog::statusName(*s) : value;
    }
    return value;
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, facetNode);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == facetNode)
        return {};
    return createIndex(int(child.internalId()), 0, facetNode);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_names.size());
    if (parent.column() != 0 || parent.internalId() != facetNode)
        return 0;
    return int(m_values.at(parent.row()).size());
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == facetNode) {
        const QString &facet = m_names.at(index.row());
        const qsizetype checked = m_selection.value(facet).size();
        switch (role) {
        case Qt::DisplayRole:
            return checked > 0 ? tr("%1 (%2 selected)").arg(facetTitle(facet)).arg(checked) : facetTitle(facet);
        case FacetRole:
            return facet;
        default:
            return {};
        }
    }
    const QString &facet = m_names.at(int(index.internalId()));
    const FacetValue &value = m_values.at(int(index.internalId())).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(valueName(facet, value.value)).arg(value.count);
    case Qt::ToolTipRole:
        return tr("%n product(s)", nullptr, value.count);
    case Qt::CheckStateRole:
        return m_selection.value(facet).contains(value.value) ? Qt::Checked : Qt::Unchecked;
    case FacetRole:
        return facet;
    case ValueRole:
        return value.value;
    case CountRole:
        return value.count;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == facetNode)
        return false;
    const QString &facet = m_names.at(int(index.internalId()));
    const QString &v = m_values.at(int(index.internalId())).at(index.row()).value;
    const bool check = value.value<Qt::CheckState>() == Qt::Checked;
    if (check == m_selection.value(facet).contains(v))
        return true;
    QStringList &selected = m_selection[facet];
    if (check)
        selected.append(v);
    else
        selected.removeAll(v);
    if (selected.isEmpty())
        m_selection.remove(facet);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT dataChanged(index.parent(), index.parent());
    Q_EMIT selectionChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == facetNode)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

// --- QuickOpenModel

QuickOpenModel::QuickOpenModel(CatalogStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

Status QuickOpenModel::setText(const QString &text)
{
    QList<NameHit> hits;
    if (!text.trimmed().isEmpty()) {
        SearchQuery query;
        query.text = text;
        query.limit = 10;
        const auto products = m_store->search(query);
        if (!products)
            return products.error();
        const auto names = m_store->findNames(text, 10);
        if (!names)
            return names.error();
        // Products named so first, then datasets and columns named so, then products that only
        // mention it somewhere.
        QList<NameHit> mentions;
        for (const SearchHit &h : products.value()) {
            const NameHit hit{NameHit::Kind::Product, h.product.id, Catalog::displayTitle(h.product), {}, {}, h.product.domainId};
            (h.tier <= 1 ? hits : mentions).append(hit);
        }
        hits += names.value();
        hits += mentions;
    }
    beginResetModel();
    m_hits = hits;
    endResetModel();
    return Ok{};
}

int QuickOpenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant QuickOpenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NameHit &h = m_hits.at(index.row());
    const QString separator = QStringLiteral(" › ");
    switch (role) {
    case Qt::DisplayRole:
        switch (h.kind) {
        case NameHit::Kind::Product:
            return h.productTitle;
        case NameHit::Kind::Dataset:
            return h.dataset;
        case NameHit::Kind::Column:
            return h.column;
        }
        break;
    case DetailRole:
        switch (h.kind) {
        case NameHit::Kind::Product:
            return tr("product in %1").arg(h.type);
        case NameHit::Kind::Dataset:
            return tr("dataset of %1").arg(h.productTitle);
        case NameHit::Kind::Column:
            return QString(tr("column of %1").arg(h.productTitle + separator + h.dataset)
                           + (h.type.isEmpty() ? QString() : QLatin1String(" · ") + h.type));
        }
        break;
    case Qt::ToolTipRole:
        return h.productId;
    case KindRole:
        return int(h.kind);
    case ProductIdRole:
        return h.productId;
    case DatasetRole:
        return h.dataset;
    case ColumnRole:
        return h.column;
    default:
        break;
    }
    return {};
}

} // namespace Tessera
