-- ggm load: mapping bag-nummeraanduiding → silver.nummeraanduiding (99 Kern/BAG/Model BAG/Nummeraanduiding)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.bag_nummeraanduiding GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'bag-nummeraanduiding' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
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
  i.huisnummer,
  CASE WHEN i."_IN_HUISNUMMER" IS NOT NULL AND i.huisnummer IS NULL THEN i."_IN_HUISNUMMER" END AS "_IN_HUISNUMMER",
  i.huisletter,
  CASE WHEN length(i."_IN_HUISLETTER") > 1 THEN i."_IN_HUISLETTER" END AS "_IN_HUISLETTER",
  i.huisnummertoevoeging,
  CASE WHEN length(i."_IN_HUISNUMMERTOEVOEGING") > 4 THEN i."_IN_HUISNUMMERTOEVOEGING" END AS "_IN_HUISNUMMERTOEVOEGING",
  i.postcode,
  CASE WHEN length(i."_IN_POSTCODE") > 6 THEN i."_IN_POSTCODE" END AS "_IN_POSTCODE",
  i.type_adresseerbaar_object_enum_id,
  CASE WHEN i."_IN_TYPE_ADRESSEERBAAR_OBJECT_ENUM_ID" IS NOT NULL AND i.type_adresseerbaar_object_enum_id IS NULL THEN i."_IN_TYPE_ADRESSEERBAAR_OBJECT_ENUM_ID" END AS "_IN_TYPE_ADRESSEERBAAR_OBJECT_ENUM_ID",
  i.status_enum_id,
  CASE WHEN i."_IN_STATUS_ENUM_ID" IS NOT NULL AND i.status_enum_id IS NULL THEN i."_IN_STATUS_ENUM_ID" END AS "_IN_STATUS_ENUM_ID",
  i.geconstateerd,
  CASE WHEN i."_IN_GECONSTATEERD" IS NOT NULL AND i.geconstateerd IS NULL THEN i."_IN_GECONSTATEERD" END AS "_IN_GECONSTATEERD",
  i.documentdatum,
  CASE WHEN i."_IN_DOCUMENTDATUM" IS NOT NULL AND i.documentdatum IS NULL THEN i."_IN_DOCUMENTDATUM" END AS "_IN_DOCUMENTDATUM",
  i.begin_geldigheid,
  CASE WHEN i."_IN_BEGIN_GELDIGHEID" IS NOT NULL AND i.begin_geldigheid IS NULL THEN i."_IN_BEGIN_GELDIGHEID" END AS "_IN_BEGIN_GELDIGHEID",
  i.einde_geldigheid,
  CASE WHEN i."_IN_EINDE_GELDIGHEID" IS NOT NULL AND i.einde_geldigheid IS NULL THEN i."_IN_EINDE_GELDIGHEID" END AS "_IN_EINDE_GELDIGHEID",
  i.versie,
  CASE WHEN i."_IN_VERSIE" IS NOT NULL AND i.versie IS NULL THEN i."_IN_VERSIE" END AS "_IN_VERSIE",
  i.ligt_aan_openbare_ruimte_id,
  CASE WHEN i."_IN_LIGT_AAN_OPENBARE_RUIMTE_ID" IS NOT NULL AND i.ligt_aan_openbare_ruimte_id IS NULL THEN i."_IN_LIGT_AAN_OPENBARE_RUIMTE_ID" END AS "_IN_LIGT_AAN_OPENBARE_RUIMTE_ID",
  i.ligt_in_woonplaats_id,
  CASE WHEN i."_IN_LIGT_IN_WOONPLAATS_ID" IS NOT NULL AND i.ligt_in_woonplaats_id IS NULL THEN i."_IN_LIGT_IN_WOONPLAATS_ID" END AS "_IN_LIGT_IN_WOONPLAATS_ID",
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(i.identificatie AS VARCHAR)) = 0 THEN CAST(i.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.huisnummer AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.huisletter AS VARCHAR)) = 0 AND POSITION('|', CAST(i.huisletter AS VARCHAR)) = 0 THEN CAST(i.huisletter AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.huisletter AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.huisnummertoevoeging AS VARCHAR)) = 0 AND POSITION('|', CAST(i.huisnummertoevoeging AS VARCHAR)) = 0 THEN CAST(i.huisnummertoevoeging AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.huisnummertoevoeging AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.postcode AS VARCHAR)) = 0 AND POSITION('|', CAST(i.postcode AS VARCHAR)) = 0 THEN CAST(i.postcode AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.postcode AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.type_adresseerbaar_object_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.status_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.geconstateerd AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.documentdatum AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.begin_geldigheid AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.einde_geldigheid AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.versie AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.ligt_aan_openbare_ruimte_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.ligt_in_woonplaats_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL AND i.identificatie IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY", i."_VALID_FROM" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    n."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN n.identificatie IS NULL THEN NULL ELSE COALESCE(CASE WHEN POSITION('\\', CAST(n.identificatie AS VARCHAR)) = 0 AND POSITION('|', CAST(n.identificatie AS VARCHAR)) = 0 THEN CAST(n.identificatie AS VARCHAR) ELSE REPLACE(REPLACE(CAST(n.identificatie AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') END AS "_KEY",
    CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(n.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(n.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    CASE WHEN n.identificatie IS NULL OR CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(n.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(n.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS VARCHAR) IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', n.identificatie) = 0 AND POSITION('|', n.identificatie) = 0 THEN n.identificatie ELSE REPLACE(REPLACE(n.identificatie, '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(substr(n.tijdstipRegistratie, 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_TO_TIMESTAMP_NTZ(trim(replace(substr(n.tijdstipRegistratie, 1, 19), 'T', ' ')), 'YYYY-MM-DD HH24:MI:SS') END AS TIMESTAMP_NTZ) AS VARCHAR), '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_VERSION_KEY",
    substr(CAST(n.identificatie AS VARCHAR), 1, 255) AS identificatie,
    CAST(n.identificatie AS VARCHAR) AS "_IN_IDENTIFICATIE",
    CAST(CASE WHEN REGEXP_LIKE(trim(n.huisnummer), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(n.huisnummer) AS BIGINT) END AS INTEGER) AS huisnummer,
    n.huisnummer AS "_IN_HUISNUMMER",
    substr(CAST(n.huisletter AS VARCHAR), 1, 1) AS huisletter,
    CAST(n.huisletter AS VARCHAR) AS "_IN_HUISLETTER",
    substr(CAST(n.huisnummertoevoeging AS VARCHAR), 1, 4) AS huisnummertoevoeging,
    CAST(n.huisnummertoevoeging AS VARCHAR) AS "_IN_HUISNUMMERTOEVOEGING",
    substr(CAST(n.postcode AS VARCHAR), 1, 6) AS postcode,
    CAST(n.postcode AS VARCHAR) AS "_IN_POSTCODE",
    CAST(CASE n.typeAdresseerbaarObject WHEN 'Verblijfsobject' THEN 1 WHEN 'Ligplaats' THEN 2 WHEN 'Standplaats' THEN 3 END AS INTEGER) AS type_adresseerbaar_object_enum_id,
    n.typeAdresseerbaarObject AS "_IN_TYPE_ADRESSEERBAAR_OBJECT_ENUM_ID",
    CAST(CASE lower(n.status) WHEN 'naamgeving uitgegeven' THEN 1 WHEN '2' THEN 1 WHEN 'naamgeving ingetrokken' THEN 2 WHEN '1' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INTEGER) AS status_enum_id,
    lower(n.status) AS "_IN_STATUS_ENUM_ID",
    CAST(CASE WHEN lower(trim(n.geconstateerd)) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim(n.geconstateerd)) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS geconstateerd,
    n.geconstateerd AS "_IN_GECONSTATEERD",
    CAST(CASE WHEN REGEXP_LIKE(trim(n.documentdatum), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(n.documentdatum), 'YYYY-MM-DD') END AS DATE) AS documentdatum,
    n.documentdatum AS "_IN_DOCUMENTDATUM",
    CAST(CASE WHEN REGEXP_LIKE(trim(n.beginGeldigheid), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(n.beginGeldigheid), 'YYYY-MM-DD') END AS DATE) AS begin_geldigheid,
    n.beginGeldigheid AS "_IN_BEGIN_GELDIGHEID",
    CAST(CASE WHEN REGEXP_LIKE(trim(n.eindGeldigheid), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(n.eindGeldigheid), 'YYYY-MM-DD') END AS DATE) AS einde_geldigheid,
    n.eindGeldigheid AS "_IN_EINDE_GELDIGHEID",
    CAST(CASE WHEN REGEXP_LIKE(trim(n.voorkomenidentificatie), '^[+-]?[0-9]{1,18}$') THEN CAST(trim(n.voorkomenidentificatie) AS BIGINT) END AS INTEGER) AS versie,
    n.voorkomenidentificatie AS "_IN_VERSIE",
    (SELECT MIN(o.openbare_ruimte_id) FROM silver.openbare_ruimte o WHERE o.identificatie = n.ligtAan AND o.valid_to IS NULL) AS ligt_aan_openbare_ruimte_id,
    n.ligtAan AS "_IN_LIGT_AAN_OPENBARE_RUIMTE_ID",
    (SELECT MIN(o.woonplaats_id) FROM silver.woonplaats o WHERE o.identificatie = n.ligtIn AND o.valid_to IS NULL) AS ligt_in_woonplaats_id,
    n.ligtIn AS "_IN_LIGT_IN_WOONPLAATS_ID"
  FROM bronze.bag_nummeraanduiding n
  JOIN ggm_batch "_GGM_B" ON n."_BATCH_ID" = "_GGM_B".batch_id
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, '\\N', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, "_KEY", CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'identificatie', CAST("_IN_IDENTIFICATIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_IDENTIFICATIE" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-required', 'identificatie', NULL, CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND identificatie IS NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'huisnummer', CAST("_IN_HUISNUMMER" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_HUISNUMMER" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'huisletter', CAST("_IN_HUISLETTER" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_HUISLETTER" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'huisnummertoevoeging', CAST("_IN_HUISNUMMERTOEVOEGING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_HUISNUMMERTOEVOEGING" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'postcode', CAST("_IN_POSTCODE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_POSTCODE" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'type_adresseerbaar_object_enum_id', CAST("_IN_TYPE_ADRESSEERBAAR_OBJECT_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_TYPE_ADRESSEERBAAR_OBJECT_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'status_enum_id', CAST("_IN_STATUS_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_STATUS_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'geconstateerd', CAST("_IN_GECONSTATEERD" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GECONSTATEERD" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'documentdatum', CAST("_IN_DOCUMENTDATUM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DOCUMENTDATUM" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'begin_geldigheid', CAST("_IN_BEGIN_GELDIGHEID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_BEGIN_GELDIGHEID" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'einde_geldigheid', CAST("_IN_EINDE_GELDIGHEID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_EINDE_GELDIGHEID" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'versie', CAST("_IN_VERSIE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_VERSIE" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unresolved-reference', 'ligt_aan_openbare_ruimte_id', CAST("_IN_LIGT_AAN_OPENBARE_RUIMTE_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_LIGT_AAN_OPENBARE_RUIMTE_ID" IS NOT NULL
UNION ALL
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', "_BATCH_TEXT", "_ROW_NUMBER", 'unresolved-reference', 'ligt_in_woonplaats_id', CAST("_IN_LIGT_IN_WOONPLAATS_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_LIGT_IN_WOONPLAATS_ID" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT s.*, (s."_VALID_FROM" IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.identificatie, s."_VALID_FROM" ORDER BY s."_BATCH_SEQ") = 1) AS "_FIRST_SEEN"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE";

INSERT INTO silver.nummeraanduiding (nummeraanduiding_id, identificatie, huisnummer, huisletter, huisnummertoevoeging, postcode, type_adresseerbaar_object_enum_id, status_enum_id, geconstateerd, documentdatum, begin_geldigheid, einde_geldigheid, versie, ligt_aan_openbare_ruimte_id, ligt_in_woonplaats_id, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_VERSION_KEY", s.identificatie, s.huisnummer, s.huisletter, s.huisnummertoevoeging, s.postcode, s.type_adresseerbaar_object_enum_id, s.status_enum_id, s.geconstateerd, s.documentdatum, s.begin_geldigheid, s.einde_geldigheid, s.versie, s.ligt_aan_openbare_ruimte_id, s.ligt_in_woonplaats_id, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'bag-nummeraanduiding', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_FIRST_SEEN"
  AND NOT EXISTS (SELECT 1 FROM silver.nummeraanduiding c WHERE c.identificatie = s.identificatie AND c.valid_from = s."_VALID_FROM");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-nummeraanduiding', 'silver.nummeraanduiding', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

