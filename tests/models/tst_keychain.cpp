// Remembering a team catalog's password in a real system keychain: GNOME Keyring's Secret Service
// on a session bus of the test's own (never the user's), in a home of its own. A password asked
// for once and remembered opens the catalog next time without asking; a kept password the server
// refuses is asked for again and replaced; the keyring on disk does not hold the password in clear.
// Skipped, saying why, where dbus-daemon or gnome-keyring-daemon is not installed.
#include "models/catalog/cataloglogin.h"
#include "models/core/credentials.h"
#include "tests/support/postgresserver.h"
#include "tests/testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

const QString canary = u"canary-Keyring-4Rt8-Password"_s;

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QProcess m_keyring;
    std::unique_ptr<TestSupport::PostgresServer> m_server;
    CatalogLocation m_location;

    // A session bus of our own, and GNOME Keyring on it, unlocked (its login keyring made) with
    // a password of the test's.
    QString startKeyring()
    {
        const QString busDaemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (busDaemon.isEmpty() || keyringDaemon.isEmpty())
            return u"needs dbus-daemon and gnome-keyring-daemon (./dev installs them in its build root)"_s;
        const QString config = QDir::home().filePath(u"bus.conf"_s);
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.write(
            QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                           "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                           "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                           "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                           "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                .arg(QDir::homePath())
                .toUtf8());
        file.close();
        m_bus.setProgram(busDaemon);
        m_bus.setArguments({u"--config-file"_s, config, u"--nofork"_s, u"--print-address=1"_s});
        m_bus.start();
        if (!m_bus.waitForStarted() || !m_bus.waitForReadyRead(10000))
            return u"dbus-daemon did not start: "_s + QString::fromLocal8Bit(m_bus.readAllStandardError());
        const QByteArray address = m_bus.readLine().trimmed();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, QString::fromLatin1(address));
        m_keyring.setProcessEnvironment(environment);
        m_keyring.setProgram(keyringDaemon);
        m_keyring.setArguments({u"--foreground"_s, u"--components=secrets"_s, u"--unlock"_s});
        m_keyring.start();
        if (!m_keyring.waitForStarted())
            return u"gnome-keyring-daemon did not start"_s;
        m_keyring.write("keyring-test-unlock");
        m_keyring.closeWriteChannel();
        // It answers once it owns its name on the bus.
        QElapsedTimer waited;
        waited.start();
        Result<std::optional<QString>> answer = Error(QString());
        while (!(answer = Keychain::read(u"tessera-test/ready"_s)) && waited.elapsed() < 15000)
            QTest::qWait(100);
        if (!answer)
            return u"GNOME Keyring did not answer on the test's bus: "_s + answer.error().message + u" "_s
                + QString::fromLocal8Bit(m_keyring.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        if (const QString problem = startKeyring(); !problem.isEmpty())
            QSKIP(qPrintable(u"The keychain test "_s + problem));
        QString problem;
        m_server = TestSupport::PostgresServer::start(&problem);
        if (!m_server)
            QSKIP(qPrintable(u"A team catalog needs a PostgreSQL server: "_s + problem));
        QString error;
        const QString url = m_server->createDatabase(u"team"_s, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QVERIFY(CatalogStore::open(CatalogLocation::parse(url).value(), u"admin"_s));
        QCOMPARE(m_server->execute(u"team"_s,
                                   u"CREATE ROLE stella LOGIN PASSWORD '%1'; GRANT tessera_steward TO stella"_s.arg(canary)),
                 QString());
        QCOMPARE(m_server->requirePasswords(), QString());
        m_location = CatalogLocation::parse(
                         u"postgresql://stella@/team?host=%1&port=%2"_s.arg(m_server->socketDir()).arg(m_server->port()))
                         .value();
        QTRY_VERIFY_WITH_TIMEOUT(!CatalogStore::open(m_location, u"stella"_s), 10000);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_keyring, &m_bus}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
    }

    void keepsReadsAndForgets()
    {
        const QString key = u"tessera-test/keychain"_s;
        const auto nothing = Keychain::read(key);
        QVERIFY2(nothing, nothing ? "" : qPrintable(nothing.error().message));
        QVERIFY(nothing.value() == std::nullopt);
        QVERIFY(Keychain::write(key, u"first"_s));
        QCOMPARE(Keychain::read(key).value(), std::optional(u"first"_s));
        QVERIFY(Keychain::write(key, u"second"_s)); // kept again under its key: replaced
        QCOMPARE(Keychain::read(key).value(), std::optional(u"second"_s));
        QVERIFY(Keychain::remove(key));
        QVERIFY(Keychain::read(key).value() == std::nullopt);
        QVERIFY(Keychain::remove(key)); // nothing kept: nothing to do
    }

    void rememberedOnceOpensWithoutAsking()
    {
        const auto opener = [](const CatalogLocation &location) {
            return CatalogStore::open(location, u"stella"_s);
        };
        int asked = 0;
        CatalogLogin::Outcome first = CatalogLogin::open(m_location, opener, [&](const CatalogLocation &, const Error &) {
            ++asked;
            return std::optional<CatalogLogin::Answer>({canary, /*remember=*/true});
        });
        QVERIFY2(first.store, first.store ? "" : qPrintable(first.store.error().toString()));
        QCOMPARE(asked, 1);
        QVERIFY(first.keptInKeychain);
        QCOMPARE(Keychain::read(SessionPasswords::key(m_location)).value(), std::optional(canary));

        // Another session (nothing in memory): the keychain answers, nobody is asked.
        SessionPasswords::forget(m_location);
        CatalogLogin::Outcome second = CatalogLogin::open(m_location, opener, [&](const CatalogLocation &, const Error &) {
            ++asked;
            return std::optional<CatalogLogin::Answer>();
        });
        QVERIFY2(second.store, second.store ? "" : qPrintable(second.store.error().toString()));
        QCOMPARE(asked, 1);
        QVERIFY(!second.keptInKeychain);

        // The password changed on the server: the kept one is refused, the person asked, and the
        // new one (to be kept for this session only) replaces nothing but removes the stale one.
        QCOMPARE(m_server->execute(u"team"_s, u"ALTER ROLE stella PASSWORD 'changed-%1'"_s.arg(canary)), QString());
        SessionPasswords::forget(m_location);
        CatalogLogin::Outcome third = CatalogLogin::open(m_location, opener, [&](const CatalogLocation &, const Error &) {
            ++asked;
            return std::optional<CatalogLogin::Answer>({u"changed-"_s + canary, /*remember=*/false});
        });
        QVERIFY2(third.store, third.store ? "" : qPrintable(third.store.error().toString()));
        QCOMPARE(asked, 2);
        QVERIFY(Keychain::read(SessionPasswords::key(m_location)).value() == std::nullopt);
        SessionPasswords::forget(m_location);

        // The keyring keeps it encrypted: no file under the home holds the password.
        QVERIFY(QDir(QDir::home().filePath(u".local/share/keyrings"_s)).exists());
        const QStringList files = TestSupport::filesHolding(QDir::homePath(), canary);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
};

int main(int argc, char **argv)
{
    // The keyring, Tessera's files and the bus live in a home of the test's own.
    QTemporaryDir home(u"/tmp/tessera-keychain-home-XXXXXX"_s);
    TestSupport::useHome(home.path());
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
