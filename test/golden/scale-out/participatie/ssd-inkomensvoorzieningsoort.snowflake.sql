-- ggm load: mapping ssd-inkomensvoorzieningsoort → silver.inkomensvoorzieningsoort (6 Sociaal Domein/Inkomen/Model Inkomen/Inkomensvoorzieningsoort)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.szregel GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'ssd-inkomensvoorzieningsoort' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.naam,
  CASE WHEN length(i."_IN_NAAM") > 80 THEN i."_IN_NAAM" END AS "_IN_NAAM",
  i.code,
  CASE WHEN length(i."_IN_CODE") > 20 THEN i."_IN_CODE" END AS "_IN_CODE",
  i.regeling,
  CASE WHEN length(i."_IN_REGELING") > 200 THEN i."_IN_REGELING" END AS "_IN_REGELING",
  i.regelingscode,
  CASE WHEN length(i."_IN_REGELINGSCODE") > 20 THEN i."_IN_REGELINGSCODE" END AS "_IN_REGELINGSCODE",
  i.wet_enum_id,
  CASE WHEN i."_IN_WET_ENUM_ID" IS NOT NULL AND i.wet_enum_id IS NULL THEN i."_IN_WET_ENUM_ID" END AS "_IN_WET_ENUM_ID",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.naam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.naam AS VARCHAR)) = 0 THEN CAST(i.naam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.naam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.code AS VARCHAR)) = 0 THEN CAST(i.code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.regeling AS VARCHAR)) = 0 AND POSITION('|', CAST(i.regeling AS VARCHAR)) = 0 THEN CAST(i.regeling AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.regeling AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.regelingscode AS VARCHAR)) = 0 AND POSITION('|', CAST(i.regelingscode AS VARCHAR)) = 0 THEN CAST(i.regelingscode AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.regelingscode AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.wet_enum_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    r."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN r.kode_regeling IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', r.kode_regeling) = 0 AND POSITION('|', r.kode_regeling) = 0 THEN r.kode_regeling ELSE REPLACE(REPLACE(r.kode_regeling, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    r.kode_regeling AS "_KEY_1",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST('Uitkering' AS VARCHAR), 1, 80) AS naam,
    CAST('Uitkering' AS VARCHAR) AS "_IN_NAAM",
    substr(CAST(r.kode_regeling AS VARCHAR), 1, 20) AS code,
    CAST(r.kode_regeling AS VARCHAR) AS "_IN_CODE",
    substr(CAST(r.omschryving AS VARCHAR), 1, 200) AS regeling,
    CAST(r.omschryving AS VARCHAR) AS "_IN_REGELING",
    substr(CAST(r.kode_regeling AS VARCHAR), 1, 20) AS regelingscode,
    CAST(r.kode_regeling AS VARCHAR) AS "_IN_REGELINGSCODE",
    CAST(CASE trim(r.kode_regeling) WHEN '0' THEN 7 WHEN '6' THEN 9 WHEN '16' THEN 8 WHEN '17' THEN 8 WHEN '38' THEN 4 END AS INTEGER) AS wet_enum_id,
    trim(r.kode_regeling) AS "_IN_WET_ENUM_ID"
  FROM bronze.szregel r
  JOIN ggm_batch "_GGM_B" ON r."_BATCH_ID" = "_GGM_B".batch_id
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'naam', CAST("_IN_NAAM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_NAAM" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'code', CAST("_IN_CODE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_CODE" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'regeling', CAST("_IN_REGELING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_REGELING" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'regelingscode', CAST("_IN_REGELINGSCODE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_REGELINGSCODE" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'wet_enum_id', CAST("_IN_WET_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_WET_ENUM_ID" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT EXISTS (SELECT 1 FROM silver.inkomensvoorzieningsoort t WHERE t.inkomensvoorzieningsoort_id = p."_KEY" AND t.row_hash = p."_CHAIN_HASH")) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c;

DELETE FROM silver.inkomensvoorzieningsoort
WHERE EXISTS (SELECT 1 FROM ggm_chain s WHERE silver.inkomensvoorzieningsoort.inkomensvoorzieningsoort_id = s."_KEY" AND ((s."_FIRST_ROW" AND s."_CHAIN_HASH" <> silver.inkomensvoorzieningsoort.row_hash) OR (s."_CHANGES" AND NOT s."_FIRST_ROW")));

INSERT INTO silver.inkomensvoorzieningsoort (inkomensvoorzieningsoort_id, naam, code, regeling, regelingscode, wet_enum_id, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.naam, s.code, s.regeling, s.regelingscode, s.wet_enum_id, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'ssd-inkomensvoorzieningsoort', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
  AND NOT EXISTS (SELECT 1 FROM silver.inkomensvoorzieningsoort c WHERE c.inkomensvoorzieningsoort_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'ssd-inkomensvoorzieningsoort', 'silver.inkomensvoorzieningsoort', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

