-- ggm load: mapping bag-verblijfsobjecten → silver.verblijfsobject (99 Kern/BAG/Verblijfsobject)

-- history: none; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

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

CREATE TEMP TABLE "ggm_batch" AS SELECT b.batch_id, CAST(b.batch_id AS VARCHAR) AS batch_text, b.loaded_at FROM (SELECT "_batch_id" AS batch_id, MIN(CAST("_loaded_at" AS TIMESTAMP)) AS loaded_at FROM "bronze"."bag_vbo" GROUP BY "_batch_id") b
WHERE NOT EXISTS (SELECT 1 FROM "meta"."applied_batches" a WHERE a.mapping = 'bag-verblijfsobjecten' AND a.batch_id = CAST(b.batch_id AS VARCHAR))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR)
LIMIT 1;

CREATE TEMP TABLE "ggm_stage" AS SELECT
  i."_row_number",
  i."_key",
  i."_key_1",
  i."_valid_from",
  i."identificatie",
  CASE WHEN length(i."_in_identificatie") > 16 THEN i."_in_identificatie" END AS "_in_identificatie",
  i."gebruiksdoel",
  CASE WHEN length(i."_in_gebruiksdoel") > 80 THEN i."_in_gebruiksdoel" END AS "_in_gebruiksdoel",
  i."maakt_deel_uit_van_pand_id",
  CASE WHEN i."_in_maakt_deel_uit_van_pand_id" IS NOT NULL AND i."maakt_deel_uit_van_pand_id" IS NULL THEN i."_in_maakt_deel_uit_van_pand_id" END AS "_in_maakt_deel_uit_van_pand_id",
  md5(COALESCE(CASE WHEN strpos(CAST("i"."identificatie" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."identificatie" AS VARCHAR), '|') = 0 THEN CAST("i"."identificatie" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."identificatie" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CASE WHEN strpos(CAST("i"."gebruiksdoel" AS VARCHAR), '\') = 0 AND strpos(CAST("i"."gebruiksdoel" AS VARCHAR), '|') = 0 THEN CAST("i"."gebruiksdoel" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("i"."gebruiksdoel" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N') || '|' || COALESCE(CAST("i"."maakt_deel_uit_van_pand_id" AS VARCHAR), '\N')) AS "_row_hash",
  (i."_key" IS NOT NULL) AS "_accepted",
  ROW_NUMBER() OVER (PARTITION BY i."_key" ORDER BY i."_row_number" DESC) > 1 AS "_duplicate"
FROM (
  SELECT
    "v"."_row_number" AS "_row_number",
    CASE WHEN "v"."vbo_id" IS NULL THEN NULL ELSE CAST(('0x' || substr(md5(COALESCE(CASE WHEN strpos("v"."vbo_id", '\') = 0 AND strpos("v"."vbo_id", '|') = 0 THEN "v"."vbo_id" ELSE REPLACE(REPLACE("v"."vbo_id", '\', '\\'), '|', '\|') END, '\N')), 1, 15)) AS BIGINT) END AS "_key",
    "v"."vbo_id" AS "_key_1",
    CAST((SELECT loaded_at FROM "ggm_batch") AS TIMESTAMP) AS "_valid_from",
    substr(CAST("v"."vbo_id" AS VARCHAR), 1, 16) AS "identificatie",
    CAST("v"."vbo_id" AS VARCHAR) AS "_in_identificatie",
    substr(CAST(coalesce("d"."omschrijving", "v"."doel_code") AS VARCHAR), 1, 80) AS "gebruiksdoel",
    CAST(coalesce("d"."omschrijving", "v"."doel_code") AS VARCHAR) AS "_in_gebruiksdoel",
    (SELECT MIN(o."pand_id") FROM "silver"."pand" o WHERE o."identificatie" = "v"."pand_id" AND o."valid_to" IS NULL) AS "maakt_deel_uit_van_pand_id",
    "v"."pand_id" AS "_in_maakt_deel_uit_van_pand_id"
  FROM "bronze"."bag_vbo" "v"
  LEFT JOIN "bronze"."bag_doel" "d" ON ("d"."code" = "v"."doel_code") AND "d"."_batch_id" = (SELECT l."_batch_id" FROM "bronze"."bag_doel" l WHERE CAST(l."_loaded_at" AS TIMESTAMP) <= (SELECT loaded_at FROM "ggm_batch") ORDER BY l."_loaded_at" DESC, CAST(l."_batch_id" AS VARCHAR) DESC LIMIT 1)
  WHERE "v"."_batch_id" = (SELECT batch_id FROM "ggm_batch")
) i;

INSERT INTO "meta"."load_findings" (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'missing-key', NULL, COALESCE(CASE WHEN strpos(CAST("_key_1" AS VARCHAR), '\') = 0 AND strpos(CAST("_key_1" AS VARCHAR), '|') = 0 THEN CAST("_key_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_key_1" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N'), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_key" IS NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'duplicate-key', NULL, COALESCE(CASE WHEN strpos(CAST("_key_1" AS VARCHAR), '\') = 0 AND strpos(CAST("_key_1" AS VARCHAR), '|') = 0 THEN CAST("_key_1" AS VARCHAR) ELSE REPLACE(REPLACE(CAST("_key_1" AS VARCHAR), '\', '\\'), '|', '\|') END, '\N'), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_key" IS NOT NULL AND "_duplicate"
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'truncated', 'identificatie', CAST("_in_identificatie" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_identificatie" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'truncated', 'gebruiksdoel', CAST("_in_gebruiksdoel" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_gebruiksdoel" IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM "ggm_batch"), "_row_number", 'unresolved-reference', 'maakt_deel_uit_van_pand_id', CAST("_in_maakt_deel_uit_van_pand_id" AS VARCHAR), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_stage" WHERE "_in_maakt_deel_uit_van_pand_id" IS NOT NULL;

DELETE FROM "silver"."verblijfsobject"
WHERE EXISTS (SELECT 1 FROM "ggm_stage" s WHERE "silver"."verblijfsobject"."verblijfsobject_id" = s."_key" AND s."_accepted" AND NOT s."_duplicate" AND "silver"."verblijfsobject"."row_hash" <> s."_row_hash");

INSERT INTO "silver"."verblijfsobject" ("verblijfsobject_id", "identificatie", "gebruiksdoel", "maakt_deel_uit_van_pand_id", "valid_from", "valid_to", "registered_at", "load_batch_id", "load_source", "loaded_at", "row_hash")
SELECT s."_key", s."identificatie", s."gebruiksdoel", s."maakt_deel_uit_van_pand_id", s."_valid_from", NULL, (SELECT loaded_at FROM "ggm_batch"), (SELECT batch_text FROM "ggm_batch"), 'bag-verblijfsobjecten', CAST(current_timestamp AS TIMESTAMP), s."_row_hash"
FROM "ggm_stage" s
WHERE s."_accepted" AND NOT s."_duplicate"
  AND NOT EXISTS (SELECT 1 FROM "silver"."verblijfsobject" c WHERE c."verblijfsobject_id" = s."_key");

INSERT INTO "meta"."applied_batches" (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM "ggm_stage"), (SELECT COUNT(*) FROM "ggm_stage" WHERE NOT "_accepted"), CAST(current_timestamp AS TIMESTAMP) FROM "ggm_batch" b;

DROP TABLE "ggm_stage";

DROP TABLE "ggm_batch";

COMMIT;

