#include "views/preview/sqleditor.h"

#include "models/preview/previewsandbox.h"
#include "views/shell/highlighting.h"
#include "views/shell/wordcompletion.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>

namespace Tessera {

namespace {

QStringList keywords()
{
    return {
        QStringLiteral("SELECT"),    QStringLiteral("FROM"),        QStringLiteral("WHERE"),     QStringLiteral("GROUP BY"),
        QStringLiteral("ORDER BY"),  QStringLiteral("HAVING"),      QStringLiteral("LIMIT"),     QStringLiteral("JOIN"),
        QStringLiteral("LEFT JOIN"), QStringLiteral("DISTINCT"),    QStringLiteral("UNION ALL"), QStringLiteral("WITH"),
        QStringLiteral("CASE"),      QStringLiteral("WHEN"),        QStringLiteral("THEN"),      QStringLiteral("ELSE"),
        QStringLiteral("END"),       QStringLiteral("CAST"),        QStringLiteral("BETWEEN"),   QStringLiteral("LIKE"),
        QStringLiteral("NULL"),      QStringLiteral("IS NOT NULL"), QStringLiteral("OVER"),      QStringLiteral("PARTITION BY")};
}

} // namespace

SqlEditor::SqlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_completion(new WordCompletion(this, 2))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter->setDefinition(Highlighting::repository().definitionForName(QStringLiteral("SQL")));
    m_highlighter->setTheme(Highlighting::repository().themeForPalette(palette()));
    setNames({});
}

SqlEditor::~SqlEditor() = default;

QCompleter *SqlEditor::completer() const
{
    return m_completion->completer();
}

void SqlEditor::setNames(const QStringList &names)
{
    QStringList words = names;
    words += keywords();
    for (const QString &f : PreviewSandbox::functions())
        words << f + QLatin1Char('(');
    words.removeDuplicates();
    m_completion->setWords(words);
}

void SqlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setTheme(Highlighting::repository().themeForPalette(palette()));
        m_highlighter->rehighlight();
    }
}

void SqlEditor::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && m_completion->keyPressed(event))
        return;
    QPlainTextEdit::keyPressEvent(event);
    if (!isReadOnly())
        m_completion->keyHandled(event);
}

} // namespace Tessera
