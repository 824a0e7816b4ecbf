#pragma once

#include "models/catalog/entities.h"
#include "models/core/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace Tessera {

// What a set of standard files says about the mesh, read all together: every ODPS product file with
// the ODCS contracts its ports name, every contract no product file claims as a product of its
// own, and input ports linked to the products whose output ports offer their contracts.
struct MeshFiles {
    QList<Domain> domains;
    QList<Team> teams;
    QList<Product> products;
    QList<Error> errors; // any error and nothing should be imported
    QList<Error> warnings;

    bool ok() const { return errors.isEmpty(); }
};

class StandardFiles
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::StandardFiles)

public:
    // files: paths to read; provenance records them relative to baseDir (when given), with a hash
    // over every file a product was read from.
    static MeshFiles read(const QStringList &files, const QString &baseDir = QString());

    // Standard files in paths: files as given, folders searched for *.odcs.yaml, *.odps.yaml and
    // *.dpds.yaml (also .yml and .json), skipping hidden folders. Paths that do not exist go to missing.
    static QStringList find(const QStringList &paths, QStringList *missing = nullptr);
};

} // namespace Tessera
