#include "models/core/problemmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Tessera;

class TestProblemModel : public QObject
{
    Q_OBJECT

    static Problem problem(Problem::Severity severity, const char *message, const char *source, int line = 0)
    {
        Error e(QString::fromUtf8(message));
        if (line > 0)
            e.at(QStringLiteral("sales/orders.odcs.yaml"), line, 5);
        return {severity, e, QString::fromUtf8(source)};
    }

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void addAndShow()
    {
        ProblemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ProblemModel::countsChanged);

        model.add(problem(Problem::Severity::Error, "unknown logicalType", "sync", 12));
        model.add(problem(Problem::Severity::Warning, "no owner", "policy"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProblemModel::ColumnCount));
        QCOMPARE(counts.size(), 2);
        QCOMPARE(model.count(Problem::Severity::Error), 1);
        QCOMPARE(model.count(Problem::Severity::Warning), 1);
        QCOMPARE(model.count(Problem::Severity::Info), 0);

        const QModelIndex message = model.index(0, ProblemModel::MessageColumn);
        QCOMPARE(message.data().toString(), QStringLiteral("unknown logicalType"));
        QCOMPARE(model.index(0, ProblemModel::LocationColumn).data().toString(), QStringLiteral("sales/orders.odcs.yaml:12:5"));
        QCOMPARE(model.index(0, ProblemModel::SourceColumn).data().toString(), QStringLiteral("sync"));
        QCOMPARE(message.data(ProblemModel::LineRole).toInt(), 12);
        QCOMPARE(message.data(ProblemModel::ColumnRole).toInt(), 5);
        QCOMPARE(message.data(ProblemModel::SeverityRole).toInt(), int(Problem::Severity::Error));
        QCOMPARE(message.data(Qt::ToolTipRole).toString(), QStringLiteral("sales/orders.odcs.yaml:12:5: unknown logicalType"));
        QCOMPARE(model.index(1, ProblemModel::LocationColumn).data().toString(), QString());
        QCOMPARE(model.headerData(ProblemModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
    }

    void clearOneSourceKeepsTheOthers()
    {
        ProblemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const char *sources[] = {"a", "b", "a", "a", "c", "a", "b"};
        for (const char *source : sources)
            model.add(problem(Problem::Severity::Warning, source, source));

        QSignalSpy counts(&model, &ProblemModel::countsChanged);
        model.clear(QStringLiteral("a"));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QStringList left;
        for (int row = 0; row < model.rowCount(); ++row)
            left << model.problem(row).source;
        QCOMPARE(left, (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("b")}));

        model.clear(QStringLiteral("nobody"));
        QCOMPARE(counts.size(), 1);
        model.clearAll();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counts.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProblemModel)
#include "tst_problemmodel.moc"
