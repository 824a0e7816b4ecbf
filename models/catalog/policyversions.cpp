// The catalog's published governance policies: each file's versions, kept and audited; and the
// catalog's compliance with them over time.
#include "models/catalog/catalogstore.h"
#include "models/catalog/catalogstore_p.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Tessera {

namespace {

PolicyVersion versionFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toInt(),   q.value(2).toString(),
            q.value(3).toString(), timeFrom(q.value(4)), q.value(5).toString()};
}

const QString versionColumns
    = QStringLiteral("SELECT file, version, content, note, published_at, published_by FROM policy_versions");

} // namespace

Result<PolicyVersion> CatalogStore::publishPolicies(const QString &file, const QString &content, const QString &note,
                                                    int expectedVersion)
{
    if (file.trimmed().isEmpty() || file.contains(QLatin1Char('/')) || file.contains(QLatin1Char('\\')))
        return Error(tr("A policy file is published under its file name, not “%1”.").arg(file));
    if (Status started = begin(); !started)
        return started.error();
    auto fail = [this](const Error &error) {
        rollback();
        return error;
    };
    Writer writer(database());
    // Two publishers of one file at once: the second finds the version taken (the key is the
    // file and version), and nothing of theirs is written.
    QSqlQuery *newest = writer.query("newest", QStringLiteral("SELECT max(version) FROM policy_versions WHERE file = ?"));
    newest->bindValue(0, file);
    if (!newest->exec() || !newest->next())
        return fail(sqlError(*newest, tr("Reading the published versions of %1").arg(file)));
    const int current = newest->value(0).toInt();
    newest->finish();
    if (current != expectedVersion)
        return fail(Error(tr("%1 was published as version %2 by someone else after you looked at it (you saw version %3): "
                             "nothing was published. Look at their version first.")
                              .arg(file)
                              .arg(current)
                              .arg(expectedVersion)));
    const PolicyVersion published{file, current + 1, content, note.trimmed(), QDateTime::currentDateTimeUtc(), m_actor};
    // The audit entry: which version, with what note, and the text's hash (the text itself is
    // in policy_versions).
    const QByteArray hash = QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString after = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("version"), published.version},
                                                                      {QStringLiteral("note"), published.note},
                                                                      {QStringLiteral("sha256"), QString::fromLatin1(hash)}})
                                                .toJson(QJsonDocument::Compact));
    if (Status s = appendAudit(writer, QStringLiteral("policy"), file, QStringLiteral("publish"), QString(), after); !s)
        return fail(s.error());
    QSqlQuery *insert = writer.query("publish",
                                     QStringLiteral("INSERT INTO policy_versions (file, version, content, note, "
                                                    "published_at, published_by) VALUES (?, ?, ?, ?, ?, ?)"));
    bindValues(insert,
               {published.file, published.version, published.content, published.note,
                published.publishedAt.toString(Qt::ISODateWithMs), published.publishedBy});
    if (!insert->exec())
        return fail(sqlError(*insert, tr("Publishing %1").arg(file)));
    if (Status s = commit(); !s)
        return fail(s.error());
    Q_EMIT policiesPublished(file);
    return published;
}

Result<QList<PolicyVersion>> CatalogStore::policyVersions(const QString &file) const
{
    QSqlQuery q(database());
    q.prepare(versionColumns + (file.isNull() ? QString() : QStringLiteral(" WHERE file = ?"))
              + QStringLiteral(" ORDER BY file, version DESC"));
    if (!file.isNull())
        q.addBindValue(file);
    if (!q.exec())
        return sqlError(q, tr("Reading the published policies"));
    QList<PolicyVersion> versions;
    while (q.next())
        versions << versionFrom(q);
    return versions;
}

Result<QList<PolicyVersion>> CatalogStore::publishedPolicies() const
{
    QSqlQuery q(database());
    if (!q.exec(versionColumns
                + QStringLiteral(" v WHERE version = (SELECT max(version) FROM policy_versions w WHERE w.file = v.file) "
                                 "ORDER BY file")))
        return sqlError(q, tr("Reading the published policies"));
    QList<PolicyVersion> versions;
    while (q.next())
        versions << versionFrom(q);
    return versions;
}

Status CatalogStore::recordCompliance(const ComplianceSnapshot &s)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO compliance_snapshots (taken_at, policies, products, failing_products, errors, "
                             "warnings, notes, taken_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(&q,
               {s.takenAt.toUTC().toString(Qt::ISODateWithMs), s.policies, s.products, s.failingProducts, s.errors, s.warnings,
                s.notes, m_actor});
    if (!q.exec())
        return sqlError(q, tr("Recording the compliance trend"));
    return Ok{};
}

Result<QList<ComplianceSnapshot>> CatalogStore::complianceHistory(int limit) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT taken_at, policies, products, failing_products, errors, warnings, notes "
                             "FROM compliance_snapshots ORDER BY taken_at DESC")
              + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    if (!q.exec())
        return sqlError(q, tr("Reading the compliance trend"));
    QList<ComplianceSnapshot> history;
    while (q.next())
        history.prepend({timeFrom(q.value(0)), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(),
                         q.value(5).toInt(), q.value(6).toInt()});
    return history;
}

} // namespace Tessera
