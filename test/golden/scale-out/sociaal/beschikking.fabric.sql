-- ggm load: mapping istandaarden-beschikking → silver.beschikking (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Beschikking)

-- history: none; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at, b.row_count FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at, COUNT(*) AS row_count FROM [bronze].[istandaarden] GROUP BY [_batch_id]) b
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'istandaarden-beschikking' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000)) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_batch_seq],
  i.[_batch_text],
  i.[_batch_loaded_at],
  i.[_row_number],
  i.[_key],
  i.[_key_1],
  i.[_key_2],
  i.[_key_3],
  i.[_valid_from],
  i.[code],
  CASE WHEN LEN(i.[_in_code]) > 20 THEN i.[_in_code] END AS [_in_code],
  i.[wet_enum_id],
  CASE WHEN i.[_in_wet_enum_id] IS NOT NULL AND i.[wet_enum_id] IS NULL THEN i.[_in_wet_enum_id] END AS [_in_wet_enum_id],
  i.[client_id],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[code] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[code] AS VARCHAR(MAX))) = 0 THEN CAST([i].[code] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[code] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[wet_enum_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[client_id] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [t].[_row_number] AS [_row_number],
    CASE WHEN [t].[ontvanger] IS NULL OR [t].[wet] IS NULL OR [t].[beschikking_nummer] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[ontvanger]) = 0 AND CHARINDEX('|', [t].[ontvanger]) = 0 THEN [t].[ontvanger] ELSE REPLACE(REPLACE([t].[ontvanger], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[wet]) = 0 AND CHARINDEX('|', [t].[wet]) = 0 THEN [t].[wet] ELSE REPLACE(REPLACE([t].[wet], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[beschikking_nummer]) = 0 AND CHARINDEX('|', [t].[beschikking_nummer]) = 0 THEN [t].[beschikking_nummer] ELSE REPLACE(REPLACE([t].[beschikking_nummer], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [t].[ontvanger] AS [_key_1],
    [t].[wet] AS [_key_2],
    [t].[beschikking_nummer] AS [_key_3],
    CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS [_valid_from],
    SUBSTRING(CAST([t].[beschikking_nummer] AS VARCHAR(MAX)), 1, 20) AS [code],
    CAST([t].[beschikking_nummer] AS VARCHAR(MAX)) AS [_in_code],
    CAST(CASE [t].[wet] WHEN 'WMO' THEN 2 WHEN 'JW' THEN 3 END AS INT) AS [wet_enum_id],
    [t].[wet] AS [_in_wet_enum_id],
    CASE WHEN [t].[bsn] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[bsn]) = 0 AND CHARINDEX('|', [t].[bsn]) = 0 THEN [t].[bsn] ELSE REPLACE(REPLACE([t].[bsn], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [client_id]
  FROM [bronze].[istandaarden] [t]
  JOIN #ggm_batch [_ggm_b] ON [t].[_batch_id] = [_ggm_b].batch_id
  WHERE ((([t].[regel_soort] = 'aanvraag') AND ([t].[beschikking_nummer] IS NOT NULL)))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-beschikking', 'silver.beschikking', [_batch_text], [_row_number], 'missing-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_2] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_2] AS VARCHAR(MAX))) = 0 THEN CAST([_key_2] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_2] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_3] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_3] AS VARCHAR(MAX))) = 0 THEN CAST([_key_3] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_3] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'istandaarden-beschikking', 'silver.beschikking', [_batch_text], [_row_number], 'duplicate-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_2] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_2] AS VARCHAR(MAX))) = 0 THEN CAST([_key_2] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_2] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_3] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_3] AS VARCHAR(MAX))) = 0 THEN CAST([_key_3] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_3] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'istandaarden-beschikking', 'silver.beschikking', [_batch_text], [_row_number], 'truncated', 'code', CAST([_in_code] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_code] IS NOT NULL
UNION ALL
SELECT 'istandaarden-beschikking', 'silver.beschikking', [_batch_text], [_row_number], 'unmapped-code', 'wet_enum_id', CAST([_in_wet_enum_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_wet_enum_id] IS NOT NULL;

SELECT * INTO #ggm_chain FROM (SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] t WHERE t.[beschikking_id] = p.[_key] AND t.[row_hash] = p.[_chain_hash])) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, s.[_row_hash] AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(s.[_row_hash]) OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c) AS src;

DELETE FROM [silver].[beschikking]
WHERE EXISTS (SELECT 1 FROM #ggm_chain s WHERE [silver].[beschikking].[beschikking_id] = s.[_key] AND ((s.[_first_row] = 1 AND s.[_chain_hash] <> [silver].[beschikking].[row_hash]) OR (s.[_changes] = 1 AND NOT s.[_first_row] = 1)));

INSERT INTO [silver].[beschikking] ([beschikking_id], [code], [wet_enum_id], [client_id], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_key], s.[code], s.[wet_enum_id], s.[client_id], s.[_valid_from], NULL, s.[_batch_loaded_at], s.[_batch_text], 'istandaarden-beschikking', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_chain s
WHERE s.[_last_change] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] c WHERE c.[beschikking_id] = s.[_key]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-beschikking', 'silver.beschikking', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(SYSDATETIME() AS DATETIME2(6))
FROM #ggm_batch b LEFT JOIN (SELECT [_batch_seq] AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT [_accepted] = 1 THEN 1 END) AS rows_rejected FROM #ggm_stage GROUP BY [_batch_seq]) n ON n.seq = b.seq;

DROP TABLE #ggm_chain;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

