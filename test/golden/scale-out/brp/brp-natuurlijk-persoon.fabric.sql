-- ggm load: mapping brp-natuurlijk-persoon → silver.natuurlijk_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/NatuurlijkPersoon)

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
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at, b.row_count FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at, COUNT(*) AS row_count FROM [bronze].[brp_personen] GROUP BY [_batch_id]) b
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'brp-natuurlijk-persoon' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000)) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_batch_seq],
  i.[_batch_text],
  i.[_batch_loaded_at],
  i.[_row_number],
  i.[_key],
  i.[_key_1],
  i.[_valid_from],
  i.[burgerservicenummer],
  CASE WHEN LEN(i.[_in_burgerservicenummer]) > 9 THEN i.[_in_burgerservicenummer] END AS [_in_burgerservicenummer],
  i.[anummer],
  CASE WHEN LEN(i.[_in_anummer]) > 20 THEN i.[_in_anummer] END AS [_in_anummer],
  i.[voornamen],
  CASE WHEN LEN(i.[_in_voornamen]) > 200 THEN i.[_in_voornamen] END AS [_in_voornamen],
  i.[voorvoegsel_geslachtsnaam],
  CASE WHEN LEN(i.[_in_voorvoegsel_geslachtsnaam]) > 80 THEN i.[_in_voorvoegsel_geslachtsnaam] END AS [_in_voorvoegsel_geslachtsnaam],
  i.[geslachtsnaam],
  CASE WHEN LEN(i.[_in_geslachtsnaam]) > 200 THEN i.[_in_geslachtsnaam] END AS [_in_geslachtsnaam],
  i.[datum_geboorte],
  CASE WHEN LEN(i.[_in_datum_geboorte]) > 22 THEN i.[_in_datum_geboorte] END AS [_in_datum_geboorte],
  i.[geboorteplaats],
  CASE WHEN LEN(i.[_in_geboorteplaats]) > 200 THEN i.[_in_geboorteplaats] END AS [_in_geboorteplaats],
  i.[geslachtsaanduiding],
  CASE WHEN LEN(i.[_in_geslachtsaanduiding]) > 1 THEN i.[_in_geslachtsaanduiding] END AS [_in_geslachtsaanduiding],
  i.[datum_overlijden],
  CASE WHEN LEN(i.[_in_datum_overlijden]) > 22 THEN i.[_in_datum_overlijden] END AS [_in_datum_overlijden],
  i.[indicatie_overleden],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[burgerservicenummer] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[burgerservicenummer] AS VARCHAR(MAX))) = 0 THEN CAST([i].[burgerservicenummer] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[burgerservicenummer] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[anummer] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[anummer] AS VARCHAR(MAX))) = 0 THEN CAST([i].[anummer] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[anummer] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[voornamen] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[voornamen] AS VARCHAR(MAX))) = 0 THEN CAST([i].[voornamen] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[voornamen] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[voorvoegsel_geslachtsnaam] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[voorvoegsel_geslachtsnaam] AS VARCHAR(MAX))) = 0 THEN CAST([i].[voorvoegsel_geslachtsnaam] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[voorvoegsel_geslachtsnaam] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[geslachtsnaam] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[geslachtsnaam] AS VARCHAR(MAX))) = 0 THEN CAST([i].[geslachtsnaam] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[geslachtsnaam] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[datum_geboorte] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[datum_geboorte] AS VARCHAR(MAX))) = 0 THEN CAST([i].[datum_geboorte] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[datum_geboorte] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[geboorteplaats] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[geboorteplaats] AS VARCHAR(MAX))) = 0 THEN CAST([i].[geboorteplaats] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[geboorteplaats] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[geslachtsaanduiding] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[geslachtsaanduiding] AS VARCHAR(MAX))) = 0 THEN CAST([i].[geslachtsaanduiding] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[geslachtsaanduiding] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[datum_overlijden] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[datum_overlijden] AS VARCHAR(MAX))) = 0 THEN CAST([i].[datum_overlijden] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[datum_overlijden] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[indicatie_overleden] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [p].[_row_number] AS [_row_number],
    CASE WHEN [p].[01.01.20] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [p].[01.01.20]) = 0 AND CHARINDEX('|', [p].[01.01.20]) = 0 THEN [p].[01.01.20] ELSE REPLACE(REPLACE([p].[01.01.20], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [p].[01.01.20] AS [_key_1],
    CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS [_valid_from],
    SUBSTRING(CAST([p].[01.01.20] AS VARCHAR(MAX)), 1, 9) AS [burgerservicenummer],
    CAST([p].[01.01.20] AS VARCHAR(MAX)) AS [_in_burgerservicenummer],
    SUBSTRING(CAST([p].[01.01.10] AS VARCHAR(MAX)), 1, 20) AS [anummer],
    CAST([p].[01.01.10] AS VARCHAR(MAX)) AS [_in_anummer],
    SUBSTRING(CAST([p].[01.02.10] AS VARCHAR(MAX)), 1, 200) AS [voornamen],
    CAST([p].[01.02.10] AS VARCHAR(MAX)) AS [_in_voornamen],
    SUBSTRING(CAST([p].[01.02.30] AS VARCHAR(MAX)), 1, 80) AS [voorvoegsel_geslachtsnaam],
    CAST([p].[01.02.30] AS VARCHAR(MAX)) AS [_in_voorvoegsel_geslachtsnaam],
    SUBSTRING(CAST([p].[01.02.40] AS VARCHAR(MAX)), 1, 200) AS [geslachtsnaam],
    CAST([p].[01.02.40] AS VARCHAR(MAX)) AS [_in_geslachtsnaam],
    SUBSTRING(CAST(CASE WHEN ([p].[01.03.10] IS NULL) THEN NULL ELSE concat(SUBSTRING([p].[01.03.10], 1, 4), '-', SUBSTRING([p].[01.03.10], 5, 2), '-', SUBSTRING([p].[01.03.10], 7, 2)) END AS VARCHAR(MAX)), 1, 22) AS [datum_geboorte],
    CAST(CASE WHEN ([p].[01.03.10] IS NULL) THEN NULL ELSE concat(SUBSTRING([p].[01.03.10], 1, 4), '-', SUBSTRING([p].[01.03.10], 5, 2), '-', SUBSTRING([p].[01.03.10], 7, 2)) END AS VARCHAR(MAX)) AS [_in_datum_geboorte],
    SUBSTRING(CAST([p].[01.03.20] AS VARCHAR(MAX)), 1, 200) AS [geboorteplaats],
    CAST([p].[01.03.20] AS VARCHAR(MAX)) AS [_in_geboorteplaats],
    SUBSTRING(CAST([p].[01.04.10] AS VARCHAR(MAX)), 1, 1) AS [geslachtsaanduiding],
    CAST([p].[01.04.10] AS VARCHAR(MAX)) AS [_in_geslachtsaanduiding],
    SUBSTRING(CAST(CASE WHEN ([p].[06.08.10] IS NULL) THEN NULL ELSE concat(SUBSTRING([p].[06.08.10], 1, 4), '-', SUBSTRING([p].[06.08.10], 5, 2), '-', SUBSTRING([p].[06.08.10], 7, 2)) END AS VARCHAR(MAX)), 1, 22) AS [datum_overlijden],
    CAST(CASE WHEN ([p].[06.08.10] IS NULL) THEN NULL ELSE concat(SUBSTRING([p].[06.08.10], 1, 4), '-', SUBSTRING([p].[06.08.10], 5, 2), '-', SUBSTRING([p].[06.08.10], 7, 2)) END AS VARCHAR(MAX)) AS [_in_datum_overlijden],
    CAST(CASE WHEN ([p].[06.08.10] IS NOT NULL) THEN 1 WHEN NOT ([p].[06.08.10] IS NOT NULL) THEN 0 END AS BIT) AS [indicatie_overleden]
  FROM [bronze].[brp_personen] [p]
  JOIN #ggm_batch [_ggm_b] ON [p].[_batch_id] = [_ggm_b].batch_id
  WHERE (([p].[column_1] IS NOT NULL))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'missing-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'duplicate-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'burgerservicenummer', CAST([_in_burgerservicenummer] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_burgerservicenummer] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'anummer', CAST([_in_anummer] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_anummer] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'voornamen', CAST([_in_voornamen] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_voornamen] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'voorvoegsel_geslachtsnaam', CAST([_in_voorvoegsel_geslachtsnaam] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_voorvoegsel_geslachtsnaam] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'geslachtsnaam', CAST([_in_geslachtsnaam] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_geslachtsnaam] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'datum_geboorte', CAST([_in_datum_geboorte] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_geboorte] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'geboorteplaats', CAST([_in_geboorteplaats] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_geboorteplaats] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'geslachtsaanduiding', CAST([_in_geslachtsaanduiding] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_geslachtsaanduiding] IS NOT NULL
UNION ALL
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', [_batch_text], [_row_number], 'truncated', 'datum_overlijden', CAST([_in_datum_overlijden] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_overlijden] IS NOT NULL;

SELECT * INTO #ggm_chain FROM (SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT EXISTS (SELECT 1 FROM [silver].[natuurlijk_persoon] t WHERE t.[rechtspersoon_id] = p.[_key] AND t.[row_hash] = p.[_chain_hash])) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, s.[_row_hash] AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(s.[_row_hash]) OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c) AS src;

DELETE FROM [silver].[natuurlijk_persoon]
WHERE EXISTS (SELECT 1 FROM #ggm_chain s WHERE [silver].[natuurlijk_persoon].[rechtspersoon_id] = s.[_key] AND ((s.[_first_row] = 1 AND s.[_chain_hash] <> [silver].[natuurlijk_persoon].[row_hash]) OR (s.[_changes] = 1 AND NOT s.[_first_row] = 1)));

INSERT INTO [silver].[natuurlijk_persoon] ([rechtspersoon_id], [burgerservicenummer], [anummer], [voornamen], [voorvoegsel_geslachtsnaam], [geslachtsnaam], [datum_geboorte], [geboorteplaats], [geslachtsaanduiding], [datum_overlijden], [indicatie_overleden], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_key], s.[burgerservicenummer], s.[anummer], s.[voornamen], s.[voorvoegsel_geslachtsnaam], s.[geslachtsnaam], s.[datum_geboorte], s.[geboorteplaats], s.[geslachtsaanduiding], s.[datum_overlijden], s.[indicatie_overleden], s.[_valid_from], NULL, s.[_batch_loaded_at], s.[_batch_text], 'brp-natuurlijk-persoon', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_chain s
WHERE s.[_last_change] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[natuurlijk_persoon] c WHERE c.[rechtspersoon_id] = s.[_key]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-natuurlijk-persoon', 'silver.natuurlijk_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(SYSDATETIME() AS DATETIME2(6))
FROM #ggm_batch b LEFT JOIN (SELECT [_batch_seq] AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT [_accepted] = 1 THEN 1 END) AS rows_rejected FROM #ggm_stage GROUP BY [_batch_seq]) n ON n.seq = b.seq;

DROP TABLE #ggm_chain;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

