#include "models/preview/csvreader.h"

#include "models/preview/sampledata.h"

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
    return QLatin1Char(CsvScanner::detectDelimiter(text));
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
