-- ggm load: mapping bag-panden-mutaties → silver.pand (99 Kern/BAG/Pand)

-- history: snapshot; applies the oldest pending bronze batch, one transaction; re-running is a no-op when none is pending

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
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'bag-panden-mutaties' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR(MAX))) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_row_number],
  i.[_key],
  i.[_valid_from],
  i.[_version_key],
  i.[_delete],
  i.[identificatie],
  CASE WHEN LEN(i.[_in_identificatie]) > 16 THEN i.[_in_identificatie] END AS [_in_identificatie],
  i.[oorspronkelijk_bouwjaar],
  CASE WHEN i.[_in_oorspronkelijk_bouwjaar] IS NOT NULL AND i.[oorspronkelijk_bouwjaar] IS NULL THEN i.[_in_oorspronkelijk_bouwjaar] END AS [_in_oorspronkelijk_bouwjaar],
  i.[naam],
  CASE WHEN LEN(i.[_in_naam]) > 10 THEN i.[_in_naam] END AS [_in_naam],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 THEN CAST([i].[identificatie] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[identificatie] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[oorspronkelijk_bouwjaar] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[naam] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[naam] AS VARCHAR(MAX))) = 0 THEN CAST([i].[naam] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[naam] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL AND i.[identificatie] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [p].[_row_number] AS [_row_number],
    CASE WHEN [p].[pand_id] IS NULL THEN NULL ELSE COALESCE(CASE WHEN CHARINDEX('\', CAST([p].[pand_id] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([p].[pand_id] AS VARCHAR(MAX))) = 0 THEN CAST([p].[pand_id] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([p].[pand_id] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') END AS [_key],
    CAST((SELECT loaded_at FROM #ggm_batch) AS DATETIME2(6)) AS [_valid_from],
    CASE WHEN [p].[pand_id] IS NULL OR CAST(CAST((SELECT loaded_at FROM #ggm_batch) AS DATETIME2(6)) AS VARCHAR(MAX)) IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [p].[pand_id]) = 0 AND CHARINDEX('|', [p].[pand_id]) = 0 THEN [p].[pand_id] ELSE REPLACE(REPLACE([p].[pand_id], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST(CAST((SELECT loaded_at FROM #ggm_batch) AS DATETIME2(6)) AS VARCHAR(MAX)), '\N')), 2)), 1, 15), 2)) END AS [_version_key],
    CASE WHEN ([p].[status_code] = 'X') THEN 1 ELSE 0 END AS [_delete],
    SUBSTRING(CAST([p].[pand_id] AS VARCHAR(MAX)), 1, 16) AS [identificatie],
    CAST([p].[pand_id] AS VARCHAR(MAX)) AS [_in_identificatie],
    CAST(CASE WHEN REGEXP_LIKE(trim([p].[bouwjaar]), '^[+-]?[0-9]{1,18}$') THEN CAST(trim([p].[bouwjaar]) AS BIGINT) END AS INT) AS [oorspronkelijk_bouwjaar],
    [p].[bouwjaar] AS [_in_oorspronkelijk_bouwjaar],
    SUBSTRING(CAST([p].[naam] AS VARCHAR(MAX)), 1, 10) AS [naam],
    CAST([p].[naam] AS VARCHAR(MAX)) AS [_in_naam]
  FROM [bronze].[bag_panden] [p]
  WHERE [p].[_batch_id] = (SELECT batch_id FROM #ggm_batch)
    AND ((([p].[naam] IS NULL) OR ([p].[naam] <> 'overslaan')))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-panden-mutaties', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'missing-key', NULL, '\N', CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'bag-panden-mutaties', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'duplicate-key', NULL, [_key], CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'bag-panden-mutaties', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'truncated', 'identificatie', CAST([_in_identificatie] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_identificatie] IS NOT NULL
UNION ALL
SELECT 'bag-panden-mutaties', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'missing-required', 'identificatie', NULL, CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [identificatie] IS NULL
UNION ALL
SELECT 'bag-panden-mutaties', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'unparsable', 'oorspronkelijk_bouwjaar', CAST([_in_oorspronkelijk_bouwjaar] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_oorspronkelijk_bouwjaar] IS NOT NULL AND NOT [_delete] = 1
UNION ALL
SELECT 'bag-panden-mutaties', 'silver.pand', (SELECT batch_text FROM #ggm_batch), [_row_number], 'truncated', 'naam', CAST([_in_naam] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_naam] IS NOT NULL AND NOT [_delete] = 1;

UPDATE [silver].[pand] SET [valid_to] = x.[_valid_from]
FROM [silver].[pand] JOIN (SELECT * FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1 AND NOT s.[_delete] = 1) x ON [silver].[pand].[identificatie] = x.[identificatie] AND [silver].[pand].[valid_to] IS NULL AND [silver].[pand].[row_hash] <> x.[_row_hash];

UPDATE [silver].[pand] SET [valid_to] = x.[_valid_from]
FROM [silver].[pand] JOIN (SELECT * FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1 AND s.[_delete] = 1) x ON [silver].[pand].[identificatie] = x.[identificatie] AND [silver].[pand].[valid_to] IS NULL;

INSERT INTO [silver].[pand] ([pand_id], [identificatie], [oorspronkelijk_bouwjaar], [naam], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_version_key], s.[identificatie], s.[oorspronkelijk_bouwjaar], s.[naam], s.[_valid_from], NULL, (SELECT loaded_at FROM #ggm_batch), (SELECT batch_text FROM #ggm_batch), 'bag-panden-mutaties', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_stage s
WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1 AND NOT s.[_delete] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[pand] c WHERE c.[identificatie] = s.[identificatie] AND c.[valid_to] IS NULL);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-panden-mutaties', 'silver.pand', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM #ggm_stage), (SELECT COUNT(*) FROM #ggm_stage WHERE NOT [_accepted] = 1), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_batch b;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

