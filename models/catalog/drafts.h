#pragma once

#include "models/catalog/entities.h"
#include "models/core/cataloglocation.h"
#include "models/core/result.h"

#include <QCoreApplication>

namespace Tessera {

// Unsaved edits of a product, kept on disk while the person types so that a crash loses nothing.
struct Draft {
    QString productId;
    int baseRevision = 0; // the revision the edits started from
    QDateTime savedAt;
    Product product; // as edited
};

// The drafts of one catalog: a folder of JSON files, one per product, each written whole
// (QSaveFile) so that a crash mid-write leaves the previous draft.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::DraftStore)

public:
    explicit DraftStore(QString directory);

    // The user's drafts folder for a catalog (under the application's data folder).
    static QString directoryFor(const CatalogLocation &location);

    QString directory() const { return m_directory; }
    Status write(const Product &edited, int baseRevision);
    Status remove(const QString &productId);
    std::optional<Draft> find(const QString &productId) const;
    // Every readable draft, oldest first; unreadable files are reported in errors and left alone.
    QList<Draft> list(QList<Error> *errors = nullptr) const;

private:
    QString fileFor(const QString &productId) const;
    Result<Draft> read(const QString &path) const;

    QString m_directory;
};

} // namespace Tessera
