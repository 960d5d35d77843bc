-- ggm load: mapping bag-openbare-ruimte → silver.openbare_ruimte (99 Kern/BAG/Model BAG/OpenbareRuimte)

-- history: events; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

BEGIN TRANSACTION;

IF SCHEMA_ID('meta') IS NULL EXEC('CREATE SCHEMA [meta]');

IF OBJECT_ID('meta.applied_batches') IS NULL CREATE TABLE meta.applied_batches (
  mapping VARCHAR(255) NOT NULL,
  target_table VARCHAR(255) NOT NULL,
  batch_id VARCHAR(255) NOT NULL,
  batch_loaded_at DATETIME2(6),
  rows_read BIGINT,
  rows_rejected BIGINT,
  applied_at DATETIME2(6)
);

IF OBJECT_ID('meta.applied_batches_pkey') IS NULL ALTER TABLE meta.applied_batches ADD CONSTRAINT applied_batches_pkey PRIMARY KEY NONCLUSTERED (mapping, batch_id) NOT ENFORCED;

IF OBJECT_ID('meta.load_findings') IS NULL CREATE TABLE meta.load_findings (
  mapping VARCHAR(255) NOT NULL,
  target_table VARCHAR(255) NOT NULL,
  batch_id VARCHAR(255) NOT NULL,
  row_number BIGINT,
  kind VARCHAR(255) NOT NULL,
  column_name VARCHAR(255),
  value VARCHAR(MAX),
  recorded_at DATETIME2(6)
);

DROP TABLE IF EXISTS #ggm_chain;

DROP TABLE IF EXISTS #ggm_stage;

DROP TABLE IF EXISTS #ggm_batch;

SELECT * INTO #ggm_batch FROM (SELECT q.batch_id, q.batch_text, q.loaded_at, q.seq FROM (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq, SUM(p.row_count) OVER (ORDER BY p.loaded_at, p.batch_text ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rows_upto
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at, b.row_count FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at, COUNT(*) AS row_count FROM [bronze].[bag_openbare_ruimte] GROUP BY [_batch_id]) b
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'bag-openbare-ruimte' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000)) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_batch_seq],
  i.[_batch_text],
  i.[_batch_loaded_at],
  i.[_row_number],
  i.[_key],
  i.[_valid_from],
  i.[_version_key],
  i.[identificatie],
  CASE WHEN LEN(i.[_in_identificatie]) > 255 THEN i.[_in_identificatie] END AS [_in_identificatie],
  i.[naam_openbareruimte],
  CASE WHEN LEN(i.[_in_naam_openbareruimte]) > 80 THEN i.[_in_naam_openbareruimte] END AS [_in_naam_openbareruimte],
  i.[straatnaam],
  CASE WHEN LEN(i.[_in_straatnaam]) > 24 THEN i.[_in_straatnaam] END AS [_in_straatnaam],
  i.[type_openbareruimte_enum_id],
  CASE WHEN i.[_in_type_openbareruimte_enum_id] IS NOT NULL AND i.[type_openbareruimte_enum_id] IS NULL THEN i.[_in_type_openbareruimte_enum_id] END AS [_in_type_openbareruimte_enum_id],
  i.[status_enum_id],
  CASE WHEN i.[_in_status_enum_id] IS NOT NULL AND i.[status_enum_id] IS NULL THEN i.[_in_status_enum_id] END AS [_in_status_enum_id],
  i.[geconstateerd],
  CASE WHEN i.[_in_geconstateerd] IS NOT NULL AND i.[geconstateerd] IS NULL THEN i.[_in_geconstateerd] END AS [_in_geconstateerd],
  i.[documentdatum],
  CASE WHEN i.[_in_documentdatum] IS NOT NULL AND i.[documentdatum] IS NULL THEN i.[_in_documentdatum] END AS [_in_documentdatum],
  i.[begingeldigheid],
  CASE WHEN i.[_in_begingeldigheid] IS NOT NULL AND i.[begingeldigheid] IS NULL THEN i.[_in_begingeldigheid] END AS [_in_begingeldigheid],
  i.[eind_geldigheid],
  CASE WHEN i.[_in_eind_geldigheid] IS NOT NULL AND i.[eind_geldigheid] IS NULL THEN i.[_in_eind_geldigheid] END AS [_in_eind_geldigheid],
  i.[versie],
  CASE WHEN i.[_in_versie] IS NOT NULL AND i.[versie] IS NULL THEN i.[_in_versie] END AS [_in_versie],
  i.[ligt_in_woonplaats_id],
  CASE WHEN i.[_in_ligt_in_woonplaats_id] IS NOT NULL AND i.[ligt_in_woonplaats_id] IS NULL THEN i.[_in_ligt_in_woonplaats_id] END AS [_in_ligt_in_woonplaats_id],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 THEN CAST([i].[identificatie] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[identificatie] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[naam_openbareruimte] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[naam_openbareruimte] AS VARCHAR(MAX))) = 0 THEN CAST([i].[naam_openbareruimte] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[naam_openbareruimte] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[straatnaam] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[straatnaam] AS VARCHAR(MAX))) = 0 THEN CAST([i].[straatnaam] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[straatnaam] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[type_openbareruimte_enum_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[status_enum_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[geconstateerd] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[documentdatum] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[begingeldigheid] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[eind_geldigheid] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[versie] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[ligt_in_woonplaats_id] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL AND i.[identificatie] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key], i.[_valid_from] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [o].[_row_number] AS [_row_number],
    CASE WHEN [o].[identificatie] IS NULL THEN NULL ELSE COALESCE(CASE WHEN CHARINDEX('\', CAST([o].[identificatie] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([o].[identificatie] AS VARCHAR(MAX))) = 0 THEN CAST([o].[identificatie] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([o].[identificatie] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') END AS [_key],
    CAST(CASE WHEN REGEXP_LIKE(trim(replace(SUBSTRING([o].[tijdstipRegistratie], 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_CONVERT(DATETIME2(6), REGEXP_REPLACE(REGEXP_REPLACE(trim(replace(SUBSTRING([o].[tijdstipRegistratie], 1, 19), 'T', ' ')), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9])) ([0-9]{1,2}):([0-9]{2}):([0-9]{2})$', '\1-\2-\3 \4:\5:\6'), '\b([0-9])\b', '0\1'), 120) END AS DATETIME2(6)) AS [_valid_from],
    CASE WHEN [o].[identificatie] IS NULL OR CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(SUBSTRING([o].[tijdstipRegistratie], 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_CONVERT(DATETIME2(6), REGEXP_REPLACE(REGEXP_REPLACE(trim(replace(SUBSTRING([o].[tijdstipRegistratie], 1, 19), 'T', ' ')), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9])) ([0-9]{1,2}):([0-9]{2}):([0-9]{2})$', '\1-\2-\3 \4:\5:\6'), '\b([0-9])\b', '0\1'), 120) END AS DATETIME2(6)) AS VARCHAR(MAX)) IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [o].[identificatie]) = 0 AND CHARINDEX('|', [o].[identificatie]) = 0 THEN [o].[identificatie] ELSE REPLACE(REPLACE([o].[identificatie], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST(CAST(CASE WHEN REGEXP_LIKE(trim(replace(SUBSTRING([o].[tijdstipRegistratie], 1, 19), 'T', ' ')), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9]) [0-9]{1,2}:[0-9]{2}:[0-9]{2}$') THEN TRY_CONVERT(DATETIME2(6), REGEXP_REPLACE(REGEXP_REPLACE(trim(replace(SUBSTRING([o].[tijdstipRegistratie], 1, 19), 'T', ' ')), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9])) ([0-9]{1,2}):([0-9]{2}):([0-9]{2})$', '\1-\2-\3 \4:\5:\6'), '\b([0-9])\b', '0\1'), 120) END AS DATETIME2(6)) AS VARCHAR(MAX)), '\N')), 2)), 1, 15), 2)) END AS [_version_key],
    SUBSTRING(CAST([o].[identificatie] AS VARCHAR(MAX)), 1, 255) AS [identificatie],
    CAST([o].[identificatie] AS VARCHAR(MAX)) AS [_in_identificatie],
    SUBSTRING(CAST([o].[naam] AS VARCHAR(MAX)), 1, 80) AS [naam_openbareruimte],
    CAST([o].[naam] AS VARCHAR(MAX)) AS [_in_naam_openbareruimte],
    SUBSTRING(CAST(coalesce([o].[verkorteNaam], [o].[naam]) AS VARCHAR(MAX)), 1, 24) AS [straatnaam],
    CAST(coalesce([o].[verkorteNaam], [o].[naam]) AS VARCHAR(MAX)) AS [_in_straatnaam],
    CAST(CASE lower([o].[type]) WHEN 'weg' THEN 1 WHEN '8' THEN 1 WHEN 'water' THEN 2 WHEN '7' THEN 2 WHEN 'spoorbaan' THEN 3 WHEN '5' THEN 3 WHEN 'terrein' THEN 4 WHEN '6' THEN 4 WHEN 'kunstwerk' THEN 5 WHEN '3' THEN 5 WHEN 'landschappelijk gebied' THEN 6 WHEN '4' THEN 6 WHEN 'functioneel gebied' THEN 7 WHEN '2' THEN 7 WHEN 'administratief gebied' THEN 8 WHEN '1' THEN 8 WHEN 'Onbekend' THEN 9 WHEN '-1' THEN 9 WHEN 'Leeg' THEN 10 WHEN '-2' THEN 10 END AS INT) AS [type_openbareruimte_enum_id],
    lower([o].[type]) AS [_in_type_openbareruimte_enum_id],
    CAST(CASE lower([o].[status]) WHEN 'naamgeving uitgegeven' THEN 1 WHEN '2' THEN 1 WHEN 'naamgeving ingetrokken' THEN 2 WHEN '1' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INT) AS [status_enum_id],
    lower([o].[status]) AS [_in_status_enum_id],
    CAST(CASE WHEN lower(trim([o].[geconstateerd])) IN ('1', 'j', 'ja', 'y', 'yes', 't', 'true', 'waar') THEN 1 WHEN lower(trim([o].[geconstateerd])) IN ('0', 'n', 'nee', 'no', 'f', 'false', 'onwaar') THEN 0 END AS BIT) AS [geconstateerd],
    [o].[geconstateerd] AS [_in_geconstateerd],
    CAST(CASE WHEN REGEXP_LIKE(trim([o].[documentdatum]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATETIME2(6), REGEXP_REPLACE(REGEXP_REPLACE(trim([o].[documentdatum]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATETIME2(6)) AS [documentdatum],
    [o].[documentdatum] AS [_in_documentdatum],
    CAST(CASE WHEN REGEXP_LIKE(trim([o].[beginGeldigheid]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([o].[beginGeldigheid]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [begingeldigheid],
    [o].[beginGeldigheid] AS [_in_begingeldigheid],
    CAST(CASE WHEN REGEXP_LIKE(trim([o].[eindGeldigheid]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([o].[eindGeldigheid]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [eind_geldigheid],
    [o].[eindGeldigheid] AS [_in_eind_geldigheid],
    CAST(CASE WHEN REGEXP_LIKE(trim([o].[voorkomenidentificatie]), '^[+-]?[0-9]{1,18}$') THEN CAST(trim([o].[voorkomenidentificatie]) AS BIGINT) END AS INT) AS [versie],
    [o].[voorkomenidentificatie] AS [_in_versie],
    (SELECT MIN(o.[woonplaats_id]) FROM [silver].[woonplaats] o WHERE o.[identificatie] = [o].[ligtIn] AND o.[valid_to] IS NULL) AS [ligt_in_woonplaats_id],
    [o].[ligtIn] AS [_in_ligt_in_woonplaats_id]
  FROM [bronze].[bag_openbare_ruimte] [o]
  JOIN #ggm_batch [_ggm_b] ON [o].[_batch_id] = [_ggm_b].batch_id
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'missing-key', NULL, '\N', CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'duplicate-key', NULL, [_key], CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'truncated', 'identificatie', CAST([_in_identificatie] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_identificatie] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'missing-required', 'identificatie', NULL, CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [identificatie] IS NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'truncated', 'naam_openbareruimte', CAST([_in_naam_openbareruimte] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_naam_openbareruimte] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'truncated', 'straatnaam', CAST([_in_straatnaam] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_straatnaam] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unmapped-code', 'type_openbareruimte_enum_id', CAST([_in_type_openbareruimte_enum_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_type_openbareruimte_enum_id] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unmapped-code', 'status_enum_id', CAST([_in_status_enum_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_status_enum_id] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unparsable', 'geconstateerd', CAST([_in_geconstateerd] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_geconstateerd] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unparsable', 'documentdatum', CAST([_in_documentdatum] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_documentdatum] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unparsable', 'begingeldigheid', CAST([_in_begingeldigheid] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_begingeldigheid] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unparsable', 'eind_geldigheid', CAST([_in_eind_geldigheid] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_eind_geldigheid] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unparsable', 'versie', CAST([_in_versie] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_versie] IS NOT NULL
UNION ALL
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', [_batch_text], [_row_number], 'unresolved-reference', 'ligt_in_woonplaats_id', CAST([_in_ligt_in_woonplaats_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_ligt_in_woonplaats_id] IS NOT NULL;

SELECT * INTO #ggm_chain FROM (SELECT s.*, CASE WHEN (s.[_valid_from] IS NULL OR ROW_NUMBER() OVER (PARTITION BY s.[identificatie], s.[_valid_from] ORDER BY s.[_batch_seq]) = 1) THEN 1 ELSE 0 END AS [_first_seen]
FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) AS src;

INSERT INTO [silver].[openbare_ruimte] ([openbare_ruimte_id], [identificatie], [naam_openbareruimte], [straatnaam], [type_openbareruimte_enum_id], [status_enum_id], [geconstateerd], [documentdatum], [begingeldigheid], [eind_geldigheid], [versie], [ligt_in_woonplaats_id], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_version_key], s.[identificatie], s.[naam_openbareruimte], s.[straatnaam], s.[type_openbareruimte_enum_id], s.[status_enum_id], s.[geconstateerd], s.[documentdatum], s.[begingeldigheid], s.[eind_geldigheid], s.[versie], s.[ligt_in_woonplaats_id], s.[_valid_from], NULL, s.[_batch_loaded_at], s.[_batch_text], 'bag-openbare-ruimte', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_chain s
WHERE s.[_first_seen] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[openbare_ruimte] c WHERE c.[identificatie] = s.[identificatie] AND c.[valid_from] = s.[_valid_from]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-openbare-ruimte', 'silver.openbare_ruimte', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(SYSDATETIME() AS DATETIME2(6))
FROM #ggm_batch b LEFT JOIN (SELECT [_batch_seq] AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT [_accepted] = 1 THEN 1 END) AS rows_rejected FROM #ggm_stage GROUP BY [_batch_seq]) n ON n.seq = b.seq;

DROP TABLE #ggm_chain;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

