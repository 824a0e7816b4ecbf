#include "models/federation/samplemesh.h"

#include "models/formats/openlineage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Tessera {

QString SampleMesh::root()
{
    return QStringLiteral(":/sample-mesh");
}

QString SampleMesh::policiesFolder()
{
    return root() + QLatin1String("/governance");
}

Status SampleMesh::copyPolicies(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error(tr("Could not create the folder %1").arg(folder)).at(folder);
    const QFileInfoList shipped = QDir(policiesFolder()).entryInfoList({QStringLiteral("*.policy.yaml")}, QDir::Files);
    for (const QFileInfo &info : shipped) {
        const QString target = QDir(folder).filePath(info.fileName());
        if (QFileInfo::exists(target))
            continue;
        if (!QFile::copy(info.filePath(), target))
            return Error(tr("Could not copy %1 to %2").arg(info.fileName(), folder)).at(target);
        // Resources are read-only; the copy is the user's to edit.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    }
    return Ok{};
}

CsvTable SampleMesh::sample(const QString &domainId, const QString &dataset, qsizetype maxRows)
{
    QFile file(QStringLiteral("%1/%2/samples/%3.csv").arg(root(), domainId, dataset));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CsvReader::read(file.readAll(), maxRows);
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
