-- ggm load: mapping bag-panden → silver.pand (99 Kern/BAG/Pand)

-- history: snapshot; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

BEGIN TRANSACTION;

CREATE SCHEMA IF NOT EXISTS "meta";

CREATE TABLE IF NOT EXISTS meta.applied_batches (
  mapping VARCHAR(255) NOT NULL,
  target_table VARCHAR(255) NOT NULL,
  batch_id VARCHAR(255) NOT NULL,
  batch_loaded_at TIMESTAMP,
  rows_read BIGINT,
  rows_rejected BIGINT,
  applied_at TIMESTAMP,
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
  recorded_at TIMESTAMP
);

DROP TABLE IF EXISTS "ggm_stage";

DROP TABLE IF EXISTS "ggm_batch";

CREATE TEMP TABLE "ggm_batch" AS SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at FROM (SELECT "_batch_id" AS batch_id, MIN(CAST("_loaded_at" AS TIMESTAMP)) AS loaded_at FROM "bronze"."bag_panden" GROUP BY "_batch_id") b
WHERE NOT EXISTS (SELECT 1 FROM "meta"."applied_batches" a WHERE a.mapping = 'bag-panden' AND a.batch_id = CAST(b.batch_id AS VARCHAR))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR)
LIMIT 1;

CREATE TEMP TABLE "ggm_stage" AS SELECT
  i."_row_number",
  i."_key",
  i."_valid_from",
  i."_version_key",
  i."identificatie",
  CASE WHEN length(i."_in_identificatie") > 16 THEN i."_in_identificatie" END AS "_in_identificatie",
  i."status_enum_id",
  CASE WHEN i."_in_status_enum_id" IS NOT NULL AND i."status_enum_id" IS NULL THEN i."_in_status_enum_id" END AS "_in_status_enum_id",
  i."oorspronkelijk_bouwjaar",
  CASE WHEN i."_in_oorspronkelijk_bouwjaar" IS NOT NULL AND i."oorspronkelijk_bouwjaar" IS NULL THEN i."_in_oorspronkelijk_bouwjaar" END AS "_in_oorspronkelijk_bouwjaar",
  i."oppervlakte",
  CASE WHEN i."_in_oppervlakte" IS NOT NULL AND i."oppervlakte" IS NULL THEN i."_in_oppervlakte" END AS "_in_oppervlakte",
  i."documentdatum",
  CASE WHEN i."_in_documentdatum" IS NOT NULL AND i."documentdatum" IS NULL THEN i."_in_documentdatum" END AS "_in_documentdatum",
  i."geconstateerd",
  CASE WHEN i."_in_geconstateerd" IS NOT NULL AND i."geconstateerd" IS NULL THEN i."_in_geconstateerd" END AS "_in_geconstateerd",
  i."naam",
  CASE WHEN length(i."_in_naam") > 10 THEN i."_in_naam" END AS "_in_naam",
  md5(COALESCE(CASE WHEN strpos(CAST("i"."identificatie" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."identificatie" AS VARCHAR), '|') = 0 THEN CAST("i"."identificatie" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."identificatie" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CAST("i"."status_enum_id" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."oorspronkelijk_bouwjaar" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."oppervlakte" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."documentdatum" AS VARCHAR), '\N') || '|' || COALESCE(CAST("i"."geconstateerd" AS VARCHAR), '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."naam" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."naam" AS VARCHAR), '|') = 0 THEN CAST("i"."naam" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."naam" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N')) AS "_row_hash",
  (i."_key" IS NOT NULL AND i."identificatie" IS NOT NULL) AS "_accepted",
  ROW_NUMBER() OVER (PARTITION BY i."_key" ORDER BY i."_row_number" DESC) > 1 AS "_duplicate"
FROM (
  SELECT
    "p"."_row_number" AS "_row_number",
    CASE WHEN "p"."pand_id" IS NULL THEN NULL ELSE COALESCE(CASE WHEN strpos(CAST("p"."pand_id" AS VARCHAR), '\') = 0 AND strpos(CAST("p"."pand_id" AS VARCHAR), '|') = 0 THEN CAST("p"."pand_id" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("p"."pand_id" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') END AS "_key",
    CAST((SELECT loaded_at FROM "ggm_batch") AS TIMESTAMP) AS "_valid_from",
    CASE WHEN "p"."pand_id" IS NULL OR CAST(CAST((SELECT loaded_at FROM "ggm_batch") AS TIMESTAMP) AS VARCHAR) IS NULL THEN NULL ELSE CAST(('0x' || substr(md5(COALESCE(CASE WHEN strpos("p"."pand_id", '\') = 0 AND strpos("p"."pand_id", '|') = 0 THEN "p"."pand_id" ELSE REPLACE(REPLACE("p"."pand_id", '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CAST(CAST((SELECT loaded_at FROM "ggm_batch") AS TIMESTAMP) AS VARCHAR), '\N')), 1, 15)) AS BIGINT) END AS "_version_key",
    substr(CAST("p"."pand_id" AS VARCHAR), 1, 16) AS "identificatie",
    CAST("p"."pand_id" AS VARCHAR) AS "_in_identificatie",
    CAST(CASE trim("p"."status_code") WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '9' THEN 3 END AS INTEGER) AS "status_enum_id",
    trim("p"."status_code") AS "_in_status_enum_id",
    CAST(CASE WHEN regexp_matches(trim("p"."bouwjaar"), '^[+-]?[0-9]{1,18}$') THEN CAST(trim("p"."bouwjaar") AS BIGINT) END AS INTEGER) AS "oorspronkelijk_bouwjaar",
    "p"."bouwjaar" AS "_in_oorspronkelijk_bouwjaar",
    CAST(CASE WHEN regexp_matches(replace(replace(trim("p"."oppervlakte"), '.', ''), ',', '.'), '^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$') THEN CAST(replace(replace(trim("p"."oppervlakte"), '.', ''), ',', '.') AS DECIMAL(38, 10)) END AS DECIMAL(10,2)) AS "oppervlakte",
    "p"."oppervlakte" AS "_in_oppervlakte",
    CAST(CASE WHEN regexp_matches(trim("p"."docdatum"), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN CAST(try_strptime(trim("p"."docdatum"), '%d-%m-%Y') AS DATE) END AS DATE) AS "documentdatum",
    "p"."docdatum" AS "_in_documentdatum",
    CAST(CASE WHEN lower(trim("p"."geconstateerd")) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN TRUE WHEN lower(trim("p"."geconstateerd")) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN FALSE END AS BOOLEAN) AS "geconstateerd",
    "p"."geconstateerd" AS "_in_geconstateerd",
    substr(CAST(CASE WHEN ("p"."naam" IS NULL) THEN 'onbekend' ELSE upper(trim("p"."naam")) END AS VARCHAR), 1, 10) AS "naam",
    CAST(CASE WHEN ("p"."naam" IS NULL) THEN 'onbekend' ELSE upper(trim("p"."naam")) END AS VARCHAR) AS "_in_naam"
  FROM "bronze"."bag_panden" "p"
  WHERE "p"."_batch_id" = (SELECT batch_id FROM "ggm_batch")
) i;

INSERT INTO "meta"."load_findings" (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'missing-key', NULL, '\N', CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_key" IS NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'duplicate-key', NULL, "_key", CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_key" IS NOT NULL AND "_duplicate"
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'truncated', 'identificatie', CAST("_in_identificatie" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_identificatie" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'missing-required', 'identificatie', NULL, CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_key" IS NOT NULL AND "identificatie" IS NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'unmapped-code', 'status_enum_id', CAST("_in_status_enum_id" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_status_enum_id" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'unparsable', 'oorspronkelijk_bouwjaar', CAST("_in_oorspronkelijk_bouwjaar" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_oorspronkelijk_bouwjaar" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'unparsable', 'oppervlakte', CAST("_in_oppervlakte" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_oppervlakte" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'unparsable', 'documentdatum', CAST("_in_documentdatum" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_documentdatum" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'unparsable', 'geconstateerd', CAST("_in_geconstateerd" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_geconstateerd" IS NOT NULL
UNION ALL
SELECT 'bag-panden', 'silver.pand', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'truncated', 'naam', CAST("_in_naam" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_naam" IS NOT NULL;

UPDATE "silver"."pand" SET "valid_to" = (SELECT s."_valid_from" FROM "ggm_stage" s WHERE "silver"."pand"."identificatie" = s."identificatie" AND s."_accepted" AND NOT s."_duplicate")
WHERE "valid_to" IS NULL
  AND EXISTS (SELECT 1 FROM "ggm_stage" s WHERE "silver"."pand"."identificatie" = s."identificatie" AND s."_accepted" AND NOT s."_duplicate" AND "silver"."pand"."row_hash" <> s."_row_hash");

UPDATE "silver"."pand" SET "valid_to" = (SELECT loaded_at FROM "ggm_batch")
WHERE "valid_to" IS NULL AND "load_source" = 'bag-panden'
  AND EXISTS (SELECT 1 FROM "ggm_batch")
  AND NOT EXISTS (SELECT 1 FROM "ggm_stage" s WHERE "silver"."pand"."identificatie" = s."identificatie" AND s."_key" IS NOT NULL);

INSERT INTO "silver"."pand" ("pand_id", "identificatie", "status_enum_id", "oorspronkelijk_bouwjaar", "oppervlakte", "documentdatum", "geconstateerd", "naam", "valid_from", "valid_to", "registered_at", "load_batch_id", "load_source", "loaded_at", "row_hash")
SELECT s."_version_key", s."identificatie", s."status_enum_id", s."oorspronkelijk_bouwjaar", s."oppervlakte", s."documentdatum", s."geconstateerd", s."naam", s."_valid_from", NULL, (SELECT loaded_at FROM "ggm_batch"), (SELECT batch_text FROM "ggm_batch"), 'bag-panden', CAST(current_timestamp AS TIMESTAMP), s."_row_hash"
FROM "ggm_stage" s
WHERE s."_accepted" AND NOT s."_duplicate"
  AND NOT EXISTS (SELECT 1 FROM "silver"."pand" c WHERE c."identificatie" = s."identificatie" AND c."valid_to" IS NULL);

INSERT INTO "meta"."applied_batches" (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-panden', 'silver.pand', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM "ggm_stage"), (SELECT COUNT(*) FROM "ggm_stage" WHERE NOT "_accepted"), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_batch" b;

DROP TABLE "ggm_stage";

DROP TABLE "ggm_batch";

COMMIT;

