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

    enum class Kind {
        Identifier, // ids, tags, dataset and column names, logins: no invisible character at all
        // Names and titles people read: also the joiners and direction marks that scripts such as
        // Persian, the Indic ones and Arabic need (U+200C, U+200D, U+200E, U+200F, U+061C), and the
        // tag characters of emoji flags. Overrides, isolates and zero-width spaces stay out.
        Title,
    };

    // Why text cannot name something ("contains the invisible character U+202E (bidirectional
    // override) at position 3"); empty when it can.
    static QString nameProblem(const QString &text, int maxLength = maxNameLength, Kind kind = Kind::Identifier);

    // text as a message may show it: control and invisible characters, line and paragraph
    // separators and halves of UTF-16 pairs written as U+XXXX (a message holding a refused name
    // must not itself be reordered on screen, or move a terminal's cursor).
    static QString shown(const QString &text);
};

} // namespace Tessera
