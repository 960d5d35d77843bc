-- ggm load: mapping ssd-inkomensvoorziening → silver.inkomensvoorziening (6 Sociaal Domein/Inkomen/Model Inkomen/Inkomensvoorziening)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.szdos GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'ssd-inkomensvoorziening' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.toekenningsdatum,
  CASE WHEN i."_IN_TOEKENNINGSDATUM" IS NOT NULL AND i.toekenningsdatum IS NULL THEN i."_IN_TOEKENNINGSDATUM" END AS "_IN_TOEKENNINGSDATUM",
  i.datum_toekenning,
  CASE WHEN i."_IN_DATUM_TOEKENNING" IS NOT NULL AND i.datum_toekenning IS NULL THEN i."_IN_DATUM_TOEKENNING" END AS "_IN_DATUM_TOEKENNING",
  i.ingangsdatum,
  CASE WHEN i."_IN_INGANGSDATUM" IS NOT NULL AND i.ingangsdatum IS NULL THEN i."_IN_INGANGSDATUM" END AS "_IN_INGANGSDATUM",
  i.einddatum,
  CASE WHEN i."_IN_EINDDATUM" IS NOT NULL AND i.einddatum IS NULL THEN i."_IN_EINDDATUM" END AS "_IN_EINDDATUM",
  i.groep,
  CASE WHEN length(i."_IN_GROEP") > 100 THEN i."_IN_GROEP" END AS "_IN_GROEP",
  i.code,
  CASE WHEN length(i."_IN_CODE") > 4 THEN i."_IN_CODE" END AS "_IN_CODE",
  i.is_soort_voorziening_inkomensvoorzieningsoort_id,
  i.heeft_uitkering_ingeschreven_persoon_id,
  MD5(COALESCE(CAST(i.toekenningsdatum AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_toekenning AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.ingangsdatum AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.einddatum AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.groep AS VARCHAR)) = 0 AND POSITION('|', CAST(i.groep AS VARCHAR)) = 0 THEN CAST(i.groep AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.groep AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.code AS VARCHAR)) = 0 AND POSITION('|', CAST(i.code AS VARCHAR)) = 0 THEN CAST(i.code AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.code AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.is_soort_voorziening_inkomensvoorzieningsoort_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.heeft_uitkering_ingeschreven_persoon_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    d."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN d.dossiernr IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', d.dossiernr) = 0 AND POSITION('|', d.dossiernr) = 0 THEN d.dossiernr ELSE REPLACE(REPLACE(d.dossiernr, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    d.dossiernr AS "_KEY_1",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CAST(CASE WHEN REGEXP_LIKE(trim(d.dd_beschik), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_TO_DATE(trim(d.dd_beschik), 'DD-MM-YYYY') END AS DATE) AS toekenningsdatum,
    d.dd_beschik AS "_IN_TOEKENNINGSDATUM",
    CAST(CASE WHEN REGEXP_LIKE(trim(d.dd_beschik), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_TO_DATE(trim(d.dd_beschik), 'DD-MM-YYYY') END AS DATE) AS datum_toekenning,
    d.dd_beschik AS "_IN_DATUM_TOEKENNING",
    CAST(CASE WHEN REGEXP_LIKE(trim(d.dd_st_per_alg), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_TO_DATE(trim(d.dd_st_per_alg), 'DD-MM-YYYY') END AS DATE) AS ingangsdatum,
    d.dd_st_per_alg AS "_IN_INGANGSDATUM",
    CAST(CASE WHEN REGEXP_LIKE(trim(d.dd_end_per_alg), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_TO_DATE(trim(d.dd_end_per_alg), 'DD-MM-YYYY') END AS DATE) AS einddatum,
    d.dd_end_per_alg AS "_IN_EINDDATUM",
    substr(CAST(concat(d.kode_groep, '-', g.omschryving) AS VARCHAR), 1, 100) AS groep,
    CAST(concat(d.kode_groep, '-', g.omschryving) AS VARCHAR) AS "_IN_GROEP",
    substr(CAST(d.kode_regeling AS VARCHAR), 1, 4) AS code,
    CAST(d.kode_regeling AS VARCHAR) AS "_IN_CODE",
    CASE WHEN d.kode_regeling IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', d.kode_regeling) = 0 AND POSITION('|', d.kode_regeling) = 0 THEN d.kode_regeling ELSE REPLACE(REPLACE(d.kode_regeling, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS is_soort_voorziening_inkomensvoorzieningsoort_id,
    CASE WHEN c.sofi_nummer IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', c.sofi_nummer) = 0 AND POSITION('|', c.sofi_nummer) = 0 THEN c.sofi_nummer ELSE REPLACE(REPLACE(c.sofi_nummer, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS heeft_uitkering_ingeschreven_persoon_id
  FROM bronze.szdos d
  JOIN ggm_batch "_GGM_B" ON d."_BATCH_ID" = "_GGM_B".batch_id
  JOIN (SELECT x.seq, (SELECT l."_BATCH_ID" FROM bronze.szclient l WHERE CAST(l."_LOADED_AT" AS TIMESTAMP_NTZ) <= x.loaded_at ORDER BY l."_LOADED_AT" DESC, CAST(l."_BATCH_ID" AS VARCHAR) DESC LIMIT 1) AS batch_id FROM ggm_batch x) "_GGM_LATEST_C" ON "_GGM_LATEST_C".seq = "_GGM_B".seq
  JOIN (SELECT x.seq, (SELECT l."_BATCH_ID" FROM bronze.szgroep l WHERE CAST(l."_LOADED_AT" AS TIMESTAMP_NTZ) <= x.loaded_at ORDER BY l."_LOADED_AT" DESC, CAST(l."_BATCH_ID" AS VARCHAR) DESC LIMIT 1) AS batch_id FROM ggm_batch x) "_GGM_LATEST_G" ON "_GGM_LATEST_G".seq = "_GGM_B".seq
  LEFT JOIN bronze.szclient c ON (c.clientnr = d.clientnr) AND c."_BATCH_ID" = "_GGM_LATEST_C".batch_id
  LEFT JOIN bronze.szgroep g ON (g.kode_groep = d.kode_groep) AND g."_BATCH_ID" = "_GGM_LATEST_G".batch_id
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'toekenningsdatum', CAST("_IN_TOEKENNINGSDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_TOEKENNINGSDATUM" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'datum_toekenning', CAST("_IN_DATUM_TOEKENNING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DATUM_TOEKENNING" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'ingangsdatum', CAST("_IN_INGANGSDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_INGANGSDATUM" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'einddatum', CAST("_IN_EINDDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_EINDDATUM" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'groep', CAST("_IN_GROEP" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GROEP" IS NOT NULL
UNION ALL
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'code', CAST("_IN_CODE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_CODE" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT EXISTS (SELECT 1 FROM silver.inkomensvoorziening t WHERE t.inkomensvoorziening_id = p."_KEY" AND t.row_hash = p."_CHAIN_HASH")) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c;

DELETE FROM silver.inkomensvoorziening
WHERE EXISTS (SELECT 1 FROM ggm_chain s WHERE silver.inkomensvoorziening.inkomensvoorziening_id = s."_KEY" AND ((s."_FIRST_ROW" AND s."_CHAIN_HASH" <> silver.inkomensvoorziening.row_hash) OR (s."_CHANGES" AND NOT s."_FIRST_ROW")));

INSERT INTO silver.inkomensvoorziening (inkomensvoorziening_id, toekenningsdatum, datum_toekenning, ingangsdatum, einddatum, groep, code, is_soort_voorziening_inkomensvoorzieningsoort_id, heeft_uitkering_ingeschreven_persoon_id, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.toekenningsdatum, s.datum_toekenning, s.ingangsdatum, s.einddatum, s.groep, s.code, s.is_soort_voorziening_inkomensvoorzieningsoort_id, s.heeft_uitkering_ingeschreven_persoon_id, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'ssd-inkomensvoorziening', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
  AND NOT EXISTS (SELECT 1 FROM silver.inkomensvoorziening c WHERE c.inkomensvoorziening_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'ssd-inkomensvoorziening', 'silver.inkomensvoorziening', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

