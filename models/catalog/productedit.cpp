#include "models/catalog/productedit.h"

namespace Tessera {

ProductEdit::ProductEdit(CatalogStore *store, Product base, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_drafts(drafts)
    , m_base(base)
    , m_current(std::move(base))
    , m_startRevision(m_base.revision)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &ProductEdit::flushDraft);
    connect(m_store, &CatalogStore::productChanged, this, &ProductEdit::storeChanged);
    connect(m_store, &CatalogStore::externalChange, this, &ProductEdit::storeChanged);
}

ProductEdit::~ProductEdit()
{
    if (m_draftTimer.isActive())
        flushDraft();
}

Result<std::unique_ptr<ProductEdit>> ProductEdit::load(CatalogStore *store, const QString &productId, DraftStore *drafts)
{
    auto loaded = store->product(productId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error(tr("There is no product %1 in this catalog").arg(productId));
    return std::make_unique<ProductEdit>(store, *std::move(loaded).value(), drafts);
}

void ProductEdit::edit(const std::function<void(Product &)> &change)
{
    Product next = m_current;
    change(next);
    if (next == m_current)
        return;
    m_current = std::move(next);
    Q_EMIT changed();
    updateModified();
    if (m_drafts && m_modified)
        m_draftTimer.start();
}

void ProductEdit::setCurrent(const Product &product)
{
    edit([&](Product &p) {
        const Product keep = p;
        p = product;
        // The identity and bookkeeping are not the editor's to change.
        p.id = keep.id;
        p.revision = keep.revision;
        p.updatedAt = keep.updatedAt;
        p.updatedBy = keep.updatedBy;
        p.provenance = keep.provenance;
        p.documents = keep.documents; // the kept standard files: drafts and other versions do not carry them
    });
}

void ProductEdit::setTitle(const QString &title)
{
    edit([&](Product &p) {
        p.title = title;
    });
}

void ProductEdit::setDescription(const QString &description)
{
    edit([&](Product &p) {
        p.description = description;
    });
}

void ProductEdit::setDocumentation(const QString &markdown)
{
    edit([&](Product &p) {
        p.documentation = markdown;
    });
}

void ProductEdit::setTags(const QStringList &tags)
{
    edit([&](Product &p) {
        p.tags = tags;
    });
}

void ProductEdit::setStatus(ProductStatus status)
{
    edit([&](Product &p) {
        p.status = status;
    });
}

void ProductEdit::setClassification(Classification classification)
{
    edit([&](Product &p) {
        p.classification = classification;
    });
}

void ProductEdit::setSla(const QList<SlaProperty> &sla)
{
    edit([&](Product &p) {
        p.sla = sla;
    });
}

void ProductEdit::setColumn(int dataset, int column, const Column &value)
{
    if (dataset < 0 || dataset >= m_current.datasets.size() || column < 0
        || column >= m_current.datasets.at(dataset).columns.size())
        return;
    edit([&](Product &p) {
        p.datasets[dataset].columns[column] = value;
    });
}

void ProductEdit::restoreDraft(const Draft &draft)
{
    if (draft.productId != m_base.id)
        return;
    m_startRevision = draft.baseRevision;
    setCurrent(draft.product);
    updateModified();
}

void ProductEdit::updateModified()
{
    const bool modified = !m_current.sameContent(m_base) || m_startRevision != m_base.revision;
    if (modified == m_modified)
        return;
    m_modified = modified;
    if (!modified) {
        m_draftTimer.stop();
        dropDraft();
    }
    Q_EMIT modifiedChanged(modified);
}

void ProductEdit::setBase(const Product &product)
{
    m_draftTimer.stop();
    m_base = product;
    m_current = product;
    m_startRevision = product.revision;
    Q_EMIT changed();
    updateModified();
}

Status ProductEdit::validate() const
{
    for (qsizetype i = 0; i < m_current.sla.size(); ++i) {
        const SlaProperty &sla = m_current.sla.at(i);
        if (sla.property.trimmed().isEmpty())
            return Error(tr("Service level %1 has no property (latency, availability, retention, …)").arg(i + 1))
                .inField(QStringLiteral("slaProperties[%1].property").arg(i));
        if (sla.value.trimmed().isEmpty())
            return Error(tr("Service level %1 (%2) has no value").arg(i + 1).arg(sla.property))
                .inField(QStringLiteral("slaProperties[%1].value").arg(i));
    }
    return Ok{};
}

SaveResult ProductEdit::save()
{
    if (Status valid = validate(); !valid) {
        SaveResult invalid;
        invalid.error = valid.error();
        flushDraft();
        return invalid;
    }
    Product mine = m_current;
    mine.revision = m_startRevision;
    SaveResult result = m_store->saveProduct(mine);
    if (result.ok())
        setBase(result.saved);
    else
        flushDraft(); // whatever happens next, the edits are on disk
    return result;
}

SaveResult ProductEdit::overwrite()
{
    auto stored = m_store->product(m_base.id);
    if (!stored) {
        SaveResult failed;
        failed.error = stored.error();
        return failed;
    }
    if (const std::optional<Product> &theirs = stored.value()) {
        m_startRevision = theirs->revision;
        // Where the stored product came from (a newer sync, say) stays: only the content is mine.
        m_current.provenance = theirs->provenance;
        m_current.documents = theirs->documents;
    } else {
        m_startRevision = 0;
    }
    return save();
}

Status ProductEdit::reload()
{
    auto stored = m_store->product(m_base.id);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error(tr("The product %1 was removed from the catalog").arg(m_base.id));
    setBase(*stored.value());
    return Ok{};
}

void ProductEdit::revert()
{
    setBase(m_base);
}

void ProductEdit::flushDraft()
{
    m_draftTimer.stop();
    if (!m_drafts || !m_modified)
        return;
    if (Status written = m_drafts->write(m_current, m_startRevision); !written)
        Q_EMIT draftFailed(written.error());
}

void ProductEdit::dropDraft()
{
    if (!m_drafts)
        return;
    if (Status removed = m_drafts->remove(m_base.id); !removed)
        Q_EMIT draftFailed(removed.error());
}

void ProductEdit::storeChanged(const QString &id)
{
    if (m_modified || (!id.isEmpty() && id != m_base.id))
        return;
    auto stored = m_store->product(m_base.id);
    if (!stored)
        return;
    if (!stored.value()) {
        Q_EMIT removedElsewhere();
        return;
    }
    if (stored.value()->revision == m_base.revision)
        return;
    setBase(*stored.value());
    Q_EMIT reloaded();
}

} // namespace Tessera
