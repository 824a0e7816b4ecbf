#include "models/cli/cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Tessera;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run {
        int status;
        QString out;
        QString err;
    };
    static Run run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("tessera-cli"));
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = Cli::execute(arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.status, int(Cli::Success));
        QVERIFY(r.out.startsWith(QLatin1String("tessera-cli " TESSERA_VERSION_STRING "\n")));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.status, int(Cli::Success));
        QVERIFY(r.out.contains(QLatin1String("--json")));
        QVERIFY(r.out.contains(QLatin1String("Commands:")));
        QVERIFY(r.out.contains(QLatin1String("  info")));
    }

    void info()
    {
        const Run text = run({QStringLiteral("info")});
        QCOMPARE(text.status, int(Cli::Success));
        QVERIFY(text.out.contains(QLatin1String("SQLite: ")));

        for (const QStringList &args : {QStringList{QStringLiteral("--json"), QStringLiteral("info")},
                                        QStringList{QStringLiteral("info"), QStringLiteral("--json")}}) {
            const Run json = run(args);
            QCOMPARE(json.status, int(Cli::Success));
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(object.value(QStringLiteral("tessera")).toString(), QStringLiteral(TESSERA_VERSION_STRING));
            QCOMPARE(object.value(QStringLiteral("ok")).toBool(), true);
            QCOMPARE(object.value(QStringLiteral("sqlite")).toString(), object.value(QStringLiteral("sqliteDriver")).toString());
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no command") << QStringList() << "no command";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command \"frobnicate\"";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("extra argument") << QStringList{QStringLiteral("info"), QStringLiteral("x")} << "unexpected argument";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Run r = run(arguments);
        QCOMPARE(r.status, int(Cli::UsageError));
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
