-- ggm load: mapping bag-verblijfsobject → silver.verblijfsobject (99 Kern/BAG/Model BAG/Verblijfsobject)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.bag_verblijfsobject GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'bag-verblijfsobject' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
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
  i.gebruiksdoel_enum_id,
  CASE WHEN i."_IN_GEBRUIKSDOEL_ENUM_ID" IS NOT NULL AND i.gebruiksdoel_enum_id IS NULL THEN i."_IN_GEBRUIKSDOEL_ENUM_ID" END AS "_IN_GEBRUIKSDOEL_ENUM_ID",
  i.oppervlakte,
  CASE WHEN i."_IN_OPPERVLAKTE" IS NOT NULL AND i.oppervlakte IS NULL THEN i."_IN_OPPERVLAKTE" END AS "_IN_OPPERVLAKTE",
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
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.status_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.gebruiksdoel_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.oppervlakte AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.geconstateerd AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geometrie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geometrie AS VARCHAR)) = 0 THEN CAST(i.geometrie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geometrie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.documentdatum AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.begin_geldigheid AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.eind_geldigheid AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.versie AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL AND i.identificatie IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY", i."_VALID_FROM" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    v."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN v.identificatie IS NULL THEN NULL ELSE COALESCE(CASE WHEN POSITION('\\', CAST(v.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(v.identificatie AS VARCHAR)) = 0 THEN CAST(v.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(v.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS "_KEY",
    CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(v.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(v.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CASE WHEN v.identificatie IS NULL OR CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(v.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(v.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS VARCHAR) IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', v.identificatie) = 0 AND POSITION('|', v.identificatie) = 0 THEN v.identificatie ELSE REPLACE(REPLACE(v.identificatie, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(v.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(v.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS VARCHAR), '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_VERSION_KEY",
    substr(CAST(v.identificatie AS VARCHAR), 1, 255) AS identificatie,
    CAST(v.identificatie AS VARCHAR) AS "_IN_IDENTIFICATIE",
    CAST(CASE v.status WHEN 'Verblijfsobject gevormd' THEN 1 WHEN 'Niet gerealiseerd verblijfsobject' THEN 2 WHEN 'Verblijfsobject in gebruik (niet ingemeten)' THEN 3 WHEN 'Verblijfsobject in gebruik' THEN 4 WHEN 'Verblijfsobject ingetrokken' THEN 5 WHEN 'Verblijfsobject buiten gebruik' THEN 6 WHEN 'Verbouwing verblijfsobject' THEN 9 END AS INTEGER) AS status_enum_id,
    v.status AS "_IN_STATUS_ENUM_ID",
    CAST(CASE v.gebruiksdoel WHEN 'woonfunctie' THEN 1 WHEN '1' THEN 1 WHEN 'bijeenkomstfunctie' THEN 2 WHEN '2' THEN 2 WHEN 'celfunctie' THEN 3 WHEN '3' THEN 3 WHEN 'gezondheidszorgfunctie' THEN 4 WHEN '4' THEN 4 WHEN 'industriefunctie' THEN 5 WHEN '5' THEN 5 WHEN 'kantoorfunctie' THEN 6 WHEN '6' THEN 6 WHEN 'logiesfunctie' THEN 7 WHEN '7' THEN 7 WHEN 'onderwijsfunctie' THEN 8 WHEN '8' THEN 8 WHEN 'sportfunctie' THEN 9 WHEN '9' THEN 9 WHEN 'winkelfunctie' THEN 10 WHEN '10' THEN 10 WHEN 'overige gebruiksfunctie' THEN 11 WHEN '11' THEN 11 WHEN 'Onbekend' THEN 12 WHEN '-1' THEN 12 WHEN 'Leeg' THEN 13 WHEN '-2' THEN 13 END AS INTEGER) AS gebruiksdoel_enum_id,
    v.gebruiksdoel AS "_IN_GEBRUIKSDOEL_ENUM_ID",
    CAST(CASE WHEN REGEXP_LIKE(trim(v.oppervlakte), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(v.oppervlakte) AS BIGINT) END AS INTEGER) AS oppervlakte,
    v.oppervlakte AS "_IN_OPPERVLAKTE",
    CAST(CASE WHEN lower(trim(v.geconstateerd)) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim(v.geconstateerd)) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS geconstateerd,
    v.geconstateerd AS "_IN_GECONSTATEERD",
    CAST(v.geometrie AS GEOMETRY) AS geometrie,
    CAST(CASE WHEN REGEXP_LIKE(trim(v.documentdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(v.documentdatum), 'YYYY-MM-DD') END AS DATE) AS documentdatum,
    v.documentdatum AS "_IN_DOCUMENTDATUM",
    CAST(CASE WHEN REGEXP_LIKE(trim(v.beginGeldigheid), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(v.beginGeldigheid), 'YYYY-MM-DD') END AS DATE) AS begin_geldigheid,
    v.beginGeldigheid AS "_IN_BEGIN_GELDIGHEID",
    CAST(CASE WHEN REGEXP_LIKE(trim(v.eindGeldigheid), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(v.eindGeldigheid), 'YYYY-MM-DD') END AS DATE) AS eind_geldigheid,
    v.eindGeldigheid AS "_IN_EIND_GELDIGHEID",
    CAST(CASE WHEN REGEXP_LIKE(trim(v.voorkomenidentificatie), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(v.voorkomenidentificatie) AS BIGINT) END AS INTEGER) AS versie,
    v.voorkomenidentificatie AS "_IN_VERSIE"
  FROM bronze.bag_verblijfsobject v
  JOIN ggm_batch "_GGM_B" ON v."_BATCH_ID" = "_GGM_B".batch_id
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, '\\N', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, "_KEY", CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-required', 'identificatie', NULL, CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND identificatie IS NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'status_enum_id', CAST("_IN_STATUS_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_STATUS_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'gebruiksdoel_enum_id', CAST("_IN_GEBRUIKSDOEL_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GEBRUIKSDOEL_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'oppervlakte', CAST("_IN_OPPERVLAKTE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_OPPERVLAKTE" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'geconstateerd', CAST("_IN_GECONSTATEERD" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GECONSTATEERD" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'documentdatum', CAST("_IN_DOCUMENTDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DOCUMENTDATUM" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'begin_geldigheid', CAST("_IN_BEGIN_GELDIGHEID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_BEGIN_GELDIGHEID" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'eind_geldigheid', CAST("_IN_EIND_GELDIGHEID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_EIND_GELDIGHEID" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'versie', CAST("_IN_VERSIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_VERSIE" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT s.*, (s."_VALID_FROM" IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.identificatie, s."_VALID_FROM" ORDER BY s."_BATCH_SEQ") = 1) AS "_FIRST_SEEN"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE";

INSERT INTO silver.verblijfsobject (object_id, identificatie, status_enum_id, gebruiksdoel_enum_id, oppervlakte, geconstateerd, geometrie, documentdatum, begin_geldigheid, eind_geldigheid, versie, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_VERSION_KEY", s.identificatie, s.status_enum_id, s.gebruiksdoel_enum_id, s.oppervlakte, s.geconstateerd, s.geometrie, s.documentdatum, s.begin_geldigheid, s.eind_geldigheid, s.versie, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'bag-verblijfsobject', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_FIRST_SEEN"
  AND NOT EXISTS (SELECT 1 FROM silver.verblijfsobject c WHERE c.identificatie = s.identificatie AND c.valid_from = s."_VALID_FROM");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-verblijfsobject', 'silver.verblijfsobject', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

