#include "models/core/runtimeinfo.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTest>
#include <QVersionNumber>

using namespace Tessera;

class TestRuntimeInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void versions()
    {
        const RuntimeInfo info = RuntimeInfo::current();
        const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
        QCOMPARE(info.tesseraVersion, QStringLiteral(TESSERA_VERSION_STRING));
        QVERIFY(version.match(info.qtRuntimeVersion).hasMatch());
        QVERIFY(QVersionNumber::fromString(info.qtRuntimeVersion) >= QVersionNumber(6, 7));
        QVERIFY(version.match(info.sqliteLibraryVersion).hasMatch());
        QVERIFY(version.match(info.sqliteDriverVersion).hasMatch());
    }

    void driverUsesOurSqlite()
    {
        const Status status = checkSqliteDriver();
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        // The check takes no connection with it.
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());
    }

    void mismatchAndMissingDriverAreReported()
    {
        RuntimeInfo info = RuntimeInfo::current();
        info.sqliteDriverVersion = QStringLiteral("3.0.1");
        Status mismatch = checkSqliteDriver(info);
        QVERIFY(!mismatch.ok());
        QVERIFY(mismatch.error().message.contains(QLatin1String("3.0.1")));
        QVERIFY(mismatch.error().message.contains(info.sqliteLibraryVersion));

        info.sqliteDriverVersion.clear();
        Status missing = checkSqliteDriver(info);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("QSQLITE")));
    }

    // The name changes are recorded under: the login's, even where no variable names it (a
    // service, a container).
    void userName()
    {
        const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME"), username = qgetenv("USERNAME");
        qputenv("USER", "olaf");
        QCOMPARE(Tessera::currentUserName(), QStringLiteral("olaf"));
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        qunsetenv("USERNAME");
        const QString fallback = Tessera::currentUserName();
        for (const auto &[name, value] :
             {std::pair{"USER", user}, std::pair{"LOGNAME", logname}, std::pair{"USERNAME", username}}) {
            if (!value.isEmpty())
                qputenv(name, value);
        }
#ifdef Q_OS_UNIX
        QVERIFY2(fallback != QStringLiteral("unknown") && !fallback.isEmpty(), qPrintable(fallback));
#else
        QVERIFY(!fallback.isEmpty());
#endif
    }
};

QTEST_GUILESS_MAIN(TestRuntimeInfo)
#include "tst_runtimeinfo.moc"
