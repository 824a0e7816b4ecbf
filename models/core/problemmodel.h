#pragma once

#include "models/core/error.h"

#include <QAbstractTableModel>
#include <QList>

namespace Tessera {

// One entry of the Problems list: what is wrong, where, how bad, and which work reported it.
struct Problem {
    enum class Severity {
        Info,
        Warning,
        Error,
    };
    Severity severity = Severity::Error;
    Tessera::Error detail; // message and place (file:line:column, field)
    QString source; // who reported it, e.g. "startup", "sync: sales"; clear(source) removes them
};

// The Problems dock's list; every long-running job reports what went wrong here.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        MessageColumn,
        LocationColumn,
        SourceColumn,
        ColumnCount,
    };
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // Problem::Severity as int
        FileRole,
        LineRole,
        ColumnRole,
    };

    explicit ProblemModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(const Problem &problem);
    void clear(const QString &source); // removes what one source reported
    void clearAll();

    const Problem &problem(int row) const { return m_problems.at(row); }
    int count(Problem::Severity severity) const;

    static QString severityName(Problem::Severity severity);

Q_SIGNALS:
    void countsChanged();

private:
    QList<Problem> m_problems;
};

} // namespace Tessera
