#include "models/core/settings.h"
#include "models/core/translations.h"
#include "views/shell/mainwindow.h"

#include "tests/testsupport.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void removeTranslators()
    {
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (QAction *action : actions)
            titles << action->text();
        return titles;
    }

    struct Unfinished {
        int messages = 0;
        QStringList untranslated; // "context: source"
    };
    static Unfinished unfinishedIn(const QString &tsFile)
    {
        Unfinished result;
        QFile file(tsFile);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        QXmlStreamReader xml(&file);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                ++result.messages;
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || text.trimmed().isEmpty())
                    result.untranslated << context + QLatin1String(": ") + source;
            }
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanup() { removeTranslators(); }

    void languages()
    {
        const QStringList languages = Translations::available();
        QCOMPARE(languages.first(), QStringLiteral("en"));
        QVERIFY(languages.contains(QStringLiteral("de")));
        QVERIFY(languages.contains(QStringLiteral("fr")));
        QCOMPARE(languages.count(QStringLiteral("en")), 1);
    }

    void userInterface_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("noCatalog");
        QTest::addColumn<QString>("problems");
        QTest::addColumn<QString>("role");
        QTest::newRow("en") << "en" << QStringList{u"&File"_s, u"&Edit"_s, u"&Go"_s, u"&View"_s, u"&Settings"_s, u"&Help"_s}
                            << "No catalog"
                            << "Problems" << "Role: Analyst";
        QTest::newRow("de") << "de" << QStringList{u"&Datei"_s,   u"&Bearbeiten"_s,    u"&Gehe zu"_s,
                                                   u"&Ansicht"_s, u"&Einstellungen"_s, u"&Hilfe"_s}
                            << "Kein Katalog" << "Probleme" << "Rolle: Analyst";
        QTest::newRow("fr") << "fr" << QStringList{u"&Fichier"_s,   u"É&dition"_s,       u"A&ller"_s,
                                                   u"&Affichage"_s, u"&Configuration"_s, u"&Aide"_s}
                            << "Aucun catalogue" << "Problèmes" << "Rôle : Analyste";
    }
    void userInterface()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, noCatalog);
        QFETCH(QString, problems);
        QFETCH(QString, role);
        QCOMPARE(Translations::install(*qApp, language), language);

        Settings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)));
        MainWindow window(settings);
        QCOMPARE(menuTitles(window), menus);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("catalogStatus"))->text(), noCatalog);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("roleStatus"))->text(), role);
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("problemsDock"))->windowTitle(), problems);
        QCOMPARE(QLocale().name().left(2), language == QLatin1String("en") ? QStringLiteral("en") : language);
    }

    void englishPluralsAreReadable()
    {
        QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Tessera::MainWindow", "%n task(s) running", nullptr, 1),
                 QStringLiteral("1 task running"));
        QCOMPARE(QCoreApplication::translate("Tessera::MainWindow", "%n task(s) running", nullptr, 3),
                 QStringLiteral("3 tasks running"));
    }

    // lupdate over today's sources: every string is in the catalogues and translated.
    void catalogsAreCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("tsFile");
        for (const char *name : {"tessera_de.ts", "tessera_fr.ts", "tessera_en.ts"})
            QTest::newRow(name) << QStringLiteral(TESSERA_SOURCE_DIR "/translations/") + QLatin1String(name);
    }
    void catalogsAreCompleteAndCurrent()
    {
        QFETCH(QString, tsFile);
        const QString copy = m_dir.filePath(QFileInfo(tsFile).fileName());
        QFile::remove(copy);
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                         QStringLiteral("none")};
        if (tsFile.endsWith(QLatin1String("_en.ts")))
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral("-I") << QStringLiteral(TESSERA_SOURCE_DIR);
        for (const char *dir : {"/models", "/views", "/app"})
            args << QStringLiteral(TESSERA_SOURCE_DIR) + QLatin1String(dir);
        args << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const Unfinished unfinished = unfinishedIn(copy);
        QVERIFY2(unfinished.messages > 0, "no messages found: is lupdate reading the sources?");
        QVERIFY2(unfinished.untranslated.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 strings are not translated in %3 (run the update_translations target and "
                                           "translate them):\n  %4")
                                .arg(unfinished.untranslated.size())
                                .arg(unfinished.messages)
                                .arg(QFileInfo(tsFile).fileName(), unfinished.untranslated.join(QLatin1String("\n  ")))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
