#include "models/core/cataloglocation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestCatalogLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("display");
        QTest::newRow("absolute") << "/data/mesh.tessera" << "/home/ana" << "/data/mesh.tessera" << "mesh.tessera";
        QTest::newRow("relative") << "cat/mesh.tessera" << "/home/ana" << "/home/ana/cat/mesh.tessera" << "mesh.tessera";
        QTest::newRow("dot segments") << "../b/./x.db" << "/home/ana/a" << "/home/ana/b/x.db" << "x.db";
        QTest::newRow("file url") << "file:///srv/x.sqlite" << "/home" << "/srv/x.sqlite" << "x.sqlite";
        QTest::newRow("surrounding space") << "  /a/b.tessera " << "/" << "/a/b.tessera" << "b.tessera";
    }
    void files()
    {
        QFETCH(QString, input);
        QFETCH(QString, base);
        QFETCH(QString, path);
        QFETCH(QString, display);
        const auto location = CatalogLocation::parse(input, base);
        QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().toString()));
        QCOMPARE(location->kind(), CatalogLocation::Kind::SqliteFile);
        QCOMPARE(location->filePath(), path);
        QCOMPARE(location->displayName(), display);
        QCOMPARE(location->toString(), path);
        // What toString() gives parses back to the same location.
        QCOMPARE(CatalogLocation::parse(location->toString()).value(), location.value());
    }

    void postgres_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("stored");
        QTest::newRow("full") << "postgresql://ana@db.example.org:5433/mesh" << "mesh" << "ana@db.example.org:5433/mesh"
                              << "postgresql://ana@db.example.org:5433/mesh";
        QTest::newRow("postgres scheme") << "postgres://db/mesh" << "mesh" << "db/mesh" << "postgresql://db/mesh";
        QTest::newRow("unix socket") << "postgresql:///mesh?host=/run/postgresql" << "mesh" << "local server/mesh"
                                     << "postgresql:///mesh?host=/run/postgresql";
        QTest::newRow("tls options") << "postgresql://ana@db/mesh?sslmode=verify-full" << "mesh" << "ana@db/mesh"
                                     << "postgresql://ana@db/mesh?sslmode=verify-full";
    }
    void postgres()
    {
        QFETCH(QString, input);
        QFETCH(QString, database);
        QFETCH(QString, display);
        QFETCH(QString, stored);
        const auto location = CatalogLocation::parse(input);
        QVERIFY2(location.ok(), qPrintable(location.ok() ? QString() : location.error().toString()));
        QCOMPARE(location->kind(), CatalogLocation::Kind::PostgreSql);
        QCOMPARE(location->databaseName(), database);
        QCOMPARE(location->displayName(), display);
        QCOMPARE(location->toString(), stored);
        QCOMPARE(CatalogLocation::parse(location->toString()).value(), location.value());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << "" << "No catalog given";
        QTest::newRow("blank") << "   " << "No catalog given";
        QTest::newRow("password") << "postgresql://ana:secret@db/mesh" << "password";
        QTest::newRow("no database") << "postgresql://ana@db" << "names no database";
        QTest::newRow("no database, slash") << "postgresql://ana@db/" << "names no database";
        QTest::newRow("other scheme") << "mysql://db/mesh" << "Unknown kind";
        QTest::newRow("bad url") << "postgresql://ana@db:notaport/mesh" << "not valid";
        // QUrl's own message would quote the whole text, password and all.
        QTest::newRow("bad url with a password") << "postgresql://ana:se cret|x@db:notaport/mesh" << "password";
        QTest::newRow("password option") << "postgresql://ana@db/mesh?password=secret" << "password";
        QTest::newRow("sslpassword option") << "postgresql://ana@db/mesh?sslpassword=secret" << "password";
        // Options that would send a kept password to another server, login or database.
        QTest::newRow("hostaddr") << "postgresql://ana@db/mesh?hostaddr=10.0.0.66" << "\"hostaddr\" is not taken";
        QTest::newRow("user") << "postgresql://ana@db/mesh?user=root" << "\"user\" is not taken";
        QTest::newRow("dbname") << "postgresql://ana@db/mesh?dbname=other" << "\"dbname\" is not taken";
        QTest::newRow("service") << "postgresql://ana@db/mesh?service=x" << "\"service\" is not taken";
        QTest::newRow("port option") << "postgresql://ana@db/mesh?port=abc" << "not a port";
        QTest::newRow("space in an option") << "postgresql://ana@db/mesh?sslrootcert=a%20b" << "space";
    }
    void refused()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const auto location = CatalogLocation::parse(input);
        QVERIFY(!location.ok());
        QVERIFY2(location.error().message.contains(messagePart), qPrintable(location.error().message));
        // The password never shows up in what we tell the person.
        QVERIFY(!location.error().message.contains(QLatin1String("secret")));
    }

    void folderIsNotACatalog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto location = CatalogLocation::parse(dir.path());
        QVERIFY(!location.ok());
        QVERIFY(location.error().message.contains(QLatin1String("folder")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogLocation)
#include "tst_cataloglocation.moc"
