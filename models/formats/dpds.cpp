#include "models/formats/dpds.h"

#include "models/formats/docedit.h"

namespace Tessera {

Result<Odcs::Imported> Dpds::toCatalog(const StandardDocument &descriptor, const QByteArray &text)
{
    if (descriptor.kind != StandardDocument::Kind::DpdsDescriptor)
        return Error(tr("not a DPDS descriptor")).at(descriptor.file);
    const DocNode *info = descriptor.root.member(QStringLiteral("info"));
    if (!info || info->kind != DocNode::Kind::Object)
        return Error(tr("the descriptor has no info"))
            .at(descriptor.file, descriptor.root.line, descriptor.root.column)
            .inField(QStringLiteral("info"));
    Odcs::Imported out;
    Product &p = out.product;
    p.id = info->text(QStringLiteral("fullyQualifiedName"));
    p.name = info->text(QStringLiteral("name"));
    p.title = info->text(QStringLiteral("displayName"));
    if (p.title.isEmpty())
        p.title = p.name;
    p.version = info->text(QStringLiteral("version"));
    p.description = info->text(QStringLiteral("description"));
    p.status = ProductStatus::Draft; // a descriptor says nothing of its product's life cycle
    const QString domainName = info->text(QStringLiteral("domain"));
    p.domainId = Odcs::slug(domainName);
    if (p.domainId.isEmpty())
        p.domainId = QStringLiteral("unassigned");
    out.domain = {p.domainId, domainName.isEmpty() ? QStringLiteral("Unassigned") : domainName, QString()};
    p.tags = DocEdit::stringList(descriptor.root.member(QStringLiteral("tags")));

    if (const DocNode *owner = info->member(QStringLiteral("owner")); owner && owner->kind == DocNode::Kind::Object) {
        Team t;
        const QString ownerId = owner->text(QStringLiteral("id"));
        t.name = owner->text(QStringLiteral("name")).isEmpty() ? ownerId : owner->text(QStringLiteral("name"));
        t.id = Odcs::slug(t.name);
        t.domainId = p.domainId;
        t.members.append({ownerId, owner->text(QStringLiteral("name")), QStringLiteral("owner")});
        p.ownerTeamId = t.id;
        out.team = t;
    }

    // Ports given inline; a port that is only a reference ($ref) to another file is left out, with a warning.
    const DocNode *interface = descriptor.root.member(QStringLiteral("interfaceComponents"));
    auto ports = [&](const char *key) -> std::vector<const DocNode *> {
        std::vector<const DocNode *> result;
        const DocNode *list = interface ? interface->member(QLatin1String(key)) : nullptr;
        if (!list)
            return result;
        for (const DocNode &port : list->items) {
            if (port.member(QStringLiteral("$ref"))) {
                out.warnings << Error(tr("a port given by reference (%1) is not followed").arg(port.text(QStringLiteral("$ref"))))
                                    .at(descriptor.file, port.line, port.column)
                                    .inField(QLatin1String("interfaceComponents.") + QLatin1String(key));
                continue;
            }
            result.push_back(&port);
        }
        return result;
    };
    for (const DocNode *port : ports("outputPorts")) {
        Dataset d;
        d.name = port->text(QStringLiteral("name"));
        d.description = port->text(QStringLiteral("description"));
        d.physicalName = port->text(QStringLiteral("fullyQualifiedName"));
        if (!d.name.isEmpty())
            p.datasets << d;
    }
    for (const DocNode *port : ports("inputPorts"))
        p.inputs.append(
            {port->text(QStringLiteral("name")), QString(), QString(), port->text(QStringLiteral("fullyQualifiedName"))});

    p.documents.append({QStringLiteral("dpds"), p.id, QString(), text});
    return out;
}

} // namespace Tessera
