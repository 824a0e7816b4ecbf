#pragma once

#include <QCoreApplication>
#include <QString>

namespace Tessera {

// Text that names something: ids, names, titles, tags. It may not hold control characters,
// invisible format characters (zero-width spaces and joiners, bidirectional overrides and
// isolates, soft hyphens: they make one name look like another, or make text read in an order
// other than it is stored), halves of UTF-16 pairs, or run longer than a name can be shown.
// Descriptions and documentation are free text and are not checked.
class TextCheck
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::TextCheck)

public:
    static constexpr int maxNameLength = 256;
    static constexpr int maxTitleLength = 1024;

    // Why text cannot name something ("contains the invisible character U+202E (right-to-left
    // override) at position 3"); empty when it can.
    static QString nameProblem(const QString &text, int maxLength = maxNameLength);
};

} // namespace Tessera
