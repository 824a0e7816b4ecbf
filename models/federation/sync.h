#pragma once

#include "models/catalog/catalogstore.h"

#include <QCoreApplication>

namespace Tessera {

// What syncing a source did, or would have done.
struct SyncReport {
    QStringList added;
    QStringList changed;
    QStringList removed;
    QStringList unchanged;
    QList<Error> conflicts; // a product changed both in Tessera and in its folder, or is claimed twice
    QList<Error> errors; // files that could not be read or are not valid
    QList<Error> warnings;
    bool applied = false; // all of it, or (on any conflict or error) nothing
    int lineageJobs = 0; // jobs the source's OpenLineage run logs name

    QString summary() const;
};

// Domain folders as catalog sources: register, sync, unregister. A sync reads the whole folder
// first and then changes the catalog in one transaction, or not at all; it never overwrites a
// product edited in Tessera since the last sync, it reports the conflict instead.
class Sync
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Sync)

public:
    static Result<Source> addSource(CatalogStore &store, const QString &id, const QString &path);
    static SyncReport run(CatalogStore &store, const QString &sourceId);

    // Writes a product edited in Tessera back to the files of its source folder (its product file
    // and contracts), keeping everything in them the catalog does not model. Refused when the
    // files changed since the last sync: sync first. Returns the files written.
    static Result<QStringList> writeBack(CatalogStore &store, const QString &productId);
};

} // namespace Tessera
