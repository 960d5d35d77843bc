-- ggm load: mapping bag-standplaats → silver.standplaats (99 Kern/BAG/Model BAG/Standplaats)

-- history: events; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.bag_standplaats GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'bag-standplaats' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
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
  i.status_enum_id,
  CASE WHEN i."_IN_STATUS_ENUM_ID" IS NOT NULL AND i.status_enum_id IS NULL THEN i."_IN_STATUS_ENUM_ID" END AS "_IN_STATUS_ENUM_ID",
  i.geconstateerd,
  CASE WHEN i."_IN_GECONSTATEERD" IS NOT NULL AND i.geconstateerd IS NULL THEN i."_IN_GECONSTATEERD" END AS "_IN_GECONSTATEERD",
  i.geometrie,
  i.documentdatum,
  CASE WHEN i."_IN_DOCUMENTDATUM" IS NOT NULL AND i.documentdatum IS NULL THEN i."_IN_DOCUMENTDATUM" END AS "_IN_DOCUMENTDATUM",
  i.begin_geldigheid,
  CASE WHEN i."_IN_BEGIN_GELDIGHEID" IS NOT NULL AND i.begin_geldigheid IS NULL THEN i."_IN_BEGIN_GELDIGHEID" END AS "_IN_BEGIN_GELDIGHEID",
  i.eind_geldigheid,
  CASE WHEN i."_IN_EIND_GELDIGHEID" IS NOT NULL AND i.eind_geldigheid IS NULL THEN i."_IN_EIND_GELDIGHEID" END AS "_IN_EIND_GELDIGHEID",
  i.versie,
  CASE WHEN i."_IN_VERSIE" IS NOT NULL AND i.versie IS NULL THEN i."_IN_VERSIE" END AS "_IN_VERSIE",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.status_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.geconstateerd AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geometrie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geometrie AS VARCHAR)) = 0 THEN CAST(i.geometrie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geometrie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.documentdatum AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.begin_geldigheid AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.eind_geldigheid AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.versie AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL AND i.identificatie IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY", i."_VALID_FROM" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    s."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN s.identificatie IS NULL THEN NULL ELSE COALESCE(CASE WHEN POSITION('\\', CAST(s.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(s.identificatie AS VARCHAR)) = 0 THEN CAST(s.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(s.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS "_KEY",
    CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(s.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(s.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CASE WHEN s.identificatie IS NULL OR CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(s.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(s.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS VARCHAR) IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', s.identificatie) = 0 AND POSITION('|', s.identificatie) = 0 THEN s.identificatie ELSE REPLACE(REPLACE(s.identificatie, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(s.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(s.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS VARCHAR), '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_VERSION_KEY",
    substr(CAST(s.identificatie AS VARCHAR), 1, 255) AS identificatie,
    CAST(s.identificatie AS VARCHAR) AS "_IN_IDENTIFICATIE",
    CAST(CASE lower(s.status) WHEN 'plaats aangewezen' THEN 1 WHEN '1' THEN 1 WHEN 'plaats ingetrokken' THEN 2 WHEN '2' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INTEGER) AS status_enum_id,
    lower(s.status) AS "_IN_STATUS_ENUM_ID",
    CAST(CASE WHEN lower(trim(s.geconstateerd)) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim(s.geconstateerd)) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS geconstateerd,
    s.geconstateerd AS "_IN_GECONSTATEERD",
    CAST(s.geometrie AS GEOMETRY) AS geometrie,
    CAST(CASE WHEN REGEXP_LIKE(trim(s.documentdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(s.documentdatum), 'YYYY-MM-DD') END AS DATE) AS documentdatum,
    s.documentdatum AS "_IN_DOCUMENTDATUM",
    CAST(CASE WHEN REGEXP_LIKE(trim(s.beginGeldigheid), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(s.beginGeldigheid), 'YYYY-MM-DD') END AS DATE) AS begin_geldigheid,
    s.beginGeldigheid AS "_IN_BEGIN_GELDIGHEID",
    CAST(CASE WHEN REGEXP_LIKE(trim(s.eindGeldigheid), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(s.eindGeldigheid), 'YYYY-MM-DD') END AS DATE) AS eind_geldigheid,
    s.eindGeldigheid AS "_IN_EIND_GELDIGHEID",
    CAST(CASE WHEN REGEXP_LIKE(trim(s.voorkomenidentificatie), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(s.voorkomenidentificatie) AS BIGINT) END AS INTEGER) AS versie,
    s.voorkomenidentificatie AS "_IN_VERSIE"
  FROM bronze.bag_standplaats s
  JOIN ggm_batch "_GGM_B" ON s."_BATCH_ID" = "_GGM_B".batch_id
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, '\\N', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, "_KEY", CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-required', 'identificatie', NULL, CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND identificatie IS NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'status_enum_id', CAST("_IN_STATUS_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_STATUS_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'geconstateerd', CAST("_IN_GECONSTATEERD" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GECONSTATEERD" IS NOT NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'documentdatum', CAST("_IN_DOCUMENTDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DOCUMENTDATUM" IS NOT NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'begin_geldigheid', CAST("_IN_BEGIN_GELDIGHEID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_BEGIN_GELDIGHEID" IS NOT NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'eind_geldigheid', CAST("_IN_EIND_GELDIGHEID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_EIND_GELDIGHEID" IS NOT NULL
UNION ALL
SELECT 'bag-standplaats', 'silver.standplaats', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'versie', CAST("_IN_VERSIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_VERSIE" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT s.*, (s."_VALID_FROM" IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.identificatie, s."_VALID_FROM" ORDER BY s."_BATCH_SEQ") = 1) AS "_FIRST_SEEN"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE";

INSERT INTO silver.standplaats (object_id, identificatie, status_enum_id, geconstateerd, geometrie, documentdatum, begin_geldigheid, eind_geldigheid, versie, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_VERSION_KEY", s.identificatie, s.status_enum_id, s.geconstateerd, s.geometrie, s.documentdatum, s.begin_geldigheid, s.eind_geldigheid, s.versie, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'bag-standplaats', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_FIRST_SEEN"
  AND NOT EXISTS (SELECT 1 FROM silver.standplaats c WHERE c.identificatie = s.identificatie AND c.valid_from = s."_VALID_FROM");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-standplaats', 'silver.standplaats', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

