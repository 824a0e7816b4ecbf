#include "models/federation/sync.h"

#include "models/federation/standardfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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
    const Source source{id, folder.canonicalFilePath(), QDateTime::currentDateTimeUtc(), QDateTime(), QString()};
    if (Status saved = store.saveSource(source); !saved)
        return saved.error();
    return source;
}

SyncReport Sync::run(CatalogStore &store, const QString &sourceId)
{
    SyncReport report;
    const auto sources = store.sources();
    if (!sources) {
        report.errors << sources.error();
        return report;
    }
    const auto found = std::find_if(sources->cbegin(), sources->cend(), [&](const Source &s) {
        return s.id == sourceId;
    });
    if (found == sources->cend()) {
        report.errors << Error(tr("there is no source named %1").arg(sourceId));
        return report;
    }
    Source source = *found;
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

    if (Status done = store.importAll(mesh.domains, mesh.teams, upserts, QStringLiteral("sync"), removals); !done) {
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

} // namespace Tessera
