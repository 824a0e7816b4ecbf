#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Tessera {

// One change in the append-only audit log. Entries are hash-chained: hash covers the previous
// entry's hash and all fields of this one, so editing or deleting an entry is detectable.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString entityType; // "product", "domain", "team", "source"
    QString entityId;
    QString action; // "create", "update", "remove", "sync"
    QString before; // compact JSON of the entity before, empty for create
    QString after; // compact JSON after, empty for remove
    QString prevHash; // hex
    QString hash; // hex

    // The hash this entry must have, given its fields and prevHash.
    QString computeHash() const;
};

// What verifying the chain found.
struct AuditVerification {
    bool ok = true;
    qint64 checked = 0; // entries looked at
    qint64 firstBroken = 0; // seq of the first entry that does not verify; 0 when ok
    QString message;
};

} // namespace Tessera
