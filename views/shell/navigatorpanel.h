#pragma once

#include "models/catalog/search.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace Tessera {

class CatalogStore;
class FacetCounter;
class FacetModel;
class SearchResultModel;

// The left dock: a search field (search as you type) over the domains → products tree; while
// searching, the results instead of the tree. Filters by domain, owner, tag, classification and
// status, with counts computed in the background so typing never waits for them.
class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *tree() const { return m_tree; }
    QTreeView *results() const { return m_results; }
    QTreeView *facetView() const { return m_facetView; }
    QToolButton *filtersButton() const { return m_filters; }
    SearchResultModel *searchResults() const { return m_resultModel; }
    FacetModel *facets() const { return m_facetModel; }

    // The catalog to search (null: none); it must outlive the panel or be replaced first.
    void setStore(CatalogStore *store);

    // Shows the tree, or a hint when there is nothing to show.
    void setEmptyHint(const QString &hint);
    void showTree(bool show);

    void focusSearch();
    // Runs the pending search now (it normally runs shortly after the last key).
    void searchNow();
    bool isSearching() const;

Q_SIGNALS:
    void productActivated(const QString &productId);
    void searchFailed(const Tessera::Error &error);
    void facetsCounted(); // the facet counts for the current search arrived

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void updateView();
    void activate(const QModelIndex &index);

    CatalogStore *m_store = nullptr;
    QLineEdit *m_search;
    QToolButton *m_filters;
    QSplitter *m_splitter;
    QTreeView *m_facetView;
    QStackedWidget *m_stack;
    QLabel *m_emptyHint;
    QTreeView *m_tree;
    QTreeView *m_results;
    QLabel *m_resultInfo;
    QWidget *m_resultPage;
    QTimer *m_debounce;
    SearchResultModel *m_resultModel = nullptr;
    FacetModel *m_facetModel = nullptr;
    FacetCounter *m_facetCounter = nullptr;
    bool m_treeShown = false;
};

} // namespace Tessera
