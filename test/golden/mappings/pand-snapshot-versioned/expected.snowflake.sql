-- ggm load: mapping bag-panden → silver.pand (99 Kern/BAG/Pand)

-- history: snapshot; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

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
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'bag-panden' AND a.batch_id = CAST(b.batch_id AS VARCHAR))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR)
LIMIT 1;

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_ROW_NUMBER",
  i."_KEY",
  i."_VALID_FROM",
  i."_VERSION_KEY",
  i.identificatie,
  CASE WHEN length(i."_IN_IDENTIFICATIE") > 16 THEN i."_IN_IDENTIFICATIE" END AS "_IN_IDENTIFICATIE",
  i.status_enum_id,
  CASE WHEN i."_IN_STATUS_ENUM_ID" IS NOT NULL AND i.status_enum_id IS NULL THEN i."_IN_STATUS_ENUM_ID" END AS "_IN_STATUS_ENUM_ID",
  i.oorspronkelijk_bouwjaar,
  CASE WHEN i."_IN_OORSPRONKELIJK_BOUWJAAR" IS NOT NULL AND i.oorspronkelijk_bouwjaar IS NULL THEN i."_IN_OORSPRONKELIJK_BOUWJAAR" END AS "_IN_OORSPRONKELIJK_BOUWJAAR",
  i.oppervlakte,
  CASE WHEN i."_IN_OPPERVLAKTE" IS NOT NULL AND i.oppervlakte IS NULL THEN i."_IN_OPPERVLAKTE" END AS "_IN_OPPERVLAKTE",
  i.documentdatum,
  CASE WHEN i."_IN_DOCUMENTDATUM" IS NOT NULL AND i.documentdatum IS NULL THEN i."_IN_DOCUMENTDATUM" END AS "_IN_DOCUMENTDATUM",
  i.geconstateerd,
  CASE WHEN i."_IN_GECONSTATEERD" IS NOT NULL AND i.geconstateerd IS NULL THEN i."_IN_GECONSTATEERD" END AS "_IN_GECONSTATEERD",
  i.naam,
  CASE WHEN length(i."_IN_NAAM") > 10 THEN i."_IN_NAAM" END AS "_IN_NAAM",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.status_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.oorspronkelijk_bouwjaar AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.oppervlakte AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.documentdatum AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.geconstateerd AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.naam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.naam AS VARCHAR)) = 0 THEN CAST(i.naam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.naam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL AND i.identificatie IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    p."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN p.pand_id IS NULL THEN NULL ELSE COALESCE(CASE WHEN POSITION('\\', CAST(p.pand_id AS VARCHAR)) = 0 AND POSITION('|', CAST(p.pand_id AS VARCHAR)) = 0 THEN CAST(p.pand_id AS VARCHAR) ELSE REPLACE(REPLACE(CAST(p.pand_id AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS "_KEY",
    CAST((SELECT loaded_at FROM ggm_batch) AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CASE WHEN p.pand_id IS NULL OR CAST(CAST((SELECT loaded_at FROM ggm_batch) AS TIMESTAMP_NTZ) AS VARCHAR) IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', p.pand_id) = 0 AND POSITION('|', p.pand_id) = 0 THEN p.pand_id ELSE REPLACE(REPLACE(p.pand_id, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST((SELECT loaded_at FROM ggm_batch) AS TIMESTAMP_NTZ) AS VARCHAR), '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_VERSION_KEY",
    substr(CAST(p.pand_id AS VARCHAR), 1, 16) AS identificatie,
    CAST(p.pand_id AS VARCHAR) AS "_IN_IDENTIFICATIE",
    CAST(CASE trim(p.status_code) WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '9' THEN 3 END AS INTEGER) AS status_enum_id,
    trim(p.status_code) AS "_IN_STATUS_ENUM_ID",
    CAST(CASE WHEN REGEXP_LIKE(trim(p.bouwjaar), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(p.bouwjaar) AS BIGINT) END AS INTEGER) AS oorspronkelijk_bouwjaar,
    p.bouwjaar AS "_IN_OORSPRONKELIJK_BOUWJAAR",
    CAST(CASE WHEN REGEXP_LIKE(replace(replace(trim(p.oppervlakte), '.', ''), ',', '.'), '^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$') THEN CAST(replace(replace(trim(p.oppervlakte), '.', ''), ',', '.') AS NUMBER(38, 10)) END AS NUMBER(10,2)) AS oppervlakte,
    p.oppervlakte AS "_IN_OPPERVLAKTE",
    CAST(CASE WHEN REGEXP_LIKE(trim(p.docdatum), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_TO_DATE(trim(p.docdatum), 'DD-MM-YYYY') END AS DATE) AS documentdatum,
    p.docdatum AS "_IN_DOCUMENTDATUM",
    CAST(CASE WHEN lower(trim(p.geconstateerd)) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim(p.geconstateerd)) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS geconstateerd,
    p.geconstateerd AS "_IN_GECONSTATEERD",
    substr(CAST(CASE WHEN (p.naam IS NULL) THEN 'onbekend' ELSE upper(trim(p.naam)) END AS VARCHAR), 1, 10) AS naam,
    CAST(CASE WHEN (p.naam IS NULL) THEN 'onbekend' ELSE upper(trim(p.naam)) END AS VARCHAR) AS "_IN_NAAM"
  FROM bronze.bag_panden p
  WHERE p."_BATCH_ID" = (SELECT batch_id FROM ggm_batch)
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'missing-key', NULL, '\\N', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'duplicate-key', NULL, "_KEY", CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'missing-required', 'identificatie', NULL, CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND identificatie IS NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unmapped-code', 'status_enum_id', CAST("_IN_STATUS_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_STATUS_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unparsable', 'oorspronkelijk_bouwjaar', CAST("_IN_OORSPRONKELIJK_BOUWJAAR" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_OORSPRONKELIJK_BOUWJAAR" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unparsable', 'oppervlakte', CAST("_IN_OPPERVLAKTE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_OPPERVLAKTE" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unparsable', 'documentdatum', CAST("_IN_DOCUMENTDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DOCUMENTDATUM" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'unparsable', 'geconstateerd', CAST("_IN_GECONSTATEERD" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GECONSTATEERD" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM ggm_batch), "_ROW_NUMBER", 'truncated', 'naam', CAST("_IN_NAAM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_NAAM" IS NOT NULL;

UPDATE silver.pand SET valid_to = (SELECT s."_VALID_FROM" FROM ggm_stage s WHERE silver.pand.identificatie = s.identificatie AND s."_ACCEPTED" AND NOT s."_DUPLICATE")
WHERE valid_to IS NULL
  AND EXISTS (SELECT 1 FROM ggm_stage s WHERE silver.pand.identificatie = s.identificatie AND s."_ACCEPTED" AND NOT s."_DUPLICATE" AND silver.pand.row_hash <> s."_ROW_HASH");

UPDATE silver.pand SET valid_to = (SELECT loaded_at FROM ggm_batch)
WHERE valid_to IS NULL AND load_source = 'bag-panden'
  AND EXISTS (SELECT 1 FROM ggm_batch)
  AND NOT EXISTS (SELECT 1 FROM ggm_stage s WHERE silver.pand.identificatie = s.identificatie AND s."_KEY" IS NOT NULL);

INSERT INTO silver.pand (pand_id, identificatie, status_enum_id, oorspronkelijk_bouwjaar, oppervlakte, documentdatum, geconstateerd, naam, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_VERSION_KEY", s.identificatie, s.status_enum_id, s.oorspronkelijk_bouwjaar, s.oppervlakte, s.documentdatum, s.geconstateerd, s.naam, s."_VALID_FROM", NULL, (SELECT loaded_at FROM ggm_batch), (SELECT batch_text FROM ggm_batch), 'bag-panden', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_stage s
WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE"
  AND NOT EXISTS (SELECT 1 FROM silver.pand c WHERE c.identificatie = s.identificatie AND c.valid_to IS NULL);

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-panden', 'silver.pand', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM ggm_stage), (SELECT COUNT(*) FROM ggm_stage WHERE NOT "_ACCEPTED"), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_batch b;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

