-- ggm load: mapping brp-nummeraanduiding → silver.nummeraanduiding (99 Kern/BAG/Model BAG/Nummeraanduiding)

-- history: snapshot; applies the oldest pending bronze batches (at most 500 batches, 200000 rows), one transaction; re-running is a no-op when none is pending

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at, b.row_count FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at, COUNT(*) AS row_count FROM [bronze].[brp_personen] GROUP BY [_batch_id]) b
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'brp-nummeraanduiding' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))) p) q
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
  i.[postcode],
  CASE WHEN LEN(i.[_in_postcode]) > 6 THEN i.[_in_postcode] END AS [_in_postcode],
  i.[huisnummer],
  CASE WHEN i.[_in_huisnummer] IS NOT NULL AND i.[huisnummer] IS NULL THEN i.[_in_huisnummer] END AS [_in_huisnummer],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[identificatie] AS VARCHAR(MAX))) = 0 THEN CAST([i].[identificatie] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[identificatie] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[postcode] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[postcode] AS VARCHAR(MAX))) = 0 THEN CAST([i].[postcode] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[postcode] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[huisnummer] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL AND i.[identificatie] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [p].[_row_number] AS [_row_number],
    CASE WHEN [p].[08.11.90] IS NULL THEN NULL ELSE COALESCE(CASE WHEN CHARINDEX('\', CAST([p].[08.11.90] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([p].[08.11.90] AS VARCHAR(MAX))) = 0 THEN CAST([p].[08.11.90] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([p].[08.11.90] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') END AS [_key],
    CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS [_valid_from],
    CASE WHEN [p].[08.11.90] IS NULL OR CAST(CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS VARCHAR(MAX)) IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [p].[08.11.90]) = 0 AND CHARINDEX('|', [p].[08.11.90]) = 0 THEN [p].[08.11.90] ELSE REPLACE(REPLACE([p].[08.11.90], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST(CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS VARCHAR(MAX)), '\N')), 2)), 1, 15), 2)) END AS [_version_key],
    SUBSTRING(CAST([p].[08.11.90] AS VARCHAR(MAX)), 1, 255) AS [identificatie],
    CAST([p].[08.11.90] AS VARCHAR(MAX)) AS [_in_identificatie],
    SUBSTRING(CAST([p].[08.11.60] AS VARCHAR(MAX)), 1, 6) AS [postcode],
    CAST([p].[08.11.60] AS VARCHAR(MAX)) AS [_in_postcode],
    CAST(CASE WHEN REGEXP_LIKE(trim([p].[08.11.20]), '^[+-]?[0-9]{1,18}$') THEN CAST(trim([p].[08.11.20]) AS BIGINT) END AS INT) AS [huisnummer],
    [p].[08.11.20] AS [_in_huisnummer]
  FROM [bronze].[brp_personen] [p]
  JOIN #ggm_batch [_ggm_b] ON [p].[_batch_id] = [_ggm_b].batch_id
  WHERE (((p."08.11.90" is not null and p._row_number = (select min(b._row_number) from bronze.brp_personen b where b._batch_id = p._batch_id and b."08.11.90" = p."08.11.90")) = 1))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', [_batch_text], [_row_number], 'missing-key', NULL, '\N', CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', [_batch_text], [_row_number], 'duplicate-key', NULL, [_key], CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', [_batch_text], [_row_number], 'truncated', 'identificatie', CAST([_in_identificatie] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_identificatie] IS NOT NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', [_batch_text], [_row_number], 'missing-required', 'identificatie', NULL, CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [identificatie] IS NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', [_batch_text], [_row_number], 'truncated', 'postcode', CAST([_in_postcode] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_postcode] IS NOT NULL
UNION ALL
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', [_batch_text], [_row_number], 'unparsable', 'huisnummer', CAST([_in_huisnummer] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_huisnummer] IS NOT NULL;

SELECT * INTO #ggm_chain FROM (SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[identificatie] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[identificatie] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[identificatie] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT EXISTS (SELECT 1 FROM [silver].[nummeraanduiding] t WHERE t.[identificatie] = p.[identificatie] AND t.[valid_to] IS NULL AND t.[row_hash] = p.[_chain_hash])) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, s.[_row_hash] AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[identificatie] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(s.[_row_hash]) OVER (PARTITION BY s.[identificatie] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c) AS src;

UPDATE [silver].[nummeraanduiding] SET [valid_to] = CASE WHEN [silver].[nummeraanduiding].[row_hash] <> x._ggm_first_hash THEN x._ggm_first_from ELSE x._ggm_change_from END
FROM [silver].[nummeraanduiding] JOIN (SELECT s.[identificatie], MAX(CASE WHEN s.[_first_row] = 1 THEN s.[_chain_hash] END) AS _ggm_first_hash, MAX(CASE WHEN s.[_first_row] = 1 THEN s.[_valid_from] END) AS _ggm_first_from, MAX(CASE WHEN s.[_first_change] = 1 THEN s.[_valid_from] END) AS _ggm_change_from, MAX(CASE WHEN s.[_first_change] = 1 THEN 1 ELSE 0 END) AS _ggm_has_change
FROM #ggm_chain s GROUP BY s.[identificatie]) x ON [silver].[nummeraanduiding].[identificatie] = x.[identificatie] AND [silver].[nummeraanduiding].[valid_to] IS NULL
  AND ([silver].[nummeraanduiding].[row_hash] <> x._ggm_first_hash OR x._ggm_has_change = 1);

INSERT INTO [silver].[nummeraanduiding] ([nummeraanduiding_id], [identificatie], [postcode], [huisnummer], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_version_key], s.[identificatie], s.[postcode], s.[huisnummer], s.[_valid_from], s.[_next_valid_from], s.[_batch_loaded_at], s.[_batch_text], 'brp-nummeraanduiding', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_chain s
WHERE s.[_changes] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[nummeraanduiding] c WHERE c.[identificatie] = s.[identificatie] AND c.[valid_to] IS NULL);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-nummeraanduiding', 'silver.nummeraanduiding', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(SYSDATETIME() AS DATETIME2(6))
FROM #ggm_batch b LEFT JOIN (SELECT [_batch_seq] AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT [_accepted] = 1 THEN 1 END) AS rows_rejected FROM #ggm_stage GROUP BY [_batch_seq]) n ON n.seq = b.seq;

DROP TABLE #ggm_chain;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

