#include "models/core/role.h"

#include <QTest>

Q_DECLARE_METATYPE(Tessera::Role)

using namespace Tessera;

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void roundTrip_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("key");
        QTest::newRow("steward") << Role::Steward << QStringLiteral("steward");
        QTest::newRow("owner") << Role::Owner << QStringLiteral("owner");
        QTest::newRow("analyst") << Role::Analyst << QStringLiteral("analyst");
    }
    void roundTrip()
    {
        QFETCH(Role, role);
        QFETCH(QString, key);
        QCOMPARE(Roles::key(role), key);
        QCOMPARE(Roles::fromKey(key), std::optional<Role>(role));
        QCOMPARE(Roles::fromKey(QLatin1String("  ") + key.toUpper()), std::optional<Role>(role));
        QVERIFY(!Roles::displayName(role).isEmpty());
    }
    void unknownKey()
    {
        QCOMPARE(Roles::fromKey(QStringLiteral("admin")), std::nullopt);
        QCOMPARE(Roles::fromKey(QString()), std::nullopt);
        QCOMPARE(Roles::keys(), (QStringList{QStringLiteral("steward"), QStringLiteral("owner"), QStringLiteral("analyst")}));
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
