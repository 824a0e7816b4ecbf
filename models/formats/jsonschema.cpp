#include "models/formats/jsonschema.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace Tessera {

struct JsonSchema::Context {
    QString file;
    QList<Error> errors;
    int maxErrors = 50;
    int depth = 0;
    int typeErrors = 0; // how many of the errors say only that a value has the wrong type

    void add(const DocNode &at, const QString &path, const QString &message)
    {
        if (errors.size() < maxErrors)
            errors.append(Error(message).at(file, at.line, at.column).inField(path));
    }
    void addAt(int line, int column, const QString &path, const QString &message)
    {
        if (errors.size() < maxErrors)
            errors.append(Error(message).at(file, line, column).inField(path));
    }
};

namespace {

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

bool hasType(const DocNode &node, const QString &type)
{
    using K = DocNode::Kind;
    if (type == QLatin1String("string"))
        return node.kind == K::String;
    if (type == QLatin1String("integer"))
        return node.kind == K::Integer
            || (node.kind == K::Number && std::isfinite(node.number) && node.number == std::floor(node.number));
    if (type == QLatin1String("number"))
        return node.isNumber();
    if (type == QLatin1String("boolean"))
        return node.kind == K::Bool;
    if (type == QLatin1String("object"))
        return node.kind == K::Object;
    if (type == QLatin1String("array"))
        return node.kind == K::Array;
    if (type == QLatin1String("null"))
        return node.kind == K::Null;
    return false;
}

bool equalJson(const DocNode &node, const QJsonValue &value)
{
    if (node.isNumber() && value.isDouble())
        return node.toDouble() == value.toDouble();
    return node.toJson() == value;
}

QString show(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString showNode(const DocNode &node)
{
    if (node.kind == DocNode::Kind::String)
        return QLatin1Char('"') + node.string + QLatin1Char('"');
    if (node.isScalar())
        return node.kind == DocNode::Kind::Null ? QStringLiteral("null") : node.string;
    return DocNode::kindName(node.kind);
}

QString article(const QString &type)
{
    return (type == QLatin1String("integer") || type == QLatin1String("object") || type == QLatin1String("array"))
        ? QStringLiteral("an ")
        : QStringLiteral("a ");
}

} // namespace

Result<JsonSchema> JsonSchema::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the schema: %1").arg(file.errorString())).at(path);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error(tr("the schema is not a JSON object: %1").arg(error.errorString())).at(path);
    return JsonSchema(document.object());
}

JsonSchema::JsonSchema(const QJsonObject &root)
    : m_root(root)
{
}

QList<Error> JsonSchema::validate(const DocNode &document, const QString &file, int maxErrors) const
{
    Context context;
    context.file = file;
    context.maxErrors = maxErrors;
    QSet<QString> evaluated;
    check(document, m_root, QString(), context, &evaluated);
    return context.errors;
}

QJsonValue JsonSchema::resolve(const QString &ref) const
{
    if (!ref.startsWith(QLatin1String("#")))
        return {};
    QJsonValue current = m_root;
    const QStringList parts = ref.mid(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (current.isObject())
            current = current.toObject().value(part);
        else if (current.isArray())
            current = current.toArray().at(part.toInt());
        else
            return {};
    }
    return current;
}

bool JsonSchema::check(const DocNode &node, const QJsonValue &schemaValue, const QString &path, Context &context,
                       QSet<QString> *evaluated) const
{
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            context.add(node, path, tr("is not allowed here"));
        return schemaValue.toBool();
    }
    if (!schemaValue.isObject())
        return true;
    const QJsonObject schema = schemaValue.toObject();
    if (++context.depth > 200) { // a schema that refers to itself without end
        --context.depth;
        return true;
    }
    bool valid = true;
    const int errorsBefore = int(context.errors.size());

    if (schema.contains(QLatin1String("$ref"))) {
        const QJsonValue target = resolve(schema.value(QLatin1String("$ref")).toString());
        if (!check(node, target, path, context, evaluated))
            valid = false;
    }

    // type
    if (const QJsonValue type = schema.value(QLatin1String("type")); !type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                types << t.toString();
        } else {
            types << type.toString();
        }
        bool any = false;
        for (const QString &t : std::as_const(types))
            any = any || hasType(node, t);
        if (!any) {
            QStringList described;
            for (const QString &t : std::as_const(types))
                described << article(t) + t;
            context.add(
                node, path,
                tr("must be %1, not %2")
                    .arg(described.join(tr(" or ")), article(DocNode::kindName(node.kind)) + DocNode::kindName(node.kind)));
            --context.depth;
            return false; // nothing else about this value can be said usefully
        }
    }

    if (const QJsonValue values = schema.value(QLatin1String("enum")); values.isArray()) {
        bool found = false;
        QStringList allowed;
        for (const QJsonValue &v : values.toArray()) {
            found = found || equalJson(node, v);
            allowed << show(v);
        }
        if (!found) {
            context.add(node, path,
                        tr("%1 is not allowed; use one of %2").arg(showNode(node), allowed.join(QLatin1String(", "))));
            valid = false;
        }
    }
    if (const QJsonValue expected = schema.value(QLatin1String("const")); !expected.isUndefined() && !equalJson(node, expected)) {
        context.add(node, path, tr("must be %1, not %2").arg(show(expected), showNode(node)));
        valid = false;
    }

    if (node.isNumber()) {
        const double v = node.toDouble();
        auto bound = [&](const char *keyword, auto broken, const QString &message) {
            const QJsonValue limit = schema.value(QLatin1String(keyword));
            if (limit.isDouble() && broken(v, limit.toDouble())) {
                context.add(node, path, message.arg(QString::number(limit.toDouble())));
                valid = false;
            }
        };
        bound(
            "minimum",
            [](double a, double b) {
                return a < b;
            },
            tr("must be at least %1"));
        bound(
            "maximum",
            [](double a, double b) {
                return a > b;
            },
            tr("must be at most %1"));
        bound(
            "exclusiveMinimum",
            [](double a, double b) {
                return a <= b;
            },
            tr("must be more than %1"));
        bound(
            "exclusiveMaximum",
            [](double a, double b) {
                return a >= b;
            },
            tr("must be less than %1"));
        const QJsonValue multiple = schema.value(QLatin1String("multipleOf"));
        if (multiple.isDouble() && multiple.toDouble() > 0) {
            const double q = v / multiple.toDouble();
            if (std::abs(q - std::round(q)) > 1e-9) {
                context.add(node, path, tr("must be a multiple of %1").arg(multiple.toDouble()));
                valid = false;
            }
        }
    }

    if (node.kind == DocNode::Kind::String) {
        const qsizetype length = node.string.size();
        if (const QJsonValue min = schema.value(QLatin1String("minLength")); min.isDouble() && length < min.toInt()) {
            context.add(node, path, tr("must have at least %n character(s)", nullptr, min.toInt()));
            valid = false;
        }
        if (const QJsonValue max = schema.value(QLatin1String("maxLength")); max.isDouble() && length > max.toInt()) {
            context.add(node, path, tr("must have at most %n character(s)", nullptr, max.toInt()));
            valid = false;
        }
        if (const QJsonValue pattern = schema.value(QLatin1String("pattern")); pattern.isString()) {
            thread_local QHash<QString, QRegularExpression> cache;
            auto it = cache.find(pattern.toString());
            if (it == cache.end())
                it = cache.insert(pattern.toString(), QRegularExpression(pattern.toString()));
            if (it->isValid() && !it->match(node.string).hasMatch()) {
                context.add(node, path, tr("%1 does not match the pattern %2").arg(showNode(node), pattern.toString()));
                valid = false;
            }
        }
    }

    if (node.kind == DocNode::Kind::Array && !checkArray(node, schema, path, context))
        valid = false;
    if (node.kind == DocNode::Kind::Object && !checkObject(node, schema, path, context, evaluated))
        valid = false;
    if (!checkCombinators(node, schema, path, context, evaluated))
        valid = false;

    // unevaluatedProperties comes last: it sees what every other keyword here looked at.
    if (node.kind == DocNode::Kind::Object && schema.contains(QLatin1String("unevaluatedProperties")) && evaluated) {
        const QJsonValue rule = schema.value(QLatin1String("unevaluatedProperties"));
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            const QString &key = node.keys.at(i);
            if (evaluated->contains(key))
                continue;
            if (rule.isBool() && !rule.toBool()) {
                const auto [line, column] = node.keyPositions[size_t(i)];
                context.addAt(line, column, member(path, key), tr("unknown field \"%1\"").arg(key));
                valid = false;
            } else if (rule.isObject()) {
                QSet<QString> inner;
                if (!check(node.values[size_t(i)], rule, member(path, key), context, &inner))
                    valid = false;
            }
            evaluated->insert(key);
        }
    }
    --context.depth;
    return valid && context.errors.size() == errorsBefore;
}

bool JsonSchema::checkArray(const DocNode &node, const QJsonObject &schema, const QString &path, Context &context) const
{
    bool valid = true;
    const auto count = qsizetype(node.items.size());
    if (const QJsonValue min = schema.value(QLatin1String("minItems")); min.isDouble() && count < min.toInt()) {
        context.add(node, path, tr("needs at least %n entry(s)", nullptr, min.toInt()));
        valid = false;
    }
    if (const QJsonValue max = schema.value(QLatin1String("maxItems")); max.isDouble() && count > max.toInt()) {
        context.add(node, path, tr("may have at most %n entry(s)", nullptr, max.toInt()));
        valid = false;
    }
    if (schema.value(QLatin1String("uniqueItems")).toBool()) {
        QHash<QByteArray, size_t> seen;
        for (size_t i = 0; i < node.items.size(); ++i) {
            const QByteArray key = QJsonDocument::fromVariant(node.items[i].toJson().toVariant()).toJson(QJsonDocument::Compact)
                + node.items[i].string.toUtf8();
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                context.add(node.items[i], element(path, i), tr("is the same as entry %1; entries must differ").arg(*it));
                valid = false;
            } else {
                seen.insert(key, i);
            }
        }
    }
    const QJsonValue items = schema.value(QLatin1String("items"));
    if (items.isObject() || items.isBool()) {
        for (size_t i = 0; i < node.items.size(); ++i) {
            QSet<QString> inner;
            if (!check(node.items[i], items, element(path, i), context, &inner))
                valid = false;
        }
    }
    return valid;
}

bool JsonSchema::checkObject(const DocNode &node, const QJsonObject &schema, const QString &path, Context &context,
                             QSet<QString> *evaluated) const
{
    bool valid = true;
    const QJsonArray required = schema.value(QLatin1String("required")).toArray();
    for (const QJsonValue &name : required) {
        if (!node.member(name.toString())) {
            context.add(node, member(path, name.toString()), tr("is required but missing"));
            valid = false;
        }
    }
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    const QJsonObject patterns = schema.value(QLatin1String("patternProperties")).toObject();
    const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
    for (qsizetype i = 0; i < node.keys.size(); ++i) {
        const QString &key = node.keys.at(i);
        const DocNode &value = node.values[size_t(i)];
        bool matched = false;
        if (properties.contains(key)) {
            matched = true;
            QSet<QString> inner;
            if (!check(value, properties.value(key), member(path, key), context, &inner))
                valid = false;
        }
        for (auto it = patterns.begin(); it != patterns.end(); ++it) {
            if (QRegularExpression(it.key()).match(key).hasMatch()) {
                matched = true;
                QSet<QString> inner;
                if (!check(value, it.value(), member(path, key), context, &inner))
                    valid = false;
            }
        }
        if (matched) {
            if (evaluated)
                evaluated->insert(key);
            continue;
        }
        if (additional.isBool() && !additional.toBool()) {
            const auto [line, column] = node.keyPositions[size_t(i)];
            QStringList known = properties.keys();
            context.addAt(line, column, member(path, key),
                          tr("unknown field \"%1\"; known fields here: %2").arg(key, known.join(QLatin1String(", "))));
            valid = false;
            if (evaluated)
                evaluated->insert(key); // additionalProperties looked at it: unevaluatedProperties need not say it again
        } else if (additional.isObject()) {
            QSet<QString> inner;
            if (!check(value, additional, member(path, key), context, &inner))
                valid = false;
            if (evaluated)
                evaluated->insert(key);
        }
    }
    if (const QJsonValue names = schema.value(QLatin1String("propertyNames")); names.isObject()) {
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            DocNode keyNode;
            keyNode.kind = DocNode::Kind::String;
            keyNode.string = node.keys.at(i);
            std::tie(keyNode.line, keyNode.column) = node.keyPositions[size_t(i)];
            QSet<QString> inner;
            if (!check(keyNode, names, member(path, node.keys.at(i)), context, &inner))
                valid = false;
        }
    }
    return valid;
}

bool JsonSchema::checkCombinators(const DocNode &node, const QJsonObject &schema, const QString &path, Context &context,
                                  QSet<QString> *evaluated) const
{
    bool valid = true;
    // Runs a subschema on the side: its errors and evaluated names are kept only if asked for.
    struct Trial {
        bool ok;
        QList<Error> errors;
        QSet<QString> evaluated;
        bool wrongTypeOnly = false; // failed only because the value here has another type
    };
    auto trial = [&](const QJsonValue &sub) {
        Context scratch;
        scratch.file = context.file;
        scratch.maxErrors = context.maxErrors;
        scratch.depth = context.depth;
        Trial t;
        t.ok = check(node, sub, path, scratch, &t.evaluated);
        t.errors = scratch.errors;
        t.wrongTypeOnly = scratch.errors.size() == 1 && scratch.typeErrors == 1 && scratch.errors.first().field == path;
        return t;
    };
    auto absorb = [&](const Trial &t) {
        if (evaluated)
            evaluated->unite(t.evaluated);
    };
    auto report = [&](const QList<Error> &errors) {
        for (const Error &e : errors) {
            if (context.errors.size() < context.maxErrors)
                context.errors.append(e);
        }
    };

    for (const QJsonValue &sub : schema.value(QLatin1String("allOf")).toArray()) {
        const Trial t = trial(sub);
        absorb(t);
        if (!t.ok) {
            report(t.errors);
            valid = false;
        }
    }

    // anyOf and oneOf: when no branch fits, tell the person about the branch that came closest.
    auto closest = [&](const QList<Trial> &trials) {
        const bool allTypeOnly = std::all_of(trials.cbegin(), trials.cend(), [](const Trial &t) {
            return t.wrongTypeOnly;
        });
        if (allTypeOnly && !trials.isEmpty()) {
            context.add(node, path, tr("does not fit any of the allowed forms here"));
            return;
        }
        const Trial *best = nullptr;
        for (const Trial &t : trials) {
            if (!t.errors.isEmpty() && (!best || t.errors.size() < best->errors.size()))
                best = &t;
        }
        if (best)
            report(best->errors);
        else
            context.add(node, path, tr("does not fit any of the allowed forms here"));
    };

    if (const QJsonArray anyOf = schema.value(QLatin1String("anyOf")).toArray(); !anyOf.isEmpty()) {
        QList<Trial> trials;
        bool any = false;
        for (const QJsonValue &sub : anyOf) {
            trials << trial(sub);
            if (trials.last().ok) {
                any = true;
                absorb(trials.last());
            }
        }
        if (!any) {
            closest(trials);
            valid = false;
        }
    }
    if (const QJsonArray oneOf = schema.value(QLatin1String("oneOf")).toArray(); !oneOf.isEmpty()) {
        QList<Trial> trials;
        int matches = 0;
        for (const QJsonValue &sub : oneOf) {
            trials << trial(sub);
            if (trials.last().ok) {
                ++matches;
                absorb(trials.last());
            }
        }
        if (matches == 0) {
            closest(trials);
            valid = false;
        } else if (matches > 1) {
            context.add(node, path, tr("fits %1 of the allowed forms here, but must fit exactly one").arg(matches));
            valid = false;
        }
    }
    if (const QJsonValue notSchema = schema.value(QLatin1String("not")); !notSchema.isUndefined()) {
        if (trial(notSchema).ok) {
            context.add(node, path, tr("has a form that is not allowed here"));
            valid = false;
        }
    }
    if (const QJsonValue condition = schema.value(QLatin1String("if")); !condition.isUndefined()) {
        const Trial test = trial(condition);
        const QJsonValue branch = schema.value(QLatin1String(test.ok ? "then" : "else"));
        if (test.ok)
            absorb(test);
        if (!branch.isUndefined()) {
            const Trial t = trial(branch);
            absorb(t);
            if (!t.ok) {
                report(t.errors);
                valid = false;
            }
        }
    }
    return valid;
}

} // namespace Tessera
