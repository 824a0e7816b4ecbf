#include "models/catalog/catalogschema.h"

namespace Tessera::CatalogSchema {

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
    };
}

} // namespace Tessera::CatalogSchema
