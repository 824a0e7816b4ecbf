#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace Tessera {

// The left dock: a search field over the domains → products tree.
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *tree() const { return m_tree; }

    // Shows the tree, or a hint when there is nothing to show.
    void setEmptyHint(const QString &hint);
    void showTree(bool show);

    void focusSearch();

private:
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QLabel *m_emptyHint;
    QTreeView *m_tree;
};

} // namespace Tessera
