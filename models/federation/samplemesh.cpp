#include "models/federation/samplemesh.h"

#include "models/formats/openlineage.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Tessera {

QString SampleMesh::root()
{
    return QStringLiteral(":/sample-mesh");
}

QStringList SampleMesh::files()
{
    QStringList files;
    QDirIterator it(root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

MeshFiles SampleMesh::read()
{
    return StandardFiles::read(StandardFiles::find({root()}), root());
}

Status SampleMesh::importInto(CatalogStore &store)
{
    const MeshFiles mesh = read();
    if (!mesh.ok())
        return Error(tr("The bundled sample mesh has a problem: %1").arg(mesh.errors.first().toString()));
    const OpenLineage::Read logs = OpenLineage::readFiles(OpenLineage::find({root()}));
    if (!logs.errors.isEmpty())
        return Error(tr("The bundled sample mesh has a problem: %1").arg(logs.errors.first().toString()));
    SourceLineage lineage{QStringLiteral("sample-mesh"), OpenLineage::lineageOf(logs.events)};
    lineage.events = logs.events;
    return store.importAll(mesh.domains, mesh.teams, mesh.products, QStringLiteral("import sample mesh"), {}, lineage);
}

Result<std::unique_ptr<CatalogStore>> SampleMesh::openCatalog(const CatalogLocation &location, const QString &actor)
{
    const bool firstStart = location == CatalogLocation::defaultLocation() && !QFileInfo::exists(location.filePath());
    auto store = CatalogStore::open(location, actor);
    if (!store || !firstStart)
        return store;
    if (Status filled = importInto(*store.value()); !filled) {
        // Leave no half-made catalog behind: the next start tries again.
        store.value().reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(location.filePath() + QLatin1String(suffix));
        return filled.error();
    }
    return store;
}

} // namespace Tessera
