#include "models/catalog/historymodel.h"

#include "models/catalog/presentation.h"

#include <QJsonDocument>
#include <QLocale>

namespace Tessera {

namespace {

std::optional<Product> productFrom(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return Product::fromJson(doc.object());
}

} // namespace

HistoryModel::HistoryModel(CatalogStore *store, QString productId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_productId(std::move(productId))
{
    // A failure is reported through loadFailed (the view connects after construction and may reload).
    connect(m_store, &CatalogStore::productChanged, this, [this](const QString &id) {
        if (id == m_productId)
            static_cast<void>(reload()); // a failure is reported through loadFailed
    });
    static_cast<void>(reload());
}

void HistoryModel::setProductId(const QString &productId)
{
    if (productId == m_productId)
        return;
    m_productId = productId;
    static_cast<void>(reload()); // a failure is reported through loadFailed
}

Status HistoryModel::reload()
{
    if (m_productId.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return Ok{};
    }
    const auto entries = m_store->auditLog(m_productId);
    if (!entries) {
        Q_EMIT loadFailed(entries.error());
        return entries.error();
    }
    QList<Row> rows;
    std::optional<Product> previous; // the version after the entry before
    for (const AuditEntry &entry : entries.value()) {
        if (entry.entityType != QLatin1String("product"))
            continue;
        // Imports and syncs record no "before": it is the version the previous entry left.
        Row row{entry, entry.before.isEmpty() ? previous : productFrom(entry.before), productFrom(entry.after), {}};
        previous = row.after;
        if (row.before && row.after)
            row.changes = Catalog::changedFields(*row.before, *row.after);
        rows.prepend(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return Ok{};
}

std::optional<Product> HistoryModel::version(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).after;
}

QList<DiffLine> HistoryModel::diff(int rowA, int rowB) const
{
    // Rows are newest first: the larger row is the older version.
    const int older = std::max(rowA, rowB);
    const int newer = std::min(rowA, rowB);
    const std::optional<Product> a = older == newer ? m_rows.value(older).before : version(older);
    const std::optional<Product> b = version(newer);
    return TextDiff::compare(a ? Catalog::productText(*a) : QString(), b ? Catalog::productText(*b) : QString());
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SeqRole)
        return row.entry.seq;
    if (role == Qt::ToolTipRole && index.column() == WhenColumn)
        return QLocale().toString(row.entry.at.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RevisionColumn:
        return row.after ? QVariant(row.after->revision) : QVariant(QStringLiteral("–"));
    case WhenColumn:
        return QLocale().toString(row.entry.at.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        return row.entry.actor;
    case ActionColumn:
        if (row.entry.action == QLatin1String("create"))
            return tr("created");
        if (row.entry.action == QLatin1String("update"))
            return tr("edited");
        if (row.entry.action == QLatin1String("remove"))
            return tr("removed");
        if (row.entry.action == QLatin1String("sync"))
            return tr("synced");
        if (row.entry.action == QLatin1String("import"))
            return tr("imported");
        return row.entry.action;
    case ChangesColumn:
        if (!row.before)
            return tr("first version");
        if (!row.after)
            return QString();
        if (row.changes.isEmpty())
            return tr("no visible change");
        QStringList names;
        for (const QString &field : row.changes)
            names.append(Catalog::fieldName(field));
        return names.join(QLatin1String(", "));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RevisionColumn:
        return tr("Rev.");
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case ChangesColumn:
        return tr("Changed");
    }
    return {};
}

} // namespace Tessera
