#include "models/formats/odcs.h"

#include "models/formats/docedit.h"
#include "models/formats/yamlreader.h"
#include "models/formats/yamlwriter.h"

#include <QFile>
#include <QRegularExpression>

namespace Tessera {

using namespace DocEdit;

namespace {

const QStringList operators{QStringLiteral("mustBe"),
                            QStringLiteral("mustNotBe"),
                            QStringLiteral("mustBeGreaterThan"),
                            QStringLiteral("mustBeGreaterOrEqualTo"),
                            QStringLiteral("mustBeLessThan"),
                            QStringLiteral("mustBeLessOrEqualTo"),
                            QStringLiteral("mustBeBetween"),
                            QStringLiteral("mustNotBeBetween")};

// --- reading helpers ----------------------------------------------------------------------------

QualityRule qualityFrom(const DocNode &q)
{
    QualityRule rule;
    rule.name = q.text(QStringLiteral("name"));
    rule.metric = q.text(QStringLiteral("metric"));
    if (rule.metric.isEmpty())
        rule.metric = q.text(QStringLiteral("rule")); // ODCS v3.0 named the library metric "rule"
    rule.type = q.text(QStringLiteral("type"));
    if (rule.type.isEmpty())
        rule.type = rule.metric.isEmpty() ? QStringLiteral("text") : QStringLiteral("library");
    for (const QString &op : operators) {
        if (const DocNode *operand = q.member(op)) {
            rule.op = op;
            rule.value = scalarText(operand);
            break;
        }
    }
    rule.query = q.text(QStringLiteral("query"));
    rule.dimension = q.text(QStringLiteral("dimension"));
    rule.severity = q.text(QStringLiteral("severity"));
    rule.description = q.text(QStringLiteral("description"));
    return rule;
}

QList<QualityRule> qualityListFrom(const DocNode *list)
{
    QList<QualityRule> rules;
    if (list && list->kind == DocNode::Kind::Array) {
        for (const DocNode &q : list->items)
            rules << qualityFrom(q);
    }
    return rules;
}

// Properties of objects (and of arrays of objects) become columns named parent.child.
void columnsFrom(const DocNode *properties, const QString &prefix, QList<Column> &columns, QList<Error> &warnings,
                 const QString &file)
{
    if (!properties || properties->kind != DocNode::Kind::Array)
        return;
    for (const DocNode &p : properties->items) {
        Column c;
        c.name = prefix + p.text(QStringLiteral("name"));
        c.logicalType = p.text(QStringLiteral("logicalType"));
        c.physicalType = p.text(QStringLiteral("physicalType"));
        c.description = p.text(QStringLiteral("description"));
        const QString classification = p.text(QStringLiteral("classification"));
        const auto known = Catalog::classificationFromKey(classification);
        c.classification = known.value_or(Classification::Unspecified);
        if (!known) {
            const DocNode *at = p.member(QStringLiteral("classification"));
            warnings << Error(Odcs::tr("the classification \"%1\" is none of public, internal, confidential, restricted; "
                                       "the column is left unclassified in the catalog")
                                  .arg(classification))
                            .at(file, at->line, at->column)
                            .inField(c.name);
        }
        c.tags = stringList(p.member(QStringLiteral("tags")));
        c.required = p.member(QStringLiteral("required")) && p.member(QStringLiteral("required"))->boolean;
        c.unique = p.member(QStringLiteral("unique")) && p.member(QStringLiteral("unique"))->boolean;
        c.primaryKey = p.member(QStringLiteral("primaryKey")) && p.member(QStringLiteral("primaryKey"))->boolean;
        c.quality = qualityListFrom(p.member(QStringLiteral("quality")));
        c.transformSources = stringList(p.member(QStringLiteral("transformSourceObjects")));
        c.transformLogic = p.text(QStringLiteral("transformLogic"));
        columns << c;
        columnsFrom(p.member(QStringLiteral("properties")), c.name + QLatin1Char('.'), columns, warnings, file);
        if (const DocNode *items = p.member(QStringLiteral("items")))
            columnsFrom(items->member(QStringLiteral("properties")), c.name + QLatin1Char('.'), columns, warnings, file);
    }
}

// --- writing helpers ----------------------------------------------------------------------------

DocNode qualityNode(const QualityRule &rule, DocNode node)
{
    if (node.kind != DocNode::Kind::Object)
        node = objectNode();
    removeMember(node, QStringLiteral("rule")); // v3.0's name for the metric
    setText(node, QStringLiteral("name"), rule.name);
    setText(node, QStringLiteral("type"), rule.type);
    setText(node, QStringLiteral("metric"), rule.metric);
    for (const QString &op : operators) {
        if (op != rule.op)
            removeMember(node, op);
    }
    if (!rule.op.isEmpty()) {
        if (rule.value.startsWith(QLatin1Char('[')) && rule.value.endsWith(QLatin1Char(']'))) {
            DocNode range = arrayNode();
            const QStringList bounds = rule.value.mid(1, rule.value.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &b : bounds)
                range.items.push_back(typedNode(b.trimmed()));
            if (const DocNode *existing = node.member(rule.op); !existing || scalarText(existing) != rule.value)
                setMember(node, rule.op, range);
        } else {
            setText(node, rule.op, rule.value, true);
        }
    }
    setText(node, QStringLiteral("query"), rule.query);
    setText(node, QStringLiteral("dimension"), rule.dimension);
    setText(node, QStringLiteral("severity"), rule.severity);
    setText(node, QStringLiteral("description"), rule.description);
    return node;
}

void setQuality(DocNode &object, const QList<QualityRule> &rules)
{
    const DocNode *existing = object.member(QStringLiteral("quality"));
    if (rules.isEmpty()) {
        removeMember(object, QStringLiteral("quality"));
        return;
    }
    DocNode list = arrayNode();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const bool kept = existing && existing->kind == DocNode::Kind::Array && size_t(i) < existing->items.size();
        list.items.push_back(qualityNode(rules.at(i), kept ? existing->items[size_t(i)] : DocNode()));
    }
    setMember(object, QStringLiteral("quality"), list);
}

// Finds the property node for a flattened column name ("address.street") in a properties list.
DocNode *propertyFor(DocNode *properties, const QString &name)
{
    if (!properties || properties->kind != DocNode::Kind::Array)
        return nullptr;
    for (DocNode &p : properties->items) {
        const QString own = p.text(QStringLiteral("name"));
        if (own == name)
            return &p;
        if (name.startsWith(own + QLatin1Char('.'))) {
            const QString rest = name.mid(own.size() + 1);
            if (DocNode *found = propertyFor(p.member(QStringLiteral("properties")), rest))
                return found;
            if (DocNode *items = p.member(QStringLiteral("items")))
                return propertyFor(items->member(QStringLiteral("properties")), rest);
        }
    }
    return nullptr;
}

void applyColumn(DocNode &property, const Column &c)
{
    setText(property, QStringLiteral("logicalType"), c.logicalType);
    setText(property, QStringLiteral("physicalType"), c.physicalType);
    setText(property, QStringLiteral("description"), c.description);
    const QString classification = Catalog::classificationKey(c.classification);
    // A classification the catalog does not know stays as the contract has it.
    if (!classification.isEmpty() || Catalog::classificationFromKey(property.text(QStringLiteral("classification"))))
        setText(property, QStringLiteral("classification"), classification);
    setStrings(property, QStringLiteral("tags"), c.tags);
    setFlag(property, QStringLiteral("required"), c.required);
    setFlag(property, QStringLiteral("unique"), c.unique);
    setFlag(property, QStringLiteral("primaryKey"), c.primaryKey);
    setQuality(property, c.quality);
}

QString statusText(ProductStatus status, const QString &original)
{
    // "proposed" and other words that mean draft stay as they were written.
    if (Catalog::statusFromKey(original) == status)
        return original;
    if (status == ProductStatus::Draft && !original.isEmpty() && !Catalog::statusFromKey(original))
        return original;
    return Catalog::statusKey(status);
}

} // namespace

QString Odcs::slug(const QString &text)
{
    return Catalog::slug(text);
}

Result<Odcs::Imported> Odcs::toCatalog(const StandardDocument &contract, const QByteArray &text)
{
    if (contract.kind != StandardDocument::Kind::OdcsContract)
        return Error(tr("not an ODCS data contract")).at(contract.file);
    const DocNode &root = contract.root;
    Imported out;
    Product &p = out.product;

    p.id = root.text(QStringLiteral("id"));
    if (p.id.isEmpty())
        return Error(tr("the contract has no id")).at(contract.file, root.line, root.column).inField(QStringLiteral("id"));
    const QString domainName = root.text(QStringLiteral("domain"));
    p.domainId = domainName.isEmpty() ? QStringLiteral("unassigned") : slug(domainName);
    if (p.domainId.isEmpty())
        p.domainId = QStringLiteral("unassigned");
    out.domain = {p.domainId, domainName.isEmpty() ? QStringLiteral("Unassigned") : domainName, QString()};

    p.name = root.text(QStringLiteral("dataProduct"));
    if (p.name.isEmpty())
        p.name = root.text(QStringLiteral("name"));
    if (p.name.isEmpty())
        p.name = p.id;
    p.title = root.text(QStringLiteral("name"));
    if (p.title.isEmpty())
        p.title = p.name;
    p.version = root.text(QStringLiteral("version"));

    const QString status = root.text(QStringLiteral("status"));
    if (const auto known = Catalog::statusFromKey(status)) {
        p.status = *known;
    } else {
        p.status = ProductStatus::Draft;
        const DocNode *at = root.member(QStringLiteral("status"));
        if (status != QLatin1String("proposed") && at)
            out.warnings << Error(tr("the status \"%1\" is none of draft, active, deprecated, retired; the product is a draft "
                                     "in the catalog")
                                      .arg(status))
                                .at(contract.file, at->line, at->column)
                                .inField(QStringLiteral("status"));
    }

    if (const DocNode *description = root.member(QStringLiteral("description")))
        p.description
            = description->kind == DocNode::Kind::Object ? description->text(QStringLiteral("purpose")) : description->string;
    p.documentation = readDocumentation(root);
    p.tags = stringList(root.member(QStringLiteral("tags")));

    for (const DocNode &s : root.member(QStringLiteral("slaProperties")) ? root.member(QStringLiteral("slaProperties"))->items
                                                                         : std::vector<DocNode>()) {
        p.sla.append({s.text(QStringLiteral("property")), scalarText(s.member(QStringLiteral("value"))),
                      scalarText(s.member(QStringLiteral("valueExt"))), s.text(QStringLiteral("unit")),
                      s.text(QStringLiteral("element")), s.text(QStringLiteral("driver"))});
    }

    QString server;
    if (const DocNode *servers = root.member(QStringLiteral("servers")); servers && servers->items.size() == 1)
        server = servers->items.front().text(QStringLiteral("server"));
    if (const DocNode *schema = root.member(QStringLiteral("schema")); schema && schema->kind == DocNode::Kind::Array) {
        for (const DocNode &object : schema->items) {
            Dataset d;
            d.name = object.text(QStringLiteral("name"));
            d.physicalName = object.text(QStringLiteral("physicalName"));
            d.physicalType = object.text(QStringLiteral("physicalType"));
            d.description = object.text(QStringLiteral("description"));
            d.server = server;
            d.contractId = p.id;
            d.quality = qualityListFrom(object.member(QStringLiteral("quality")));
            columnsFrom(object.member(QStringLiteral("properties")), QString(), d.columns, out.warnings, contract.file);
            p.datasets << d;
        }
    }

    p.classification = readClassification(root, p);
    out.team = readTeam(root, out.domain);
    if (out.team)
        p.ownerTeamId = out.team->id;

    p.documents.append({QStringLiteral("odcs"), p.id, QString(), text});
    return out;
}

Result<Odcs::Imported> Odcs::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the file: %1").arg(file.errorString())).at(path);
    const QByteArray text = file.readAll();
    const auto document = Standards::parse(text, path);
    if (!document)
        return document.error();
    const Standards::Validation validation = Standards::validate(document.value());
    if (!validation.ok())
        return validation.errors.first();
    auto imported = toCatalog(document.value(), text);
    if (imported)
        imported.value().warnings = validation.warnings + imported.value().warnings;
    return imported;
}

DocNode Odcs::toContract(const Product &product, const std::optional<Team> &team, const QString &domainName,
                         const QString &contractId)
{
    DocNode root = keptRoot(product, QStringLiteral("odcs"), contractId);
    const QString originalStatus = root.text(QStringLiteral("status"));
    const QString originalDomain = root.text(QStringLiteral("domain"));
    const QString originalVersion = root.text(QStringLiteral("apiVersion"));

    setText(root, QStringLiteral("apiVersion"), QStringLiteral("v3.1.0"));
    setText(root, QStringLiteral("kind"), QStringLiteral("DataContract"));
    const QString id = !contractId.isEmpty()        ? contractId
        : root.text(QStringLiteral("id")).isEmpty() ? product.id
                                                    : root.text(QStringLiteral("id"));
    setText(root, QStringLiteral("id"), id);
    // The product's own fields belong in its own contract; a contract of an ODPS product file
    // (one per output port) keeps its own name, version and status, and gets only its schema.
    const bool ownContract = id == product.id;
    if (ownContract) {
        setText(root, QStringLiteral("name"), product.title);
        setText(root, QStringLiteral("version"), product.version.isEmpty() ? QStringLiteral("1.0.0") : product.version);
        setText(root, QStringLiteral("status"), statusText(product.status, originalStatus));
        if (slug(originalDomain) != product.domainId)
            setText(root, QStringLiteral("domain"), domainName.isEmpty() ? product.domainId : domainName);
        setText(root, QStringLiteral("dataProduct"), product.name);

        writeDescriptionAndTags(root, product);

        // Service levels, keeping what each entry had beyond what the catalog models.
        if (!product.sla.isEmpty() || root.member(QStringLiteral("slaProperties"))) {
            const DocNode *existing = root.member(QStringLiteral("slaProperties"));
            DocNode list = arrayNode();
            for (qsizetype i = 0; i < product.sla.size(); ++i) {
                const SlaProperty &s = product.sla.at(i);
                DocNode entry = existing && size_t(i) < existing->items.size()
                        && existing->items[size_t(i)].text(QStringLiteral("property")) == s.property
                    ? existing->items[size_t(i)]
                    : objectNode();
                setText(entry, QStringLiteral("property"), s.property);
                // value is required: an empty one the contract had ("" or a bare "!") stays.
                const DocNode *keptValue = entry.member(QStringLiteral("value"));
                if (!s.value.isEmpty() || !keptValue || !keptValue->isScalar() || !keptValue->string.isEmpty())
                    setText(entry, QStringLiteral("value"), s.value, true);
                setText(entry, QStringLiteral("valueExt"), s.valueExt, true);
                setText(entry, QStringLiteral("unit"), s.unit);
                setText(entry, QStringLiteral("element"), s.element);
                setText(entry, QStringLiteral("driver"), s.driver);
                list.items.push_back(entry);
            }
            if (list.items.empty())
                removeMember(root, QStringLiteral("slaProperties"));
            else
                setMember(root, QStringLiteral("slaProperties"), list);
        }
    }

    // Schema objects by name; properties by (flattened) name, so unknown fields stay.
    const DocNode *existingSchema = root.member(QStringLiteral("schema"));
    DocNode schema = arrayNode();
    for (const Dataset &d : product.datasets) {
        if (!d.contractId.isEmpty() && d.contractId != id)
            continue; // described by another of the product's contracts
        DocNode object = objectNode();
        if (existingSchema) {
            for (const DocNode &candidate : existingSchema->items) {
                if (candidate.text(QStringLiteral("name")) == d.name) {
                    object = candidate;
                    break;
                }
            }
        }
        setText(object, QStringLiteral("name"), d.name);
        setText(object, QStringLiteral("physicalName"), d.physicalName);
        setText(object, QStringLiteral("physicalType"), d.physicalType);
        setText(object, QStringLiteral("description"), d.description);
        if (!object.member(QStringLiteral("logicalType")))
            setText(object, QStringLiteral("logicalType"), QStringLiteral("object"));
        DocNode *properties = object.member(QStringLiteral("properties"));
        if (!properties) {
            setMember(object, QStringLiteral("properties"), arrayNode());
            properties = object.member(QStringLiteral("properties"));
        }
        // Drop top-level properties the catalog no longer has; add the ones it gained.
        QStringList wanted;
        for (const Column &c : d.columns)
            wanted << c.name;
        std::erase_if(properties->items, [&wanted](const DocNode &p) {
            return !wanted.contains(p.text(QStringLiteral("name")));
        });
        for (const Column &c : d.columns) {
            DocNode *property = propertyFor(properties, c.name);
            if (!property) {
                if (c.name.contains(QLatin1Char('.')))
                    continue; // a nested field the contract does not describe: nothing to attach it to
                DocNode fresh = objectNode();
                setText(fresh, QStringLiteral("name"), c.name);
                properties->items.push_back(fresh);
                property = &properties->items.back();
            }
            applyColumn(*property, c);
        }
        if (properties->items.empty())
            removeMember(object, QStringLiteral("properties"));
        setQuality(object, d.quality);
        schema.items.push_back(object);
    }
    if (schema.items.empty())
        removeMember(root, QStringLiteral("schema"));
    else
        setMember(root, QStringLiteral("schema"), schema);

    if (ownContract) {
        // v3.1.0 wants the team as an object; v3.0's list of members is folded into it.
        if (team) {
            setTeam(root, *team);
        } else if (const DocNode *old = root.member(QStringLiteral("team")); old && old->kind == DocNode::Kind::Array) {
            DocNode teamNode = objectNode();
            setText(teamNode, QStringLiteral("name"), product.domainId + QLatin1String(" team"));
            setMember(teamNode, QStringLiteral("members"), *old);
            setMember(root, QStringLiteral("team"), teamNode);
        }
    }
    // v3.0 allowed fields that v3.1.0 does not (extra members of roles, say). A kept v3.0 contract
    // that would be invalid as v3.1.0 keeps its version, rather than be written invalid.
    if (originalVersion.startsWith(QLatin1String("v3.0"))
        && !Standards::validate({StandardDocument::Kind::OdcsContract, QStringLiteral("v3.1.0"), {}, root}, 1).ok()) {
        setText(root, QStringLiteral("apiVersion"), originalVersion);
        if (!Standards::validate({StandardDocument::Kind::OdcsContract, originalVersion, {}, root}, 1).ok())
            setText(root, QStringLiteral("apiVersion"), QStringLiteral("v3.1.0"));
    }
    return root;
}

QByteArray Odcs::toYaml(const Product &product, const std::optional<Team> &team, const QString &domainName,
                        const QString &contractId)
{
    // The file's header comments stay; comments further down are not kept.
    const SourceDocument *kept = keptDocument(product, QStringLiteral("odcs"), contractId);
    return (kept ? YamlWriter::leadingComments(kept->text) : QByteArray())
        + YamlWriter::write(toContract(product, team, domainName, contractId));
}

} // namespace Tessera
