#pragma once

#include "models/catalog/catalogstore.h"
#include "models/catalog/drafts.h"

#include <QObject>
#include <QTimer>

namespace Tessera {

// One product being read or edited: what is stored (base) and what the person has made of it
// (current). Saving is explicit and all-or-nothing; a save that meets someone else's newer
// revision reports a conflict with both sides and keeps the edits. While edits are unsaved a
// draft is kept on disk (when a DraftStore is given), so a crash loses nothing.
class ProductEdit : public QObject
{
    Q_OBJECT

public:
    // store and drafts (may be null) must outlive the edit.
    ProductEdit(CatalogStore *store, Product base, DraftStore *drafts = nullptr, QObject *parent = nullptr);
    ~ProductEdit() override;

    // Loads the product from the store; an error when it cannot be read or does not exist.
    static Result<std::unique_ptr<ProductEdit>> load(CatalogStore *store, const QString &productId, DraftStore *drafts = nullptr);

    QString productId() const { return m_base.id; }
    const Product &base() const { return m_base; }
    const Product &current() const { return m_current; }
    int startRevision() const { return m_startRevision; } // what a save will be checked against
    bool isModified() const { return m_modified; }

    void setCurrent(const Product &product);
    void setTitle(const QString &title);
    void setDescription(const QString &description);
    void setDocumentation(const QString &markdown);
    void setTags(const QStringList &tags);
    void setStatus(ProductStatus status);
    void setClassification(Classification classification);
    void setSla(const QList<SlaProperty> &sla);
    void setColumn(int dataset, int column, const Column &value);

    // Takes up edits from an earlier session; a save is checked against the revision they started from.
    void restoreDraft(const Draft &draft);

    // What a save would refuse: a service level without property or value.
    Status validate() const;
    // Saves the edits; on success they become the base and the draft is gone.
    SaveResult save();
    // After a conflict: saves these edits over what is stored now.
    SaveResult overwrite();
    // Drops the edits and takes what is stored now.
    Status reload();
    // Drops the edits, back to the base.
    void revert();
    // Writes the pending draft now (normally it is written shortly after each change).
    void flushDraft();

Q_SIGNALS:
    void changed(); // current changed (by an edit, a save, a reload)
    void modifiedChanged(bool modified);
    void reloaded(); // the stored product changed and was taken (there were no edits)
    void removedElsewhere(); // the stored product is gone
    void draftFailed(const Tessera::Error &error);

private:
    void edit(const std::function<void(Product &)> &change);
    void setBase(const Product &product);
    void updateModified();
    void dropDraft();
    void storeChanged(const QString &id);

    CatalogStore *m_store;
    DraftStore *m_drafts;
    Product m_base;
    Product m_current;
    int m_startRevision = 0;
    bool m_modified = false;
    QTimer m_draftTimer;
};

} // namespace Tessera
