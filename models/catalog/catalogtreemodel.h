#pragma once

#include "models/catalog/catalogstore.h"

#include <QAbstractItemModel>

namespace Tessera {

// The navigator's tree: domains, and under each its products, loaded when a domain is first
// expanded (fetchMore), so a catalog of any size shows its first rows at once.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // domain or product id
        KindRole, // Kind
        StatusRole, // products: ProductStatus as int
        ClassificationRole, // products: Classification as int
        DomainRole, // products: their domain's id
        OwnerRole, // products: the owning team's id
        ProductCountRole, // domains: how many products
    };
    enum class Kind {
        Domain,
        Product,
    };
    Q_ENUM(Kind)

    // store must outlive the model; the model follows its changes.
    explicit CatalogTreeModel(CatalogStore *store, QObject *parent = nullptr);

    // Reads the domains again (and drops loaded products); returns what went wrong, if anything.
    Status reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The index of a product, loading its domain's products if needed; invalid when unknown.
    QModelIndex productIndex(const QString &productId);

Q_SIGNALS:
    void loadFailed(const Tessera::Error &error);

private:
    struct DomainNode {
        Domain domain;
        int productCount = 0;
        bool fetched = false;
        QList<ProductSummary> products;
    };

    void loadProducts(int domainRow);

    CatalogStore *m_store;
    QList<DomainNode> m_domains;
};

} // namespace Tessera
