-- ggm load: mapping bag-panden-latest → silver.pand (99 Kern/BAG/Pand)

-- history: none; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

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

DROP TABLE IF EXISTS ggm_stage;

DROP TABLE IF EXISTS ggm_batch;

CREATE TEMPORARY TABLE ggm_batch AS SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at FROM bronze.bag_panden GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'bag-panden-latest' AND a.batch_id = CAST(b.batch_id AS VARCHAR))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR)
LIMIT 1;

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.identificatie,
  CASE WHEN length(i."_IN_IDENTIFICATIE") > 16 THEN i."_IN_IDENTIFICATIE" END AS "_IN_IDENTIFICATIE",
  i.oorspronkelijk_bouwjaar,
  CASE WHEN i."_IN_OORSPRONKELIJK_BOUWJAAR" IS NOT NULL AND i.oorspronkelijk_bouwjaar IS NULL THEN i."_IN_OORSPRONKELIJK_BOUWJAAR" END AS "_IN_OORSPRONKELIJK_BOUWJAAR",
  i.naam,
  CASE WHEN length(i."_IN_NAAM") > 10 THEN i."_IN_NAAM" END AS "_IN_NAAM",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.oorspronkelijk_bouwjaar AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.naam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.naam AS VARCHAR)) = 0 THEN CAST(i.naam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.naam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    p."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN p.pand_id IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', p.pand_id) = 0 AND POSITION('|', p.pand_id) = 0 THEN p.pand_id ELSE REPLACE(REPLACE(p.pand_id, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    p.pand_id AS "_KEY_1",
    CAST((SELECT loaded_at FROM ggm_batch) AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(p.pand_id AS VARCHAR), 1, 16) AS identificatie,
    CAST(p.pand_id AS VARCHAR) AS "_IN_IDENTIFICATIE",
    CAST(CASE WHEN REGEXP_LIKE(trim(l.bouwjaar), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(l.bouwjaar) AS BIGINT) END AS INTEGER) AS oorspronkelijk_bouwjaar,
    l.bouwjaar AS "_IN_OORSPRONKELIJK_BOUWJAAR",
    substr(CAST(l.naam AS VARCHAR), 1, 10) AS naam,
    CAST(l.naam AS VARCHAR) AS "_IN_NAAM"
  FROM bronze.bag_panden p
  LEFT JOIN (SELECT l.* FROM bronze.bag_panden l WHERE (l.status_code <> 'X') QUALIFY ROW_NUMBER() OVER (PARTITION BY l.pand_id ORDER BY CASE WHEN REGEXP_LIKE(trim(l.docdatum), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_TO_DATE(trim(l.docdatum), 'DD-MM-YYYY') END DESC NULLS LAST, l.naam ASC NULLS LAST, l."_LOADED_AT" DESC, CAST(l."_BATCH_ID" AS VARCHAR) DESC, l."_ROW_NUMBER" DESC) = 1) l ON (l.pand_id = p.pand_id)
  WHERE p."_BATCH_ID" = (SELECT batch_id FROM ggm_batch)
    AND ((p.status_code <> 'X'))
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unparsable', 'oorspronkelijk_bouwjaar', CAST("_IN_OORSPRONKELIJK_BOUWJAAR" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_OORSPRONKELIJK_BOUWJAAR" IS NOT NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'truncated', 'naam', CAST("_IN_NAAM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_NAAM" IS NOT NULL;

DELETE FROM silver.pand
WHERE EXISTS (SELECT 1 FROM ggm_stage s WHERE silver.pand.pand_id = s."_KEY" AND s."_ACCEPTED" AND NOT s."_DUPLICATE" AND silver.pand.row_hash <> s."_ROW_HASH");

INSERT INTO silver.pand (pand_id, identificatie, oorspronkelijk_bouwjaar, naam, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.identificatie, s.oorspronkelijk_bouwjaar, s.naam, s."_VALID_FROM", NULL, (SELECT loaded_at FROM ggm_batch), (SELECT batch_text FROM ggm_batch), 'bag-panden-latest', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_stage s
WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE"
  AND NOT EXISTS (SELECT 1 FROM silver.pand c WHERE c.pand_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-panden-latest', 'silver.pand', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM ggm_stage), (SELECT COUNT(*) FROM ggm_stage WHERE NOT "_ACCEPTED"), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_batch b;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

