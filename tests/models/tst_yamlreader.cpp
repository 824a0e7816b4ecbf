#include "models/formats/yamlreader.h"

#include <QRegularExpression>
#include <QTest>

using namespace Tessera;
using namespace Qt::StringLiterals;

class TestYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void typesFollowTheCoreSchema()
    {
        const auto doc = YamlReader::parse("a: 12\nb: 1.5\nc: true\nd: ~\ne: '12'\nf: 1.0.0\ng: 09:00-08:00\nh: \"true\"\n"
                                           "i: 2022-10-03\nj: -3\nk:\nl: [1, x]\nm: {n: 1}\n",
                                           QStringLiteral("t.yaml"));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        const DocNode &r = doc.value();
        QCOMPARE(r.member(QStringLiteral("a"))->kind, DocNode::Kind::Integer);
        QCOMPARE(r.member(QStringLiteral("a"))->integer, 12);
        QCOMPARE(r.member(QStringLiteral("b"))->kind, DocNode::Kind::Number);
        QCOMPARE(r.member(QStringLiteral("c"))->kind, DocNode::Kind::Bool);
        QCOMPARE(r.member(QStringLiteral("d"))->kind, DocNode::Kind::Null);
        QCOMPARE(r.member(QStringLiteral("e"))->kind, DocNode::Kind::String);
        QCOMPARE(r.member(QStringLiteral("f"))->kind, DocNode::Kind::String);
        QCOMPARE(r.member(QStringLiteral("g"))->kind, DocNode::Kind::String);
        QCOMPARE(r.member(QStringLiteral("h"))->kind, DocNode::Kind::String);
        QCOMPARE(r.member(QStringLiteral("i"))->kind, DocNode::Kind::String);
        QCOMPARE(r.member(QStringLiteral("j"))->integer, -3);
        QCOMPARE(r.member(QStringLiteral("k"))->kind, DocNode::Kind::Null);
        QCOMPARE(r.member(QStringLiteral("l"))->items.size(), size_t(2));
        QCOMPARE(r.member(QStringLiteral("m"))->text(QStringLiteral("n")), QStringLiteral("1"));
        QCOMPARE(r.keys.first(), QStringLiteral("a")); // order kept
    }

    void positionsAreOneBased()
    {
        const auto doc = YamlReader::parse("top:\n  inner: value\n  list:\n    - first\n", QStringLiteral("p.yaml"));
        QVERIFY(doc.ok());
        const DocNode *inner = doc->member(QStringLiteral("top"))->member(QStringLiteral("inner"));
        QCOMPARE(inner->line, 2);
        QCOMPARE(inner->column, 10);
        const DocNode &first = doc->member(QStringLiteral("top"))->member(QStringLiteral("list"))->items.front();
        QCOMPARE(first.line, 4);
        QCOMPARE(first.column, 7);
        QCOMPARE(doc->member(QStringLiteral("top"))->keyPositions.front(), std::make_pair(2, 3));
    }

    void badInputIsRejectedWithItsPlace_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("syntax") << QByteArray("a: [1, 2\nb: 3\n") << 2 << 0 << "not valid YAML";
        QTest::newRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << 0 << "not valid YAML";
        QTest::newRow("invalid utf-8") << QByteArray("name: ok\ntitle: caf\xC3\x28\n") << 2 << 11 << "UTF-8";
        QTest::newRow("overlong utf-8") << QByteArray("a: \xC0\xAF\n") << 1 << 4 << "UTF-8";
        QTest::newRow("duplicate key") << QByteArray("id: 1\nname: x\nid: 2\n") << 3 << 1 << "appears twice";
        QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << 2 << 1
                                       << "2 YAML documents"; // the "---" that starts the second
        QTest::newRow("empty") << QByteArray("") << 1 << 1 << "empty";
        // yaml-cpp 0.8 alone loops for ever, taking all memory, on these (found by fuzz_policy).
        QTest::newRow("lone comma") << QByteArray(",") << 1 << 1 << "\",\" cannot start a value";
        QTest::newRow("stray comma") << QByteArray("apiVersion: v3.1.0\n,\n") << 2 << 1 << "not valid YAML";
        QTest::newRow("raw NUL") << QByteArray("a: b\0c\n", 8) << 1 << 5 << "control character U+0000";
        QTest::newRow("escaped NUL") << QByteArray("a: \"b\\0c\"\n") << 1 << 4 << "U+0000 (NUL)";
        QTest::newRow("lone surrogate") << QByteArray("a: \"\\ud800\"\n") << 1 << 0 << "U+D800";
        QTest::newRow("1,025 deep") << QByteArray(QByteArray(1025, '[') + QByteArray(1025, ']')) << 1 << 0
                                    << "nested deeper than";
    }
    void badInputIsRejectedWithItsPlace()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const auto doc = YamlReader::parse(input, QStringLiteral("bad.yaml"));
        QVERIFY(!doc.ok());
        const Error &e = doc.error();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(e.file, QStringLiteral("bad.yaml"));
        QCOMPARE(e.line, line);
        if (column > 0)
            QCOMPARE(e.column, column);
        else
            QVERIFY(e.column > 0);
    }

    void billionLaughsStopsEarly()
    {
        QByteArray yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i <= 9; ++i) {
            yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int k = 0; k < 10; ++k)
                yaml += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
            yaml += "]\n";
        }
        const auto doc = YamlReader::parse(yaml, QStringLiteral("laughs.yaml"));
        QVERIFY(!doc.ok());
        const QString message = doc.error().message;
        QVERIFY2(message.contains(QLatin1String("aliases")), qPrintable(doc.error().toString()));
        // The work is bounded by values, not by time (a loaded machine makes any time flaky): the
        // reader gives up after expanding about 100,000 of the 10^10 values, and says how many.
        const QRegularExpressionMatch counted = QRegularExpression(u"more than ([\\d,.\\x{a0} ]+) values"_s).match(message);
        QVERIFY2(counted.hasMatch(), qPrintable(message));
        const qint64 expanded = QString(counted.captured(1)).remove(QRegularExpression(u"\\D"_s)).toLongLong();
        QVERIFY2(expanded > 0 && expanded <= 100'001, qPrintable(message));
    }

    void manyValuesWithoutAliasesAreFine()
    {
        QByteArray yaml = "items:\n";
        for (int i = 0; i < 60000; ++i)
            yaml += "  - {a: " + QByteArray::number(i) + ", b: x}\n";
        const auto doc = YamlReader::parse(yaml, QStringLiteral("big.yaml"));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->member(QStringLiteral("items"))->items.size(), size_t(60000));
    }

    void selfReferencingAliasIsRejected()
    {
        const auto doc = YamlReader::parse("a: &x [1, *x]\n", QStringLiteral("self.yaml"));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().file, QStringLiteral("self.yaml"));
        QVERIFY(doc.error().line >= 1);
    }

    void deepNestingIsRejected()
    {
        const QByteArray deep = QByteArray(500, '[') + QByteArray(500, ']');
        const auto doc = YamlReader::parse(deep, QStringLiteral("deep.yaml"));
        QVERIFY(!doc.ok());
        QVERIFY2(doc.error().message.contains(QLatin1String("deeper")) || doc.error().message.contains(QLatin1String("YAML")),
                 qPrintable(doc.error().toString()));
    }

    void oversizedInputIsRejected()
    {
        ReadLimits limits;
        limits.maxBytes = 100;
        const auto doc = YamlReader::parse(QByteArray(200, 'a'), QStringLiteral("big.yaml"), limits);
        QVERIFY(!doc.ok());
        QVERIFY(doc.error().message.contains(QLatin1String("200")));
    }

    void byteOrderMarkIsAccepted()
    {
        const auto doc = YamlReader::parse("\xEF\xBB\xBFname: x\n", QStringLiteral("bom.yaml"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->text(QStringLiteral("name")), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
