// A team catalog whose server asks for a password: Tessera asks for it (again when it is wrong),
// uses it for every connection of the session, offers the system keychain or says why there is
// none, and never writes it anywhere: a canary password is looked for in every file Tessera wrote,
// every message it logged and every row of the catalog.
#include "models/catalog/catalogstore.h"
#include "models/core/credentials.h"
#include "models/core/problemmodel.h"
#include "models/core/settings.h"
#include "models/federation/samplemesh.h"
#include "tests/support/postgresserver.h"
#include "tests/testsupport.h"
#include "views/shell/mainwindow.h"
#include "views/shell/passworddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

const QString canary = u"canary-7Qx9-Zebra-Password"_s;

QMutex logMutex;
QStringList logged;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged << message;
    }
    previousHandler(type, context, message);
}

} // namespace

class TestTeamPassword : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::PostgresServer> m_server;
    QString m_database = u"team"_s;
    QString m_home; // where Tessera writes: settings, drafts, caches
    CatalogLocation m_location;

    CatalogLocation locationFor(const QString &user) const
    {
        return CatalogLocation::parse(
                   u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(user, m_database, m_server->socketDir()).arg(m_server->port()))
            .value();
    }

    // Rows of the catalog that hold text, as the superuser sees them.
    int rowsHolding(const QString &text)
    {
        const QString name = u"superuser-look"_s;
        int found = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(m_server->socketDir());
            db.setPort(m_server->port());
            db.setUserName(m_server->superuser());
            db.setDatabaseName(m_database);
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            QSqlQuery tables(db);
            tables.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s);
            int checked = 0;
            while (tables.next()) {
                QSqlQuery rows(db);
                rows.prepare(u"SELECT count(*) FROM %1 t WHERE t::text LIKE '%%' || ? || '%%'"_s.arg(tables.value(0).toString()));
                rows.addBindValue(text);
                if (!rows.exec() || !rows.next())
                    qFatal("%s", qPrintable(rows.lastError().text()));
                found += rows.value(0).toInt();
                ++checked;
            }
            if (checked < 10)
                qFatal("only %d tables in the catalog", checked);
        }
        QSqlDatabase::removeDatabase(name);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        m_home = QDir::homePath(); // main() made it
        QString problem;
        m_server = TestSupport::PostgresServer::start(&problem);
        if (!m_server)
            QSKIP(qPrintable(u"A team catalog needs a PostgreSQL server: "_s + problem));
        QString error;
        const QString url = m_server->createDatabase(m_database, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            auto admin = CatalogStore::open(CatalogLocation::parse(url).value(), u"admin"_s);
            QVERIFY2(admin, admin ? "" : qPrintable(admin.error().toString()));
            QVERIFY(SampleMesh::importInto(*admin.value()));
        }
        QCOMPARE(m_server->execute(m_database,
                                   u"CREATE ROLE stella LOGIN PASSWORD '%1'; GRANT tessera_steward TO stella"_s.arg(canary)),
                 QString());
        QCOMPARE(m_server->requirePasswords(), QString());
        m_location = locationFor(u"stella"_s);
        // The server reloads its rules in a moment.
        QTRY_VERIFY_WITH_TIMEOUT(!CatalogStore::open(m_location, u"stella"_s), 10000);
        previousHandler = qInstallMessageHandler(capture);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void refusedWithoutAndWithAWrongPassword()
    {
        SessionPasswords::forget(m_location);
        auto none = CatalogStore::open(m_location, u"stella"_s);
        QVERIFY(!none);
        QVERIFY2(CatalogStore::wantsPassword(none.error()), qPrintable(none.error().toString()));
        QVERIFY(none.error().message.contains(u"stella"_s));

        SessionPasswords::remember(m_location, u"not-the-password"_s);
        auto wrong = CatalogStore::open(m_location, u"stella"_s);
        QVERIFY(!wrong);
        QVERIFY2(CatalogStore::wantsPassword(wrong.error()), qPrintable(wrong.error().toString()));
        QVERIFY(!wrong.error().message.contains(u"not-the-password"_s));
        SessionPasswords::forget(m_location);

        // Not every failure is about the password: a database that does not exist is not.
        CatalogLocation missing = CatalogLocation::parse(m_location.toString().replace(u"/team?"_s, u"/nosuchdb?"_s)).value();
        SessionPasswords::remember(missing, canary);
        auto elsewhere = CatalogStore::open(missing, u"stella"_s);
        QVERIFY(!elsewhere);
        QVERIFY2(!CatalogStore::wantsPassword(elsewhere.error()), qPrintable(elsewhere.error().toString()));
        SessionPasswords::forget(missing);
    }

    void thePasswordDialog()
    {
        const Error refusal(u"Could not connect: password authentication failed for user \"stella\""_s);
        PasswordDialog without(m_location, refusal, false);
        auto *remember = without.findChild<QCheckBox *>(u"remember"_s);
        QVERIFY(remember && !remember->isEnabled() && !remember->isChecked());
        auto *why = without.findChild<QLabel *>(u"keychainUnavailable"_s);
        QVERIFY(why && why->text() == Keychain::unavailableReason());
        without.findChild<QLineEdit *>(u"password"_s)->setText(u"typed"_s);
        QCOMPARE(without.answer().password, u"typed"_s);
        QVERIFY(!without.answer().remember);
        QCOMPARE(without.findChild<QLineEdit *>(u"password"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(without.findChild<QLabel *>(u"serverMessage"_s)->text().contains(u"password authentication failed"_s));

        PasswordDialog with(m_location, refusal, true);
        QVERIFY(with.findChild<QCheckBox *>(u"remember"_s)->isChecked());
        QVERIFY(!with.findChild<QLabel *>(u"keychainUnavailable"_s));
        QVERIFY(with.answer().remember);
    }

    // The whole way through the application, then the look for the canary.
    void theCanaryIsNeverWritten()
    {
        SessionPasswords::forget(m_location);
        QVERIFY(!Keychain::isAvailable()); // main() saw to it: this test never touches a real keychain
        {
            Settings settings(m_home + u"/settings.ini"_s);
            MainWindow window(settings);
            QList<Error> refusals;
            bool sameCatalog = true;
            window.setPasswordPrompt([&](const CatalogLocation &location, const Error &refusal) {
                sameCatalog = sameCatalog && location == m_location;
                refusals << refusal;
                return std::optional<PasswordDialog::Answer>(
                    {refusals.size() == 1 ? u"a-wrong-guess"_s : canary, /*remember=*/true});
            });
            const Status opened = window.openCatalog(m_location);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
            QCOMPARE(refusals.size(), 2); // none given, then the wrong one
            QVERIFY(sameCatalog);
            QVERIFY(CatalogStore::wantsPassword(refusals.at(0)) && CatalogStore::wantsPassword(refusals.at(1)));
            QVERIFY(window.store()->serverRights().has_value());
            QCOMPARE(window.store()->serverRights()->role, Role::Steward);

            // Remembering was asked for, and no keychain answers: the person is told why.
            bool told = false;
            for (int row = 0; row < window.problems()->rowCount(); ++row)
                told = told || window.problems()->problem(row).detail.message.contains(u"No system keychain"_s);
            QVERIFY(told);

            // A second connection of the session (as the facet counter makes) needs no prompt.
            auto second = CatalogStore::open(m_location, u"stella"_s, CatalogStore::OpenCheck::None);
            QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));

            // An edit saved, so the audit log, drafts and settings all have something written.
            auto product = window.store()->product(u"sales.orders"_s);
            QVERIFY(product && product->has_value());
            Product edited = **product;
            edited.description += u" Checked by the canary test."_s;
            QCOMPARE(window.store()->saveProduct(edited).status, SaveResult::Status::Saved);
            window.close();
        }

        const QStringList files = TestSupport::filesHolding(m_home, canary);
        QVERIFY2(files.isEmpty(), qPrintable(u"the password is in "_s + files.join(u", "_s)));
        // The look would have seen it: the settings name the catalog.
        QCOMPARE(TestSupport::filesHolding(m_home, m_location.toString()).size(), 1);
        qInfo("log capture check");
        {
            QMutexLocker lock(&logMutex);
            QVERIFY(logged.contains(u"log capture check"_s)); // the look would have seen it
            for (const QString &message : std::as_const(logged))
                QVERIFY2(!message.contains(canary), qPrintable(message));
        }
        QCOMPARE(rowsHolding(canary), 0);
        QVERIFY(rowsHolding(u"Checked by the canary test."_s) > 0); // the look into rows sees rows
        SessionPasswords::forget(m_location);
    }

    void cancellingKeepsTheCatalogInUse()
    {
        SessionPasswords::forget(m_location);
        Settings settings(m_home + u"/cancel.ini"_s);
        MainWindow window(settings);
        const QString file = m_home + u"/own.tessera"_s;
        QVERIFY(window.openCatalog(CatalogLocation::sqliteFile(file)));
        int asked = 0;
        window.setPasswordPrompt([&](const CatalogLocation &, const Error &) {
            ++asked;
            return std::optional<PasswordDialog::Answer>();
        });
        const Status opened = window.openCatalog(m_location);
        QVERIFY(!opened);
        QCOMPARE(asked, 1);
        QVERIFY(CatalogStore::wantsPassword(opened.error()));
        QCOMPARE(window.catalog(), CatalogLocation::sqliteFile(file));
    }
};

int main(int argc, char **argv)
{
    // Everything Tessera writes goes to a home of the test's own, where it is searched; and no
    // keychain answers (a session bus that is not there), so the user's own is never touched.
    QTemporaryDir home(u"/tmp/tessera-password-XXXXXX"_s);
    TestSupport::useHome(home.path());
    QApplication app(argc, argv);
    TestTeamPassword test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teampassword.moc"
