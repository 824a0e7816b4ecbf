#include "models/core/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("tessera.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        QVERIFY(m_dir.isValid());
    }
    void init() { QFile::remove(file()); }

    void defaults()
    {
        Settings settings(file());
        QCOMPARE(settings.role(), Role::Analyst);
        QVERIFY(settings.recentCatalogs().isEmpty());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        QCOMPARE(settings.receiverPort(), quint16(5000));
    }

    void valuesSurviveAReopen()
    {
        {
            Settings settings(file());
            settings.setRole(Role::Owner);
            settings.setLanguage(QStringLiteral("fr"));
            settings.setReceiverPort(5555);
            settings.setWindowState(QByteArray("\x01\x02\x00\x03", 4));
            settings.addRecentCatalog(CatalogLocation::sqliteFile(QStringLiteral("/a/one.tessera")));
            settings.addRecentCatalog(CatalogLocation::parse(QStringLiteral("postgresql://ana@db/mesh")).value());
        }
        Settings settings(file());
        QCOMPARE(settings.role(), Role::Owner);
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QCOMPARE(settings.receiverPort(), quint16(5555));
        QCOMPARE(settings.windowState(), QByteArray("\x01\x02\x00\x03", 4));
        const auto recent = settings.recentCatalogs();
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).toString(), QStringLiteral("postgresql://ana@db/mesh"));
        QCOMPARE(recent.at(1).filePath(), QStringLiteral("/a/one.tessera"));

        settings.setLanguage(QString());
        QVERIFY(settings.language().isEmpty());
    }

    void recentCatalogsAreMostRecentFirstWithoutDuplicatesAndCapped()
    {
        Settings settings(file());
        for (int i = 0; i < Settings::maxRecentCatalogs + 5; ++i)
            settings.addRecentCatalog(CatalogLocation::sqliteFile(QStringLiteral("/c/%1.tessera").arg(i)));
        settings.addRecentCatalog(CatalogLocation::sqliteFile(QStringLiteral("/c/10.tessera")));
        const auto recent = settings.recentCatalogs();
        QCOMPARE(recent.size(), Settings::maxRecentCatalogs);
        QCOMPARE(recent.first().filePath(), QStringLiteral("/c/10.tessera"));
        QCOMPARE(recent.at(1).filePath(), QStringLiteral("/c/14.tessera"));
        QCOMPARE(recent.count(CatalogLocation::sqliteFile(QStringLiteral("/c/10.tessera"))), 1);

        settings.clearRecentCatalogs();
        QVERIFY(settings.recentCatalogs().isEmpty());
    }

    void damagedValuesFallBack()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("session/role"), QStringLiteral("emperor"));
            raw.setValue(QStringLiteral("catalog/recent"),
                         QStringList{QString(), QStringLiteral("postgresql://x:pw@h/db"), QStringLiteral("/ok.tessera")});
        }
        Settings settings(file());
        QCOMPARE(settings.role(), Role::Analyst);
        const auto recent = settings.recentCatalogs();
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().filePath(), QStringLiteral("/ok.tessera"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
