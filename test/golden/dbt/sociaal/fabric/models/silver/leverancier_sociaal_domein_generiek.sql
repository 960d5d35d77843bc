{{ config(materialized='table') }}

-- ggm export dbt: mapping istandaarden-leverancier → silver.leverancier_sociaal_domein_generiek (6 Sociaal Domein/Sociaal Domein Generiek/Model Sociaal Domein Generiek/Leverancier)
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
  i.[_valid_from],
  i.[agb_code],
  CASE WHEN LEN(i.[_in_agb_code]) > 40 THEN i.[_in_agb_code] END AS [_in_agb_code],
  LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', CAST([i].[agb_code] AS VARCHAR(MAX))) = 0 AND CHARINDEX('|', CAST([i].[agb_code] AS VARCHAR(MAX))) = 0 THEN CAST([i].[agb_code] AS VARCHAR(MAX)) ELSE REPLACE(REPLACE(CAST([i].[agb_code] AS VARCHAR(MAX)), '\', '\\'), '|', '\|') END, '\N')), 2)) AS [_row_hash],
  CASE WHEN (i.[_key] IS NOT NULL) THEN 1 ELSE 0 END AS [_accepted],
  CASE WHEN ROW_NUMBER() OVER (PARTITION BY i.[_batch_seq], i.[_key] ORDER BY i.[_row_number] DESC) > 1 THEN 1 ELSE 0 END AS [_duplicate]
FROM (
  SELECT
    [_ggm_b].[seq] AS [_batch_seq],
    [_ggm_b].[batch_text] AS [_batch_text],
    [_ggm_b].[loaded_at] AS [_batch_loaded_at],
    [t].[_row_number] AS [_row_number],
    CASE WHEN [t].[ontvanger] IS NULL THEN NULL ELSE CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', COALESCE(CASE WHEN CHARINDEX('\', [t].[ontvanger]) = 0 AND CHARINDEX('|', [t].[ontvanger]) = 0 THEN [t].[ontvanger] ELSE REPLACE(REPLACE([t].[ontvanger], '\', '\\'), '|', '\|') END, '\N')), 2)), 1, 15), 2)) END AS [_key],
    [t].[ontvanger] AS [_key_1],
    CAST([_ggm_b].[loaded_at] AS DATETIME2(6)) AS [_valid_from],
    SUBSTRING(CAST([t].[ontvanger] AS VARCHAR(MAX)), 1, 40) AS [agb_code],
    CAST([t].[ontvanger] AS VARCHAR(MAX)) AS [_in_agb_code]
  FROM {{ source('bronze', 'istandaarden') }} [t]
  JOIN [ggm_batch] [_ggm_b] ON [t].[_batch_id] = [_ggm_b].batch_id
  WHERE ((([t].[regel_soort] = 'toewijzing') AND ([t].[regel_index] = '1')))
) i
),
[ggm_chain] AS (
SELECT c.*,
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_change],
  CASE WHEN c.[_changes] = 1 AND ROW_NUMBER() OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq] DESC) = 1 THEN 1 ELSE 0 END AS [_last_change],
  CASE WHEN c.[_changes] = 1 THEN LEAD(c.[_valid_from]) OVER (PARTITION BY c.[_changes], c.[_key] ORDER BY c.[_batch_seq]) END AS [_next_valid_from]
FROM (SELECT p.*, CASE WHEN ((p.[_first_row] = 1 AND NOT 1 = 0) OR (NOT p.[_first_row] = 1 AND p.[_prev_hash] <> p.[_chain_hash])) THEN 1 ELSE 0 END AS [_changes]
FROM (SELECT s.*, s.[_row_hash] AS [_chain_hash], CASE WHEN ROW_NUMBER() OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) = 1 THEN 1 ELSE 0 END AS [_first_row], LAG(s.[_row_hash]) OVER (PARTITION BY s.[_key] ORDER BY s.[_batch_seq]) AS [_prev_hash]
FROM [ggm_stage] s WHERE s.[_accepted] = 1 AND NOT s.[_duplicate] = 1) p) c
)
SELECT
  s.[_key] AS [rechtspersoon_id],
  s.[agb_code] AS [agb_code],
  s.[_valid_from] AS [valid_from],
  NULL AS [valid_to],
  s.[_batch_loaded_at] AS [registered_at],
  s.[_batch_text] AS [load_batch_id],
  'istandaarden-leverancier' AS [load_source],
  CAST(SYSDATETIME() AS DATETIME2(6)) AS [loaded_at],
  s.[_row_hash] AS [row_hash]
FROM [ggm_chain] s
WHERE s.[_last_change] = 1
