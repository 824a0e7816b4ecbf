#pragma once

// A preview's result as a table: the first page as soon as the worker has it, further pages
// fetched as a view scrolls (fetchMore asks the worker, rows arrive with its reply), the total
// known without waiting: it grows while the worker copies the result and is final when the query
// ends. The rows of a comparison (Comparison::diff) are shown the same way, coloured by change.

#include "models/preview/previewengine.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Tessera {

class PreviewResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        ValueRole = Qt::UserRole + 1, // the value as SQLite gave it (invalid for null)
        ChangeRole, // a comparison's row: "added", "removed", "changed"
    };

    explicit PreviewResultModel(PreviewEngine *engine, QObject *parent = nullptr);

    // Shows the result of a run request (the engine's id), from its first page on.
    void follow(int runRequest);
    // Shows a result the worker holds already (a comparison's rows, or a result again); no
    // completed() follows: nothing ran.
    void show(const QueryResult &result);
    void clear();

    int resultId() const { return m_result.id; }
    const QueryResult &result() const { return m_result; }
    qint64 totalRows() const { return m_total; } // the rows there are (so far, while copying)
    bool isComplete() const { return m_complete; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // A value as a cell shows it: numbers as the locale writes them, blobs as hex, null as empty.
    static QString displayText(const QVariant &value);
    static QString changeName(const QString &change); // "added", ... translated

Q_SIGNALS:
    void totalRowsChanged(qint64 rows);
    void completed(const Tessera::QueryResult &result);
    void failed(const QString &message);

private:
    void onPage(int id, const QueryResult &partial, const QList<QVariantList> &rows);
    void onRows(int id, qint64 rows);
    void onFinished(int id, const QCborMap &reply);
    void setTotal(qint64 rows);

    QPointer<PreviewEngine> m_engine;
    int m_runRequest = 0;
    int m_fetchRequest = 0;
    int m_pageSize = 500;
    QueryResult m_result;
    QList<QVariantList> m_rows;
    qint64 m_total = 0;
    bool m_complete = false;
    bool m_isComparison = false;
};

} // namespace Tessera
