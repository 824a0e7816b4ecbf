#pragma once

#include "models/core/result.h"
#include "models/formats/graphexport.h"
#include "models/lineage/lineagescope.h"
#include "models/pipelines/pipelinestatus.h"
#include "views/shell/documentpage.h"

#include <QColor>
#include <QHash>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Tessera {

class CatalogStore;
class ColumnTraceModel;
class ImpactModel;
class LayoutRunner;
class LineageCanvas;

// The catalog's lineage as a tab: the graph (whole, or a focus with its depth up and down), with
// the impact of a change and a column's trace in a panel below it. Scopes form a history, so
// Back and Forward return to the previous focus.
class LineagePage : public DocumentPage
{
    Q_OBJECT

public:
    // store must outlive the page.
    explicit LineagePage(CatalogStore *store, QWidget *parent = nullptr);
    ~LineagePage() override;

    static QString pageKey() { return QStringLiteral("lineage"); }

    // Reads the catalog's lineage again and draws the current scope of it.
    Status reload();

    LineageScope scope() const { return m_scope; }
    // Shows another scope (added to the page's history).
    void setScope(const LineageScope &scope);
    // Focuses on nodes (keys, product ids or names) with the current depth.
    void focusOn(const QStringList &keys);
    void showWholeGraph();
    // Opens or closes a shown node's neighbours one hop upstream or downstream.
    void toggleExpanded(int node, bool upstream);
    // Shows a product (or a domain) as one node, or its datasets again.
    void setProductCollapsed(const QString &productId, bool collapsed);
    void setDomainCollapsed(const QString &domainId, bool collapsed);

    // The impact of changing a shown node, listed in the panel.
    void showImpact(int node);
    // Traces a column of a shown dataset through the graph.
    void traceColumn(int node, const QString &column);
    void clearTrace();

    // Nodes in the colour of their latest run's state (with failed and late markers either way),
    // or of their domain.
    void setColourByRunState(bool on);
    bool isColouredByRunState() const;
    // The time lateness is measured against (at the next reload); null: the clock's.
    void setReferenceTime(const QDateTime &time);
    const PipelineOverview &runStatus() const { return m_runStatus; }

    enum class ExportScope {
        CurrentView, // what the canvas shows now (for images: the part in view)
        WholeGraph,
    };
    enum class ImageFormat {
        Png,
        Svg,
    };
    // Writes the graph in another tool's format, or as drawn.
    Status exportGraph(const QString &path, GraphExport::Format format, ExportScope scope);
    Status exportImage(const QString &path, ImageFormat format, ExportScope scope);
    Status exportImpactCsv(const QString &path);

    const LineageGraph &fullGraph() const { return m_full; }
    const ScopedLineage &shown() const { return m_shown; }
    LineageCanvas *canvas() const { return m_canvas; }
    ImpactModel *impactModel() const { return m_impact; }
    ColumnTraceModel *traceModel() const { return m_trace; }
    QTabWidget *panel() const { return m_panel; }
    bool isLayoutPending() const { return m_pendingLayout != 0; }

    QString documentKey() const override { return pageKey(); }
    QString documentTitle() const override;
    QIcon documentIcon() const override;
    bool canGoBack() const override;
    bool canGoForward() const override;
    void goBack() override;
    void goForward() override;
    QString detailsHtml() const override;
    void openDetailsLink(const QUrl &url) override;

Q_SIGNALS:
    void layoutFinished(); // the canvas shows the current scope

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar(QWidget *bar);
    QWidget *buildImpactPanel();
    QWidget *buildTracePanel();
    void applyScope(bool fit);
    void layoutFinishedFor(quint64 request, const LayeredLayout::Result &result);
    void setCanvasContent(const LayeredLayout::Result &result);
    void updateControls();
    void updateDomainMenu();
    void updateColumnChoice();
    void showNodeMenu(int node, const QPoint &globalPos);
    void goTo(int index);
    void setGroupCollapsed(QSet<QString> LineageScope::*groups, bool LineageScope::*all, QString LineageNode::*idOf,
                           const QString &id, bool collapsed);
    QList<int> fullNodesOf(int shownNode) const;
    QString nodeTitle(int shownNode) const;

    CatalogStore *m_store;
    LineageGraph m_full;
    LineageScope m_scope;
    ScopedLineage m_shown;
    QList<LineageScope> m_history;
    int m_historyIndex = -1;
    LayoutRunner *m_runner;
    quint64 m_pendingLayout = 0;
    bool m_fitPending = true;
    // The column traced, by the traced dataset's key, so the trace survives a new scope.
    QString m_tracedKey;
    QString m_tracedColumn;
    QHash<QString, QColor> m_domainColours;
    QHash<QString, QString> m_completions; // what the focus field completes -> node key

    LineageCanvas *m_canvas;
    QSplitter *m_splitter;
    QTabWidget *m_panel;
    ImpactModel *m_impact;
    ColumnTraceModel *m_trace;
    QTableView *m_impactView = nullptr;
    QTableView *m_traceView = nullptr;
    QLabel *m_impactSummary = nullptr;
    QLabel *m_traceSummary = nullptr;
    QComboBox *m_columnChoice = nullptr;
    QLineEdit *m_focusField = nullptr;
    QSpinBox *m_upSpin = nullptr;
    QSpinBox *m_downSpin = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_colourBy = nullptr;
    PipelineOverview m_runStatus;
    QHash<QString, NodeRunStatus> m_nodeMarks; // of the nodes shown
    QDateTime m_referenceTime;
    QAction *m_wholeAction = nullptr;
    QAction *m_jobsAction = nullptr;
    QAction *m_externalAction = nullptr;
    QAction *m_minimapAction = nullptr;
    QToolButton *m_domainsButton = nullptr;
    QMenu *m_domainsMenu = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace Tessera
