#pragma once

#include <QStackedWidget>

class QTabWidget;

namespace Tessera {

// The central area: documents (product pages, lineage, policies, previews, pipelines) as tabs,
// and a welcome page while none is open.
class DocumentArea : public QStackedWidget
{
    Q_OBJECT

public:
    explicit DocumentArea(QWidget *parent = nullptr);

    // Takes ownership of document; returns its tab index.
    int addDocument(QWidget *document, const QIcon &icon, const QString &title);
    void closeDocument(int index);
    int documentCount() const;
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *welcomePage() const { return m_welcome; }

private:
    void updatePage();

    QWidget *m_welcome;
    QTabWidget *m_tabs;
};

} // namespace Tessera
