-- Bookkeeping tables of the pipeline itself. They are not part of the published
-- dataset (snapshots never include them) and may change without a schema bump.

CREATE TABLE IF NOT EXISTS _meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
COMMENT ON TABLE _meta IS 'Key/value facts about this warehouse file (schema_version).';
COMMENT ON COLUMN _meta.key IS 'Name of the fact.';
COMMENT ON COLUMN _meta.value IS 'Its value.';

CREATE TABLE IF NOT EXISTS _extraction_cache (
    cache_key VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    payload VARCHAR NOT NULL,
    signature BLOB
);
COMMENT ON TABLE _extraction_cache IS 'Per-article extraction results, so that unchanged inputs are never extracted twice; written batch by batch so a killed run keeps its finished work.';
COMMENT ON COLUMN _extraction_cache.cache_key IS 'sha256 of extractor_version, the raw bytes'' sha256 and the article''s sidecar/manifest metadata.';
COMMENT ON COLUMN _extraction_cache.article_id IS 'The article the payload belongs to.';
COMMENT ON COLUMN _extraction_cache.extractor_version IS 'contract.versions.EXTRACTOR_VERSION that produced the payload.';
COMMENT ON COLUMN _extraction_cache.payload IS 'JSON of contract.records.ArticleExtraction, or {"rejected": reason}.';
-- Warehouses created before the column existed get it here; NULL means "compute from the payload".
ALTER TABLE _extraction_cache ADD COLUMN IF NOT EXISTS signature BLOB;
COMMENT ON COLUMN _extraction_cache.signature IS 'MinHash signature of the body (128 little-endian uint32, transforms.corpus.minhash.pack_signature) for near-duplicate detection without re-reading bodies; NULL for rejected files.';
-- What the corpus-level step (entity canonicalization, near-duplicates) needs of
-- each article, kept beside the payload so that step never decodes payloads.
-- Rows written before these columns existed hold NULL there, and their payload
-- is decoded instead.
ALTER TABLE _extraction_cache ADD COLUMN IF NOT EXISTS published_date DATE;
ALTER TABLE _extraction_cache ADD COLUMN IF NOT EXISTS skipped_language BOOLEAN;
ALTER TABLE _extraction_cache ADD COLUMN IF NOT EXISTS mentions STRUCT(text VARCHAR, char_start INTEGER, char_end INTEGER, type VARCHAR, local_name VARCHAR)[];
COMMENT ON COLUMN _extraction_cache.published_date IS 'The payload''s article.published_date, copied for the corpus-level step; NULL when unknown, rejected, or written by an older version.';
COMMENT ON COLUMN _extraction_cache.skipped_language IS 'True when extraction skipped the article as not English (payload notes.skipped_language); NULL for rejected files and rows of older versions.';
COMMENT ON COLUMN _extraction_cache.mentions IS 'The payload''s entity mentions in their order, (text, char_start, char_end, type, local_name), for entity canonicalization; NULL for rejected files and rows of older versions (their payload is decoded instead).';

CREATE TABLE IF NOT EXISTS _runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,
    inputs_fingerprint VARCHAR,
    snapshot_version VARCHAR,
    summary VARCHAR
);
COMMENT ON TABLE _runs IS 'One row per pipeline run, for auditing; wall-clock values live here, never in the dataset tables.';
COMMENT ON COLUMN _runs.run_id IS 'Prefect flow run id, or a random id for plain runs.';
COMMENT ON COLUMN _runs.started_at IS 'UTC start time.';
COMMENT ON COLUMN _runs.finished_at IS 'UTC end time; NULL while running or after a crash.';
COMMENT ON COLUMN _runs.status IS 'running, published, unchanged or failed.';
COMMENT ON COLUMN _runs.inputs_fingerprint IS 'Hash of every raw path, its bytes and metadata, and the extractor and schema versions.';
COMMENT ON COLUMN _runs.snapshot_version IS 'Version published by the run, if any.';
COMMENT ON COLUMN _runs.summary IS 'JSON run summary (counts, timings).';
