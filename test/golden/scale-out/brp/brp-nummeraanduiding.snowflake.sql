-- ggm load: mapping brp-nummeraanduiding → silver.nummeraanduiding (99 Kern/BAG/Model BAG/Nummeraanduiding)

-- history: snapshot; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.brp_personen GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'brp-nummeraanduiding' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_VALID_FROM",
  i."_VERSION_KEY",
  i.identificatie,
  CASE WHEN length(i."_IN_IDENTIFICATIE") > 255 THEN i."_IN_IDENTIFICATIE" END AS "_IN_IDENTIFICATIE",
  i.postcode,
  CASE WHEN length(i."_IN_POSTCODE") > 6 THEN i."_IN_POSTCODE" END AS "_IN_POSTCODE",
  i.huisnummer,
  CASE WHEN i."_IN_HUISNUMMER" IS NOT NULL AND i.huisnummer IS NULL THEN i."_IN_HUISNUMMER" END AS "_IN_HUISNUMMER",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.postcode AS VARCHAR)) = 0 AND POSITION('|', CAST(i.postcode AS VARCHAR)) = 0 THEN CAST(i.postcode AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.postcode AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.huisnummer AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL AND i.identificatie IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    p."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN p."08.11.90" IS NULL THEN NULL ELSE COALESCE(CASE WHEN POSITION('\\', CAST(p."08.11.90" AS VARCHAR)) = 0 AND POSITION('|', CAST(p."08.11.90" AS VARCHAR)) = 0 THEN CAST(p."08.11.90" AS VARCHAR) ELSE REPLACE(REPLACE(CAST(p."08.11.90" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS "_KEY",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CASE WHEN p."08.11.90" IS NULL OR CAST(CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS VARCHAR) IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', p."08.11.90") = 0 AND POSITION('|', p."08.11.90") = 0 THEN p."08.11.90" ELSE REPLACE(REPLACE(p."08.11.90", '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS VARCHAR), '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_VERSION_KEY",
    substr(CAST(p."08.11.90" AS VARCHAR), 1, 255) AS identificatie,
    CAST(p."08.11.90" AS VARCHAR) AS "_IN_IDENTIFICATIE",
    substr(CAST(p."08.11.60" AS VARCHAR), 1, 6) AS postcode,
    CAST(p."08.11.60" AS VARCHAR) AS "_IN_POSTCODE",
    CAST(CASE WHEN REGEXP_LIKE(trim(p."08.11.20"), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(p."08.11.20") AS BIGINT) END AS INTEGER) AS huisnummer,
    p."08.11.20" AS "_IN_HUISNUMMER"
  FROM bronze.brp_personen p
  JOIN ggm_batch "_GGM_B" ON p."_BATCH_ID" = "_GGM_B".batch_id
  WHERE ((p."08.11.90" is not null and p._row_number = (select min(b._row_number) from bronze.brp_personen b where b._batch_id = p._batch_id and b."08.11.90" = p."08.11.90")))
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, '\\N', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, "_KEY", CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-required', 'identificatie', NULL, CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND identificatie IS NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'postcode', CAST("_IN_POSTCODE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_POSTCODE" IS NOT NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'huisnummer', CAST("_IN_HUISNUMMER" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_HUISNUMMER" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c.identificatie ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c.identificatie ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c.identificatie ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT EXISTS (SELECT 1 FROM silver.nummeraanduiding t WHERE t.identificatie = p.identificatie AND t.valid_to IS NULL AND t.row_hash = p."_CHAIN_HASH")) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s.identificatie ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s.identificatie ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c;

UPDATE silver.nummeraanduiding SET valid_to = CASE WHEN silver.nummeraanduiding.row_hash <> x._ggm_first_hash THEN x._ggm_first_from ELSE x._ggm_change_from END
FROM (SELECT s.identificatie, MAX(CASE WHEN s."_FIRST_ROW" THEN s."_CHAIN_HASH" END) AS _ggm_first_hash, MAX(CASE WHEN s."_FIRST_ROW" THEN s."_VALID_FROM" END) AS _ggm_first_from, MAX(CASE WHEN s."_FIRST_CHANGE" THEN s."_VALID_FROM" END) AS _ggm_change_from, MAX(CASE WHEN s."_FIRST_CHANGE" THEN 1 ELSE 0 END) AS _ggm_has_change
FROM ggm_chain s GROUP BY s.identificatie) x
WHERE silver.nummeraanduiding.identificatie = x.identificatie AND silver.nummeraanduiding.valid_to IS NULL
  AND (silver.nummeraanduiding.row_hash <> x._ggm_first_hash OR x._ggm_has_change = 1);

INSERT INTO silver.nummeraanduiding (nummeraanduiding_id, identificatie, postcode, huisnummer, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_VERSION_KEY", s.identificatie, s.postcode, s.huisnummer, s."_VALID_FROM", s."_NEXT_VALID_FROM", s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'brp-nummeraanduiding', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_CHANGES"
  AND NOT EXISTS (SELECT 1 FROM silver.nummeraanduiding c WHERE c.identificatie = s.identificatie AND c.valid_to IS NULL);

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

