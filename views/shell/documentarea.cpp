#include "views/shell/documentarea.h"

#include "views/shell/documentpage.h"
#include "views/shell/icons.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QWidget *makeWelcomePage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("welcomePage"));
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);

    auto *logo = new QLabel(page);
    logo->setPixmap(Icons::application().pixmap(96, 96));
    logo->setAlignment(Qt::AlignHCenter);

    auto *title = new QLabel(DocumentArea::tr("Welcome to Tessera"), page);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    title->setAlignment(Qt::AlignHCenter);

    const QString open = QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText);
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    auto *hints = new QLabel(page);
    hints->setObjectName(QStringLiteral("welcomeHints"));
    hints->setTextFormat(Qt::RichText);
    hints->setAlignment(Qt::AlignHCenter);
    hints->setWordWrap(true);
    hints->setText(DocumentArea::tr("<p>Find, document, trace and govern the data products of your mesh.</p>"
                                    "<p><b>%1</b> opens a catalog &nbsp;·&nbsp; <b>%2</b> searches it</p>"
                                    "<p>Product pages, lineage graphs, policies, previews and pipelines open here as tabs.</p>")
                       .arg(open.toHtmlEscaped(), find.toHtmlEscaped()));
    hints->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(logo);
    layout->addSpacing(12);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(hints);
    layout->addStretch(3);
    return page;
}

} // namespace

DocumentArea::DocumentArea(QWidget *parent)
    : QWidget(parent)
    , m_messageBar(new QFrame(this))
    , m_messageText(new QLabel(m_messageBar))
    , m_stack(new QStackedWidget(this))
    , m_welcome(makeWelcomePage(m_stack))
    , m_tabs(new QTabWidget(m_stack))
{
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentArea::closeDocument);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        Q_EMIT currentPageChanged(currentPage());
    });

    m_messageBar->setObjectName(QStringLiteral("documentMessageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::ToolTipBase);
    m_messageBar->setForegroundRole(QPalette::ToolTipText);
    m_messageText->setWordWrap(true);
    m_messageText->setForegroundRole(QPalette::ToolTipText);
    auto *barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_messageText, 1);
    m_messageBar->hide();

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    updatePage();
}

int DocumentArea::addDocument(QWidget *document, const QIcon &icon, const QString &title)
{
    const int index = m_tabs->addTab(document, icon, title);
    m_tabs->setCurrentIndex(index);
    updatePage();
    return index;
}

int DocumentArea::addPage(DocumentPage *page)
{
    const int index = addDocument(page, page->documentIcon(), page->documentTitle());
    connect(page, &DocumentPage::titleChanged, this, [this, page] {
        updateTab(page);
    });
    updateTab(page);
    return index;
}

void DocumentArea::updateTab(DocumentPage *page)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    // A bullet marks unsaved changes, as editors do.
    m_tabs->setTabText(index, page->isModified() ? QStringLiteral("• ") + page->documentTitle() : page->documentTitle());
    m_tabs->setTabIcon(index, page->documentIcon());
    m_tabs->setTabToolTip(index,
                          page->isModified() ? tr("%1 (unsaved changes)").arg(page->documentTitle()) : page->documentTitle());
}

bool DocumentArea::closeDocument(int index)
{
    QWidget *document = m_tabs->widget(index);
    if (!document)
        return true;
    // A page with unsaved changes is shown while the person is asked about it.
    if (auto *page = qobject_cast<DocumentPage *>(document); page && page->isModified()) {
        m_tabs->setCurrentIndex(index);
        if (!page->confirmClose())
            return false;
    }
    m_tabs->removeTab(m_tabs->indexOf(document));
    document->hide();
    document->deleteLater();
    updatePage();
    return true;
}

bool DocumentArea::closeAll()
{
    while (m_tabs->count() > 0) {
        if (!closeDocument(m_tabs->count() - 1))
            return false;
    }
    return true;
}

int DocumentArea::documentCount() const
{
    return m_tabs->count();
}

DocumentPage *DocumentArea::currentPage() const
{
    return qobject_cast<DocumentPage *>(m_tabs->currentWidget());
}

DocumentPage *DocumentArea::page(int index) const
{
    return qobject_cast<DocumentPage *>(m_tabs->widget(index));
}

DocumentPage *DocumentArea::findPage(const QString &key) const
{
    for (DocumentPage *p : pages()) {
        if (p->documentKey() == key)
            return p;
    }
    return nullptr;
}

QList<DocumentPage *> DocumentArea::pages() const
{
    QList<DocumentPage *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (DocumentPage *p = page(i))
            result.append(p);
    }
    return result;
}

void DocumentArea::showMessage(const QString &text, const QList<MessageAction> &actions)
{
    // Drop the previous message's buttons.
    const QList<QPushButton *> old = m_messageBar->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly);
    for (QPushButton *button : old)
        delete button;
    m_messageText->setText(text);
    auto *layout = static_cast<QHBoxLayout *>(m_messageBar->layout());
    for (const MessageAction &action : actions) {
        auto *button = new QPushButton(action.text, m_messageBar);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, run = action.run] {
            hideMessage();
            if (run)
                run();
        });
    }
    m_messageBar->show();
}

void DocumentArea::hideMessage()
{
    m_messageBar->hide();
}

void DocumentArea::updatePage()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

} // namespace Tessera
