// The lineage view as a person uses it: open it, focus, change the depth, open neighbours with
// the handles, group and filter, zoom and pan with mouse, keys and gestures, hover and select,
// trace a column, see the impact, export.

#include "models/catalog/catalogstore.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "models/federation/samplemesh.h"
#include "models/lineage/lineagemodels.h"
#include "views/catalog/productpage.h"
#include "views/lineage/lineagecanvas.h"
#include "views/lineage/lineagepage.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"

#include "tests/testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QProcess>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestLineagePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    LineagePage *openLineage(const QStringList &focus = {})
    {
        LineagePage *page = m_window->openLineage(focus);
        if (!page)
            return nullptr;
        waitForLayout(page);
        return page;
    }

    static bool waitForLayout(LineagePage *page)
    {
        return QTest::qWaitFor(
            [page] {
                return !page->isLayoutPending();
            },
            10000);
    }

    static int countKind(const LineageGraph &g, LineageNode::Kind kind)
    {
        return int(std::count_if(g.nodes().cbegin(), g.nodes().cend(), [kind](const LineageNode &n) {
            return n.kind == kind;
        }));
    }

    // Where a scene point is in the canvas's viewport.
    static QPoint at(LineageCanvas *canvas, const QPointF &scenePos) { return canvas->mapFromScene(scenePos); }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, u"en"_s);
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(u"mesh.tessera"_s);
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_catalog), u"setup"_s);
        QVERIFY(store.ok());
        QVERIFY(SampleMesh::importInto(*store.value()).ok());
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(*m_settings);
        QVERIFY(m_window->openCatalog(CatalogLocation::sqliteFile(m_catalog)).ok());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void opensFromTheWindowAndFromAProduct()
    {
        // Ctrl+L opens the whole graph.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        auto *page = qobject_cast<LineagePage *>(m_window->documents()->currentPage());
        QVERIFY(page);
        QVERIFY(waitForLayout(page));
        QCOMPARE(page->documentTitle(), u"Lineage"_s);
        QCOMPARE(page->shown().graph.nodeCount(), page->fullGraph().nodeCount());
        QVERIFY(page->fullGraph().nodeCount() >= 60);
        LineageCanvas *canvas = page->canvas();
        QCOMPARE(canvas->graph().nodeCount(), page->fullGraph().nodeCount());
        QCOMPARE(canvas->layout().centres.size(), page->fullGraph().nodeCount());
        QVERIFY(page->findChild<QLabel *>(u"lineageCount"_s)->text().contains(QString::number(page->fullGraph().nodeCount())));
        // The legend names the domains.
        QVERIFY(canvas->legend()->isVisible());
        QVERIFY(canvas->legend()->accessibleName().contains(u"Sales"_s));

        // A product page's Lineage button focuses on the product, in the same tab.
        ProductPage *product = m_window->openProduct(u"sales.orders"_s);
        QVERIFY(product);
        product->findChild<QAction *>(u"productLineage"_s)->trigger();
        QCOMPARE(m_window->documents()->currentPage(), page);
        QVERIFY(waitForLayout(page));
        QCOMPARE(page->scope().focus, QStringList{u"sales.orders"_s});
        QCOMPARE(page->documentTitle(), u"Lineage: orders"_s);
        QVERIFY(page->shown().graph.nodeCount() < page->fullGraph().nodeCount());
        QCOMPARE(page->shown().seeds.size(), 1);
        // Back returns to the whole graph.
        QVERIFY(page->canGoBack());
        page->goBack();
        QVERIFY(waitForLayout(page));
        QVERIFY(!page->scope().isFocused());
        QCOMPARE(page->shown().graph.nodeCount(), page->fullGraph().nodeCount());
    }

    void focusDepthHandlesGroupsAndFilters()
    {
        LineagePage *page = openLineage({u"dataset:sales.orders/orders"_s});
        QVERIFY(page);
        LineageCanvas *canvas = page->canvas();
        const int orders = page->shown().graph.indexOf(u"dataset:sales.orders/orders"_s);
        QVERIFY(orders >= 0);
        QVERIFY(!page->shown().graph.predecessors(orders).empty());

        // No depth upstream: orders' inputs leave; its card offers them with a handle.
        auto *up = page->findChild<QSpinBox *>(u"lineageUp"_s);
        up->setValue(0);
        QVERIFY(waitForLayout(page));
        const int ordersNow = page->shown().graph.indexOf(u"dataset:sales.orders/orders"_s);
        QVERIFY(page->shown().graph.predecessors(ordersNow).empty());
        QVERIFY(page->shown().hiddenUpstream.at(ordersNow) > 0);

        // Clicking the handle on its left side opens them; clicking again closes them.
        const int before = int(page->shown().graph.nodeCount());
        canvas->setZoom(1.0);
        canvas->centreOnNode(ordersNow);
        QRectF card = canvas->nodeRect(ordersNow);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at(canvas, QPointF(card.left(), card.center().y())));
        QVERIFY(waitForLayout(page));
        QVERIFY(page->scope().expandedUp.contains(u"dataset:sales.orders/orders"_s));
        QVERIFY(page->shown().graph.nodeCount() > before);
        int o = page->shown().graph.indexOf(u"dataset:sales.orders/orders"_s);
        QVERIFY(!page->shown().graph.predecessors(o).empty());
        // Existing nodes stay where they were.
        QVERIFY(QLineF(canvas->nodeRect(o).center(), card.center()).length() < 150);
        card = canvas->nodeRect(o);
        canvas->centreOnNode(o);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at(canvas, QPointF(card.left(), card.center().y())));
        QVERIFY(waitForLayout(page));
        QCOMPARE(page->shown().graph.nodeCount(), before);
        up->setValue(2);
        QVERIFY(waitForLayout(page));

        // Products as one node each: no dataset of a product is left on its own.
        auto *grouping = page->findChild<QComboBox *>(u"lineageGrouping"_s);
        grouping->setCurrentIndex(1);
        Q_EMIT grouping->activated(1);
        QVERIFY(waitForLayout(page));
        const LineageGraph &products = page->shown().graph;
        QVERIFY(countKind(products, LineageNode::Kind::Product) >= 5);
        for (const LineageNode &n : products.nodes())
            QVERIFY2(n.kind != LineageNode::Kind::Dataset || n.productId.isEmpty(), qPrintable(n.key));
        // Double-clicking a product shows its datasets again.
        const int salesOrders = products.indexOf(u"product:sales.orders"_s);
        QVERIFY(salesOrders >= 0);
        canvas->setZoom(1.0);
        canvas->centreOnNode(salesOrders);
        QTest::mouseDClick(canvas->viewport(), Qt::LeftButton, {}, at(canvas, canvas->nodeRect(salesOrders).center()));
        QVERIFY(waitForLayout(page));
        QVERIFY(page->shown().graph.indexOf(u"dataset:sales.orders/orders"_s) >= 0);
        QCOMPARE(page->shown().graph.indexOf(u"product:sales.orders"_s), -1);
        QVERIFY(page->shown().graph.indexOf(u"product:finance.invoices"_s) >= 0);

        // Domains as one node each.
        grouping->setCurrentIndex(2);
        Q_EMIT grouping->activated(2);
        QVERIFY(waitForLayout(page));
        QVERIFY(page->shown().graph.indexOf(u"domain:finance"_s) >= 0);
        // Domains feed each other both ways: those circles are drawn, with the edges closing them marked.
        const bool circles = !LineageWalk::cycles(page->shown().graph).isEmpty();
        QCOMPARE(canvas->layout().reversed.contains(true), circles);
        QCOMPARE(page->findChild<QLabel *>(u"lineageCount"_s)->text().contains(u"cycle"_s), circles);
        grouping->setCurrentIndex(0);
        Q_EMIT grouping->activated(0);
        QVERIFY(waitForLayout(page));
        QCOMPARE(countKind(page->shown().graph, LineageNode::Kind::Product), 0);

        // Filters: a domain, then jobs.
        page->findChild<QAction *>(u"lineageDomain-finance"_s)->trigger();
        QVERIFY(waitForLayout(page));
        for (const LineageNode &n : page->shown().graph.nodes())
            QVERIFY(n.domainId != u"finance"_s);
        page->findChild<QAction *>(u"lineageJobs"_s)->trigger();
        QVERIFY(waitForLayout(page));
        QCOMPARE(countKind(page->shown().graph, LineageNode::Kind::Job), 0);
        QVERIFY(page->shown().graph.edgeCount() > 0);

        // The whole graph again, then Back through the steps.
        page->showWholeGraph();
        QVERIFY(waitForLayout(page));
        QVERIFY(!page->scope().isFocused());
        page->goBack();
        QVERIFY(waitForLayout(page));
        QVERIFY(page->scope().isFocused());
        QVERIFY(!page->scope().showJobs);
    }

    void zoomPanHoverSelect()
    {
        LineagePage *page = openLineage();
        QVERIFY(page);
        LineageCanvas *canvas = page->canvas();
        canvas->setFocus();
        canvas->fitAll();
        const double fit = canvas->zoom();
        QVERIFY(canvas->visibleRect().contains(canvas->graphRect().adjusted(20, 20, -20, -20)));

        // Keys.
        QTest::keySequence(canvas, QKeySequence::ZoomIn);
        QVERIFY(canvas->zoom() > fit * 1.2);
        QTest::keySequence(canvas, QKeySequence::ZoomOut);
        QVERIFY(qAbs(canvas->zoom() - fit) < 1e-6);
        QTest::keySequence(canvas, QKeySequence::ZoomIn);
        QTest::keySequence(canvas, QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(qAbs(canvas->zoom() - fit) < 1e-6);

        // The wheel zooms about the pointer: the scene point under it stays put.
        const QPoint pointer = canvas->viewport()->rect().center() + QPoint(100, 40);
        const QPointF under = canvas->mapToScene(pointer);
        QWheelEvent wheel(pointer, canvas->viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas->viewport(), &wheel);
        QVERIFY(canvas->zoom() > fit);
        QVERIFY(QLineF(canvas->mapToScene(pointer), under).length() < 2 / canvas->zoom());

        // A pinch on a touchpad.
        const double beforePinch = canvas->zoom();
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, QPointF(pointer),
                                  QPointF(pointer), QPointF(pointer), 0.5, QPointF());
        QApplication::sendEvent(canvas->viewport(), &pinch);
        QVERIFY(qAbs(canvas->zoom() - beforePinch * 1.5) < 1e-6);

        // Dragging pans.
        canvas->setZoom(1.0);
        canvas->centerOn(canvas->graphRect().center());
        const int h = canvas->horizontalScrollBar()->value();
        const QPoint start = canvas->viewport()->rect().center();
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(-120, 0)),
                         canvas->viewport()->mapToGlobal(QPointF(start + QPoint(-120, 0))), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas->viewport(), &move);
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, start + QPoint(-120, 0));
        QCOMPARE(canvas->horizontalScrollBar()->value(), h + 120);
        QCOMPARE(canvas->selectedNode(), -1); // a drag selects nothing

        // Hovering a node highlights its paths: everything it reads from and feeds.
        const LineageGraph &g = canvas->graph();
        const int orders = g.indexOf(u"dataset:sales.orders/orders"_s);
        canvas->centreOnNode(orders);
        const QPoint ordersAt = at(canvas, canvas->nodeRect(orders).center());
        QTest::mouseMove(canvas->viewport(), ordersAt);
        QTRY_COMPARE(canvas->hoveredNode(), orders);
        const QList<int> lit = canvas->highlightedNodes();
        QVERIFY(lit.contains(orders));
        for (int s : g.successors(orders))
            QVERIFY(lit.contains(s));
        for (int p : g.predecessors(orders))
            QVERIFY(lit.contains(p));
        QVERIFY(lit.size() < g.nodeCount());
        QCOMPARE(canvas->nodeAt(canvas->nodeRect(orders).center()), orders);
        QCOMPARE(canvas->nodeAt(canvas->graphRect().topLeft() - QPointF(50, 50)), -1);

        // A click selects; the details dock tells about it, with its columns to trace.
        auto *details = m_window->findChild<QTextBrowser *>(u"detailsBrowser"_s);
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, ordersAt);
        QCOMPARE(canvas->selectedNode(), orders);
        QVERIFY(details->isVisible());
        QVERIFY(details->toPlainText().contains(u"orders"_s));
        QVERIFY(details->toPlainText().contains(u"Sales Data"_s));
        QVERIFY(details->toHtml().contains(u"tessera:trace?arg=total_amount"_s));
        page->openDetailsLink(QUrl(u"tessera:trace?arg=total_amount"_s));
        QVERIFY(canvas->hasColumnTrace());
        QVERIFY(page->traceModel()->rowCount() > 0);
        QCOMPARE(page->panel()->currentIndex(), 1);
        // Escape clears the selection; the details say so.
        QTest::keyClick(canvas, Qt::Key_Escape);
        QCOMPARE(canvas->selectedNode(), -1);
        QVERIFY(!details->isVisible());

        // How much is drawn follows the zoom.
        QCOMPARE(LineageCanvas::detailFor(0.1), LineageCanvas::Detail::Boxes);
        QCOMPARE(LineageCanvas::detailFor(0.4), LineageCanvas::Detail::Names);
        QCOMPARE(LineageCanvas::detailFor(1.0), LineageCanvas::Detail::Cards);
    }

    void traceImpactAndExports()
    {
        LineagePage *page = openLineage({u"dataset:sales.orders/orders"_s});
        QVERIFY(page);
        LineageCanvas *canvas = page->canvas();
        const int orders = page->shown().graph.indexOf(u"dataset:sales.orders/orders"_s);
        canvas->setSelectedNode(orders);

        // The impact panel lists what a change to orders reaches.
        QVERIFY(page->impactModel()->rowCount() >= 5);
        QVERIFY(page->findChild<QLabel *>(u"impactSummary"_s)->text().startsWith(u"A change to orders reaches"_s));
        const QString csvPath = m_dir.filePath(u"impact.csv"_s);
        QVERIFY(page->exportImpactCsv(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), page->impactModel()->csv());

        // The trace: chosen in the panel, shown on the canvas.
        auto *choice = page->findChild<QComboBox *>(u"traceColumn"_s);
        QVERIFY(choice->isEnabled());
        const int total = choice->findData(u"total_amount"_s);
        QVERIFY(total > 0);
        choice->setCurrentIndex(total);
        Q_EMIT choice->activated(total);
        QVERIFY(canvas->hasColumnTrace());
        QCOMPARE(page->traceModel()->tracedColumn(), u"total_amount"_s);
        QVERIFY(page->findChild<QLabel *>(u"traceSummary"_s)->text().contains(u"orders.total_amount"_s));
        // It survives a change of depth.
        page->findChild<QSpinBox *>(u"lineageDown"_s)->setValue(1);
        QVERIFY(waitForLayout(page));
        QVERIFY(canvas->hasColumnTrace());
        page->clearTrace();
        QVERIFY(!canvas->hasColumnTrace());

        // Exports of the view and of the whole graph.
        const QString dotPath = m_dir.filePath(u"view.dot"_s);
        QVERIFY(page->exportGraph(dotPath, GraphExport::Format::Dot, LineagePage::ExportScope::CurrentView).ok());
        if (const QString dot = QStandardPaths::findExecutable(u"dot"_s); !dot.isEmpty()) {
            QProcess run;
            run.start(dot, {u"-Tplain"_s, dotPath});
            QVERIFY(run.waitForFinished(30000));
            QCOMPARE(run.exitCode(), 0);
            QCOMPARE(run.readAllStandardOutput().count("\nnode "), page->shown().graph.nodeCount());
        }
        const QString graphMlPath = m_dir.filePath(u"whole.graphml"_s);
        QVERIFY(page->exportGraph(graphMlPath, GraphExport::Format::GraphMl, LineagePage::ExportScope::WholeGraph).ok());
        QFile graphMl(graphMlPath);
        QVERIFY(graphMl.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&graphMl);
        int nodes = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"node"_s)
                ++nodes;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes, page->fullGraph().nodeCount());
        const QString mermaidPath = m_dir.filePath(u"view.mmd"_s);
        QVERIFY(page->exportGraph(mermaidPath, GraphExport::Format::Mermaid, LineagePage::ExportScope::CurrentView).ok());
        QFile mermaid(mermaidPath);
        QVERIFY(mermaid.open(QIODevice::ReadOnly));
        const QByteArray flowchart = mermaid.readAll();
        QVERIFY(flowchart.startsWith("---\ntitle: \"Lineage: orders\"\n---\nflowchart LR\n"));

        // Images as drawn: the view at twice its pixels, the whole graph at full size.
        const QString viewPng = m_dir.filePath(u"view.png"_s);
        QVERIFY(page->exportImage(viewPng, LineagePage::ImageFormat::Png, LineagePage::ExportScope::CurrentView).ok());
        const QImage view(viewPng);
        QVERIFY(!view.isNull());
        QVERIFY(qAbs(view.width() - 2 * int(canvas->visibleRect().width() * canvas->zoom())) <= 2);
        const QString wholePng = m_dir.filePath(u"whole.png"_s);
        QVERIFY(page->exportImage(wholePng, LineagePage::ImageFormat::Png, LineagePage::ExportScope::WholeGraph).ok());
        const QImage whole(wholePng);
        QVERIFY(whole.width() > view.width() / 2);
        // Not blank: the cards' borders and text differ from the background.
        QSet<QRgb> colours;
        for (int y = 0; y < whole.height(); y += 7) {
            for (int x = 0; x < whole.width(); x += 7)
                colours.insert(whole.pixel(x, y));
        }
        QVERIFY(colours.size() > 20);
        const QString svgPath = m_dir.filePath(u"whole.svg"_s);
        QVERIFY(page->exportImage(svgPath, LineagePage::ImageFormat::Svg, LineagePage::ExportScope::WholeGraph).ok());
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QXmlStreamReader svgXml(svgText);
        while (!svgXml.atEnd())
            svgXml.readNext();
        QVERIFY2(!svgXml.hasError(), qPrintable(svgXml.errorString()));
        QVERIFY(svgText.contains("customer_lifetime_value"));

        // A failed export says where and changes nothing.
        const QString nowhere = m_dir.filePath(u"missing/folder/view.dot"_s);
        const Status failed = page->exportGraph(nowhere, GraphExport::Format::Dot, LineagePage::ExportScope::CurrentView);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().toString().contains(u"view.dot"_s));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestLineagePage)
#include "tst_lineagepage.moc"
