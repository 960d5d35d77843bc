{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-levering → silver.levering (6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Levering)
-- history: none; generated from the load plan for fabric (ggm compile --engine fabric); do not edit
WITH [ggm_batch] AS (
SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (ORDER BY p.loaded_at, p.batch_text) AS seq
FROM (SELECT b.batch_id, CAST(b.batch_id AS VARCHAR(MAX)) AS batch_text, b.loaded_at FROM (SELECT [_batch_id] AS batch_id, MIN(CAST([_loaded_at] AS DATETIME2(6))) AS loaded_at FROM {{ source('bronze', 'istandaarden') }} GROUP BY [_batch_id]) b) p
),
[ggm_stage] AS (
SELECT
  i.[_batch_seq],
  i.[_batch_text],
  i.[_batch_loaded_at],
  i.[_row_number],
  i.[_key],
  i.[_key_1],
  i.[_key_2],
  i.[_key_3],
  i.[_key_4],
  i.[_key_5],
  i.[_valid_from],
  i.[_delete],
  i.[datum_start],
  CASE WHEN i.[_in_datum_start] IS NOT NULL AND i.[datum_start] IS NULL THEN i.[_in_datum_start] END AS [_in_datum_start],
  i.[code],
  CASE WHEN LEN(i.[_in_code]) > 20 THEN i.[_in_code] END AS [_in_code],
  i.[datum_stop],
  i.[stopreden],
  i.[geleverde_zorg_toewijzing_id],
  i.[leverde_prestatie_leverancier_sociaal_domein_generiek_id],
  i.[prestatie_voor_client_id],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CAST([i].[datum_start] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[code] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[code] AS VARCHAR(MAX))) = 0 THEN CAST([i].[code] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[code] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[datum_stop] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[stopreden] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[stopreden] AS VARCHAR(MAX))) = 0 THEN CAST([i].[stopreden] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[stopreden] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CAST([i].[geleverde_zorg_toewijzing_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[leverde_prestatie_leverancier_sociaal_domein_generiek_id] AS VARCHAR(MAX)), '\N') + '|' + COALESCE(CAST([i].[prestatie_voor_client_id] AS VARCHAR(MAX)), '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [t].[_row_number] AS [_row_number],
    CASE WHEN [t].[afzender] IS NULL OR [t].[wet] IS NULL OR [t].[bsn] IS NULL OR [t].[toewijzing_nummer] IS NULL OR [t].[begindatum] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[afzender]) = 0 AND CHARINDEX('|', [t].[afzender]) = 0 THEN [t].[afzender] ELSE REPLACE(REPLACE([t].[afzender], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[wet]) = 0 AND CHARINDEX('|', [t].[wet]) = 0 THEN [t].[wet] ELSE REPLACE(REPLACE([t].[wet], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[bsn]) = 0 AND CHARINDEX('|', [t].[bsn]) = 0 THEN [t].[bsn] ELSE REPLACE(REPLACE([t].[bsn], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[toewijzing_nummer]) = 0 AND CHARINDEX('|', [t].[toewijzing_nummer]) = 0 THEN [t].[toewijzing_nummer] ELSE REPLACE(REPLACE([t].[toewijzing_nummer], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[begindatum]) = 0 AND CHARINDEX('|', [t].[begindatum]) = 0 THEN [t].[begindatum] ELSE REPLACE(REPLACE([t].[begindatum], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [t].[afzender] AS [_key_1],
    [t].[wet] AS [_key_2],
    [t].[bsn] AS [_key_3],
    [t].[toewijzing_nummer] AS [_key_4],
    [t].[begindatum] AS [_key_5],
    CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS [_valid_from],
    CASE WHEN ([s].[status_aanlevering] = '3') THEN 1 ELSE 0 END AS [_delete],
    CAST(CASE WHEN REGEXP_LIKE(trim([t].[begindatum]), '^[0-9]{4}-(0?[1-9]|1[0-9])-(0?[1-9]|[1-3][0-9])$') THEN TRY_CONVERT(DATE, REGEXP_REPLACE(REGEXP_REPLACE(trim([t].[begindatum]), '^([0-9]{4})-((?:0?[1-9]|1[0-9]))-((?:0?[1-9]|[1-3][0-9]))$', '\1-\2-\3 00:00:00'), '\b([0-9])\b', '0\1'), 120) END AS DATE) AS [datum_start],
    [t].[begindatum] AS [_in_datum_start],
    SUBSTRING(CAST(concat([t].[product_categorie], [t].[product_code]) AS VARCHAR(MAX)), 1, 20) AS [code],
    CAST(concat([t].[product_categorie], [t].[product_code]) AS VARCHAR(MAX)) AS [_in_code],
    CAST((cast((select top (1) b.einddatum from bronze.istandaarden b where b.regel_soort = 'stop' and b.afzender = t.afzender and b.wet = t.wet and b.bsn = t.bsn and b.toewijzing_nummer = t.toewijzing_nummer and b.begindatum = t.begindatum and coalesce(b.status_aanlevering, '') <> '3' and not exists (select 1 from bronze.istandaarden d where d.regel_soort = 'stop' and d.status_aanlevering = '3' and d.afzender = b.afzender and d.wet = b.wet and d.bsn = b.bsn and d.toewijzing_nummer = b.toewijzing_nummer and d.begindatum = b.begindatum and d.reden_beeindiging = b.reden_beeindiging and (d.dagtekening > b.dagtekening or (d.dagtekening = b.dagtekening and d.identificatie > b.identificatie))) order by b.dagtekening desc, b.identificatie desc, b._row_number desc) as date)) AS DATE) AS [datum_stop],
    CAST(((select top (1) b.reden_beeindiging from bronze.istandaarden b where b.regel_soort = 'stop' and b.afzender = t.afzender and b.wet = t.wet and b.bsn = t.bsn and b.toewijzing_nummer = t.toewijzing_nummer and b.begindatum = t.begindatum and coalesce(b.status_aanlevering, '') <> '3' and not exists (select 1 from bronze.istandaarden d where d.regel_soort = 'stop' and d.status_aanlevering = '3' and d.afzender = b.afzender and d.wet = b.wet and d.bsn = b.bsn and d.toewijzing_nummer = b.toewijzing_nummer and d.begindatum = b.begindatum and d.reden_beeindiging = b.reden_beeindiging and (d.dagtekening > b.dagtekening or (d.dagtekening = b.dagtekening and d.identificatie > b.identificatie))) order by b.dagtekening desc, b.identificatie desc, b._row_number desc)) AS VARCHAR(MAX)) AS [stopreden],
    CASE WHEN [t].[ontvanger] IS NULL OR [t].[wet] IS NULL OR [t].[toewijzing_nummer] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[ontvanger]) = 0 AND CHARINDEX('|', [t].[ontvanger]) = 0 THEN [t].[ontvanger] ELSE REPLACE(REPLACE([t].[ontvanger], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[wet]) = 0 AND CHARINDEX('|', [t].[wet]) = 0 THEN [t].[wet] ELSE REPLACE(REPLACE([t].[wet], '\', '\\'), '|', '\|') END, '\N') + '|' + COALESCE(CASE WHEN CHARINDEX('\', [t].[toewijzing_nummer]) = 0 AND CHARINDEX('|', [t].[toewijzing_nummer]) = 0 THEN [t].[toewijzing_nummer] ELSE REPLACE(REPLACE([t].[toewijzing_nummer], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [geleverde_zorg_toewijzing_id],
    CASE WHEN [t].[afzender] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[afzender]) = 0 AND CHARINDEX('|', [t].[afzender]) = 0 THEN [t].[afzender] ELSE REPLACE(REPLACE([t].[afzender], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [leverde_prestatie_leverancier_sociaal_domein_generiek_id],
    CASE WHEN [t].[bsn] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[bsn]) = 0 AND CHARINDEX('|', [t].[bsn]) = 0 THEN [t].[bsn] ELSE REPLACE(REPLACE([t].[bsn], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [prestatie_voor_client_id]
  FROM {{ source('bronze', 'istandaarden') }} [t]
  JOIN [ggm_batch] [_ggm_b] ON [t].[_batch_id] = [_ggm_b].batch_id
  LEFT JOIN (SELECT * FROM (SELECT [s].*, ROW_NUMBER() OVER (PARTITION BY [s].[afzender], [s].[wet], [s].[bsn], [s].[toewijzing_nummer], [s].[begindatum] ORDER BY CASE WHEN [s].[dagtekening] IS NULL THEN 1 ELSE 0 END, [s].[dagtekening] DESC, CASE WHEN [s].[identificatie] IS NULL THEN 1 ELSE 0 END, [s].[identificatie] DESC, [s].[_loaded_at] DESC, CAST([s].[_batch_id] AS VARCHAR(MAX)) DESC, [s].[_row_number] DESC) AS _ggm_rank FROM {{ source('bronze', 'istandaarden') }} [s] WHERE ([s].[regel_soort] = 'start')) ranked WHERE _ggm_rank = 1) [s] ON ((((([s].[afzender] = [t].[afzender]) AND ([s].[wet] = [t].[wet])) AND ([s].[bsn] = [t].[bsn])) AND ([s].[toewijzing_nummer] = [t].[toewijzing_nummer])) AND ([s].[begindatum] = [t].[begindatum]))
  WHERE ((([t].[regel_soort] = 'start') OR ([t].[regel_soort] = 'stop')))
) i
),
[ggm_chain] AS (
SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT 1 = 0) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, CASE WHEN s.[_delete] = 1 THEN 'tombstone' ELSE s.[_row_hash] END AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(CASE WHEN s.[_delete] = 1 THEN 'tombstone' ELSE s.[_row_hash] END) OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM [ggm_stage] s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c
)
SELECT
  s.[_key] AS [levering_id],
  s.[datum_start] AS [datum_start],
  s.[code] AS [code],
  s.[datum_stop] AS [datum_stop],
  s.[stopreden] AS [stopreden],
  s.[geleverde_zorg_toewijzing_id] AS [geleverde_zorg_toewijzing_id],
  s.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] AS [leverde_prestatie_leverancier_sociaal_domein_generiek_id],
  s.[prestatie_voor_client_id] AS [prestatie_voor_client_id],
  s.[_valid_from] AS [valid_from],
  NULL AS [valid_to],
  s.[_batch_loaded_at] AS [registered_at],
  s.[_batch_text] AS [load_batch_id],
  'istandaarden-levering' AS [load_source],
  CAST(SYSDATETIME() AS DATETIME2(6)) AS [loaded_at],
  s.[_row_hash] AS [row_hash]
FROM [ggm_chain] s
WHERE s.[_last_change] = 1 AND NOT s.[_delete] = 1
