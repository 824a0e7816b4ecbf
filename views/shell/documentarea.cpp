#include "views/shell/documentarea.h"

#include "views/shell/icons.h"

#include <QKeySequence>
#include <QLabel>
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
    : QStackedWidget(parent)
    , m_welcome(makeWelcomePage(this))
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &DocumentArea::closeDocument);

    addWidget(m_welcome);
    addWidget(m_tabs);
    updatePage();
}

int DocumentArea::addDocument(QWidget *document, const QIcon &icon, const QString &title)
{
    const int index = m_tabs->addTab(document, icon, title);
    m_tabs->setCurrentIndex(index);
    updatePage();
    return index;
}

void DocumentArea::closeDocument(int index)
{
    QWidget *document = m_tabs->widget(index);
    if (!document)
        return;
    m_tabs->removeTab(index);
    document->deleteLater();
    updatePage();
}

int DocumentArea::documentCount() const
{
    return m_tabs->count();
}

void DocumentArea::updatePage()
{
    setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

} // namespace Tessera
