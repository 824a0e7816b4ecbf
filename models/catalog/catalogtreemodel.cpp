#include "models/catalog/catalogtreemodel.h"

#include "models/catalog/presentation.h"

namespace Tessera {

namespace {
// Internal ids: 0 for domain rows, 1 + domain row for product rows.
constexpr quintptr domainRow = 0;
} // namespace

CatalogTreeModel::CatalogTreeModel(CatalogStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &CatalogStore::productChanged, this, [this] {
        if (Status s = reload(); !s)
            Q_EMIT loadFailed(s.error());
    });
    connect(store, &CatalogStore::externalChange, this, [this] {
        if (Status s = reload(); !s)
            Q_EMIT loadFailed(s.error());
    });
    if (Status s = reload(); !s)
        Q_EMIT loadFailed(s.error());
}

Status CatalogTreeModel::reload()
{
    const auto domains = m_store->domains();
    if (!domains)
        return domains.error();
    const auto counted = m_store->productCountsByDomain();
    if (!counted)
        return counted.error();
    const QHash<QString, int> &productCounts = counted.value();

    QList<DomainNode> nodes;
    QSet<QString> named;
    for (const Domain &d : domains.value()) {
        named.insert(d.id);
        nodes.append({d, productCounts.value(d.id), false, {}});
    }
    // Products may name a domain the catalog has no record of: show them under its id.
    for (auto it = productCounts.cbegin(); it != productCounts.cend(); ++it) {
        if (!named.contains(it.key()))
            nodes.append({Domain{it.key(), it.key(), QString()}, it.value(), false, {}});
    }
    std::sort(nodes.begin(), nodes.end(), [](const DomainNode &a, const DomainNode &b) {
        return a.domain.name.compare(b.domain.name, Qt::CaseInsensitive) < 0;
    });
    beginResetModel();
    m_domains = nodes;
    endResetModel();
    return Ok{};
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, domainRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == domainRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, domainRow);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_domains.size());
    if (parent.column() != 0 || parent.internalId() != domainRow)
        return 0;
    return int(m_domains.at(parent.row()).products.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_domains.isEmpty();
    if (parent.internalId() != domainRow || parent.column() != 0)
        return false;
    return m_domains.at(parent.row()).productCount > 0;
}

bool CatalogTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return parent.isValid() && parent.internalId() == domainRow && parent.column() == 0 && !m_domains.at(parent.row()).fetched;
}

void CatalogTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Loaded on the next turn of the event loop, never inside a view's (or a reset's) own update.
    m_domains[parent.row()].fetched = true;
    const QString domainId = m_domains.at(parent.row()).domain.id;
    QMetaObject::invokeMethod(
        this,
        [this, domainId] {
            for (int row = 0; row < m_domains.size(); ++row) {
                if (m_domains.at(row).domain.id == domainId && m_domains.at(row).products.isEmpty())
                    loadProducts(row);
            }
        },
        Qt::QueuedConnection);
}

void CatalogTreeModel::loadProducts(int domainRow)
{
    DomainNode &node = m_domains[domainRow];
    node.fetched = true;
    const auto products = m_store->productSummaries(node.domain.id);
    if (!products) {
        Q_EMIT loadFailed(products.error());
        return;
    }
    if (products->isEmpty() || !node.products.isEmpty())
        return;
    // In the order a person reads them: by the title shown.
    QList<ProductSummary> sorted = products.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const ProductSummary &a, const ProductSummary &b) {
        return Catalog::displayTitle(a).compare(Catalog::displayTitle(b), Qt::CaseInsensitive) < 0;
    });
    beginInsertRows(index(domainRow, 0), 0, int(sorted.size()) - 1);
    node.products = sorted;
    endInsertRows();
}

QModelIndex CatalogTreeModel::productIndex(const QString &productId)
{
    // Only the product's own domain is loaded, if it is not yet.
    const auto summaries = m_store->summariesOf({productId});
    if (!summaries || summaries->isEmpty())
        return {};
    const QString domainId = summaries->first().domainId;
    for (int d = 0; d < m_domains.size(); ++d) {
        if (m_domains.at(d).domain.id != domainId)
            continue;
        if (m_domains.at(d).products.isEmpty() && m_domains.at(d).productCount > 0)
            loadProducts(d);
        const QList<ProductSummary> &products = m_domains.at(d).products;
        for (int p = 0; p < products.size(); ++p) {
            if (products.at(p).id == productId)
                return index(p, 0, index(d, 0));
        }
    }
    return {};
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == domainRow) {
        const DomainNode &node = m_domains.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return node.domain.name;
        case Qt::ToolTipRole:
            return node.domain.description.isEmpty()
                ? tr("%n product(s)", nullptr, node.productCount)
                : node.domain.description + QLatin1Char('\n') + tr("%n product(s)", nullptr, node.productCount);
        case IdRole:
            return node.domain.id;
        case KindRole:
            return QVariant::fromValue(Kind::Domain);
        case ProductCountRole:
            return node.productCount;
        default:
            return {};
        }
    }
    const ProductSummary &p = m_domains.at(int(index.internalId() - 1)).products.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return Catalog::displayTitle(p);
    case Qt::ToolTipRole:
        return p.id;
    case IdRole:
        return p.id;
    case KindRole:
        return QVariant::fromValue(Kind::Product);
    case StatusRole:
        return int(p.status);
    case ClassificationRole:
        return int(p.classification);
    case DomainRole:
        return p.domainId;
    case OwnerRole:
        return p.ownerTeamId;
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(ClassificationRole, "classification");
    names.insert(DomainRole, "domain");
    names.insert(OwnerRole, "owner");
    names.insert(ProductCountRole, "productCount");
    return names;
}

} // namespace Tessera
