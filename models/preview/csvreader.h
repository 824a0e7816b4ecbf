#pragma once

// A small CSV file read whole into text, as CsvScanner reads it (RFC 4180, the delimiter
// detected, a byte order mark dropped); a malformed record is left out. The preview sandbox
// reads large samples with CsvScanner itself.

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
