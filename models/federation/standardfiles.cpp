#include "models/federation/standardfiles.h"

#include "models/formats/dpds.h"
#include "models/formats/odcs.h"
#include "models/formats/odps.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Tessera {

namespace {

template<typename T>
void addUnique(QList<T> &list, const T &item)
{
    if (std::none_of(list.cbegin(), list.cend(), [&item](const T &existing) {
            return existing.id == item.id;
        }))
        list << item;
}

bool isStandardFileName(const QString &name)
{
    static const char *const suffixes[] = {".odcs.yaml", ".odcs.yml",  ".odcs.json", ".odps.yaml", ".odps.yml",
                                           ".odps.json", ".dpds.yaml", ".dpds.yml",  ".dpds.json"};
    for (const char *suffix : suffixes) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QStringList StandardFiles::find(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files << path;
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo entry = it.nextFileInfo();
                const QString relative = QDir(path).relativeFilePath(entry.filePath());
                if (isStandardFileName(entry.fileName()) && !relative.startsWith(QLatin1Char('.'))
                    && !relative.contains(QLatin1String("/.")))
                    found << QDir::cleanPath(entry.filePath());
            }
            found.sort();
            files << found;
        } else if (missing) {
            *missing << path;
        }
    }
    return files;
}

MeshFiles StandardFiles::read(const QStringList &files, const QString &baseDir)
{
    MeshFiles mesh;
    struct Read {
        QString path;
        QByteArray text;
        StandardDocument document;
    };
    QList<Read> productFiles;
    QList<Read> descriptors;
    QHash<QString, Odps::Contract> contracts;
    QHash<QString, QString> contractFile; // id -> path, to report duplicates
    QStringList contractOrder;

    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            mesh.errors << Error(tr("cannot read the file: %1").arg(file.errorString())).at(path);
            continue;
        }
        const QByteArray text = file.readAll();
        const auto document = Standards::parse(text, path);
        if (!document) {
            mesh.errors << document.error();
            continue;
        }
        const Standards::Validation validation = Standards::validate(document.value());
        mesh.errors << validation.errors;
        mesh.warnings << validation.warnings;
        if (!validation.ok())
            continue;
        switch (document->kind) {
        case StandardDocument::Kind::OdpsProduct:
            productFiles.append({path, text, document.value()});
            break;
        case StandardDocument::Kind::OdcsContract: {
            const QString id = document->root.text(QStringLiteral("id"));
            if (contractFile.contains(id)) {
                mesh.errors << Error(tr("the contract id %1 is used by %2 too").arg(id, contractFile.value(id)))
                                   .at(path)
                                   .inField(QStringLiteral("id"));
                continue;
            }
            contractFile.insert(id, path);
            contracts.insert(id, {document.value(), text});
            contractOrder << id;
            break;
        }
        case StandardDocument::Kind::DpdsDescriptor:
            descriptors.append({path, text, document.value()});
            break;
        case StandardDocument::Kind::Unknown:
            break;
        }
    }

    const QDir base(baseDir);
    auto provenance = [&](Product &product, const QString &path, const QByteArray &text) {
        Q_UNUSED(text);
        product.provenance.file = baseDir.isEmpty() ? path : base.relativeFilePath(path);
        // Over every file the product was read from: a changed contract changes the product.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const SourceDocument &d : std::as_const(product.documents))
            hash.addData(d.text);
        product.provenance.hash = QString::fromLatin1(hash.result().toHex());
        for (SourceDocument &d : product.documents) {
            if (d.file.isEmpty())
                d.file = d.kind == QLatin1String("odcs") && contractFile.contains(d.id)
                    ? base.relativeFilePath(contractFile.value(d.id))
                    : product.provenance.file;
        }
    };
    auto take = [&](Odcs::Imported &&imported) {
        if (std::any_of(mesh.products.cbegin(), mesh.products.cend(), [&](const Product &p) {
                return p.id == imported.product.id;
            })) {
            mesh.errors
                << Error(tr("two files describe the product %1").arg(imported.product.id)).at(imported.product.provenance.file);
            return;
        }
        addUnique(mesh.domains, imported.domain);
        if (imported.team)
            addUnique(mesh.teams, *imported.team);
        mesh.warnings << imported.warnings;
        mesh.products << imported.product;
    };

    // Product files first: the contracts they claim are theirs.
    QHash<QString, QString> offeredBy; // contract id -> product id
    for (const Read &read : std::as_const(productFiles)) {
        auto imported = Odps::toCatalog(read.document, read.text, contracts);
        if (!imported) {
            mesh.errors << imported.error();
            continue;
        }
        provenance(imported.value().product, read.path, read.text);
        for (const QString &id : Odps::outputContractIds(imported->product))
            offeredBy.insert(id, imported->product.id);
        take(std::move(imported).value());
    }
    for (const Read &read : std::as_const(descriptors)) {
        auto imported = Dpds::toCatalog(read.document, read.text);
        if (!imported) {
            mesh.errors << imported.error();
            continue;
        }
        provenance(imported.value().product, read.path, read.text);
        take(std::move(imported).value());
    }
    for (const QString &id : std::as_const(contractOrder)) {
        if (offeredBy.contains(id))
            continue;
        const Odps::Contract &contract = contracts.value(id);
        auto imported = Odcs::toCatalog(contract.document, contract.text);
        if (!imported) {
            mesh.errors << imported.error();
            continue;
        }
        provenance(imported.value().product, contractFile.value(id), contract.text);
        offeredBy.insert(id, imported->product.id);
        take(std::move(imported).value());
    }

    // Input ports: the product that offers the contract, and the dataset the contract describes.
    for (Product &product : mesh.products) {
        for (InputPort &in : product.inputs) {
            if (in.contractId.isEmpty() || !in.sourceProductId.isEmpty())
                continue;
            in.sourceProductId = offeredBy.value(in.contractId);
            for (const Product &source : std::as_const(mesh.products)) {
                if (source.id != in.sourceProductId)
                    continue;
                for (const Dataset &d : source.datasets) {
                    if (d.contractId == in.contractId) {
                        in.sourceDataset = d.name;
                        break;
                    }
                }
            }
        }
    }
    return mesh;
}

} // namespace Tessera
