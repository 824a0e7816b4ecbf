#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

// The colours of the lineage view: one per domain (the same in every session), and those of
// highlights.
namespace Tessera::LineageColors {

QColor domain(const QString &domainId); // grey for none; by a hash of the id
// Colours for a set of domains, all different for up to twelve: by their sorted ids.
QHash<QString, QColor> forDomains(QStringList domainIds);
QColor trace(); // a column trace
QColor cycle(); // edges drawn backwards to break a cycle

} // namespace Tessera::LineageColors
