-- ggm load: mapping brp-natuurlijk-persoon → silver.natuurlijk_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/NatuurlijkPersoon)

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
WHERE NOT EXISTS (SELECT 1 FROM meta.applied_batches a WHERE a.mapping = 'brp-natuurlijk-persoon' AND a.batch_id = CAST(b.batch_id AS VARCHAR))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000);

CREATE TEMPORARY TABLE ggm_stage AS SELECT
  i."_BATCH_SEQ",
  i."_BATCH_TEXT",
  i."_BATCH_LOADED_AT",
  i."_ROW_NUMBER",
  i."_KEY",
  i."_KEY_1",
  i."_VALID_FROM",
  i.burgerservicenummer,
  CASE WHEN length(i."_IN_BURGERSERVICENUMMER") > 9 THEN i."_IN_BURGERSERVICENUMMER" END AS "_IN_BURGERSERVICENUMMER",
  i.anummer,
  CASE WHEN length(i."_IN_ANUMMER") > 20 THEN i."_IN_ANUMMER" END AS "_IN_ANUMMER",
  i.voornamen,
  CASE WHEN length(i."_IN_VOORNAMEN") > 200 THEN i."_IN_VOORNAMEN" END AS "_IN_VOORNAMEN",
  i.voorvoegsel_geslachtsnaam,
  CASE WHEN length(i."_IN_VOORVOEGSEL_GESLACHTSNAAM") > 80 THEN i."_IN_VOORVOEGSEL_GESLACHTSNAAM" END AS "_IN_VOORVOEGSEL_GESLACHTSNAAM",
  i.geslachtsnaam,
  CASE WHEN length(i."_IN_GESLACHTSNAAM") > 200 THEN i."_IN_GESLACHTSNAAM" END AS "_IN_GESLACHTSNAAM",
  i.datum_geboorte,
  CASE WHEN length(i."_IN_DATUM_GEBOORTE") > 22 THEN i."_IN_DATUM_GEBOORTE" END AS "_IN_DATUM_GEBOORTE",
  i.geboorteplaats,
  CASE WHEN length(i."_IN_GEBOORTEPLAATS") > 200 THEN i."_IN_GEBOORTEPLAATS" END AS "_IN_GEBOORTEPLAATS",
  i.geslachtsaanduiding,
  CASE WHEN length(i."_IN_GESLACHTSAANDUIDING") > 1 THEN i."_IN_GESLACHTSAANDUIDING" END AS "_IN_GESLACHTSAANDUIDING",
  i.datum_overlijden,
  CASE WHEN length(i."_IN_DATUM_OVERLIJDEN") > 22 THEN i."_IN_DATUM_OVERLIJDEN" END AS "_IN_DATUM_OVERLIJDEN",
  i.indicatie_overleden,
  MD5(COALESCE(CASE WHEN POSITION('\\', CAST(i.burgerservicenummer AS VARCHAR)) = 0 AND POSITION('|', CAST(i.burgerservicenummer AS VARCHAR)) = 0 THEN CAST(i.burgerservicenummer AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.burgerservicenummer AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.anummer AS VARCHAR)) = 0 AND POSITION('|', CAST(i.anummer AS VARCHAR)) = 0 THEN CAST(i.anummer AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.anummer AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.voornamen AS VARCHAR)) = 0 AND POSITION('|', CAST(i.voornamen AS VARCHAR)) = 0 THEN CAST(i.voornamen AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.voornamen AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR)) = 0 THEN CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.voorvoegsel_geslachtsnaam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geslachtsnaam AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geslachtsnaam AS VARCHAR)) = 0 THEN CAST(i.geslachtsnaam AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geslachtsnaam AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.datum_geboorte AS VARCHAR)) = 0 AND POSITION('|', CAST(i.datum_geboorte AS VARCHAR)) = 0 THEN CAST(i.datum_geboorte AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.datum_geboorte AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geboorteplaats AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geboorteplaats AS VARCHAR)) = 0 THEN CAST(i.geboorteplaats AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geboorteplaats AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.geslachtsaanduiding AS VARCHAR)) = 0 AND POSITION('|', CAST(i.geslachtsaanduiding AS VARCHAR)) = 0 THEN CAST(i.geslachtsaanduiding AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.geslachtsaanduiding AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CASE WHEN POSITION('\\', CAST(i.datum_overlijden AS VARCHAR)) = 0 AND POSITION('|', CAST(i.datum_overlijden AS VARCHAR)) = 0 THEN CAST(i.datum_overlijden AS VARCHAR) ELSE REPLACE(REPLACE(CAST(i.datum_overlijden AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N') || '|' || COALESCE(CAST(i.indicatie_overleden AS VARCHAR), '\\N')) AS "_ROW_HASH",
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
    substr(CAST(p."01.01.20" AS VARCHAR), 1, 9) AS burgerservicenummer,
    CAST(p."01.01.20" AS VARCHAR) AS "_IN_BURGERSERVICENUMMER",
    substr(CAST(p."01.01.10" AS VARCHAR), 1, 20) AS anummer,
    CAST(p."01.01.10" AS VARCHAR) AS "_IN_ANUMMER",
    substr(CAST(p."01.02.10" AS VARCHAR), 1, 200) AS voornamen,
    CAST(p."01.02.10" AS VARCHAR) AS "_IN_VOORNAMEN",
    substr(CAST(p."01.02.30" AS VARCHAR), 1, 80) AS voorvoegsel_geslachtsnaam,
    CAST(p."01.02.30" AS VARCHAR) AS "_IN_VOORVOEGSEL_GESLACHTSNAAM",
    substr(CAST(p."01.02.40" AS VARCHAR), 1, 200) AS geslachtsnaam,
    CAST(p."01.02.40" AS VARCHAR) AS "_IN_GESLACHTSNAAM",
    substr(CAST(CASE WHEN (p."01.03.10" IS NULL) THEN NULL ELSE concat(substr(p."01.03.10", 1, 4), '-', substr(p."01.03.10", 5, 2), '-', substr(p."01.03.10", 7, 2)) END AS VARCHAR), 1, 22) AS datum_geboorte,
    CAST(CASE WHEN (p."01.03.10" IS NULL) THEN NULL ELSE concat(substr(p."01.03.10", 1, 4), '-', substr(p."01.03.10", 5, 2), '-', substr(p."01.03.10", 7, 2)) END AS VARCHAR) AS "_IN_DATUM_GEBOORTE",
    substr(CAST(p."01.03.20" AS VARCHAR), 1, 200) AS geboorteplaats,
    CAST(p."01.03.20" AS VARCHAR) AS "_IN_GEBOORTEPLAATS",
    substr(CAST(p."01.04.10" AS VARCHAR), 1, 1) AS geslachtsaanduiding,
    CAST(p."01.04.10" AS VARCHAR) AS "_IN_GESLACHTSAANDUIDING",
    substr(CAST(CASE WHEN (p."06.08.10" IS NULL) THEN NULL ELSE concat(substr(p."06.08.10", 1, 4), '-', substr(p."06.08.10", 5, 2), '-', substr(p."06.08.10", 7, 2)) END AS VARCHAR), 1, 22) AS datum_overlijden,
    CAST(CASE WHEN (p."06.08.10" IS NULL) THEN NULL ELSE concat(substr(p."06.08.10", 1, 4), '-', substr(p."06.08.10", 5, 2), '-', substr(p."06.08.10", 7, 2)) END AS VARCHAR) AS "_IN_DATUM_OVERLIJDEN",
    CAST((p."06.08.10" IS NOT NULL) AS BOOLEAN) AS indicatie_overleden
  FROM bronze.brp_personen p
  JOIN ggm_batch "_GGM_B" ON p."_BATCH_ID" = "_GGM_B".batch_id
  WHERE ((p.column_1 IS NOT NULL))
) i;

INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'missing-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'duplicate-key', NULL, COALESCE(CASE WHEN POSITION('\\', CAST("_KEY_1" AS VARCHAR)) = 0 AND POSITION('|', CAST("_KEY_1" AS VARCHAR)) = 0 THEN CAST("_KEY_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_KEY_1" AS VARCHAR), '\\', '\\\\'), '|', '\\|') END, '\\N'), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_KEY" IS NOT NULL AND "_DUPLICATE"
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'burgerservicenummer', CAST("_IN_BURGERSERVICENUMMER" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_BURGERSERVICENUMMER" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'anummer', CAST("_IN_ANUMMER" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_ANUMMER" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'voornamen', CAST("_IN_VOORNAMEN" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_VOORNAMEN" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'voorvoegsel_geslachtsnaam', CAST("_IN_VOORVOEGSEL_GESLACHTSNAAM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_VOORVOEGSEL_GESLACHTSNAAM" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'geslachtsnaam', CAST("_IN_GESLACHTSNAAM" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GESLACHTSNAAM" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'datum_geboorte', CAST("_IN_DATUM_GEBOORTE" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DATUM_GEBOORTE" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'geboorteplaats', CAST("_IN_GEBOORTEPLAATS" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GEBOORTEPLAATS" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'geslachtsaanduiding', CAST("_IN_GESLACHTSAANDUIDING" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_GESLACHTSAANDUIDING" IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', "_BATCH_TEXT", "_ROW_NUMBER", 'truncated', 'datum_overlijden', CAST("_IN_DATUM_OVERLIJDEN" AS VARCHAR), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ) FROM ggm_stage WHERE "_IN_DATUM_OVERLIJDEN" IS NOT NULL;

CREATE TEMPORARY TABLE ggm_chain AS SELECT c.*,
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") = 1 AS "_FIRST_CHANGE",
  c."_CHANGES" AND ROW_NUMBER() OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ" DESC) = 1 AS "_LAST_CHANGE",
  CASE WHEN c."_CHANGES" THEN LEAD(c."_VALID_FROM") OVER (PARTITION BY c."_CHANGES", c."_KEY" ORDER BY c."_BATCH_SEQ") END AS "_NEXT_VALID_FROM"
FROM (SELECT p.*, ((p."_FIRST_ROW" AND NOT EXISTS (SELECT 1 FROM silver.natuurlijk_persoon t WHERE t.rechtspersoon_id = p."_KEY" AND t.row_hash = p."_CHAIN_HASH")) OR (NOT p."_FIRST_ROW" AND p."_PREV_HASH" <> p."_CHAIN_HASH")) AS "_CHANGES"
FROM (SELECT s.*, s."_ROW_HASH" AS "_CHAIN_HASH", ROW_NUMBER() OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") = 1 AS "_FIRST_ROW", LAG(s."_ROW_HASH") OVER (PARTITION BY s."_KEY" ORDER BY s."_BATCH_SEQ") AS "_PREV_HASH"
FROM ggm_stage s WHERE s."_ACCEPTED" AND NOT s."_DUPLICATE") p) c;

DELETE FROM silver.natuurlijk_persoon
WHERE EXISTS (SELECT 1 FROM ggm_chain s WHERE silver.natuurlijk_persoon.rechtspersoon_id = s."_KEY" AND ((s."_FIRST_ROW" AND s."_CHAIN_HASH" <> silver.natuurlijk_persoon.row_hash) OR (s."_CHANGES" AND NOT s."_FIRST_ROW")));

INSERT INTO silver.natuurlijk_persoon (rechtspersoon_id, burgerservicenummer, anummer, voornamen, voorvoegsel_geslachtsnaam, geslachtsnaam, datum_geboorte, geboorteplaats, geslachtsaanduiding, datum_overlijden, indicatie_overleden, valid_from, valid_to, registered_at, load_batch_id, load_source, loaded_at, row_hash)
SELECT s."_KEY", s.burgerservicenummer, s.anummer, s.voornamen, s.voorvoegsel_geslachtsnaam, s.geslachtsnaam, s.datum_geboorte, s.geboorteplaats, s.geslachtsaanduiding, s.datum_overlijden, s.indicatie_overleden, s."_VALID_FROM", NULL, s."_BATCH_LOADED_AT", s."_BATCH_TEXT", 'brp-natuurlijk-persoon', CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ), s."_ROW_HASH"
FROM ggm_chain s
WHERE s."_LAST_CHANGE"
  AND NOT EXISTS (SELECT 1 FROM silver.natuurlijk_persoon c WHERE c.rechtspersoon_id = s."_KEY");

INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)
FROM ggm_batch b LEFT JOIN (SELECT "_BATCH_SEQ" AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT "_ACCEPTED" THEN 1 END) AS rows_rejected FROM ggm_stage GROUP BY "_BATCH_SEQ") n ON n.seq = b.seq;

DROP TABLE ggm_chain;

DROP TABLE ggm_stage;

DROP TABLE ggm_batch;

COMMIT;

