#pragma once

#include "models/catalog/catalogstore.h"
#include "models/core/textdiff.h"

#include <QAbstractTableModel>

namespace Tessera {

// A product's history from the audit log, newest first: who changed what and when. Any two
// versions can be compared line by line.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        RevisionColumn,
        WhenColumn,
        WhoColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount,
    };
    enum Roles {
        SeqRole = Qt::UserRole + 1,
    };

    HistoryModel(CatalogStore *store, QString productId, QObject *parent = nullptr);

    Status reload();
    QString productId() const { return m_productId; }
    void setProductId(const QString &productId);

    // The product as it was after the change in row (empty after a removal).
    std::optional<Product> version(int row) const;
    // What changed from the older of the two rows to the newer one.
    QList<DiffLine> diff(int rowA, int rowB) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const Tessera::Error &error);

private:
    struct Row {
        AuditEntry entry;
        std::optional<Product> before;
        std::optional<Product> after;
        QStringList changes;
    };

    CatalogStore *m_store;
    QString m_productId;
    QList<Row> m_rows;
};

} // namespace Tessera
