#pragma once

// Writing CSV as RFC 4180 reads it, for every CSV file Tessera writes (impact lists, preview
// results).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Tessera::Csv {

// One field: in double quotes, with quotes doubled, when it holds a comma, a quote or a line
// break. With emptyIsText an empty text is written "" so that it reads back as text, not null.
QByteArray field(QByteArrayView utf8, bool emptyIsText = false);
QByteArray field(const QString &text, bool emptyIsText = false);

} // namespace Tessera::Csv
