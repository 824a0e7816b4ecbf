#include "models/core/activitymodel.h"

#include <QAbstractItemModelTester>
#include <QPromise>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QtConcurrentRun>
#include <QTest>
#include <QThreadPool>

using namespace Tessera;

class TestActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void progressFromAWorkerThread()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy running(&model, &ActivityModel::runningCountChanged);

        QSemaphore halfway, resume;
        auto unblock = qScopeGuard([&resume] {
            resume.release(); // a failed check must not leave the worker waiting forever
        });
        QFuture<void> future = QtConcurrent::run([&](QPromise<void> &promise) {
            promise.setProgressRange(0, 200);
            promise.setProgressValueAndText(100, QStringLiteral("sales"));
            halfway.release();
            resume.acquire();
            promise.setProgressValue(200);
        });
        const int row = model.track(future, QStringLiteral("Sync"));
        QCOMPARE(row, 0);
        QCOMPARE(model.runningCount(), 1);
        QCOMPARE(running.size(), 1);

        QVERIFY(halfway.tryAcquire(1, 5000));
        QTRY_COMPARE(model.index(0, 0).data(ActivityModel::PercentRole).toInt(), 50);
        QTRY_COMPARE(model.index(0, ActivityModel::TitleColumn).data().toString(), QStringLiteral("Sync: sales"));
        QCOMPARE(model.index(0, 0).data(ActivityModel::CancellableRole).toBool(), true);
        QCOMPARE(model.index(0, ActivityModel::StateColumn).data().toString(), QStringLiteral("Running"));

        unblock.dismiss();
        resume.release();
        QTRY_COMPARE(model.state(0), ActivityModel::State::Finished);
        QCOMPARE(model.runningCount(), 0);
        QCOMPARE(running.last().first().toInt(), 0);
        QCOMPARE(model.index(0, 0).data(ActivityModel::PercentRole).toInt(), 100);
        QCOMPARE(model.index(0, 0).data(ActivityModel::CancellableRole).toBool(), false);
    }

    void cancelReachesTheWorker()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSemaphore started;
        std::atomic<bool> sawCancel = false;
        QFuture<void> future = QtConcurrent::run([&](QPromise<void> &promise) {
            started.release();
            // Unknown amount of work until asked to stop.
            for (int i = 0; i < 10000 && !promise.isCanceled(); ++i)
                QThread::msleep(1);
            sawCancel = promise.isCanceled();
        });
        model.track(future, QStringLiteral("Layout"));
        QCOMPARE(model.index(0, 0).data(ActivityModel::PercentRole).toInt(), -1);
        // Cancelled before it starts, a QtConcurrent job never runs at all; here it is running.
        QVERIFY(started.tryAcquire(1, 5000));

        model.cancel(0);
        QTRY_COMPARE(model.state(0), ActivityModel::State::Cancelled);
        // A cancelled future reports at once; the worker notices at its next check.
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel, 10000);
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(model.index(0, ActivityModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
    }

    void clearFinishedKeepsRunningWork()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSemaphore resume;
        auto unblock = qScopeGuard([&resume] {
            resume.release();
        });
        model.track(QtConcurrent::run([] { }), QStringLiteral("quick one"));
        model.track(QtConcurrent::run([&resume] {
                        resume.acquire();
                    }),
                    QStringLiteral("slow one"));
        model.track(QtConcurrent::run([] { }), QStringLiteral("quick two"));
        QTRY_COMPARE(model.runningCount(), 1);

        model.clearFinished();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ActivityModel::TitleColumn).data().toString(), QStringLiteral("slow one"));
        unblock.dismiss();
        resume.release();
        QTRY_COMPARE(model.runningCount(), 0);
        model.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
