#pragma once

#include <QWidget>

class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Tessera {

// Markdown documentation: the source with syntax highlighting (KDE's "Markdown" definition, in a
// theme that matches the palette) beside a live rendered preview. Read-only shows the preview only.
class DocumentationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentationEditor(QWidget *parent = nullptr);
    ~DocumentationEditor() override;

    QString markdown() const;
    // Replaces the text (keeping the undo history when it is the same text).
    void setMarkdown(const QString &markdown);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QPlainTextEdit *source() const { return m_source; }
    QTextBrowser *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }
    QString highlightingDefinition() const; // "Markdown" when KSyntaxHighlighting has it

Q_SIGNALS:
    void markdownChanged(const QString &markdown); // edits by the person only
    void linkActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderPreview();
    void applyTheme();

    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QPlainTextEdit *m_source;
    QTextBrowser *m_preview;
    QTimer *m_previewTimer;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QString m_text; // the source's text, kept so that each key does not copy the document again
    bool m_readOnly = false;
    bool m_settingText = false;
};

} // namespace Tessera
