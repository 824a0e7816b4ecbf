// The bad-input suite: every way data comes in (import, sync, save, search, policy, preview,
// receiver) fed the same hostile inputs. Each is refused with a message that names the place
// (file, line, field) and leaves the catalog exactly as it was, or (for text that is hostile only
// to careless code: quotes, ";", "--", "%") is kept exactly as written and harms nothing.
#include "models/catalog/catalogstore.h"
#include "models/catalog/search.h"
#include "models/cli/cli.h"
#include "models/core/textcheck.h"
#include "models/federation/sync.h"
#include "models/formats/openlineage.h"
#include "models/governance/policy.h"
#include "models/pipelines/lineagereceiver.h"
#include "models/preview/previewsandbox.h"
#include "tests/samplecatalog.h"
#include "tests/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

const QString contract = uR"(apiVersion: v3.1.0
kind: DataContract
id: %1
name: Hostile
version: 1.0.0
status: active
domain: sales
schema:
  - name: orders
    properties:
      - name: %2
        logicalType: integer
)"_s;

QByteArray contractNamed(const QString &name)
{
    return contract
        .arg(u"hostile.contract"_s,
             QString::fromUtf8(QJsonDocument(QJsonObject{{u"x"_s, name}}).toJson(QJsonDocument::Compact)).mid(5).chopped(1))
        .toUtf8();
}

QByteArray billionLaughs()
{
    QByteArray yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'j'; ++level) {
        const char before = char(level - 1);
        yaml += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i)
            yaml += QByteArray(i ? ", *" : "*") + before;
        yaml += "]\n";
    }
    return yaml;
}

QByteArray jsonContract(const QByteArray &nameValue)
{
    return R"({"apiVersion": "v3.1.0", "kind": "DataContract", "id": "json.contract", "name": )" + nameValue
        + R"(, "version": "1.0.0", "status": "active"})";
}

// Hostile documents: (file suffix, bytes, a part of the message expected).
void addDocumentRows()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("billion laughs") << u".odcs.yaml"_s << billionLaughs() << u"aliases expand"_s;
    QTest::newRow("self alias") << u".odcs.yaml"_s << QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: &x [*x]\n")
                                << u"nested deeper than"_s;
    QTest::newRow("100,000 deep") << u".odcs.yaml"_s << QByteArray("x: " + QByteArray(100000, '[') + QByteArray(100000, ']'))
                                  << u"nested deeper than"_s;
    QTest::newRow("lone comma") << u".odcs.yaml"_s << QByteArray(",") << u"cannot start a value"_s;
    QTest::newRow("JSON NUL escape") << u".odcs.json"_s << jsonContract(R"("a\u0000b")") << u"U+0000"_s;
    QTest::newRow("JSON raw NUL") << u".odcs.json"_s << jsonContract(QByteArray("\"a\0b\"", 5)) << u"U+0000"_s;
    QTest::newRow("JSON lone surrogate") << u".odcs.json"_s << jsonContract(R"("\ud800")") << u"U+D800"_s;
    QTest::newRow("JSON invalid UTF-8") << u".odcs.json"_s << jsonContract("\"\xff\xfe\"") << u"UTF-8"_s;
    QTest::newRow("JSON 1,025 deep") << u".odcs.json"_s << jsonContract(QByteArray(1025, '[') + QByteArray(1025, ']'))
                                     << u"nested deeper than"_s;
    QTest::newRow("JSON duplicate key") << u".odcs.json"_s << jsonContract(R"("a", "name": "b")") << u"appears twice"_s;
    QTest::newRow("over the size limit") << u".odcs.yaml"_s
                                         << QByteArray(contractNamed(u"big"_s)
                                                       + "description:\n  purpose: " + QByteArray(17 * 1024 * 1024, 'x') + "\n")
                                         << u"are not read"_s;
}

// Names refused wherever a name is written: (name, a part of the message expected).
void addRefusedNameRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bidi override") << u"ord\u202Eers"_s << u"U+202E (bidirectional override) at position 4"_s;
    QTest::newRow("bidi isolate") << u"ord\u2067ers"_s << u"U+2067"_s;
    QTest::newRow("zero-width space") << u"ord\u200Bers"_s << u"U+200B (zero-width space)"_s;
    QTest::newRow("zero-width joiner") << u"\u200Dorders"_s << u"U+200D"_s;
    QTest::newRow("byte order mark") << u"orders\uFEFF"_s << u"U+FEFF"_s;
    QTest::newRow("tab") << u"or\tders"_s << u"control character U+0009"_s;
    QTest::newRow("10 KB") << QString(10 * 1024, u'n') << u"10240 characters long"_s;
}

// Names that only careless code would choke on: kept exactly.
void addKeptNameRows()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << u"O'Brien \"orders\""_s;
    QTest::newRow("statement") << u"x'); DROP TABLE products; --"_s;
    QTest::newRow("comment") << u"orders -- all of them"_s;
    QTest::newRow("percent") << u"100% _off_"_s;
    QTest::newRow("backslash") << u"C:\\orders\\%"_s;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_catalog;
    std::unique_ptr<CatalogStore> m_store;

    // Every row of every table of the catalog file, as one digest.
    QByteArray fingerprint()
    {
        const QString name = u"fingerprint"_s;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_catalog);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            QSqlQuery tables(db);
            tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
            int count = 0;
            while (tables.next()) {
                ++count;
                const QString table = tables.value(0).toString();
                hash.addData(table.toUtf8());
                QSqlQuery rows(db);
                if (!rows.exec(u"SELECT * FROM \"%1\" ORDER BY 1"_s.arg(table)))
                    qFatal("%s", qPrintable(rows.lastError().text()));
                while (rows.next()) {
                    for (int i = 0; i < rows.record().count(); ++i)
                        hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
                    hash.addData("\n");
                }
            }
            if (count < 10)
                qFatal("only %d tables", count);
        }
        QSqlDatabase::removeDatabase(name);
        return hash.result().toHex();
    }

    QString write(const QString &folder, const QString &file, const QByteArray &bytes)
    {
        QDir(m_dir.path()).mkpath(folder);
        const QString path = m_dir.filePath(folder + u'/' + file);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

    struct CliRun {
        int code = -1;
        QString out, err;
    };
    CliRun cli(const QStringList &arguments)
    {
        CliRun r;
        QTextStream out(&r.out), err(&r.err);
        r.code = Cli::execute(QStringList{u"tessera-cli"_s} + arguments, out, err);
        return r;
    }

    Product sampleProduct()
    {
        auto stored = m_store->product(u"sales.orders"_s);
        if (!stored || !stored->has_value())
            qFatal("no sales.orders in the sample catalog");
        return **stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        QVERIFY(m_dir.isValid());
        m_catalog = m_dir.filePath(u"mesh.tessera"_s);
        QVERIFY(TestSupport::writeSampleCatalog(m_catalog));
        auto store = CatalogStore::open(CatalogLocation::sqliteFile(m_catalog), u"ana"_s);
        QVERIFY(store);
        m_store = std::move(store).value();
    }

    // --- import -------------------------------------------------------------------------------

    void importRefusesHostileDocuments_data() { addDocumentRows(); }
    void importRefusesHostileDocuments()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QByteArray before = fingerprint();
        const QString folder = u"import-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        write(folder, u"good.odcs.yaml"_s, contractNamed(u"good"_s));
        const QString bad = write(folder, u"bad"_s + suffix, bytes);
        const CliRun r = cli({u"import"_s, u"--catalog"_s, m_catalog, m_dir.filePath(folder)});
        QCOMPARE(r.code, int(Cli::Failure));
        QVERIFY2(r.err.contains(bad) && r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was imported"_s), qPrintable(r.err));
        QCOMPARE(fingerprint(), before);
    }

    void importRefusesHostileNames_data() { addRefusedNameRows(); }
    void importRefusesHostileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QByteArray before = fingerprint();
        const QString folder = u"import-name-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        write(folder, u"hostile.odcs.yaml"_s, contractNamed(name));
        const CliRun r = cli({u"import"_s, u"--catalog"_s, m_catalog, m_dir.filePath(folder)});
        QCOMPARE(r.code, int(Cli::Failure));
        QVERIFY2(r.err.contains(expected) && r.err.contains(u"hostile.contract"_s), qPrintable(r.err.left(2000)));
        QCOMPARE(fingerprint(), before);
    }

    // --- sync ---------------------------------------------------------------------------------

    void syncRefusesHostileDocuments_data() { addDocumentRows(); }
    void syncRefusesHostileDocuments()
    {
        QFETCH(QString, suffix);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString folder = u"sync-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        write(folder, u"good.odcs.yaml"_s, contractNamed(u"good"_s));
        write(folder, u"bad"_s + suffix, bytes);
        const QString source = u"src-"_s + QString::number(qHash(folder), 16);
        QVERIFY(Sync::addSource(*m_store, source, m_dir.filePath(folder)));
        const int products = m_store->productCount().value();
        const SyncReport report = Sync::run(*m_store, source);
        QVERIFY(!report.applied);
        QVERIFY(!report.errors.isEmpty());
        const Error &e = report.errors.first();
        QVERIFY2(e.file.endsWith(u"bad"_s + suffix) && e.message.contains(expected), qPrintable(e.toString()));
        QVERIFY(report.added.isEmpty() && report.changed.isEmpty());
        // The sync's report is kept on its source; the products and the rest are as they were.
        auto sourced = m_store->sourcedProducts(source);
        QVERIFY(sourced && sourced->isEmpty());
        QCOMPARE(m_store->productCount().value(), products);
        QVERIFY(m_store->removeSource(source));
    }

    void syncRefusesHostileNames_data() { addRefusedNameRows(); }
    void syncRefusesHostileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString folder = u"sync-name-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        write(folder, u"hostile.odcs.yaml"_s, contractNamed(name));
        const QString source = u"src-"_s + QString::number(qHash(folder), 16);
        QVERIFY(Sync::addSource(*m_store, source, m_dir.filePath(folder)));
        const SyncReport report = Sync::run(*m_store, source);
        QVERIFY(!report.applied);
        QVERIFY(!report.errors.isEmpty());
        QVERIFY2(report.errors.first().message.contains(expected), qPrintable(report.errors.first().toString().left(2000)));
        auto product = m_store->product(u"hostile.contract"_s);
        QVERIFY(product && !product->has_value());
        QVERIFY(m_store->removeSource(source));
    }

    // --- save ---------------------------------------------------------------------------------

    void saveRefusesHostileNames_data() { addRefusedNameRows(); }
    void saveRefusesHostileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QByteArray before = fingerprint();
        const Product original = sampleProduct();
        // The same text in each place a name is written.
        QList<std::pair<QString, std::function<void(Product &)>>> places{
            {u"name"_s,
             [&](Product &p) {
                 p.name = name;
             }},
            {u"title"_s,
             [&](Product &p) {
                 p.title = name + name.left(1);
             }},
            {u"tags[0]"_s,
             [&](Product &p) {
                 p.tags.prepend(name);
             }},
            {u"datasets[0].columns[0].name"_s,
             [&](Product &p) {
                 p.datasets[0].columns[0].name = name;
             }},
        };
        for (const auto &[field, change] : places) {
            Product p = original;
            change(p);
            const SaveResult r = m_store->saveProduct(p);
            QCOMPARE(r.status, SaveResult::Status::Failed);
            QCOMPARE(r.error.field, field);
            QVERIFY2(r.error.message.contains(u"sales.orders"_s), qPrintable(r.error.message.left(500)));
            if (field != u"title"_s || name.size() < TextCheck::maxTitleLength)
                QVERIFY2(r.error.message.contains(expected), qPrintable(r.error.message.left(500)));
        }
        // A new product under such an id is refused too.
        Product created = original;
        created.id = name;
        created.revision = 0;
        const SaveResult refused = m_store->saveProduct(created);
        QCOMPARE(refused.status, SaveResult::Status::Failed);
        QCOMPARE(refused.error.field, u"id"_s);
        // The message shows the refused id with its invisible characters made visible.
        QVERIFY2(!refused.error.message.contains(QChar(0x202E)) && !refused.error.message.contains(QChar(0x200B)),
                 qPrintable(refused.error.message.left(300)));
        QCOMPARE(fingerprint(), before);
    }

    // The joiners and direction marks that scripts and emoji need stay in what people read, and
    // out of identifiers.
    void titlesKeepWhatScriptsNeed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Persian (zero-width non-joiner)") << u"\u062F\u0627\u062F\u0647\u200C\u0647\u0627"_s;
        QTest::newRow("emoji sequence (zero-width joiner)") << u"Analysts \U0001F469\u200D\U0001F4BB"_s;
        QTest::newRow("direction mark") << u"Orders \u200F(\u05E2\u05D1\u05E8\u05D9\u05EA)"_s;
        QTest::newRow("flag of Scotland (tag characters)")
            << u"Sales \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"_s;
    }
    void titlesKeepWhatScriptsNeed()
    {
        QFETCH(QString, text);
        Product p = sampleProduct();
        p.title = text;
        p.name = text;
        const SaveResult saved = m_store->saveProduct(p);
        QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
        QCOMPARE(m_store->product(p.id).value()->title, text);
        Product tagged = saved.saved;
        tagged.tags.prepend(text);
        const SaveResult refused = m_store->saveProduct(tagged);
        QCOMPARE(refused.status, SaveResult::Status::Failed);
        QCOMPARE(refused.error.field, u"tags[0]"_s);
    }

    void saveKeepsOddNamesExactly_data() { addKeptNameRows(); }
    void saveKeepsOddNamesExactly()
    {
        QFETCH(QString, name);
        const int countBefore = m_store->productCount().value();
        Product p = sampleProduct();
        p.id = u"odd."_s + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
        p.revision = 0;
        p.name = name;
        p.title = name;
        p.datasets[0].columns[0].name = name;
        const SaveResult saved = m_store->saveProduct(p);
        QVERIFY2(saved.ok(), qPrintable(saved.error.toString()));
        const auto stored = m_store->product(p.id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->name, name);
        QCOMPARE((*stored)->title, name);
        QCOMPARE((*stored)->datasets[0].columns[0].name, name);
        QCOMPARE(m_store->productCount().value(), countBefore + 1);
        // Search finds it by its words, and the text's punctuation is no syntax.
        SearchQuery q;
        q.text = name;
        const auto hits = m_store->search(q);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().toString()));
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->first().product.id, p.id);
        QVERIFY(m_store->removeProduct(p.id, saved.saved.revision).ok());
    }

    // --- search -------------------------------------------------------------------------------

    void searchTreatsHostileTextAsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("refused");
        QTest::newRow("percent") << u"%"_s << false;
        QTest::newRow("underscore") << u"_"_s << false;
        QTest::newRow("quote") << u"'"_s << false;
        QTest::newRow("statement") << u"'); DROP TABLE products; --"_s << false;
        QTest::newRow("fts syntax") << u"NEAR(orders customers) OR * AND NOT ^x:y"_s << false;
        QTest::newRow("bidi") << u"\u202Eorders"_s << false;
        QTest::newRow("zero-width") << u"ord\u200Bers"_s << false;
        QTest::newRow("10 KB") << QString(10 * 1024, u'n') << false;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << false;
        QTest::newRow("NUL") << QString(QChar(0)) + u"orders"_s << false;
        QTest::newRow("unclosed quote") << u"\"orders"_s << true;
    }
    void searchTreatsHostileTextAsText()
    {
        QFETCH(QString, text);
        QFETCH(bool, refused);
        const QByteArray before = fingerprint();
        SearchQuery q;
        q.text = text;
        q.limit = 1000;
        const auto hits = m_store->search(q);
        if (refused) {
            QVERIFY(!hits);
            QVERIFY(hits.error().column > 0 && !hits.error().message.isEmpty());
        } else {
            QVERIFY2(hits, hits ? "" : qPrintable(hits.error().toString()));
            // Wildcards of LIKE or of the full-text syntax match nothing by themselves.
            const int total = m_store->productCount().value();
            QVERIFY2(hits->size() < total, qPrintable(QString::number(hits->size())));
        }
        QCOMPARE(fingerprint(), before);
    }

    // --- policy -------------------------------------------------------------------------------

    void policyRefusesHostileDocuments_data() { addDocumentRows(); }
    void policyRefusesHostileDocuments()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = write(u"policies"_s, u"hostile.policy.yaml"_s, bytes);
        const PolicyDocument read = Policies::readFile(path);
        QVERIFY(read.policies.isEmpty());
        QVERIFY(!read.errors.isEmpty());
        const Error &e = read.errors.first();
        QVERIFY2(e.file == path && (e.line > 0 || expected == u"are not read"_s), qPrintable(e.toString()));
        if (expected != u"are not read"_s) // the policy reader's own limit is smaller; it says so
            QVERIFY2(e.message.contains(expected), qPrintable(e.toString()));
    }

    void policyRefusesHostileTitles_data() { addRefusedNameRows(); }
    void policyRefusesHostileTitles()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QByteArray title
            = QJsonDocument(QJsonObject{{u"x"_s, QString(name + name.left(1))}}).toJson(QJsonDocument::Compact).mid(5).chopped(1);
        const QByteArray yaml = "policies:\n  - id: described\n    kind: standard\n    title: " + title
            + "\n    condition: description IS NOT NULL\n";
        QVERIFY(!Policies::parse(QByteArray(yaml).replace(title, "\"Described\""), u"fine.policy.yaml"_s).policies.isEmpty());
        const PolicyDocument read = Policies::parse(yaml, u"hostile.policy.yaml"_s);
        QVERIFY(read.policies.isEmpty());
        QVERIFY(!read.errors.isEmpty());
        const bool tooLong = name.size() + 1 > TextCheck::maxTitleLength;
        QVERIFY2((tooLong || read.errors.first().message.contains(expected)) && read.errors.first().line == 4
                     && read.errors.first().field.endsWith(u"title"_s),
                 qPrintable(read.errors.first().toString().left(500)));
    }

    // --- preview ------------------------------------------------------------------------------

    void previewRefusesHostileSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("line");
        QTest::newRow("CSV invalid UTF-8") << u"s.csv"_s << QByteArray("id,name\n1,ok\n2,\xff\xfe\n") << u"UTF-8"_s << 3;
        QTest::newRow("CSV unclosed quote") << u"s.csv"_s << QByteArray("id,name\n1,\"never closed\n2,x\n") << u"quote"_s << 2;
        QTest::newRow("CSV NUL") << u"s.csv"_s << QByteArray("id,name\n1,a\0b\n", 14) << u"U+0000"_s << 2;
        QTest::newRow("JSON NUL escape") << u"s.jsonl"_s << QByteArray("{\"id\":1}\n{\"id\":\"a\\u0000b\"}\n") << u"U+0000"_s
                                         << 2;
        QTest::newRow("JSON lone surrogate") << u"s.jsonl"_s << QByteArray("{\"id\":\"\\ud800\"}\n") << u"surrogate"_s << 1;
        QTest::newRow("JSON invalid UTF-8") << u"s.jsonl"_s << QByteArray("{\"id\":1}\n{\"id\":\"\xff\"}\n") << u"UTF-8"_s << 2;
        QTest::newRow("JSON 1,025 deep") << u"s.jsonl"_s
                                         << QByteArray("{\"id\":" + QByteArray(1025, '[') + QByteArray(1025, ']') + "}\n")
                                         << u"deep"_s << 1;
        QTest::newRow("JSON duplicate key") << u"s.jsonl"_s << QByteArray("{\"id\":1,\"id\":2}\n") << u"more than once"_s << 1;
    }
    void previewRefusesHostileSamples()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(int, line);
        PreviewSandbox sandbox;
        QVERIFY(sandbox.isOpen());
        QVERIFY(sandbox.load(write(u"samples"_s, u"good.csv"_s, "id,name\n1,a\n")));
        const QStringList before = sandbox.tables();
        LoadOptions options;
        options.badRows = BadRows::Stop;
        const QString path = write(u"samples"_s, file, bytes);
        const auto loaded = sandbox.load(path, options);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(expected, Qt::CaseInsensitive) && loaded.error().line == line
                     && loaded.error().file == path,
                 qPrintable(loaded.error().toString()));
        QCOMPARE(sandbox.tables(), before);
    }

    void jsonSurrogatePairsAreCharacters()
    {
        // An emoji written as two escapes, as JSON writers do: one character, not a lone half.
        PreviewSandbox sandbox;
        const auto loaded = sandbox.load(write(u"samples"_s, u"emoji.jsonl"_s, "{\"id\":1,\"name\":\"\\ud83d\\ude00\"}\n"));
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        const auto all = sandbox.run(u"SELECT name FROM emoji"_s);
        QVERIFY(all);
        QCOMPARE(sandbox.fetch(all->id, 0, 1).value().first().first().toString(), u"\U0001F600"_s);
        const QByteArray event = R"({"eventType":"START","eventTime":"2026-11-10T02:00:00Z","producer":"p",)"
                                 R"("schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",)"
                                 R"("run":{"runId":"r-\ud83d\ude00"},"job":{"namespace":"n","name":"j"}})";
        const OpenLineage::Read read = OpenLineage::parse(event, u"emoji.json"_s);
        QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.isEmpty() ? QString() : read.errors.first().toString()));
        QCOMPARE(read.events.size(), 1);
    }

    void previewKeepsHostileColumnNamesAsData()
    {
        PreviewSandbox sandbox;
        const QString path
            = write(u"samples"_s, u"names.csv"_s, "\"x\"\"); DROP TABLE good; --\",\"100%\",\"\u202Eevil\"\n1,2,3\n");
        QVERIFY(sandbox.load(write(u"samples"_s, u"good.csv"_s, "id\n1\n")));
        const auto loaded = sandbox.load(path);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->columns.size(), 3);
        QCOMPARE(loaded->columns.at(0).name, u"x\"); DROP TABLE good; --"_s);
        QVERIFY(sandbox.tables().contains(u"good"_s));
        // Untrusted SQL: one statement, reading only.
        const QStringList statements{u"SELECT 1; DROP TABLE good"_s, u"DROP TABLE good"_s, u"ATTACH DATABASE ':memory:' AS x"_s,
                                     QString(u"SELECT * FROM good; -- and then"_s + QChar(0) + u"DELETE FROM good"_s)};
        for (const QString &sql : statements) {
            const auto run = sandbox.run(sql);
            QVERIFY2(!run && !run.error().message.isEmpty(), qPrintable(sql));
        }
        QVERIFY(sandbox.tables().contains(u"good"_s));
        QVERIFY(sandbox.run(u"SELECT * FROM good -- a comment is fine"_s));
    }

    // --- receiver -----------------------------------------------------------------------------

    void receiverRefusesHostileEvents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray event = R"({"eventType":"START","eventTime":"2026-11-10T02:00:00Z","producer":"p",)"
                                 R"("schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",)"
                                 R"("run":{"runId":"RUN"},"job":{"namespace":"n","name":"j"}})";
        QTest::newRow("NUL escape") << QByteArray(event).replace("RUN", "a\\u0000b") << u"U+0000"_s;
        QTest::newRow("raw NUL") << QByteArray(event).replace("RUN", QByteArray("a\0b", 3)) << u"U+0000"_s;
        QTest::newRow("lone surrogate") << QByteArray(event).replace("RUN", "\\ud800") << u"surrogate"_s;
        QTest::newRow("invalid UTF-8") << QByteArray(event).replace("RUN", "\xff\xfe") << u"UTF-8"_s;
        QTest::newRow("1,025 deep") << QByteArray(event).replace("\"RUN\"",
                                                                 QByteArray(QByteArray(1025, '[') + QByteArray(1025, ']')))
                                    << u"deep"_s;
        QTest::newRow("duplicate key") << QByteArray(event).replace("{\"runId\"", "{\"runId\":\"x\",\"runId\"")
                                       << u"more than once"_s;
        QTest::newRow("over the size limit") << QByteArray(event).replace("RUN", QByteArray(70 * 1024, 'r')) << u"bytes"_s;
    }
    void receiverRefusesHostileEvents()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        LineageReceiver receiver(*m_store);
        LineageReceiver::Settings settings;
        settings.port = 0;
        settings.maxBodyBytes = 64 * 1024;
        QVERIFY(receiver.start(settings));
        const QByteArray before = fingerprint();
        if (body.size() > settings.maxBodyBytes) {
            // Told at once from the headers, before the body is sent (a client sending it all
            // anyway meets a closed connection, as HTTP has it).
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, receiver.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("POST /api/v1/lineage HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(1024));
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("larger than"), 10000);
            QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
            QCOMPARE(receiver.accepted(), 0);
            QCOMPARE(fingerprint(), before);
            return;
        }
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/lineage"_s.arg(receiver.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        QVERIFY2(status == 400 || status == 413, qPrintable(QString::number(status) + u' ' + QString::fromUtf8(answer)));
        const QString message = QJsonDocument::fromJson(answer).object().value(u"error"_s).toString();
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), answer.constData());
        QCOMPARE(receiver.accepted(), 0);
        QCOMPARE(fingerprint(), before);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
