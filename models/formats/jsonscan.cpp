#include "models/formats/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace Tessera {

namespace {

// The code unit of the four hex digits at text[at], or -1.
int hexUnit(QByteArrayView text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    bool ok = false;
    const int unit = QByteArray(text.sliced(at, 4).toByteArray()).toInt(&ok, 16);
    return ok ? unit : -1;
}

bool isHighSurrogateEscape(QByteArrayView text, qsizetype at)
{
    const int unit = hexUnit(text, at);
    return unit >= 0xD800 && unit <= 0xDBFF;
}

// Why the escape whose hex digits start at text[at] ("\\u" just before) names no character.
QString escapeProblem(QByteArrayView text, qsizetype at)
{
    const int unit = hexUnit(text, at);
    if (unit == 0)
        return JsonScan::tr("the text holds the character U+0000 (NUL), which a catalog cannot keep");
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return JsonScan::tr("\\u%1 is the second half of a UTF-16 surrogate pair without its first")
            .arg(unit, 4, 16, QLatin1Char('0'));
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        const bool paired = at + 10 <= text.size() && text.at(at + 4) == '\\' && text.at(at + 5) == 'u'
            && hexUnit(text, at + 6) >= 0xDC00 && hexUnit(text, at + 6) <= 0xDFFF;
        if (!paired)
            return JsonScan::tr("\\u%1 is the first half of a UTF-16 surrogate pair without its second")
                .arg(unit, 4, 16, QLatin1Char('0'));
    }
    return QString();
}

} // namespace

JsonScan scanJson(QByteArrayView text)
{
    JsonScan scan;
    struct Frame {
        bool object = false;
        bool expectKey = false; // object: the next string is a key
        bool expectValue = false; // array: the next token begins an element
        size_t keysStart = 0;
        std::unique_ptr<QSet<QByteArrayView>> index; // built once an object has many keys
    };
    std::vector<Frame> stack;
    std::vector<QByteArrayView> keys;
    std::deque<QByteArray> decoded; // keys with escapes, decoded (deque: the views stay valid)
    auto elementStarts = [&](qsizetype at) {
        if (stack.size() == 1 && !stack.front().object && stack.front().expectValue) {
            scan.elements << at;
            stack.front().expectValue = false;
        }
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        switch (c) {
        case '{':
        case '[':
            elementStarts(i);
            stack.push_back(Frame{c == '{', c == '{', c == '[', keys.size(), nullptr});
            break;
        case '}':
        case ']':
            if (!stack.empty()) {
                keys.resize(stack.back().keysStart);
                stack.pop_back();
            }
            break;
        case ',':
            if (!stack.empty())
                (stack.back().object ? stack.back().expectKey : stack.back().expectValue) = true;
            break;
        case '"': {
            qsizetype end = i + 1;
            bool escaped = false;
            while (end < n && text.at(end) != '"') {
                if (uchar(text.at(end)) < 0x20 && scan.problems.size() < 1000)
                    scan.problems << JsonScan::Problem{end,
                                                       JsonScan::tr("the text holds the control character U+%1 unescaped, "
                                                                    "which JSON does not allow")
                                                           .arg(uint(uchar(text.at(end))), 4, 16, QLatin1Char('0'))};
                if (text.at(end) == '\\') {
                    escaped = true;
                    ++end;
                    if (end < n && text.at(end) == 'u' && scan.problems.size() < 1000) {
                        if (const QString problem = escapeProblem(text, end + 1); !problem.isEmpty())
                            scan.problems << JsonScan::Problem{end - 1, problem};
                        else if (isHighSurrogateEscape(text, end + 1))
                            end += 6; // its low half, checked with it
                    }
                }
                ++end;
            }
            end = std::min(end, n); // text that is not JSON: an unclosed string, a last backslash
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Frame &frame = stack.back();
                frame.expectKey = false;
                QByteArrayView key = text.sliced(i + 1, end - i - 1);
                if (escaped) {
                    const QJsonArray one = QJsonDocument::fromJson("[" + text.sliced(i, end - i + 1).toByteArray() + "]").array();
                    decoded.push_back(one.at(0).toString().toUtf8());
                    key = decoded.back();
                }
                bool repeated = false;
                if (frame.index) {
                    repeated = frame.index->contains(key);
                } else {
                    for (size_t k = frame.keysStart; k < keys.size() && !repeated; ++k)
                        repeated = keys[k] == key;
                }
                if (repeated) {
                    if (scan.problems.size() < 1000)
                        scan.problems << JsonScan::Problem{
                            i,
                            JsonScan::tr("the key \"%1\" appears more than once in the same object").arg(QString::fromUtf8(key))};
                    i = end;
                    break;
                }
                keys.push_back(key);
                if (frame.index) {
                    frame.index->insert(key);
                } else if (keys.size() - frame.keysStart > 16) {
                    frame.index = std::make_unique<QSet<QByteArrayView>>(keys.begin() + frame.keysStart, keys.end());
                }
            } else {
                elementStarts(i);
            }
            i = end;
            break;
        }
        case ' ':
        case '\t':
        case '\n':
        case '\r':
        case ':':
            break;
        default:
            elementStarts(i);
            break;
        }
    }
    return scan;
}

} // namespace Tessera
