#include "models/core/commandline.h"

#include <QTest>

using namespace Tessera;

class TestCommandLine : public QObject
{
    Q_OBJECT

    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList result{QStringLiteral("tessera")};
        for (const char *a : list)
            result << QString::fromUtf8(a);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void noArgumentsRuns()
    {
        const auto outcome = CommandLine::parse(args({}));
        QCOMPARE(outcome.action, CommandLine::Action::Run);
        QVERIFY(!outcome.options.catalog);
        QVERIFY(!outcome.options.role);
        QVERIFY(outcome.options.screenshotDir.isEmpty());
        QVERIFY(outcome.options.language.isEmpty());
    }

    void everyOption()
    {
        const auto outcome = CommandLine::parse(
            args({"--catalog", "mesh.tessera", "--role", "steward", "--screenshot", "shots", "--lang", "de"}),
            QStringLiteral("/work"));
        QCOMPARE(outcome.action, CommandLine::Action::Run);
        QVERIFY(outcome.options.catalog);
        QCOMPARE(outcome.options.catalog->filePath(), QStringLiteral("/work/mesh.tessera"));
        QCOMPARE(outcome.options.role, std::optional<Role>(Role::Steward));
        QCOMPARE(outcome.options.screenshotDir, QStringLiteral("/work/shots"));
        QCOMPARE(outcome.options.language, QStringLiteral("de"));
    }

    void catalogAsPlainArgument()
    {
        const auto outcome = CommandLine::parse(args({"sales.tessera"}), QStringLiteral("/home/ana"));
        QCOMPARE(outcome.action, CommandLine::Action::Run);
        QCOMPARE(outcome.options.catalog->filePath(), QStringLiteral("/home/ana/sales.tessera"));
    }

    void postgresCatalog()
    {
        const auto outcome = CommandLine::parse(args({"--catalog=postgresql://ana@db/mesh"}));
        QCOMPARE(outcome.action, CommandLine::Action::Run);
        QCOMPARE(outcome.options.catalog->kind(), CatalogLocation::Kind::PostgreSql);
    }

    void helpAndVersion()
    {
        auto help = CommandLine::parse(args({"--help"}));
        QCOMPARE(help.action, CommandLine::Action::ShowHelp);
        for (const char *option : {"--catalog", "--role", "--screenshot", "--lang", "--version"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);

        auto version = CommandLine::parse(args({"--version"}));
        QCOMPARE(version.action, CommandLine::Action::ShowVersion);
        QVERIFY(version.text.startsWith(QLatin1String("Tessera " TESSERA_VERSION_STRING)));
        QVERIFY(version.text.contains(QLatin1String("Qt ")));
        QVERIFY(version.text.contains(QLatin1String("SQLite ")));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown option") << args({"--frobnicate"}) << "frobnicate";
        QTest::newRow("missing value") << args({"--role"}) << "role";
        QTest::newRow("unknown role") << args({"--role", "admin"}) << "admin";
        QTest::newRow("bad catalog") << args({"--catalog", "postgresql://a:pw@h/db"}) << "password";
        QTest::newRow("unknown language") << args({"--lang", "tlh"}) << "tlh";
        QTest::newRow("two catalogs") << args({"a.tessera", "b.tessera"}) << "b.tessera";
        QTest::newRow("catalog twice") << args({"--catalog", "a.tessera", "b.tessera"}) << "b.tessera";
        QTest::newRow("empty screenshot folder") << args({"--screenshot="}) << "--screenshot";
    }
    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const auto outcome = CommandLine::parse(arguments);
        QCOMPARE(outcome.action, CommandLine::Action::Fail);
        QVERIFY2(outcome.text.contains(messagePart), qPrintable(outcome.text));
    }

    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << args({"--role", "owner"}) << QString();
        QTest::newRow("separate") << args({"--lang", "fr"}) << "fr";
        QTest::newRow("equals") << args({"--lang=de"}) << "de";
        QTest::newRow("dangling") << args({"--lang"}) << QString();
    }
    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(CommandLine::languageArgument(arguments), language);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
