#pragma once

#include "models/core/result.h"
#include "models/formats/docnode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace Tessera {

// Checks documents against the standards' official JSON Schemas (draft 2019-09 and 2020-12:
// $ref/$defs, type, enum, const, properties, required, additionalProperties,
// unevaluatedProperties, items, allOf/anyOf/oneOf/not, if/then/else, numeric and string bounds,
// pattern; "format" is an annotation, as the drafts define it). Hand-written because the errors
// must point at YAML lines and columns, which no packaged validator knows about.
class JsonSchema
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::JsonSchema)

public:
    // A schema from a JSON file or resource (":/schemas/...").
    static Result<JsonSchema> load(const QString &path);
    explicit JsonSchema(const QJsonObject &root);

    // Every violation found (at most maxErrors), each with the field path and line:column.
    QList<Error> validate(const DocNode &document, const QString &file, int maxErrors = 50) const;

private:
    struct Context;
    bool check(const DocNode &node, const QJsonValue &schema, const QString &path, Context &context,
               QSet<QString> *evaluated) const;
    bool checkObject(const DocNode &node, const QJsonObject &schema, const QString &path, Context &context,
                     QSet<QString> *evaluated) const;
    bool checkArray(const DocNode &node, const QJsonObject &schema, const QString &path, Context &context) const;
    bool checkCombinators(const DocNode &node, const QJsonObject &schema, const QString &path, Context &context,
                          QSet<QString> *evaluated) const;
    QJsonValue resolve(const QString &ref) const;

    QJsonObject m_root;
};

} // namespace Tessera
