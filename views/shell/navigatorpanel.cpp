#include "views/shell/navigatorpanel.h"

#include "models/catalog/catalogtreemodel.h"
#include "models/catalog/facetcounter.h"
#include "models/catalog/facetmodel.h"
#include "models/catalog/searchresultmodel.h"
#include "views/catalog/badges.h"
#include "views/shell/icons.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Tessera {

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_filters(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_facetView(new QTreeView(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_emptyHint(new QLabel(m_stack))
    , m_tree(new QTreeView(m_stack))
    , m_results(new QTreeView)
    , m_resultInfo(new QLabel)
    , m_resultPage(new QWidget(m_stack))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("navigatorSearch"));
    m_search->setPlaceholderText(tr("Search products, datasets, columns…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search the catalog"));
    m_search->installEventFilter(this);

    m_filters->setObjectName(QStringLiteral("navigatorFilters"));
    m_filters->setText(tr("Filters"));
    m_filters->setCheckable(true);
    m_filters->setToolTip(tr("Filter by domain, owner team, tag, classification and status"));
    m_filters->setAccessibleName(tr("Show filters"));

    m_facetView->setObjectName(QStringLiteral("navigatorFacets"));
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->setAccessibleName(tr("Filters"));
    m_facetView->hide();
    connect(m_filters, &QToolButton::toggled, this, [this](bool on) {
        m_facetView->setVisible(on);
        if (on)
            runSearch(); // the counts are only kept up to date while the filters show
    });

    m_emptyHint->setObjectName(QStringLiteral("navigatorEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(12);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Domains and data products"));
    m_tree->setItemDelegate(
        new Badges::BadgeDelegate(CatalogTreeModel::StatusRole, CatalogTreeModel::ClassificationRole, m_tree));
    connect(m_tree, &QTreeView::activated, this, &NavigatorPanel::activate);

    m_results->setObjectName(QStringLiteral("navigatorResults"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderHidden(true);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(
        new Badges::BadgeDelegate(SearchResultModel::StatusRole, SearchResultModel::ClassificationRole, m_results));
    connect(m_results, &QTreeView::activated, this, &NavigatorPanel::activate);
    m_resultInfo->setObjectName(QStringLiteral("navigatorResultInfo"));
    m_resultInfo->setForegroundRole(QPalette::PlaceholderText);
    m_resultInfo->setMargin(2);
    auto *resultLayout = new QVBoxLayout(m_resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->setSpacing(2);
    resultLayout->addWidget(m_resultInfo);
    resultLayout->addWidget(m_results, 1);

    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_resultPage);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &NavigatorPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(m_search, 1);
    top->addWidget(m_filters);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    setEmptyHint(tr("No catalog is open.\n\nOpen one with File ▸ Open Catalog… or start Tessera with --catalog."));
}

void NavigatorPanel::setStore(CatalogStore *store)
{
    m_store = store;
    m_results->setModel(nullptr);
    m_facetView->setModel(nullptr);
    delete m_resultModel;
    delete m_facetModel;
    delete m_facetCounter;
    m_resultModel = nullptr;
    m_facetModel = nullptr;
    m_facetCounter = nullptr;
    if (store) {
        m_resultModel = new SearchResultModel(store, this);
        m_facetModel = new FacetModel(store, this);
        m_facetCounter = new FacetCounter(store->location(), store->actor(), this);
        connect(m_facetCounter, &FacetCounter::counted, this, [this](const Facets &facets) {
            m_facetModel->setFacets(facets);
            Q_EMIT facetsCounted();
        });
        connect(m_facetCounter, &FacetCounter::failed, this, &NavigatorPanel::searchFailed);
        m_results->setModel(m_resultModel);
        for (int c = SearchResultModel::DomainColumn; c < SearchResultModel::ColumnCount; ++c)
            m_results->setColumnHidden(c, true);
        m_facetView->setModel(m_facetModel);
        m_facetView->expandAll();
        connect(m_facetModel, &FacetModel::selectionChanged, this, &NavigatorPanel::runSearch);
        // Saved or synced products show up in the results (and counts) while searching.
        auto refresh = [this] {
            if (isSearching())
                m_debounce->start();
        };
        connect(store, &CatalogStore::productChanged, m_resultModel, refresh);
        connect(store, &CatalogStore::externalChange, m_resultModel, refresh);
        connect(m_facetModel, &QAbstractItemModel::rowsInserted, m_facetView, [this](const QModelIndex &parent) {
            m_facetView->expand(parent);
        });
    }
    updateView();
}

void NavigatorPanel::setEmptyHint(const QString &hint)
{
    m_emptyHint->setText(hint);
}

void NavigatorPanel::showTree(bool show)
{
    m_treeShown = show;
    updateView();
}

bool NavigatorPanel::isSearching() const
{
    return m_resultModel && (!m_search->text().trimmed().isEmpty() || (m_facetModel && !m_facetModel->selection().isEmpty()));
}

void NavigatorPanel::updateView()
{
    if (!m_treeShown)
        m_stack->setCurrentWidget(m_emptyHint);
    else if (isSearching())
        m_stack->setCurrentWidget(m_resultPage);
    else
        m_stack->setCurrentWidget(m_tree);
}

void NavigatorPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void NavigatorPanel::searchNow()
{
    if (m_debounce->isActive())
        runSearch();
}

void NavigatorPanel::runSearch()
{
    m_debounce->stop();
    updateView();
    if (!m_resultModel)
        return;
    SearchQuery query;
    query.text = m_search->text();
    query.facets = m_facetModel->selection();
    query.limit = 200;
    if (isSearching()) {
        if (Status found = m_resultModel->setQuery(query); !found) {
            m_resultInfo->setText(found.error().message);
            Q_EMIT searchFailed(found.error());
        } else {
            const int n = m_resultModel->rowCount();
            m_resultInfo->setText(n >= query.limit ? tr("The first %1 matches").arg(n) : tr("%n match(es)", nullptr, n));
            if (n > 0 && !m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_resultModel->index(0, 0));
        }
    }
    if (m_facetView->isVisibleTo(this))
        m_facetCounter->count(query);
}

void NavigatorPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.model() == m_resultModel) {
        Q_EMIT productActivated(m_resultModel->productId(index.row()));
        return;
    }
    if (index.data(CatalogTreeModel::KindRole).value<CatalogTreeModel::Kind>() == CatalogTreeModel::Kind::Product)
        Q_EMIT productActivated(index.data(CatalogTreeModel::IdRole).toString());
    else
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
}

bool NavigatorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, arrows move through what is shown and Enter opens it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        QTreeView *view = isSearching() ? m_results : m_tree;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            searchNow();
            view = isSearching() ? m_results : m_tree;
            view->setFocus(Qt::OtherFocusReason);
            if (!view->currentIndex().isValid() && view->model() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            searchNow();
            view = isSearching() ? m_results : m_tree;
            if (view->currentIndex().isValid())
                activate(view->currentIndex());
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tessera
