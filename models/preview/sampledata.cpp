#include "models/preview/sampledata.h"

#include <QDate>
#include <QFileInfo>

#include <charconv>
#include <cstring>

namespace Tessera {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool digits(QByteArrayView v, qsizetype from, qsizetype count, int *value)
{
    if (from + count > v.size())
        return false;
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(v.at(i)))
            return false;
        n = n * 10 + (v.at(i) - '0');
    }
    *value = n;
    return true;
}

bool isDate(QByteArrayView v)
{
    int y, m, d;
    return v.size() >= 10 && digits(v, 0, 4, &y) && v.at(4) == '-' && digits(v, 5, 2, &m) && v.at(7) == '-' && digits(v, 8, 2, &d)
        && QDate::isValid(y, m, d);
}

bool isTimestamp(QByteArrayView v)
{
    if (v.size() == 10)
        return isDate(v); // a date is midnight of that day
    if (v.size() < 16 || !isDate(v.first(10)) || (v.at(10) != 'T' && v.at(10) != ' '))
        return false;
    int h, m, s = 0;
    if (!digits(v, 11, 2, &h) || v.at(13) != ':' || !digits(v, 14, 2, &m) || h > 23 || m > 59)
        return false;
    qsizetype at = 16;
    if (at < v.size() && v.at(at) == ':') {
        if (!digits(v, at + 1, 2, &s) || s > 60)
            return false;
        at += 3;
        if (at < v.size() && v.at(at) == '.') {
            const qsizetype start = ++at;
            while (at < v.size() && isDigit(v.at(at)))
                ++at;
            if (at == start)
                return false;
        }
    }
    if (at == v.size())
        return true;
    if (v.at(at) == 'Z' || v.at(at) == 'z')
        return at + 1 == v.size();
    if (v.at(at) != '+' && v.at(at) != '-')
        return false;
    int oh, om;
    if (!digits(v, at + 1, 2, &oh) || oh > 14)
        return false;
    at += 3;
    if (at < v.size() && v.at(at) == ':')
        ++at;
    return digits(v, at, 2, &om) && om < 60 && at + 2 == v.size();
}

bool isInteger(QByteArrayView v)
{
    qsizetype at = (!v.isEmpty() && (v.at(0) == '-' || v.at(0) == '+')) ? 1 : 0;
    if (at == v.size() || (v.at(at) == '0' && v.size() > at + 1))
        return false; // nothing, or a leading zero: a code such as "007"
    for (qsizetype i = at; i < v.size(); ++i) {
        if (!isDigit(v.at(i)))
            return false;
    }
    qint64 n = 0;
    const char *begin = v.data() + (v.at(0) == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(begin, v.data() + v.size(), n);
    return ec == std::errc() && end == v.data() + v.size();
}

bool isReal(QByteArrayView v)
{
    qsizetype at = (!v.isEmpty() && (v.at(0) == '-' || v.at(0) == '+')) ? 1 : 0;
    if (at == v.size())
        return false;
    if (v.at(at) == '0' && at + 1 < v.size() && isDigit(v.at(at + 1)))
        return false; // "007.5" keeps its zeros as text
    bool digit = false;
    for (qsizetype i = at; i < v.size(); ++i) {
        const char c = v.at(i);
        if (isDigit(c))
            digit = true;
        else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+')
            return false; // no "inf", "nan" or hex
    }
    if (!digit)
        return false;
    double d = 0;
    const char *begin = v.data() + (v.at(0) == '+' ? 1 : 0);
    const auto [end, ec] = std::from_chars(begin, v.data() + v.size(), d);
    return ec == std::errc() && end == v.data() + v.size();
}

bool isBoolean(QByteArrayView v)
{
    if (v.size() < 2 || v.size() > 5)
        return false;
    char lower[5];
    for (qsizetype i = 0; i < v.size(); ++i)
        lower[i] = char(v.at(i) | 0x20);
    const QByteArrayView l(lower, v.size());
    return l == "true" || l == "false" || l == "yes" || l == "no";
}

} // namespace

QString SampleData::typeName(ValueType type)
{
    switch (type) {
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::Integer:
        return QStringLiteral("integer");
    case ValueType::Real:
        return QStringLiteral("real");
    case ValueType::Date:
        return QStringLiteral("date");
    case ValueType::Timestamp:
        return QStringLiteral("timestamp");
    case ValueType::Text:
        break;
    }
    return QStringLiteral("text");
}

std::optional<ValueType> SampleData::typeFromName(const QString &name)
{
    for (ValueType t :
         {ValueType::Boolean, ValueType::Integer, ValueType::Real, ValueType::Date, ValueType::Timestamp, ValueType::Text}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

SampleFormat SampleData::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return SampleFormat::JsonLines;
    if (suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") || suffix == QLatin1String("db"))
        return SampleFormat::SQLite;
    return SampleFormat::Csv;
}

QString SampleData::formatName(SampleFormat format)
{
    switch (format) {
    case SampleFormat::JsonLines:
        return QStringLiteral("jsonl");
    case SampleFormat::SQLite:
        return QStringLiteral("sqlite");
    case SampleFormat::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QString SampleData::identifier(const QString &name, const QStringList &taken)
{
    QString id;
    id.reserve(name.size());
    for (const QChar c : name.trimmed())
        id += (c.isLetterOrNumber() || c == QLatin1Char('_')) ? c : QLatin1Char('_');
    if (id.isEmpty())
        id = QStringLiteral("column");
    if (id.at(0).isDigit())
        id.prepend(QLatin1Char('_'));
    if (id.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
        id.prepend(QLatin1Char('_')); // SQLite keeps that prefix for itself
    QString unique = id;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n)
        unique = id + QLatin1Char('_') + QString::number(n);
    return unique;
}

bool SampleData::fits(QByteArrayView value, ValueType type)
{
    switch (type) {
    case ValueType::Boolean:
        return isBoolean(value);
    case ValueType::Integer:
        return isInteger(value);
    case ValueType::Real:
        return isReal(value);
    case ValueType::Date:
        return value.size() == 10 && isDate(value);
    case ValueType::Timestamp:
        return isTimestamp(value);
    case ValueType::Text:
        break;
    }
    return true;
}

ValueType SampleData::widen(ValueType a, ValueType b)
{
    if (a == b)
        return a;
    const auto either = [&](ValueType x, ValueType y) {
        return (a == x && b == y) || (a == y && b == x);
    };
    if (either(ValueType::Integer, ValueType::Real))
        return ValueType::Real;
    if (either(ValueType::Date, ValueType::Timestamp))
        return ValueType::Timestamp;
    return ValueType::Text;
}

bool SampleData::isUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Eight ASCII bytes at a time: most sample text is ASCII.
        if (i + 8 <= n) {
            quint64 chunk;
            std::memcpy(&chunk, s + i, 8);
            if (!(chunk & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t min, cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false; // cut off at the end
        for (int k = 1; k <= extra; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

CsvScanner::CsvScanner(QByteArrayView input, char delimiter)
    : m_input(input)
{
    if (m_input.startsWith("\xEF\xBB\xBF"))
        m_at = 3;
    m_delimiter = delimiter ? delimiter : detectDelimiter(m_input.sliced(m_at));
}

char CsvScanner::detectDelimiter(QByteArrayView input)
{
    // The candidate seen most often in the first record, outside quotes.
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : input) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        for (int i = 0; i < 3; ++i)
            counts[i] += !quoted && c == candidates[i] ? 1 : 0;
    }
    const int best = int(std::max_element(std::begin(counts), std::end(counts)) - std::begin(counts));
    return counts[best] > 0 ? candidates[best] : ',';
}

bool CsvScanner::next(QVarLengthArray<Field, 16> &fields, QString *error)
{
    fields.clear();
    const char *in = m_input.data();
    const qsizetype n = m_input.size();
    const char delimiter = m_delimiter;
    const auto endOfLine = [&] {
        if (in[m_at] == '\r' && m_at + 1 < n && in[m_at + 1] == '\n')
            ++m_at;
        ++m_at;
        ++m_line;
    };
    const auto skipRestOfLine = [&] {
        while (m_at < n && in[m_at] != '\n' && in[m_at] != '\r')
            ++m_at;
        if (m_at < n)
            endOfLine();
    };
    while (m_at < n && (in[m_at] == '\n' || in[m_at] == '\r')) // blank lines
        endOfLine();
    if (m_at >= n)
        return false;
    m_recordLine = m_line;
    // Fields whose doubled quotes were undone live in m_unescaped, which may still grow (and
    // move its strings) while the record is read: they are pointed at once the record is done.
    QVarLengthArray<qsizetype, 4> escapedFields;
    for (;;) {
        if (m_at < n && in[m_at] == '"') {
            const qsizetype start = ++m_at;
            bool escaped = false;
            qsizetype end = -1;
            while (end < 0) {
                const void *quote = std::memchr(in + m_at, '"', size_t(n - m_at));
                const qsizetype q = quote ? static_cast<const char *>(quote) - in : n;
                for (const char *p = in + m_at; (p = static_cast<const char *>(std::memchr(p, '\n', size_t(in + q - p)))); ++p)
                    ++m_line;
                if (!quote) {
                    m_at = n;
                    *error = tr("a quoted field is not closed before the end of the file");
                    return true;
                }
                if (q + 1 < n && in[q + 1] == '"') {
                    escaped = true;
                    m_at = q + 2;
                } else {
                    end = q;
                    m_at = q + 1;
                }
            }
            QByteArrayView bytes(in + start, end - start);
            if (escaped) {
                const size_t k = size_t(escapedFields.size());
                if (k == m_unescaped.size())
                    m_unescaped.emplace_back();
                std::string &copy = m_unescaped[k];
                copy.clear();
                for (qsizetype i = 0; i < bytes.size(); ++i) {
                    copy += bytes.at(i);
                    if (bytes.at(i) == '"')
                        ++i; // the second of a doubled quote
                }
                escapedFields.append(fields.size());
            }
            fields.append({bytes, true});
            if (m_at >= n)
                break;
            const char c = in[m_at];
            if (c == delimiter) {
                ++m_at;
                continue;
            }
            if (c == '\n' || c == '\r') {
                endOfLine();
                break;
            }
            skipRestOfLine();
            *error = tr("text after the closing quote of field %1").arg(fields.size());
            return true;
        }
        const qsizetype start = m_at;
        while (m_at < n) {
            const char c = in[m_at];
            if (c == delimiter || c == '\n' || c == '\r')
                break;
            ++m_at;
        }
        fields.append({QByteArrayView(in + start, m_at - start), false});
        if (m_at >= n)
            break;
        if (in[m_at] == delimiter) {
            ++m_at;
            continue;
        }
        endOfLine();
        break;
    }
    for (qsizetype k = 0; k < escapedFields.size(); ++k) {
        const std::string &copy = m_unescaped[size_t(k)];
        fields[escapedFields.at(k)].bytes = QByteArrayView(copy.data(), qsizetype(copy.size()));
    }
    return true;
}

} // namespace Tessera
