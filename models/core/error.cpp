#include "models/core/error.h"

namespace Tessera {

Error &Error::at(QString f, int l, int c)
{
    file = std::move(f);
    line = l;
    column = c;
    return *this;
}

Error &Error::inField(QString f)
{
    field = std::move(f);
    return *this;
}

QString Error::location() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where;
}

QString Error::toString() const
{
    QString text;
    const QString where = location();
    if (!where.isEmpty())
        text = where + QLatin1String(": ");
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    return text + message;
}

} // namespace Tessera
