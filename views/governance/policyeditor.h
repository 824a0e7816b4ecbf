#pragma once

#include "models/core/error.h"

#include <QPlainTextEdit>

class QCompleter;

namespace Tessera {

class PolicyHighlighter;
class WordCompletion;

// A policy file's YAML: highlighted (KF6 SyntaxHighlighting, the conditions as SQL), its problems underlined where they
// stand (the message as the tooltip), and completion of the policy keys, the catalog views'
// tables and columns, mask types and the like, as the word under the cursor is typed or on
// Ctrl+Space.
class PolicyEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit PolicyEditor(QWidget *parent = nullptr);

    // The problems to underline (their line and column; 1-based).
    void setDiagnostics(const QList<Error> &errors);
    const QList<Error> &diagnostics() const { return m_diagnostics; }
    // The words completion offers.
    static QStringList completionWords();
    QCompleter *completer() const;
    // Completes the word under the cursor (as Ctrl+Space does); false when nothing matches.
    bool complete();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    PolicyHighlighter *m_highlighter;
    WordCompletion *m_completion;
    QList<Error> m_diagnostics;
};

} // namespace Tessera
