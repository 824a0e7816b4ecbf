#include "models/catalog/catalogschema.h"

namespace Tessera::CatalogSchema {

namespace {

// Everything belongs to tessera_catalog; nobody else holds more than their grants. Each migration
// that adds tables or functions on PostgreSQL ends with this (then grants what it adds).
QStringList ownership()
{
    return {
        QStringLiteral("DO $f$ DECLARE o record; BEGIN "
                       "FOR o IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP "
                       "EXECUTE format('ALTER TABLE public.%I OWNER TO tessera_catalog', o.tablename); END LOOP; "
                       "FOR o IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                       "WHERE n.nspname = 'public' AND p.proname LIKE 'tessera\\_%' LOOP "
                       "EXECUTE format('ALTER FUNCTION %s OWNER TO tessera_catalog', o.f); END LOOP; END $f$"),
        QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")};
}

// Sources added before schema 10: who added them, as the audit log says.
QString sourcesAddedBy()
{
    return QStringLiteral("UPDATE sources SET added_by = coalesce((SELECT a.actor FROM audit_log a WHERE a.entity_type = "
                          "'source' AND a.entity_id = sources.id ORDER BY a.seq LIMIT 1), '')");
}

// The functions that check the caller run as tessera_catalog, under the row policies like anyone.
// pg_temp comes last (else it comes first, and a person's temporary table named pg_roles would
// answer in its place), and catalog tables are named with their schema all the same.
const QString definer = QStringLiteral(" SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $f$ ");
const QString everyone = QStringLiteral("tessera_steward, tessera_domain_owner, tessera_analyst");
const QString writers = QStringLiteral("tessera_steward, tessera_domain_owner");

} // namespace

QList<Migration> migrations()
{
    return {
        {1,
         {
             QStringLiteral(
                 "CREATE TABLE domains (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL, domain_id TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE team_members (team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE, "
                            "username TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', "
                            "position INTEGER NOT NULL, PRIMARY KEY (team_id, username, role))"),
             QStringLiteral("CREATE TABLE products (id TEXT PRIMARY KEY, domain_id TEXT NOT NULL, name TEXT NOT NULL, "
                            "title TEXT NOT NULL DEFAULT '', version TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, "
                            "description TEXT NOT NULL DEFAULT '', documentation TEXT NOT NULL DEFAULT '', "
                            "classification TEXT NOT NULL DEFAULT '', owner_team_id TEXT NOT NULL DEFAULT '', "
                            "source_id TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '', "
                            "source_hash TEXT NOT NULL DEFAULT '', synced_at TEXT NOT NULL DEFAULT '', "
                            "synced_revision INTEGER NOT NULL DEFAULT 0, revision INTEGER NOT NULL, "
                            "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX products_by_domain ON products (domain_id, name)"),
             QStringLiteral("CREATE TABLE product_tags (product_id TEXT NOT NULL, tag TEXT NOT NULL, position INTEGER NOT NULL, "
                            "PRIMARY KEY (product_id, position))"),
             QStringLiteral("CREATE INDEX product_tags_by_tag ON product_tags (tag)"),
             QStringLiteral("CREATE TABLE sla_properties (product_id TEXT NOT NULL, position INTEGER NOT NULL, "
                            "property TEXT NOT NULL, value TEXT NOT NULL DEFAULT '', value_ext TEXT NOT NULL DEFAULT '', "
                            "unit TEXT NOT NULL DEFAULT '', element TEXT NOT NULL DEFAULT '', driver TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (product_id, position))"),
             QStringLiteral("CREATE TABLE datasets (product_id TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, "
                            "physical_name TEXT NOT NULL DEFAULT '', physical_type TEXT NOT NULL DEFAULT '', "
                            "server TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
                            "contract_id TEXT NOT NULL DEFAULT '', PRIMARY KEY (product_id, name))"),
             QStringLiteral("CREATE TABLE dataset_columns (product_id TEXT NOT NULL, dataset_name TEXT NOT NULL, "
                            "position INTEGER NOT NULL, name TEXT NOT NULL, logical_type TEXT NOT NULL DEFAULT '', "
                            "physical_type TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
                            "classification TEXT NOT NULL DEFAULT '', required INTEGER NOT NULL DEFAULT 0, "
                            "is_unique INTEGER NOT NULL DEFAULT 0, primary_key INTEGER NOT NULL DEFAULT 0, "
                            "PRIMARY KEY (product_id, dataset_name, name))"),
             QStringLiteral("CREATE TABLE column_tags (product_id TEXT NOT NULL, dataset_name TEXT NOT NULL, "
                            "column_name TEXT NOT NULL, tag TEXT NOT NULL, position INTEGER NOT NULL, "
                            "PRIMARY KEY (product_id, dataset_name, column_name, position))"),
             QStringLiteral("CREATE TABLE quality_rules (product_id TEXT NOT NULL, dataset_name TEXT NOT NULL, "
                            "column_name TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '', "
                            "type TEXT NOT NULL DEFAULT '', metric TEXT NOT NULL DEFAULT '', operator TEXT NOT NULL DEFAULT '', "
                            "value TEXT NOT NULL DEFAULT '', query TEXT NOT NULL DEFAULT '', dimension TEXT NOT NULL DEFAULT '', "
                            "severity TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (product_id, dataset_name, column_name, position))"),
             QStringLiteral("CREATE TABLE input_ports (product_id TEXT NOT NULL, position INTEGER NOT NULL, "
                            "name TEXT NOT NULL DEFAULT '', source_product_id TEXT NOT NULL DEFAULT '', "
                            "source_dataset TEXT NOT NULL DEFAULT '', contract_id TEXT NOT NULL DEFAULT '', "
                            "PRIMARY KEY (product_id, position))"),
             QStringLiteral("CREATE INDEX input_ports_by_source ON input_ports (source_product_id)"),
             QStringLiteral("CREATE TABLE product_documents (product_id TEXT NOT NULL, position INTEGER NOT NULL, "
                            "kind TEXT NOT NULL, document_id TEXT NOT NULL DEFAULT '', file TEXT NOT NULL DEFAULT '', "
                            "content TEXT NOT NULL, PRIMARY KEY (product_id, position))"),
             QStringLiteral("CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                            "entity_type TEXT NOT NULL, entity_id TEXT NOT NULL, action TEXT NOT NULL, "
                            "before_json TEXT NOT NULL DEFAULT '', after_json TEXT NOT NULL DEFAULT '', "
                            "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log (entity_id, seq)"),
             QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, "
                            "hash TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '')"),
         },
         {},
         {}},
        // Search: names first (exact, then prefix), then full text over everything said about a product.
        {2,
         {},
         {
             QStringLiteral("CREATE INDEX products_by_lower_name ON products (lower(name))"),
             QStringLiteral("CREATE INDEX products_by_lower_title ON products (lower(title))"),
             // rowid is the product row's rowid: deletes by rowid stay fast at any size.
             QStringLiteral("CREATE VIRTUAL TABLE product_text USING fts5(name, title, tags, description, documentation, "
                            "columns, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"),
             QStringLiteral("INSERT INTO product_text (rowid, name, title, tags, description, documentation, columns) "
                            "SELECT rowid, name, title, "
                            "coalesce((SELECT group_concat(tag, ' ') FROM product_tags t WHERE t.product_id = products.id), ''), "
                            "description, documentation, "
                            "coalesce((SELECT group_concat(name || ' ' || description, ' ') FROM dataset_columns c "
                            "WHERE c.product_id = products.id), '') FROM products"),
         },
         {
             QStringLiteral("CREATE INDEX products_by_lower_name ON products ((lower(name) COLLATE \"C\"))"),
             QStringLiteral("CREATE INDEX products_by_lower_title ON products ((lower(title) COLLATE \"C\"))"),
             QStringLiteral(
                 "CREATE TABLE product_text (product_id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
                 "title TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
                 "documentation TEXT NOT NULL DEFAULT '', columns TEXT NOT NULL DEFAULT '', "
                 "document tsvector GENERATED ALWAYS AS ("
                 "setweight(to_tsvector('simple'::regconfig, name || ' ' || title), 'A') || "
                 "setweight(to_tsvector('simple'::regconfig, tags), 'B') || "
                 "setweight(to_tsvector('simple'::regconfig, columns), 'C') || "
                 "setweight(to_tsvector('simple'::regconfig, description || ' ' || documentation), 'D')) STORED)"),
             QStringLiteral("CREATE INDEX product_text_document ON product_text USING GIN (document)"),
             QStringLiteral("INSERT INTO product_text (product_id, name, title, tags, description, documentation, columns) "
                            "SELECT id, name, title, "
                            "coalesce((SELECT string_agg(tag, ' ') FROM product_tags t WHERE t.product_id = products.id), ''), "
                            "description, documentation, "
                            "coalesce((SELECT string_agg(name || ' ' || description, ' ') FROM dataset_columns c "
                            "WHERE c.product_id = products.id), '') FROM products"),
         }},
        // Domain folders the catalog syncs from.
        {3,
         {
             QStringLiteral("CREATE TABLE sources (id TEXT PRIMARY KEY, path TEXT NOT NULL, added_at TEXT NOT NULL, "
                            "last_sync TEXT NOT NULL DEFAULT '', last_report TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX products_by_source ON products (source_id)"),
         },
         {},
         {}},
        // Quick open finds datasets and columns by the beginning of their names.
        {4,
         {},
         {
             QStringLiteral("CREATE INDEX datasets_by_lower_name ON datasets (lower(name))"),
             QStringLiteral("CREATE INDEX columns_by_lower_name ON dataset_columns (lower(name))"),
         },
         {
             QStringLiteral("CREATE INDEX datasets_by_lower_name ON datasets ((lower(name) COLLATE \"C\"))"),
             QStringLiteral("CREATE INDEX columns_by_lower_name ON dataset_columns ((lower(name) COLLATE \"C\"))"),
         }},
        // Lineage: what columns are computed from (ODCS transform sources), and the jobs, inputs,
        // outputs and column lineage that OpenLineage events report, kept per source.
        {5,
         {
             QStringLiteral("ALTER TABLE dataset_columns ADD COLUMN transform_sources TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE dataset_columns ADD COLUMN transform_logic TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE lineage_io (source_id TEXT NOT NULL, job_namespace TEXT NOT NULL, "
                            "job_name TEXT NOT NULL, direction TEXT NOT NULL, dataset_namespace TEXT NOT NULL, "
                            "dataset_name TEXT NOT NULL, PRIMARY KEY (source_id, job_namespace, job_name, direction, "
                            "dataset_namespace, dataset_name))"),
             QStringLiteral("CREATE TABLE column_lineage (source_id TEXT NOT NULL, job_namespace TEXT NOT NULL, "
                            "job_name TEXT NOT NULL, output_namespace TEXT NOT NULL, output_name TEXT NOT NULL, "
                            "output_field TEXT NOT NULL, input_namespace TEXT NOT NULL, input_name TEXT NOT NULL, "
                            "input_field TEXT NOT NULL, type TEXT NOT NULL, subtype TEXT NOT NULL, "
                            "description TEXT NOT NULL DEFAULT '', masking INTEGER NOT NULL DEFAULT 0, "
                            "PRIMARY KEY (source_id, job_namespace, job_name, output_namespace, output_name, output_field, "
                            "input_namespace, input_name, input_field, type, subtype))"),
         },
         {},
         {}},
        // Pipelines: the OpenLineage events as received (each once, with their text), the runs merged
        // from them as Marquez reads them (with the facets their state depends on; the others are
        // read from the events), the datasets each run read and wrote, and the facets that job and
        // dataset events report. Times are UTC ISO 8601 text, so they sort.
        {6,
         {
             QStringLiteral("CREATE TABLE run_events (event_id TEXT PRIMARY KEY, kind TEXT NOT NULL, run_id TEXT NOT NULL, "
                            "event_type TEXT NOT NULL, event_time TEXT NOT NULL, job_namespace TEXT NOT NULL, "
                            "job_name TEXT NOT NULL, file TEXT NOT NULL DEFAULT '', line INTEGER NOT NULL DEFAULT 0, "
                            "received_at TEXT NOT NULL, body TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX run_events_by_run ON run_events (run_id, event_time)"),
             QStringLiteral("CREATE TABLE runs (run_id TEXT PRIMARY KEY, job_namespace TEXT NOT NULL, job_name TEXT NOT NULL, "
                            "state TEXT NOT NULL, run_time TEXT NOT NULL DEFAULT '', started_at TEXT NOT NULL DEFAULT '', "
                            "ended_at TEXT NOT NULL DEFAULT '', nominal_start TEXT NOT NULL DEFAULT '', "
                            "nominal_end TEXT NOT NULL DEFAULT '', parent_run_id TEXT NOT NULL DEFAULT '', "
                            "parent_job_namespace TEXT NOT NULL DEFAULT '', parent_job_name TEXT NOT NULL DEFAULT '', "
                            "error_message TEXT NOT NULL DEFAULT '', event_count INTEGER NOT NULL DEFAULT 0, "
                            "last_event_at TEXT NOT NULL DEFAULT '', facets TEXT NOT NULL DEFAULT '{}', "
                            "facet_times TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("CREATE INDEX runs_by_job ON runs (job_namespace, job_name, run_time)"),
             QStringLiteral("CREATE INDEX runs_by_time ON runs (run_time)"),
             QStringLiteral("CREATE INDEX runs_by_parent ON runs (parent_run_id)"),
             QStringLiteral("CREATE TABLE run_datasets (run_id TEXT NOT NULL, direction TEXT NOT NULL, namespace TEXT NOT NULL, "
                            "name TEXT NOT NULL, PRIMARY KEY (run_id, direction, namespace, name))"),
             QStringLiteral("CREATE INDEX run_datasets_by_dataset ON run_datasets (namespace, name)"),
             QStringLiteral("CREATE TABLE job_facets (namespace TEXT NOT NULL, name TEXT NOT NULL, facets TEXT NOT NULL, "
                            "facet_times TEXT NOT NULL, PRIMARY KEY (namespace, name))"),
             QStringLiteral("CREATE TABLE dataset_facets (namespace TEXT NOT NULL, name TEXT NOT NULL, facets TEXT NOT NULL, "
                            "facet_times TEXT NOT NULL, PRIMARY KEY (namespace, name))"),
         },
         {},
         {}},
        // Governance: every published version of each policy file, kept (the newest is in force),
        // and the catalog's compliance with them over time.
        {7,
         {
             QStringLiteral("CREATE TABLE policy_versions (file TEXT NOT NULL, version INTEGER NOT NULL, "
                            "content TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', published_at TEXT NOT NULL, "
                            "published_by TEXT NOT NULL, PRIMARY KEY (file, version))"),
             QStringLiteral("CREATE TABLE compliance_snapshots (taken_at TEXT NOT NULL, policies TEXT NOT NULL, "
                            "products INTEGER NOT NULL, failing_products INTEGER NOT NULL, errors INTEGER NOT NULL, "
                            "warnings INTEGER NOT NULL, notes INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX compliance_snapshots_by_time ON compliance_snapshots (taken_at)"),
         },
         {},
         {}},
        // Previews: queries and recipes saved with products, sample files attached to datasets.
        {8,
         {
             QStringLiteral("CREATE TABLE saved_previews (product_id TEXT NOT NULL, name TEXT NOT NULL, "
                            "dataset TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, content TEXT NOT NULL, "
                            "saved_at TEXT NOT NULL, saved_by TEXT NOT NULL, PRIMARY KEY (product_id, name))"),
             QStringLiteral("CREATE TABLE dataset_samples (product_id TEXT NOT NULL, dataset TEXT NOT NULL, "
                            "file TEXT NOT NULL, attached_at TEXT NOT NULL, attached_by TEXT NOT NULL, "
                            "PRIMARY KEY (product_id, dataset))"),
         },
         {},
         {}},
        // A team catalog enforced by its server: see serverRules().
        {9, {}, {}, serverRules()},
        // Who added each source, stored each OpenLineage event and took each compliance snapshot
        // (the server stamps them, see pipelineRules()), so pipelines and lineage are accountable.
        {10,
         {
             QStringLiteral("ALTER TABLE sources ADD COLUMN added_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE run_events ADD COLUMN received_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE compliance_snapshots ADD COLUMN taken_by TEXT NOT NULL DEFAULT ''"),
         },
         {sourcesAddedBy()},
         pipelineRules()},
    };
}

QStringList serverRules()
{
    QStringList sql;
    // The roles: one owner of every object (no login, no BYPASSRLS), one group role per kind of
    // person. They belong to the cluster, so catalogs on one server share them.
    sql << QStringLiteral(
        "DO $f$ DECLARE r text; BEGIN "
        "FOREACH r IN ARRAY ARRAY['tessera_catalog', 'tessera_steward', 'tessera_domain_owner', 'tessera_analyst'] LOOP "
        "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN "
        "EXECUTE format('CREATE ROLE %I', r); END IF; "
        // A role of that name made by someone else gets these settings all the same.
        "EXECUTE format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE', r); "
        "END LOOP; END $f$");
    // Which person owns which domain, kept by the stewards.
    sql << QStringLiteral("CREATE TABLE domain_owners (username TEXT NOT NULL, domain_id TEXT NOT NULL, "
                          "PRIMARY KEY (username, domain_id))");
    // The audit log notes its transaction, so the triggers write one entry per change of an entity.
    sql << QStringLiteral("ALTER TABLE audit_log ADD COLUMN tx BIGINT")
        << QStringLiteral("CREATE INDEX audit_log_by_tx ON audit_log (tx, entity_type, entity_id)");

    // The functions that check the caller (see definer). session_user is the person who logged
    // in, whatever role they set.
    sql << QStringLiteral("CREATE FUNCTION tessera_role() RETURNS text LANGUAGE sql STABLE") + definer
            + QStringLiteral("SELECT CASE WHEN pg_has_role(session_user, 'tessera_steward', 'MEMBER') THEN 'steward' "
                             "WHEN pg_has_role(session_user, 'tessera_domain_owner', 'MEMBER') THEN 'owner' "
                             "WHEN pg_has_role(session_user, 'tessera_analyst', 'MEMBER') THEN 'analyst' ELSE '' END $f$");
    // Who the audit log and the rows name: the person; a superuser (who can do anything anyway)
    // may name themselves through the setting tessera.actor.
    sql << QStringLiteral("CREATE FUNCTION tessera_actor() RETURNS text LANGUAGE sql STABLE") + definer
            + QStringLiteral("SELECT CASE WHEN (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user) "
                             "THEN coalesce(nullif(current_setting('tessera.actor', true), ''), session_user::text) "
                             "ELSE session_user::text END $f$");
    sql << QStringLiteral("CREATE FUNCTION tessera_owns_domain(in_domain text) RETURNS boolean LANGUAGE sql STABLE") + definer
            + QStringLiteral(
                "SELECT pg_has_role(session_user, 'tessera_steward', 'MEMBER') "
                "OR (pg_has_role(session_user, 'tessera_domain_owner', 'MEMBER') AND EXISTS "
                "(SELECT 1 FROM public.domain_owners o WHERE o.username = session_user AND o.domain_id = in_domain)) "
                "$f$");
    // A product: its domain's owner, or a member of its owning team (as Permissions::product)
    // where that team is one of the domain's, so a member cannot carry a product off elsewhere.
    sql << QStringLiteral("CREATE FUNCTION tessera_may_edit(in_domain text, in_team text) RETURNS boolean LANGUAGE sql STABLE")
            + definer
            + QStringLiteral("SELECT tessera_owns_domain(in_domain) "
                             "OR (pg_has_role(session_user, 'tessera_domain_owner', 'MEMBER') AND EXISTS "
                             "(SELECT 1 FROM public.team_members m JOIN public.teams t ON t.id = m.team_id "
                             "WHERE m.team_id = in_team AND m.username = session_user AND t.domain_id = in_domain)) $f$");
    sql << QStringLiteral("CREATE FUNCTION tessera_may_edit_product(in_product text) RETURNS boolean LANGUAGE sql STABLE")
            + definer
            + QStringLiteral("SELECT coalesce((SELECT tessera_may_edit(p.domain_id, p.owner_team_id) FROM public.products p "
                             "WHERE p.id = in_product), false) $f$");

    // The audit log, written only here: the server sets the time, the person, the sequence and
    // the hash (the same as AuditEntry::computeHash).
    sql << QStringLiteral("CREATE FUNCTION tessera_write_audit(in_type text, in_id text, in_action text, in_before text, "
                          "in_after text) RETURNS void LANGUAGE plpgsql VOLATILE")
            + definer
            + QStringLiteral(
                "DECLARE head_seq bigint; head_hash text; stamp text; who text := tessera_actor(); digest text; "
                "BEGIN "
                "SELECT seq, hash INTO head_seq, head_hash FROM public.audit_head WHERE id = 1 FOR UPDATE; "
                "stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); "
                "digest := encode(sha256(convert_to(concat(head_hash, chr(31), (head_seq + 1)::text, chr(31), stamp, chr(31), "
                "who, chr(31), in_type, chr(31), in_id, chr(31), in_action, chr(31), in_before, chr(31), in_after), 'UTF8')), "
                "'hex'); "
                "INSERT INTO public.audit_log (seq, at, actor, entity_type, entity_id, action, before_json, after_json, "
                "prev_hash, hash, tx) VALUES (head_seq + 1, stamp, who, in_type, in_id, in_action, in_before, in_after, "
                "head_hash, digest, pg_current_xact_id()::text::bigint); "
                "UPDATE public.audit_head SET seq = head_seq + 1, hash = digest WHERE id = 1; "
                "END $f$");
    // Every row change of an audited table: the first of an entity in a transaction writes its
    // entry, with the application's words (the setting tessera.note: type, id, action, before,
    // after) when it names this entity, else the rows themselves, entry by entry.
    sql << QStringLiteral("CREATE FUNCTION tessera_audit_row() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral(
                "DECLARE kind text := TG_ARGV[0]; old_json jsonb; new_json jsonb; entity text; note jsonb; "
                "BEGIN "
                "IF TG_OP <> 'INSERT' THEN old_json := to_jsonb(OLD); END IF; "
                "IF TG_OP <> 'DELETE' THEN new_json := to_jsonb(NEW); END IF; "
                "entity := coalesce(new_json, old_json) ->> TG_ARGV[1]; "
                "IF EXISTS (SELECT 1 FROM public.audit_log a WHERE a.tx = pg_current_xact_id()::text::bigint "
                "AND a.entity_type = kind AND a.entity_id = entity AND a.action NOT LIKE 'sql %') THEN RETURN NULL; END IF; "
                "note := nullif(current_setting('tessera.note', true), '')::jsonb; "
                "IF note IS NOT NULL AND note ->> 'type' = kind AND note ->> 'id' = entity THEN "
                "PERFORM tessera_write_audit(kind, entity, coalesce(note ->> 'action', ''), coalesce(note ->> 'before', ''), "
                "coalesce(note ->> 'after', '')); "
                "ELSE "
                "PERFORM tessera_write_audit(kind, entity, 'sql ' || lower(TG_OP), coalesce(old_json::text, ''), "
                "coalesce(new_json::text, '')); "
                "END IF; RETURN NULL; END $f$");
    // The person a row names as its author is the one who wrote it.
    sql << QStringLiteral("CREATE FUNCTION tessera_stamp_row() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("BEGIN NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], tessera_actor())); "
                             "RETURN NEW; END $f$");

    // The audited tables: the kind of entity and the column naming it for the audit log; the
    // guarded ones with the row policy's check (row-level security, forced on the owner too): a
    // product's rows change only for those who may edit it; domains, teams and their members only
    // for the domain's owners and the stewards. Stewards and domain owners write them, within
    // their policies.
    struct Table {
        const char *name;
        const char *kind;
        const char *key;
        QString check; // empty: no row policy
        bool writers = true; // stewards and domain owners may write (else: see the grants below)
    };
    const QString ofProduct = QStringLiteral("tessera_may_edit_product(product_id)");
    const Table tables[] = {
        {"products", "product", "id", QStringLiteral("tessera_may_edit(domain_id, owner_team_id)")},
        {"product_tags", "product", "product_id", ofProduct},
        {"sla_properties", "product", "product_id", ofProduct},
        {"datasets", "product", "product_id", ofProduct},
        {"dataset_columns", "product", "product_id", ofProduct},
        {"column_tags", "product", "product_id", ofProduct},
        {"quality_rules", "product", "product_id", ofProduct},
        {"input_ports", "product", "product_id", ofProduct},
        {"product_documents", "product", "product_id", ofProduct},
        {"product_text", "product", "product_id", ofProduct},
        {"saved_previews", "preview", "product_id", ofProduct},
        {"dataset_samples", "preview", "product_id", ofProduct},
        {"domains", "domain", "id", QStringLiteral("tessera_owns_domain(id)")},
        {"teams", "team", "id", QStringLiteral("tessera_owns_domain(domain_id)")},
        {"team_members", "team", "team_id",
         QStringLiteral("tessera_owns_domain((SELECT t.domain_id FROM public.teams t WHERE t.id = team_id))")},
        {"domain_owners", "domain", "domain_id", {}, false},
        {"sources", "source", "id", {}},
        {"policy_versions", "policy", "file", {}, false},
    };
    QStringList written{QStringLiteral("lineage_io"),    QStringLiteral("column_lineage"), QStringLiteral("run_events"),
                        QStringLiteral("runs"),          QStringLiteral("run_datasets"),   QStringLiteral("job_facets"),
                        QStringLiteral("dataset_facets")};
    for (const Table &table : tables) {
        const QString t = QLatin1String(table.name);
        sql << QStringLiteral("CREATE TRIGGER tessera_audit AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION tessera_audit_row('%2', '%3')")
                   .arg(t, QLatin1String(table.kind), QLatin1String(table.key));
        if (table.writers)
            written << t;
        if (table.check.isEmpty())
            continue;
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("CREATE POLICY tessera_read ON %1 FOR SELECT USING (true)").arg(t)
            << QStringLiteral("CREATE POLICY tessera_add ON %1 FOR INSERT WITH CHECK (%2)").arg(t, table.check)
            << QStringLiteral("CREATE POLICY tessera_change ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(t, table.check)
            << QStringLiteral("CREATE POLICY tessera_remove ON %1 FOR DELETE USING (%2)").arg(t, table.check);
    }
    static const std::pair<const char *, const char *> stamped[] = {
        {"products", "updated_by"},
        {"saved_previews", "saved_by"},
        {"dataset_samples", "attached_by"},
        {"policy_versions", "published_by"},
    };
    for (const auto &[table, column] : stamped) {
        sql << QStringLiteral("CREATE TRIGGER tessera_stamp BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION tessera_stamp_row('%2')")
                   .arg(QLatin1String(table), QLatin1String(column));
    }

    sql << ownership();
    sql << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(everyone)
        << QStringLiteral("GRANT EXECUTE ON FUNCTION tessera_role(), tessera_actor(), tessera_owns_domain(text), "
                          "tessera_may_edit(text, text), tessera_may_edit_product(text) TO %1")
               .arg(everyone)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(written.join(QStringLiteral(", ")), writers)
        // Published versions are never changed, only added to, and only by stewards.
        << QStringLiteral("GRANT INSERT ON policy_versions TO tessera_steward")
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON domain_owners TO tessera_steward")
        << QStringLiteral("GRANT INSERT ON compliance_snapshots TO %1").arg(everyone);
    return sql;
}

QStringList pipelineRules()
{
    QStringList sql;
    // What the policies below ask about the events of the transaction, found through indexes
    // (a sync of a large folder stores many events in one transaction): its run events by run,
    // its events by job, and the datasets its job and dataset events report.
    sql << QStringLiteral("ALTER TABLE run_events ADD COLUMN tx BIGINT")
        << QStringLiteral("CREATE INDEX run_events_by_tx_run ON run_events (tx, run_id)")
        << QStringLiteral("CREATE INDEX run_events_by_tx_job ON run_events (tx, job_namespace, job_name)")
        << QStringLiteral("CREATE TABLE event_datasets (event_id TEXT NOT NULL, tx BIGINT NOT NULL, namespace TEXT NOT NULL, "
                          "name TEXT NOT NULL)")
        << QStringLiteral("CREATE INDEX event_datasets_by_tx ON event_datasets (tx, namespace, name)");
    // Sources added before schema 10: their adder (no audit entry for this: it is what the log says).
    sql << QStringLiteral("ALTER TABLE sources DISABLE TRIGGER tessera_audit") << sourcesAddedBy()
        << QStringLiteral("ALTER TABLE sources ENABLE TRIGGER tessera_audit");

    // The server stamps who stored an event (and when, and in which transaction), who added a
    // source, who took a compliance snapshot. A superuser may name the time (as tessera.actor).
    const QString serverTime
        = QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    const QString superuser = QStringLiteral("(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user)");
    sql << QStringLiteral("CREATE FUNCTION tessera_stamp_event() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("BEGIN NEW.received_by := tessera_actor(); NEW.tx := pg_current_xact_id()::text::bigint; "
                             "IF NOT %1 THEN NEW.received_at := %2; END IF; RETURN NEW; END $f$")
                  .arg(superuser, serverTime)
        << QStringLiteral("CREATE TRIGGER tessera_stamp BEFORE INSERT ON run_events FOR EACH ROW "
                          "EXECUTE FUNCTION tessera_stamp_event()");
    // The datasets a stored (not a repeated) job or dataset event reports, read as Tessera reads
    // them: a name that is not a string is empty. A body the server cannot read reports none.
    auto text = [](const char *json, const char *key) {
        return QStringLiteral("CASE WHEN json_typeof(%1 -> '%2') = 'string' THEN %1 ->> '%2' ELSE '' END")
            .arg(QLatin1String(json), QLatin1String(key));
    };
    sql << QStringLiteral("CREATE FUNCTION tessera_event_datasets() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("DECLARE body json; BEGIN "
                             "body := NEW.body::json; "
                             "INSERT INTO public.event_datasets (event_id, tx, namespace, name) "
                             "SELECT DISTINCT NEW.event_id, NEW.tx, %1, %2 FROM ("
                             "SELECT body -> 'dataset' AS d WHERE NEW.kind = 'dataset' "
                             "UNION ALL SELECT json_array_elements(body -> 'inputs') "
                             "WHERE NEW.kind = 'job' AND json_typeof(body -> 'inputs') = 'array' "
                             "UNION ALL SELECT json_array_elements(body -> 'outputs') "
                             "WHERE NEW.kind = 'job' AND json_typeof(body -> 'outputs') = 'array') named "
                             "WHERE json_typeof(named.d) = 'object'; "
                             "RETURN NULL; "
                             "EXCEPTION WHEN data_exception OR untranslatable_character THEN RETURN NULL; END $f$")
                  .arg(text("named.d", "namespace"), text("named.d", "name"))
        << QStringLiteral("CREATE TRIGGER tessera_datasets AFTER INSERT ON run_events FOR EACH ROW "
                          "WHEN (NEW.kind IN ('job', 'dataset')) EXECUTE FUNCTION tessera_event_datasets()");
    // A run's row counts the run events stored for it, whatever the writer said (and whoever
    // stored events before).
    sql << QStringLiteral("CREATE FUNCTION tessera_count_run() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("BEGIN NEW.event_count := (SELECT count(*) FROM public.run_events e "
                             "WHERE e.run_id = NEW.run_id AND e.kind = 'run'); RETURN NEW; END $f$")
        << QStringLiteral("CREATE TRIGGER tessera_count BEFORE INSERT OR UPDATE ON runs FOR EACH ROW "
                          "EXECUTE FUNCTION tessera_count_run()")
        << QStringLiteral("UPDATE runs SET event_count = event_count");
    // A source is its adder's for good.
    sql << QStringLiteral("CREATE FUNCTION tessera_stamp_source() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("BEGIN IF TG_OP = 'INSERT' THEN NEW.added_by := tessera_actor(); "
                             "ELSE NEW.added_by := OLD.added_by; END IF; RETURN NEW; END $f$")
        << QStringLiteral("CREATE TRIGGER tessera_stamp BEFORE INSERT OR UPDATE ON sources FOR EACH ROW "
                          "EXECUTE FUNCTION tessera_stamp_source()");
    sql << QStringLiteral("CREATE FUNCTION tessera_stamp_snapshot() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("BEGIN NEW.taken_by := tessera_actor(); IF NOT %1 THEN NEW.taken_at := %2; END IF; "
                             "RETURN NEW; END $f$")
                  .arg(superuser, serverTime)
        << QStringLiteral("CREATE TRIGGER tessera_stamp BEFORE INSERT ON compliance_snapshots FOR EACH ROW "
                          "EXECUTE FUNCTION tessera_stamp_snapshot()");

    // Who may sync a source (and so write and clear its lineage, and say a product comes from
    // it): the person who added it, while they keep a role that writes, and the stewards.
    sql << QStringLiteral("CREATE FUNCTION tessera_may_sync(in_source text) RETURNS boolean LANGUAGE sql STABLE") + definer
            + QStringLiteral("SELECT pg_has_role(session_user, 'tessera_steward', 'MEMBER') "
                             "OR (pg_has_role(session_user, 'tessera_domain_owner', 'MEMBER') AND EXISTS "
                             "(SELECT 1 FROM public.sources s WHERE s.id = in_source AND s.added_by = session_user::text)) $f$");
    // A source removed takes its lineage with it (before it goes, while its adder may).
    sql << QStringLiteral("CREATE FUNCTION tessera_source_removed() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral("BEGIN DELETE FROM public.lineage_io WHERE source_id = OLD.id; "
                             "DELETE FROM public.column_lineage WHERE source_id = OLD.id; RETURN OLD; END $f$")
        << QStringLiteral("CREATE TRIGGER tessera_lineage BEFORE DELETE ON sources FOR EACH ROW "
                          "EXECUTE FUNCTION tessera_source_removed()");
    // A product is said to come from a source (which its sync then changes and removes) only by
    // those who may sync it; a product that came from one keeps saying so when others edit it.
    sql << QStringLiteral("CREATE FUNCTION tessera_product_source() RETURNS trigger LANGUAGE plpgsql") + definer
            + QStringLiteral(
                "BEGIN IF NEW.source_id <> '' AND (TG_OP = 'INSERT' OR NEW.source_id IS DISTINCT FROM OLD.source_id) "
                "AND NOT tessera_may_sync(NEW.source_id) AND NOT EXISTS (SELECT 1 FROM public.products p "
                "WHERE p.id = NEW.id AND p.source_id = NEW.source_id) THEN "
                "RAISE EXCEPTION 'only who may sync the source % may say a product comes from it', NEW.source_id "
                "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $f$")
        << QStringLiteral("CREATE TRIGGER tessera_source BEFORE INSERT OR UPDATE ON products FOR EACH ROW "
                          "EXECUTE FUNCTION tessera_product_source()");
    // Runs, their datasets, the facets of jobs and datasets and the lineage of received events
    // are worked out from the events: they change only beside an event stored in the same
    // transaction that reports them. Events are only ever added, and name who stored them; so
    // whatever anyone writes there is answered for by an event of theirs that stays.
    //   run: a run event of that run; job: any event of that job; job-event: a job event of that
    //   job; dataset: a dataset event of that dataset, or a job event that reads or writes it.
    // (PL/pgSQL, whose statements are planned once per session: a policy asks it for every row.)
    sql << QStringLiteral("CREATE FUNCTION tessera_reported(in_kind text, in_namespace text, in_name text) "
                          "RETURNS boolean LANGUAGE plpgsql STABLE")
            + definer
            + QStringLiteral(
                "DECLARE this_tx bigint := pg_current_xact_id()::text::bigint; BEGIN "
                "IF in_kind = 'run' THEN RETURN EXISTS (SELECT 1 FROM public.run_events e WHERE e.tx = this_tx "
                "AND e.run_id = in_name AND e.kind = 'run'); "
                "ELSIF in_kind = 'job' THEN RETURN EXISTS (SELECT 1 FROM public.run_events e WHERE e.tx = this_tx "
                "AND e.job_namespace = in_namespace AND e.job_name = in_name); "
                "ELSIF in_kind = 'job-event' THEN RETURN EXISTS (SELECT 1 FROM public.run_events e WHERE e.tx = this_tx "
                "AND e.job_namespace = in_namespace AND e.job_name = in_name AND e.kind = 'job'); "
                "ELSIF in_kind = 'dataset' THEN RETURN EXISTS (SELECT 1 FROM public.event_datasets d WHERE d.tx = this_tx "
                "AND d.namespace = in_namespace AND d.name = in_name); "
                "END IF; RETURN false; END $f$");

    struct Policy {
        const char *table;
        const char *add; // the check on new rows
        const char *change = nullptr; // which rows change (nullptr: none ever does)
        const char *changed = nullptr; // and the check on them once changed
        const char *remove = nullptr; // which rows may be removed (nullptr: none ever is)
    };
    const char *const ofRun = "tessera_reported('run', '', run_id)";
    const char *const ofJob = "tessera_reported('job-event', namespace, name)";
    const char *const ofDataset = "tessera_reported('dataset', namespace, name)";
    const char *const lineage
        = "CASE WHEN source_id = '' THEN tessera_reported('job', job_namespace, job_name) ELSE tessera_may_sync(source_id) END";
    const char *const ofSource = "source_id <> '' AND tessera_may_sync(source_id)";
    const Policy policies[] = {
        {"sources", "true", "tessera_may_sync(id)", "tessera_may_sync(id)", "tessera_may_sync(id)"},
        {"run_events", "true"},
        {"runs", ofRun, ofRun, ofRun},
        {"run_datasets", ofRun},
        {"job_facets", ofJob, ofJob, ofJob},
        {"dataset_facets", ofDataset, ofDataset, ofDataset},
        {"lineage_io", lineage, nullptr, nullptr, ofSource},
        {"column_lineage", lineage, nullptr, nullptr, ofSource},
    };
    // Schema 9 gave the writers every change on these; now each only what its policy allows.
    QStringList tables;
    for (const Policy &p : policies)
        tables << QLatin1String(p.table);
    sql << QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2").arg(tables.join(QStringLiteral(", ")), writers);
    for (const Policy &p : policies) {
        const QString t = QLatin1String(p.table);
        QString grant = QStringLiteral("INSERT");
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("CREATE POLICY tessera_read ON %1 FOR SELECT USING (true)").arg(t)
            << QStringLiteral("CREATE POLICY tessera_add ON %1 FOR INSERT WITH CHECK (%2)").arg(t, QLatin1String(p.add));
        if (p.change) {
            grant += QStringLiteral(", UPDATE");
            sql << QStringLiteral("CREATE POLICY tessera_change ON %1 FOR UPDATE USING (%2) WITH CHECK (%3)")
                       .arg(t, QLatin1String(p.change), QLatin1String(p.changed));
        }
        if (p.remove) {
            grant += QStringLiteral(", DELETE");
            sql << QStringLiteral("CREATE POLICY tessera_remove ON %1 FOR DELETE USING (%2)").arg(t, QLatin1String(p.remove));
        }
        sql << QStringLiteral("GRANT %1 ON %2 TO %3").arg(grant, t, writers);
    }
    sql << ownership();
    sql << QStringLiteral("GRANT EXECUTE ON FUNCTION tessera_may_sync(text), tessera_reported(text, text, text) TO %1")
               .arg(everyone)
        << QStringLiteral("GRANT SELECT ON event_datasets TO %1").arg(everyone);
    return sql;
}

} // namespace Tessera::CatalogSchema
