#include "models/formats/standarddocument.h"

#include "models/formats/jsonschema.h"
#include "models/formats/yamlreader.h"

#include <QFileInfo>

#include <mutex>

namespace Tessera {

namespace {

// The embedded schemas, parsed once and shared (JsonSchema is read-only after loading).
const JsonSchema *schema(const QString &name)
{
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<JsonSchema>> cache;
    const std::lock_guard lock(mutex);
    auto it = cache.find(name);
    if (it == cache.end()) {
        auto loaded = JsonSchema::load(QLatin1String(":/schemas/") + name);
        it = cache.emplace(name, loaded ? std::make_unique<JsonSchema>(loaded.value()) : nullptr).first;
    }
    return it->second.get();
}

} // namespace

QString StandardDocument::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return Standards::tr("unknown");
    case Kind::OdcsContract:
        return Standards::tr("ODCS data contract");
    case Kind::OdpsProduct:
        return Standards::tr("ODPS data product");
    case Kind::DpdsDescriptor:
        return Standards::tr("DPDS data product descriptor");
    }
    return {};
}

StandardDocument::Kind Standards::detect(const DocNode &root)
{
    if (root.kind != DocNode::Kind::Object)
        return StandardDocument::Kind::Unknown;
    const QString kind = root.text(QStringLiteral("kind"));
    if (kind == QLatin1String("DataContract"))
        return StandardDocument::Kind::OdcsContract;
    if (kind == QLatin1String("DataProduct"))
        return StandardDocument::Kind::OdpsProduct;
    if (root.member(QStringLiteral("dataProductDescriptor")))
        return StandardDocument::Kind::DpdsDescriptor;
    // An ODCS contract that lost its kind still has the contract's shape.
    if (root.text(QStringLiteral("apiVersion")).startsWith(QLatin1String("v3")) && root.member(QStringLiteral("schema")))
        return StandardDocument::Kind::OdcsContract;
    return StandardDocument::Kind::Unknown;
}

namespace {

Result<StandardDocument> recognise(Result<DocNode> root, const QString &fileName)
{
    if (!root)
        return root.error();
    StandardDocument document;
    document.file = fileName;
    document.root = std::move(root).value();
    document.kind = Standards::detect(document.root);
    if (document.kind == StandardDocument::Kind::Unknown)
        return Error(Standards::tr("not an ODCS contract (kind: DataContract), an ODPS product (kind: DataProduct) or a DPDS "
                                   "descriptor (dataProductDescriptor)"))
            .at(fileName, document.root.line, document.root.column);
    document.version
        = document.root.text(document.kind == StandardDocument::Kind::DpdsDescriptor ? QStringLiteral("dataProductDescriptor")
                                                                                     : QStringLiteral("apiVersion"));
    return document;
}

} // namespace

Result<StandardDocument> Standards::parse(const QByteArray &bytes, const QString &fileName)
{
    return recognise(YamlReader::parse(bytes, fileName), fileName);
}

Result<StandardDocument> Standards::read(const QString &path)
{
    return recognise(YamlReader::readFile(path), path);
}

Standards::Validation Standards::validate(const StandardDocument &document, int maxErrors)
{
    Validation result;
    auto run = [&](const QString &name) -> QList<Error> {
        const JsonSchema *checker = schema(name);
        if (!checker)
            return {Error(tr("the schema %1 is missing from this build of Tessera").arg(name)).at(document.file)};
        return checker->validate(document.root, document.file, maxErrors);
    };
    switch (document.kind) {
    case StandardDocument::Kind::OdcsContract: {
        const QString newest = QStringLiteral("odcs-json-schema-v3.1.0.json");
        if (!document.version.startsWith(QLatin1String("v3.0."))) {
            result.errors = run(newest);
            break;
        }
        result.errors = run(QStringLiteral("odcs-json-schema-v3.0.2.json"));
        if (!result.errors.isEmpty() && run(newest).isEmpty()) {
            const DocNode *version = document.root.member(QStringLiteral("apiVersion"));
            result.errors.clear();
            result.warnings << Error(tr("the contract says %1 but uses ODCS v3.1.0; it was read as v3.1.0").arg(document.version))
                                   .at(document.file, version ? version->line : 1, version ? version->column : 1)
                                   .inField(QStringLiteral("apiVersion"));
        }
        break;
    }
    case StandardDocument::Kind::OdpsProduct:
        result.errors = run(QStringLiteral("odps-json-schema-v1.0.0.json"));
        break;
    case StandardDocument::Kind::DpdsDescriptor:
        result.errors = run(QStringLiteral("dpds-schema-v1.0.0.json"));
        break;
    case StandardDocument::Kind::Unknown:
        result.errors << Error(tr("not a document of a known standard")).at(document.file);
        break;
    }
    return result;
}

} // namespace Tessera
