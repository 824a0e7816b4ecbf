#include "models/catalog/search.h"

namespace Tessera {

QStringList SearchQuery::facetNames()
{
    return {QStringLiteral("domain"), QStringLiteral("owner"), QStringLiteral("tag"), QStringLiteral("classification"),
            QStringLiteral("status")};
}

namespace {

// Splits raw text into words: runs of letters and digits, lower case, without diacritics.
// Both what is indexed and what is searched go through here, so SQLite's and PostgreSQL's
// tokenizers only ever see plain words and agree.
QStringList wordsOf(QStringView raw)
{
    const QString text = raw.toString().normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

// Words joined only by _ . - (and nothing else) make one identifier.
bool isIdentifier(QStringView raw)
{
    for (const QChar c : raw) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

QString SearchParser::words(const QString &text)
{
    return wordsOf(text).join(QLatin1Char(' '));
}

QString SearchParser::indexText(const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names) {
        parts << wordsOf(name).join(QLatin1Char(' '));
        const QStringList words = wordsOf(name);
        if (words.size() > 1 && isIdentifier(name))
            parts << words.join(QString());
    }
    return parts.join(QLatin1Char(' '));
}

Result<QList<SearchTerm>> SearchParser::parse(const QString &text)
{
    QList<SearchTerm> terms;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        SearchTerm term;
        if (text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return Error(tr("the quote at column %1 is not closed").arg(i + 1)).at(QString(), 1, int(i + 1));
            term.words = wordsOf(QStringView(text).mid(i + 1, close - i - 1));
            i = close + 1;
            if (i < n && text.at(i) == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
                ++end;
            QStringView raw = QStringView(text).mid(i, end - i);
            if (raw.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                raw.chop(1);
            }
            // Still being typed: the last word finds what it begins.
            if (end == n)
                term.prefix = true;
            term.words = wordsOf(raw);
            term.identifier = term.words.size() > 1 && isIdentifier(raw);
            i = end;
        }
        if (!term.words.isEmpty())
            terms << term;
    }
    return terms;
}

Status SearchParser::checkFacets(const QMap<QString, QStringList> &facets)
{
    for (auto it = facets.cbegin(); it != facets.cend(); ++it) {
        if (!SearchQuery::facetNames().contains(it.key()))
            return Error(
                tr("there is no facet \"%1\"; use %2").arg(it.key(), SearchQuery::facetNames().join(QLatin1String(", "))));
    }
    return Ok{};
}

} // namespace Tessera
