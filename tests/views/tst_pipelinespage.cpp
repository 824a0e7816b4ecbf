// The pipeline views on the sample mesh: the dashboard tab with its filters and run history,
// the Gantt chart's time axis and zoom, run details in the details dock, events imported from
// the File menu and received over HTTP with a live count, the product page's Pipelines section,
// and the lineage coloured by run state.
#include "models/catalog/catalogstore.h"
#include "models/core/problemmodel.h"
#include "models/core/settings.h"
#include "models/core/translations.h"
#include "models/federation/samplemesh.h"
#include "models/lineage/lineagescope.h"
#include "models/pipelines/lineagereceiver.h"
#include "views/catalog/productpage.h"
#include "views/lineage/lineagecanvas.h"
#include "views/lineage/lineagepage.h"
#include "views/pipelines/pipelinespage.h"
#include "views/pipelines/runcolors.h"
#include "views/pipelines/runtimeline.h"
#include "views/shell/documentarea.h"
#include "views/shell/mainwindow.h"

#include "tests/samplecatalog.h"
#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeView>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

QByteArray eventLine(const QString &type, const QString &time, const QString &runId)
{
    return u"{\"eventType\":\"%1\",\"eventTime\":\"%2\",\"run\":{\"runId\":\"%3\"},"
           "\"job\":{\"namespace\":\"airflow://sales\",\"name\":\"sales_nightly.build_orders\"},"
           "\"outputs\":[{\"namespace\":\"postgres://warehouse.internal:5432\",\"name\":\"mesh.sales.orders\"}],"
           "\"producer\":\"https://tessera.invalid/test\","
           "\"schemaURL\":\"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent\"}"_s.arg(type, time, runId)
               .toUtf8();
}

} // namespace

class TestPipelinesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_catalogs = 0;
    const QDateTime m_morning = QDateTime(QDate(2026, 11, 14), QTime(9, 0), QTimeZone::UTC);

    std::unique_ptr<MainWindow> newWindow(Settings &settings)
    {
        auto window = std::make_unique<MainWindow>(settings);
        window->setReferenceTime(m_morning);
        const QString path = m_dir.filePath(u"mesh%1.tessera"_s.arg(++m_catalogs));
        if (!TestSupport::writeSampleCatalog(path))
            return nullptr;
        if (!window->openCatalog(CatalogLocation::sqliteFile(path)))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Translations::install(*qApp, u"en"_s);
    }

    void dashboardAndHistory()
    {
        Settings settings(m_dir.filePath(u"a.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        QAction *action = window->findChild<QAction *>(u"pipelinesAction"_s);
        QVERIFY(action);
        action->trigger();
        auto *page = qobject_cast<PipelinesPage *>(window->documents()->currentPage());
        QVERIFY(page);
        QAbstractItemModelTester dashboardTester(page->dashboard(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester timelineTester(page->timeline(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester sortedTester(page->dashboardView()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(page->now(), m_morning);
        QVERIFY(page->dashboard()->rowCount() > 5);
        // Nothing chosen: the history has every pipeline run of the week, their tasks under them.
        QCOMPARE(page->timeline()->rowCount(), 25);

        // Sales Orders chosen: its job's runs under their pipeline runs, and the product in the details.
        QCOMPARE(window->openPipelines(u"sales.orders"_s), page);
        QCOMPARE(page->timeline()->rowCount(), 5);
        QVERIFY(page->detailsHtml().contains(u"Orders"_s));
        QVERIFY(page->detailsHtml().contains(u"href=\"run:"_s));
        // The latest task run: its error and stack trace in the details dock.
        const QModelIndex night = page->timeline()->index(0, 0);
        const QString runId = page->timeline()->index(0, 0, night).data(RunTimelineModel::RunIdRole).toString();
        QVERIFY(page->selectRun(runId));
        QCOMPARE(page->selectedRunId(), runId);
        QTRY_VERIFY(window->findChild<QTextBrowser *>(u"detailsBrowser"_s)
                        ->toPlainText()
                        .contains(u"mesh.customer.customers\" does not exist"_s));
        QVERIFY(page->detailsHtml().contains(u"PL/pgSQL"_s));
        // The pipeline run it belongs to, through the details' link.
        page->openDetailsLink(QUrl(u"run:"_s + night.data(RunTimelineModel::RunIdRole).toString()));
        QCOMPARE(page->selectedRunId(), night.data(RunTimelineModel::RunIdRole).toString());
        QVERIFY(page->detailsHtml().contains(u"task failed"_s) || page->detailsHtml().contains(u"tasks failed"_s));

        // Filters: late products only, then one domain.
        auto *state = page->findChild<QComboBox *>(u"stateFilter"_s);
        state->setCurrentIndex(state->findData(int(PipelineDashboardModel::StateFilter::Late)));
        QVERIFY(page->dashboard()->rowCount() > 0);
        for (int r = 0; r < page->dashboard()->rowCount(); ++r)
            QVERIFY(page->dashboard()->index(r, 0).data(PipelineDashboardModel::LateRole).toBool());
        auto *domain = page->findChild<QComboBox *>(u"domainFilter"_s);
        QVERIFY(domain->findData(u"finance"_s) > 0);
        domain->setCurrentIndex(domain->findData(u"finance"_s));
        QCOMPARE(page->dashboard()->domainFilter(), u"finance"_s);
        for (int r = 0; r < page->dashboard()->rowCount(); ++r)
            QCOMPARE(page->dashboard()->index(r, PipelineDashboardModel::DomainColumn).data().toString(), u"Finance"_s);
        QVERIFY(page->findChild<QLabel *>(u"pipelinesSummary"_s)->text().contains(u"late"_s));

        // A window of one day: only the last night counts.
        page->setFilter(QString(), PipelineDashboardModel::StateFilter::Any);
        page->setWindowDays(1);
        const ProductPipelineStatus *orders = page->dashboard()->overview().product(u"sales.orders"_s);
        QCOMPARE(orders->runs, 1);
        // Opening a product from its row.
        QSignalSpy open(page, &DocumentPage::openProductRequested);
        const QModelIndex row = page->dashboardView()->model()->index(0, 0);
        Q_EMIT page->dashboardView()->activated(row);
        QCOMPARE(open.size(), 1);
    }

    void timelineAxisAndZoom()
    {
        Settings settings(m_dir.filePath(u"b.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        window->resize(1400, 900);
        window->show();
        PipelinesPage *page = window->openPipelines(u"sales.orders"_s);
        QVERIFY(page);
        RunTimelineView *view = page->timelineView();
        view->fitAll();
        QApplication::processEvents();
        // Fit shows every run, with a little room.
        QVERIFY(view->viewStart() < page->timeline()->firstTime());
        QVERIFY(view->viewEnd() > page->timeline()->lastTime());
        QVERIFY(view->chartRect().width() > 100);
        // Times and x agree, and the ticks go forward, far enough apart to read.
        const QDateTime middle = page->timeline()->firstTime().addSecs(3600);
        QVERIFY(std::abs(view->timeAt(view->xOf(middle)).msecsTo(middle)) < 60 * 1000);
        const QList<RunTimelineView::Tick> ticks = view->ticks();
        QVERIFY(ticks.size() >= 2);
        for (int i = 1; i < ticks.size(); ++i) {
            QVERIFY(ticks.at(i).time > ticks.at(i - 1).time);
            QVERIFY(view->xOf(ticks.at(i).time) - view->xOf(ticks.at(i - 1).time) >= 69);
        }
        // Zooming in keeps the time under the pointer where it is and narrows the span.
        const qint64 span = view->viewStart().msecsTo(view->viewEnd());
        const int x = view->chartRect().left() + view->chartRect().width() / 3;
        const QDateTime under = view->timeAt(x);
        view->zoomBy(4, x);
        QVERIFY(view->viewStart().msecsTo(view->viewEnd()) < span / 3);
        QVERIFY(std::abs(view->timeAt(x).msecsTo(under)) < 60 * 1000);
        // Ctrl+wheel zooms too; never closer than ten minutes across.
        for (int i = 0; i < 40; ++i)
            view->zoomIn();
        QCOMPARE(view->viewStart().msecsTo(view->viewEnd()), 10 * 60 * 1000);
        const QDateTime before = view->viewStart();
        view->panBy(view->chartRect().width() / 2);
        QCOMPARE(before.msecsTo(view->viewStart()), 5 * 60 * 1000);
        // The chart paints (bars over the grid) without complaint.
        view->fitAll();
        QVERIFY(!view->grab().isNull());
    }

    void importFromTheFileMenu()
    {
        Settings settings(m_dir.filePath(u"c.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        PipelinesPage *page = window->openPipelines();
        QVERIFY(page);
        QAbstractItemModelTester timelineTester(page->timeline(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int before = int(window->store()->runs().value().size());
        // A run of tonight, and a broken line: the good one is stored, the bad one named.
        const QString file = m_dir.filePath(u"tonight.ndjson"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(eventLine(u"START"_s, u"2026-11-15T02:00:00Z"_s, u"3f1c2f0e-0000-4000-8000-000000000001"_s) + '\n');
        out.write("{\"eventType\": \"START\", broken\n");
        out.write(eventLine(u"COMPLETE"_s, u"2026-11-15T02:20:00Z"_s, u"3f1c2f0e-0000-4000-8000-000000000001"_s) + '\n');
        out.close();
        QVERIFY(window->importEvents({file}));
        QCOMPARE(int(window->store()->runs().value().size()), before + 1);
        QCOMPARE(window->problems()->count(Problem::Severity::Error), 1);
        QVERIFY(window->problems()->index(0, ProblemModel::LocationColumn).data().toString().contains(u"tonight.ndjson:2"_s)
                || window->problems()->index(0, ProblemModel::MessageColumn).data().toString().contains(u"tonight.ndjson:2"_s));
        // The open dashboard reads the new run.
        window->setReferenceTime(QDateTime(QDate(2026, 11, 15), QTime(9, 0), QTimeZone::UTC));
        QTRY_COMPARE(page->dashboard()->overview().job(u"airflow://sales"_s, u"sales_nightly.build_orders"_s)->latest->runId,
                     u"3f1c2f0e-0000-4000-8000-000000000001"_s);
        // Nothing to read: a clear error, nothing stored.
        QVERIFY(!window->importEvents({m_dir.filePath(u"nonesuch"_s)}));
    }

    void receiverFromTheWindow()
    {
        Settings settings(m_dir.filePath(u"d.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        QVERIFY(window->startReceiver(0));
        QVERIFY(window->receiver()->isListening());
        QVERIFY(window->findChild<QAction *>(u"receiveEventsAction"_s)->isChecked());
        auto *label = window->findChild<QLabel *>(u"receiverStatus"_s);
        QVERIFY(!label->isHidden());
        QVERIFY(window->receiver()->url().startsWith(u"http://127.0.0.1:"_s));

        QNetworkAccessManager http;
        QNetworkRequest request{QUrl(window->receiver()->url())};
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *good
            = http.post(request, eventLine(u"START"_s, u"2026-11-15T02:00:00Z"_s, u"3f1c2f0e-0000-4000-8000-000000000002"_s));
        QTRY_VERIFY(good->isFinished());
        QCOMPARE(good->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QNetworkReply *bad = http.post(request, QByteArray("{\"eventType\":\"START\"}"));
        QTRY_VERIFY(bad->isFinished());
        QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        good->deleteLater();
        bad->deleteLater();
        // The live count, and the refused request in Problems.
        QTRY_VERIFY(label->text().contains(u"1 accepted, 1 refused"_s));
        QVERIFY(window->problems()->rowCount() >= 1);
        QVERIFY(window->store()->run(u"3f1c2f0e-0000-4000-8000-000000000002"_s).value());

        // Stopping from the menu, and another catalog stops it too.
        window->stopReceiver();
        QVERIFY(!window->receiver());
        QVERIFY(label->isHidden());
        QVERIFY(!window->findChild<QAction *>(u"receiveEventsAction"_s)->isChecked());
        QVERIFY(window->startReceiver(0));
        QVERIFY(window->openCatalog(CatalogLocation::sqliteFile(m_dir.filePath(u"other.tessera"_s))));
        QVERIFY(!window->receiver());
    }

    void productPageSection()
    {
        Settings settings(m_dir.filePath(u"e.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        ProductPage *product = window->openProduct(u"sales.orders"_s);
        QVERIFY(product);
        product->showSection(ProductPage::PipelinesSection);
        auto *view = product->findChild<QTextBrowser *>(u"pipelinesView"_s);
        QVERIFY(view);
        const QString text = view->toPlainText();
        QVERIFY2(text.contains(u"late by"_s), qPrintable(text));
        QVERIFY(text.contains(u"sales_nightly.build_orders"_s));
        QVERIFY(text.contains(u"mesh.customer.customers\" does not exist"_s));
        // Its link opens the dashboard on the product.
        Q_EMIT view->anchorClicked(QUrl(u"pipelines:sales.orders"_s));
        auto *page = qobject_cast<PipelinesPage *>(window->documents()->currentPage());
        QVERIFY(page);
        QCOMPARE(page->dashboardView()->currentIndex().data(PipelineDashboardModel::KeyRole).toString(), u"sales.orders"_s);

        // A product without runs says where runs come from.
        ProductPage *other = window->openProduct(u"marketing.campaigns"_s);
        QVERIFY(other);
        other->showSection(ProductPage::PipelinesSection);
        QVERIFY(other->findChild<QTextBrowser *>(u"pipelinesView"_s)->toPlainText().contains(u"No pipeline run"_s));
    }

    void lineageByRunState()
    {
        Settings settings(m_dir.filePath(u"f.ini"_s));
        auto window = newWindow(settings);
        QVERIFY(window);
        LineagePage *lineage = window->openLineage({u"sales.orders"_s});
        QVERIFY(lineage);
        QTRY_VERIFY(!lineage->isLayoutPending());
        const int orders = lineage->shown().graph.indexOf(u"dataset:sales.orders/orders"_s);
        QVERIFY(orders >= 0);
        const QColor domainColour = lineage->canvas()->nodeColour(orders);
        lineage->setColourByRunState(true);
        QVERIFY(lineage->isColouredByRunState());
        QVERIFY(lineage->canvas()->isColouredByRunState());
        QCOMPARE(lineage->canvas()->nodeColour(orders), RunColors::state(RunState::Failed));
        QVERIFY(lineage->canvas()->nodeColour(orders) != domainColour);
        lineage->canvas()->setSelectedNode(orders);
        QVERIFY(lineage->detailsHtml().contains(u"late by"_s));
        lineage->setColourByRunState(false);
        QCOMPARE(lineage->canvas()->nodeColour(orders), domainColour);
        // The colouring stays with a new scope.
        lineage->setColourByRunState(true);
        LineageScope scope = lineage->scope();
        scope.up = 1;
        lineage->setScope(scope);
        QTRY_VERIFY(!lineage->isLayoutPending());
        QCOMPARE(lineage->canvas()->nodeColour(lineage->shown().graph.indexOf(u"dataset:sales.orders/orders"_s)),
                 RunColors::state(RunState::Failed));
    }
};

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
