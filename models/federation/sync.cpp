#include "models/federation/sync.h"

#include "models/federation/standardfiles.h"
#include "models/formats/odcs.h"
#include "models/formats/odps.h"
#include "models/formats/openlineage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace Tessera {

QString SyncReport::summary() const
{
    if (!applied && (!errors.isEmpty() || !conflicts.isEmpty())) {
        return Sync::tr("nothing changed: %n problem(s)", nullptr, int(errors.size() + conflicts.size()));
    }
    return Sync::tr("%1 added, %2 changed, %3 removed, %4 unchanged")
        .arg(added.size())
        .arg(changed.size())
        .arg(removed.size())
        .arg(unchanged.size());
}

Result<Source> Sync::addSource(CatalogStore &store, const QString &id, const QString &path)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!valid.match(id).hasMatch())
        return Error(tr("\"%1\" cannot name a source: use lower-case letters, digits, - and _").arg(id));
    const QFileInfo folder(path);
    if (!folder.isDir())
        return Error(tr("%1 is not a folder").arg(QDir::toNativeSeparators(path)));
    const auto existing = store.sources();
    if (!existing)
        return existing.error();
    for (const Source &s : existing.value()) {
        if (s.id == id)
            return Error(tr("there is a source named %1 already (%2)").arg(id, QDir::toNativeSeparators(s.path)));
    }
    const Source source{id, folder.canonicalFilePath(), QDateTime::currentDateTimeUtc(), QDateTime(), QString(), store.actor()};
    if (Status saved = store.saveSource(source); !saved)
        return saved.error();
    return source;
}

SyncReport Sync::run(CatalogStore &store, const QString &sourceId)
{
    SyncReport report;
    const auto found = store.source(sourceId);
    if (!found) {
        report.errors << found.error();
        return report;
    }
    if (!found.value()) {
        report.errors << Error(tr("there is no source named %1").arg(sourceId));
        return report;
    }
    Source source = *found.value();
    if (Status allowed = store.maySync(sourceId); !allowed) {
        report.errors << allowed.error();
        return report;
    }
    if (!QFileInfo(source.path).isDir()) {
        report.errors << Error(
            tr("the folder of the source %1 is gone: %2").arg(sourceId, QDir::toNativeSeparators(source.path)));
        return report;
    }

    // Read everything first.
    MeshFiles mesh = StandardFiles::read(StandardFiles::find({source.path}), source.path);
    report.errors = mesh.errors;
    report.warnings = mesh.warnings;
    if (!mesh.ok())
        return report;
    // OpenLineage run logs: a bad event is a warning (logs are appended to by machines); the rest counts.
    const OpenLineage::Read logs = OpenLineage::readFiles(OpenLineage::find({source.path}));
    report.warnings << logs.errors;
    SourceLineage lineage{sourceId, OpenLineage::lineageOf(logs.events)};
    lineage.events = logs.events;
    report.lineageJobs = int(lineage.facts.jobs.size());

    const auto existing = store.sourcedProducts(sourceId);
    if (!existing) {
        report.errors << existing.error();
        return report;
    }
    QHash<QString, SourcedProduct> before;
    for (const SourcedProduct &p : existing.value())
        before.insert(p.id, p);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Product> upserts;
    for (Product &p : mesh.products) {
        p.provenance.sourceId = sourceId;
        p.provenance.syncedAt = now;
        const auto was = before.constFind(p.id);
        if (was == before.constEnd()) {
            // New to this source: it must not be someone else's product already.
            const auto other = store.product(p.id);
            if (!other) {
                report.errors << other.error();
                continue;
            }
            if (other.value()) {
                const QString owner = other.value()->provenance.sourceId;
                report.conflicts << Error(owner.isEmpty() ? tr("%1 is already in the catalog, made or imported there; it is not "
                                                               "taken over from this folder")
                                                                .arg(p.id)
                                                          : tr("%1 already comes from the source %2").arg(p.id, owner))
                                        .at(QDir(source.path).filePath(p.provenance.file));
                continue;
            }
            report.added << p.id;
            upserts << p;
        } else if (was->hash == p.provenance.hash) {
            report.unchanged << p.id;
        } else if (was->revision != was->syncedRevision) {
            report.conflicts << Error(tr("%1 was edited in Tessera (revision %2) and changed in its folder since the last sync; "
                                         "write the edit back or discard it, then sync again")
                                          .arg(p.id)
                                          .arg(was->revision))
                                    .at(QDir(source.path).filePath(p.provenance.file));
        } else {
            report.changed << p.id;
            upserts << p;
        }
    }
    QSet<QString> inFolder;
    for (const Product &p : std::as_const(mesh.products))
        inFolder.insert(p.id);
    QStringList removals;
    for (const SourcedProduct &p : existing.value()) {
        if (inFolder.contains(p.id))
            continue;
        if (p.revision != p.syncedRevision) {
            report.conflicts << Error(tr("%1 was edited in Tessera (revision %2) but its files are gone from the folder")
                                          .arg(p.id)
                                          .arg(p.revision))
                                    .at(source.path);
            continue;
        }
        removals << p.id;
    }
    report.removed = removals;
    if (!report.conflicts.isEmpty() || !report.errors.isEmpty())
        return report;

    if (Status done = store.importAll(mesh.domains, mesh.teams, upserts, QStringLiteral("sync"), removals, lineage); !done) {
        report.errors << done.error();
        return report;
    }
    report.applied = true;
    source.lastSync = now;
    source.lastReport = report.summary();
    if (Status saved = store.saveSource(source); !saved)
        report.warnings << saved.error();
    return report;
}

Result<QStringList> Sync::writeBack(CatalogStore &store, const QString &productId)
{
    const auto loaded = store.product(productId);
    if (!loaded)
        return loaded.error();
    if (!loaded.value())
        return Error(tr("there is no product %1").arg(productId));
    Product product = *loaded.value();
    const QString sourceId = product.provenance.sourceId;
    if (sourceId.isEmpty())
        return Error(tr("%1 did not come from a source folder; export it instead").arg(productId));
    const auto found = store.source(sourceId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error(tr("the source %1 of %2 is no longer registered").arg(sourceId, productId));
    const QDir folder(found.value()->path);
    for (const SourceDocument &d : std::as_const(product.documents)) {
        if (d.kind != QLatin1String("odps") && d.kind != QLatin1String("odcs"))
            return Error(tr("%1 came from a %2 file; Tessera writes back ODPS product files and ODCS contracts only")
                             .arg(productId, d.kind.toUpper()))
                .at(folder.filePath(d.file));
    }

    // The files as they are now must be the files of the last sync.
    QCryptographicHash onDisk(QCryptographicHash::Sha256);
    for (const SourceDocument &d : std::as_const(product.documents)) {
        QFile file(folder.filePath(d.file));
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("cannot read %1: %2").arg(file.fileName(), file.errorString())).at(file.fileName());
        onDisk.addData(file.readAll());
    }
    if (QString::fromLatin1(onDisk.result().toHex()) != product.provenance.hash)
        return Error(tr("the files of %1 changed in the folder since the last sync; sync first, then write back").arg(productId))
            .at(folder.filePath(product.provenance.file));

    const std::optional<Team> team = store.team(product.ownerTeamId);
    const QString domainName = store.domainName(product.domainId);
    // New texts first, all of them; then the files; then the catalog's record of them.
    QList<SourceDocument> written = product.documents;
    for (SourceDocument &d : written)
        d.text = d.kind == QLatin1String("odps") ? Odps::toYaml(product, team, domainName)
                                                 : Odcs::toYaml(product, team, domainName, d.id);
    QStringList paths;
    for (const SourceDocument &d : std::as_const(written)) {
        QSaveFile file(folder.filePath(d.file));
        if (!file.open(QIODevice::WriteOnly) || file.write(d.text) != d.text.size() || !file.commit())
            return Error(tr("cannot write %1: %2").arg(file.fileName(), file.errorString())).at(file.fileName());
        paths << file.fileName();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SourceDocument &d : std::as_const(written))
        hash.addData(d.text);
    product.documents = written;
    product.provenance.hash = QString::fromLatin1(hash.result().toHex());
    product.provenance.syncedAt = QDateTime::currentDateTimeUtc();
    product.provenance.syncedRevision = product.revision + 1; // the revision this save makes: in step with the folder
    const SaveResult saved = store.saveProduct(product);
    if (!saved.ok())
        return saved.error;
    return paths;
}

} // namespace Tessera
