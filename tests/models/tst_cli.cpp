#include "models/cli/cli.h"
#include "models/core/translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Tessera;

class TestCli : public QObject
{
    Q_OBJECT

    struct Run {
        int status;
        QString out;
        QString err;
    };
    static Run run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("tessera-cli"));
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.status = Cli::execute(arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTest::failOnWarning();
        Translations::install(*QCoreApplication::instance()); // as tessera-cli does
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.status, int(Cli::Success));
        QVERIFY(r.out.startsWith(QLatin1String("tessera-cli " TESSERA_VERSION_STRING "\n")));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.status, int(Cli::Success));
        QVERIFY(r.out.contains(QLatin1String("--json")));
        QVERIFY(r.out.contains(QLatin1String("Commands:")));
        QVERIFY(r.out.contains(QLatin1String("  info")));
    }

    void info()
    {
        const Run text = run({QStringLiteral("info")});
        QCOMPARE(text.status, int(Cli::Success));
        QVERIFY(text.out.contains(QLatin1String("SQLite: ")));

        for (const QStringList &args : {QStringList{QStringLiteral("--json"), QStringLiteral("info")},
                                        QStringList{QStringLiteral("info"), QStringLiteral("--json")}}) {
            const Run json = run(args);
            QCOMPARE(json.status, int(Cli::Success));
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(object.value(QStringLiteral("tessera")).toString(), QStringLiteral(TESSERA_VERSION_STRING));
            QCOMPARE(object.value(QStringLiteral("ok")).toBool(), true);
            QCOMPARE(object.value(QStringLiteral("sqlite")).toString(), object.value(QStringLiteral("sqliteDriver")).toString());
        }
    }

    void validateReportsEachProblemWithItsPlace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&dir](const QString &name, const QByteArray &text) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("good/orders.odcs.yaml"),
              "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\nstatus: active\n");
        write(QStringLiteral("bad/orders.odcs.yaml"),
              "apiVersion: v3.1.0\nkind: DataContract\nversion: 1.0.0\nstatus: active\nbogus: 1\n");
        write(QStringLiteral("bad/notes.yaml"), "this: is not looked at in a folder scan\n");
        write(QStringLiteral("broken.yaml"), "a: [1,\n");

        const Run good = run({QStringLiteral("validate"), dir.filePath(QStringLiteral("good"))});
        QCOMPARE(good.status, int(Cli::Success));
        QVERIFY(good.out.contains(QLatin1String("valid ODCS data contract v3.1.0")));

        const Run bad
            = run({QStringLiteral("validate"), dir.filePath(QStringLiteral("good")), dir.filePath(QStringLiteral("bad"))});
        QCOMPARE(bad.status, int(Cli::Failure));
        const QString badFile = dir.filePath(QStringLiteral("bad/orders.odcs.yaml"));
        QVERIFY2(bad.out.contains(badFile + QLatin1String(":1:1: id: is required but missing")), qPrintable(bad.out));
        QVERIFY2(bad.out.contains(badFile + QLatin1String(":5:1: bogus: unknown field")), qPrintable(bad.out));
        QVERIFY(!bad.out.contains(QLatin1String("notes.yaml")));
        QVERIFY(bad.out.contains(QLatin1String("2 files checked, 1 invalid")));

        const Run broken = run({QStringLiteral("validate"), dir.filePath(QStringLiteral("broken.yaml"))});
        QCOMPARE(broken.status, int(Cli::Failure));
        QVERIFY2(broken.out.contains(dir.filePath(QStringLiteral("broken.yaml:2:"))), qPrintable(broken.out));

        const Run missing = run({QStringLiteral("validate"), dir.filePath(QStringLiteral("nothing-here.odcs.yaml"))});
        QCOMPARE(missing.status, int(Cli::Failure));
        QVERIFY(missing.err.contains(QLatin1String("no such file")));

        const Run json = run({QStringLiteral("validate"), QStringLiteral("--json"), badFile});
        QCOMPARE(json.status, int(Cli::Failure));
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonObject first = object.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("errors")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("id"));

        QCOMPARE(run({QStringLiteral("validate")}).status, int(Cli::UsageError));
    }

    void importIsAllOrNothingAndExportWritesAValidContract()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&dir](const QString &name, const QByteArray &text) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("in/orders.odcs.yaml"),
              "apiVersion: v3.1.0\nkind: DataContract\nid: sales.orders\nversion: 1.0.0\nstatus: active\ndomain: Sales\n"
              "dataProduct: orders\ndescription:\n  purpose: Every order\nschema:\n  - name: orders\n    properties:\n"
              "      - name: order_id\n        logicalType: string\n        primaryKey: true\n        businessName: Order "
              "number\n");
        write(QStringLiteral("in/bad.odcs.yaml"), "apiVersion: v3.1.0\nkind: DataContract\nversion: 1.0.0\nstatus: active\n");
        const QString catalog = dir.filePath(QStringLiteral("test.tessera"));

        const Run refused
            = run({QStringLiteral("import"), QStringLiteral("--catalog"), catalog, dir.filePath(QStringLiteral("in"))});
        QCOMPARE(refused.status, int(Cli::Failure));
        QVERIFY2(refused.err.contains(dir.filePath(QStringLiteral("in/bad.odcs.yaml")) + QLatin1String(":1:1: id: is required")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("Nothing was imported")));
        QVERIFY(!QFileInfo::exists(catalog)); // not even created

        QFile::remove(dir.filePath(QStringLiteral("in/bad.odcs.yaml")));
        const Run imported
            = run({QStringLiteral("import"), QStringLiteral("--catalog"), catalog, dir.filePath(QStringLiteral("in"))});
        QVERIFY2(imported.status == int(Cli::Success), qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QLatin1String("Imported 1 product")), qPrintable(imported.out));
        const Run again = run({QStringLiteral("import"), QStringLiteral("--catalog"), catalog, QStringLiteral("--json"),
                               dir.filePath(QStringLiteral("in"))});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("updated")).toInt(), 1);

        const Run exported = run({QStringLiteral("export"), QStringLiteral("--catalog"), catalog, QStringLiteral("--product"),
                                  QStringLiteral("sales.orders"), QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
        QVERIFY2(exported.status == int(Cli::Success), qPrintable(exported.err));
        const QString file = exported.out.trimmed();
        QVERIFY(file.endsWith(QLatin1String(".odcs.yaml")));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(text.contains("businessName: Order number"), text.constData()); // what Tessera does not model is kept
        QVERIFY(text.contains("apiVersion: v3.1.0"));
        const Run checked = run({QStringLiteral("validate"), file});
        QVERIFY2(checked.status == int(Cli::Success), qPrintable(checked.out));

        const Run found = run({QStringLiteral("search"), QStringLiteral("--catalog"), catalog, QStringLiteral("order")});
        QVERIFY2(found.status == int(Cli::Success), qPrintable(found.err));
        QVERIFY(found.out.startsWith(QLatin1String("sales.orders\t")));
        const Run foundJson = run({QStringLiteral("search"), QStringLiteral("--catalog"), catalog, QStringLiteral("--json"),
                                   QStringLiteral("--facets"), QStringLiteral("--facet"), QStringLiteral("domain=sales"),
                                   QStringLiteral("order_id")});
        const QJsonObject result = QJsonDocument::fromJson(foundJson.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("results")).toArray().size(), 1);
        QCOMPARE(result.value(QStringLiteral("facets"))
                     .toObject()
                     .value(QStringLiteral("domain"))
                     .toObject()
                     .value(QStringLiteral("sales"))
                     .toInt(),
                 1);
        const Run unclosed = run({QStringLiteral("search"), QStringLiteral("--catalog"), catalog, QStringLiteral("\"orders")});
        QCOMPARE(unclosed.status, int(Cli::UsageError));
        QVERIFY(unclosed.err.contains(QLatin1String("not closed")));
        const Run badFacet = run({QStringLiteral("search"), QStringLiteral("--catalog"), catalog, QStringLiteral("--facet"),
                                  QStringLiteral("colour=red"), QStringLiteral("x")});
        QCOMPARE(badFacet.status, int(Cli::UsageError));
        const Run nothing = run({QStringLiteral("search"), QStringLiteral("--catalog"), catalog, QStringLiteral("zebra")});
        QCOMPARE(nothing.status, int(Cli::Success));
        QVERIFY(nothing.out.contains(QLatin1String("No products match")));

        const Run asProduct = run({QStringLiteral("export"), QStringLiteral("--catalog"), catalog, QStringLiteral("--product"),
                                   QStringLiteral("sales.orders"), QStringLiteral("--format"), QStringLiteral("odps"),
                                   QStringLiteral("--out"), dir.filePath(QStringLiteral("odps"))});
        QVERIFY2(asProduct.status == int(Cli::Success), qPrintable(asProduct.err));
        const QStringList files = asProduct.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2);
        QVERIFY(files.first().endsWith(QLatin1String(".odps.yaml")));
        QCOMPARE(run({QStringLiteral("validate"), dir.filePath(QStringLiteral("odps"))}).status, int(Cli::Success));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--catalog"), catalog, QStringLiteral("--product"),
                      QStringLiteral("sales.orders"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--out"),
                      dir.path()})
                     .status,
                 int(Cli::UsageError));

        const Run missing = run({QStringLiteral("export"), QStringLiteral("--catalog"), catalog, QStringLiteral("--product"),
                                 QStringLiteral("nope"), QStringLiteral("--out"), dir.path()});
        QCOMPARE(missing.status, int(Cli::Failure));
        QVERIFY(missing.err.contains(QLatin1String("no product nope")));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--product"), QStringLiteral("x")}).status, int(Cli::UsageError));
    }

    void sourcesAddSyncListRemove()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("sales"));
        QDir().mkpath(folder);
        QFile contract(folder + QLatin1String("/orders.odcs.yaml"));
        QVERIFY(contract.open(QIODevice::WriteOnly));
        contract.write("apiVersion: v3.1.0\nkind: DataContract\nid: sales.orders\nversion: 1.0.0\nstatus: active\n");
        contract.close();
        const QString catalog = dir.filePath(QStringLiteral("c.tessera"));
        const QStringList base{QStringLiteral("source"), QStringLiteral("--catalog"), catalog};

        const Run added = run(base + QStringList{QStringLiteral("add"), QStringLiteral("sales"), folder});
        QVERIFY2(added.status == int(Cli::Success), qPrintable(added.err));
        const Run synced = run(base + QStringList{QStringLiteral("sync")});
        QVERIFY2(synced.status == int(Cli::Success), qPrintable(synced.err));
        QCOMPARE(synced.out.trimmed(), QStringLiteral("sales: 1 added, 0 changed, 0 removed, 0 unchanged"));
        const Run listed = run(base + QStringList{QStringLiteral("list")});
        QVERIFY(listed.out.startsWith(QLatin1String("sales\t")));
        QVERIFY(listed.out.contains(QLatin1String("1 added")));
        const Run missing = run(base + QStringList{QStringLiteral("sync"), QStringLiteral("nope")});
        QCOMPARE(missing.status, int(Cli::Failure));
        QVERIFY(missing.err.contains(QLatin1String("no source named nope")));
        const Run back = run(base + QStringList{QStringLiteral("write-back"), QStringLiteral("sales.orders")});
        QVERIFY2(back.status == int(Cli::Success), qPrintable(back.err));
        QVERIFY(back.out.trimmed().endsWith(QLatin1String("orders.odcs.yaml")));
        QCOMPARE(run(base + QStringList{QStringLiteral("remove"), QStringLiteral("sales")}).status, int(Cli::Success));
        QCOMPARE(run(base + QStringList{QStringLiteral("frobnicate")}).status, int(Cli::UsageError));
    }

    void lineageAndImpact()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath(QStringLiteral("c.tessera"));
        // The bundled sample mesh, run logs included.
        const Run imported
            = run({QStringLiteral("import"), QStringLiteral("--catalog"), catalog, QStringLiteral(":/sample-mesh")});
        QVERIFY2(imported.status == int(Cli::Success), qPrintable(imported.err));

        const QString dot = dir.filePath(QStringLiteral("orders.dot"));
        const Run focused = run({QStringLiteral("lineage"), QStringLiteral("--catalog"), catalog, QStringLiteral("--focus"),
                                 QStringLiteral("sales.orders"), QStringLiteral("--up"), QStringLiteral("1"),
                                 QStringLiteral("--down"), QStringLiteral("1"), QStringLiteral("--columns"),
                                 QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--out"), dot});
        QVERIFY2(focused.status == int(Cli::Success), qPrintable(focused.err));
        QFile file(dot);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("digraph lineage {"));
        QVERIFY(text.contains("style=dashed")); // column edges

        const Run whole = run({QStringLiteral("lineage"), QStringLiteral("--catalog"), catalog, QStringLiteral("--format"),
                               QStringLiteral("json")});
        QCOMPARE(whole.status, int(Cli::Success));
        const QJsonObject graph = QJsonDocument::fromJson(whole.out.toUtf8()).object();
        QVERIFY(graph.value(QStringLiteral("nodes")).toArray().size() > 40);
        const Run focusedJson
            = run({QStringLiteral("lineage"), QStringLiteral("--catalog"), catalog, QStringLiteral("--focus"),
                   QStringLiteral("sales.orders"), QStringLiteral("--up"), QStringLiteral("0"), QStringLiteral("--down"),
                   QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")});
        const int part
            = int(QJsonDocument::fromJson(focusedJson.out.toUtf8()).object().value(QStringLiteral("nodes")).toArray().size());
        QVERIFY(part > 2);
        QVERIFY(part < graph.value(QStringLiteral("nodes")).toArray().size());

        const Run impact = run({QStringLiteral("impact"), QStringLiteral("--catalog"), catalog, QStringLiteral("sales.orders"),
                                QStringLiteral("--json")});
        QVERIFY2(impact.status == int(Cli::Success), qPrintable(impact.err));
        const QJsonArray products
            = QJsonDocument::fromJson(impact.out.toUtf8()).object().value(QStringLiteral("products")).toArray();
        QStringList domains;
        for (const QJsonValue &p : products)
            domains << p.toObject().value(QStringLiteral("domain")).toString();
        QVERIFY2(domains.contains(QStringLiteral("Finance")) && domains.contains(QStringLiteral("Marketing")),
                 qPrintable(domains.join(QStringLiteral(", "))));
        QCOMPARE(products.first().toObject().value(QStringLiteral("distance")).toInt(), 1);
        const Run text2 = run({QStringLiteral("impact"), QStringLiteral("--catalog"), catalog, QStringLiteral("sales.orders")});
        QVERIFY2(text2.out.contains(QStringLiteral("products downstream:")), qPrintable(text2.out));
        const Run csv = run({QStringLiteral("impact"), QStringLiteral("--catalog"), catalog, QStringLiteral("sales.orders"),
                             QStringLiteral("--csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("distance,dataset,product,")));

        const Run unknown = run({QStringLiteral("impact"), QStringLiteral("--catalog"), catalog, QStringLiteral("nope.nothing")});
        QCOMPARE(unknown.status, int(Cli::Failure));
        QVERIFY(unknown.err.contains(QStringLiteral("no product, dataset or job named \"nope.nothing\"")));
        const Run badFormat = run(
            {QStringLiteral("lineage"), QStringLiteral("--catalog"), catalog, QStringLiteral("--format"), QStringLiteral("png")});
        QCOMPARE(badFormat.status, int(Cli::UsageError));
        QVERIFY(badFormat.err.contains(QStringLiteral("dot, graphml, mermaid, svg, json")));
    }

    void ingestKeepsTheGoodEventsAndNamesTheBadLines()
    {
        QTemporaryDir dir;
        const QString catalog = dir.filePath(QStringLiteral("runs.tessera"));
        const QString events = dir.filePath(QStringLiteral("events.ndjson"));
        auto line = [](const QString &type, const QString &time, const QString &runId, const QString &extra = QString()) {
            return QStringLiteral("{\"eventType\":\"%1\",\"eventTime\":\"%2\",\"producer\":\"p\",\"run\":{\"runId\":\"%3\"%4},"
                                  "\"job\":{\"namespace\":\"airflow://x\",\"name\":\"nightly\"}}\n")
                .arg(type, time, runId, extra);
        };
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((line(QStringLiteral("START"), QStringLiteral("2026-11-10T02:00:00Z"), QStringLiteral("r1"))
                    + QStringLiteral("{not json\n")
                    + line(QStringLiteral("FINISH"), QStringLiteral("2026-11-10T02:05:00Z"), QStringLiteral("r1"))
                    + line(QStringLiteral("FAIL"), QStringLiteral("2026-11-10T02:09:00Z"), QStringLiteral("r1"),
                           QStringLiteral(",\"facets\":{\"errorMessage\":{\"_producer\":\"p\",\"_schemaURL\":\"s\","
                                          "\"message\":\"disk full\",\"programmingLanguage\":\"sql\"}}")))
                       .toUtf8());
        file.close();

        const Run ingested = run({QStringLiteral("ingest"), QStringLiteral("--catalog"), catalog, events});
        QCOMPARE(ingested.status, int(Cli::Failure));
        QVERIFY2(ingested.err.contains(events + QStringLiteral(":2: not valid JSON")), qPrintable(ingested.err));
        QVERIFY2(ingested.err.contains(events + QStringLiteral(":3: eventType: eventType must be one of")),
                 qPrintable(ingested.err));
        QVERIFY2(ingested.out.contains(QStringLiteral("Ingested 2 event")), qPrintable(ingested.out));
        QVERIFY(ingested.out.contains(QStringLiteral("2 new, 0 already known")));
        QVERIFY(ingested.out.contains(QStringLiteral("rejected")));

        // The good ones were kept.
        const Run listed = run({QStringLiteral("runs"), QStringLiteral("--catalog"), catalog});
        QCOMPARE(listed.status, int(Cli::Success));
        const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("JOB")));
        QVERIFY2(lines.at(1).contains(QStringLiteral("FAILED")) && lines.at(1).contains(QStringLiteral("9 min"))
                     && lines.at(1).contains(QStringLiteral("disk full")),
                 qPrintable(lines.at(1)));
        const Run json = run({QStringLiteral("runs"), QStringLiteral("--catalog"), catalog, QStringLiteral("--json"),
                              QStringLiteral("--job"), QStringLiteral("airflow://x/nightly")});
        QCOMPARE(json.status, int(Cli::Success));
        const QJsonArray runs = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        const QJsonObject r1 = runs.first().toObject();
        QCOMPARE(r1.value(QStringLiteral("runId")).toString(), QStringLiteral("r1"));
        QCOMPARE(r1.value(QStringLiteral("state")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(r1.value(QStringLiteral("durationMs")).toInteger(), 9 * 60 * 1000);
        QCOMPARE(r1.value(QStringLiteral("errorMessage")).toString(), QStringLiteral("disk full"));
        QCOMPARE(r1.value(QStringLiteral("start")).toString(), QStringLiteral("2026-11-10T02:00:00.000Z"));
        QCOMPARE(
            run({QStringLiteral("runs"), QStringLiteral("--catalog"), catalog, QStringLiteral("--job"), QStringLiteral("other")})
                .out.trimmed(),
            QStringLiteral("No runs."));
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("--catalog"), catalog, QStringLiteral("--state"),
                      QStringLiteral("running")})
                     .out.trimmed(),
                 QStringLiteral("No runs."));
        QCOMPARE(
            run({QStringLiteral("runs"), QStringLiteral("--catalog"), catalog, QStringLiteral("--state"), QStringLiteral("soon")})
                .status,
            int(Cli::UsageError));

        // Again: nothing new, and still non-zero for the bad lines; --json reports them with their place.
        const Run again = run({QStringLiteral("ingest"), QStringLiteral("--catalog"), catalog, QStringLiteral("--json"), events});
        QCOMPARE(again.status, int(Cli::Failure));
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("errors")).toArray().at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(run({QStringLiteral("ingest"), QStringLiteral("--catalog"), catalog}).status, int(Cli::UsageError));
        QCOMPARE(
            run({QStringLiteral("ingest"), QStringLiteral("--catalog"), catalog, dir.filePath(QStringLiteral("none"))}).status,
            int(Cli::Failure));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no command") << QStringList() << "no command";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command \"frobnicate\"";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("extra argument") << QStringList{QStringLiteral("info"), QStringLiteral("x")} << "unexpected argument";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Run r = run(arguments);
        QCOMPARE(r.status, int(Cli::UsageError));
        QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    void previewMasksForTheRole()
    {
        const QString sample = QStringLiteral(":/sample-mesh/customer/samples/customers.csv");
        const QString sql = QStringLiteral("SELECT email, country_code FROM customers ORDER BY customer_id LIMIT 3");
        const Run analyst = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--sql"), sql,
                                 QStringLiteral("--policies"), QStringLiteral(":/sample-mesh"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
        QVERIFY2(analyst.status == Cli::Success, qPrintable(analyst.err));
        const QJsonObject report = QJsonDocument::fromJson(analyst.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("rowCount")).toInt(), 3);
        const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toArray().at(0).toString().size(), 64); // MASK_HASH
        QVERIFY(!analyst.out.contains(QLatin1String("@example.com")));
        bool emailExplained = false;
        for (const QJsonValue &m : report.value(QStringLiteral("masked")).toArray())
            emailExplained |= m.toObject().value(QStringLiteral("column")).toString() == QLatin1String("email")
                && m.toObject().value(QStringLiteral("explanation")).toString().contains(QLatin1String("MASK_HASH"));
        QVERIFY(emailExplained);

        // A steward sees the values; the plain table says how many rows there are.
        const Run steward = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--sql"), sql,
                                 QStringLiteral("--policies"), QStringLiteral(":/sample-mesh"), QStringLiteral("--role"),
                                 QStringLiteral("steward")});
        QVERIFY2(steward.status == Cli::Success, qPrintable(steward.err));
        QVERIFY2(steward.out.contains(QLatin1String("@example.com")), qPrintable(steward.out));
        QVERIFY2(steward.out.contains(QLatin1String("(3 rows)")), qPrintable(steward.out));

        const Run refused = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--sql"),
                                 QStringLiteral("DELETE FROM customers")});
        QCOMPARE(refused.status, int(Cli::Failure));
        QVERIFY2(refused.err.contains(QLatin1String("changing data")), qPrintable(refused.err));
        const Run usage = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample});
        QCOMPARE(usage.status, int(Cli::UsageError));
        QVERIFY2(usage.err.contains(QLatin1String("--sql")), qPrintable(usage.err));
    }

    void previewRunsARecipe()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString recipe = dir.filePath(QStringLiteral("segments.recipe.yaml"));
        QFile file(recipe);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name: Customers by segment\ninput: customers\nsteps:\n"
                   "  - filter: \"country_code = 'DE'\"\n"
                   "  - aggregate: {groupBy: [segment], measures: {customers: \"count(*)\"}}\n"
                   "  - rename: {columns: {segment: kind}}\n");
        file.close();
        const QString sample = QStringLiteral(":/sample-mesh/customer/samples/customers.csv");
        const Run ran = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--recipe"), recipe,
                             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--show-sql")});
        QVERIFY2(ran.status == Cli::Success, qPrintable(ran.err));
        QVERIFY2(ran.out.startsWith(QLatin1String("kind,customers\n")), qPrintable(ran.out));
        QVERIFY2(ran.err.contains(QLatin1String("GROUP BY \"segment\"")), qPrintable(ran.err));
        // The counts are those of the same query written by hand.
        const Run byHand = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--sql"),
                                QStringLiteral("SELECT segment AS kind, count(*) AS customers FROM customers WHERE country_code "
                                               "= 'DE' GROUP BY segment"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(byHand.status == Cli::Success, qPrintable(byHand.err));
        QCOMPARE(ran.out, byHand.out);
        QVERIFY(ran.out.count(QLatin1Char('\n')) > 2);

        // A step naming a column the sample lacks: the file, line and field, and nothing run.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("input: customers\nsteps:\n  - trim: [nickname]\n");
        file.close();
        const Run broken
            = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--recipe"), recipe});
        QCOMPARE(broken.status, int(Cli::Failure));
        QVERIFY2(broken.err.contains(QDir::toNativeSeparators(recipe) + QLatin1String(":3:")), qPrintable(broken.err));
        QVERIFY2(broken.err.contains(QLatin1String("nickname")), qPrintable(broken.err));
        const Run both = run({QStringLiteral("preview"), QStringLiteral("--sample"), sample, QStringLiteral("--recipe"), recipe,
                              QStringLiteral("--sql"), QStringLiteral("SELECT 1")});
        QCOMPARE(both.status, int(Cli::UsageError));
    }

    void checkPolicies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write");
            f.write(text);
            return dir.filePath(name);
        };
        const QString strict = write(QStringLiteral("strict.policy.yaml"),
                                     "policies:\n"
                                     "  - id: day-latency\n"
                                     "    kind: standard\n"
                                     "    title: Products promise a latency of a day at most\n"
                                     "    severity: error\n"
                                     "    condition: latency_hours <= 24\n"
                                     "  - id: described\n"
                                     "    kind: standard\n"
                                     "    title: Products are described\n"
                                     "    severity: info\n"
                                     "    condition: length(description) > 0\n");
        const Run text
            = run({QStringLiteral("check"), QStringLiteral("--policies"), strict, QStringLiteral(":/sample-mesh/sales")});
        const Run json = run({QStringLiteral("check"), QStringLiteral("--policies"), strict, QStringLiteral("--format"),
                              QStringLiteral("json"), QStringLiteral(":/sample-mesh/sales")});
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray violations = report.value(QStringLiteral("violations")).toArray();
        QVERIFY(report.value(QStringLiteral("products")).toInt() > 0);
        QVERIFY(report.value(QStringLiteral("errors")).toArray().isEmpty());
        int errors = 0;
        for (const QJsonValue &v : violations) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("sales"));
            QVERIFY(!o.value(QStringLiteral("explanation")).toString().isEmpty());
            errors += o.value(QStringLiteral("severity")).toString() == QLatin1String("error") ? 1 : 0;
        }
        // Failing only on errors, and saying so in both forms.
        QCOMPARE(text.status, errors > 0 ? int(Cli::Failure) : int(Cli::Success));
        QCOMPARE(json.status, text.status);
        QCOMPARE(report.value(QStringLiteral("passed")).toBool(), errors == 0);
        QCOMPARE(int(text.out.count(QStringLiteral("strict.policy.yaml:6: error: "))), errors);
        QCOMPARE(int(text.out.count(QLatin1Char('\n'))), int(violations.size()) + 1);

        // Info only: passes.
        const QString gentle = write(
            QStringLiteral("gentle.policy.yaml"),
            "{id: described, kind: standard, title: Described, severity: info, condition: \"length(description) > 0\"}\n");
        QCOMPARE(
            run({QStringLiteral("check"), QStringLiteral("--policies"), gentle, QStringLiteral(":/sample-mesh/sales")}).status,
            int(Cli::Success));

        // Quality on the samples beside the domain's files: the orders sample has 400 rows, the
        // order lines' 1,009.
        const QString rows = write(QStringLiteral("rows.policy.yaml"),
                                   "{id: big, kind: quality, title: Big samples, rules: [{metric: rowCount, "
                                   "mustBeGreaterThan: 1000}]}\n");
        const Run quality
            = run({QStringLiteral("check"), QStringLiteral("--policies"), rows, QStringLiteral(":/sample-mesh/sales")});
        QCOMPARE(quality.status, int(Cli::Success)); // warnings do not fail
        QCOMPARE(int(quality.out.count(QStringLiteral("rows.policy.yaml:1: warning: "))), 1);
        QVERIFY2(quality.out.contains(QStringLiteral("rowCount must be greater than 1000 (on the sample of orders)")),
                 qPrintable(quality.out));
        QVERIFY(quality.out.contains(QStringLiteral("rowCount = 400")));

        // A bad condition: its place in the file, and a failure.
        const QString bad
            = write(QStringLiteral("bad.policy.yaml"), "id: typo\nkind: standard\ntitle: T\ncondition: latencyhours <= 24\n");
        const Run broken
            = run({QStringLiteral("check"), QStringLiteral("--policies"), bad, QStringLiteral(":/sample-mesh/sales")});
        QCOMPARE(broken.status, int(Cli::Failure));
        QVERIFY2(
            broken.err.contains(QStringLiteral("bad.policy.yaml:4: condition of typo: no such column: latencyhours (column 12)")),
            qPrintable(broken.err));

        // The same policies over a catalog.
        const QString catalog = dir.filePath(QStringLiteral("mesh.tessera"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--catalog"), catalog, QStringLiteral(":/sample-mesh")}).status,
                 int(Cli::Success));
        const Run whole = run({QStringLiteral("check"), QStringLiteral("--policies"), gentle, QStringLiteral("--catalog"),
                               catalog, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(whole.out.toUtf8()).object().value(QStringLiteral("products")).toInt(), 40);

        // The bundled policies exported for the engines that enforce them, from the catalog.
        const QString ranger = dir.filePath(QStringLiteral("ranger.json"));
        const QString unity = dir.filePath(QStringLiteral("unity.sql"));
        const Run exported
            = run({QStringLiteral("check"), QStringLiteral("--policies"), QStringLiteral(":/sample-mesh/governance"),
                   QStringLiteral("--catalog"), catalog, QStringLiteral("--ranger"), ranger, QStringLiteral("--ranger-service"),
                   QStringLiteral("trino"), QStringLiteral("--unity-catalog"), unity});
        QCOMPARE(exported.status, int(Cli::Failure)); // the sample has an error-severity violation
        QFile rangerFile(ranger);
        QVERIFY(rangerFile.open(QIODevice::ReadOnly));
        const QJsonArray rangerPolicies = QJsonDocument::fromJson(rangerFile.readAll()).array();
        QVERIFY(rangerPolicies.size() > 10);
        bool emailHashed = false;
        for (const QJsonValue &v : rangerPolicies) {
            const QJsonObject policy = v.toObject();
            QCOMPARE(policy.value(QStringLiteral("service")).toString(), QStringLiteral("trino"));
            const QJsonObject resources = policy.value(QStringLiteral("resources")).toObject();
            if (resources.value(QStringLiteral("table"))
                    .toObject()
                    .value(QStringLiteral("values"))
                    .toArray()
                    .contains(QStringLiteral("newsletter_subscribers"))
                && resources.value(QStringLiteral("column"))
                       .toObject()
                       .value(QStringLiteral("values"))
                       .toArray()
                       .contains(QStringLiteral("email"))) {
                const QByteArray items = QJsonDocument(policy.value(QStringLiteral("dataMaskPolicyItems")).toArray()).toJson();
                emailHashed = items.contains("MASK_HASH") && items.contains("analyst");
            }
        }
        QVERIFY(emailHashed);
        QFile unityFile(unity);
        QVERIFY(unityFile.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(unityFile.readAll());
        QVERIFY2(
            sql.contains(QStringLiteral("ALTER TABLE `main`.`marketing`.`newsletter_subscribers` ALTER COLUMN `email` SET MASK")),
            qPrintable(sql.left(2000)));
        QVERIFY(sql.contains(QStringLiteral("GRANT SELECT ON TABLE `main`.`marketing`.`newsletter_subscribers` TO `owner`")));
        // An export that cannot be written is a failure that says where.
        const Run unwritable = run({QStringLiteral("check"), QStringLiteral("--policies"), gentle, QStringLiteral("--catalog"),
                                    catalog, QStringLiteral("--ranger"), dir.filePath(QStringLiteral("no/such/dir/r.json"))});
        QCOMPARE(unwritable.status, int(Cli::Failure));
        QVERIFY2(unwritable.err.contains(QStringLiteral("no/such/dir/r.json")), qPrintable(unwritable.err));
        // Usage.
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral(":/sample-mesh")}).status, int(Cli::UsageError));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--policies"), gentle, QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .status,
                 int(Cli::UsageError));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
