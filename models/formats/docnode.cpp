#include "models/formats/docnode.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tessera {

const DocNode *DocNode::member(const QString &key) const
{
    const qsizetype i = keys.indexOf(key);
    return i < 0 ? nullptr : &values[size_t(i)];
}

DocNode *DocNode::member(const QString &key)
{
    const qsizetype i = keys.indexOf(key);
    return i < 0 ? nullptr : &values[size_t(i)];
}

QString DocNode::text(const QString &key) const
{
    const DocNode *node = member(key);
    return node && node->isScalar() && node->kind != Kind::Null ? node->string : QString();
}

QJsonValue DocNode::toJson() const
{
    switch (kind) {
    case Kind::Null:
        return QJsonValue::Null;
    case Kind::Bool:
        return boolean;
    case Kind::Integer:
        return integer;
    case Kind::Number:
        return number;
    case Kind::String:
        return string;
    case Kind::Array: {
        QJsonArray array;
        for (const DocNode &item : items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (qsizetype i = 0; i < keys.size(); ++i)
            object.insert(keys.at(i), values[size_t(i)].toJson());
        return object;
    }
    }
    return {};
}

DocNode DocNode::fromJson(const QJsonValue &value)
{
    DocNode node;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        node.kind = Kind::Null;
        break;
    case QJsonValue::Bool:
        node.kind = Kind::Bool;
        node.boolean = value.toBool();
        node.string = node.boolean ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15) {
            node.kind = Kind::Integer;
            node.integer = qint64(d);
            node.string = QString::number(node.integer);
        } else {
            node.kind = Kind::Number;
            node.number = d;
            node.string = QString::number(d, 'g', 17);
        }
        break;
    }
    case QJsonValue::String:
        node.kind = Kind::String;
        node.string = value.toString();
        break;
    case QJsonValue::Array: {
        node.kind = Kind::Array;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            node.items.push_back(fromJson(item));
        break;
    }
    case QJsonValue::Object: {
        node.kind = Kind::Object;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            node.keys << it.key();
            node.values.push_back(fromJson(it.value()));
            node.keyPositions.emplace_back(0, 0);
        }
        break;
    }
    }
    return node;
}

QString DocNode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Integer:
        return QStringLiteral("integer");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Object:
        return QStringLiteral("object");
    }
    return {};
}

} // namespace Tessera
