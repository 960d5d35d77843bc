-- ggm load: mapping istandaarden-beschikking → silver.beschikking (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Beschikking)

-- history: none; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

BEGIN TRANSACTION;

CREATE SCHEMA IF NOT EXISTS meta;

CREATE TABLE IF NOT EXISTS meta.applied_batches (
  mapping VARCHAR(255) NOT NULL,
  target_table VARCHAR(255) NOT NULL,
  batch_id VARCHAR(255) NOT NULL,
  batch_loaded_at TIMESTAMP_NTZ,
  rows_read BIGINT,
  rows_rejected BIGINT,
  applied_at TIMESTAMP_NTZ,
  CONSTRAINT applied_batches_pkey PRIMARY KEY (mapping, batch_id)
);

CREATE TABLE IF NOT EXISTS meta.load_findings (
  mapping VARCHAR(255) NOT NULL,
  target_table VARCHAR(255) NOT NULL,
  batch_id VARCHAR(255) NOT NULL,
  row_number BIGINT,
  kind VARCHAR(255) NOT NULL,
  column_name VARCHAR(255),
  value VARCHAR,
  recorded_at TIMESTAMP_NTZ
);

DROP TABLE IF EXISTS ggm_chain;

DROP TABLE IF EXISTS ggm_stage;

DROP TABLE IF EXISTS ggm_batch;

CREATE TEMPORARY TABLE ggm_batch AS SELECT q.batch_id, q.batch_text, q.loaded_at, q.seq FROM (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq, SUM(p.row_count) OVER (ORDER BY p.loaded_at, p.batch_text ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rows_upto
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.istandaarden GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'istandaarden-beschikking' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_KEY_2",
  i."_KEY_3",
  i."_VALID_FROM",
  i.code,
  CASE WHEN length(i."_IN_CODE") > 20 THEN i."_IN_CODE" END AS "_IN_CODE",
  i.wet_enum_id,
  CASE WHEN i."_IN_WET_ENUM_ID" IS NOT NULL AND i.wet_enum_id IS NULL THEN i."_IN_WET_ENUM_ID" END AS "_IN_WET_ENUM_ID",
  i.client_id,
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.code AS VARCHAR)) = 0 THEN CAST(i.code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.wet_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.client_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    t."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN t.ontvanger IS NULL OR t.wet IS NULL OR t.beschikking_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.ontvanger) = 0 AND POSITION('|', t.ontvanger) = 0 THEN t.ontvanger ELSE REPLACE(REPLACE(t.ontvanger, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.wet) = 0 AND POSITION('|', t.wet) = 0 THEN t.wet ELSE REPLACE(REPLACE(t.wet, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', t.beschikking_nummer) = 0 AND POSITION('|', t.beschikking_nummer) = 0 THEN t.beschikking_nummer ELSE REPLACE(REPLACE(t.beschikking_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    t.ontvanger AS "_KEY_1",
    t.wet AS "_KEY_2",
    t.beschikking_nummer AS "_KEY_3",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(t.beschikking_nummer AS VARCHAR), 1, 20) AS code,
    CAST(t.beschikking_nummer AS VARCHAR) AS "_IN_CODE",
    CAST(CASE t.wet WHEN 'WMO' THEN 2 WHEN 'JW' THEN 3 END AS INTEGER) AS wet_enum_id,
    t.wet AS "_IN_WET_ENUM_ID",
    CASE WHEN t.bsn IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', t.bsn) = 0 AND POSITION('|', t.bsn) = 0 THEN t.bsn ELSE REPLACE(REPLACE(t.bsn, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS client_id
  FROM bronze.istandaarden t
  JOIN ggm_batch "_GGM_B" ON t."_BATCH_ID" = "_GGM_B".batch_id
  WHERE (((t.regel_soort = 'aanvraag') AND (t.beschikking_nummer IS NOT NULL)))
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-beschikking', 'silver.beschikking', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_2" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_2" AS VARCHAR)) = 0 THEN CAST("_KEY_2" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_2" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_3" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_3" AS VARCHAR)) = 0 THEN CAST("_KEY_3" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_3" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'istandaarden-beschikking', 'silver.beschikking', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_2" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_2" AS VARCHAR)) = 0 THEN CAST("_KEY_2" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_2" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_3" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_3" AS VARCHAR)) = 0 THEN CAST("_KEY_3" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_3" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'istandaarden-beschikking', 'silver.beschikking', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'code', CAST("_IN_CODE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_CODE" IS NOT NULL
UNION ALL
SELECT 'istandaarden-beschikking', 'silver.beschikking', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'wet_enum_id', CAST("_IN_WET_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_WET_ENUM_ID" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT EXISTS (SELECT 1 FROM silver.beschikking t WHERE t.beschikking_id = p."_KEY" AND t.row_hash = p."_CHAIN_HASH")) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c;

DELETE FROM silver.beschikking
WHERE EXISTS (SELECT 1 FROM ggm_chain s WHERE silver.beschikking.beschikking_id = s."_KEY" AND ((s."_FIRST_ROW" AND s."_CHAIN_HASH" <> silver.beschikking.row_hash) OR (s."_CHANGES" AND NOT s."_FIRST_ROW")));

INSERT INTO silver.beschikking (beschikking_id, code, wet_enum_id, client_id, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.code, s.wet_enum_id, s.client_id, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'istandaarden-beschikking', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
  AND NOT EXISTS (SELECT 1 FROM silver.beschikking c WHERE c.beschikking_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-beschikking', 'silver.beschikking', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

