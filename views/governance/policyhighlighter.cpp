#include "views/governance/policyhighlighter.h"

#include "views/shell/highlighting.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCharFormat>

namespace Tessera {

namespace {

// "key: value" lines (in a list item too): the indentation, the key and the value.
const QRegularExpression &keyLine()
{
    static const QRegularExpression re(QStringLiteral("^( *)(?:- +)?([A-Za-z_][\\w-]*) *:(?: +(.*))?$"));
    return re;
}

bool startsBlockScalar(const QString &value)
{
    return value.startsWith(QLatin1Char('|')) || value.startsWith(QLatin1Char('>'));
}

int indentation(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

} // namespace

// The SQL definition run over one line of a condition at a time, its formats collected.
class PolicyHighlighter::Sql : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };

    Sql() { setDefinition(Highlighting::repository().definitionForName(QStringLiteral("SQL"))); }

    QList<Span> spans(QStringView line)
    {
        m_spans.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return m_spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        m_spans.append({offset, length, format});
    }

private:
    QList<Span> m_spans;
};

PolicyHighlighter::PolicyHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_sql(std::make_unique<Sql>())
{
}

PolicyHighlighter::~PolicyHighlighter() = default;

void PolicyHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_sql->setTheme(theme);
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
}

std::pair<int, int> PolicyHighlighter::sqlRange(const QTextBlock &block)
{
    const QString text = block.text();
    if (text.trimmed().isEmpty())
        return {-1, -1};
    if (const QRegularExpressionMatch key = keyLine().match(text); key.hasMatch()) {
        // A condition's value on its own line (a block scalar's starts on the next one).
        const QString value = key.captured(3);
        if (key.captured(2) != QLatin1String("condition") || value.trimmed().isEmpty() || startsBlockScalar(value))
            return {-1, -1};
        int first = int(key.capturedStart(3));
        int last = int(text.size()) - 1;
        while (last > first && text.at(last).isSpace())
            --last;
        const QChar quote = text.at(first);
        if ((quote == QLatin1Char('"') || quote == QLatin1Char('\'')) && last > first && text.at(last) == quote) {
            ++first;
            --last;
        }
        return {first, last};
    }
    // A line of a block scalar: the nearest key above, less indented, says whose.
    const int indent = indentation(text);
    for (QTextBlock above = block.previous(); above.isValid(); above = above.previous()) {
        const QString line = above.text();
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch key = keyLine().match(line);
        if (!key.hasMatch())
            continue; // another line of the block
        if (int(key.captured(1).size()) >= indent)
            return {-1, -1};
        if (key.captured(2) == QLatin1String("condition") && startsBlockScalar(key.captured(3)))
            return {indent, int(text.size()) - 1};
        return {-1, -1};
    }
    return {-1, -1};
}

void PolicyHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const auto [first, last] = sqlRange(currentBlock());
    if (first < 0 || last < first)
        return;
    const KSyntaxHighlighting::Theme sqlTheme = theme();
    const QColor normal(sqlTheme.textColor(KSyntaxHighlighting::Theme::Normal));
    for (const Sql::Span &span : m_sql->spans(QStringView(text).mid(first, last - first + 1))) {
        QTextCharFormat f;
        f.setForeground(span.format.isDefaultTextStyle(sqlTheme) || !span.format.hasTextColor(sqlTheme)
                            ? normal
                            : span.format.textColor(sqlTheme));
        if (span.format.isBold(sqlTheme))
            f.setFontWeight(QFont::Bold);
        if (span.format.isItalic(sqlTheme))
            f.setFontItalic(true);
        setFormat(first + span.offset, span.length, f);
    }
}

} // namespace Tessera
