#include "views/lineage/lineagepage.h"

#include "models/catalog/catalogstore.h"
#include "models/catalog/presentation.h"
#include "models/lineage/layoutrunner.h"
#include "models/lineage/lineagemodels.h"
#include "models/pipelines/pipelinestatus.h"
#include "views/lineage/lineagecanvas.h"
#include "views/lineage/lineagecolors.h"
#include "views/shell/icons.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QString linkTo(const QString &action, const QString &param, const QString &text)
{
    QString href = QLatin1String("tessera:") + action;
    if (!param.isEmpty())
        href += QLatin1String("?arg=") + QString::fromLatin1(QUrl::toPercentEncoding(param));
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(LineagePage::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent, int sortRole = Qt::DisplayRole)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

} // namespace

LineagePage::LineagePage(CatalogStore *store, QWidget *parent)
    : DocumentPage(parent)
    , m_store(store)
    , m_runner(new LayoutRunner(this))
    , m_canvas(new LineageCanvas(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_panel(new QTabWidget(this))
    , m_impact(new ImpactModel(this))
    , m_trace(new ColumnTraceModel(this))
{
    setObjectName(QStringLiteral("lineagePage"));
    auto *bar = new QWidget(this);
    buildToolBar(bar);

    m_panel->setObjectName(QStringLiteral("lineagePanel"));
    m_panel->setDocumentMode(true);
    m_panel->addTab(buildImpactPanel(), tr("Impact"));
    m_panel->addTab(buildTracePanel(), tr("Column Trace"));
    m_splitter->addWidget(m_canvas);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setSizes({560, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_runner, &LayoutRunner::finished, this, &LineagePage::layoutFinishedFor);
    connect(m_canvas, &LineageCanvas::selectionChanged, this, [this](int node) {
        updateColumnChoice();
        if (node >= 0)
            showImpact(node);
        Q_EMIT detailsChanged();
    });
    connect(m_canvas, &LineageCanvas::nodeActivated, this, [this](int node) {
        const LineageNode &n = m_shown.graph.node(node);
        if (n.kind == LineageNode::Kind::Product)
            setProductCollapsed(n.productId, false);
        else if (n.kind == LineageNode::Kind::Domain)
            setDomainCollapsed(n.domainId, false);
        else
            focusOn({n.key});
    });
    connect(m_canvas, &LineageCanvas::expandRequested, this, &LineagePage::toggleExpanded);
    connect(m_canvas, &LineageCanvas::nodeContextMenuRequested, this, &LineagePage::showNodeMenu);
    connect(m_canvas, &LineageCanvas::zoomChanged, this, &LineagePage::updateControls);
}

LineagePage::~LineagePage() = default;

void LineagePage::buildToolBar(QWidget *bar)
{
    bar->setObjectName(QStringLiteral("lineageBar"));
    QToolBar *tools = new QToolBar(bar);
    QToolBar *focusBar = tools; // the first row: what is shown
    tools->setObjectName(QStringLiteral("lineageToolBar"));
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *back = tools->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this, &LineagePage::goBack);
    back->setObjectName(QStringLiteral("lineageBack"));
    back->setToolTip(tr("The previous view (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    back->setEnabled(false);
    connect(this, &DocumentPage::navigationChanged, back, [this, back] {
        back->setEnabled(canGoBack());
    });
    m_wholeAction
        = tools->addAction(Icons::get(QStringLiteral("lineage")), tr("Whole Graph"), this, &LineagePage::showWholeGraph);
    m_wholeAction->setObjectName(QStringLiteral("lineageWhole"));
    m_wholeAction->setToolTip(tr("Show the lineage of the whole catalog"));

    m_focusField = new QLineEdit(bar);
    m_focusField->setObjectName(QStringLiteral("lineageFocus"));
    m_focusField->setPlaceholderText(tr("Focus on a product, dataset or job…"));
    m_focusField->setClearButtonEnabled(true);
    m_focusField->setAccessibleName(tr("Focus"));
    m_focusField->setMinimumWidth(200);
    m_focusField->setMaximumWidth(320);
    auto *completer = new QCompleter(new QStringListModel(m_focusField), m_focusField);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_focusField->setCompleter(completer);
    connect(m_focusField, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_focusField->text().trimmed();
        if (text.isEmpty()) {
            showWholeGraph();
            return;
        }
        // A completion names one node; other text is resolved as a product, dataset or job name.
        const QString key = m_completions.value(text);
        focusOn({key.isEmpty() ? text : key});
    });
    tools->addWidget(m_focusField);

    auto makeSpin = [&](const QString &objectName, const QString &label, const QString &tip) {
        auto *text = new QLabel(label, bar);
        auto *spin = new QSpinBox(bar);
        spin->setObjectName(objectName);
        spin->setRange(0, 99);
        spin->setToolTip(tip);
        spin->setAccessibleName(tip);
        text->setBuddy(spin);
        tools->addWidget(text);
        tools->addWidget(spin);
        return spin;
    };
    m_upSpin = makeSpin(QStringLiteral("lineageUp"), tr(" &Up "), tr("Hops shown upstream of the focus"));
    m_downSpin = makeSpin(QStringLiteral("lineageDown"), tr(" &Down "), tr("Hops shown downstream of the focus"));
    m_upSpin->setValue(m_scope.up);
    m_downSpin->setValue(m_scope.down);
    auto depthChanged = [this] {
        LineageScope next = m_scope;
        next.up = m_upSpin->value();
        next.down = m_downSpin->value();
        if (next == m_scope)
            return;
        // A change of depth refines the view rather than making a new step in its history.
        m_scope = next;
        if (m_historyIndex >= 0)
            m_history[m_historyIndex] = next;
        applyScope(false);
    };
    connect(m_upSpin, &QSpinBox::valueChanged, this, depthChanged);
    connect(m_downSpin, &QSpinBox::valueChanged, this, depthChanged);
    auto *view = new QToolBar(bar);
    view->setObjectName(QStringLiteral("lineageViewBar"));
    view->setIconSize(QSize(16, 16));
    view->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools = view; // the second row: how the graph is drawn, and exports

    m_grouping = new QComboBox(bar);
    m_grouping->setObjectName(QStringLiteral("lineageGrouping"));
    m_grouping->setAccessibleName(tr("Grouping"));
    m_grouping->addItem(tr("Datasets"));
    m_grouping->addItem(tr("Products"));
    m_grouping->addItem(tr("Domains"));
    m_grouping->setToolTip(tr("Show every dataset, or each product or domain as one node"));
    connect(m_grouping, &QComboBox::activated, this, [this](int index) {
        LineageScope next = m_scope;
        next.collapseAllProducts = index == 1;
        next.collapseAllDomains = index == 2;
        if (index == 0) {
            next.collapsedProducts.clear();
            next.collapsedDomains.clear();
        }
        setScope(next);
    });
    tools->addWidget(m_grouping);

    m_colourBy = new QComboBox(bar);
    m_colourBy->setObjectName(QStringLiteral("lineageColourBy"));
    m_colourBy->setAccessibleName(tr("Colour by"));
    m_colourBy->addItem(tr("Colour by Domain"));
    m_colourBy->addItem(tr("Colour by Run State"));
    m_colourBy->setToolTip(tr("Colour nodes by their domain, or by the latest run of the pipelines behind them"));
    connect(m_colourBy, &QComboBox::activated, this, [this] {
        setColourByRunState(m_colourBy->currentIndex() == 1);
    });
    tools->addWidget(m_colourBy);

    m_jobsAction = tools->addAction(tr("Jobs"));
    m_jobsAction->setObjectName(QStringLiteral("lineageJobs"));
    m_jobsAction->setCheckable(true);
    m_jobsAction->setChecked(true);
    m_jobsAction->setToolTip(tr("Show the jobs between datasets"));
    connect(m_jobsAction, &QAction::triggered, this, [this](bool on) {
        LineageScope next = m_scope;
        next.showJobs = on;
        setScope(next);
    });

    m_domainsButton = new QToolButton(bar);
    m_domainsButton->setObjectName(QStringLiteral("lineageDomains"));
    m_domainsButton->setText(tr("Filter"));
    m_domainsButton->setToolTip(tr("Choose the domains and kinds of datasets shown"));
    m_domainsButton->setPopupMode(QToolButton::InstantPopup);
    m_domainsMenu = new QMenu(m_domainsButton);
    m_domainsButton->setMenu(m_domainsMenu);
    m_externalAction = new QAction(tr("External Datasets"), this);
    m_externalAction->setObjectName(QStringLiteral("lineageExternal"));
    m_externalAction->setCheckable(true);
    m_externalAction->setChecked(true);
    m_externalAction->setToolTip(tr("Show datasets that no product of the catalog offers"));
    connect(m_externalAction, &QAction::triggered, this, [this](bool on) {
        LineageScope next = m_scope;
        next.showExternal = on;
        setScope(next);
    });
    tools->addWidget(m_domainsButton);
    tools->addSeparator();

    QAction *zoomOut = tools->addAction(tr("Zoom Out"), m_canvas, &LineageCanvas::zoomOut);
    zoomOut->setObjectName(QStringLiteral("lineageZoomOut"));
    zoomOut->setToolTip(tr("Zoom out (%1)").arg(QKeySequence(QKeySequence::ZoomOut).toString(QKeySequence::NativeText)));
    QAction *zoomIn = tools->addAction(tr("Zoom In"), m_canvas, &LineageCanvas::zoomIn);
    zoomIn->setObjectName(QStringLiteral("lineageZoomIn"));
    zoomIn->setToolTip(tr("Zoom in (%1)").arg(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
    QAction *fit = tools->addAction(tr("Fit"), m_canvas, &LineageCanvas::fitAll);
    fit->setObjectName(QStringLiteral("lineageFit"));
    fit->setToolTip(tr("Show the whole graph (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_0).toString(QKeySequence::NativeText)));
    m_minimapAction = tools->addAction(tr("Overview"));
    m_minimapAction->setObjectName(QStringLiteral("lineageMinimap"));
    m_minimapAction->setCheckable(true);
    m_minimapAction->setChecked(true);
    m_minimapAction->setToolTip(tr("Show the overview in the corner"));
    connect(m_minimapAction, &QAction::toggled, m_canvas, &LineageCanvas::setMinimapVisible);

    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("lineageExport"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportButton->setMenu(exportMenu);
    struct Choice {
        QString text;
        QString filter;
        std::function<Status(const QString &, ExportScope)> run;
    };
    const QList<Choice> choices{
        {tr("PNG Image…"), tr("PNG images (*.png)"),
         [this](const QString &path, ExportScope s) {
             return exportImage(path, ImageFormat::Png, s);
         }},
        {tr("SVG Drawing…"), tr("SVG drawings (*.svg)"),
         [this](const QString &path, ExportScope s) {
             return exportImage(path, ImageFormat::Svg, s);
         }},
        {tr("Graphviz DOT…"), tr("Graphviz files (*.dot *.gv)"),
         [this](const QString &path, ExportScope s) {
             return exportGraph(path, GraphExport::Format::Dot, s);
         }},
        {tr("GraphML…"), tr("GraphML files (*.graphml)"),
         [this](const QString &path, ExportScope s) {
             return exportGraph(path, GraphExport::Format::GraphMl, s);
         }},
        {tr("Mermaid Flowchart…"), tr("Mermaid files (*.mmd *.md)"),
         [this](const QString &path, ExportScope s) {
             return exportGraph(path, GraphExport::Format::Mermaid, s);
         }},
    };
    for (const ExportScope s : {ExportScope::CurrentView, ExportScope::WholeGraph}) {
        exportMenu->addSection(s == ExportScope::CurrentView ? tr("Current View") : tr("Whole Graph"));
        for (const Choice &choice : choices) {
            exportMenu->addAction(choice.text, this, [this, choice, s] {
                const QString path = QFileDialog::getSaveFileName(this, tr("Export Lineage"), QString(), choice.filter);
                if (path.isEmpty())
                    return;
                if (Status written = choice.run(path, s); !written)
                    QMessageBox::warning(this, tr("Export Lineage"), written.error().toString());
                else
                    Q_EMIT message(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
            });
        }
    }
    tools->addWidget(exportButton);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("lineageCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel->setContentsMargins(8, 0, 8, 0);

    auto *first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->setSpacing(0);
    first->addWidget(focusBar, 1);
    first->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(first);
    layout->addWidget(view);
}

QWidget *LineagePage::buildImpactPanel()
{
    auto *panel = new QWidget(this);
    m_impactSummary = new QLabel(tr("Select a dataset to see what a change to it reaches downstream."), panel);
    m_impactSummary->setObjectName(QStringLiteral("impactSummary"));
    m_impactSummary->setWordWrap(true);
    m_impactView = makeTable(m_impact, QStringLiteral("impactView"), panel, ImpactModel::SortRole);
    m_impactView->setSortingEnabled(true);
    m_impactView->sortByColumn(-1, Qt::AscendingOrder);
    m_impactView->setAccessibleName(tr("Impact"));
    connect(m_impactView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(ImpactModel::KeyRole).toString();
        const int shown = m_shown.graph.indexOf(key);
        if (shown >= 0) {
            m_canvas->setSelectedNode(shown);
            m_canvas->centreOnNode(shown);
        } else {
            focusOn({key});
        }
    });
    auto *csv = new QPushButton(tr("Export CSV…"), panel);
    csv->setObjectName(QStringLiteral("impactCsv"));
    csv->setToolTip(tr("Save the list for a spreadsheet"));
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Impact"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status written = exportImpactCsv(path); !written)
            QMessageBox::warning(this, tr("Export Impact"), written.error().toString());
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_impactSummary, 1);
    top->addWidget(csv);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_impactView, 1);
    return panel;
}

QWidget *LineagePage::buildTracePanel()
{
    auto *panel = new QWidget(this);
    auto *label = new QLabel(tr("&Column:"), panel);
    m_columnChoice = new QComboBox(panel);
    m_columnChoice->setObjectName(QStringLiteral("traceColumn"));
    m_columnChoice->setMinimumContentsLength(18);
    m_columnChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_columnChoice);
    connect(m_columnChoice, &QComboBox::activated, this, [this](int index) {
        const QString column = m_columnChoice->itemData(index).toString();
        if (!column.isEmpty())
            traceColumn(m_canvas->selectedNode(), column);
    });
    m_traceSummary = new QLabel(panel);
    m_traceSummary->setObjectName(QStringLiteral("traceSummary"));
    m_traceSummary->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear"), panel);
    clear->setObjectName(QStringLiteral("traceClear"));
    connect(clear, &QPushButton::clicked, this, &LineagePage::clearTrace);
    m_traceView = makeTable(m_trace, QStringLiteral("traceView"), panel);
    m_traceView->setAccessibleName(tr("Column trace"));
    connect(m_traceView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int shown = m_shown.graph.indexOf(index.data(ColumnTraceModel::FromKeyRole).toString());
        if (shown >= 0) {
            m_canvas->setSelectedNode(shown);
            m_canvas->centreOnNode(shown);
        }
    });
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_columnChoice);
    top->addWidget(m_traceSummary, 1);
    top->addWidget(clear);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_traceView, 1);
    updateColumnChoice();
    return panel;
}

Status LineagePage::reload()
{
    auto input = m_store->lineageInput();
    if (!input)
        return input.error();
    m_full = LineageGraph::build(input.value());
    m_completions.clear();
    for (const LineageNode &n : m_full.nodes())
        m_completions.insert(n.name + QStringLiteral(" — ") + (n.productName.isEmpty() ? n.ns : n.productName), n.key);
    QStringList names = m_completions.keys();
    names.sort(Qt::CaseInsensitive);
    static_cast<QStringListModel *>(m_focusField->completer()->model())->setStringList(names);
    updateDomainMenu();
    QStringList domains;
    for (const LineageNode &n : m_full.nodes())
        domains << n.domainId;
    m_domainColours = LineageColors::forDomains(domains);
    // The runs behind the nodes, for their markers and the colouring by run state.
    if (auto runs = m_store->runs()) {
        const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
        m_runStatus = PipelineOverview::compute(runs.value(), m_full, input.value(), now, now.addDays(-7));
    } else {
        Q_EMIT problem(runs.error());
    }
    if (m_history.isEmpty()) {
        m_history.append(m_scope);
        m_historyIndex = 0;
    }
    applyScope(true);
    return Ok{};
}

void LineagePage::setScope(const LineageScope &scope)
{
    if (scope == m_scope && m_historyIndex >= 0)
        return;
    const bool newFocus = scope.focus != m_scope.focus;
    m_history.resize(m_historyIndex + 1);
    m_history.append(scope);
    m_historyIndex = int(m_history.size()) - 1;
    m_scope = scope;
    applyScope(newFocus);
    Q_EMIT navigationChanged();
}

void LineagePage::focusOn(const QStringList &keys)
{
    LineageScope next = m_scope;
    next.focus = keys;
    next.expandedUp.clear();
    next.expandedDown.clear();
    setScope(next);
}

void LineagePage::showWholeGraph()
{
    LineageScope next = m_scope;
    next.focus.clear();
    next.expandedUp.clear();
    next.expandedDown.clear();
    setScope(next);
}

void LineagePage::toggleExpanded(int node, bool upstream)
{
    if (node < 0 || node >= m_shown.graph.nodeCount())
        return;
    const QString key = m_shown.graph.node(node).key;
    LineageScope next = m_scope;
    if (!next.isFocused())
        return; // the whole graph has nothing hidden to open
    QSet<QString> &set = upstream ? next.expandedUp : next.expandedDown;
    if (set.contains(key))
        set.remove(key);
    else
        set.insert(key);
    setScope(next);
}

void LineagePage::setProductCollapsed(const QString &productId, bool collapsed)
{
    setGroupCollapsed(&LineageScope::collapsedProducts, &LineageScope::collapseAllProducts, &LineageNode::productId, productId,
                      collapsed);
}

void LineagePage::setDomainCollapsed(const QString &domainId, bool collapsed)
{
    setGroupCollapsed(&LineageScope::collapsedDomains, &LineageScope::collapseAllDomains, &LineageNode::domainId, domainId,
                      collapsed);
}

void LineagePage::setGroupCollapsed(QSet<QString> LineageScope::*groups, bool LineageScope::*all, QString LineageNode::*idOf,
                                    const QString &id, bool collapsed)
{
    LineageScope next = m_scope;
    if (collapsed) {
        (next.*groups).insert(id);
    } else {
        (next.*groups).remove(id);
        if (next.*all) {
            // Opening one group out of "all of them": the others stay closed.
            next.*all = false;
            for (const LineageNode &n : m_full.nodes()) {
                if (!(n.*idOf).isEmpty() && n.*idOf != id)
                    (next.*groups).insert(n.*idOf);
            }
        }
    }
    setScope(next);
}

QList<int> LineagePage::fullNodesOf(int shownNode) const
{
    return m_shown.members.value(shownNode);
}

QString LineagePage::nodeTitle(int shownNode) const
{
    if (shownNode < 0 || shownNode >= m_shown.graph.nodeCount())
        return {};
    return m_shown.graph.node(shownNode).name;
}

void LineagePage::showImpact(int node)
{
    QList<int> seeds = fullNodesOf(node);
    m_impact->setImpact(m_full, seeds);
    if (seeds.isEmpty()) {
        m_impactSummary->setText(tr("Select a dataset to see what a change to it reaches downstream."));
        return;
    }
    m_impactSummary->setText(m_impact->impact().datasets.isEmpty()
                                 ? tr("Nothing downstream of %1 depends on it.").arg(nodeTitle(node))
                                 : tr("A change to %1 reaches %2.").arg(nodeTitle(node), m_impact->summary()));
    m_impactView->resizeColumnsToContents();
}

void LineagePage::traceColumn(int node, const QString &column)
{
    if (node < 0 || node >= m_shown.graph.nodeCount() || m_shown.graph.node(node).kind != LineageNode::Kind::Dataset)
        return;
    const QList<int> members = fullNodesOf(node);
    if (members.size() != 1)
        return;
    m_tracedKey = m_shown.graph.node(node).key;
    m_tracedColumn = column;
    m_trace->setTrace(m_full, members.first(), column);
    m_canvas->setColumnTrace(LineageWalk::traceColumn(m_shown.graph, node, column));
    const int upstream = int(
        std::count_if(m_trace->trace().columns.cbegin(), m_trace->trace().columns.cend(), [](const LineageWalk::ColumnRef &r) {
            return r.distance < 0;
        }));
    const int downstream = int(m_trace->trace().columns.size()) - upstream - 1;
    m_traceSummary->setText(tr("%1 is computed from %n column(s)", nullptr, upstream)
                                .arg(ColumnTraceModel::columnText(m_full, members.first(), column))
                            + QLatin1String("; ") + tr("%n column(s) are computed from it.", nullptr, downstream));
    m_traceView->resizeColumnsToContents();
    if (m_canvas->selectedNode() == node) {
        const int at = m_columnChoice->findData(column);
        if (at >= 0)
            m_columnChoice->setCurrentIndex(at);
    }
    m_panel->setCurrentIndex(1);
    Q_EMIT detailsChanged();
}

void LineagePage::clearTrace()
{
    m_tracedKey.clear();
    m_tracedColumn.clear();
    m_trace->clear();
    m_canvas->setColumnTrace({});
    m_traceSummary->clear();
    updateColumnChoice();
}

void LineagePage::applyScope(bool fit)
{
    m_shown = ScopedLineage::apply(m_full, m_scope);
    if (!m_shown.unresolved.isEmpty())
        Q_EMIT message(tr("Nothing in the lineage is called %1.").arg(m_shown.unresolved.join(QStringLiteral(", "))));
    LayeredLayout::Input input;
    const LineageGraph &g = m_shown.graph;
    input.sizes.reserve(g.nodeCount());
    input.keys.reserve(g.nodeCount());
    for (const LineageNode &n : g.nodes()) {
        input.sizes.append(GraphExport::cardSize(n));
        input.keys.append(n.key);
    }
    for (const LineageGraph::Edge &e : g.edges())
        input.edges.append({e.from, e.to});
    // Nodes already on the canvas stay where they are, as far as the layout can keep them.
    if (!fit) {
        const LineageGraph &before = m_canvas->graph();
        const LayeredLayout::Result &placed = m_canvas->layout();
        for (int i = 0; i < before.nodeCount() && i < placed.centres.size(); ++i)
            input.previous.insert(before.node(i).key, placed.centres.at(i));
    }
    m_fitPending = m_fitPending || fit;
    m_pendingLayout = m_runner->start(std::move(input));
    m_countLabel->setText(tr("Laying out %n node(s)…", nullptr, int(g.nodeCount())));
    updateControls();
}

void LineagePage::setCanvasContent(const LayeredLayout::Result &result)
{
    LineageCanvas::Content content;
    content.graph = m_shown.graph;
    content.layout = result;
    content.hiddenUpstream = m_shown.hiddenUpstream;
    content.hiddenDownstream = m_shown.hiddenDownstream;
    content.expandedUpstream = m_scope.expandedUp;
    content.expandedDownstream = m_scope.expandedDown;
    // Expanded groups are named by their keys too.
    content.seeds = m_shown.seeds;
    content.domainColours = m_domainColours;
    m_nodeMarks = m_runStatus.nodeStatus(m_shown.graph);
    content.runStatus = m_nodeMarks;
    content.colourByRunState = m_colourBy && m_colourBy->currentIndex() == 1;
    const QPointF centreBefore = m_canvas->visibleRect().center();
    m_canvas->setContent(std::move(content));
    if (m_fitPending) {
        m_canvas->fitAll();
        if (!m_shown.seeds.isEmpty() && m_canvas->zoom() < 0.6) {
            m_canvas->setZoom(0.8);
            m_canvas->centreOnNode(m_shown.seeds.first());
        }
    } else {
        m_canvas->centerOn(centreBefore);
    }
    m_fitPending = false;
    if (!m_tracedKey.isEmpty()) {
        const int traced = m_shown.graph.indexOf(m_tracedKey);
        m_canvas->setColumnTrace(traced >= 0 ? LineageWalk::traceColumn(m_shown.graph, traced, m_tracedColumn)
                                             : LineageWalk::ColumnTrace());
    }
}

void LineagePage::layoutFinishedFor(quint64 request, const LayeredLayout::Result &result)
{
    if (request != m_pendingLayout)
        return;
    m_pendingLayout = 0;
    setCanvasContent(result);
    const int cycles = int(LineageWalk::cycles(m_shown.graph).size());
    QString counts = tr("%n node(s)", nullptr, int(m_shown.graph.nodeCount())) + QStringLiteral(" · ")
        + tr("%n edge(s)", nullptr, int(m_shown.graph.edgeCount()));
    if (m_scope.isFocused())
        counts += QStringLiteral(" · ") + tr("of %n", nullptr, int(m_full.nodeCount()));
    if (cycles > 0)
        counts += QStringLiteral(" · ") + tr("%n cycle(s)", nullptr, cycles);
    m_countLabel->setText(counts);
    m_countLabel->setToolTip(cycles > 0 ? tr("Data flows back in a circle here; the edges drawn dashed in red close the circles.")
                                        : QString());
    updateControls();
    Q_EMIT titleChanged();
    Q_EMIT detailsChanged();
    Q_EMIT layoutFinished();
}

void LineagePage::setColourByRunState(bool on)
{
    {
        const QSignalBlocker quiet(m_colourBy);
        m_colourBy->setCurrentIndex(on ? 1 : 0);
    }
    if (m_pendingLayout == 0 && m_canvas->graph().nodeCount() == m_shown.graph.nodeCount()) {
        const QPointF centre = m_canvas->visibleRect().center();
        const double zoom = m_canvas->zoom();
        setCanvasContent(LayeredLayout::Result(m_canvas->layout()));
        m_canvas->setZoom(zoom);
        m_canvas->centerOn(centre);
    }
}

bool LineagePage::isColouredByRunState() const
{
    return m_colourBy->currentIndex() == 1;
}

void LineagePage::setReferenceTime(const QDateTime &time)
{
    m_referenceTime = time;
}

void LineagePage::updateControls()
{
    const QSignalBlocker quietUp(m_upSpin);
    const QSignalBlocker quietDown(m_downSpin);
    m_upSpin->setValue(m_scope.up);
    m_downSpin->setValue(m_scope.down);
    m_upSpin->setEnabled(m_scope.isFocused());
    m_downSpin->setEnabled(m_scope.isFocused());
    m_wholeAction->setEnabled(m_scope.isFocused());
    m_grouping->setCurrentIndex(m_scope.collapseAllDomains ? 2 : m_scope.collapseAllProducts ? 1 : 0);
    m_jobsAction->setChecked(m_scope.showJobs);
    m_externalAction->setChecked(m_scope.showExternal);
    const QList<QAction *> domainActions = m_domainsMenu->actions();
    for (QAction *a : domainActions) {
        if (a->isCheckable() && a != m_externalAction)
            a->setChecked(!m_scope.hiddenDomains.contains(a->data().toString()));
    }
    const int hidden = int(m_scope.hiddenDomains.size()) + (m_scope.showExternal ? 0 : 1);
    m_domainsButton->setText(hidden > 0 ? tr("Filter (%1)").arg(hidden) : tr("Filter"));
    if (!m_focusField->hasFocus()) {
        QStringList names;
        for (int s : m_shown.seeds)
            names << m_shown.graph.node(s).name;
        m_focusField->setText(names.isEmpty() ? m_scope.focus.join(QStringLiteral(", ")) : names.join(QStringLiteral(", ")));
    }
}

void LineagePage::updateDomainMenu()
{
    m_domainsMenu->clear();
    m_domainsMenu->addSection(tr("Domains"));
    QMap<QString, QString> domains; // name -> id, sorted by name
    for (const LineageNode &n : m_full.nodes()) {
        if (!n.domainId.isEmpty())
            domains.insert(n.domainName, n.domainId);
    }
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        QAction *a = m_domainsMenu->addAction(it.key());
        a->setObjectName(QLatin1String("lineageDomain-") + it.value());
        a->setData(it.value());
        a->setCheckable(true);
        a->setChecked(!m_scope.hiddenDomains.contains(it.value()));
        connect(a, &QAction::triggered, this, [this, id = it.value()](bool on) {
            LineageScope next = m_scope;
            if (on)
                next.hiddenDomains.remove(id);
            else
                next.hiddenDomains.insert(id);
            setScope(next);
        });
    }
    m_domainsMenu->addSection(tr("Kinds"));
    m_domainsMenu->addAction(m_externalAction);
    m_domainsMenu->addAction(m_jobsAction);
    m_domainsMenu->addSeparator();
    m_domainsMenu->addAction(tr("Show Everything"), this, [this] {
        LineageScope next = m_scope;
        next.hiddenDomains.clear();
        next.showExternal = true;
        next.showJobs = true;
        setScope(next);
    });
}

void LineagePage::updateColumnChoice()
{
    m_columnChoice->clear();
    const int node = m_canvas->selectedNode();
    const bool dataset = node >= 0 && node < m_shown.graph.nodeCount()
        && m_shown.graph.node(node).kind == LineageNode::Kind::Dataset && !m_shown.graph.node(node).columns.isEmpty();
    if (!dataset) {
        m_columnChoice->addItem(tr("Select a dataset with columns"));
        m_columnChoice->setEnabled(false);
        return;
    }
    m_columnChoice->setEnabled(true);
    m_columnChoice->addItem(tr("Choose a column of %1").arg(m_shown.graph.node(node).name));
    for (const QString &c : m_shown.graph.node(node).columns)
        m_columnChoice->addItem(c, c);
    if (m_tracedKey == m_shown.graph.node(node).key) {
        const int at = m_columnChoice->findData(m_tracedColumn);
        if (at >= 0)
            m_columnChoice->setCurrentIndex(at);
    }
}

void LineagePage::showNodeMenu(int node, const QPoint &globalPos)
{
    QMenu menu(this);
    if (node < 0) {
        menu.addAction(tr("Fit"), m_canvas, &LineageCanvas::fitAll);
        if (m_scope.isFocused())
            menu.addAction(tr("Whole Graph"), this, &LineagePage::showWholeGraph);
        menu.exec(globalPos);
        return;
    }
    const LineageNode &n = m_shown.graph.node(node);
    menu.addAction(tr("Focus Here"), this, [this, key = n.key] {
        focusOn({key});
    });
    if (m_scope.isFocused()) {
        for (const bool up : {true, false}) {
            const bool open = (up ? m_scope.expandedUp : m_scope.expandedDown).contains(n.key);
            const int hidden = (up ? m_shown.hiddenUpstream : m_shown.hiddenDownstream).value(node);
            if (open || hidden > 0) {
                const QString text = open ? (up ? tr("Close Upstream") : tr("Close Downstream"))
                                          : (up ? tr("Open Upstream (%1)") : tr("Open Downstream (%1)")).arg(hidden);
                menu.addAction(text, this, [this, node, up] {
                    toggleExpanded(node, up);
                });
            }
        }
    }
    menu.addSeparator();
    if (n.kind == LineageNode::Kind::Product) {
        menu.addAction(tr("Show Datasets of %1").arg(n.name), this, [this, id = n.productId] {
            setProductCollapsed(id, false);
        });
    } else if (n.kind == LineageNode::Kind::Domain) {
        menu.addAction(tr("Show Products of %1").arg(n.name), this, [this, id = n.domainId] {
            setDomainCollapsed(id, false);
        });
    } else {
        if (!n.productId.isEmpty())
            menu.addAction(tr("Collapse Product %1").arg(n.productName), this, [this, id = n.productId] {
                setProductCollapsed(id, true);
            });
        if (!n.domainId.isEmpty())
            menu.addAction(tr("Collapse Domain %1").arg(n.domainName), this, [this, id = n.domainId] {
                setDomainCollapsed(id, true);
            });
    }
    menu.addSeparator();
    menu.addAction(tr("Show Impact"), this, [this, node] {
        showImpact(node);
        m_panel->setCurrentIndex(0);
    });
    if (n.kind == LineageNode::Kind::Dataset && !n.columns.isEmpty()) {
        QMenu *columns = menu.addMenu(tr("Trace Column"));
        for (const QString &c : n.columns) {
            columns->addAction(c, this, [this, node, c] {
                traceColumn(node, c);
            });
        }
    }
    if (!n.productId.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Open Product %1").arg(n.productName), this, [this, id = n.productId] {
            Q_EMIT openProductRequested(id);
        });
    }
    menu.exec(globalPos);
}

Status LineagePage::exportGraph(const QString &path, GraphExport::Format format, ExportScope scope)
{
    const LineageGraph &graph = scope == ExportScope::WholeGraph ? m_full : m_shown.graph;
    GraphExport::Options options;
    options.title = scope == ExportScope::WholeGraph ? tr("Lineage") : documentTitle();
    if (format == GraphExport::Format::Svg)
        return exportImage(path, ImageFormat::Svg, scope);
    // The current view's GraphML keeps its positions.
    const bool asDrawn = scope == ExportScope::CurrentView && !isLayoutPending();
    const QByteArray data = GraphExport::write(format, graph, options, asDrawn ? &m_canvas->layout() : nullptr);
    return writeFile(path, data);
}

Status LineagePage::exportImage(const QString &path, ImageFormat format, ExportScope scope)
{
    // The whole graph, when the canvas shows a part of it, is drawn by a canvas of its own.
    std::unique_ptr<LineageCanvas> other;
    LineageCanvas *canvas = m_canvas;
    if (scope == ExportScope::WholeGraph && (m_scope.isFocused() || m_shown.graph.nodeCount() != m_full.nodeCount())) {
        other = std::make_unique<LineageCanvas>();
        other->setPalette(palette());
        LineageCanvas::Content content;
        content.graph = m_full;
        content.layout = GraphExport::layout(m_full);
        other->setContent(std::move(content));
        canvas = other.get();
    }
    const bool whole = scope == ExportScope::WholeGraph;
    QRectF source = whole ? canvas->graphRect() : canvas->visibleRect();
    // Whole graphs at full size (cards), within what an image can hold; the view as it is drawn.
    double scale = whole ? std::min(1.0, 16000.0 / std::max(source.width(), source.height())) : canvas->zoom();
    const QSize size = (source.size() * scale).toSize().expandedTo(QSize(1, 1));
    if (format == ImageFormat::Png) {
        const qreal ratio = whole ? 1.0 : 2.0;
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return Error(tr("The image of %1 × %2 pixels is too large to make.").arg(size.width()).arg(size.height()));
        image.setDevicePixelRatio(ratio);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::TextAntialiasing);
            canvas->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return Error(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return Ok{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Lineage"));
        svg.setDescription(tr("Exported from Tessera"));
        QPainter painter(&svg);
        canvas->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    if (!file.commit())
        return Error(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

Status LineagePage::exportImpactCsv(const QString &path)
{
    return writeFile(path, m_impact->csv());
}

QString LineagePage::documentTitle() const
{
    if (!m_scope.isFocused())
        return tr("Lineage");
    QStringList names;
    for (int s : m_shown.seeds)
        names << m_shown.graph.node(s).name;
    return tr("Lineage: %1").arg(names.isEmpty() ? m_scope.focus.join(QStringLiteral(", ")) : names.join(QStringLiteral(", ")));
}

QIcon LineagePage::documentIcon() const
{
    return Icons::get(QStringLiteral("lineage"));
}

bool LineagePage::canGoBack() const
{
    return m_historyIndex > 0;
}

bool LineagePage::canGoForward() const
{
    return m_historyIndex >= 0 && m_historyIndex + 1 < m_history.size();
}

void LineagePage::goBack()
{
    if (canGoBack())
        goTo(m_historyIndex - 1);
}

void LineagePage::goForward()
{
    if (canGoForward())
        goTo(m_historyIndex + 1);
}

void LineagePage::goTo(int index)
{
    const bool newFocus = m_history.at(index).focus != m_scope.focus;
    m_historyIndex = index;
    m_scope = m_history.at(index);
    applyScope(newFocus);
    Q_EMIT navigationChanged();
}

QString LineagePage::detailsHtml() const
{
    const int node = m_canvas->selectedNode();
    if (node < 0 || node >= m_shown.graph.nodeCount())
        return {};
    const LineageNode &n = m_shown.graph.node(node);
    QString html = QStringLiteral("<h3>%1</h3>").arg(n.name.toHtmlEscaped());
    QString kind;
    switch (n.kind) {
    case LineageNode::Kind::Dataset:
        kind = tr("Dataset");
        break;
    case LineageNode::Kind::Job:
        kind = tr("Job");
        break;
    case LineageNode::Kind::Product:
        kind = tr("Product, collapsed");
        break;
    case LineageNode::Kind::Domain:
        kind = tr("Domain, collapsed");
        break;
    }
    if (n.external)
        kind = tr("External dataset");
    else if (n.fromPorts)
        kind = tr("Processing of %1 (from its input ports)").arg(n.productName);
    html += QStringLiteral("<p>%1</p><table cellspacing=\"0\" cellpadding=\"2\">").arg(kind.toHtmlEscaped());
    auto row = [&html](const QString &label, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), valueHtml);
    };
    if (!n.productId.isEmpty())
        row(tr("Product"), linkTo(QStringLiteral("product"), n.productId, n.productName));
    row(tr("Domain"), n.domainName.toHtmlEscaped());
    row(tr("Team"), n.teamName.toHtmlEscaped());
    if (n.status)
        row(tr("Status"), Catalog::statusName(*n.status).toHtmlEscaped());
    if (const NodeRunStatus mark = m_nodeMarks.value(n.key); !mark.text.isEmpty())
        row(tr("Pipelines"), mark.text.toHtmlEscaped());
    row(tr("Namespace"), n.ns.toHtmlEscaped());
    if (n.qualifiedName != n.name)
        row(tr("Name"), n.qualifiedName.toHtmlEscaped());
    row(tr("Type"), n.physicalType.toHtmlEscaped());
    if (n.members > 1)
        row(tr("Stands for"), tr("%n node(s)", nullptr, n.members).toHtmlEscaped());
    const int inputs = int(m_shown.graph.predecessors(node).size());
    const int outputs = int(m_shown.graph.successors(node).size());
    row(tr("Inputs"),
        QString::number(inputs)
            + (m_shown.hiddenUpstream.value(node) > 0
                   ? QStringLiteral(" ") + tr("(%n more not shown)", nullptr, m_shown.hiddenUpstream.value(node)).toHtmlEscaped()
                   : QString()));
    row(tr("Outputs"),
        QString::number(outputs)
            + (m_shown.hiddenDownstream.value(node) > 0 ? QStringLiteral(" ")
                       + tr("(%n more not shown)", nullptr, m_shown.hiddenDownstream.value(node)).toHtmlEscaped()
                                                        : QString()));
    html += QStringLiteral("</table><p>");
    QStringList actions{linkTo(QStringLiteral("focus"), n.key, tr("Focus here")),
                        linkTo(QStringLiteral("impact"), n.key, tr("Show impact"))};
    if (!n.productId.isEmpty())
        actions << linkTo(QStringLiteral("product"), n.productId, tr("Open product"));
    html += actions.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    if (n.kind == LineageNode::Kind::Dataset && !n.columns.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><p>").arg(tr("Columns: click one to trace it").toHtmlEscaped());
        QStringList columns;
        for (const QString &c : n.columns) {
            const bool traced = n.key == m_tracedKey && c == m_tracedColumn;
            const QString link = linkTo(QStringLiteral("trace"), c, c);
            columns << (traced ? QStringLiteral("<b>%1</b>").arg(link) : link);
        }
        html += columns.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return html;
}

void LineagePage::openDetailsLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("tessera"))
        return;
    const QString arg = QUrlQuery(url).queryItemValue(QStringLiteral("arg"), QUrl::FullyDecoded);
    const QString action = url.path();
    const int node = m_canvas->selectedNode();
    if (action == QLatin1String("product"))
        Q_EMIT openProductRequested(arg);
    else if (action == QLatin1String("focus"))
        focusOn({arg});
    else if (action == QLatin1String("impact") && node >= 0) {
        showImpact(node);
        m_panel->setCurrentIndex(0);
    } else if (action == QLatin1String("trace") && node >= 0)
        traceColumn(node, arg);
}

void LineagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        Q_EMIT titleChanged();
    DocumentPage::changeEvent(event);
}

} // namespace Tessera
