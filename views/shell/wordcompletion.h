#pragma once

#include <QObject>

class QCompleter;
class QKeyEvent;
class QPlainTextEdit;
class QStringListModel;

namespace Tessera {

// Completion of the word before the cursor in a plain text editor: a popup of the words that
// begin with it, offered once `minimumLength` characters are typed or when asked (Ctrl+Space),
// narrowed as one types and hidden when the word ends. The editor passes its key presses through
// keyPressed() (before handling them) and keyHandled() (after).
class WordCompletion : public QObject
{
    Q_OBJECT

public:
    WordCompletion(QPlainTextEdit *editor, int minimumLength);

    QCompleter *completer() const { return m_completer; }
    void setWords(const QStringList &words);
    QString wordUnderCursor() const;
    // Offers completions of the word under the cursor; false when nothing (else) matches.
    bool complete();
    // True when the key is the completion's (the popup's Enter, Tab, Escape; Ctrl+Space).
    bool keyPressed(QKeyEvent *event);
    void keyHandled(QKeyEvent *event);

private:
    void insert(const QString &word);

    QPlainTextEdit *m_editor;
    QCompleter *m_completer;
    QStringListModel *m_words;
    int m_minimumLength;
};

} // namespace Tessera
