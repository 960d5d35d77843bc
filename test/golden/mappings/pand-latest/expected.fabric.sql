-- ggm load: mapping bag-panden-latest → silver.pand (99 Kern/BAG/Pand)

-- history: none; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

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

DROP TABLE IF EXISTS #ggm_stage;

DROP TABLE IF EXISTS #ggm_batch;

SELECT * INTO #ggm_batch FROM (SELECT TOP (1) b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at FROM [bronze].[bag_panden] GROUP BY [_batch_id]) b
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'bag-panden-latest' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR(MAX))) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_row_number],
  i.[_key],
  i.[_key_1],
  i.[_valid_from],
  i.[identificatie],
  CASE WHEN LEN(i.[_in_identificatie]) > 16 THEN i.[_in_identificatie] END AS [_in_identificatie],
  i.[oorspronkelijk_bouwjaar],
  CASE WHEN i.[_in_oorspronkelijk_bouwjaar] IS NOT NULL AND i.[oorspronkelijk_bouwjaar] IS NULL THEN i.[_in_oorspronkelijk_bouwjaar] END AS [_in_oorspronkelijk_bouwjaar],
  i.[naam],
  CASE WHEN LEN(i.[_in_naam]) > 10 THEN i.[_in_naam] END AS [_in_naam],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 THEN CAST([i].[identificatie] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[identificatie] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[oorspronkelijk_bouwjaar] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[naam] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[naam] AS VARCHAR(MAX))) = 0 THEN CAST([i].[naam] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[naam] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [p].[_row_number] AS [_row_number],
    CASE WHEN [p].[pand_id] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [p].[pand_id]) = 0 AND CHARINDEX('|', [p].[pand_id]) = 0 THEN [p].[pand_id] ELSE REPLACE(REPLACE([p].[pand_id], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [p].[pand_id] AS [_key_1],
    CAST((SELECT loaded_at FROM #ggm_batch) AS DATETIME2(6)) AS [_valid_from],
    SUBSTRING(CAST([p].[pand_id] AS VARCHAR(MAX)), 1, 16) AS [identificatie],
    CAST([p].[pand_id] AS VARCHAR(MAX)) AS [_in_identificatie],
    CAST(CASE WHEN REGEXP_LIKE(trim([l].[bouwjaar]), '^[+-]?[0-9]{1,18}$') THEN CAST(trim([l].[bouwjaar]) AS BIGINT) END AS INT) AS [oorspronkelijk_bouwjaar],
    [l].[bouwjaar] AS [_in_oorspronkelijk_bouwjaar],
    SUBSTRING(CAST([l].[naam] AS VARCHAR(MAX)), 1, 10) AS [naam],
    CAST([l].[naam] AS VARCHAR(MAX)) AS [_in_naam]
  FROM [bronze].[bag_panden] [p]
  LEFT JOIN (SELECT * FROM (SELECT [l].*, ROW_NUMBER() OVER (PARTITION BY [l].[pand_id] ORDER BY CASE WHEN CASE WHEN REGEXP_LIKE(trim([l].[docdatum]), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([l].[docdatum]), '^((?:0?[1-9]|[1-3][0-9]))-((?:0?[1-9]|1[0-9]))-([0-9]{4})$', '\3-\2-\1 00:00:00'), '\b([0-9])\b', '0\1'), 120) END IS NULL THEN 1 ELSE 0 END, CASE WHEN REGEXP_LIKE(trim([l].[docdatum]), '^(0?[1-9]|[1-3][0-9])-(0?[1-9]|1[0-9])-[0-9]{4}$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([l].[docdatum]), '^((?:0?[1-9]|[1-3][0-9]))-((?:0?[1-9]|1[0-9]))-([0-9]{4})$', '\3-\2-\1 00:00:00'), '\b([0-9])\b', '0\1'), 120) END DESC, CASE WHEN [l].[naam] IS NULL THEN 1 ELSE 0 END, [l].[naam] ASC, [l].[_loaded_at] DESC, CAST([l].[_batch_id] AS VARCHAR(MAX)) DESC, [l].[_row_number] DESC) AS _ggm_rank FROM [bronze].[bag_panden] [l] WHERE ([l].[status_code] <> 'X')) ranked WHERE _ggm_rank = 1) [l] ON ([l].[pand_id] = [p].[pand_id])
  WHERE [p].[_batch_id] = (SELECT batch_id FROM #ggm_batch)
    AND (([p].[status_code] <> 'X'))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'missing-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'duplicate-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'truncated', 'identificatie', CAST([_in_identificatie] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_identificatie] IS NOT NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'unparsable', 'oorspronkelijk_bouwjaar', CAST([_in_oorspronkelijk_bouwjaar] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_oorspronkelijk_bouwjaar] IS NOT NULL
UNION ALL
SELECT 'bag-panden-latest', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'truncated', 'naam', CAST([_in_naam] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_naam] IS NOT NULL;

DELETE FROM [silver].[pand]
WHERE EXISTS (SELECT 1 FROM #ggm_stage s WHERE [silver].[pand].[pand_id] = s.[_key] AND s.[_accepted] = 1 AND NOT s.[_duplicate] = 1 AND [silver].[pand].[row_hash] <> s.[_row_hash]);

INSERT INTO [silver].[pand] ([pand_id], [identificatie], [oorspronkelijk_bouwjaar], [naam], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_key], s.[identificatie], s.[oorspronkelijk_bouwjaar], s.[naam], s.[_valid_from], NULL, (SELECT loaded_at FROM #ggm_batch), (SELECT batch_text FROM #ggm_batch), 'bag-panden-latest', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_stage s
WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[pand] c WHERE c.[pand_id] = s.[_key]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-panden-latest', 'silver.pand', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM #ggm_stage), (SELECT COUNT(*) FROM #ggm_stage WHERE NOT [_accepted] = 1), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_batch b;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

