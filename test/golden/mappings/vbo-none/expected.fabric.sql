-- ggm load: mapping bag-verblijfsobjecten → silver.verblijfsobject (99 Kern/BAG/Verblijfsobject)

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

SELECT * INTO #ggm_batch FROM (SELECT TOP (1) b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at FROM [bronze].[bag_vbo] GROUP BY [_batch_id]) b
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'bag-verblijfsobjecten' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))
ORDER BY b.loaded_at, CAST(b.batch_id AS VARCHAR(MAX))) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_row_number],
  i.[_key],
  i.[_key_1],
  i.[_valid_from],
  i.[identificatie],
  CASE WHEN LEN(i.[_in_identificatie]) > 16 THEN i.[_in_identificatie] END AS [_in_identificatie],
  i.[gebruiksdoel],
  CASE WHEN LEN(i.[_in_gebruiksdoel]) > 80 THEN i.[_in_gebruiksdoel] END AS [_in_gebruiksdoel],
  i.[maakt_deel_uit_van_pand_id],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 THEN CAST([i].[identificatie] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[identificatie] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[gebruiksdoel] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[gebruiksdoel] AS VARCHAR(MAX))) = 0 THEN CAST([i].[gebruiksdoel] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[gebruiksdoel] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[maakt_deel_uit_van_pand_id] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [v].[_row_number] AS [_row_number],
    CASE WHEN [v].[vbo_id] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [v].[vbo_id]) = 0 AND CHARINDEX('|', [v].[vbo_id]) = 0 THEN [v].[vbo_id] ELSE REPLACE(REPLACE([v].[vbo_id], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [v].[vbo_id] AS [_key_1],
    CAST((SELECT loaded_at FROM #ggm_batch) AS DATETIME2(6)) AS [_valid_from],
    SUBSTRING(CAST([v].[vbo_id] AS VARCHAR(MAX)), 1, 16) AS [identificatie],
    CAST([v].[vbo_id] AS VARCHAR(MAX)) AS [_in_identificatie],
    SUBSTRING(CAST(coalesce([d].[omschrijving], [v].[doel_code]) AS VARCHAR(MAX)), 1, 80) AS [gebruiksdoel],
    CAST(coalesce([d].[omschrijving], [v].[doel_code]) AS VARCHAR(MAX)) AS [_in_gebruiksdoel],
    CASE WHEN [v].[pand_id] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [v].[pand_id]) = 0 AND CHARINDEX('|', [v].[pand_id]) = 0 THEN [v].[pand_id] ELSE REPLACE(REPLACE([v].[pand_id], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [maakt_deel_uit_van_pand_id]
  FROM [bronze].[bag_vbo] [v]
  LEFT JOIN [bronze].[bag_doel] [d] ON ([d].[code] = [v].[doel_code]) AND [d].[_batch_id] = (SELECT TOP (1) l.[_batch_id] FROM [bronze].[bag_doel] l WHERE CAST(l.[_loaded_at] AS DATETIME2(6)) <= (SELECT loaded_at FROM #ggm_batch) ORDER BY l.[_loaded_at] DESC, CAST(l.[_batch_id] AS VARCHAR(MAX)) DESC)
  WHERE [v].[_batch_id] = (SELECT batch_id FROM #ggm_batch)
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM #ggm_batch), [_row_number], 'missing-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM #ggm_batch), [_row_number], 'duplicate-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM #ggm_batch), [_row_number], 'truncated', 'identificatie', CAST([_in_identificatie] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_identificatie] IS NOT NULL
UNION ALL
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', (SELECT batch_text FROM #ggm_batch), [_row_number], 'truncated', 'gebruiksdoel', CAST([_in_gebruiksdoel] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_gebruiksdoel] IS NOT NULL;

DELETE FROM [silver].[verblijfsobject]
WHERE EXISTS (SELECT 1 FROM #ggm_stage s WHERE [silver].[verblijfsobject].[verblijfsobject_id] = s.[_key] AND s.[_accepted] = 1 AND NOT s.[_duplicate] = 1 AND [silver].[verblijfsobject].[row_hash] <> s.[_row_hash]);

INSERT INTO [silver].[verblijfsobject] ([verblijfsobject_id], [identificatie], [gebruiksdoel], [maakt_deel_uit_van_pand_id], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_key], s.[identificatie], s.[gebruiksdoel], s.[maakt_deel_uit_van_pand_id], s.[_valid_from], NULL, (SELECT loaded_at FROM #ggm_batch), (SELECT batch_text FROM #ggm_batch), 'bag-verblijfsobjecten', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_stage s
WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[verblijfsobject] c WHERE c.[verblijfsobject_id] = s.[_key]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'bag-verblijfsobjecten', 'silver.verblijfsobject', b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM #ggm_stage), (SELECT COUNT(*) FROM #ggm_stage WHERE NOT [_accepted] = 1), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_batch b;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

