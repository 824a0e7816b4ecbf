#include "models/core/error.h"
#include "models/core/result.h"

#include <QTest>

Q_DECLARE_METATYPE(Tessera::Error)

using namespace Tessera;

class TestError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void toString_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message only") << Error(QStringLiteral("bad")) << QStringLiteral("bad");
        QTest::newRow("file") << Error(QStringLiteral("bad")).at(QStringLiteral("a.yaml")) << QStringLiteral("a.yaml: bad");
        QTest::newRow("file and line") << Error(QStringLiteral("bad")).at(QStringLiteral("a.yaml"), 3)
                                       << QStringLiteral("a.yaml:3: bad");
        QTest::newRow("file, line and column")
            << Error(QStringLiteral("bad")).at(QStringLiteral("a.yaml"), 3, 14) << QStringLiteral("a.yaml:3:14: bad");
        QTest::newRow("column without line is dropped")
            << Error(QStringLiteral("bad")).at(QStringLiteral("a.yaml"), 0, 14) << QStringLiteral("a.yaml: bad");
        QTest::newRow("field") << Error(QStringLiteral("unknown type"))
                                      .at(QStringLiteral("c.odcs.yaml"), 12, 7)
                                      .inField(QStringLiteral("schema[0].logicalType"))
                               << QStringLiteral("c.odcs.yaml:12:7: schema[0].logicalType: unknown type");
    }
    void toString()
    {
        QFETCH(Error, error);
        QFETCH(QString, expected);
        QCOMPARE(error.toString(), expected);
    }

    void resultHoldsValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        Result<int> bad(Error(QStringLiteral("no")));
        QVERIFY(!bad.ok());
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("no"));
        Status status = Ok{};
        QVERIFY(status.ok());
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
