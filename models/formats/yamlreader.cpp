#include "models/formats/yamlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <optional>
#include <sstream>

namespace Tessera {

namespace {

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

std::pair<int, int> positionOf(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

// The documents of a YAML stream, found by parsing it into events only. yaml-cpp 0.8's LoadAll
// never ends on some malformed input (a lone ","): its parser reports an empty document without
// moving on, again and again, taking all memory (jbeder/yaml-cpp#1040, mended after 0.8.0). Here a
// document that starts where the one before it did is that stall, and ends the count.
struct Documents {
    std::vector<YAML::Mark> starts;
    std::optional<YAML::Mark> stalledAt;
};

class DocumentStarts : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> starts;
    void OnDocumentStart(const YAML::Mark &mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
};

Documents countDocuments(const std::string &text)
{
    constexpr size_t enough = 100; // one is expected; more are counted only to say how many
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentStarts handler;
    Documents documents;
    while (handler.starts.size() < enough && parser.HandleNextDocument(handler)) {
        const size_t n = handler.starts.size();
        if (n >= 2 && handler.starts.at(n - 1).pos == handler.starts.at(n - 2).pos) {
            documents.stalledAt = handler.starts.back();
            break;
        }
    }
    documents.starts = std::move(handler.starts);
    return documents;
}

class Converter
{
public:
    Converter(const QString &file, const ReadLimits &limits)
        : m_file(file)
        , m_limits(limits)
    {
    }

    Result<DocNode> convert(const YAML::Node &node, int depth)
    {
        DocNode out;
        out.line = node.Mark().line + 1;
        out.column = node.Mark().column + 1;
        if (depth > m_limits.maxDepth)
            return error(out, YamlReader::tr("nested deeper than %1 levels").arg(m_limits.maxDepth));
        if (++m_nodes > m_limits.maxNodes)
            return error(out, YamlReader::tr("more than %L1 values (are aliases expanding without end?)").arg(m_limits.maxNodes));
        // An alias is the anchored node again, at the anchor's position: many values from few
        // positions means aliases multiplying, as in "billion laughs". Stop that early.
        m_positions.insert((qint64(out.line) << 32) | quint32(out.column));
        if (m_nodes > 100'000 && m_nodes > 10 * m_positions.size())
            return error(out,
                         YamlReader::tr("YAML aliases expand to more than %L1 values from %L2 written ones")
                             .arg(m_nodes)
                             .arg(m_positions.size()));

        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out.kind = DocNode::Kind::Null;
            return out;
        case YAML::NodeType::Scalar:
            scalar(node, out);
            // An escaped "\0" or "\u0000": no catalog keeps it (PostgreSQL text cannot hold it).
            if (out.string.contains(QChar(0)))
                return error(out, YamlReader::tr("the text holds the character U+0000 (NUL), which a catalog cannot keep"));
            return out;
        case YAML::NodeType::Sequence:
            out.kind = DocNode::Kind::Array;
            for (const YAML::Node &item : node) {
                auto converted = convert(item, depth + 1);
                if (!converted)
                    return converted;
                out.items.push_back(std::move(converted).value());
            }
            return out;
        case YAML::NodeType::Map:
            out.kind = DocNode::Kind::Object;
            for (const auto &entry : node) {
                const YAML::Node &key = entry.first;
                if (!key.IsScalar())
                    return error(out, YamlReader::tr("a key must be plain text"));
                const QString name = QString::fromStdString(key.Scalar());
                if (name.contains(QChar(0)))
                    return error(out, YamlReader::tr("a key holds the character U+0000 (NUL)"));
                if (out.keys.contains(name)) {
                    DocNode where;
                    where.line = key.Mark().line + 1;
                    where.column = key.Mark().column + 1;
                    return error(where, YamlReader::tr("the key \"%1\" appears twice").arg(name));
                }
                auto converted = convert(entry.second, depth + 1);
                if (!converted)
                    return converted;
                out.keys << name;
                out.values.push_back(std::move(converted).value());
                out.keyPositions.emplace_back(key.Mark().line + 1, key.Mark().column + 1);
            }
            return out;
        }
        return out;
    }

private:
    Error error(const DocNode &at, const QString &message) const { return Error(message).at(m_file, at.line, at.column); }

    static void scalar(const YAML::Node &node, DocNode &out)
    {
        out.string = QString::fromStdString(node.Scalar());
        out.kind = DocNode::Kind::String;
        const std::string &tag = node.Tag();
        if (tag == "!" || tag == "tag:yaml.org,2002:str")
            return; // quoted, or explicitly a string
        YamlReader::resolvePlain(out);
    }

    QString m_file;
    ReadLimits m_limits;
    qint64 m_nodes = 0;
    QSet<qint64> m_positions;
};

} // namespace

void YamlReader::resolvePlain(DocNode &out)
{
    const QString &text = out.string;
    out.kind = DocNode::Kind::String;
    if (text.isEmpty())
        return;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression real(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression infinity(QStringLiteral("^[-+]?\\.(inf|Inf|INF)$"));
    static const QRegularExpression nan(QStringLiteral("^\\.(nan|NaN|NAN)$"));
    const QChar first = text.at(0);
    // Most scalars are words: only text that starts like a number or keyword needs the patterns.
    if (!first.isDigit() && first != QLatin1Char('-') && first != QLatin1Char('+') && first != QLatin1Char('.')
        && first != QLatin1Char('~') && first != QLatin1Char('n') && first != QLatin1Char('N') && first != QLatin1Char('t')
        && first != QLatin1Char('T') && first != QLatin1Char('f') && first != QLatin1Char('F'))
        return;
    if (text == QLatin1String("null") || text == QLatin1String("Null") || text == QLatin1String("NULL")
        || text == QLatin1String("~")) {
        out.kind = DocNode::Kind::Null;
    } else if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE")) {
        out.kind = DocNode::Kind::Bool;
        out.boolean = true;
    } else if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE")) {
        out.kind = DocNode::Kind::Bool;
        out.boolean = false;
    } else if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (ok) {
            out.kind = DocNode::Kind::Integer;
            out.integer = value;
        } else {
            out.kind = DocNode::Kind::Number;
            out.number = text.toDouble();
        }
    } else if (octal.match(text).hasMatch() || hex.match(text).hasMatch()) {
        out.kind = DocNode::Kind::Integer;
        out.integer = text.mid(2).toLongLong(nullptr, text.at(1) == QLatin1Char('o') ? 8 : 16);
    } else if (real.match(text).hasMatch()) {
        out.kind = DocNode::Kind::Number;
        out.number = text.toDouble();
    } else if (infinity.match(text).hasMatch()) {
        out.kind = DocNode::Kind::Number;
        out.number = text.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY;
    } else if (nan.match(text).hasMatch()) {
        out.kind = DocNode::Kind::Number;
        out.number = NAN;
    }
}

Result<DocNode> YamlReader::parse(const QByteArray &input, const QString &fileName, const ReadLimits &limits)
{
    if (input.size() > limits.maxBytes)
        return Error(tr("the file is %L1 bytes; files over %L2 bytes are not read").arg(input.size()).arg(limits.maxBytes))
            .at(fileName);
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype bad = invalidUtf8At(bytes); bad >= 0) {
        const auto [line, column] = positionOf(bytes, bad);
        return Error(tr("not valid UTF-8 (byte 0x%1)").arg(quint8(bytes.at(bad)), 2, 16, QLatin1Char('0')))
            .at(fileName, line, column);
    }
    // YAML allows no control characters but tab and line breaks in a file (escapes aside).
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            const auto [line, column] = positionOf(bytes, i);
            return Error(tr("the file holds the control character U+%1, which YAML and JSON allow only escaped")
                             .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0'))))
                .at(fileName, line, column);
        }
    }
    const std::string text = bytes.toStdString();
    YAML::Node document;
    try {
        const Documents documents = countDocuments(text);
        if (documents.stalledAt) {
            const YAML::Mark &at = *documents.stalledAt;
            const QString token = QString::fromUtf8(bytes.mid(at.pos, 1));
            return Error(tr("not valid YAML: \"%1\" cannot start a value here").arg(token))
                .at(fileName, at.line + 1, at.column + 1);
        }
        if (documents.starts.empty())
            return Error(tr("the file is empty")).at(fileName, 1, 1);
        if (documents.starts.size() > 1)
            return Error(tr("the file holds %1 YAML documents; one is expected").arg(documents.starts.size()))
                .at(fileName, documents.starts.at(1).line + 1, 1);
        document = YAML::Load(text);
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp's own guard, far below what a stack takes; its message says only "bad file".
        return Error(tr("nested deeper than %1 levels").arg(limits.maxDepth)).at(fileName, e.mark.line + 1, e.mark.column + 1);
    } catch (const YAML::Exception &e) {
        QString message = QString::fromStdString(e.msg);
        // "invalid unicode: 55296": an escape naming half of a UTF-16 pair, or no character at all.
        if (message.startsWith(QLatin1String("invalid unicode: "))) {
            const uint code = message.mid(17).toUInt();
            const QString hex = QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0'));
            // yaml-cpp 0.8 refuses every \\uD800-\\uDFFF escape, a pair written as two (as JSON
            // writers do for emoji) too; the character written as itself, or as \\U0001F600, reads.
            if (code >= 0xD800 && code <= 0xDFFF)
                return Error(tr("an escape names U+%1, half of a UTF-16 surrogate pair, which this reader does not "
                                "join: write the character itself, or as one \\U escape of eight digits "
                                "(\\U0001F600)")
                                 .arg(hex))
                    .at(fileName, e.mark.line + 1, e.mark.column + 1);
            return Error(tr("an escape names U+%1, which is not a character").arg(hex))
                .at(fileName, e.mark.line + 1, e.mark.column + 1);
        }
        if (!message.isEmpty())
            message[0] = message.at(0).toLower();
        return Error(tr("not valid YAML: %1").arg(message)).at(fileName, e.mark.line + 1, e.mark.column + 1);
    }
    try {
        Converter converter(fileName, limits);
        return converter.convert(document, 0);
    } catch (const YAML::Exception &e) {
        return Error(tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)))
            .at(fileName, e.mark.line + 1, e.mark.column + 1);
    }
}

Result<DocNode> YamlReader::readFile(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read the file: %1").arg(file.errorString())).at(path);
    if (file.size() > limits.maxBytes)
        return Error(tr("the file is %L1 bytes; files over %L2 bytes are not read").arg(file.size()).arg(limits.maxBytes))
            .at(path);
    return parse(file.readAll(), path, limits);
}

} // namespace Tessera
