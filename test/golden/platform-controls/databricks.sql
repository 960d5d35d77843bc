CREATE SCHEMA IF NOT EXISTS gemeente.ggm_governance;

GRANT SELECT ON TABLE gemeente.silver.natuurlijk_persoon TO `ggm-consulent--wmo-uitvoering`;

GRANT SELECT ON TABLE gemeente.silver.natuurlijk_persoon TO `ggm-onderzoeker--onderzoek`;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.mask_natuurlijk_persoon__rechtspersoon_id(waarde BIGINT) RETURNS BIGINT RETURN CASE WHEN is_account_group_member('ggm-onderzoeker--onderzoek') THEN CAST(conv(substr(sha2(concat(unhex(secret('ggm', 'onderzoek-outer')), unhex(sha2(concat(unhex(secret('ggm', 'onderzoek-inner')), encode(CAST(waarde AS STRING), 'UTF-8')), 256))), 256), 1, 15), 16, 10) AS BIGINT) WHEN is_account_group_member('ggm-consulent--wmo-uitvoering') THEN waarde ELSE NULL END;

ALTER TABLE gemeente.silver.natuurlijk_persoon ALTER COLUMN `rechtspersoon_id` SET MASK gemeente.ggm_governance.mask_natuurlijk_persoon__rechtspersoon_id;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.mask_natuurlijk_persoon__burgerservicenummer(waarde STRING) RETURNS STRING RETURN CASE WHEN is_account_group_member('ggm-onderzoeker--onderzoek') THEN sha2(concat(unhex(secret('ggm', 'onderzoek-outer')), unhex(sha2(concat(unhex(secret('ggm', 'onderzoek-inner')), encode(CAST(waarde AS STRING), 'UTF-8')), 256))), 256) WHEN is_account_group_member('ggm-consulent--wmo-uitvoering') THEN waarde ELSE NULL END;

ALTER TABLE gemeente.silver.natuurlijk_persoon ALTER COLUMN `burgerservicenummer` SET MASK gemeente.ggm_governance.mask_natuurlijk_persoon__burgerservicenummer;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.mask_natuurlijk_persoon__geslachtsnaam(waarde STRING) RETURNS STRING RETURN CASE WHEN is_account_group_member('ggm-onderzoeker--onderzoek') THEN NULL WHEN is_account_group_member('ggm-consulent--wmo-uitvoering') THEN waarde ELSE NULL END;

ALTER TABLE gemeente.silver.natuurlijk_persoon ALTER COLUMN `geslachtsnaam` SET MASK gemeente.ggm_governance.mask_natuurlijk_persoon__geslachtsnaam;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.mask_natuurlijk_persoon__datum_geboorte(waarde DATE) RETURNS DATE RETURN CASE WHEN is_account_group_member('ggm-onderzoeker--onderzoek') THEN CAST(date_trunc('YEAR', waarde) AS DATE) WHEN is_account_group_member('ggm-consulent--wmo-uitvoering') THEN waarde ELSE NULL END;

ALTER TABLE gemeente.silver.natuurlijk_persoon ALTER COLUMN `datum_geboorte` SET MASK gemeente.ggm_governance.mask_natuurlijk_persoon__datum_geboorte;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.mask_natuurlijk_persoon__postcode(waarde STRING) RETURNS STRING RETURN CASE WHEN is_account_group_member('ggm-onderzoeker--onderzoek') THEN UPPER(SUBSTRING(REPLACE(waarde, ' ', ''), 1, 4)) WHEN is_account_group_member('ggm-consulent--wmo-uitvoering') THEN waarde ELSE NULL END;

ALTER TABLE gemeente.silver.natuurlijk_persoon ALTER COLUMN `postcode` SET MASK gemeente.ggm_governance.mask_natuurlijk_persoon__postcode;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.mask_natuurlijk_persoon__leeftijd(waarde BIGINT) RETURNS BIGINT RETURN CASE WHEN is_account_group_member('ggm-onderzoeker--onderzoek') THEN NULL WHEN is_account_group_member('ggm-consulent--wmo-uitvoering') THEN waarde ELSE NULL END;

ALTER TABLE gemeente.silver.natuurlijk_persoon ALTER COLUMN `leeftijd` SET MASK gemeente.ggm_governance.mask_natuurlijk_persoon__leeftijd;

GRANT SELECT ON TABLE gemeente.silver.toewijzing TO `ggm-consulent--wmo-uitvoering`;

CREATE OR REPLACE FUNCTION gemeente.ggm_governance.rf_toewijzing(`p_code` STRING, `p_wet_enum_id` BIGINT) RETURNS BOOLEAN RETURN (is_account_group_member('ggm-consulent--wmo-uitvoering') AND (((SELECT e.value FROM gemeente.silver.wet_enum e WHERE e.wet_enum_id = `p_wet_enum_id`) = 'Wmo') AND (`p_code` <> 'X')));

ALTER TABLE gemeente.silver.toewijzing SET ROW FILTER gemeente.ggm_governance.rf_toewijzing ON (`code`, `wet_enum_id`);
