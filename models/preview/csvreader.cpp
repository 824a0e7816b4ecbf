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
    CsvScanner scanner(input);
    table.delimiter = QLatin1Char(scanner.delimiter());
    QVarLengthArray<CsvScanner::Field, 16> fields;
    QString problem;
    bool headerRead = false;
    while ((maxRows < 0 || table.rows.size() < maxRows) && scanner.next(fields, &problem)) {
        if (!problem.isEmpty()) { // a malformed record is left out
            problem.clear();
            continue;
        }
        QStringList record;
        record.reserve(fields.size());
        for (const CsvScanner::Field &f : std::as_const(fields))
            record << QString::fromUtf8(f.bytes);
        if (headerRead)
            table.rows << record;
        else
            table.header = record;
        headerRead = true;
    }
    return table;
}

} // namespace Tessera
