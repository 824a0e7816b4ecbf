// A team catalog whose server enforces who may change what: each person connects directly (a
// plain connection, not Tessera's checks) and tries what their role forbids; the server refuses
// every one and the catalog stays byte for byte as it was. Then Tessera itself, logged in as each.
#include "models/catalog/catalogschema.h"
#include "models/catalog/catalogstore.h"
#include "models/catalog/search.h"
#include "models/federation/sync.h"
#include "models/formats/openlineage.h"
#include "tests/support/postgresserver.h"
#include "tests/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Tessera;
using namespace Qt::StringLiterals;

namespace {

Product product(const QString &id, const QString &domain, const QString &team)
{
    Product p;
    p.id = id;
    p.domainId = domain;
    p.name = id.section(u'.', -1);
    p.title = u"The "_s + p.name;
    p.status = ProductStatus::Active;
    p.ownerTeamId = team;
    p.tags = {u"gold"_s};
    Dataset d;
    d.name = p.name;
    Column c;
    c.name = u"id"_s;
    c.logicalType = u"string"_s;
    d.columns = {c};
    p.datasets = {d};
    return p;
}

QJsonObject dataset(const QString &name, const QJsonObject &facets = {})
{
    QJsonObject d{{u"namespace"_s, u"pg://sales"_s}, {u"name"_s, name}};
    if (!facets.isEmpty())
        d.insert(u"facets"_s, facets);
    return d;
}

QJsonObject documentation(const QString &text)
{
    return {{u"documentation"_s, QJsonObject{{u"_producer"_s, u"p"_s}, {u"_schemaURL"_s, u"s"_s}, {u"description"_s, text}}}};
}

// A pipeline's report of a run (START, COMPLETE), its job and its output dataset, as one
// OpenLineage events file.
QByteArray pipelineEvents(const QString &runId, const QString &job, const QString &output)
{
    const QJsonObject jobId{{u"namespace"_s, u"airflow://sales"_s}, {u"name"_s, job}};
    const QJsonArray inputs{dataset(u"raw.orders"_s)};
    const QJsonArray outputs{dataset(output)};
    QList<QJsonObject> events;
    const std::pair<QString, QString> steps[]
        = {{u"START"_s, u"2026-11-10T02:00:00Z"_s}, {u"COMPLETE"_s, u"2026-11-10T02:10:00Z"_s}};
    for (const auto &[type, time] : steps)
        events << QJsonObject{{u"eventType"_s, type},
                              {u"eventTime"_s, time},
                              {u"producer"_s, u"https://tessera.invalid/test"_s},
                              {u"run"_s, QJsonObject{{u"runId"_s, runId}}},
                              {u"job"_s, jobId},
                              {u"inputs"_s, inputs},
                              {u"outputs"_s, outputs}};
    QJsonObject documentedJob = jobId;
    documentedJob.insert(u"facets"_s, documentation(u"Loads the orders"_s));
    events << QJsonObject{{u"eventTime"_s, u"2026-11-10T02:11:00Z"_s},
                          {u"producer"_s, u"https://tessera.invalid/test"_s},
                          {u"job"_s, documentedJob},
                          {u"inputs"_s, inputs},
                          {u"outputs"_s, QJsonArray{dataset(output, documentation(u"One row per order"_s))}}};
    events << QJsonObject{{u"eventTime"_s, u"2026-11-10T02:12:00Z"_s},
                          {u"producer"_s, u"https://tessera.invalid/test"_s},
                          {u"dataset"_s, dataset(u"raw.orders"_s, documentation(u"As the shop sends them, for "_s + job))}};
    QByteArray text;
    for (const QJsonObject &e : std::as_const(events))
        text += QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

QList<OpenLineageEvent> parsedEvents(const QByteArray &text)
{
    const OpenLineage::Read read = OpenLineage::parse(text, u"events.ndjson"_s);
    if (!read.errors.isEmpty())
        qFatal("%s", qPrintable(read.errors.first().toString()));
    return read.events;
}

// What a forbidden operation must come to.
enum class Refusal {
    Error, // the server says no (insufficient_privilege)
    NoRows, // the row policy hides the rows: the statement changes nothing
};

} // namespace

class TestCatalogRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::PostgresServer> m_server;
    QString m_problem;
    QString m_database = u"team_catalog"_s;
    QString m_url;
    int m_refused = 0;

    QString urlFor(const QString &user) const
    {
        return u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(user, m_database, m_server->socketDir()).arg(m_server->port());
    }

    // A plain connection as the person: no Tessera in between.
    QSqlDatabase connectAs(const QString &user)
    {
        const QString name = u"as-"_s + user;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_server->socketDir());
        db.setPort(m_server->port());
        db.setUserName(user);
        db.setDatabaseName(m_database);
        if (!db.open())
            qFatal("cannot connect as %s: %s", qPrintable(user), qPrintable(db.lastError().text()));
        return db;
    }

    void superuser(const QString &sql)
    {
        const QString problem = m_server->execute(m_database, sql);
        QVERIFY2(problem.isEmpty(), qPrintable(sql + u": "_s + problem));
    }

    // Everything the catalog holds, as one digest: every row of every table.
    QString fingerprint()
    {
        QSqlDatabase db = connectAs(m_server->superuser());
        QSqlQuery tables(db);
        if (!tables.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"_s))
            qFatal("%s", qPrintable(tables.lastError().text()));
        QStringList digests;
        while (tables.next()) {
            QSqlQuery rows(db);
            const QString table = tables.value(0).toString();
            if (!rows.exec(u"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1 t"_s.arg(table))
                || !rows.next())
                qFatal("%s", qPrintable(rows.lastError().text()));
            digests << table + u'=' + rows.value(0).toString();
        }
        return digests.join(u' ');
    }

    std::unique_ptr<CatalogStore> openAs(const QString &user)
    {
        auto store = CatalogStore::open(CatalogLocation::parse(urlFor(user)).value(), u"someone-else"_s);
        if (!store)
            qFatal("cannot open the catalog as %s: %s", qPrintable(user), qPrintable(store.error().toString()));
        return std::move(store).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::failOnWarnings();
        m_server = TestSupport::PostgresServer::start(&m_problem);
        if (!m_server)
            QSKIP(qPrintable(u"The server-enforced roles need a PostgreSQL server: "_s + m_problem));
        QString error;
        m_url = m_server->createDatabase(m_database, &error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        // The administrator (a superuser) creates the catalog: schema, roles, rules.
        auto admin = CatalogStore::open(CatalogLocation::parse(m_url).value(), u"admin"_s);
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().toString()));
        Team sales{u"sales-data"_s, u"Sales data"_s, u"sales"_s, {{u"olaf"_s, u"Olaf"_s, u"owner"_s}}};
        Team finance{u"finance-data"_s, u"Finance data"_s, u"finance"_s, {{u"fiona"_s, u"Fiona"_s, u"engineer"_s}}};
        QVERIFY(admin.value()->importAll({{u"sales"_s, u"Sales"_s, {}}, {u"finance"_s, u"Finance"_s, {}}}, {sales, finance},
                                         {product(u"sales.orders"_s, u"sales"_s, u"sales-data"_s),
                                          product(u"finance.ledger"_s, u"finance"_s, u"finance-data"_s)},
                                         u"import"_s));
        // One role per person: a steward, the owner of sales, a member of finance's team who owns
        // no domain, an analyst, and someone with no role at all.
        superuser(u"CREATE ROLE stella LOGIN; GRANT tessera_steward TO stella; "
                  "CREATE ROLE olaf LOGIN; GRANT tessera_domain_owner TO olaf; "
                  "CREATE ROLE fiona LOGIN; GRANT tessera_domain_owner TO fiona; "
                  "CREATE ROLE anna LOGIN; GRANT tessera_analyst TO anna; "
                  "CREATE ROLE nobody LOGIN"_s);
        superuser(u"INSERT INTO domain_owners (username, domain_id) VALUES ('olaf', 'sales')"_s);
        // Pipelines: a run, its job and datasets as events reported them, and a source Olaf
        // added with the lineage it reported.
        const auto ingested
            = admin.value()->ingestEvents(parsedEvents(pipelineEvents(u"r-sales"_s, u"orders.load"_s, u"orders"_s)));
        QVERIFY2(ingested, ingested ? "" : qPrintable(ingested.error().toString()));
        QCOMPARE(ingested->added, 4);
        superuser(
            u"SET tessera.actor = 'olaf'; INSERT INTO sources (id, path, added_at) VALUES ('olaf-folder', '/nowhere', '')"_s);
        QVERIFY(admin.value()->replaceLineage(
            {u"olaf-folder"_s,
             OpenLineage::lineageOf(parsedEvents(pipelineEvents(u"r-folder"_s, u"folder.load"_s, u"folded"_s)))}));
        QSqlQuery q(connectAs(m_server->superuser()));
        QVERIFY(
            q.exec(u"SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM run_datasets), (SELECT count(*) FROM job_facets), "
                   "(SELECT count(*) FROM dataset_facets), (SELECT count(*) FROM lineage_io WHERE source_id = ''), "
                   "(SELECT count(*) FROM lineage_io WHERE source_id = 'olaf-folder'), "
                   "(SELECT added_by FROM sources WHERE id = 'olaf-folder')"_s)
            && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toInt(), 2);
        QCOMPARE(q.value(4).toInt(), 2);
        QCOMPARE(q.value(5).toInt(), 2);
        QCOMPARE(q.value(6).toString(), u"olaf"_s);
    }

    void cleanupTestCase()
    {
        const QStringList names = QSqlDatabase::connectionNames();
        for (const QString &name : names) {
            if (name.startsWith(u"as-"_s)) {
                QSqlDatabase::database(name).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
        if (m_refused > 0)
            qInfo("%d forbidden operations, each refused by the server", m_refused);
    }

    void nobodyOwnsAnything()
    {
        QSqlDatabase db = connectAs(m_server->superuser());
        QSqlQuery q(db);
        // The people and the catalog's owner: no superuser, no BYPASSRLS; the owner cannot log in.
        QVERIFY(q.exec(u"SELECT rolname, rolsuper, rolbypassrls, rolcanlogin, rolcreaterole FROM pg_roles "
                       "WHERE rolname IN ('stella', 'olaf', 'fiona', 'anna', 'nobody', 'tessera_catalog', 'tessera_steward', "
                       "'tessera_domain_owner', 'tessera_analyst') ORDER BY rolname"_s));
        int roles = 0;
        while (q.next()) {
            ++roles;
            const QString role = q.value(0).toString();
            QVERIFY2(!q.value(1).toBool() && !q.value(2).toBool() && !q.value(4).toBool(), qPrintable(role));
            QCOMPARE(q.value(3).toBool(), !role.startsWith(u"tessera_"_s));
        }
        QCOMPARE(roles, 9);
        // Every table and function of the catalog belongs to tessera_catalog.
        QVERIFY(q.exec(u"SELECT c.relname, r.rolname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "JOIN pg_roles r ON r.oid = c.relowner WHERE n.nspname = 'public' AND r.rolname <> 'tessera_catalog'"_s));
        if (q.next())
            QFAIL(qPrintable(q.value(0).toString() + u" belongs to "_s + q.value(1).toString()));
        QVERIFY(q.exec(u"SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                       "JOIN pg_roles r ON r.oid = p.proowner WHERE n.nspname = 'public' AND r.rolname <> 'tessera_catalog'"_s));
        if (q.next())
            QFAIL(qPrintable(q.value(0).toString() + u" belongs to someone else"_s));
        // Row-level security on, and forced, on every table a product is kept in.
        QVERIFY(q.exec(u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND c.relforcerowsecurity"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 23); // 15 of products and teams, 8 of sources, runs and lineage
    }

    void forbidden_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Refusal>("refusal");
        const auto E = Refusal::Error;
        const auto N = Refusal::NoRows;
        struct Row {
            const char *person;
            const char *sql;
            Refusal refusal;
        };
        const Row rows[] = {
            // An analyst reads.
            {"anna", "UPDATE products SET title = 'x'", E},
            {"anna",
             "INSERT INTO products (id, domain_id, name, status, revision, updated_at, updated_by) "
             "VALUES ('sales.new', 'sales', 'new', 'draft', 1, '', '')",
             E},
            {"anna", "DELETE FROM products", E},
            {"anna", "DELETE FROM dataset_columns", E},
            {"anna", "UPDATE product_text SET name = 'x'", E},
            {"anna", "INSERT INTO domains (id, name) VALUES ('x', 'x')", E},
            {"anna", "INSERT INTO domain_owners VALUES ('anna', 'sales')", E},
            {"anna", "INSERT INTO policy_versions VALUES ('p.yaml', 9, '', '', '', 'anna')", E},
            {"anna", "INSERT INTO runs (run_id, job_namespace, job_name, state) VALUES ('r', 'n', 'j', 'FAIL')", E},
            {"anna", "INSERT INTO saved_previews VALUES ('sales.orders', 'q', '', 'sql', 'SELECT 1', '', 'anna')", E},
            {"anna", "TRUNCATE products", E},
            {"anna", "SET ROLE tessera_steward", E},
            {"anna", "SELECT tessera_write_audit('product', 'sales.orders', 'update', '', '')", E},
            // A domain owner changes their own domain's products only.
            {"olaf", "UPDATE products SET title = 'x' WHERE id = 'finance.ledger'", N},
            {"olaf", "DELETE FROM products WHERE id = 'finance.ledger'", N},
            {"olaf", "DELETE FROM dataset_columns WHERE product_id = 'finance.ledger'", N},
            {"olaf", "UPDATE product_tags SET tag = 'x' WHERE product_id = 'finance.ledger'", N},
            {"olaf", "DELETE FROM product_text WHERE product_id = 'finance.ledger'", N},
            {"olaf",
             "INSERT INTO products (id, domain_id, name, status, revision, updated_at, updated_by) "
             "VALUES ('finance.new', 'finance', 'new', 'draft', 1, '', '')",
             E},
            {"olaf", "UPDATE products SET domain_id = 'finance' WHERE id = 'sales.orders'", E},
            {"olaf", "UPDATE products SET owner_team_id = 'finance-data', domain_id = 'finance' WHERE id = 'sales.orders'", E},
            {"olaf", "INSERT INTO product_tags VALUES ('finance.ledger', 'x', 99)", E},
            {"olaf", "INSERT INTO product_tags VALUES ('no.such.product', 'x', 0)", E},
            {"olaf", "INSERT INTO saved_previews VALUES ('finance.ledger', 'q', '', 'sql', 'SELECT 1', '', 'olaf')", E},
            {"olaf", "UPDATE domains SET name = 'x' WHERE id = 'finance'", N},
            {"olaf", "INSERT INTO domains (id, name) VALUES ('new', 'New')", E},
            {"olaf", "INSERT INTO domain_owners VALUES ('olaf', 'finance')", E},
            {"olaf", "INSERT INTO team_members (team_id, username, position) VALUES ('finance-data', 'olaf', 9)", E},
            {"olaf", "UPDATE teams SET domain_id = 'sales' WHERE id = 'finance-data'", N},
            {"olaf", "INSERT INTO policy_versions VALUES ('p.yaml', 9, '', '', '', 'olaf')", E},
            {"olaf",
             "INSERT INTO audit_log (seq, at, actor, entity_type, entity_id, action, prev_hash, hash) "
             "VALUES (999, '', 'stella', 'product', 'x', 'update', '', '')",
             E},
            {"olaf", "UPDATE audit_log SET actor = 'stella'", E},
            {"olaf", "DELETE FROM audit_log", E},
            {"olaf", "UPDATE audit_head SET seq = 0", E},
            {"olaf", "TRUNCATE product_tags", E},
            {"olaf", "ALTER TABLE products NO FORCE ROW LEVEL SECURITY", E},
            {"olaf", "DROP POLICY tessera_change ON products", E},
            {"olaf", "ALTER TABLE audit_log DISABLE TRIGGER ALL", E},
            {"olaf", "CREATE TABLE public.mine (id int)", E},
            {"olaf", "SET ROLE tessera_catalog", E},
            {"olaf", "SELECT tessera_write_audit('product', 'finance.ledger', 'remove', '', '')", E},
            // A member of a product's team, owning no domain: that team's products only.
            {"fiona", "UPDATE products SET title = 'x' WHERE id = 'sales.orders'", N},
            {"fiona", "UPDATE domains SET name = 'x' WHERE id = 'finance'", N},
            {"fiona", "UPDATE products SET domain_id = 'sales' WHERE id = 'finance.ledger'", E},
            {"fiona", "INSERT INTO team_members (team_id, username, position) VALUES ('sales-data', 'fiona', 9)", E},
            // A steward changes any product, never the record of what was done.
            {"stella", "UPDATE policy_versions SET content = ''", E},
            {"stella", "DELETE FROM policy_versions", E},
            {"stella", "UPDATE audit_log SET actor = 'olaf'", E},
            {"stella", "DELETE FROM audit_log WHERE seq > 1", E},
            {"stella",
             "INSERT INTO audit_log (seq, at, actor, entity_type, entity_id, action, prev_hash, hash) "
             "VALUES (999, '', 'olaf', 'product', 'x', 'update', '', '')",
             E},
            {"stella", "UPDATE audit_head SET hash = ''", E},
            {"stella", "TRUNCATE products", E},
            {"stella", "ALTER TABLE products DISABLE ROW LEVEL SECURITY", E},
            {"stella", "DROP TRIGGER tessera_audit ON products", E},
            {"stella", "SET ROLE tessera_catalog", E},
            {"stella", "SELECT tessera_write_audit('product', 'x', 'update', '', '')", E},
            // Pipelines: events are only ever added; what is worked out from them (runs, their
            // datasets, job and dataset facets, the lineage of received events) changes only beside a
            // new event of the same transaction that reports it.
            {"anna",
             "INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, job_namespace, job_name, received_at, "
             "body) VALUES ('e', 'run', 'r', 'START', '', 'n', 'j', '', '{}')",
             E},
            {"anna", "INSERT INTO sources (id, path, added_at) VALUES ('mine', '/tmp', '')", E},
            {"anna", "UPDATE compliance_snapshots SET errors = 0", E},
            {"olaf", "UPDATE run_events SET body = '{}'", E},
            {"olaf", "DELETE FROM run_events", E},
            {"olaf", "DELETE FROM runs", E},
            {"olaf", "UPDATE runs SET state = 'FAIL'", N},
            {"olaf", "INSERT INTO runs (run_id, job_namespace, job_name, state) VALUES ('forged', 'n', 'j', 'FAIL')", E},
            {"olaf", "INSERT INTO run_datasets VALUES ('r-sales', 'out', 'pg://sales', 'forged')", E},
            {"olaf", "DELETE FROM run_datasets", E},
            {"olaf", "UPDATE job_facets SET facets = '{}'", N},
            {"olaf", "DELETE FROM dataset_facets", E},
            {"olaf", "INSERT INTO dataset_facets VALUES ('pg://sales', 'forged', '{}', '{}')", E},
            {"olaf", "INSERT INTO lineage_io VALUES ('', 'airflow://sales', 'orders.load', 'out', 'pg://sales', 'forged')", E},
            {"olaf", "UPDATE lineage_io SET dataset_name = 'forged'", E},
            {"olaf", "DELETE FROM lineage_io WHERE source_id = ''", N},
            {"olaf",
             "INSERT INTO column_lineage (source_id, job_namespace, job_name, output_namespace, output_name, output_field, "
             "input_namespace, input_name, input_field, type, subtype) VALUES ('', 'airflow://sales', 'orders.load', "
             "'pg://sales', 'orders', 'id', 'pg://sales', 'raw.orders', 'id', 'DIRECT', 'IDENTITY')",
             E},
            {"olaf", "UPDATE compliance_snapshots SET errors = 0", E},
            {"olaf", "DELETE FROM compliance_snapshots", E},
            // An event of one's own makes only that run's row writable.
            {"olaf",
             "INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, job_namespace, job_name, received_at, "
             "body) VALUES ('forged', 'run', 'r-other', 'FAIL', '2026-11-10T03:00:00.000Z', 'airflow://sales', "
             "'orders.load', '', '{}')\n"
             "UPDATE runs SET state = 'FAIL' WHERE run_id = 'r-sales'",
             N},
            {"olaf", "INSERT INTO event_datasets VALUES ('x', 0, 'pg://sales', 'forged')", E},
            {"olaf", "DELETE FROM event_datasets", E},
            {"olaf",
             "INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, job_namespace, job_name, received_at, "
             "body) VALUES ('forged', 'job', '', '', '2026-11-10T03:00:00.000Z', 'airflow://sales', 'other.job', '', '{}')\n"
             "INSERT INTO job_facets VALUES ('airflow://sales', 'orders.load', '{}', '{}') "
             "ON CONFLICT (namespace, name) DO UPDATE SET facets = '{}'",
             E},
            // A source is synced (its lineage written) by the person who added it and the stewards.
            {"fiona", "UPDATE sources SET path = '/elsewhere' WHERE id = 'olaf-folder'", N},
            {"fiona", "DELETE FROM sources WHERE id = 'olaf-folder'", N},
            {"fiona", "DELETE FROM lineage_io WHERE source_id = 'olaf-folder'", N},
            {"fiona", "INSERT INTO lineage_io VALUES ('olaf-folder', 'airflow://sales', 'x', 'out', 'pg://sales', 'forged')", E},
            // ... and only they say a product comes from it (its sync would change and remove it).
            {"fiona", "UPDATE products SET source_id = 'olaf-folder' WHERE id = 'finance.ledger'", E},
            {"stella", "DELETE FROM run_events", E},
            {"stella", "UPDATE runs SET state = 'COMPLETE'", N},
            // Someone the catalog gives no role reads nothing.
            {"nobody", "SELECT count(*) FROM products", E},
            {"nobody", "SELECT count(*) FROM audit_log", E},
        };
        for (const Row &row : rows) {
            const QString sql = QString::fromUtf8(row.sql);
            // Several lines: statements of one transaction, the last of them the forbidden one.
            QTest::addRow("%s: %s", row.person, qPrintable(sql.section(u'\n', -1).left(60)))
                << QString::fromUtf8(row.person) << sql << row.refusal;
        }
    }

    void forbidden()
    {
        QFETCH(QString, person);
        QFETCH(QString, sql);
        QFETCH(Refusal, refusal);
        const QString before = fingerprint();
        QSqlQuery q(connectAs(person));
        const QStringList statements = sql.split(u'\n');
        if (statements.size() > 1) {
            QVERIFY(q.exec(u"BEGIN"_s));
            for (const QString &statement : statements.first(statements.size() - 1))
                QVERIFY2(q.exec(statement), qPrintable(statement + u": "_s + q.lastError().text()));
        }
        const bool ran = q.exec(statements.last());
        if (statements.size() > 1)
            QSqlQuery(connectAs(person)).exec(u"ROLLBACK"_s);
        if (refusal == Refusal::Error) {
            QVERIFY2(!ran, "the server let it through");
            // insufficient_privilege: no grant, a row policy, not the owner, not a member.
            QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
        } else {
            QVERIFY2(ran, qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 0);
        }
        q.finish();
        QSqlQuery reset(connectAs(person));
        reset.exec(u"RESET ROLE"_s);
        QCOMPARE(fingerprint(), before);
        ++m_refused;
    }

    // The same people do what their role allows: the rules are not simply "nobody may".
    void allowed()
    {
        QSqlQuery olaf(connectAs(u"olaf"_s));
        QVERIFY2(olaf.exec(u"UPDATE products SET title = 'Orders by Olaf', updated_by = 'stella' WHERE id = 'sales.orders'"_s),
                 qPrintable(olaf.lastError().text()));
        QCOMPARE(olaf.numRowsAffected(), 1);
        QSqlQuery fiona(connectAs(u"fiona"_s));
        QVERIFY2(fiona.exec(u"UPDATE products SET title = 'Ledger by Fiona' WHERE id = 'finance.ledger'"_s),
                 qPrintable(fiona.lastError().text()));
        QCOMPARE(fiona.numRowsAffected(), 1);
        QSqlQuery stella(connectAs(u"stella"_s));
        QVERIFY2(stella.exec(u"INSERT INTO policy_versions VALUES ('p.yaml', 1, 'policies: []', '', '', 'olaf')"_s),
                 qPrintable(stella.lastError().text()));
        QSqlQuery anna(connectAs(u"anna"_s));
        QVERIFY(anna.exec(u"SELECT count(*) FROM products"_s) && anna.next());
        QCOMPARE(anna.value(0).toInt(), 2);

        // The rows name who wrote them, whatever they said; the triggers wrote the audit log.
        QSqlQuery q(connectAs(m_server->superuser()));
        QVERIFY(q.exec(u"SELECT updated_by FROM products WHERE id = 'sales.orders'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"olaf"_s);
        QVERIFY(q.exec(u"SELECT published_by FROM policy_versions WHERE file = 'p.yaml'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"stella"_s);
        QVERIFY(q.exec(u"SELECT actor, entity_type, entity_id, action FROM audit_log ORDER BY seq DESC LIMIT 3"_s));
        QStringList entries;
        while (q.next())
            entries << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                           .join(u' ');
        QCOMPARE(entries,
                 (QStringList{u"stella policy p.yaml sql insert"_s, u"fiona product finance.ledger sql update"_s,
                              u"olaf product sales.orders sql update"_s}));
        auto admin = CatalogStore::open(CatalogLocation::parse(m_url).value(), u"admin"_s);
        QVERIFY(admin);
        const AuditVerification verified = admin.value()->verifyAudit();
        QVERIFY2(verified.ok, qPrintable(verified.message));

        // An event of one's own, and the run's row counting it. The server stamps who stored it
        // and when, whatever was said; and an analyst's compliance snapshot is theirs, taken now.
        QVERIFY2(olaf.exec(u"INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, job_namespace, job_name, "
                           "received_at, received_by, body) VALUES ('olaf-own', 'run', 'r-sales', 'OTHER', "
                           "'2026-11-10T03:00:00.000Z', 'airflow://sales', 'orders.load', '1999-01-01', 'stella', '{}'); "
                           "UPDATE runs SET event_count = 99 WHERE run_id = 'r-sales'"_s),
                 qPrintable(olaf.lastError().text()));
        QCOMPARE(olaf.numRowsAffected(), 1);
        QVERIFY2(anna.exec(u"INSERT INTO compliance_snapshots (taken_at, policies, products, failing_products, errors, warnings, "
                           "notes, taken_by) VALUES ('1999-01-01', '', 2, 0, 0, 0, 0, 'stella')"_s),
                 qPrintable(anna.lastError().text()));
        QVERIFY(q.exec(u"SELECT received_by, received_at, tx IS NOT NULL FROM run_events WHERE event_id = 'olaf-own'"_s)
                && q.next());
        QCOMPARE(q.value(0).toString(), u"olaf"_s);
        QVERIFY2(q.value(1).toString().startsWith(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).left(4)),
                 qPrintable(q.value(1).toString()));
        QVERIFY(q.value(2).toBool());
        QVERIFY(q.exec(u"SELECT event_count FROM runs WHERE run_id = 'r-sales'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // counted by the server: START, COMPLETE and Olaf's
        QVERIFY(q.exec(u"SELECT taken_by, taken_at FROM compliance_snapshots"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"anna"_s);
        QVERIFY2(!q.value(1).toString().startsWith(u"1999"_s), qPrintable(q.value(1).toString()));
    }

    // Tessera logged in as each person, with pipelines: a domain owner ingests events (and the
    // same events again) within the row policies; a source is synced by who added it and by
    // stewards; anyone else is told who may, and nothing changes.
    void pipelinesThroughTessera()
    {
        auto olaf = openAs(u"olaf"_s);
        const QList<OpenLineageEvent> events = parsedEvents(pipelineEvents(u"r-olaf"_s, u"olaf.load"_s, u"olaf.orders"_s));
        // The run starts (one event, as the receiver gets it); a stray event of the run stored
        // directly (no run row changed with it) does not stop the next from being merged.
        auto ingested = olaf->ingestEvents(events.first(1));
        QVERIFY2(ingested, ingested ? "" : qPrintable(ingested.error().toString()));
        QSqlQuery direct(connectAs(u"olaf"_s));
        QVERIFY2(direct.exec(u"INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, job_namespace, job_name, "
                             "received_at, body) VALUES ('stray', 'run', 'r-olaf', 'OTHER', '2026-11-10T02:01:00.000Z', "
                             "'airflow://sales', 'olaf.load', '', '{}')"_s),
                 qPrintable(direct.lastError().text()));
        ingested = olaf->ingestEvents(events);
        QVERIFY2(ingested, ingested ? "" : qPrintable(ingested.error().toString()));
        QCOMPARE(ingested->added, 3);
        QCOMPARE(ingested->duplicates, 1);
        QCOMPARE(ingested->runs, 1);
        ingested = olaf->ingestEvents(events);
        QVERIFY2(ingested, ingested ? "" : qPrintable(ingested.error().toString()));
        QCOMPARE(ingested->duplicates, 4);
        RunQuery query;
        query.jobName = u"olaf.load"_s;
        const auto runs = olaf->runs(query);
        QVERIFY(runs);
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().state, RunState::Completed);
        QCOMPARE(runs->first().eventCount, 3); // START, the stray one, COMPLETE
        const auto lineage = olaf->lineageFacts();
        QVERIFY(lineage);
        QVERIFY(std::any_of(lineage->jobs.cbegin(), lineage->jobs.cend(), [](const JobLineage &j) {
            return j.name == u"olaf.load"_s;
        }));

        // An import of event files (tessera-cli import), lineage and events in one transaction.
        SourceLineage imported{QString(), {}};
        imported.events = parsedEvents(pipelineEvents(u"r-import"_s, u"import.load"_s, u"imported.orders"_s));
        imported.facts = OpenLineage::lineageOf(imported.events);
        imported.add = true;
        QVERIFY(olaf->importAll({}, {}, {}, u"import"_s, {}, imported));
        QVERIFY(olaf->importAll({}, {}, {}, u"import"_s, {}, imported)); // again: nothing new, no refusal
        const auto withImport = olaf->lineageFacts();
        QVERIFY(std::any_of(withImport->jobs.cbegin(), withImport->jobs.cend(), [](const JobLineage &j) {
            return j.name == u"import.load"_s;
        }));

        // Olaf's own folder: he adds it and syncs it; Fiona may not; the steward may.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile file(folder.filePath(u"runs.ndjson"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pipelineEvents(u"r-own"_s, u"own.load"_s, u"own.orders"_s));
        file.close();
        const auto added = Sync::addSource(*olaf, u"olaf-own"_s, folder.path());
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        SyncReport synced = Sync::run(*olaf, u"olaf-own"_s);
        QVERIFY2(synced.applied, qPrintable(synced.errors.isEmpty() ? QString() : synced.errors.first().toString()));
        QCOMPARE(synced.lineageJobs, 1);
        QCOMPARE(olaf->source(u"olaf-own"_s).value()->addedBy, u"olaf"_s);

        const QString before = fingerprint();
        auto fiona = openAs(u"fiona"_s);
        synced = Sync::run(*fiona, u"olaf-own"_s);
        QVERIFY(!synced.applied);
        QCOMPARE(synced.errors.size(), 1);
        QVERIFY2(synced.errors.first().message.contains(u"olaf added it"_s), qPrintable(synced.errors.first().message));
        const Status removed = fiona->removeSource(u"olaf-own"_s);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message.contains(u"does not let fiona"_s), qPrintable(removed.error().message));
        QCOMPARE(fingerprint(), before);

        auto stella = openAs(u"stella"_s);
        synced = Sync::run(*stella, u"olaf-own"_s);
        QVERIFY2(synced.applied, qPrintable(synced.errors.isEmpty() ? QString() : synced.errors.first().toString()));
        QVERIFY(stella->removeSource(u"olaf-own"_s));
        QVERIFY(!stella->source(u"olaf-own"_s).value());
        QVERIFY(stella->verifyAudit().ok);

        // A source's row removed directly takes its lineage with it: none is left that no one
        // may clear.
        QVERIFY(direct.exec(u"DELETE FROM sources WHERE id = 'olaf-folder'"_s));
        QCOMPARE(direct.numRowsAffected(), 1);
        QVERIFY(direct.exec(u"SELECT count(*) FROM lineage_io WHERE source_id = 'olaf-folder'"_s) && direct.next());
        QCOMPARE(direct.value(0).toInt(), 0);
    }

    // A catalog that schema 9 made and filled, brought to schema 10 by its administrator: sources
    // keep their adders (as the audit log says), runs count their events, the audit log gets
    // nothing from the upgrade itself and still verifies.
    void upgradeFromSchema9()
    {
        const QString database = u"old_catalog"_s;
        QString error;
        const QString url = m_server->createDatabase(database, &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QStringList sql{u"CREATE TABLE tessera_schema (version INTEGER NOT NULL)"_s};
        const QList<CatalogSchema::Migration> migrations = CatalogSchema::migrations();
        for (const CatalogSchema::Migration &m : migrations) {
            if (m.version <= 9)
                sql << m.statements << m.postgres;
        }
        sql << u"INSERT INTO tessera_schema VALUES (9)"_s
            << u"SET tessera.actor = 'olaf'; INSERT INTO sources (id, path, added_at) VALUES ('legacy', '/old', '')"_s
            << u"INSERT INTO run_events (event_id, kind, run_id, event_type, event_time, job_namespace, job_name, received_at, "
               "body) VALUES ('e1', 'run', 'r-old', 'START', '2026-01-01T00:00:00.000Z', 'n', 'j', '', '{}'), "
               "('e2', 'run', 'r-old', 'COMPLETE', '2026-01-01T00:01:00.000Z', 'n', 'j', '', '{}')"_s
            << u"INSERT INTO runs (run_id, job_namespace, job_name, state, event_count) VALUES ('r-old', 'n', 'j', 'COMPLETED', 7)"_s;
        for (const QString &statement : std::as_const(sql)) {
            const QString problem = m_server->execute(database, statement);
            QVERIFY2(problem.isEmpty(), qPrintable(statement.left(80) + u": "_s + problem));
        }
        auto count = [&](const QString &query) {
            const QString name = u"upgrade-check"_s;
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                           : QSqlDatabase::cloneDatabase(connectAs(m_server->superuser()), name);
            db.setDatabaseName(database);
            if (!db.isOpen() && !db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            QSqlQuery r(db);
            if (!r.exec(query) || !r.next())
                qFatal("%s: %s", qPrintable(query), qPrintable(r.lastError().text()));
            return r.value(0).toString();
        };
        const QString entries = count(u"SELECT count(*) FROM audit_log"_s);

        auto admin = CatalogStore::open(CatalogLocation::parse(url).value(), u"admin"_s);
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error().toString()));
        QCOMPARE(count(u"SELECT version FROM tessera_schema"_s), QString::number(CatalogStore::schemaVersion));
        QCOMPARE(count(u"SELECT added_by FROM sources WHERE id = 'legacy'"_s), u"olaf"_s);
        QCOMPARE(count(u"SELECT event_count FROM runs WHERE run_id = 'r-old'"_s), u"2"_s);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), entries);
        QVERIFY(admin.value()->verifyAudit().ok);
        QSqlDatabase::removeDatabase(u"upgrade-check"_s);

        // The rights of schema 10 hold there too.
        auto open = [&](const QString &user) {
            return CatalogStore::open(
                CatalogLocation::parse(
                    u"postgresql://%1@/%2?host=%3&port=%4"_s.arg(user, database, m_server->socketDir()).arg(m_server->port()))
                    .value(),
                user);
        };
        auto olaf = open(u"olaf"_s);
        QVERIFY2(olaf, olaf ? "" : qPrintable(olaf.error().toString()));
        QVERIFY(olaf.value()->maySync(u"legacy"_s));
        auto fiona = open(u"fiona"_s);
        QVERIFY(fiona);
        const Status refused = fiona.value()->maySync(u"legacy"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"olaf added it"_s), qPrintable(refused.error().message));
    }

    // A catalog made by an older Tessera is brought up to date by its administrator (the tables
    // belong to tessera_catalog); a person opening it is told so, and nothing changes.
    void upgradeNeedsTheAdministrator()
    {
        superuser(u"UPDATE tessera_schema SET version = 9"_s);
        const QString before = fingerprint();
        const auto olaf = CatalogStore::open(CatalogLocation::parse(urlFor(u"olaf"_s)).value(), u"olaf"_s);
        QCOMPARE(fingerprint(), before);
        superuser(u"UPDATE tessera_schema SET version = %1"_s.arg(CatalogStore::schemaVersion));
        QVERIFY(!olaf);
        QVERIFY2(olaf.error().message.contains(u"only its administrator can bring it up to date"_s),
                 qPrintable(olaf.error().message));
        QVERIFY(olaf.error().message.contains(u"schema 9"_s));
    }

    // Naming someone else as the author: a superuser may (the tessera.actor setting), so a person
    // makes the check see a superuser through a temporary pg_roles of their own. The server's
    // functions look only in pg_catalog.
    void forgingTheAuthor()
    {
        QSqlQuery olaf(connectAs(u"olaf"_s));
        QVERIFY2(olaf.exec(u"CREATE TEMP TABLE pg_roles (rolname name, rolsuper bool); "
                           "INSERT INTO pg_roles VALUES (session_user, true); GRANT SELECT ON pg_roles TO PUBLIC; "
                           "SET tessera.actor = 'stella'; SET search_path = pg_temp, public; "
                           "UPDATE products SET title = 'Forged' WHERE id = 'sales.orders'"_s),
                 qPrintable(olaf.lastError().text()));
        QVERIFY(olaf.exec(u"DROP TABLE pg_temp.pg_roles; RESET tessera.actor; RESET search_path"_s));
        QSqlQuery q(connectAs(m_server->superuser()));
        QVERIFY(q.exec(u"SELECT title, updated_by FROM products WHERE id = 'sales.orders'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Forged"_s);
        QCOMPARE(q.value(1).toString(), u"olaf"_s);
        QVERIFY(q.exec(u"SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"olaf"_s);
    }

    // Tessera logged in as each person: the rights it shows are the server's, and what the server
    // refuses comes back in words, with nothing changed.
    void throughTessera()
    {
        auto olaf = openAs(u"olaf"_s);
        QCOMPARE(olaf->actor(), u"olaf"_s);
        QVERIFY(olaf->serverRights());
        QCOMPARE(olaf->serverRights()->role, Role::Owner);
        QCOMPARE(olaf->serverRights()->ownedDomains, QStringList{u"sales"_s});
        QVERIFY(olaf->serverRights()->givenByServer);

        Product mine = olaf->product(u"sales.orders"_s).value().value();
        mine.description = u"Every order, kept by Olaf."_s;
        const SaveResult saved = olaf->saveProduct(mine);
        QVERIFY2(saved.status == SaveResult::Status::Saved, qPrintable(saved.error.message));
        QCOMPARE(saved.saved.updatedBy, u"olaf"_s);
        const auto log = olaf->auditLog(u"sales.orders"_s).value();
        QCOMPARE(log.last().actor, u"olaf"_s);
        QCOMPARE(log.last().action, u"update"_s);
        QVERIFY(log.last().after.contains(u"kept by Olaf"_s));
        QVERIFY(log.last().before.contains(u"Forged"_s));

        const QString before = fingerprint();
        Product theirs = olaf->product(u"finance.ledger"_s).value().value();
        theirs.description = u"Olaf was here"_s;
        SaveResult refused = olaf->saveProduct(theirs);
        QCOMPARE(refused.status, SaveResult::Status::Failed);
        QVERIFY2(refused.error.message.contains(u"does not let olaf"_s), qPrintable(refused.error.message));
        QVERIFY(refused.error.message.contains(u"finance"_s));
        mine.revision = saved.saved.revision;
        mine.domainId = u"finance"_s;
        refused = olaf->saveProduct(mine);
        QCOMPARE(refused.status, SaveResult::Status::Failed);
        QVERIFY2(refused.error.message.contains(u"put sales.orders in the domain finance"_s), qPrintable(refused.error.message));
        refused = olaf->removeProduct(u"finance.ledger"_s, theirs.revision);
        QCOMPARE(refused.status, SaveResult::Status::Failed);
        QVERIFY(!olaf->publishPolicies(u"p.yaml"_s, u"policies: []"_s, {}, 1));
        QCOMPARE(fingerprint(), before);

        auto anna = openAs(u"anna"_s);
        QCOMPARE(anna->serverRights()->role, Role::Analyst);
        // An analyst finds and reads everything (search keeps a temporary table of its own).
        SearchQuery query;
        query.text = u"ledger"_s;
        const auto hits = anna->search(query);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        QCOMPARE(hits.value().size(), 1);
        const auto facets = anna->facets(query);
        QVERIFY2(facets, facets ? "" : qPrintable(facets.error().message));
        QCOMPARE(anna->auditLog().value().size(), olaf->auditLog().value().size());
        const SaveResult analyst = anna->saveProduct(anna->product(u"sales.orders"_s).value().value());
        QCOMPARE(analyst.status, SaveResult::Status::Failed);
        QVERIFY2(analyst.error.message.contains(u"does not let anna (Analyst)"_s), qPrintable(analyst.error.message));
        QCOMPARE(fingerprint(), before);

        auto stella = openAs(u"stella"_s);
        QCOMPARE(stella->serverRights()->role, Role::Steward);
        theirs = stella->product(u"finance.ledger"_s).value().value();
        theirs.description = u"Checked by the steward"_s;
        QCOMPARE(stella->saveProduct(theirs).status, SaveResult::Status::Saved);
        QVERIFY(stella->verifyAudit().ok);

        const auto nobody = CatalogStore::open(CatalogLocation::parse(urlFor(u"nobody"_s)).value(), u"nobody"_s);
        QVERIFY(!nobody);
        QVERIFY2(nobody.error().message.contains(u"permission denied"_s) || nobody.error().message.contains(u"no role"_s),
                 qPrintable(nobody.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCatalogRoles)
#include "tst_catalogroles.moc"
