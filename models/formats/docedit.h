#pragma once

// Small editing helpers for DocNode trees, shared by the standard formats' writers.

#include "models/catalog/entities.h"
#include "models/formats/docnode.h"

#include <optional>

namespace Tessera::DocEdit {

QString scalarText(const DocNode *node); // a scalar's text; [a, b] for a list of scalars
QStringList stringList(const DocNode *node);
QString customProperty(const DocNode &object, const QString &name); // from customProperties: [{property, value}]

DocNode stringNode(const QString &text);
DocNode typedNode(const QString &text); // typed as YAML would read it unquoted
DocNode boolNode(bool value);
DocNode objectNode();
DocNode arrayNode();

void removeMember(DocNode &object, const QString &key);
void setMember(DocNode &object, const QString &key, DocNode value);
// Sets a text field; an empty text removes it. An unchanged value keeps its original node.
void setText(DocNode &object, const QString &key, const QString &text, bool typed = false);
void setFlag(DocNode &object, const QString &key, bool value);
void setStrings(DocNode &object, const QString &key, const QStringList &values);
void setCustomProperty(DocNode &object, const QString &name, const QString &value);
// Writes team as object.team (ODCS v3.1.0 and ODPS share the shape), keeping what each member's
// entry had beyond the catalog's fields, and former members (dateOut) as history.
void setTeam(DocNode &object, const Team &team);

// What ODCS contracts and ODPS product files say alike about a product: description.purpose,
// tags, team, and the documentation and classification Tessera keeps as customProperties.
// Documentation defaults to description.usage and .limitations as Markdown sections; the
// classification to the product's most sensitive column's.
QString readDocumentation(const DocNode &root);
Classification readClassification(const DocNode &root, const Product &product);
// The team block: an object with members (ODCS v3.1, ODPS) or ODCS v3.0's list of members.
// Former members (dateOut) are history, not the team.
std::optional<Team> readTeam(const DocNode &root, const Domain &domain);
void writeDescriptionAndTags(DocNode &root, const Product &product);

// The standard file of this kind (and id, when given) that product was read from, or nullptr.
const SourceDocument *keptDocument(const Product &product, const QString &kind, const QString &id = QString());
// That file parsed, to write on top of; an empty object when there is none.
DocNode keptRoot(const Product &product, const QString &kind, const QString &id = QString());

} // namespace Tessera::DocEdit
