// Runs the built executables the way a person or a script does.
#include <QDir>
#include <QHostAddress>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestExecutables : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run run(const QString &program, const QStringList &arguments, const QString &platform = QStringLiteral("offscreen"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A home of its own, so settings written here do not touch the user's.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        if (platform.isEmpty())
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        else
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_home.isValid());
    }

    void tesseraVersionAndHelp()
    {
        const Run version = run(QStringLiteral(TESSERA_EXECUTABLE), {QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("Tessera " TESSERA_VERSION_STRING)), qPrintable(version.out));
        const Run help = run(QStringLiteral(TESSERA_EXECUTABLE), {QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QLatin1String("--screenshot")));
    }

    void tesseraRefusesBadArguments()
    {
        const Run bad = run(QStringLiteral(TESSERA_EXECUTABLE), {QStringLiteral("--role"), QStringLiteral("king")});
        QCOMPARE(bad.status, 2);
        QVERIFY2(bad.err.contains(QLatin1String("king")), qPrintable(bad.err));
        QVERIFY(bad.err.contains(QLatin1String("--help")));
    }

    // Without a display and without QT_QPA_PLATFORM, --screenshot still works: it needs no screen.
    void tesseraScreenshotsWithoutADisplay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
    }
    void tesseraScreenshotsWithoutADisplay()
    {
        QFETCH(QString, language);
        const QString dir = m_home.filePath(QStringLiteral("shots-") + language);
        const Run shot = run(QStringLiteral(TESSERA_EXECUTABLE),
                             {QStringLiteral("--screenshot"), dir, QStringLiteral("--lang"), language, QStringLiteral("--role"),
                              QStringLiteral("steward")},
                             QString());
        QVERIFY2(shot.status == 0, qPrintable(shot.err));
        const QStringList files = shot.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(files.contains(QDir(dir).filePath(QStringLiteral("mainwindow.png"))));
        for (const QString &file : files) {
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY(image.width() > 300 && image.height() > 200);
        }
    }

    void cliVersionInfoAndErrors()
    {
        const Run version = run(QStringLiteral(TESSERA_CLI_EXECUTABLE), {QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(QLatin1String("tessera-cli " TESSERA_VERSION_STRING)));
        const Run info = run(QStringLiteral(TESSERA_CLI_EXECUTABLE), {QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(info.status == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(QLatin1String("\"ok\": true")));
        const Run unknown = run(QStringLiteral(TESSERA_CLI_EXECUTABLE), {QStringLiteral("launch-rockets")});
        QCOMPARE(unknown.status, 2);
        QVERIFY(unknown.err.contains(QLatin1String("launch-rockets")));
    }

    // tessera-cli receive: a real pipeline posts to it, Ctrl+C (SIGTERM here) stops it cleanly,
    // and what it stored is there for tessera-cli runs.
    void cliReceivesEventsUntilStopped()
    {
        const QString catalog = m_home.filePath(QStringLiteral("received.tessera"));
        QProcess receiver;
        receiver.start(QStringLiteral(TESSERA_CLI_EXECUTABLE),
                       {QStringLiteral("receive"), QStringLiteral("--catalog"), catalog, QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY(receiver.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(receiver.canReadLine() || receiver.state() != QProcess::Running, 30000);
        const QJsonObject started = QJsonDocument::fromJson(receiver.readLine()).object();
        const int port = started.value(QStringLiteral("port")).toInt();
        QVERIFY2(port > 0, receiver.readAllStandardError().constData());
        QCOMPARE(started.value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:%1/api/v1/lineage").arg(port));

        const QByteArray event
            = "{\"eventType\":\"START\",\"eventTime\":\"2026-11-10T02:00:00Z\",\"producer\":\"p\","
              "\"run\":{\"runId\":\"from-http\"},\"job\":{\"namespace\":\"airflow://x\",\"name\":\"nightly\"}}";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/lineage HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(event.size()) + "\r\n\r\n" + event);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("\r\n\r\n")), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 201 Created"), answer.constData());
        socket.write("POST /api/v1/lineage HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\n{}");
        answer.clear();
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("}")), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        socket.disconnectFromHost();

        receiver.terminate(); // SIGTERM
        QVERIFY(receiver.waitForFinished(10000));
        QCOMPARE(receiver.exitStatus(), QProcess::NormalExit);
        QCOMPARE(receiver.exitCode(), 0);
        QVERIFY(receiver.readAllStandardError().contains("rejected (400)"));

        const Run runs
            = run(QStringLiteral(TESSERA_CLI_EXECUTABLE), {QStringLiteral("runs"), QStringLiteral("--catalog"), catalog});
        QCOMPARE(runs.status, 0);
        QVERIFY2(runs.out.contains(QLatin1String("from-http")) && runs.out.contains(QLatin1String("RUNNING")),
                 qPrintable(runs.out));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
