#include "views/governance/policyeditor.h"

#include "models/governance/catalogviews.h"
#include "models/governance/policy.h"

#include "views/governance/policyhighlighter.h"
#include "views/shell/highlighting.h"
#include "views/shell/wordcompletion.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace Tessera {

PolicyEditor::PolicyEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new PolicyHighlighter(document()))
    , m_completion(new WordCompletion(this, 3))
{
    setObjectName(QStringLiteral("policyEditor"));
    setAccessibleName(tr("Policy source (YAML)"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter->setDefinition(Highlighting::repository().definitionForName(QStringLiteral("YAML")));
    applyTheme();

    QStringList words = completionWords();
    words.sort(Qt::CaseInsensitive);
    m_completion->setWords(words);
    m_completion->completer()->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completion->completer()->popup()->setObjectName(QStringLiteral("policyCompletions"));
}

QCompleter *PolicyEditor::completer() const
{
    return m_completion->completer();
}

QStringList PolicyEditor::completionWords()
{
    QStringList words{QStringLiteral("policies"),       QStringLiteral("id"),
                      QStringLiteral("kind"),           QStringLiteral("title"),
                      QStringLiteral("description"),    QStringLiteral("severity"),
                      QStringLiteral("status"),         QStringLiteral("version"),
                      QStringLiteral("scope"),          QStringLiteral("domains"),
                      QStringLiteral("classification"), QStringLiteral("tags"),
                      QStringLiteral("rules"),          QStringLiteral("condition"),
                      QStringLiteral("message"),        QStringLiteral("roles"),
                      QStringLiteral("actions"),        QStringLiteral("effect"),
                      QStringLiteral("columns"),        QStringLiteral("mask"),
                      QStringLiteral("expression"),     QStringLiteral("metric"),
                      QStringLiteral("column"),         QStringLiteral("sql"),
                      QStringLiteral("standard"),       QStringLiteral("access"),
                      QStringLiteral("masking"),        QStringLiteral("quality"),
                      QStringLiteral("info"),           QStringLiteral("warning"),
                      QStringLiteral("error"),          QStringLiteral("draft"),
                      QStringLiteral("published"),      QStringLiteral("allow"),
                      QStringLiteral("deny"),           QStringLiteral("read"),
                      QStringLiteral("edit"),           QStringLiteral("publish"),
                      QStringLiteral("analyst"),        QStringLiteral("owner"),
                      QStringLiteral("steward"),        QStringLiteral("public"),
                      QStringLiteral("internal"),       QStringLiteral("confidential"),
                      QStringLiteral("restricted")};
    words << Policies::maskKeys() << Policies::qualityMetrics();
    for (int op = int(QualityOperator::MustBe); op <= int(QualityOperator::MustNotBeBetween); ++op)
        words << Policies::operatorKey(QualityOperator(op));
    for (const auto &[table, columns] : CatalogViews::tables())
        words << table << columns;
    words << CatalogViews::functions();
    words.removeDuplicates();
    words.sort(Qt::CaseInsensitive);
    return words;
}

void PolicyEditor::setDiagnostics(const QList<Error> &errors)
{
    m_diagnostics = errors;
    QList<QTextEdit::ExtraSelection> selections;
    for (const Error &e : errors) {
        const QTextBlock block = document()->findBlockByNumber(std::max(0, e.line - 1));
        if (!block.isValid())
            continue;
        QTextCursor cursor(block);
        const int column = std::clamp(e.column - 1, 0, std::max(0, block.length() - 1));
        cursor.setPosition(block.position() + column);
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection()) // at a space or the end: the rest of the line
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!cursor.hasSelection()) {
            cursor.setPosition(block.position());
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        selection.format.setToolTip(e.message);
        selections << selection;
    }
    setExtraSelections(selections);
}

bool PolicyEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(viewport()->mapFrom(this, help->pos()));
        QStringList messages;
        for (const QTextEdit::ExtraSelection &s : extraSelections()) {
            if (at.position() >= s.cursor.selectionStart() && at.position() <= s.cursor.selectionEnd())
                messages << s.format.toolTip();
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

bool PolicyEditor::complete()
{
    return m_completion->complete();
}

void PolicyEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completion->keyPressed(event))
        return;
    QPlainTextEdit::keyPressEvent(event);
    m_completion->keyHandled(event);
}

void PolicyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void PolicyEditor::applyTheme()
{
    m_highlighter->setTheme(Highlighting::repository().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

} // namespace Tessera
