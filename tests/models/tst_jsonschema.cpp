#include "models/formats/jsonschema.h"
#include "models/formats/yamlreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Tessera;

class TestJsonSchema : public QObject
{
    Q_OBJECT

    static JsonSchema schema(const char *json) { return JsonSchema(QJsonDocument::fromJson(json).object()); }
    static QList<Error> run(const JsonSchema &s, const char *yaml)
    {
        const auto doc = YamlReader::parse(yaml, QStringLiteral("doc.yaml"));
        if (!doc)
            qFatal("bad test document: %s", qPrintable(doc.error().toString()));
        return s.validate(doc.value(), QStringLiteral("doc.yaml"));
    }

private Q_SLOTS:
    void initTestCase() { QTest::failOnWarning(); }

    void keywords_data()
    {
        QTest::addColumn<QByteArray>("schemaJson");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        const QByteArray object = R"({"type":"object","required":["id"],"additionalProperties":false,
            "properties":{"id":{"type":"string"},"n":{"type":"integer","minimum":1,"maximum":5},
            "tags":{"type":"array","items":{"type":"string"},"uniqueItems":true,"minItems":1},
            "status":{"enum":["active","draft"]},"kind":{"const":"DataContract"},
            "code":{"type":"string","pattern":"^[A-Z]{2}$"}}})";
        QTest::newRow("valid") << object << QByteArray("id: a\nn: 3\ntags: [x, y]\nstatus: draft\nkind: DataContract\ncode: DE\n")
                               << QString() << 0 << QString();
        QTest::newRow("missing required") << object << QByteArray("n: 3\n") << "id" << 1 << "required";
        QTest::newRow("unknown field") << object << QByteArray("id: a\nextra: 1\n") << "extra" << 2 << "unknown field";
        QTest::newRow("wrong type") << object << QByteArray("id: 12\n") << "id" << 1 << "must be a string";
        QTest::newRow("too small") << object << QByteArray("id: a\nn: 0\n") << "n" << 2 << "at least 1";
        QTest::newRow("too big") << object << QByteArray("id: a\nn: 9\n") << "n" << 2 << "at most 5";
        QTest::newRow("item type") << object << QByteArray("id: a\ntags:\n  - x\n  - 3\n") << "tags[1]" << 4 << "string";
        QTest::newRow("unique items") << object << QByteArray("id: a\ntags: [x, x]\n") << "tags[1]" << 2 << "same as entry 0";
        QTest::newRow("min items") << object << QByteArray("id: a\ntags: []\n") << "tags" << 2 << "at least 1";
        QTest::newRow("enum") << object << QByteArray("id: a\nstatus: gone\n") << "status" << 2 << "\"active\", \"draft\"";
        QTest::newRow("const") << object << QByteArray("id: a\nkind: Other\n") << "kind" << 2 << "\"DataContract\"";
        QTest::newRow("pattern") << object << QByteArray("id: a\ncode: de\n") << "code" << 2 << "pattern";

        const QByteArray refs
            = R"({"$defs":{"Item":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}}},
            "type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/$defs/Item"}}}})";
        QTest::newRow("ref") << refs << QByteArray("items:\n  - name: a\n  - other: b\n") << "items[1].name" << 3 << "required";

        const QByteArray conditional = R"({"type":"object","properties":{"type":{"type":"string"}},
            "if":{"properties":{"type":{"const":"sql"}}},"then":{"required":["query"]},"else":{"required":["metric"]}})";
        QTest::newRow("if then") << conditional << QByteArray("type: sql\n") << "query" << 1 << "required";
        QTest::newRow("if else") << conditional << QByteArray("type: library\n") << "metric" << 1 << "required";
        QTest::newRow("if satisfied") << conditional << QByteArray("type: sql\nquery: x\n") << QString() << 0 << QString();

        const QByteArray unevaluated = R"({"type":"object","properties":{"a":{}},"allOf":[{"properties":{"b":{}}}],
            "unevaluatedProperties":false})";
        QTest::newRow("unevaluated ok") << unevaluated << QByteArray("a: 1\nb: 2\n") << QString() << 0 << QString();
        QTest::newRow("unevaluated") << unevaluated << QByteArray("a: 1\nc: 2\n") << "c" << 2 << "unknown field";

        const QByteArray oneOf = R"({"oneOf":[{"type":"object","required":["a"]},{"type":"object","required":["b"]}]})";
        QTest::newRow("one of none") << oneOf << QByteArray("c: 1\n") << "a" << 1 << "required";
        QTest::newRow("one of two") << oneOf << QByteArray("a: 1\nb: 1\n") << "" << 1 << "exactly one";
        QTest::newRow("one of one") << oneOf << QByteArray("b: 1\n") << QString() << 0 << QString();
    }
    void keywords()
    {
        QFETCH(QByteArray, schemaJson);
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const auto errors = run(schema(schemaJson.constData()), yaml.constData());
        if (line == 0) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
            return;
        }
        QVERIFY(!errors.isEmpty());
        const Error &e = errors.first();
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.toString()));
        QCOMPARE(e.field, field);
        QCOMPARE(e.line, line);
        QVERIFY(e.column > 0);
        QCOMPARE(e.file, QStringLiteral("doc.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
