-- ggm load: mapping brp-ingeschreven-persoon → silver.ingeschreven_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/IngeschrevenPersoon)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at, b.row_count FROM (SELECT "_BATCH_ID" AS batch_id, MIN(CAST("_LOADED_AT" AS TIMESTAMP_NTZ)) AS loaded_at, COUNT(*) AS row_count FROM bronze.brp_personen GROUP BY "_BATCH_ID") b
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'brp-ingeschreven-persoon' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.anummer,
  CASE WHEN length(i."_IN_ANUMMER") > 20 THEN i."_IN_ANUMMER" END AS "_IN_ANUMMER",
  i.gemeente_van_inschrijving,
  CASE WHEN length(i."_IN_GEMEENTE_VAN_INSCHRIJVING") > 80 THEN i."_IN_GEMEENTE_VAN_INSCHRIJVING" END AS "_IN_GEMEENTE_VAN_INSCHRIJVING",
  i.datum_inschrijving_gemeente,
  CASE WHEN i."_IN_DATUM_INSCHRIJVING_GEMEENTE" IS NOT NULL AND i.datum_inschrijving_gemeente IS NULL THEN i."_IN_DATUM_INSCHRIJVING_GEMEENTE" END AS "_IN_DATUM_INSCHRIJVING_GEMEENTE",
  i.datum_begin_geldigheid_verblijfplaats,
  CASE WHEN i."_IN_DATUM_BEGIN_GELDIGHEID_VERBLIJFPLAATS" IS NOT NULL AND i.datum_begin_geldigheid_verblijfplaats IS NULL THEN i."_IN_DATUM_BEGIN_GELDIGHEID_VERBLIJFPLAATS" END AS "_IN_DATUM_BEGIN_GELDIGHEID_VERBLIJFPLAATS",
  i.ingezetene_enum_id,
  CASE WHEN i."_IN_INGEZETENE_ENUM_ID" IS NOT NULL AND i.ingezetene_enum_id IS NULL THEN i."_IN_INGEZETENE_ENUM_ID" END AS "_IN_INGEZETENE_ENUM_ID",
  i.datum_opschorting_bijhouding,
  CASE WHEN i."_IN_DATUM_OPSCHORTING_BIJHOUDING" IS NOT NULL AND i.datum_opschorting_bijhouding IS NULL THEN i."_IN_DATUM_OPSCHORTING_BIJHOUDING" END AS "_IN_DATUM_OPSCHORTING_BIJHOUDING",
  i.reden_opschorting_bijhouding,
  CASE WHEN length(i."_IN_REDEN_OPSCHORTING_BIJHOUDING") > 200 THEN i."_IN_REDEN_OPSCHORTING_BIJHOUDING" END AS "_IN_REDEN_OPSCHORTING_BIJHOUDING",
  i.ouder1,
  CASE WHEN length(i."_IN_OUDER1") > 40 THEN i."_IN_OUDER1" END AS "_IN_OUDER1",
  i.ouder2,
  CASE WHEN length(i."_IN_OUDER2") > 40 THEN i."_IN_OUDER2" END AS "_IN_OUDER2",
  i.partner_id,
  CASE WHEN length(i."_IN_PARTNER_ID") > 40 THEN i."_IN_PARTNER_ID" END AS "_IN_PARTNER_ID",
  i.heeft_als_adres_nummeraanduiding_id,
  CASE WHEN i."_IN_HEEFT_ALS_ADRES_NUMMERAANDUIDING_ID" IS NOT NULL AND i.heeft_als_adres_nummeraanduiding_id IS NULL THEN i."_IN_HEEFT_ALS_ADRES_NUMMERAANDUIDING_ID" END AS "_IN_HEEFT_ALS_ADRES_NUMMERAANDUIDING_ID",
  i.heeft_huishouden_id,
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.anummer AS VARCHAR)) = 0 AND POSITION('|', CAST(i.anummer AS VARCHAR)) = 0 THEN CAST(i.anummer AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.anummer AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.gemeente_van_inschrijving AS VARCHAR)) = 0 AND POSITION('|', CAST(i.gemeente_van_inschrijving AS VARCHAR)) = 0 THEN CAST(i.gemeente_van_inschrijving AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.gemeente_van_inschrijving AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.datum_inschrijving_gemeente AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_begin_geldigheid_verblijfplaats AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.ingezetene_enum_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.datum_opschorting_bijhouding AS VARCHAR), '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.reden_opschorting_bijhouding AS VARCHAR)) = 0 AND POSITION('|', CAST(i.reden_opschorting_bijhouding AS VARCHAR)) = 0 THEN CAST(i.reden_opschorting_bijhouding AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.reden_opschorting_bijhouding AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.ouder1 AS VARCHAR)) = 0 AND POSITION('|', CAST(i.ouder1 AS VARCHAR)) = 0 THEN CAST(i.ouder1 AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.ouder1 AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.ouder2 AS VARCHAR)) = 0 AND POSITION('|', CAST(i.ouder2 AS VARCHAR)) = 0 THEN CAST(i.ouder2 AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.ouder2 AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.partner_id AS VARCHAR)) = 0 AND POSITION('|', CAST(i.partner_id AS VARCHAR)) = 0 THEN CAST(i.partner_id AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.partner_id AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.heeft_als_adres_nummeraanduiding_id AS VARCHAR), '\\N') || '|' || COALESCE(CAST(i.heeft_huishouden_id AS VARCHAR), '\\N')) AS "_ROW_HASH",
  (i."_KEY" IS NOT NULL) AS "_ACCEPTED",
  ROW_NUMBER() OVER (PARTITION BY i."_BATCH_SEQ", i."_KEY" ORDER BY i."_ROW_NUMBER" DESC) > 1 AS "_DUPLICATE"
FROM (
  SELECT
    "_GGM_B".seq AS "_BATCH_SEQ",
    "_GGM_B".batch_text AS "_BATCH_TEXT",
    "_GGM_B".loaded_at AS "_BATCH_LOADED_AT",
    p."_ROW_NUMBER" AS "_ROW_NUMBER",
    CASE WHEN p."01.01.20" IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', p."01.01.20") = 0 AND POSITION('|', p."01.01.20") = 0 THEN p."01.01.20" ELSE REPLACE(REPLACE(p."01.01.20", '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS "_KEY",
    p."01.01.20" AS "_KEY_1",
    CAST("_GGM_B".loaded_at AS TIMESTAMP_NTZ) AS "_VALID_FROM",
    substr(CAST(p."01.01.10" AS VARCHAR), 1, 20) AS anummer,
    CAST(p."01.01.10" AS VARCHAR) AS "_IN_ANUMMER",
    substr(CAST(p."08.09.10" AS VARCHAR), 1, 80) AS gemeente_van_inschrijving,
    CAST(p."08.09.10" AS VARCHAR) AS "_IN_GEMEENTE_VAN_INSCHRIJVING",
    CAST(CASE WHEN REGEXP_LIKE(trim(p."08.09.20"), '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p."08.09.20"), 'YYYYMMDD') END AS DATE) AS datum_inschrijving_gemeente,
    p."08.09.20" AS "_IN_DATUM_INSCHRIJVING_GEMEENTE",
    CAST(CASE WHEN REGEXP_LIKE(trim(p."08.10.30"), '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p."08.10.30"), 'YYYYMMDD') END AS DATE) AS datum_begin_geldigheid_verblijfplaats,
    p."08.10.30" AS "_IN_DATUM_BEGIN_GELDIGHEID_VERBLIJFPLAATS",
    CAST(CASE CASE WHEN ((p."08.11.10" IS NOT NULL) OR (p."08.11.60" IS NOT NULL)) THEN 'Ja' ELSE 'Nee' END WHEN 'Ja' THEN 1 WHEN '1' THEN 1 WHEN 'Nee' THEN 2 WHEN '0' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INTEGER) AS ingezetene_enum_id,
    CASE WHEN ((p."08.11.10" IS NOT NULL) OR (p."08.11.60" IS NOT NULL)) THEN 'Ja' ELSE 'Nee' END AS "_IN_INGEZETENE_ENUM_ID",
    CAST(CASE WHEN REGEXP_LIKE(trim(p."07.67.10"), '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN TRY_TO_DATE(trim(p."07.67.10"), 'YYYYMMDD') END AS DATE) AS datum_opschorting_bijhouding,
    p."07.67.10" AS "_IN_DATUM_OPSCHORTING_BIJHOUDING",
    substr(CAST(p."07.67.20" AS VARCHAR), 1, 200) AS reden_opschorting_bijhouding,
    CAST(p."07.67.20" AS VARCHAR) AS "_IN_REDEN_OPSCHORTING_BIJHOUDING",
    substr(CAST(p."02.01.20" AS VARCHAR), 1, 40) AS ouder1,
    CAST(p."02.01.20" AS VARCHAR) AS "_IN_OUDER1",
    substr(CAST(p."03.01.20" AS VARCHAR), 1, 40) AS ouder2,
    CAST(p."03.01.20" AS VARCHAR) AS "_IN_OUDER2",
    substr(CAST(CASE WHEN (p."05.07.10" IS NULL) THEN p."05.01.20" END AS VARCHAR), 1, 40) AS partner_id,
    CAST(CASE WHEN (p."05.07.10" IS NULL) THEN p."05.01.20" END AS VARCHAR) AS "_IN_PARTNER_ID",
    (SELECT MIN(o.nummeraanduiding_id) FROM silver.nummeraanduiding o WHERE o.identificatie = p."08.11.90" AND o.valid_to IS NULL) AS heeft_als_adres_nummeraanduiding_id,
    p."08.11.90" AS "_IN_HEEFT_ALS_ADRES_NUMMERAANDUIDING_ID",
    CASE WHEN CASE WHEN (p."06.08.10" IS NULL) THEN p."08.11.90" END IS NULL THEN NULL ELSE CAST(TO_NUMBER(UPPER(SUBSTR(MD5(COALESCE(CASE WHEN POSITION('\\', CASE WHEN (p."06.08.10" IS NULL) THEN p."08.11.90" END) = 0 AND POSITION('|', CASE WHEN (p."06.08.10" IS NULL) THEN p."08.11.90" END) = 0 THEN CASE WHEN (p."06.08.10" IS NULL) THEN p."08.11.90" END ELSE REPLACE(REPLACE(CASE WHEN (p."06.08.10" IS NULL) THEN p."08.11.90" END, '\\', '\\\\'), '|', '\\|') END, '\\N')), 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT) END AS heeft_huishouden_id
  FROM bronze.brp_personen p
  JOIN ggm_batch "_GGM_B" ON p."_BATCH_ID" = "_GGM_B".batch_id
  WHERE ((p.column_1 IS NOT NULL))
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'anummer', CAST("_IN_ANUMMER" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_ANUMMER" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'gemeente_van_inschrijving', CAST("_IN_GEMEENTE_VAN_INSCHRIJVING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GEMEENTE_VAN_INSCHRIJVING" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'datum_inschrijving_gemeente', CAST("_IN_DATUM_INSCHRIJVING_GEMEENTE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DATUM_INSCHRIJVING_GEMEENTE" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'datum_begin_geldigheid_verblijfplaats', CAST("_IN_DATUM_BEGIN_GELDIGHEID_VERBLIJFPLAATS" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DATUM_BEGIN_GELDIGHEID_VERBLIJFPLAATS" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'unmapped-code', 'ingezetene_enum_id', CAST("_IN_INGEZETENE_ENUM_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_INGEZETENE_ENUM_ID" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'unparsable', 'datum_opschorting_bijhouding', CAST("_IN_DATUM_OPSCHORTING_BIJHOUDING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DATUM_OPSCHORTING_BIJHOUDING" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'reden_opschorting_bijhouding', CAST("_IN_REDEN_OPSCHORTING_BIJHOUDING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_REDEN_OPSCHORTING_BIJHOUDING" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'ouder1', CAST("_IN_OUDER1" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_OUDER1" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'ouder2', CAST("_IN_OUDER2" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_OUDER2" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'partner_id', CAST("_IN_PARTNER_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_PARTNER_ID" IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'unresolved-reference', 'heeft_als_adres_nummeraanduiding_id', CAST("_IN_HEEFT_ALS_ADRES_NUMMERAANDUIDING_ID" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_HEEFT_ALS_ADRES_NUMMERAANDUIDING_ID" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon t WHERE t.rechtspersoon_id = p."_KEY" AND t.row_hash = p."_CHAIN_HASH")) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c;

DELETE FROM silver.ingeschreven_persoon
WHERE EXISTS (SELECT 1 FROM ggm_chain s WHERE silver.ingeschreven_persoon.rechtspersoon_id = s."_KEY" AND ((s."_FIRST_ROW" AND s."_CHAIN_HASH" <> silver.ingeschreven_persoon.row_hash) OR (s."_CHANGES" AND NOT s."_FIRST_ROW")));

INSERT INTO silver.ingeschreven_persoon (rechtspersoon_id, anummer, gemeente_van_inschrijving, datum_inschrijving_gemeente, datum_begin_geldigheid_verblijfplaats, ingezetene_enum_id, datum_opschorting_bijhouding, reden_opschorting_bijhouding, ouder1, ouder2, partner_id, heeft_als_adres_nummeraanduiding_id, heeft_huishouden_id, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.anummer, s.gemeente_van_inschrijving, s.datum_inschrijving_gemeente, s.datum_begin_geldigheid_verblijfplaats, s.ingezetene_enum_id, s.datum_opschorting_bijhouding, s.reden_opschorting_bijhouding, s.ouder1, s.ouder2, s.partner_id, s.heeft_als_adres_nummeraanduiding_id, s.heeft_huishouden_id, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'brp-ingeschreven-persoon', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
  AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon c WHERE c.rechtspersoon_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

