#include "models/formats/yamlwriter.h"

#include "models/formats/yamlreader.h"

#include <yaml-cpp/yaml.h>

namespace Tessera {

namespace {

bool readsBackAsString(const QString &text)
{
    DocNode probe;
    probe.string = text;
    YamlReader::resolvePlain(probe);
    return probe.kind == DocNode::Kind::String && !text.isEmpty() && text.trimmed() == text;
}

void emit(YAML::Emitter &out, const DocNode &node)
{
    switch (node.kind) {
    case DocNode::Kind::Null:
        out << YAML::Null;
        break;
    case DocNode::Kind::Bool:
        out << (node.boolean ? "true" : "false");
        break;
    case DocNode::Kind::Integer:
        out << node.integer;
        break;
    case DocNode::Kind::Number:
        if (!node.string.isEmpty())
            out << node.string.toStdString(); // the number as written, e.g. 99.50
        else
            out << node.number;
        break;
    case DocNode::Kind::String: {
        const std::string text = node.string.toStdString();
        if (node.string.contains(QLatin1Char('\n')))
            out << YAML::Literal << text;
        else if (!readsBackAsString(node.string))
            out << YAML::DoubleQuoted << text;
        else
            out << text;
        break;
    }
    case DocNode::Kind::Array:
        if (node.items.empty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            break;
        }
        out << YAML::BeginSeq;
        for (const DocNode &item : node.items)
            emit(out, item);
        out << YAML::EndSeq;
        break;
    case DocNode::Kind::Object:
        if (node.keys.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            break;
        }
        out << YAML::BeginMap;
        for (qsizetype i = 0; i < node.keys.size(); ++i) {
            out << YAML::Key;
            const QString &key = node.keys.at(i);
            if (readsBackAsString(key))
                out << key.toStdString();
            else
                out << YAML::DoubleQuoted << key.toStdString();
            out << YAML::Value;
            emit(out, node.values[size_t(i)]);
        }
        out << YAML::EndMap;
        break;
    }
}

} // namespace

QByteArray YamlWriter::leadingComments(const QByteArray &text)
{
    QByteArray header;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(start, end - start);
        if (!line.trimmed().startsWith('#') && !line.trimmed().isEmpty())
            break;
        header += line + '\n';
        start = end + 1;
    }
    return header;
}

QByteArray YamlWriter::write(const DocNode &document)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetMapFormat(YAML::Block);
    out.SetSeqFormat(YAML::Block);
    out.SetStringFormat(YAML::Auto);
    emit(out, document);
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text += '\n';
    return text;
}

} // namespace Tessera
