#pragma once

// What the parts of CatalogStore (catalogstore.cpp, runrows.cpp) share: the write transaction's
// prepared statements and how values go in and out of SQL. Not for use outside the store.

#include "models/catalog/catalogstore.h"
#include "models/core/isotime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>
#include <string>

namespace Tessera {

// The schema has no NULL text: a null QString is stored as ''.
inline void bindValues(QSqlQuery *query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query->bindValue(i, QString(QLatin1String("")));
        else
            query->bindValue(i, v);
    }
}

inline QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Times are stored as UTC ISO 8601 with milliseconds, so that they sort as text.
inline QString timeText(const QDateTime &time)
{
    return isoUtcText(time);
}

// Only the lineage of these jobs (namespace, name).
inline void keepJobs(LineageFacts &facts, const QSet<std::pair<QString, QString>> &jobs)
{
    facts.jobs.removeIf([&jobs](const JobLineage &job) {
        return !jobs.contains({job.ns, job.name});
    });
    facts.columns.removeIf([&jobs](const ColumnLineage &c) {
        return !jobs.contains({c.jobNamespace, c.jobName});
    });
}

inline QString compact(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Prepared statements for one write transaction, prepared once and reused for every row, so a
// bulk import runs at the speed of the database rather than of statement parsing.
class CatalogStore::Writer
{
public:
    explicit Writer(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    QSqlQuery *query(const std::string &key, const QString &sql)
    {
        auto it = m_queries.find(key);
        if (it != m_queries.end())
            return it->second.get();
        auto query = std::make_unique<QSqlQuery>(m_db);
        if (!query->prepare(sql))
            m_failed = query->lastError().text() + QLatin1String(" [") + sql + QLatin1Char(']');
        return m_queries.emplace(key, std::move(query)).first->second.get();
    }
    QString failure() const { return m_failed; }
    QSqlDatabase db() const { return m_db; }
    // The words of the last audit entry asked for (appendAudit), where the server writes them.
    QString note;

private:
    QSqlDatabase m_db;
    std::map<std::string, std::unique_ptr<QSqlQuery>> m_queries;
    QString m_failed;
};

} // namespace Tessera
