#include "models/formats/yamlreader.h"
#include "models/formats/yamlwriter.h"
#include "tests/support/standardsdir.h"

#include <QDir>
#include <QTest>

using namespace Tessera;

class TestYamlWriter : public QObject
{
    Q_OBJECT

    static void roundTrip(const QByteArray &yaml)
    {
        const auto first = YamlReader::parse(yaml, QStringLiteral("in.yaml"));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        const QByteArray written = YamlWriter::write(first.value());
        const auto second = YamlReader::parse(written, QStringLiteral("out.yaml"));
        QVERIFY2(
            second.ok(),
            qPrintable((second.ok() ? QString() : second.error().toString()) + QLatin1Char('\n') + QString::fromUtf8(written)));
        QCOMPARE(second->toJson(), first->toJson());
        QCOMPARE(second->keys, first->keys); // order kept
    }

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void typesSurvive_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("look-alike strings") << QByteArray(
            "a: 'true'\nb: '1.0'\nc: '007'\nd: ''\ne: 'null'\nf: '~'\ng: ' padded '\n");
        QTest::newRow("numbers") << QByteArray("a: 1\nb: -2.5\nc: 99.50\nd: 1e3\n");
        QTest::newRow("special characters") << QByteArray(
            "a: 'x: y'\nb: '#not a comment'\nc: '- dash'\nd: \"tab\\there\"\ne: 'it''s'\n");
        QTest::newRow("multi-line") << QByteArray("doc: |\n  # Title\n\n  Text with 'quotes' and: colons.\n  Last line\n");
        QTest::newRow("unicode") << QByteArray("name: Ünïcödé — 数据\n");
        QTest::newRow("nesting") << QByteArray("z: 1\na:\n  - x: [1, 2]\n    y: {}\n  - []\nm: null\n");
        QTest::newRow("odd keys") << QByteArray("'1': one\n'true': yes\n'a b': c\n");
    }
    void typesSurvive()
    {
        QFETCH(QByteArray, yaml);
        roundTrip(yaml);
    }

    void headerCommentsAreFound()
    {
        QCOMPARE(YamlWriter::leadingComments("# Copyright\n# SPDX\n\nid: x # inline\n# later\n"),
                 QByteArray("# Copyright\n# SPDX\n\n"));
        QCOMPARE(YamlWriter::leadingComments("id: x\n"), QByteArray());
    }

    void upstreamExamplesSurvive()
    {
        const QDir dir(TestSupport::standardsDir() + QLatin1String("/odcs/examples"));
        if (!dir.exists())
            QSKIP("the standards' documents are not here; they come with the shared folder beside the checkout");
        const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            roundTrip(f.readAll());
            if (QTest::currentTestFailed())
                qWarning("while round-tripping %s", qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
