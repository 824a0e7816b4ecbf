// The pipeline views' models on the sample mesh's runs: the dashboard (products, jobs, the
// pipelines group, filters by domain and state, trends) and the run history (tasks under their
// pipeline run, selection of runs, a cycle of parents), and what a run's details say.
#include "models/catalog/catalogstore.h"
#include "models/core/isotime.h"
#include "models/federation/samplemesh.h"
#include "models/lineage/lineagegraph.h"
#include "models/lineage/lineagescope.h"
#include "models/pipelines/pipelinemodels.h"
#include "models/pipelines/rundetails.h"
#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

Run runOf(const QString &id, const QString &job, const QString &start, const QString &end, RunState state,
          const QString &parent = {})
{
    Run run;
    run.runId = id;
    run.jobNamespace = u"airflow://test"_s;
    run.jobName = job;
    run.state = state;
    run.startedAt = QDateTime::fromString(start, Qt::ISODate);
    run.endedAt = end.isEmpty() ? QDateTime() : QDateTime::fromString(end, Qt::ISODate);
    run.parentRunId = parent;
    if (!parent.isEmpty()) {
        run.parentJobNamespace = run.jobNamespace;
        run.parentJobName = u"nightly"_s;
    }
    return run;
}

} // namespace

class TestPipelineModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    QList<Run> m_runs;
    PipelineOverview m_overview;
    const QDateTime m_now = QDateTime::fromString(u"2026-11-14T09:00:00Z"_s, Qt::ISODate);

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(u"sample.tessera"_s)), u"ana"_s);
        QVERIFY(store);
        m_store = std::move(store).value();
        QVERIFY(SampleMesh::importInto(*m_store));
        m_runs = m_store->runs().value();
        const LineageInput input = m_store->lineageInput().value();
        m_overview = PipelineOverview::compute(m_runs, LineageGraph::build(input), input, m_now, m_now.addDays(-7));
    }

    void pipelinesKnowTheirTasks()
    {
        const JobStatus *pipeline = m_overview.job(u"airflow://sales"_s, u"sales_nightly"_s);
        QVERIFY(pipeline);
        QVERIFY(pipeline->productIds.isEmpty()); // it writes nothing itself
        QVERIFY(pipeline->children.contains(u"airflow://sales/sales_nightly.build_orders"_s));
        QCOMPARE(pipeline->latest->state, RunState::Failed);
        QVERIFY(pipeline->latest->errorMessage.contains(u"sales_nightly.build_orders"_s));
    }

    void oneProductsPipelines()
    {
        const auto orders = PipelineOverview::ofProduct(*m_store, u"sales.orders"_s, m_now, m_now.addDays(-7));
        QVERIFY(orders);
        // Only the runs of the job writing its datasets, newest first.
        QCOMPARE(orders->runs.size(), 5);
        for (const Run &run : orders->runs)
            QCOMPARE(run.jobName, u"sales_nightly.build_orders"_s);
        QVERIFY(orders->runs.first().time() > orders->runs.last().time());
        // The same status as in the whole overview.
        const ProductPipelineStatus *alone = orders->overview.product(u"sales.orders"_s);
        const ProductPipelineStatus *inAll = m_overview.product(u"sales.orders"_s);
        QVERIFY(alone && inAll);
        QCOMPARE(alone->state, inAll->state);
        QCOMPARE(alone->lastSuccess, inAll->lastSuccess);
        QCOMPARE(alone->freshness, inAll->freshness);
        QCOMPARE(alone->failures, inAll->failures);
        // A product without jobs has none.
        const auto none = PipelineOverview::ofProduct(*m_store, u"marketing.campaigns"_s, m_now, m_now.addDays(-7));
        QVERIFY(none);
        QVERIFY(none->runs.isEmpty());
        QVERIFY(!none->overview.product(u"marketing.campaigns"_s));
    }

    void lineageNodesKnowTheirRuns()
    {
        const LineageInput input = m_store->lineageInput().value();
        const LineageGraph graph = LineageGraph::build(input);
        const QHash<QString, NodeRunStatus> marks = m_overview.nodeStatus(graph);
        const ProductPipelineStatus *orders = m_overview.product(u"sales.orders"_s);
        const NodeRunStatus job = marks.value(u"job:airflow://sales/sales_nightly.build_orders"_s);
        QCOMPARE(job.state, RunState::Failed);
        QVERIFY(!job.late);
        QVERIFY(job.text.startsWith(Runs::stateText(RunState::Failed)));
        QVERIFY(marks.contains(u"dataset:sales.orders/orders"_s));
        const NodeRunStatus dataset = marks.value(u"dataset:sales.orders/orders"_s);
        QCOMPARE(dataset.state, RunState::Failed);
        QCOMPARE(dataset.late, orders->freshness == Freshness::Late);
        if (dataset.late)
            QVERIFY(dataset.text.contains(PipelineOverview::freshnessText(*orders)));
        // Every marked node has runs behind it; nodes without any are left out.
        for (int n = 0; n < graph.nodeCount(); ++n) {
            const LineageNode &node = graph.node(n);
            if (node.kind == LineageNode::Kind::Job && !m_overview.job(node.ns, node.name))
                QVERIFY(!marks.contains(node.key));
            if (node.kind == LineageNode::Kind::Dataset && marks.contains(node.key))
                QVERIFY(!graph.predecessors(n).empty());
        }
        // Collapsed into products, a product's node takes its state.
        LineageScope scope;
        scope.collapseAllProducts = true;
        const ScopedLineage collapsed = ScopedLineage::apply(graph, scope);
        const QHash<QString, NodeRunStatus> productMarks = m_overview.nodeStatus(collapsed.graph);
        QCOMPARE(productMarks.value(u"product:sales.orders"_s).state, RunState::Failed);
    }

    void dashboard()
    {
        PipelineDashboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setOverview(m_overview);
        // Every product with jobs, then the pipelines.
        QCOMPARE(model.rowCount(), m_overview.products.size() + 1);
        const QModelIndex group = model.index(model.rowCount() - 1, 0);
        QCOMPARE(group.data(PipelineDashboardModel::KindRole).value<PipelineDashboardModel::RowKind>(),
                 PipelineDashboardModel::RowKind::Group);
        QCOMPARE(model.rowCount(group), 5); // one nightly pipeline per domain
        QVERIFY(model.jobKeys(group).contains(u"airflow://finance/finance_nightly"_s));

        const QModelIndex orders = model.productIndex(u"sales.orders"_s);
        QVERIFY(orders.isValid());
        QCOMPARE(orders.data().toString(), u"Orders"_s);
        QCOMPARE(orders.siblingAtColumn(PipelineDashboardModel::StateColumn).data().toString(),
                 Runs::stateText(RunState::Failed));
        QCOMPARE(orders.data(PipelineDashboardModel::StateRole).toInt(), int(RunState::Failed));
        const ProductPipelineStatus *p = m_overview.product(u"sales.orders"_s);
        QCOMPARE(orders.data(PipelineDashboardModel::LateRole).toBool(), p->freshness == Freshness::Late);
        QCOMPARE(orders.siblingAtColumn(PipelineDashboardModel::FreshnessColumn).data().toString(),
                 PipelineOverview::freshnessText(*p));
        QCOMPARE(orders.siblingAtColumn(PipelineDashboardModel::FailuresColumn).data().toString(),
                 u"%1 of %2"_s.arg(p->failures).arg(p->runs));
        QCOMPARE(
            orders.siblingAtColumn(PipelineDashboardModel::LastSuccessColumn).data(PipelineDashboardModel::SortRole).toLongLong(),
            p->lastSuccess.toMSecsSinceEpoch());

        // Its job, with durations and a trend against the usual.
        const QModelIndex job = model.jobIndex(u"airflow://sales/sales_nightly.build_orders"_s);
        QVERIFY(job.isValid());
        QCOMPARE(job.parent(), orders);
        QCOMPARE(model.jobKeys(job), QStringList{u"airflow://sales/sales_nightly.build_orders"_s});
        const JobStatus *j = m_overview.job(u"airflow://sales"_s, u"sales_nightly.build_orders"_s);
        QCOMPARE(job.siblingAtColumn(PipelineDashboardModel::DurationColumn)
                     .data(PipelineDashboardModel::DurationsRole)
                     .toList()
                     .size(),
                 j->durations.size());
        QVERIFY(!job.data(PipelineDashboardModel::DurationsRole).isValid()); // only where durations are shown
        // Its latest run failed: no latest duration, so no trend.
        QVERIFY(!job.data(PipelineDashboardModel::TrendRole).isValid());
        QVERIFY(job.siblingAtColumn(PipelineDashboardModel::FreshnessColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"does not exist"_s));

        // A completed job with earlier runs has a trend, shown in its duration.
        bool trendSeen = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex top = model.index(r, 0);
            for (int c = 0; c < model.rowCount(top); ++c) {
                const QModelIndex i = model.index(c, PipelineDashboardModel::DurationColumn, top);
                const QVariant trend = i.data(PipelineDashboardModel::TrendRole);
                if (!trend.isValid())
                    continue;
                trendSeen = true;
                const int percent = int(std::lround((trend.toDouble() - 1.0) * 100));
                if (std::abs(percent) >= 5)
                    QVERIFY2(i.data().toString().contains(u"%1 %"_s.arg(std::abs(percent))), qPrintable(i.data().toString()));
            }
        }
        QVERIFY(trendSeen);
        QVERIFY(!model.summary().isEmpty());
    }

    void dashboardFilters()
    {
        PipelineDashboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setOverview(m_overview);

        model.setFilter(u"sales"_s, PipelineDashboardModel::StateFilter::Any);
        QVERIFY(model.rowCount() > 1);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex top = model.index(r, 0);
            if (top.data(PipelineDashboardModel::KindRole).value<PipelineDashboardModel::RowKind>()
                == PipelineDashboardModel::RowKind::Group) {
                // Only Sales's pipeline: it runs the tasks writing Sales's products.
                QCOMPARE(model.jobKeys(top), QStringList{u"airflow://sales/sales_nightly"_s});
                continue;
            }
            QCOMPARE(m_overview.product(top.data(PipelineDashboardModel::KeyRole).toString())->domainId, u"sales"_s);
        }

        model.setFilter(QString(), PipelineDashboardModel::StateFilter::Failing);
        int failing = 0;
        for (const ProductPipelineStatus &p : m_overview.products)
            failing += p.state == RunState::Failed || p.state == RunState::Aborted ? 1 : 0;
        QVERIFY(failing > 0);
        QCOMPARE(model.rowCount(), failing + 1); // and the failed pipelines
        for (int r = 0; r < failing; ++r)
            QCOMPARE(model.index(r, 0).data(PipelineDashboardModel::StateRole).toInt(), int(RunState::Failed));

        model.setFilter(QString(), PipelineDashboardModel::StateFilter::Late);
        int late = 0;
        for (const ProductPipelineStatus &p : m_overview.products)
            late += p.freshness == Freshness::Late ? 1 : 0;
        QCOMPARE(model.rowCount(), late);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(PipelineDashboardModel::LateRole).toBool());

        model.setFilter(u"nonesuch"_s, PipelineDashboardModel::StateFilter::Any);
        QCOMPARE(model.rowCount(), 0);
        model.setOverview(PipelineOverview());
        QCOMPARE(model.rowCount(), 0);
    }

    void timeline()
    {
        RunTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // Sales Orders's job in the last three nights, with the pipeline runs they were tasks of.
        const QList<Run> chosen = RunTimelineModel::selectRuns(m_runs, {u"airflow://sales/sales_nightly.build_orders"_s},
                                                               QDateTime::fromString(u"2026-11-12T00:00:00Z"_s, Qt::ISODate));
        QCOMPARE(chosen.size(), 6);
        model.setRuns(chosen, m_now);
        QCOMPARE(model.rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            const QModelIndex pipeline = model.index(r, 0);
            QCOMPARE(pipeline.data().toString(), u"sales_nightly"_s);
            QVERIFY(pipeline.data(RunTimelineModel::HasChildrenRole).toBool());
            QCOMPARE(model.rowCount(pipeline), 1);
            const QModelIndex task = model.index(0, 0, pipeline);
            QCOMPARE(task.data().toString(), u"sales_nightly.build_orders"_s);
            // A task lies within its pipeline run.
            QVERIFY(task.data(RunTimelineModel::StartRole).toDateTime()
                    >= pipeline.data(RunTimelineModel::StartRole).toDateTime());
            QVERIFY(task.data(RunTimelineModel::EndRole).toDateTime() <= pipeline.data(RunTimelineModel::EndRole).toDateTime());
            QCOMPARE(model.indexOf(task.data(RunTimelineModel::RunIdRole).toString()), task);
        }
        // Newest pipeline run first.
        QVERIFY(model.index(0, RunTimelineModel::StartColumn).data(RunTimelineModel::SortRole).toLongLong()
                > model.index(1, RunTimelineModel::StartColumn).data(RunTimelineModel::SortRole).toLongLong());
        QCOMPARE(model.firstTime(), model.index(2, 0).data(RunTimelineModel::StartRole).toDateTime());
        QCOMPARE(model.lastTime(), model.index(0, 0).data(RunTimelineModel::EndRole).toDateTime());
        QCOMPARE(model.index(0, 0).siblingAtColumn(RunTimelineModel::StateColumn).data().toString(),
                 Runs::stateText(RunState::Failed));

        // A pipeline's runs come with their tasks.
        model.setRuns(RunTimelineModel::selectRuns(m_runs, {u"airflow://sales/sales_nightly"_s},
                                                   QDateTime::fromString(u"2026-11-14T00:00:00Z"_s, Qt::ISODate)),
                      m_now);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3); // build_orders, build_daily_revenue, score_clv
        QCOMPARE(model.index(0, 0).data(RunTimelineModel::StateRole).toInt(), int(RunState::Failed));

        // Every run in the window, each task under its pipeline.
        model.setRuns(RunTimelineModel::selectRuns(m_runs, {}, QDateTime()), m_now);
        QCOMPARE(model.rowCount(), 25);
        int tasks = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            tasks += model.rowCount(model.index(r, 0));
        QCOMPARE(tasks, 60);
    }

    void timelineOrderAndCycles()
    {
        RunTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QList<Run> runs{
            runOf(u"p"_s, u"nightly"_s, u"2026-11-14T02:00:00Z"_s, QString(), RunState::Running),
            runOf(u"b"_s, u"nightly.b"_s, u"2026-11-14T02:30:00Z"_s, QString(), RunState::Running, u"p"_s),
            runOf(u"a"_s, u"nightly.a"_s, u"2026-11-14T02:00:10Z"_s, u"2026-11-14T02:20:00Z"_s, RunState::Completed, u"p"_s),
            // Two runs naming each other as parent: both shown at the top, nothing lost.
            runOf(u"x"_s, u"loop.x"_s, u"2026-11-13T01:00:00Z"_s, u"2026-11-13T01:10:00Z"_s, RunState::Completed, u"y"_s),
            runOf(u"y"_s, u"loop.y"_s, u"2026-11-13T01:00:00Z"_s, u"2026-11-13T01:10:00Z"_s, RunState::Failed, u"x"_s),
        };
        model.setRuns(runs, m_now);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex p = model.index(0, 0);
        QCOMPARE(p.data(RunTimelineModel::RunIdRole).toString(), u"p"_s);
        // Tasks by start: a before b.
        QCOMPARE(model.index(0, 0, p).data(RunTimelineModel::RunIdRole).toString(), u"a"_s);
        QCOMPARE(model.index(1, 0, p).data(RunTimelineModel::RunIdRole).toString(), u"b"_s);
        // A running run reaches to now.
        QCOMPARE(model.index(1, 0, p).data(RunTimelineModel::EndRole).toDateTime(), m_now);
        QCOMPARE(model.lastTime(), m_now);
        QCOMPARE(model.index(1, 0).data(RunTimelineModel::RunIdRole).toString(), u"x"_s);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        // Selecting a task brings its pipeline run, and a cycle of parents ends.
        QCOMPARE(RunTimelineModel::selectRuns(runs, {u"airflow://test/nightly.a"_s}, QDateTime()).size(), 2);
        QCOMPARE(RunTimelineModel::selectRuns(runs, {u"airflow://test/loop.x"_s}, QDateTime()).size(), 2);
        QCOMPARE(RunTimelineModel::selectRuns(runs, {}, m_now).size(), 0);
    }

    void runDetails()
    {
        // The failed run of Sales Orders's job on the last night.
        RunQuery query;
        query.jobName = u"sales_nightly.build_orders"_s;
        query.state = RunState::Failed;
        query.limit = 1;
        const QList<Run> failed = m_store->runs(query).value();
        QCOMPARE(failed.size(), 1);
        const Run run = m_store->run(failed.first().runId).value().value();
        QVERIFY(run.stackTrace().contains(u"PL/pgSQL"_s));
        const QList<DatasetFigures> figures = RunDetails::figures(run);
        QCOMPARE(figures.size(), 2); // customers in, orders out
        QVERIFY(!figures.at(0).output);
        QVERIFY(figures.at(1).output);
        QCOMPARE(figures.at(1).name.name, u"mesh.sales.orders"_s);
        QCOMPARE(figures.at(1).assertions.size(), 3);
        const QString html = RunDetails::html(run, m_store->runEvents(run.runId).value(), m_now);
        QVERIFY(html.contains(run.errorMessage.toHtmlEscaped()));
        QVERIFY(html.contains(u"PL/pgSQL function"_s));
        QVERIFY(html.contains(u"href=\"run:%1\""_s.arg(run.parentRunId)));
        QVERIFY(html.contains(u"START"_s));
        QVERIFY(html.contains(u"runs.openlineage.ndjson:"_s));

        // A completed one has its row counts, and each assertion passed.
        query.state = RunState::Completed;
        const QList<Run> done = m_store->runs(query).value();
        const Run completed = m_store->run(done.first().runId).value().value();
        const DatasetFigures out = RunDetails::figures(completed).last();
        QVERIFY(out.rowCount && *out.rowCount > 0);
        QVERIFY(out.bytes && *out.bytes > *out.rowCount);
        for (const QualityAssertion &a : out.assertions)
            QVERIFY(a.success);
        QVERIFY(
            RunDetails::html(completed, {}, m_now).contains(RunDetails::tr("%1 rows").arg(QLocale().toString(*out.rowCount))));
        const QString pipelineHtml = RunDetails::html(m_store->run(completed.parentRunId).value().value(), {}, m_now);
        QVERIFY(pipelineHtml.contains(u"BATCH · AIRFLOW · DAG"_s));
    }

    void isoTimesAsQtWritesThem()
    {
        // Stored times are compared as text: they must be what QDateTime itself writes.
        QRandomGenerator random(7);
        QList<qint64> times{0, -1, 1, 86399999, 86400000, -86400000, -86400001, 253402300799999, -62135596800000};
        for (int i = 0; i < 2000; ++i)
            times << qint64(random.bounded(4102444800.0) * 1000) - 2208988800000; // 1900 to 2100
        for (qint64 ms : times) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
            QCOMPARE(isoUtcText(t), t.toString(Qt::ISODateWithMs));
            // A time in another zone is written as the same instant in UTC.
            QCOMPARE(isoUtcText(t.toOffsetFromUtc(5400)), t.toString(Qt::ISODateWithMs));
        }
        QCOMPARE(isoUtcText(QDateTime()), QString());
    }

    void facetSummaries()
    {
        QCOMPARE(
            RunDetails::facetSummary(
                u"ownership"_s,
                QJsonDocument::fromJson("{\"owners\":[{\"name\":\"team:sales\",\"type\":\"MAINTAINER\"},{\"name\":\"ana\"}]}")
                    .object()),
            u"team:sales (MAINTAINER), ana"_s);
        QCOMPARE(RunDetails::facetSummary(u"sql"_s, QJsonObject{{u"query"_s, u"SELECT 1"_s}}), u"SELECT 1"_s);
        const QString other = RunDetails::facetSummary(u"custom"_s, QJsonObject{{u"_producer"_s, u"p"_s}, {u"k"_s, u"v"_s}});
        QCOMPARE(other, u"{\"k\":\"v\"}"_s);
        QCOMPARE(RunDetails::facetSummary(u"custom"_s, QJsonObject{{u"k"_s, QString(400, u'x')}}).size(), 160);
    }
};

QTEST_GUILESS_MAIN(TestPipelineModels)
#include "tst_pipelinemodels.moc"
