-- ggm load: mapping brp-ingeschreven-persoon → silver.ingeschreven_persoon (99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/IngeschrevenPersoon)

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
WHERE NOT EXISTS (SELECT 1 FROM [meta].[applied_batches] a WHERE a.mapping = 'brp-ingeschreven-persoon' AND a.batch_id = CAST(b.batch_id AS VARCHAR(MAX)))) p) q
WHERE q.seq <= 500 AND (q.seq = 1 OR q.rows_upto <= 200000)) AS src;

SELECT * INTO #ggm_stage FROM (SELECT
  i.[_batch_seq],
  i.[_batch_text],
  i.[_batch_loaded_at],
  i.[_row_number],
  i.[_key],
  i.[_key_1],
  i.[_valid_from],
  i.[anummer],
  CASE WHEN LEN(i.[_in_anummer]) > 20 THEN i.[_in_anummer] END AS [_in_anummer],
  i.[gemeente_van_inschrijving],
  CASE WHEN LEN(i.[_in_gemeente_van_inschrijving]) > 80 THEN i.[_in_gemeente_van_inschrijving] END AS [_in_gemeente_van_inschrijving],
  i.[datum_inschrijving_gemeente],
  CASE WHEN i.[_in_datum_inschrijving_gemeente] IS NOT NULL AND i.[datum_inschrijving_gemeente] IS NULL THEN i.[_in_datum_inschrijving_gemeente] END AS [_in_datum_inschrijving_gemeente],
  i.[datum_begin_geldigheid_verblijfplaats],
  CASE WHEN i.[_in_datum_begin_geldigheid_verblijfplaats] IS NOT NULL AND i.[datum_begin_geldigheid_verblijfplaats] IS NULL THEN i.[_in_datum_begin_geldigheid_verblijfplaats] END AS [_in_datum_begin_geldigheid_verblijfplaats],
  i.[ingezetene_enum_id],
  CASE WHEN i.[_in_ingezetene_enum_id] IS NOT NULL AND i.[ingezetene_enum_id] IS NULL THEN i.[_in_ingezetene_enum_id] END AS [_in_ingezetene_enum_id],
  i.[datum_opschorting_bijhouding],
  CASE WHEN i.[_in_datum_opschorting_bijhouding] IS NOT NULL AND i.[datum_opschorting_bijhouding] IS NULL THEN i.[_in_datum_opschorting_bijhouding] END AS [_in_datum_opschorting_bijhouding],
  i.[reden_opschorting_bijhouding],
  CASE WHEN LEN(i.[_in_reden_opschorting_bijhouding]) > 200 THEN i.[_in_reden_opschorting_bijhouding] END AS [_in_reden_opschorting_bijhouding],
  i.[ouder1],
  CASE WHEN LEN(i.[_in_ouder1]) > 40 THEN i.[_in_ouder1] END AS [_in_ouder1],
  i.[ouder2],
  CASE WHEN LEN(i.[_in_ouder2]) > 40 THEN i.[_in_ouder2] END AS [_in_ouder2],
  i.[partner_id],
  CASE WHEN LEN(i.[_in_partner_id]) > 40 THEN i.[_in_partner_id] END AS [_in_partner_id],
  i.[heeft_als_adres_nummeraanduiding_id],
  CASE WHEN i.[_in_heeft_als_adres_nummeraanduiding_id] IS NOT NULL AND i.[heeft_als_adres_nummeraanduiding_id] IS NULL THEN i.[_in_heeft_als_adres_nummeraanduiding_id] END AS [_in_heeft_als_adres_nummeraanduiding_id],
  i.[heeft_huishouden_id],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[anummer] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[anummer] AS VARCHAR(MAX))) = 0 THEN CAST([i].[anummer] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[anummer] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[gemeente_van_inschrijving] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[gemeente_van_inschrijving] AS VARCHAR(MAX))) = 0 THEN CAST([i].[gemeente_van_inschrijving] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[gemeente_van_inschrijving] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[datum_inschrijving_gemeente] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[datum_begin_geldigheid_verblijfplaats] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[ingezetene_enum_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[datum_opschorting_bijhouding] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[reden_opschorting_bijhouding] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[reden_opschorting_bijhouding] AS VARCHAR(MAX))) = 0 THEN CAST([i].[reden_opschorting_bijhouding] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[reden_opschorting_bijhouding] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[ouder1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[ouder1] AS VARCHAR(MAX))) = 0 THEN CAST([i].[ouder1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[ouder1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[ouder2] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[ouder2] AS VARCHAR(MAX))) = 0 THEN CAST([i].[ouder2] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[ouder2] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[partner_id] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[partner_id] AS VARCHAR(MAX))) = 0 THEN CAST([i].[partner_id] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[partner_id] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[heeft_als_adres_nummeraanduiding_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[heeft_huishouden_id] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
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
    SUBSTRING(CAST([p].[01.01.10] AS VARCHAR(MAX)), 1, 20) AS [anummer],
    CAST([p].[01.01.10] AS VARCHAR(MAX)) AS [_in_anummer],
    SUBSTRING(CAST([p].[08.09.10] AS VARCHAR(MAX)), 1, 80) AS [gemeente_van_inschrijving],
    CAST([p].[08.09.10] AS VARCHAR(MAX)) AS [_in_gemeente_van_inschrijving],
    CAST(CASE WHEN REGEXP_LIKE(trim([p].[08.09.20]), '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([p].[08.09.20]), '^([0-9]{4})((?:0?[1-9]|1[0-9]))((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [datum_inschrijving_gemeente],
    [p].[08.09.20] AS [_in_datum_inschrijving_gemeente],
    CAST(CASE WHEN REGEXP_LIKE(trim([p].[08.10.30]), '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([p].[08.10.30]), '^([0-9]{4})((?:0?[1-9]|1[0-9]))((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [datum_begin_geldigheid_verblijfplaats],
    [p].[08.10.30] AS [_in_datum_begin_geldigheid_verblijfplaats],
    CAST(CASE CASE WHEN (([p].[08.11.10] IS NOT NULL) OR ([p].[08.11.60] IS NOT NULL)) THEN 'Ja' ELSE 'Nee' END WHEN 'Ja' THEN 1 WHEN '1' THEN 1 WHEN 'Nee' THEN 2 WHEN '0' THEN 2 WHEN 'Onbekend' THEN 3 WHEN '-1' THEN 3 WHEN 'Leeg' THEN 4 WHEN '-2' THEN 4 END AS INT) AS [ingezetene_enum_id],
    CASE WHEN (([p].[08.11.10] IS NOT NULL) OR ([p].[08.11.60] IS NOT NULL)) THEN 'Ja' ELSE 'Nee' END AS [_in_ingezetene_enum_id],
    CAST(CASE WHEN REGEXP_LIKE(trim([p].[07.67.10]), '^[0-9]{4}(0?[1-9]|1[0-9])(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([p].[07.67.10]), '^([0-9]{4})((?:0?[1-9]|1[0-9]))((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [datum_opschorting_bijhouding],
    [p].[07.67.10] AS [_in_datum_opschorting_bijhouding],
    SUBSTRING(CAST([p].[07.67.20] AS VARCHAR(MAX)), 1, 200) AS [reden_opschorting_bijhouding],
    CAST([p].[07.67.20] AS VARCHAR(MAX)) AS [_in_reden_opschorting_bijhouding],
    SUBSTRING(CAST([p].[02.01.20] AS VARCHAR(MAX)), 1, 40) AS [ouder1],
    CAST([p].[02.01.20] AS VARCHAR(MAX)) AS [_in_ouder1],
    SUBSTRING(CAST([p].[03.01.20] AS VARCHAR(MAX)), 1, 40) AS [ouder2],
    CAST([p].[03.01.20] AS VARCHAR(MAX)) AS [_in_ouder2],
    SUBSTRING(CAST(CASE WHEN ([p].[05.07.10] IS NULL) THEN [p].[05.01.20] END AS VARCHAR(MAX)), 1, 40) AS [partner_id],
    CAST(CASE WHEN ([p].[05.07.10] IS NULL) THEN [p].[05.01.20] END AS VARCHAR(MAX)) AS [_in_partner_id],
    (SELECT MIN(o.[nummeraanduiding_id]) FROM [silver].[nummeraanduiding] o WHERE o.[identificatie] = [p].[08.11.90] AND o.[valid_to] IS NULL) AS [heeft_als_adres_nummeraanduiding_id],
    [p].[08.11.90] AS [_in_heeft_als_adres_nummeraanduiding_id],
    CASE WHEN CASE WHEN ([p].[06.08.10] IS NULL) THEN [p].[08.11.90] END IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CASE WHEN ([p].[06.08.10] IS NULL) THEN [p].[08.11.90] END) = 0 AND CHARINDEX('|', CASE WHEN ([p].[06.08.10] IS NULL) THEN [p].[08.11.90] END) = 0 THEN CASE WHEN ([p].[06.08.10] IS NULL) THEN [p].[08.11.90] END ELSE REPLACE(REPLACE(CASE WHEN ([p].[06.08.10] IS NULL) THEN [p].[08.11.90] END, '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [heeft_huishouden_id]
  FROM [bronze].[brp_personen] [p]
  JOIN #ggm_batch [_ggm_b] ON [p].[_batch_id] = [_ggm_b].batch_id
  WHERE (([p].[column_1] IS NOT NULL))
) i) AS src;

INSERT INTO [meta].[load_findings] (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'missing-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'duplicate-key', NULL, COALESCE(CASE WHEN CHARINDEX('\', CAST([_key_1] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([_key_1] AS VARCHAR(MAX))) = 0 THEN CAST([_key_1] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([_key_1] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N'), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_key] IS NOT NULL AND [_duplicate] = 1
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'truncated', 'anummer', CAST([_in_anummer] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_anummer] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'truncated', 'gemeente_van_inschrijving', CAST([_in_gemeente_van_inschrijving] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_gemeente_van_inschrijving] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'unparsable', 'datum_inschrijving_gemeente', CAST([_in_datum_inschrijving_gemeente] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_inschrijving_gemeente] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'unparsable', 'datum_begin_geldigheid_verblijfplaats', CAST([_in_datum_begin_geldigheid_verblijfplaats] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_begin_geldigheid_verblijfplaats] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'unmapped-code', 'ingezetene_enum_id', CAST([_in_ingezetene_enum_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_ingezetene_enum_id] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'unparsable', 'datum_opschorting_bijhouding', CAST([_in_datum_opschorting_bijhouding] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_datum_opschorting_bijhouding] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'truncated', 'reden_opschorting_bijhouding', CAST([_in_reden_opschorting_bijhouding] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_reden_opschorting_bijhouding] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'truncated', 'ouder1', CAST([_in_ouder1] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_ouder1] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'truncated', 'ouder2', CAST([_in_ouder2] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_ouder2] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'truncated', 'partner_id', CAST([_in_partner_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_partner_id] IS NOT NULL
UNION ALL
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', [_batch_text], [_row_number], 'unresolved-reference', 'heeft_als_adres_nummeraanduiding_id', CAST([_in_heeft_als_adres_nummeraanduiding_id] AS VARCHAR(MAX)), CAST(SYSDATETIME() AS DATETIME2(6)) FROM #ggm_stage WHERE [_in_heeft_als_adres_nummeraanduiding_id] IS NOT NULL;

SELECT * INTO #ggm_chain FROM (SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] t WHERE t.[rechtspersoon_id] = p.[_key] AND t.[row_hash] = p.[_chain_hash])) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, s.[_row_hash] AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(s.[_row_hash]) OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM #ggm_stage s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c) AS src;

DELETE FROM [silver].[ingeschreven_persoon]
WHERE EXISTS (SELECT 1 FROM #ggm_chain s WHERE [silver].[ingeschreven_persoon].[rechtspersoon_id] = s.[_key] AND ((s.[_first_row] = 1 AND s.[_chain_hash] <> [silver].[ingeschreven_persoon].[row_hash]) OR (s.[_changes] = 1 AND NOT s.[_first_row] = 1)));

INSERT INTO [silver].[ingeschreven_persoon] ([rechtspersoon_id], [anummer], [gemeente_van_inschrijving], [datum_inschrijving_gemeente], [datum_begin_geldigheid_verblijfplaats], [ingezetene_enum_id], [datum_opschorting_bijhouding], [reden_opschorting_bijhouding], [ouder1], [ouder2], [partner_id], [heeft_als_adres_nummeraanduiding_id], [heeft_huishouden_id], [valid_from], [valid_to], [registered_at], [load_batch_id], [load_source], [loaded_at], [row_hash])
SELECT s.[_key], s.[anummer], s.[gemeente_van_inschrijving], s.[datum_inschrijving_gemeente], s.[datum_begin_geldigheid_verblijfplaats], s.[ingezetene_enum_id], s.[datum_opschorting_bijhouding], s.[reden_opschorting_bijhouding], s.[ouder1], s.[ouder2], s.[partner_id], s.[heeft_als_adres_nummeraanduiding_id], s.[heeft_huishouden_id], s.[_valid_from], NULL, s.[_batch_loaded_at], s.[_batch_text], 'brp-ingeschreven-persoon', CAST(SYSDATETIME() AS DATETIME2(6)), s.[_row_hash]
FROM #ggm_chain s
WHERE s.[_last_change] = 1
  AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] c WHERE c.[rechtspersoon_id] = s.[_key]);

INSERT INTO [meta].[applied_batches] (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)
SELECT 'brp-ingeschreven-persoon', 'silver.ingeschreven_persoon', b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), CAST(SYSDATETIME() AS DATETIME2(6))
FROM #ggm_batch b LEFT JOIN (SELECT [_batch_seq] AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT [_accepted] = 1 THEN 1 END) AS rows_rejected FROM #ggm_stage GROUP BY [_batch_seq]) n ON n.seq = b.seq;

DROP TABLE #ggm_chain;

DROP TABLE #ggm_stage;

DROP TABLE #ggm_batch;

COMMIT TRANSACTION;

