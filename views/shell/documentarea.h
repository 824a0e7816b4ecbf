#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Tessera {

class DocumentPage;

// The central area: documents (product pages, lineage, policies, previews, pipelines) as tabs,
// and a welcome page while none is open. A message bar above them offers things to do (restore
// unsaved edits, say).
class DocumentArea : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentArea(QWidget *parent = nullptr);

    // Takes ownership of document; returns its tab index. DocumentPages keep their tab's title
    // (with a • for unsaved changes) up to date.
    int addDocument(QWidget *document, const QIcon &icon, const QString &title);
    int addPage(DocumentPage *page);
    // Closes the tab, asking a page with unsaved changes first; false when it stays open.
    bool closeDocument(int index);
    // Closes every tab, asking about unsaved changes; false when the person kept one open.
    bool closeAll();
    int documentCount() const;
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *welcomePage() const { return m_welcome; }

    DocumentPage *currentPage() const;
    DocumentPage *page(int index) const;
    // The open page showing key, or null.
    DocumentPage *findPage(const QString &key) const;
    QList<DocumentPage *> pages() const;

    // Shows a message with buttons above the documents; a button's action runs and hides the bar.
    struct MessageAction {
        QString text;
        std::function<void()> run;
    };
    void showMessage(const QString &text, const QList<MessageAction> &actions);
    void hideMessage();
    QFrame *messageBar() const { return m_messageBar; }

Q_SIGNALS:
    void currentPageChanged(Tessera::DocumentPage *page); // may be null

private:
    void updatePage();
    void updateTab(DocumentPage *page);

    QFrame *m_messageBar;
    QLabel *m_messageText;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QTabWidget *m_tabs;
};

} // namespace Tessera
