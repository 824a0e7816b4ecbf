// The preview worker process through PreviewEngine: samples loaded and queried in the worker,
// the first page before the rest, cancel, the wall-clock deadline and the memory cap ending a
// worker that does not answer, a new worker with the samples loaded again, and the masking canary
// over everything the worker writes.
#include "models/preview/previewengine.h"
#include "models/preview/previewresultmodel.h"
#include "models/preview/previewsamples.h"
#include "models/preview/recipe.h"
#include "models/preview/resultquality.h"

#include "tests/testsupport.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestPreviewEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_tmp; // the worker's TMPDIR: must stay empty
    QString m_people;

    static QString text(const Error &e) { return e.toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid() && m_tmp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
        qputenv("SQLITE_TMPDIR", QFile::encodeName(m_tmp.path()));
        QVERIFY2(QFileInfo::exists(PreviewEngine::workerProgram()), qPrintable(PreviewEngine::workerProgram()));
        QByteArray csv = "id,name,email,segment\n";
        for (int i = 1; i <= 600; ++i) {
            csv += QByteArray::number(i) + ",Person " + QByteArray::number(i) + ','
                + (i == 300 ? "canary.0815@example.org"_ba : "p" + QByteArray::number(i) + "@example.com") + ','
                + (i % 4 ? "b2c" : "b2b") + '\n';
        }
        m_people = m_dir.filePath(u"people.csv"_s);
        QFile file(m_people);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }

    void loadsRunsAndPages()
    {
        PreviewEngine engine;
        const auto loaded = engine.loadNow(m_people);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : text(loaded.error())));
        QCOMPARE(loaded->rows, 600);
        QCOMPARE(loaded->columns.size(), 4);
        QVERIFY(engine.workerProcessId() != QCoreApplication::applicationPid());

        QSignalSpy pages(&engine, &PreviewEngine::pageReady);
        QList<QVariantList> first;
        const auto result
            = engine.runNow(u"SELECT a.id, b.id FROM people a, people b WHERE b.id <= 50 ORDER BY 1, 2"_s, 100, &first);
        QVERIFY2(result, qPrintable(result ? QString() : text(result.error())));
        QCOMPARE(result->rows, 30000);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(first.size(), 100);
        QCOMPARE(first.at(99), QVariantList({QVariant::fromValue(qint64(2)), QVariant::fromValue(qint64(50))}));
        const auto page = engine.fetchNow(result->id, 29999, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->first().first().toLongLong(), 600);

        const auto profiles = engine.profileNow(result->id);
        QVERIFY(profiles);
        QCOMPARE(profiles->value(0).distinct, 600);
        QCOMPARE(profiles->value(1).max.toLongLong(), 50);
    }

    void resultModelPagesLazily()
    {
        PreviewEngine engine;
        QVERIFY(engine.loadNow(m_people));
        PreviewResultModel model(&engine);
        model.setPageSize(250);
        QSignalSpy completed(&model, &PreviewResultModel::completed);
        model.follow(engine.run(u"SELECT a.id AS x, b.id AS y FROM people a, people b WHERE b.id <= 20 ORDER BY 1, 2"_s, 250));
        QVERIFY(completed.wait(20'000));
        // The whole count is known; only the first page is held until more is asked for.
        QCOMPARE(model.totalRows(), 12000);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"y"_s);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page asked for at a time
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 500, 10'000);
        QCOMPARE(model.index(499, 0).data().toString(), u"25"_s);
        QCOMPARE(model.index(499, 1).data().toString(), u"20"_s);
        QCOMPARE(model.index(499, 1).data(PreviewResultModel::ValueRole).toLongLong(), 20);
        QCOMPARE(model.index(0, 0).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        // The tester asks for more on each change, as an eager view would: pages follow each
        // other, none twice.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QElapsedTimer clock;
        clock.start();
        while (model.rowCount() < model.totalRows() && clock.elapsed() < 60'000) {
            model.fetchMore({}); // nothing while a page is on its way
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        QCOMPARE(model.rowCount(), 12000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(11999, 0).data().toString(), u"600"_s);
        QCOMPARE(model.index(750, 1).data().toString(), u"11"_s); // row 751: x 38, y 11

        // A refused query: the model says why and holds nothing.
        QSignalSpy failed(&model, &PreviewResultModel::failed);
        model.follow(engine.run(u"DELETE FROM people"_s));
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().first().toString().contains(u"changing data"_s), qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 0);
    }

    void comparisonFindsAddedRemovedAndChangedRows()
    {
        PreviewEngine engine;
        QVERIFY(engine.loadNow(m_people));
        // Drop ids 1..10, change the segment of every 100th, add a row.
        const auto after = engine.runNow(u"SELECT id, name, iif(id % 100 = 0, 'vip', segment) AS segment, length(name) AS n "
                                         "FROM people WHERE id > 10 UNION ALL SELECT 1000, 'New', 'b2c', 3"_s);
        QVERIFY2(after, qPrintable(after ? QString() : text(after.error())));
        const auto byKey = engine.compareNow(u"people"_s, after->id, {u"id"_s});
        QVERIFY2(byKey, qPrintable(byKey ? QString() : text(byKey.error())));
        QCOMPARE(byKey->removed, 10);
        QCOMPARE(byKey->added, 1);
        QCOMPARE(byKey->changed, 6); // 100, 200, ... 600
        QCOMPARE(byKey->same, 600 - 10 - 6);
        QCOMPARE(byKey->diff.rows, 17);
        QStringList names;
        for (const ResultColumn &c : byKey->diff.columns)
            names << c.name;
        // email is gone from the result (before only), n is new (after only).
        QCOMPARE(names,
                 (QStringList{u"change"_s, u"id"_s, u"name (before)"_s, u"name (after)"_s, u"segment (before)"_s,
                              u"segment (after)"_s, u"email (before)"_s, u"n (after)"_s}));
        const auto rows = engine.fetchNow(byKey->diff.id, 0, 100);
        QVERIFY(rows);
        bool sawChange = false;
        for (const QVariantList &row : *rows) {
            if (row.at(0).toString() == u"changed"_s && row.at(1).toLongLong() == 200) {
                QCOMPARE(row.at(4).toString(), u"b2b"_s);
                QCOMPARE(row.at(5).toString(), u"vip"_s);
                sawChange = true;
            }
        }
        QVERIFY(sawChange);

        // The model shows it with its changes named and tinted.
        PreviewResultModel model(&engine);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.show(byKey->diff);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 17, 10'000);
        QCOMPARE(model.index(0, 0).data(PreviewResultModel::ChangeRole).toString(), u"removed"_s);
        QVERIFY(model.index(0, 1).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"name (after)"_s);

        // Without keys: whole rows as sets.
        const auto same = engine.runNow(u"SELECT * FROM people WHERE id <> 7"_s);
        QVERIFY(same);
        const auto byRow = engine.compareNow(u"people"_s, same->id, {});
        QVERIFY(byRow);
        QCOMPARE(byRow->removed, 1);
        QCOMPARE(byRow->added, 0);
        QCOMPARE(byRow->same, 599);
        const auto badKey = engine.compareNow(u"people"_s, same->id, {u"nope"_s});
        QVERIFY(!badKey);
    }

    void qualityRulesAreMeasuredOnTheResult()
    {
        PreviewEngine engine;
        QVERIFY(engine.loadNow(m_people));
        const auto result = engine.runNow(u"SELECT id, iif(id % 50 = 0, NULL, email) AS email, iif(id = 5, 'five', id) AS "
                                          "code, segment FROM people"_s);
        QVERIFY(result);
        Dataset dataset;
        dataset.name = u"people"_s;
        dataset.physicalName = u"crm.persons"_s;
        auto rule = [](const QString &metric, const QString &op, const QString &value) {
            QualityRule r;
            r.type = u"library"_s;
            r.metric = metric;
            r.op = op;
            r.value = value;
            return r;
        };
        dataset.quality << rule(u"rowCount"_s, u"mustBeBetween"_s, u"[500, 1000]"_s)
                        << rule(u"duplicateValues"_s, u"mustBe"_s, u"0"_s);
        QualityRule sql;
        sql.type = u"sql"_s;
        sql.query = u"SELECT count(*) FROM {object} WHERE segment = 'b2b'"_s;
        sql.op = u"mustBeGreaterThan"_s;
        sql.value = u"200"_s;
        dataset.quality << sql;
        QualityRule described;
        described.type = u"text"_s;
        described.description = u"Looks right"_s;
        dataset.quality << described;
        // As contracts write them: against the dataset's table, which is the result here.
        QualityRule byName = sql;
        byName.query = u"SELECT count(*) FROM persons WHERE email IS NULL"_s;
        byName.op = u"mustBe"_s;
        byName.value = u"0"_s;
        dataset.quality << byName;
        Column email;
        email.name = u"email"_s;
        email.quality << rule(u"nullValues"_s, u"mustBe"_s, u"0"_s);
        Column code;
        code.name = u"code"_s;
        code.logicalType = u"integer"_s;
        code.quality << rule(u"invalidValues"_s, u"mustBeLessOrEqualTo"_s, u"1"_s);
        Column segment;
        segment.name = u"segment"_s;
        segment.quality << rule(u"duplicateValues"_s, u"mustBe"_s, u"0"_s);
        Column gone;
        gone.name = u"gone"_s;
        gone.quality << rule(u"nullValues"_s, u"mustBe"_s, u"0"_s);
        dataset.columns << email << code << segment << gone;

        const QList<ResultQuality::Rule> rules = ResultQuality::rulesOf(dataset);
        QCOMPARE(rules.size(), 9);
        const auto measured = engine.measureNow(result->id, ResultQuality::measures(rules));
        QVERIFY2(measured, qPrintable(measured ? QString() : text(measured.error())));
        const QList<QualityVerdict> v = ResultQuality::judge(rules, *measured);
        QCOMPARE(v.size(), 9);
        QCOMPARE(v.at(0).measured, 600.0); // rowCount between 500 and 1000
        QVERIFY(v.at(0).passed);
        QCOMPARE(v.at(1).measured, 0.0); // no duplicate rows
        QVERIFY(v.at(1).passed);
        QCOMPARE(v.at(2).measured, 150.0); // b2b: every 4th
        QVERIFY(!v.at(2).passed);
        QVERIFY(!v.at(3).measured); // a text rule
        QVERIFY(!v.at(3).problem.isEmpty());
        QVERIFY2(v.at(4).measured, qPrintable(v.at(4).problem));
        QCOMPARE(v.at(4).measured, 12.0); // the result's nulls, not the sample's none
        QVERIFY(!v.at(4).passed);
        QCOMPARE(v.at(5).measured, 12.0); // emails nulled: 50, 100, ... 600
        QVERIFY(!v.at(5).passed);
        QCOMPARE(v.at(5).column, u"email"_s);
        QCOMPARE(v.at(6).measured, 1.0); // "five" is no integer
        QVERIFY(v.at(6).passed);
        QCOMPARE(v.at(7).measured, 598.0); // two segments over 600 rows
        QVERIFY(!v.at(7).passed);
        QVERIFY(!v.at(8).measured); // a column the result lacks
        QVERIFY2(v.at(8).problem.contains(u"gone"_s), qPrintable(v.at(8).problem));

        // An sql rule is held to the sandbox like any query.
        QualityRule hostile = sql;
        hostile.query = u"SELECT count(*) FROM pragma_table_info('people')"_s;
        Dataset bad;
        bad.quality << hostile;
        const auto refused = engine.measureNow(result->id, ResultQuality::measures(ResultQuality::rulesOf(bad)));
        QVERIFY(refused);
        QVERIFY(!refused->first().value);
        QVERIFY2(refused->first().error.contains(u"not allowed"_s), qPrintable(refused->first().error));
    }

    void samplesAreFoundForCatalogDatasets()
    {
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_dir.filePath(u"samples.tessera"_s)), u"ana"_s);
        QVERIFY(store);
        // A domain folder: products/ beside samples/.
        QVERIFY(QDir(m_dir.path()).mkpath(u"crm/products"_s) && QDir(m_dir.path()).mkpath(u"crm/samples"_s));
        QFile::copy(m_people, m_dir.filePath(u"crm/samples/people.csv"_s));
        QVERIFY((*store)->saveSource({u"crm"_s, m_dir.filePath(u"crm"_s), QDateTime::currentDateTimeUtc(), {}, {}, {}}));
        Product product;
        product.id = u"crm.people"_s;
        product.domainId = u"sales"_s;
        product.name = u"people"_s;
        product.provenance.sourceId = u"crm"_s;
        product.provenance.file = u"products/people.odps.yaml"_s;
        Dataset people, orders, none;
        people.name = u"people"_s;
        orders.name = u"orders"_s; // the sample mesh's sales domain ships orders.csv
        none.name = u"nothing"_s;
        product.datasets << people << orders << none;
        QCOMPARE(PreviewSamples::find(**store, product, u"people"_s),
                 QDir::cleanPath(m_dir.filePath(u"crm/samples/people.csv"_s)));
        QCOMPARE(PreviewSamples::find(**store, product, u"orders"_s), u":/sample-mesh/sales/samples/orders.csv"_s);
        QCOMPARE(PreviewSamples::find(**store, product, u"nothing"_s), QString());
        // An attached file comes first.
        QVERIFY((*store)->attachSample(product.id, u"orders"_s, m_people));
        const auto all = PreviewSamples::ofProduct(**store, product);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).second, m_people);
        QCOMPARE(all.at(2).second, QString());
        // and the worker reads the shipped sample as well as files.
        PreviewEngine engine;
        const auto loaded = engine.loadNow(u":/sample-mesh/sales/samples/orders.csv"_s);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : text(loaded.error())));
        QVERIFY(loaded->rows > 0);
    }

    void refusedQueriesLeaveTheWorkerUsable()
    {
        PreviewEngine engine;
        QVERIFY(engine.loadNow(m_people));
        const auto refused = engine.runNow(u"ATTACH '/tmp/x.db' AS x"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"attaching"_s), qPrintable(text(refused.error())));
        const qint64 pid = engine.workerProcessId();
        const auto again = engine.runNow(u"SELECT count(*) FROM people WHERE segment = 'b2b'"_s, 10);
        QVERIFY(again);
        QCOMPARE(engine.fetchNow(again->id, 0, 1).value().value(0).value(0).toLongLong(), 150);
        QCOMPARE(engine.workerProcessId(), pid); // the same worker
    }

    void cancelStopsTheRunningQuery()
    {
        PreviewEngine engine;
        engine.setTimeLimit(60'000);
        QVERIFY(engine.loadNow(m_people));
        const int id = engine.run(u"SELECT count(*) FROM people a, people b, people c, people d"_s);
        QTest::qWait(300);
        QVERIFY(engine.isPending(id));
        QElapsedTimer clock;
        clock.start();
        engine.cancel(id);
        const auto reply = engine.wait(id);
        const qint64 latency = clock.elapsed();
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"cancelled"_s), qPrintable(text(reply.error())));
        qInfo("cancel answered after %lld ms (the benchmark measures the 200 ms target)", latency);
        QVERIFY2(latency < 5000, qPrintable(QString::number(latency)));
        QVERIFY(engine.runNow(u"SELECT 1"_s));
    }

    void cancelBeforeItStarts()
    {
        PreviewEngine engine;
        engine.setTimeLimit(60'000);
        QVERIFY(engine.loadNow(m_people));
        const int slow = engine.run(u"SELECT count(*) FROM people a, people b, people c"_s);
        const int queued = engine.run(u"SELECT 2"_s);
        engine.cancel(queued);
        engine.cancel(slow);
        QVERIFY(!engine.wait(slow));
        const auto reply = engine.wait(queued);
        QVERIFY(!reply);
        QVERIFY2(reply.error().message.contains(u"cancelled"_s), qPrintable(text(reply.error())));
    }

    // A worker that stops answering (here: stopped by a signal) is ended at the deadline; the
    // next request gets a new worker with the samples loaded again.
    void unansweredWorkerIsEndedAtTheDeadline()
    {
        PreviewEngine engine;
        engine.setTimeLimit(500);
        QVERIFY(engine.loadNow(m_people));
        const qint64 pid = engine.workerProcessId();
        QSignalSpy ended(&engine, &PreviewEngine::workerEnded);
        ::kill(pid_t(pid), SIGSTOP);
        QElapsedTimer clock;
        clock.start();
        const auto stuck = engine.runNow(u"SELECT count(*) FROM people"_s);
        QVERIFY(!stuck);
        QVERIFY2(stuck.error().message.contains(u"ended"_s), qPrintable(text(stuck.error())));
        QVERIFY2(clock.elapsed() >= 500, "ended before its deadline");
        QCOMPARE(ended.size(), 1);
        const auto again = engine.runNow(u"SELECT count(*) FROM people"_s);
        QVERIFY2(again, qPrintable(again ? QString() : text(again.error())));
        QVERIFY(engine.workerProcessId() != pid);
        QCOMPARE(engine.fetchNow(again->id, 0, 1).value().value(0).value(0).toLongLong(), 600);
    }

    void crashedWorkerIsReplaced()
    {
        PreviewEngine engine;
        LoadOptions options;
        options.masks = {{u"email"_s, MaskType::Hash, {}}};
        QVERIFY(engine.loadNow(m_people, options));
        const qint64 pid = engine.workerProcessId();
        ::kill(pid_t(pid), SIGKILL);
        QTest::qWait(100);
        const auto again = engine.runNow(u"SELECT email FROM people WHERE id = 300"_s, 10);
        QVERIFY2(again, qPrintable(again ? QString() : text(again.error())));
        // Loaded again with the same masks.
        QCOMPARE(engine.fetchNow(again->id, 0, 1).value().value(0).value(0).toString().size(), 64);

        // A table dropped under the name the worker gave it ("people 2024.csv" is people_2024)
        // is not loaded into the next worker.
        const QString spaced = m_dir.filePath(u"people 2024.csv"_s);
        QVERIFY(QFile::exists(spaced) || QFile::copy(m_people, spaced));
        const auto loaded = engine.loadNow(spaced);
        QVERIFY(loaded);
        QCOMPARE(loaded->table, u"people_2024"_s);
        QVERIFY(engine.wait(engine.dropTable(loaded->table)));
        ::kill(pid_t(engine.workerProcessId()), SIGKILL);
        QTest::qWait(100);
        const auto gone = engine.runNow(u"SELECT count(*) FROM people_2024"_s);
        QVERIFY(!gone);
        QVERIFY2(text(gone.error()).contains(u"people_2024"_s), qPrintable(text(gone.error())));
        QVERIFY(engine.runNow(u"SELECT count(*) FROM people"_s));
    }

    void memoryCapStopsAQuery()
    {
        PreviewEngine engine;
        engine.setMemoryLimit(qint64(160) << 20);
        engine.setTimeLimit(120'000);
        QVERIFY(engine.loadNow(m_people));
        // A quarter of a million rows of a kilobyte each: more than the cap.
        const auto big = engine.runNow(u"SELECT hex(hex(hex(a.email || b.email || a.name || b.name))) FROM people a, people b"_s);
        QVERIFY(!big);
        QVERIFY2(big.error().message.contains(u"memory"_s) || big.error().message.contains(u"MB"_s),
                 qPrintable(text(big.error())));
        const auto again = engine.runNow(u"SELECT count(*) FROM people"_s);
        QVERIFY2(again, qPrintable(again ? QString() : text(again.error())));
    }

    void canaryNeverLeavesTheWorkerUnmasked()
    {
        PreviewEngine engine;
        LoadOptions options;
        options.masks = {{u"email"_s, MaskType::ShowFirst4, {}}, {u"name"_s, MaskType::Mask, {}}};
        QVERIFY(engine.loadNow(m_people, options));
        const auto result = engine.runNow(u"SELECT * FROM people ORDER BY email, name"_s);
        QVERIFY(result);
        const QString csv = m_dir.filePath(u"out.csv"_s), database = m_dir.filePath(u"out.sqlite"_s);
        QVERIFY(engine.exportCsvNow(result->id, csv));
        QVERIFY(engine.exportDatabaseNow(database));
        const auto rows = engine.fetchNow(result->id, 0, 1000).value();
        QCOMPARE(rows.size(), 600);
        for (const QString &path : {csv, database}) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.contains("canaxx.xxxx@xxxxxxx.xxx"));
            QVERIFY2(!bytes.contains("canary.0815") && !bytes.contains("0815@example") && !bytes.contains("Person 300"),
                     qPrintable(path));
        }
        for (const QVariantList &row : rows) {
            for (const QVariant &v : row)
                QVERIFY(!v.toString().contains(u"0815"_s));
        }
        QDirIterator it(m_tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }

    void missingWorkerIsAClearError()
    {
        qputenv("TESSERA_PREVIEW_WORKER", "/nonexistent/tessera-preview-worker");
        PreviewEngine engine;
        const auto loaded = engine.loadNow(m_people);
        qunsetenv("TESSERA_PREVIEW_WORKER");
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"Cannot start the preview worker"_s), qPrintable(text(loaded.error())));
    }
};

QTEST_GUILESS_MAIN(TestPreviewEngine)
#include "tst_previewengine.moc"
