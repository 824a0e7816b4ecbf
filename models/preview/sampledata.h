#pragma once

// Sample data as the preview engine reads it: a CSV file (RFC 4180), JSON lines, or a table of a
// SQLite file, turned into named, typed columns and records. Everything here is pure parsing: the
// sandbox (PreviewSandbox) stores what it yields, masked for the viewer's role.

#include "models/core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <string>
#include <vector>

namespace Tessera {

// What a column holds, inferred from all of its values (nulls aside).
enum class ValueType {
    Boolean, // true/false, yes/no (any case)
    Integer, // a 64-bit integer without leading zeros ("007" is text: it is a code, not a number)
    Real, // a decimal number, with an exponent or not
    Date, // YYYY-MM-DD, a valid date
    Timestamp, // YYYY-MM-DD, then T or space, HH:MM[:SS[.fff]], then Z or ±HH:MM or nothing
    Text,
};

enum class SampleFormat {
    Csv,
    JsonLines,
    SQLite,
};

// What to do with a record that cannot be read (wrong field count, invalid UTF-8, unclosed quote).
enum class BadRows {
    Skip, // leave it out, count it, report the first ones with their lines
    Stop, // refuse the whole sample at the first one
};

struct SampleColumn {
    QString name; // as the sample writes it
    QString identifier; // as SQL names it: letters, digits and _ only, unique in its table
    ValueType type = ValueType::Text;
};

// A bad record: where it is (1-based line of the file where the record starts) and why.
struct BadRow {
    qsizetype line = 0;
    QString message;
};

class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::SampleData)

public:
    static QString typeName(ValueType type); // "integer", "date", ...
    static std::optional<ValueType> typeFromName(const QString &name);
    // By the file's extension: .jsonl/.ndjson are JSON lines; .sqlite/.sqlite3/.db SQLite; else CSV.
    static SampleFormat formatOf(const QString &path);
    static QString formatName(SampleFormat format);
    // The SQL name for a column or table named by a file: letters, digits and _ only, not
    // starting with a digit, and not one of `taken` (compared without case).
    static QString identifier(const QString &name, const QStringList &taken);
    // The type a single value fits best, and whether it fits a given type.
    static bool fits(QByteArrayView value, ValueType type);
    // The narrower of the two types that hold both kinds of values (Integer and Real give Real).
    static ValueType widen(ValueType a, ValueType b);
    // True when the bytes are valid UTF-8 (no overlong forms, no surrogates).
    static bool isUtf8(QByteArrayView bytes);
};

// Reads CSV records one at a time from bytes in memory (a mapped file): fields separated by `,`
// `;` or tab (detected from the first record, outside quotes), records by LF or CRLF, double
// quotes around fields that hold the delimiter, line breaks or doubled quotes. A UTF-8 byte order
// mark is skipped. Blank lines are skipped. A field that is empty and unquoted is null.
class CsvScanner
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CsvScanner)

public:
    struct Field {
        QByteArrayView bytes; // into the input, or into the scanner's own copy for unescaped quotes
        bool quoted = false;
        bool isNull() const { return !quoted && bytes.isEmpty(); }
    };

    explicit CsvScanner(QByteArrayView input, char delimiter = 0);

    char delimiter() const { return m_delimiter; }
    // The next record's fields; false at the end of the input. `error` is set (and the record's
    // fields are not to be used) when the record is malformed: the scanner has then moved past it.
    bool next(QVarLengthArray<Field, 16> &fields, QString *error);
    // The 1-based line where the record last returned starts.
    qsizetype line() const { return m_recordLine; }
    // How far through the input the scanner is, 0 to 1.
    double progress() const { return m_input.isEmpty() ? 1.0 : double(m_at) / double(m_input.size()); }

    static char detectDelimiter(QByteArrayView input);

private:
    QByteArrayView m_input;
    qsizetype m_at = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 1;
    char m_delimiter = ',';
    std::vector<std::string> m_unescaped; // one per field that held doubled quotes
};

} // namespace Tessera
