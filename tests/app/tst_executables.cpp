// Runs the built executables the way a person or a script does.
#include <QDir>
#include <QImage>
#include <QProcess>
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
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
