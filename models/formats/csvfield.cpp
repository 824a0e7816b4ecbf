#include "models/formats/csvfield.h"

namespace Tessera::Csv {

QByteArray field(QByteArrayView utf8, bool emptyIsText)
{
    if ((utf8.isEmpty() && emptyIsText) || utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.toByteArray().replace("\"", "\"\"") + '"';
    return utf8.toByteArray();
}

QByteArray field(const QString &text, bool emptyIsText)
{
    return field(QByteArrayView(text.toUtf8()), emptyIsText);
}

} // namespace Tessera::Csv
