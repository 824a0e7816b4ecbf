#include "views/shell/wordcompletion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace Tessera {

WordCompletion::WordCompletion(QPlainTextEdit *editor, int minimumLength)
    : QObject(editor)
    , m_editor(editor)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
    , m_minimumLength(minimumLength)
{
    m_completer->setModel(m_words);
    m_completer->setWidget(editor);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &WordCompletion::insert);
}

void WordCompletion::setWords(const QStringList &words)
{
    m_words->setStringList(words);
}

QString WordCompletion::wordUnderCursor() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text();
    int start = cursor.positionInBlock();
    while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_')))
        --start;
    return line.mid(start, cursor.positionInBlock() - start);
}

bool WordCompletion::complete()
{
    const QString prefix = wordUnderCursor();
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return false;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    return true;
}

bool WordCompletion::keyPressed(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the popup takes them
            return true;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier) {
        complete();
        return true;
    }
    return false;
}

void WordCompletion::keyHandled(QKeyEvent *event)
{
    const QString typed = event->text();
    if (!typed.isEmpty() && (typed.at(0).isLetterOrNumber() || typed.at(0) == QLatin1Char('_'))
        && wordUnderCursor().size() >= m_minimumLength)
        complete();
    else if (m_completer->popup()->isVisible())
        complete(); // narrows, or hides when the word ended
}

void WordCompletion::insert(const QString &word)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordUnderCursor().size()));
    cursor.insertText(word);
    m_editor->setTextCursor(cursor);
}

} // namespace Tessera
