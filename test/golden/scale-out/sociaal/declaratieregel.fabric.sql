-- ggm load: mapping istandaarden-declaratieregel → silver.declaratieregel (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Declaratieregel)

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
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'istandaarden-declaratieregel' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))) p) q
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
  i.[bedrag],
  i.[datum_start],
  CASE WHEN i.[_in_datum_start] IS NOT NULL AND i.[datum_start] IS NULL THEN i.[_in_datum_start] END AS [_in_datum_start],
  i.[datum_einde],
  CASE WHEN i.[_in_datum_einde] IS NOT NULL AND i.[datum_einde] IS NULL THEN i.[_in_datum_einde] END AS [_in_datum_einde],
  i.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id],
  i.[betreft_client_id],
  i.[is_op_basis_van_toewijzing_id],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[code] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[code] AS VARCHAR(MAX))) = 0 THEN CAST([i].[code] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[code] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[bedrag] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[datum_start] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[datum_einde] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[betreft_client_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[is_op_basis_van_toewijzing_id] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [t].[_row_number] AS [_row_number],
    CASE WHEN [t].[afzender] IS NULL OR [t].[wet] IS NULL OR [t].[referentie_nummer] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[afzender]) = 0 AND CHARINDEX('|', [t].[afzender]) = 0 THEN [t].[afzender] ELSE REPLACE(REPLACE([t].[afzender], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[wet]) = 0 AND CHARINDEX('|', [t].[wet]) = 0 THEN [t].[wet] ELSE REPLACE(REPLACE([t].[wet], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[referentie_nummer]) = 0 AND CHARINDEX('|', [t].[referentie_nummer]) = 0 THEN [t].[referentie_nummer] ELSE REPLACE(REPLACE([t].[referentie_nummer], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [t].[afzender] AS [_key_1],
    [t].[wet] AS [_key_2],
    [t].[referentie_nummer] AS [_key_3],
    CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS [_valid_from],
    SUBSTRING(CAST(concat([t].[product_categorie], [t].[product_code]) AS VARCHAR(MAX)), 1, 20) AS [code],
    CAST(concat([t].[product_categorie], [t].[product_code]) AS VARCHAR(MAX)) AS [_in_code],
    CAST((CAST(CASE WHEN ([t].[debet_credit] = 'C') THEN (0 - CASE WHEN REGEXP_LIKE(trim([t].[ingediend_bedrag_cent]), '^[+-]?[0-9]{1,18}$') THEN CAST(trim([t].[ingediend_bedrag_cent]) AS BIGINT) END) ELSE CASE WHEN REGEXP_LIKE(trim([t].[ingediend_bedrag_cent]), '^[+-]?[0-9]{1,18}$') THEN CAST(trim([t].[ingediend_bedrag_cent]) AS BIGINT) END END AS DECIMAL(38, 10)) / 100) AS DECIMAL(12,2)) AS [bedrag],
    CAST(CASE WHEN REGEXP_LIKE(trim([t].[begindatum]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([t].[begindatum]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [datum_start],
    [t].[begindatum] AS [_in_datum_start],
    CAST(CASE WHEN REGEXP_LIKE(trim([t].[einddatum]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([t].[einddatum]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [datum_einde],
    [t].[einddatum] AS [_in_datum_einde],
    CASE WHEN [t].[afzender] IS NULL OR [t].[wet] IS NULL OR [t].[declaratie_nummer] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[afzender]) = 0 AND CHARINDEX('|', [t].[afzender]) = 0 THEN [t].[afzender] ELSE REPLACE(REPLACE([t].[afzender], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[wet]) = 0 AND CHARINDEX('|', [t].[wet]) = 0 THEN [t].[wet] ELSE REPLACE(REPLACE([t].[wet], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[declaratie_nummer]) = 0 AND CHARINDEX('|', [t].[declaratie_nummer]) = 0 THEN [t].[declaratie_nummer] ELSE REPLACE(REPLACE([t].[declaratie_nummer], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [valt_binnen_declaratie_generiek_jeugd_en_wmo_id],
    CASE WHEN [t].[bsn] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[bsn]) = 0 AND CHARINDEX('|', [t].[bsn]) = 0 THEN [t].[bsn] ELSE REPLACE(REPLACE([t].[bsn], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [betreft_client_id],
    CASE WHEN [t].[ontvanger] IS NULL OR [t].[wet] IS NULL OR [t].[toewijzing_nummer] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[ontvanger]) = 0 AND CHARINDEX('|', [t].[ontvanger]) = 0 THEN [t].[ontvanger] ELSE REPLACE(REPLACE([t].[ontvanger], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[wet]) = 0 AND CHARINDEX('|', [t].[wet]) = 0 THEN [t].[wet] ELSE REPLACE(REPLACE([t].[wet], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[toewijzing_nummer]) = 0 AND CHARINDEX('|', [t].[toewijzing_nummer]) = 0 THEN [t].[toewijzing_nummer] ELSE REPLACE(REPLACE([t].[toewijzing_nummer], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [is_op_basis_van_toewijzing_id]
  FROM [bronze].[istandaarden] [t]
  JOIN #ggm_batch [_ggm_b] ON [t].[_batch_id] = [_ggm_b].batch_id
  WHERE (([t].[regel_soort] = 'prestatie'))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'istandaarden-declaratieregel', 'silver.declaratieregel', [_batch_text], [_row_number], 'missing-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_2] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_2] AS VARCHAR(MAX))) = 0 THEN CAST([_key_2] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_2] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_3] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_3] AS VARCHAR(MAX))) = 0 THEN CAST([_key_3] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_3] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'istandaarden-declaratieregel', 'silver.declaratieregel', [_batch_text], [_row_number], 'duplicate-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_2] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_2] AS VARCHAR(MAX))) = 0 THEN CAST([_key_2] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_2] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_3] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_3] AS VARCHAR(MAX))) = 0 THEN CAST([_key_3] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_3] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'istandaarden-declaratieregel', 'silver.declaratieregel', [_batch_text], [_row_number], 'truncated', 'code', CAST([_in_code] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_code] IS NOT NULL
UNION ALL
SELECT 'istandaarden-declaratieregel', 'silver.declaratieregel', [_batch_text], [_row_number], 'unparsable', 'datum_start', CAST([_in_datum_start] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_start] IS NOT NULL
UNION ALL
SELECT 'istandaarden-declaratieregel', 'silver.declaratieregel', [_batch_text], [_row_number], 'unparsable', 'datum_einde', CAST([_in_datum_einde] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_einde] IS NOT NULL;

SELECT * INTO #ggm_chain FROM (SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT EXISTS (SELECT 1 FROM [silver].[declaratieregel] t WHERE t.[declaratieregel_id] = p.[_key] AND t.[row_hash] = p.[_chain_hash])) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, s.[_row_hash] AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(s.[_row_hash]) OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c) AS src;

DELETE FROM [silver].[declaratieregel]
WHERE EXISTS (SELECT 1 FROM #ggm_chain s WHERE [silver].[declaratieregel].[declaratieregel_id] = s.[_key] AND ((s.[_first_row] = 1 AND s.[_chain_hash] <> [silver].[declaratieregel].[row_hash]) OR (s.[_changes] = 1 AND NOT s.[_first_row] = 1)));

INSERT INTO [silver].[declaratieregel] ([declaratieregel_id], [code], [bedrag], [datum_start], [datum_einde], [valt_binnen_declaratie_generiek_jeugd_en_wmo_id], [betreft_client_id], [is_op_basis_van_toewijzing_id], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_key], s.[code], s.[bedrag], s.[datum_start], s.[datum_einde], s.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id], s.[betreft_client_id], s.[is_op_basis_van_toewijzing_id], s.[_valid_from], NULL, s.[_batch_loaded_at], s.[_batch_text], 'istandaarden-declaratieregel', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_chain s
WHERE s.[_last_change] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[declaratieregel] c WHERE c.[declaratieregel_id] = s.[_key]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'istandaarden-declaratieregel', 'silver.declaratieregel', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(SYSDATETIME() AS DATETIME2(6))
FROM #ggm_batch b LEFT JOIN (SELECT [_batch_seq] AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT [_accepted] = 1 THEN 1 END) AS rows_rejected FROM #ggm_stage GROUP BY [_batch_seq]) n ON n.seq = b.seq;

DROP TABLE #ggm_chain;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

