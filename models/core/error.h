#pragma once

#include <QString>

namespace Tessera {

// A failure a person can act on: what went wrong and where (file, line, column, field).
struct Error {
    QString message;
    QString file;
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString field; // e.g. "schema[2].properties[0].logicalType"

    Error() = default;
    explicit Error(QString msg)
        : message(std::move(msg))
    {
    }

    Error &at(QString f, int l = 0, int c = 0);
    Error &inField(QString f);

    // "file:line:column: field: message", leaving out what is unknown.
    QString toString() const;
    QString location() const;

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace Tessera
