// The preview worker process through PreviewEngine: samples loaded and queried in the worker,
// the first page before the rest, cancel, the wall-clock deadline and the memory cap ending a
// worker that does not answer, a new worker with the samples loaded again, and the masking canary
// over everything the worker writes.
#include "models/preview/previewengine.h"

#include "tests/testsupport.h"

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
