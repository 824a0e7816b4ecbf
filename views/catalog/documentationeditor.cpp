#include "views/catalog/documentationeditor.h"

#include "views/catalog/badges.h"

#include "views/shell/highlighting.h"
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Tessera {

DocumentationEditor::DocumentationEditor(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_source(new QPlainTextEdit(m_splitter))
    , m_preview(new QTextBrowser(m_splitter))
    , m_previewTimer(new QTimer(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_source->document()))
{
    m_source->setObjectName(QStringLiteral("documentationSource"));
    m_source->setAccessibleName(tr("Documentation source (Markdown)"));
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setTabChangesFocus(false);
    m_preview->setObjectName(QStringLiteral("documentationPreview"));
    m_preview->setAccessibleName(tr("Documentation preview"));
    m_preview->setOpenLinks(false);
    m_preview->document()->setDocumentMargin(12);
    connect(m_preview, &QTextBrowser::anchorClicked, this, &DocumentationEditor::linkActivated);
    m_splitter->setObjectName(QStringLiteral("documentationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    m_highlighter->setDefinition(Highlighting::repository().definitionForName(QStringLiteral("Markdown")));
    applyTheme();

    m_toolBar->setObjectName(QStringLiteral("documentationToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *undo = m_toolBar->addAction(tr("Undo"), m_source, &QPlainTextEdit::undo);
    undo->setObjectName(QStringLiteral("documentationUndo"));
    undo->setToolTip(tr("Undo (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    undo->setEnabled(false);
    QAction *redo = m_toolBar->addAction(tr("Redo"), m_source, &QPlainTextEdit::redo);
    redo->setObjectName(QStringLiteral("documentationRedo"));
    redo->setToolTip(tr("Redo (%1)").arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    redo->setEnabled(false);
    connect(m_source, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_source, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    m_toolBar->addSeparator();
    QAction *showPreview = m_toolBar->addAction(tr("Preview"));
    showPreview->setObjectName(QStringLiteral("documentationShowPreview"));
    showPreview->setCheckable(true);
    showPreview->setChecked(true);
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &DocumentationEditor::renderPreview);
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        m_previewTimer->start();
        m_text = m_source->toPlainText();
        if (!m_settingText)
            Q_EMIT markdownChanged(m_text);
    });
    // Keep the preview roughly where the source is.
    connect(m_source->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        const QScrollBar *from = m_source->verticalScrollBar();
        QScrollBar *to = m_preview->verticalScrollBar();
        if (from->maximum() > 0)
            to->setValue(int(double(value) / from->maximum() * to->maximum()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
}

DocumentationEditor::~DocumentationEditor() = default;

QString DocumentationEditor::highlightingDefinition() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

QString DocumentationEditor::markdown() const
{
    return m_text;
}

void DocumentationEditor::setMarkdown(const QString &markdown)
{
    if (markdown == m_text)
        return;
    m_settingText = true;
    m_source->setPlainText(markdown);
    m_settingText = false;
    renderPreview();
}

void DocumentationEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_source->setReadOnly(readOnly);
    // People who cannot edit read the rendered text only.
    m_source->setVisible(!readOnly);
    m_toolBar->setVisible(!readOnly);
    if (readOnly)
        m_preview->show();
}

void DocumentationEditor::renderPreview()
{
    m_previewTimer->stop();
    const int scroll = m_preview->verticalScrollBar()->value();
    const QString &text = m_text;
    if (text.trimmed().isEmpty())
        m_preview->setHtml(QStringLiteral("<p style=\"color: %1;\"><i>%2</i></p>")
                               .arg(Badges::muted(palette()).name(), tr("No documentation yet.").toHtmlEscaped()));
    else
        m_preview->setMarkdown(text);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void DocumentationEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = Highlighting::repository().themeForPalette(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

void DocumentationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        renderPreview();
    }
    QWidget::changeEvent(event);
}

} // namespace Tessera
