#include "models/preview/csvreader.h"

namespace Tessera {

QStringList CsvTable::column(const QString &name) const
{
    const qsizetype at = header.indexOf(name);
    if (at < 0)
        return {};
    QStringList values;
    values.reserve(rows.size());
    for (const QStringList &row : rows)
        values << row.value(at);
    return values;
}

QHash<QString, QStringList> CsvTable::columns() const
{
    QHash<QString, QStringList> all;
    for (const QString &name : header)
        all.insert(name, column(name));
    return all;
}

QChar CsvReader::detectDelimiter(const QByteArray &text)
{
    // The candidate seen most often in the first line, outside quotes.
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        for (int i = 0; i < 3; ++i)
            counts[i] += !quoted && c == candidates[i] ? 1 : 0;
    }
    const int best = int(std::max_element(std::begin(counts), std::end(counts)) - std::begin(counts));
    return counts[best] > 0 ? QLatin1Char(candidates[best]) : QLatin1Char(',');
}

CsvTable CsvReader::read(const QByteArray &input, qsizetype maxRows)
{
    CsvTable table;
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    table.delimiter = detectDelimiter(text);
    const char delimiter = table.delimiter.toLatin1();

    QStringList record;
    QByteArray field;
    bool quoted = false, wasQuoted = false;
    bool any = false; // the record has something: a character, a delimiter or quotes (blank lines are skipped)
    bool headerRead = false;
    auto endField = [&] {
        record << QString::fromUtf8(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&]() -> bool {
        endField();
        if (!any) {
            // a blank line
        } else if (!headerRead) {
            table.header = record;
            headerRead = true;
        } else {
            table.rows << record;
        }
        record.clear();
        any = false;
        return maxRows < 0 || table.rows.size() < maxRows;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = any = true;
        } else if (c == delimiter) {
            endField();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
                ++i;
            if (!endRecord())
                return table;
        } else {
            field += c;
            any = true;
        }
    }
    if (any)
        endRecord(); // the last record, without a line break after it
    return table;
}

} // namespace Tessera
