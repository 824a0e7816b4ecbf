#include "models/core/textcheck.h"

namespace Tessera {

namespace {

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// A few format characters by name; the rest by number only.
QString knownName(char32_t c)
{
    switch (c) {
    case 0x200B:
        return TextCheck::tr("zero-width space");
    case 0x200C:
        return TextCheck::tr("zero-width non-joiner");
    case 0x200D:
        return TextCheck::tr("zero-width joiner");
    case 0x200E:
    case 0x200F:
    case 0x061C:
        return TextCheck::tr("direction mark");
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
        return TextCheck::tr("bidirectional override");
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
        return TextCheck::tr("bidirectional isolate");
    case 0x00AD:
        return TextCheck::tr("soft hyphen");
    case 0x2060:
    case 0xFEFF:
        return TextCheck::tr("word joiner");
    default:
        return QString();
    }
}

bool allowedInTitles(char32_t c)
{
    return c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0xE0020 && c <= 0xE007F);
}

} // namespace

QString TextCheck::shown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(code) == QChar::Other_Format) {
                out += codePoint(code);
            } else {
                out += c;
                out += text.at(i + 1);
            }
            ++i;
            continue;
        }
        const QChar::Category category = c.category();
        if (c.isSurrogate() || category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            out += codePoint(c.unicode());
        else
            out += c;
    }
    return out;
}

QString TextCheck::nameProblem(const QString &text, int maxLength, Kind kind)
{
    if (text.size() > maxLength)
        return tr("is %1 characters long; at most %2 fit a name").arg(text.size()).arg(maxLength);
    int position = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return tr("holds half of a UTF-16 character pair at position %1 (the text was damaged on its way)").arg(position);
        }
        const QChar::Category category = QChar::category(code);
        if (category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return tr("contains the line break %1 at position %2").arg(codePoint(code)).arg(position);
        if (category == QChar::Other_Control)
            return tr("contains the control character %1 at position %2").arg(codePoint(code)).arg(position);
        // A joiner joins: between two visible characters, never at an end or beside a space.
        const auto visible = [](QChar neighbour) {
            return !neighbour.isSpace() && neighbour.category() != QChar::Other_Format;
        };
        const bool joins = (code != 0x200C && code != 0x200D)
            || (i > 0 && i + 1 < text.size() && visible(text.at(i - 1)) && visible(text.at(i + 1)));
        if (category == QChar::Other_Format && !(kind == Kind::Title && allowedInTitles(code) && joins)) {
            const QString name = knownName(code);
            return name.isEmpty()
                ? tr("contains the invisible character %1 at position %2").arg(codePoint(code)).arg(position)
                : tr("contains the invisible character %1 (%2) at position %3").arg(codePoint(code), name).arg(position);
        }
    }
    return QString();
}

} // namespace Tessera
