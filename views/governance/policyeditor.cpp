#include "views/governance/policyeditor.h"

#include "models/governance/catalogviews.h"
#include "models/governance/policy.h"

#include "views/governance/policyhighlighter.h"
#include "views/shell/highlighting.h"

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
    , m_completer(new QCompleter(completionWords(), this))
{
    setObjectName(QStringLiteral("policyEditor"));
    setAccessibleName(tr("Policy source (YAML)"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    m_highlighter->setDefinition(Highlighting::repository().definitionForName(QStringLiteral("YAML")));
    applyTheme();

    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("policyCompletions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &PolicyEditor::insertCompletion);
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

QString PolicyEditor::wordUnderCursor() const
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    int start = cursor.positionInBlock();
    while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_')))
        --start;
    return line.mid(start, cursor.positionInBlock() - start);
}

bool PolicyEditor::complete()
{
    const QString prefix = wordUnderCursor();
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return false;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    return true;
}

void PolicyEditor::insertCompletion(const QString &word)
{
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordUnderCursor().size()));
    cursor.insertText(word);
    setTextCursor(cursor);
}

void PolicyEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the popup takes them
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        complete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    // Offer completions once a word has three characters.
    const QString typed = event->text();
    if (!typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed.at(0) == QLatin1Char('_')) && wordUnderCursor().size() >= 3)
        complete();
    else if (m_completer->popup()->isVisible())
        complete(); // narrows, or hides when the word ended
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
