-- ggm load: mapping bag-verblijfsobjecten → silver.verblijfsobject (99 Kern/BAG/Verblijfsobject)

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

CREATE TEMPORARY TABLE ggm_batch AS SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at FROM bronze.bag_vbo GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'bag-verblijfsobjecten' AND a.batch_id = CAST(b.batch_id AS VARCHAR))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR)
LIMIT 1;

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.identificatie,
  CASE WHEN length(i."_IN_IDENTIFICATIE") > 16 THEN i."_IN_IDENTIFICATIE" END AS "_IN_IDENTIFICATIE",
  i.gebruiksdoel,
  CASE WHEN length(i."_IN_GEBRUIKSDOEL") > 80 THEN i."_IN_GEBRUIKSDOEL" END AS "_IN_GEBRUIKSDOEL",
  i.maakt_deel_uit_van_pand_id,
  CASE WHEN i."_IN_MAAKT_DEEL_UIT_VAN_PAND_ID" IS NOT NULL AND i.maakt_deel_uit_van_pand_id IS NULL THEN i."_IN_MAAKT_DEEL_UIT_VAN_PAND_ID" END AS "_IN_MAAKT_DEEL_UIT_VAN_PAND_ID",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.gebruiksdoel AS VARCHAR)) = 0 AND POSITION('|', CAST(i.gebruiksdoel AS VARCHAR)) = 0 THEN CAST(i.gebruiksdoel AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.gebruiksdoel AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.maakt_deel_uit_van_pand_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    v."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN v.vbo_id IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', v.vbo_id) = 0 AND POSITION('|', v.vbo_id) = 0 THEN v.vbo_id ELSE REPLACE(REPLACE(v.vbo_id, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    v.vbo_id AS "_KEY_1",
    CAST((SELECT loaded_at FROM ggm_batch) AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(v.vbo_id AS VARCHAR), 1, 16) AS identificatie,
    CAST(v.vbo_id AS VARCHAR) AS "_IN_IDENTIFICATIE",
    substr(CAST(coalesce(d.omschrijving, v.doel_code) AS VARCHAR), 1, 80) AS gebruiksdoel,
    CAST(coalesce(d.omschrijving, v.doel_code) AS VARCHAR) AS "_IN_GEBRUIKSDOEL",
    (SELECT MIN(o.pand_id) FROM silver.pand o WHERE o.identificatie = v.pand_id AND o.valid_to IS NULL) AS maakt_deel_uit_van_pand_id,
    v.pand_id AS "_IN_MAAKT_DEEL_UIT_VAN_PAND_ID"
  FROM bronze.bag_vbo v
  LEFT JOIN bronze.bag_doel d ON (d.code = v.doel_code) AND d."_BATCH_ID" = (SELECT l."_BATCH_ID" FROM bronze.bag_doel l WHERE CAST(l."_LOADED_AT" AS TIMESTAMP_NTZ) <= (SELECT loaded_at FROM ggm_batch) ORDER BY l."_LOADED_AT" DESC, CAST(l."_BATCH_ID" AS VARCHAR) DESC LIMIT 1)
  WHERE v."_BATCH_ID" = (SELECT batch_id FROM ggm_batch)
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'truncated', 'gebruiksdoel', CAST("_IN_GEBRUIKSDOEL" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GEBRUIKSDOEL" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unresolved-reference', 'maakt_deel_uit_van_pand_id', CAST("_IN_MAAKT_DEEL_UIT_VAN_PAND_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_MAAKT_DEEL_UIT_VAN_PAND_ID" IS NOT NULL;

DELETE FROM silver.verblijfsobject
WHERE EXISTS (SELECT 1 FROM ggm_stage s WHERE silver.verblijfsobject.verblijfsobject_id = s."_KEY" AND s."_ACCEPTED" AND NOT s."_DUPLICATE" AND silver.verblijfsobject.row_hash <> s."_ROW_HASH");

INSERT INTO silver.verblijfsobject (verblijfsobject_id, identificatie, gebruiksdoel, maakt_deel_uit_van_pand_id, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.identificatie, s.gebruiksdoel, s.maakt_deel_uit_van_pand_id, s."_VALID_FROM", NULL, (SELECT loaded_at FROM ggm_batch), (SELECT batch_text FROM ggm_batch), 'bag-verblijfsobjecten', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_stage s
WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE"
  AND NOT EXISTS (SELECT 1 FROM silver.verblijfsobject c WHERE c.verblijfsobject_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM ggm_stage), (SELECT COUNT(*) FROM ggm_stage WHERE NOT "_ACCEPTED"), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_batch b;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

