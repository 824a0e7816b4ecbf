#pragma once

#include <QPlainTextEdit>

class QCompleter;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Tessera {

class WordCompletion;

// A SQL editor: SQL highlighted by KF6 SyntaxHighlighting in the palette's theme, and completion
// of the names it is given (tables, columns) and SQLite's keywords and functions as one types
// (or on Ctrl+Space).
class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    void setNames(const QStringList &names);
    QCompleter *completer() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    WordCompletion *m_completion;
};

} // namespace Tessera
