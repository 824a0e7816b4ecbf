#include "models/formats/docedit.h"

#include "models/formats/yamlreader.h"

namespace Tessera::DocEdit {
QString scalarText(const DocNode *node)
{
    if (!node || node->kind == DocNode::Kind::Null)
        return {};
    if (node->isScalar())
        return node->string;
    if (node->kind == DocNode::Kind::Array) {
        QStringList parts;
        for (const DocNode &item : node->items)
            parts << item.string;
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    return {};
}

QStringList stringList(const DocNode *node)
{
    QStringList result;
    if (node && node->kind == DocNode::Kind::Array) {
        for (const DocNode &item : node->items) {
            if (item.isScalar() && item.kind != DocNode::Kind::Null)
                result << item.string;
        }
    }
    return result;
}

QString customProperty(const DocNode &object, const QString &name)
{
    const DocNode *list = object.member(QStringLiteral("customProperties"));
    if (!list || list->kind != DocNode::Kind::Array)
        return {};
    for (const DocNode &entry : list->items) {
        if (entry.text(QStringLiteral("property")) == name)
            return scalarText(entry.member(QStringLiteral("value")));
    }
    return {};
}

DocNode stringNode(const QString &text)
{
    DocNode node;
    node.kind = DocNode::Kind::String;
    node.string = text;
    return node;
}

DocNode typedNode(const QString &text)
{
    DocNode node;
    node.string = text;
    YamlReader::resolvePlain(node);
    return node;
}

DocNode boolNode(bool value)
{
    DocNode node;
    node.kind = DocNode::Kind::Bool;
    node.boolean = value;
    node.string = value ? QStringLiteral("true") : QStringLiteral("false");
    return node;
}

DocNode objectNode()
{
    DocNode node;
    node.kind = DocNode::Kind::Object;
    return node;
}

DocNode arrayNode()
{
    DocNode node;
    node.kind = DocNode::Kind::Array;
    return node;
}

void removeMember(DocNode &object, const QString &key)
{
    const qsizetype i = object.keys.indexOf(key);
    if (i < 0)
        return;
    object.keys.removeAt(i);
    object.values.erase(object.values.begin() + i);
    object.keyPositions.erase(object.keyPositions.begin() + i);
}

void setMember(DocNode &object, const QString &key, DocNode value)
{
    if (DocNode *existing = object.member(key)) {
        *existing = std::move(value);
        return;
    }
    object.keys << key;
    object.values.push_back(std::move(value));
    object.keyPositions.emplace_back(0, 0);
}

// Sets a text field; an empty text removes it. An unchanged value keeps its original node.
void setText(DocNode &object, const QString &key, const QString &text, bool typed)
{
    if (text.isEmpty()) {
        removeMember(object, key);
        return;
    }
    if (const DocNode *existing = object.member(key); existing && existing->isScalar() && existing->string == text)
        return;
    setMember(object, key, typed ? typedNode(text) : stringNode(text));
}

void setFlag(DocNode &object, const QString &key, bool value)
{
    if (!value && !object.member(key))
        return;
    setMember(object, key, boolNode(value));
}

void setStrings(DocNode &object, const QString &key, const QStringList &values)
{
    if (values.isEmpty() && !object.member(key))
        return;
    if (const DocNode *existing = object.member(key); existing && stringList(existing) == values)
        return;
    DocNode list = arrayNode();
    for (const QString &v : values)
        list.items.push_back(stringNode(v));
    setMember(object, key, list);
}

void setCustomProperty(DocNode &object, const QString &name, const QString &value)
{
    DocNode *list = object.member(QStringLiteral("customProperties"));
    if (!list) {
        if (value.isEmpty())
            return;
        setMember(object, QStringLiteral("customProperties"), arrayNode());
        list = object.member(QStringLiteral("customProperties"));
    }
    for (size_t i = 0; i < list->items.size(); ++i) {
        if (list->items[i].text(QStringLiteral("property")) == name) {
            if (value.isEmpty())
                list->items.erase(list->items.begin() + qsizetype(i));
            else
                setText(list->items[i], QStringLiteral("value"), value);
            if (list->items.empty())
                removeMember(object, QStringLiteral("customProperties"));
            return;
        }
    }
    if (value.isEmpty())
        return;
    DocNode entry = objectNode();
    setText(entry, QStringLiteral("property"), name);
    setText(entry, QStringLiteral("value"), value);
    list->items.push_back(entry);
}

void setTeam(DocNode &object, const Team &team)
{
    DocNode teamNode
        = object.member(QStringLiteral("team")) && object.member(QStringLiteral("team"))->kind == DocNode::Kind::Object
        ? *object.member(QStringLiteral("team"))
        : objectNode();
    setText(teamNode, QStringLiteral("name"), team.name);
    const DocNode *oldMembers = teamNode.member(QStringLiteral("members"));
    DocNode members = arrayNode();
    if (oldMembers) {
        for (const DocNode &m : oldMembers->items) {
            if (!m.text(QStringLiteral("dateOut")).isEmpty())
                members.items.push_back(m);
        }
    }
    for (const TeamMember &m : team.members) {
        DocNode entry = objectNode();
        if (oldMembers) {
            for (const DocNode &old : oldMembers->items) {
                if (old.text(QStringLiteral("username")) == m.username && old.text(QStringLiteral("dateOut")).isEmpty())
                    entry = old;
            }
        }
        setText(entry, QStringLiteral("username"), m.username);
        setText(entry, QStringLiteral("name"), m.name);
        setText(entry, QStringLiteral("role"), m.role);
        members.items.push_back(entry);
    }
    if (members.items.empty())
        removeMember(teamNode, QStringLiteral("members"));
    else
        setMember(teamNode, QStringLiteral("members"), members);
    setMember(object, QStringLiteral("team"), teamNode);
}

namespace {

const QString documentationProperty = QStringLiteral("tesseraDocumentation");
const QString classificationProperty = QStringLiteral("tesseraClassification");

QString derivedDocumentation(const DocNode *description)
{
    if (!description || description->kind != DocNode::Kind::Object)
        return {};
    QStringList sections;
    if (const QString usage = description->text(QStringLiteral("usage")); !usage.isEmpty())
        sections << QStringLiteral("## Usage\n\n") + usage;
    if (const QString limitations = description->text(QStringLiteral("limitations")); !limitations.isEmpty())
        sections << QStringLiteral("## Limitations\n\n") + limitations;
    return sections.join(QLatin1String("\n\n"));
}

} // namespace

QString readDocumentation(const DocNode &root)
{
    const QString own = customProperty(root, documentationProperty);
    return own.isEmpty() ? derivedDocumentation(root.member(QStringLiteral("description"))) : own;
}

Classification readClassification(const DocNode &root, const Product &product)
{
    const QString own = customProperty(root, classificationProperty);
    const Classification derived = Catalog::highestClassification(product);
    return own.isEmpty() ? derived : Catalog::classificationFromKey(own).value_or(derived);
}

std::optional<Team> readTeam(const DocNode &root, const Domain &domain)
{
    const DocNode *team = root.member(QStringLiteral("team"));
    if (!team)
        return std::nullopt;
    Team t;
    const DocNode *members = team->kind == DocNode::Kind::Array ? team : team->member(QStringLiteral("members"));
    t.name = team->kind == DocNode::Kind::Object ? team->text(QStringLiteral("name")) : QString();
    if (t.name.isEmpty())
        t.name = domain.name + QLatin1String(" team");
    t.id = Catalog::slug(t.name);
    t.domainId = domain.id;
    if (members && members->kind == DocNode::Kind::Array) {
        for (const DocNode &m : members->items) {
            if (m.text(QStringLiteral("dateOut")).isEmpty())
                t.members.append(
                    {m.text(QStringLiteral("username")), m.text(QStringLiteral("name")), m.text(QStringLiteral("role"))});
        }
    }
    return t;
}

void writeDescriptionAndTags(DocNode &root, const Product &product)
{
    // description is an object; a v2-style plain text becomes its purpose.
    const DocNode *old = root.member(QStringLiteral("description"));
    DocNode description = old && old->kind == DocNode::Kind::Object ? *old : objectNode();
    setText(description, QStringLiteral("purpose"), product.description);
    if (description.keys.isEmpty())
        removeMember(root, QStringLiteral("description"));
    else
        setMember(root, QStringLiteral("description"), description);
    setStrings(root, QStringLiteral("tags"), product.tags);
    // Documentation that is just description.usage/limitations stays there; only Tessera's own is a custom property.
    setCustomProperty(root, documentationProperty,
                      product.documentation == derivedDocumentation(root.member(QStringLiteral("description")))
                          ? QString()
                          : product.documentation);
    setCustomProperty(root, classificationProperty,
                      product.classification == Catalog::highestClassification(product)
                          ? QString()
                          : Catalog::classificationKey(product.classification));
}

const SourceDocument *keptDocument(const Product &product, const QString &kind, const QString &id)
{
    for (const SourceDocument &kept : product.documents) {
        if (kept.kind == kind && (id.isEmpty() || kept.id == id))
            return &kept;
    }
    return nullptr;
}

DocNode keptRoot(const Product &product, const QString &kind, const QString &id)
{
    if (const SourceDocument *kept = keptDocument(product, kind, id)) {
        if (auto parsed = YamlReader::parse(kept->text, kept->file); parsed && parsed->kind == DocNode::Kind::Object)
            return std::move(parsed).value();
    }
    return objectNode();
}

} // namespace Tessera::DocEdit
