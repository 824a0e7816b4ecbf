#pragma once

// CSV as RFC 4180 writes it: fields separated by a delimiter (`,` `;` or tab, detected from the
// header line outside quotes), records by LF or CRLF, fields in double quotes may hold the
// delimiter, line breaks and doubled quotes. A UTF-8 byte order mark is dropped.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Tessera {

struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QChar delimiter = QLatin1Char(',');
    // The values of a column, by header name (empty when there is no such column); short rows
    // give empty values.
    QStringList column(const QString &name) const;
    // Every column's values, by header name.
    QHash<QString, QStringList> columns() const;
};

class CsvReader
{
public:
    static QChar detectDelimiter(const QByteArray &text);
    // The header and up to maxRows records (all when maxRows < 0).
    static CsvTable read(const QByteArray &text, qsizetype maxRows = -1);
};

} // namespace Tessera
