#include "views/shell/navigatorpanel.h"

#include "views/shell/icons.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Tessera {

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyHint(new QLabel(m_stack))
    , m_tree(new QTreeView(m_stack))
{
    m_search->setObjectName(QStringLiteral("navigatorSearch"));
    m_search->setPlaceholderText(tr("Search products, datasets, columns…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search the catalog"));

    m_emptyHint->setObjectName(QStringLiteral("navigatorEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(12);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Domains and data products"));

    m_stack->addWidget(m_emptyHint);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    setEmptyHint(tr("No catalog is open.\n\nOpen one with File ▸ Open Catalog… or start Tessera with --catalog."));
}

void NavigatorPanel::setEmptyHint(const QString &hint)
{
    m_emptyHint->setText(hint);
}

void NavigatorPanel::showTree(bool show)
{
    m_stack->setCurrentWidget(show ? static_cast<QWidget *>(m_tree) : m_emptyHint);
}

void NavigatorPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Tessera
