#include "models/catalog/auditentry.h"

#include <QCryptographicHash>

namespace Tessera {

QString AuditEntry::computeHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QChar separator(0x1f); // unit separator: cannot occur in the JSON or the names
    const QString text = prevHash + separator + QString::number(seq) + separator + at.toUTC().toString(Qt::ISODateWithMs)
        + separator + actor + separator + entityType + separator + entityId + separator + action + separator + before + separator
        + after;
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Tessera
