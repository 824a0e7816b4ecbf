#include "models/formats/odps.h"

#include "models/formats/docedit.h"
#include "models/formats/yamlreader.h"
#include "models/formats/yamlwriter.h"

namespace Tessera {

using namespace DocEdit;

Result<Odcs::Imported> Odps::toCatalog(const StandardDocument &productFile, const QByteArray &text,
                                       const QHash<QString, Contract> &contracts)
{
    if (productFile.kind != StandardDocument::Kind::OdpsProduct)
        return Error(tr("not an ODPS product file")).at(productFile.file);
    const DocNode &root = productFile.root;
    Odcs::Imported out;
    Product &p = out.product;
    p.id = root.text(QStringLiteral("id"));
    if (p.id.isEmpty())
        return Error(tr("the product file has no id")).at(productFile.file, root.line, root.column).inField(QStringLiteral("id"));
    const QString domainName = root.text(QStringLiteral("domain"));
    p.domainId = domainName.isEmpty() ? QStringLiteral("unassigned") : Odcs::slug(domainName);
    out.domain = {p.domainId, domainName.isEmpty() ? QStringLiteral("Unassigned") : domainName, QString()};
    p.title = root.text(QStringLiteral("name"));
    p.name = p.id.contains(QLatin1Char('.')) ? p.id.section(QLatin1Char('.'), -1) : Odcs::slug(p.title);
    if (p.name.isEmpty())
        p.name = p.id;
    if (p.title.isEmpty())
        p.title = p.name;
    p.version = root.text(QStringLiteral("version"));
    const QString status = root.text(QStringLiteral("status"));
    p.status = Catalog::statusFromKey(status).value_or(ProductStatus::Draft);
    if (!status.isEmpty() && status != QLatin1String("proposed") && !Catalog::statusFromKey(status)) {
        const DocNode *at = root.member(QStringLiteral("status"));
        out.warnings << Error(tr("the status \"%1\" is none of draft, active, deprecated, retired; the product is a draft in the "
                                 "catalog")
                                  .arg(status))
                            .at(productFile.file, at->line, at->column)
                            .inField(QStringLiteral("status"));
    }
    if (const DocNode *description = root.member(QStringLiteral("description"));
        description && description->kind == DocNode::Kind::Object)
        p.description = description->text(QStringLiteral("purpose"));
    p.documentation = readDocumentation(root);
    p.tags = stringList(root.member(QStringLiteral("tags")));
    p.documents.append({QStringLiteral("odps"), p.id, QString(), text});

    // Output ports: the datasets their contracts describe.
    if (const DocNode *ports = root.member(QStringLiteral("outputPorts"))) {
        for (const DocNode &port : ports->items) {
            const QString contractId = port.text(QStringLiteral("contractId"));
            const auto found = contracts.constFind(contractId);
            if (contractId.isEmpty() || found == contracts.constEnd()) {
                Dataset placeholder;
                placeholder.name = port.text(QStringLiteral("name"));
                placeholder.description = port.text(QStringLiteral("description"));
                placeholder.physicalType = port.text(QStringLiteral("type"));
                p.datasets << placeholder;
                if (!contractId.isEmpty())
                    out.warnings << Error(tr("the output port \"%1\" names the contract %2, which is not among the files read")
                                              .arg(placeholder.name, contractId))
                                        .at(productFile.file, port.line, port.column)
                                        .inField(QStringLiteral("outputPorts"));
                continue;
            }
            const auto contract = Odcs::toCatalog(found->document, found->text);
            if (!contract)
                return contract.error();
            for (Dataset d : contract->product.datasets) {
                if (d.description.isEmpty())
                    d.description = port.text(QStringLiteral("description"));
                p.datasets << d;
            }
            if (p.sla.isEmpty())
                p.sla = contract->product.sla;
            out.warnings << contract->warnings;
            p.documents.append(contract->product.documents);
        }
    }

    // Input ports: what the product consumes, by contract; which product offers it is resolved
    // once every product file has been read (see Federation).
    if (const DocNode *ports = root.member(QStringLiteral("inputPorts"))) {
        for (const DocNode &port : ports->items)
            p.inputs.append({port.text(QStringLiteral("name")), QString(), QString(), port.text(QStringLiteral("contractId"))});
    }

    p.classification = readClassification(root, p);
    out.team = readTeam(root, out.domain);
    if (out.team)
        p.ownerTeamId = out.team->id;
    return out;
}

QStringList Odps::outputContractIds(const Product &product)
{
    QStringList ids;
    for (const SourceDocument &kept : product.documents) {
        if (kept.kind != QLatin1String("odps"))
            continue;
        const auto parsed = YamlReader::parse(kept.text, kept.file);
        if (!parsed)
            continue;
        if (const DocNode *ports = parsed->member(QStringLiteral("outputPorts"))) {
            for (const DocNode &port : ports->items) {
                if (const QString id = port.text(QStringLiteral("contractId")); !id.isEmpty())
                    ids << id;
            }
        }
    }
    return ids;
}

DocNode Odps::toProductFile(const Product &product, const std::optional<Team> &team, const QString &domainName)
{
    DocNode root = keptRoot(product, QStringLiteral("odps"));
    const QString originalStatus = root.text(QStringLiteral("status"));
    const QString originalDomain = root.text(QStringLiteral("domain"));
    setText(root, QStringLiteral("apiVersion"), QStringLiteral("v1.0.0"));
    setText(root, QStringLiteral("kind"), QStringLiteral("DataProduct"));
    setText(root, QStringLiteral("id"), product.id);
    setText(root, QStringLiteral("name"), product.title);
    setText(root, QStringLiteral("version"), product.version);
    if (Catalog::statusFromKey(originalStatus) != product.status
        && !(product.status == ProductStatus::Draft && !originalStatus.isEmpty() && !Catalog::statusFromKey(originalStatus)))
        setText(root, QStringLiteral("status"), Catalog::statusKey(product.status));
    if (Odcs::slug(originalDomain) != product.domainId)
        setText(root, QStringLiteral("domain"), domainName.isEmpty() ? product.domainId : domainName);

    writeDescriptionAndTags(root, product);

    if (!root.member(QStringLiteral("outputPorts"))) {
        DocNode ports = arrayNode();
        for (const Dataset &d : product.datasets) {
            DocNode port = objectNode();
            setText(port, QStringLiteral("name"), d.name);
            setText(port, QStringLiteral("version"), product.version.isEmpty() ? QStringLiteral("1.0.0") : product.version);
            setText(port, QStringLiteral("contractId"), d.contractId.isEmpty() ? product.id : d.contractId);
            ports.items.push_back(port);
        }
        if (!ports.items.empty())
            setMember(root, QStringLiteral("outputPorts"), ports);
    }
    if (!root.member(QStringLiteral("inputPorts")) && !product.inputs.isEmpty()) {
        DocNode ports = arrayNode();
        for (const InputPort &in : product.inputs) {
            if (in.contractId.isEmpty())
                continue;
            DocNode port = objectNode();
            setText(port, QStringLiteral("name"), in.name.isEmpty() ? in.sourceProductId : in.name);
            setText(port, QStringLiteral("version"), QStringLiteral("1.0.0"));
            setText(port, QStringLiteral("contractId"), in.contractId);
            ports.items.push_back(port);
        }
        if (!ports.items.empty())
            setMember(root, QStringLiteral("inputPorts"), ports);
    }

    if (team)
        setTeam(root, *team);
    return root;
}

QByteArray Odps::toYaml(const Product &product, const std::optional<Team> &team, const QString &domainName)
{
    // The file's header comments stay; comments further down are not kept.
    const SourceDocument *kept = keptDocument(product, QStringLiteral("odps"));
    return (kept ? YamlWriter::leadingComments(kept->text) : QByteArray())
        + YamlWriter::write(toProductFile(product, team, domainName));
}

} // namespace Tessera
