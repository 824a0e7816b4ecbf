#include "views/lineage/lineagecolors.h"

#include <array>

namespace Tessera::LineageColors {

namespace {

// Distinct, colour-blind friendly hues (Okabe and Ito, then Tol's muted scheme).
const std::array<QColor, 12> &hues()
{
    static const std::array<QColor, 12> list{
        QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
        QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0x88, 0x22, 0x55), QColor(0x44, 0xaa, 0x99),
        QColor(0x99, 0x99, 0x33), QColor(0x33, 0x22, 0x88), QColor(0xaa, 0x44, 0x99), QColor(0x11, 0x77, 0x33),
    };
    return list;
}

} // namespace

QHash<QString, QColor> forDomains(QStringList domainIds)
{
    domainIds.removeAll(QString());
    domainIds.sort();
    domainIds.removeDuplicates();
    QHash<QString, QColor> colours;
    for (qsizetype i = 0; i < domainIds.size(); ++i)
        colours.insert(domainIds.at(i), hues().at(i % hues().size()));
    return colours;
}

QColor domain(const QString &domainId)
{
    if (domainId.isEmpty())
        return QColor(0x9e, 0x9e, 0x9e);
    // FNV-1a: stable across runs, unlike qHash's seeded hashing.
    quint32 h = 2166136261u;
    for (const QChar c : domainId) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return hues().at(h % hues().size());
}

QColor trace()
{
    return QColor(0xe0, 0x6c, 0x00);
}

QColor cycle()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace Tessera::LineageColors
