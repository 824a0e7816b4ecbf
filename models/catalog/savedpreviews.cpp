// The catalog's previews: queries and recipes saved with products, and sample files attached to
// their datasets. Kept beside the product (not in its content), each change audited (entity type
// "preview", entity id the product's).
#include "models/catalog/catalogstore.h"
#include "models/catalog/catalogstore_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Tessera {

// A change to a product's previews or samples (delete, then insert unless `insert` is empty)
// with its audit entry (entity type "preview"), in one transaction; previewsChanged follows.
Status CatalogStore::replacePreviewRow(const QString &what, const QString &productId, const QString &remove,
                                       const QVariantList &removeValues, const QString &insert, const QVariantList &insertValues,
                                       const QString &action, const QJsonObject &audit)
{
    if (Status started = begin(); !started)
        return started.error();
    auto fail = [this](const Error &error) {
        rollback();
        return error;
    };
    Writer writer(database());
    if (Status s = appendAudit(writer, QStringLiteral("preview"), productId, action, QString(), compact(audit)); !s)
        return fail(s.error());
    QSqlQuery *del = writer.query("delete:" + remove.toStdString(), remove);
    bindValues(del, removeValues);
    if (!del->exec())
        return fail(sqlError(*del, what));
    if (!insert.isEmpty()) {
        QSqlQuery *ins = writer.query("insert:" + insert.toStdString(), insert);
        bindValues(ins, insertValues);
        if (!ins->exec())
            return fail(sqlError(*ins, what));
    }
    if (Status s = commit(); !s)
        return fail(s.error());
    Q_EMIT previewsChanged(productId);
    return Ok{};
}

Status CatalogStore::removePreviewRows(Writer &writer, const QString &productId) const
{
    const QString what = tr("Removing the previews and samples of %1").arg(productId);
    QSqlQuery *find = writer.query("previewsOfRemoved",
                                   QStringLiteral("SELECT 'preview', name FROM saved_previews WHERE product_id = ? "
                                                  "UNION ALL SELECT 'sample', dataset FROM dataset_samples WHERE product_id = ? "
                                                  "ORDER BY 1, 2"));
    bindValues(find, {productId, productId});
    if (!find->exec())
        return sqlError(*find, what);
    QJsonArray previews, samples;
    while (find->next())
        (find->value(0).toString() == QLatin1String("preview") ? previews : samples).append(find->value(1).toString());
    find->finish();
    if (previews.isEmpty() && samples.isEmpty())
        return Ok{};
    const QString productNote = writer.note;
    if (Status s = appendAudit(writer, QStringLiteral("preview"), productId, QStringLiteral("remove-with-product"),
                               compact(QJsonObject{{QStringLiteral("previews"), previews}, {QStringLiteral("samples"), samples}}),
                               QString());
        !s)
        return s;
    for (const char *table : {"saved_previews", "dataset_samples"}) {
        QSqlQuery *del = writer.query(std::string("removeWithProduct:") + table,
                                      QStringLiteral("DELETE FROM %1 WHERE product_id = ?").arg(QLatin1String(table)));
        bindValues(del, {productId});
        if (!del->exec())
            return sqlError(*del, what);
    }
    if (auditsItself() && !productNote.isEmpty())
        return setAuditNote(writer, productNote);
    return Ok{};
}

Status CatalogStore::savePreview(const SavedPreview &p)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        return Error(tr("A saved preview needs a name."));
    if (p.kind != QLatin1String("sql") && p.kind != QLatin1String("recipe"))
        return Error(tr("A saved preview is a query (sql) or a recipe, not “%1”.").arg(p.kind));
    return replacePreviewRow(tr("Saving the preview %1 of %2").arg(name, p.productId), p.productId,
                             QStringLiteral("DELETE FROM saved_previews WHERE product_id = ? AND name = ?"), {p.productId, name},
                             QStringLiteral("INSERT INTO saved_previews (product_id, name, dataset, kind, content, saved_at, "
                                            "saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {p.productId, name, p.dataset, p.kind, p.text, timeText(QDateTime::currentDateTimeUtc()), m_actor},
                             QStringLiteral("save-preview"),
                             {{QStringLiteral("preview"), name},
                              {QStringLiteral("dataset"), p.dataset},
                              {QStringLiteral("kind"), p.kind},
                              {QStringLiteral("content"), p.text}});
}

Status CatalogStore::removePreview(const QString &productId, const QString &name)
{
    return replacePreviewRow(tr("Removing the preview %1 of %2").arg(name, productId), productId,
                             QStringLiteral("DELETE FROM saved_previews WHERE product_id = ? AND name = ?"), {productId, name},
                             QString(), {}, QStringLiteral("remove-preview"), {{QStringLiteral("preview"), name}});
}

Result<QList<SavedPreview>> CatalogStore::previews(const QString &productId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT product_id, name, dataset, kind, content, saved_at, saved_by FROM saved_previews "
                             "WHERE product_id = ? ORDER BY name"));
    q.addBindValue(productId);
    if (!q.exec())
        return sqlError(q, tr("Reading the previews of %1").arg(productId));
    QList<SavedPreview> previews;
    while (q.next())
        previews.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), timeFrom(q.value(5)), q.value(6).toString()});
    return previews;
}

Status CatalogStore::attachSample(const QString &productId, const QString &dataset, const QString &file)
{
    return replacePreviewRow(
        tr("Attaching a sample to %1 of %2").arg(dataset, productId), productId,
        QStringLiteral("DELETE FROM dataset_samples WHERE product_id = ? AND dataset = ?"), {productId, dataset},
        file.isEmpty() ? QString()
                       : QStringLiteral("INSERT INTO dataset_samples (product_id, dataset, file, attached_at, "
                                        "attached_by) VALUES (?, ?, ?, ?, ?)"),
        {productId, dataset, file, timeText(QDateTime::currentDateTimeUtc()), m_actor},
        file.isEmpty() ? QStringLiteral("detach-sample") : QStringLiteral("attach-sample"),
        {{QStringLiteral("dataset"), dataset}, {QStringLiteral("file"), file}});
}

Result<QList<DatasetSample>> CatalogStore::samples(const QString &productId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT product_id, dataset, file, attached_at, attached_by FROM dataset_samples "
                             "WHERE product_id = ? ORDER BY dataset"));
    q.addBindValue(productId);
    if (!q.exec())
        return sqlError(q, tr("Reading the samples of %1").arg(productId));
    QList<DatasetSample> samples;
    while (q.next())
        samples.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), timeFrom(q.value(3)), q.value(4).toString()});
    return samples;
}

} // namespace Tessera
