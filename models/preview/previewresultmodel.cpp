#include "models/preview/previewresultmodel.h"

#include "models/preview/previewprotocol.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tessera {

PreviewResultModel::PreviewResultModel(PreviewEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    connect(engine, &PreviewEngine::pageReady, this, &PreviewResultModel::onPage);
    connect(engine, &PreviewEngine::rowsCopied, this, &PreviewResultModel::onRows);
    connect(engine, &PreviewEngine::finished, this, &PreviewResultModel::onFinished);
}

void PreviewResultModel::follow(int runRequest)
{
    clear();
    m_runRequest = runRequest;
}

void PreviewResultModel::show(const QueryResult &result)
{
    beginResetModel();
    m_runRequest = 0;
    m_fetchRequest = 0;
    m_result = result;
    m_rows.clear();
    m_complete = true;
    m_isComparison = !result.columns.isEmpty() && result.columns.first().name == u"change"_s;
    endResetModel();
    setTotal(result.rows);
}

void PreviewResultModel::clear()
{
    beginResetModel();
    m_runRequest = 0;
    m_fetchRequest = 0;
    m_result = {};
    m_rows.clear();
    m_complete = false;
    m_isComparison = false;
    endResetModel();
    setTotal(0);
}

void PreviewResultModel::setTotal(qint64 rows)
{
    if (rows == m_total)
        return;
    m_total = rows;
    Q_EMIT totalRowsChanged(rows);
}

void PreviewResultModel::onPage(int id, const QueryResult &partial, const QList<QVariantList> &rows)
{
    if (id != m_runRequest || m_runRequest == 0)
        return;
    beginResetModel();
    m_result = partial;
    m_rows = rows;
    endResetModel();
    setTotal(std::max<qint64>(partial.rows, rows.size()));
}

void PreviewResultModel::onRows(int id, qint64 rows)
{
    if (id == m_runRequest && m_runRequest != 0)
        setTotal(rows);
}

void PreviewResultModel::onFinished(int id, const QCborMap &reply)
{
    if (id == 0)
        return;
    if (id == m_runRequest) {
        m_runRequest = 0;
        if (reply.contains(u"error"_s)) {
            Q_EMIT failed(PreviewProtocol::toError(reply.value(u"error"_s).toMap()).toString());
            return;
        }
        const QueryResult done = PreviewProtocol::toResult(reply.value(u"result"_s).toMap());
        if (m_result.columns.isEmpty() && !done.columns.isEmpty()) { // no page came: a result without rows
            beginResetModel();
            m_result = done;
            endResetModel();
        }
        m_result.id = done.id;
        m_result.rows = done.rows;
        m_result.milliseconds = done.milliseconds;
        m_complete = true;
        setTotal(done.rows);
        Q_EMIT completed(m_result);
    } else if (id == m_fetchRequest) {
        if (reply.contains(u"error"_s)) {
            m_fetchRequest = 0;
            Q_EMIT failed(PreviewProtocol::toError(reply.value(u"error"_s).toMap()).toString());
            return;
        }
        const QList<QVariantList> rows = PreviewProtocol::toRows(reply.value(u"rows"_s).toArray());
        if (!rows.isEmpty()) {
            // Still marked as fetching while rows go in: a view asking for more on rowsInserted
            // would otherwise ask from the old end.
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows += rows;
            endInsertRows();
        }
        m_fetchRequest = 0;
    }
}

int PreviewResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

bool PreviewResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_engine && m_result.id != 0 && m_fetchRequest == 0 && m_rows.size() < m_total
        && m_rows.size() < INT_MAX - m_pageSize;
}

void PreviewResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchRequest = m_engine->fetch(m_result.id, m_rows.size(), m_pageSize);
}

QString PreviewResultModel::changeName(const QString &change)
{
    if (change == u"added"_s)
        return tr("added");
    if (change == u"removed"_s)
        return tr("removed");
    if (change == u"changed"_s)
        return tr("changed");
    return change;
}

QString PreviewResultModel::displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(bytes.left(64).toHex()))
            + (bytes.size() > 64 ? QStringLiteral("…") : QString());
    }
    default: {
        QString text = value.toString();
        if (text.size() > 500)
            text = text.left(500) + QStringLiteral("…");
        return text;
    }
    }
}

QVariant PreviewResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    const QVariant value = row.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (m_isComparison && index.column() == 0)
            return changeName(value.toString());
        return displayText(value);
    case Qt::ToolTipRole:
        return value.isValid() ? value.toString().left(4000) : tr("null");
    case ValueRole:
        return value;
    case ChangeRole:
        return m_isComparison ? row.value(0) : QVariant();
    case Qt::TextAlignmentRole: {
        const bool number = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double;
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    case Qt::BackgroundRole: {
        if (!m_isComparison)
            return {};
        const QString change = row.value(0).toString();
        // Light tints, readable in light and dark themes alike.
        if (change == u"added"_s)
            return QBrush(QColor(46, 160, 67, 60));
        if (change == u"removed"_s)
            return QBrush(QColor(218, 54, 51, 60));
        if (change == u"changed"_s) {
            // The cells that changed: an "(after)" column whose "(before)" neighbour differs.
            const QString name = m_result.columns.value(index.column()).name;
            const bool afterColumn = index.column() > 0
                && m_result.columns.value(index.column() - 1).name.endsWith(u" (before)"_s) && name.endsWith(u" (after)"_s);
            if (afterColumn && row.value(index.column() - 1) != value)
                return QBrush(QColor(210, 153, 34, 90));
            return QBrush(QColor(210, 153, 34, 30));
        }
        return {};
    }
    case Qt::ForegroundRole:
        return value.isValid() ? QVariant() : QVariant(QBrush(QColor(128, 128, 128)));
    default:
        return {};
    }
}

QVariant PreviewResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return QString::number(section + 1);
        return {};
    }
    if (section < 0 || section >= m_result.columns.size())
        return {};
    const ResultColumn &c = m_result.columns.at(section);
    if (role == Qt::DisplayRole) {
        if (!m_isComparison)
            return c.name;
        // A comparison's names, in the user's language.
        if (section == 0)
            return tr("change");
        if (c.name.endsWith(u" (before)"_s))
            return tr("%1 (before)").arg(c.name.chopped(9));
        if (c.name.endsWith(u" (after)"_s))
            return tr("%1 (after)").arg(c.name.chopped(8));
        return c.name;
    }
    if (role == Qt::ToolTipRole)
        return c.type.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.type);
    return {};
}

} // namespace Tessera
