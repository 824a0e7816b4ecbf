#include "views/shell/aboutdialog.h"

#include "models/core/runtimeinfo.h"

#include "tests/testsupport.h"

#include <ksyntaxhighlighting_version.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Tessera;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::failOnWarnings(); }

    void listsTheLibrariesInUse()
    {
        AboutDialog dialog;
        const RuntimeInfo info = RuntimeInfo::current();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("syntaxHighlightingVersion"))->text(),
                 QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("qtVersion"))->text().startsWith(info.qtRuntimeVersion));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sqliteVersion"))->text(), info.sqliteLibraryVersion);
        QVERIFY(dialog.librariesText().contains(QLatin1String("KF6 SyntaxHighlighting: " KSYNTAXHIGHLIGHTING_VERSION_STRING)));
        QVERIFY(dialog.windowTitle().contains(QLatin1String("Tessera")));
    }

    void copiesVersionsToTheClipboard()
    {
        AboutDialog dialog;
        dialog.show();
        QPushButton *copy = nullptr;
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        for (QPushButton *button : buttons) {
            if (button->text() == QLatin1String("Copy Versions"))
                copy = button;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QLatin1String("Tessera " TESSERA_VERSION_STRING)));
        QVERIFY(copied.contains(QLatin1String("SQLite: ")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
