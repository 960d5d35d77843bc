CREATE SCHEMA ggm_governance;

CREATE TABLE ggm_governance.pseudonym_keys (key_name VARCHAR(200) NOT NULL, part VARCHAR(10) NOT NULL, block_hex VARCHAR(128) NOT NULL);

CREATE ROLE [ggm_consulent__wmo_uitvoering];

CREATE ROLE [ggm_onderzoeker__onderzoek];

CREATE OR ALTER VIEW ggm_governance.natuurlijk_persoon AS SELECT CASE WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN LOWER(CONVERT(VARCHAR(64), HASHBYTES('SHA2_256', (SELECT CONVERT(VARBINARY(64), k.block_hex, 2) FROM ggm_governance.pseudonym_keys k WHERE k.key_name = 'onderzoek' AND k.part = 'outer') + HASHBYTES('SHA2_256', (SELECT CONVERT(VARBINARY(64), k.block_hex, 2) FROM ggm_governance.pseudonym_keys k WHERE k.key_name = 'onderzoek' AND k.part = 'inner') + CAST(CAST(t.rechtspersoon_id AS VARCHAR(8000)) AS VARBINARY(8000)))), 2)) WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.rechtspersoon_id ELSE NULL END AS [rechtspersoon_id], CASE WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN LOWER(CONVERT(VARCHAR(64), HASHBYTES('SHA2_256', (SELECT CONVERT(VARBINARY(64), k.block_hex, 2) FROM ggm_governance.pseudonym_keys k WHERE k.key_name = 'onderzoek' AND k.part = 'outer') + HASHBYTES('SHA2_256', (SELECT CONVERT(VARBINARY(64), k.block_hex, 2) FROM ggm_governance.pseudonym_keys k WHERE k.key_name = 'onderzoek' AND k.part = 'inner') + CAST(CAST(t.burgerservicenummer AS VARCHAR(8000)) AS VARBINARY(8000)))), 2)) WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.burgerservicenummer ELSE NULL END AS [burgerservicenummer], CASE WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN NULL WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.geslachtsnaam ELSE NULL END AS [geslachtsnaam], CASE WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN DATEFROMPARTS(YEAR(t.datum_geboorte), 1, 1) WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.datum_geboorte ELSE NULL END AS [datum_geboorte], CASE WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN UPPER(SUBSTRING(REPLACE(t.postcode, ' ', ''), 1, 4)) WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.postcode ELSE NULL END AS [postcode], CASE WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN NULL WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.leeftijd ELSE NULL END AS [leeftijd], CASE WHEN IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 THEN t.gemeente WHEN IS_ROLEMEMBER('ggm_onderzoeker__onderzoek') = 1 THEN t.gemeente ELSE NULL END AS [gemeente] FROM silver.natuurlijk_persoon AS t;

GRANT SELECT ON ggm_governance.natuurlijk_persoon TO [ggm_consulent__wmo_uitvoering];

GRANT SELECT ON ggm_governance.natuurlijk_persoon TO [ggm_onderzoeker__onderzoek];

CREATE FUNCTION ggm_governance.rf_toewijzing(@code VARCHAR(8000), @wet_enum_id BIGINT) RETURNS TABLE WITH SCHEMABINDING AS RETURN SELECT 1 AS toegestaan WHERE (IS_ROLEMEMBER('ggm_consulent__wmo_uitvoering') = 1 AND (((SELECT e.value FROM silver.wet_enum e WHERE e.wet_enum_id = @wet_enum_id) = 'Wmo') AND (@code <> 'X')));

CREATE SECURITY POLICY ggm_governance.rf_toewijzing_beleid ADD FILTER PREDICATE ggm_governance.rf_toewijzing([code], [wet_enum_id]) ON silver.toewijzing WITH (STATE = ON);

GRANT SELECT ON silver.toewijzing TO [ggm_consulent__wmo_uitvoering];
