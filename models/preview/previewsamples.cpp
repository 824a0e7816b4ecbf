#include "models/preview/previewsamples.h"

#include "models/federation/samplemesh.h"

#include <QDir>
#include <QFileInfo>

namespace Tessera {

QStringList PreviewSamples::extensions()
{
    return {QStringLiteral("csv"),    QStringLiteral("tsv"),    QStringLiteral("jsonl"),
            QStringLiteral("ndjson"), QStringLiteral("sqlite"), QStringLiteral("db")};
}

QString PreviewSamples::find(const CatalogStore &store, const Product &product, const QString &dataset)
{
    if (const auto attached = store.samples(product.id)) {
        for (const DatasetSample &s : attached.value()) {
            if (s.dataset == dataset && QFileInfo::exists(s.file))
                return s.file;
        }
    }
    if (!product.provenance.sourceId.isEmpty() && !product.provenance.file.isEmpty()) {
        if (const auto source = store.source(product.provenance.sourceId); source && source.value()) {
            const QDir here = QFileInfo(QDir(source.value()->path).filePath(product.provenance.file)).dir();
            for (const QString &folder :
                 {here.filePath(QStringLiteral("samples")), here.filePath(QStringLiteral("../samples"))}) {
                for (const QString &extension : extensions()) {
                    const QString path = QDir::cleanPath(folder + QLatin1Char('/') + dataset + QLatin1Char('.') + extension);
                    if (QFileInfo::exists(path))
                        return path;
                }
            }
        }
    }
    const QString shipped = QStringLiteral("%1/%2/samples/%3.csv").arg(SampleMesh::root(), product.domainId, dataset);
    return QFileInfo::exists(shipped) ? shipped : QString();
}

QList<std::pair<QString, QString>> PreviewSamples::ofProduct(const CatalogStore &store, const Product &product)
{
    QList<std::pair<QString, QString>> out;
    for (const Dataset &d : product.datasets)
        out.append({d.name, find(store, product, d.name)});
    return out;
}

} // namespace Tessera
