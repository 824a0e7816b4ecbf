#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace Tessera {

// A parsed YAML or JSON document node that remembers where it stood in its file, so every
// message about it can name the line and column. Object members keep their order.
class DocNode
{
public:
    enum class Kind {
        Null,
        Bool,
        Integer,
        Number,
        String,
        Array,
        Object,
    };

    Kind kind = Kind::Null;
    bool boolean = false;
    qint64 integer = 0;
    double number = 0;
    QString string; // String; also the original text of any scalar
    std::vector<DocNode> items; // Array
    QStringList keys; // Object
    std::vector<DocNode> values; // Object, same order as keys
    std::vector<std::pair<int, int>> keyPositions; // Object: line and column of each key
    int line = 0; // 1-based
    int column = 0; // 1-based

    bool isScalar() const { return kind != Kind::Array && kind != Kind::Object; }
    bool isNumber() const { return kind == Kind::Integer || kind == Kind::Number; }
    double toDouble() const { return kind == Kind::Integer ? double(integer) : number; }

    // The member named key, or nullptr.
    const DocNode *member(const QString &key) const;
    DocNode *member(const QString &key);
    // The text of a scalar member ("" when absent or not a scalar).
    QString text(const QString &key) const;

    QJsonValue toJson() const;
    static DocNode fromJson(const QJsonValue &value);

    static QString kindName(Kind kind);
};

} // namespace Tessera
