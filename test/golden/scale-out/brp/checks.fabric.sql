SELECT t.[rechtspersoon_id], t.[adres_herkomst], LEN(t.[adres_herkomst]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[adres_herkomst]) > 1;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[adres_herkomst], LEN(t.[adres_herkomst]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[adres_herkomst]) > 1) AS violations;

SELECT t.[rechtspersoon_id], t.[anummer], LEN(t.[anummer]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[anummer]) > 20;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[anummer], LEN(t.[anummer]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[anummer]) > 20) AS violations;

SELECT t.[rechtspersoon_id], t.[beschrijving_locatie], LEN(t.[beschrijving_locatie]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[beschrijving_locatie]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[beschrijving_locatie], LEN(t.[beschrijving_locatie]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[beschrijving_locatie]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[gemeente_van_inschrijving], LEN(t.[gemeente_van_inschrijving]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[gemeente_van_inschrijving]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[gemeente_van_inschrijving], LEN(t.[gemeente_van_inschrijving]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[gemeente_van_inschrijving]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[buitenlands_reisdocument], LEN(t.[buitenlands_reisdocument]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[buitenlands_reisdocument]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[buitenlands_reisdocument], LEN(t.[buitenlands_reisdocument]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[buitenlands_reisdocument]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[reden_opschorting_bijhouding], LEN(t.[reden_opschorting_bijhouding]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[reden_opschorting_bijhouding]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[reden_opschorting_bijhouding], LEN(t.[reden_opschorting_bijhouding]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[reden_opschorting_bijhouding]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[reden_einde_bewoning], LEN(t.[reden_einde_bewoning]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[reden_einde_bewoning]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[reden_einde_bewoning], LEN(t.[reden_einde_bewoning]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[reden_einde_bewoning]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[ouder1], LEN(t.[ouder1]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[ouder1]) > 40;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ouder1], LEN(t.[ouder1]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[ouder1]) > 40) AS violations;

SELECT t.[rechtspersoon_id], t.[ouder2], LEN(t.[ouder2]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[ouder2]) > 40;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ouder2], LEN(t.[ouder2]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[ouder2]) > 40) AS violations;

SELECT t.[rechtspersoon_id], t.[partner_id], LEN(t.[partner_id]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[partner_id]) > 40;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[partner_id], LEN(t.[partner_id]) AS value_length FROM [silver].[ingeschreven_persoon] AS t WHERE LEN(t.[partner_id]) > 40) AS violations;

SELECT t.[rechtspersoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[rechtspersoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[natuurlijk_persoon] AS r WHERE r.[rechtspersoon_id] = t.[rechtspersoon_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[rechtspersoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[natuurlijk_persoon] AS r WHERE r.[rechtspersoon_id] = t.[rechtspersoon_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[indicatie_geheim_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[indicatie_geheim_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[indicatie_geheim_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[indicatie_geheim_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[indicatie_geheim_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[indicatie_geheim_enum_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[land_waarvandaan_ingeschreven_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[land_waarvandaan_ingeschreven_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[land_waarvandaan_ingeschreven_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[land_waarvandaan_ingeschreven_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[land_waarnaar_vertrokken_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[land_waarnaar_vertrokken_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[land_waarnaar_vertrokken_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[land_waarnaar_vertrokken_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[signalering_reisdocument_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[signalering_reisdocument_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[signalering_reisdocument_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[signalering_reisdocument_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[signalering_reisdocument_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[signalering_reisdocument_enum_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[ingezetene_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ingezetene_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[ingezetene_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ingezetene_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ingezetene_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[ingezetene_enum_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[verblijfstitel_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[verblijfstitel_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[verblijfstitel_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[verblijfstitel_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[gezinsrelatie_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[gezinsrelatie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[gezinsrelatie_enum] AS r WHERE r.[gezinsrelatie_enum_id] = t.[gezinsrelatie_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[gezinsrelatie_enum_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[gezinsrelatie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[gezinsrelatie_enum] AS r WHERE r.[gezinsrelatie_enum_id] = t.[gezinsrelatie_enum_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[heeft_huishouden_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_huishouden_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[huishouden] AS r WHERE r.[huishouden_id] = t.[heeft_huishouden_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[heeft_huishouden_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_huishouden_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[huishouden] AS r WHERE r.[huishouden_id] = t.[heeft_huishouden_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[heeft_als_adres_nummeraanduiding_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_als_adres_nummeraanduiding_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[nummeraanduiding] AS r WHERE r.[nummeraanduiding_id] = t.[heeft_als_adres_nummeraanduiding_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[heeft_als_adres_nummeraanduiding_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_als_adres_nummeraanduiding_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[nummeraanduiding] AS r WHERE r.[nummeraanduiding_id] = t.[heeft_als_adres_nummeraanduiding_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[briefadres_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[briefadres_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[briefadres_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[briefadres_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[ouder_2_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_2_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_2_ingeschreven_persoon_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ouder_2_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_2_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_2_ingeschreven_persoon_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[ouder_1_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_1_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_1_ingeschreven_persoon_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ouder_1_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_1_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_1_ingeschreven_persoon_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[aanduiding_naamgebruik], LEN(t.[aanduiding_naamgebruik]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[aanduiding_naamgebruik]) > 50;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[aanduiding_naamgebruik], LEN(t.[aanduiding_naamgebruik]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[aanduiding_naamgebruik]) > 50) AS violations;

SELECT t.[rechtspersoon_id], t.[geslachtsnaam_aanschrijving], LEN(t.[geslachtsnaam_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geslachtsnaam_aanschrijving]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[geslachtsnaam_aanschrijving], LEN(t.[geslachtsnaam_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geslachtsnaam_aanschrijving]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[voornamen], LEN(t.[voornamen]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voornamen]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[voornamen], LEN(t.[voornamen]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voornamen]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[academische_titel], LEN(t.[academische_titel]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[academische_titel]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[academische_titel], LEN(t.[academische_titel]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[academische_titel]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[datum_geboorte], LEN(t.[datum_geboorte]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[datum_geboorte]) > 22;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[datum_geboorte], LEN(t.[datum_geboorte]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[datum_geboorte]) > 22) AS violations;

SELECT t.[rechtspersoon_id], t.[geboorteplaats], LEN(t.[geboorteplaats]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geboorteplaats]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[geboorteplaats], LEN(t.[geboorteplaats]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geboorteplaats]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[geslachtsnaam], LEN(t.[geslachtsnaam]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geslachtsnaam]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[geslachtsnaam], LEN(t.[geslachtsnaam]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geslachtsnaam]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[overlijdensplaats], LEN(t.[overlijdensplaats]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[overlijdensplaats]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[overlijdensplaats], LEN(t.[overlijdensplaats]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[overlijdensplaats]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[voorletters_aanschrijving], LEN(t.[voorletters_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voorletters_aanschrijving]) > 20;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[voorletters_aanschrijving], LEN(t.[voorletters_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voorletters_aanschrijving]) > 20) AS violations;

SELECT t.[rechtspersoon_id], t.[datum_overlijden], LEN(t.[datum_overlijden]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[datum_overlijden]) > 22;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[datum_overlijden], LEN(t.[datum_overlijden]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[datum_overlijden]) > 22) AS violations;

SELECT t.[rechtspersoon_id], t.[geslachtsaanduiding], LEN(t.[geslachtsaanduiding]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geslachtsaanduiding]) > 1;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[geslachtsaanduiding], LEN(t.[geslachtsaanduiding]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[geslachtsaanduiding]) > 1) AS violations;

SELECT t.[rechtspersoon_id], t.[voornamen_aanschrijving], LEN(t.[voornamen_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voornamen_aanschrijving]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[voornamen_aanschrijving], LEN(t.[voornamen_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voornamen_aanschrijving]) > 200) AS violations;

SELECT t.[rechtspersoon_id], t.[voorvoegsel_geslachtsnaam], LEN(t.[voorvoegsel_geslachtsnaam]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voorvoegsel_geslachtsnaam]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[voorvoegsel_geslachtsnaam], LEN(t.[voorvoegsel_geslachtsnaam]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[voorvoegsel_geslachtsnaam]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[aanhef_aanschrijving], LEN(t.[aanhef_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[aanhef_aanschrijving]) > 50;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[aanhef_aanschrijving], LEN(t.[aanhef_aanschrijving]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[aanhef_aanschrijving]) > 50) AS violations;

SELECT t.[rechtspersoon_id], t.[burgerservicenummer], LEN(t.[burgerservicenummer]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[burgerservicenummer]) > 9;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[burgerservicenummer], LEN(t.[burgerservicenummer]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[burgerservicenummer]) > 9) AS violations;

SELECT t.[rechtspersoon_id], t.[burgerservicenummer] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[burgerservicenummer] IS NOT NULL AND (CASE WHEN LEN(CAST(t.[burgerservicenummer] AS VARCHAR(MAX))) <> 9 OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '') <> '' OR CAST(t.[burgerservicenummer] AS VARCHAR(MAX)) = '000000000' THEN 1 WHEN (9 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 1, 1), '0123456789') - 1) + 8 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 2, 1), '0123456789') - 1) + 7 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 3, 1), '0123456789') - 1) + 6 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 4, 1), '0123456789') - 1) + 5 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 5, 1), '0123456789') - 1) + 4 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 6, 1), '0123456789') - 1) + 3 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 7, 1), '0123456789') - 1) + 2 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 8, 1), '0123456789') - 1) - (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN 1 ELSE 0 END) = 1;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[burgerservicenummer] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[burgerservicenummer] IS NOT NULL AND (CASE WHEN LEN(CAST(t.[burgerservicenummer] AS VARCHAR(MAX))) <> 9 OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '') <> '' OR CAST(t.[burgerservicenummer] AS VARCHAR(MAX)) = '000000000' THEN 1 WHEN (9 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 1, 1), '0123456789') - 1) + 8 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 2, 1), '0123456789') - 1) + 7 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 3, 1), '0123456789') - 1) + 6 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 4, 1), '0123456789') - 1) + 5 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 5, 1), '0123456789') - 1) + 4 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 6, 1), '0123456789') - 1) + 3 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 7, 1), '0123456789') - 1) + 2 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 8, 1), '0123456789') - 1) - (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN 1 ELSE 0 END) = 1) AS violations;

SELECT t.[rechtspersoon_id], t.[handlichting], LEN(t.[handlichting]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[handlichting]) > 50;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[handlichting], LEN(t.[handlichting]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[handlichting]) > 50) AS violations;

SELECT t.[rechtspersoon_id], t.[achternaam], LEN(t.[achternaam]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[achternaam]) > 100;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[achternaam], LEN(t.[achternaam]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[achternaam]) > 100) AS violations;

SELECT t.[rechtspersoon_id], t.[nationaliteit], LEN(t.[nationaliteit]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[nationaliteit]) > 100;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[nationaliteit], LEN(t.[nationaliteit]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[nationaliteit]) > 100) AS violations;

SELECT t.[rechtspersoon_id], t.[bijzonder_nederlanderschap], LEN(t.[bijzonder_nederlanderschap]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[bijzonder_nederlanderschap]) > 50;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[bijzonder_nederlanderschap], LEN(t.[bijzonder_nederlanderschap]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[bijzonder_nederlanderschap]) > 50) AS violations;

SELECT t.[rechtspersoon_id], t.[anummer], LEN(t.[anummer]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[anummer]) > 20;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[anummer], LEN(t.[anummer]) AS value_length FROM [silver].[natuurlijk_persoon] AS t WHERE LEN(t.[anummer]) > 20) AS violations;

SELECT t.[rechtspersoon_id], t.[geboorteland_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[geboorteland_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[geboorteland_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[geboorteland_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[land_overlijden_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[land_overlijden_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[land_overlijden_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[land_overlijden_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[adellijke_titel_of_predikaat_enum_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[adellijke_titel_of_predikaat_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adelijke_titel_enum] AS r WHERE r.[adelijke_titel_enum_id] = t.[adellijke_titel_of_predikaat_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[adellijke_titel_of_predikaat_enum_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[adellijke_titel_of_predikaat_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adelijke_titel_enum] AS r WHERE r.[adelijke_titel_enum_id] = t.[adellijke_titel_of_predikaat_enum_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[is_object_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[is_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[is_object_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[is_object_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM [silver].[natuurlijk_persoon] AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], count(*) AS open_versions FROM [silver].[nummeraanduiding] AS t WHERE t.[identificatie] IS NOT NULL AND t.[valid_to] IS NULL GROUP BY t.[identificatie] HAVING count(*) > 1;

SELECT count(*) AS n FROM (SELECT t.[identificatie], count(*) AS open_versions FROM [silver].[nummeraanduiding] AS t WHERE t.[identificatie] IS NOT NULL AND t.[valid_to] IS NULL GROUP BY t.[identificatie] HAVING count(*) > 1) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisletter], LEN(t.[huisletter]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisletter]) > 1;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisletter], LEN(t.[huisletter]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisletter]) > 1) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisletter] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisletter] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisletter] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisletter] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummer] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummer] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging], LEN(t.[huisnummertoevoeging]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisnummertoevoeging]) > 4;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging], LEN(t.[huisnummertoevoeging]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisnummertoevoeging]) > 4) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummertoevoeging] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummertoevoeging] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[postcode], LEN(t.[postcode]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[postcode]) > 6;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[postcode], LEN(t.[postcode]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[postcode]) > 6) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[postcode] FROM [silver].[nummeraanduiding] AS t WHERE t.[postcode] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[postcode] FROM [silver].[nummeraanduiding] AS t WHERE t.[postcode] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[begin_geldigheid] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[begin_geldigheid] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[einde_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[einde_geldigheid] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[einde_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[einde_geldigheid] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[nummeraanduiding] AS t WHERE t.[geconstateerd] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[nummeraanduiding] AS t WHERE t.[geconstateerd] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[nummeraanduiding] AS t WHERE t.[identificatie] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[nummeraanduiding] AS t WHERE t.[identificatie] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_ingang] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_ingang] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_einde] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_einde] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[nummeraanduiding] AS t WHERE t.[versie] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[nummeraanduiding] AS t WHERE t.[versie] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[nummeraanduiding] AS t WHERE t.[geometrie] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[nummeraanduiding] AS t WHERE t.[geometrie] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentdatum] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentdatum] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentnummer] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentnummer] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_nummeraanduiding_enum] AS r WHERE r.[status_nummeraanduiding_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_nummeraanduiding_enum] AS r WHERE r.[status_nummeraanduiding_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[type_adresseerbaar_object_bag_enum] AS r WHERE r.[type_adresseerbaar_object_bag_enum_id] = t.[type_adresseerbaar_object_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[type_adresseerbaar_object_bag_enum] AS r WHERE r.[type_adresseerbaar_object_bag_enum_id] = t.[type_adresseerbaar_object_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_woonplaats_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_woonplaats_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT i.rechtspersoon_id, n.burgerservicenummer, n.datum_geboorte, i.datum_inschrijving_gemeente FROM silver.ingeschreven_persoon i JOIN silver.natuurlijk_persoon n USING (rechtspersoon_id) WHERE i.datum_inschrijving_gemeente IS NOT NULL AND n.datum_geboorte NOT LIKE '%-00%'
  AND CAST(i.datum_inschrijving_gemeente AS VARCHAR(10)) < n.datum_geboorte;

SELECT count(*) AS n FROM (SELECT i.rechtspersoon_id, n.burgerservicenummer, n.datum_geboorte, i.datum_inschrijving_gemeente FROM silver.ingeschreven_persoon i JOIN silver.natuurlijk_persoon n USING (rechtspersoon_id) WHERE i.datum_inschrijving_gemeente IS NOT NULL AND n.datum_geboorte NOT LIKE '%-00%'
  AND CAST(i.datum_inschrijving_gemeente AS VARCHAR(10)) < n.datum_geboorte) AS violations;

SELECT a.rechtspersoon_id, a.partner_id, b.partner_id AS partner_van_partner FROM silver.ingeschreven_persoon a JOIN silver.natuurlijk_persoon pn ON pn.burgerservicenummer = a.partner_id JOIN silver.ingeschreven_persoon b ON b.rechtspersoon_id = pn.rechtspersoon_id JOIN silver.natuurlijk_persoon an ON an.rechtspersoon_id = a.rechtspersoon_id WHERE b.partner_id IS NULL OR b.partner_id <> an.burgerservicenummer;

SELECT count(*) AS n FROM (SELECT a.rechtspersoon_id, a.partner_id, b.partner_id AS partner_van_partner FROM silver.ingeschreven_persoon a JOIN silver.natuurlijk_persoon pn ON pn.burgerservicenummer = a.partner_id JOIN silver.ingeschreven_persoon b ON b.rechtspersoon_id = pn.rechtspersoon_id JOIN silver.natuurlijk_persoon an ON an.rechtspersoon_id = a.rechtspersoon_id WHERE b.partner_id IS NULL OR b.partner_id <> an.burgerservicenummer) AS violations;

SELECT t.* FROM [silver].[huishouden] AS t WHERE NOT CASE WHEN (huishoudengrootte >= 1) THEN 1 ELSE 0 END = 1;

SELECT count(*) AS n FROM (SELECT t.* FROM [silver].[huishouden] AS t WHERE NOT CASE WHEN (huishoudengrootte >= 1) THEN 1 ELSE 0 END = 1) AS violations;

SELECT SUM(CASE WHEN LEN(t.[adres_herkomst]) > 1 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[anummer]) > 20 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[beschrijving_locatie]) > 200 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[gemeente_van_inschrijving]) > 80 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN LEN(t.[buitenlands_reisdocument]) > 80 THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[reden_opschorting_bijhouding]) > 200 THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN LEN(t.[reden_einde_bewoning]) > 200 THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN LEN(t.[ouder1]) > 40 THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN LEN(t.[ouder2]) > 40 THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN LEN(t.[partner_id]) > 40 THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[land_waarvandaan_ingeschreven_id] IS NOT NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[land_waarnaar_vertrokken_id] IS NOT NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[verblijfstitel_id] IS NOT NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[briefadres_id] IS NOT NULL THEN 1 ELSE 0 END) AS c13 FROM [silver].[ingeschreven_persoon] AS t;

SELECT SUM(CASE WHEN LEN(t.[aanduiding_naamgebruik]) > 50 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[geslachtsnaam_aanschrijving]) > 200 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[voornamen]) > 200 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[academische_titel]) > 80 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN LEN(t.[datum_geboorte]) > 22 THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[geboorteplaats]) > 200 THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN LEN(t.[geslachtsnaam]) > 200 THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN LEN(t.[overlijdensplaats]) > 200 THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN LEN(t.[voorletters_aanschrijving]) > 20 THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN LEN(t.[datum_overlijden]) > 22 THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN LEN(t.[geslachtsaanduiding]) > 1 THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN LEN(t.[voornamen_aanschrijving]) > 200 THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN LEN(t.[voorvoegsel_geslachtsnaam]) > 80 THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN LEN(t.[aanhef_aanschrijving]) > 50 THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN LEN(t.[burgerservicenummer]) > 9 THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[burgerservicenummer] IS NOT NULL AND (CASE WHEN LEN(CAST(t.[burgerservicenummer] AS VARCHAR(MAX))) <> 9 OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '') <> '' OR CAST(t.[burgerservicenummer] AS VARCHAR(MAX)) = '000000000' THEN 1 WHEN (9 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 1, 1), '0123456789') - 1) + 8 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 2, 1), '0123456789') - 1) + 7 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 3, 1), '0123456789') - 1) + 6 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 4, 1), '0123456789') - 1) + 5 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 5, 1), '0123456789') - 1) + 4 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 6, 1), '0123456789') - 1) + 3 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 7, 1), '0123456789') - 1) + 2 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 8, 1), '0123456789') - 1) - (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN 1 ELSE 0 END) = 1 THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN LEN(t.[handlichting]) > 50 THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN LEN(t.[achternaam]) > 100 THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN LEN(t.[nationaliteit]) > 100 THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN LEN(t.[bijzonder_nederlanderschap]) > 50 THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN LEN(t.[anummer]) > 20 THEN 1 ELSE 0 END) AS c20, SUM(CASE WHEN t.[geboorteland_id] IS NOT NULL THEN 1 ELSE 0 END) AS c21, SUM(CASE WHEN t.[land_overlijden_id] IS NOT NULL THEN 1 ELSE 0 END) AS c22, SUM(CASE WHEN t.[is_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c23, SUM(CASE WHEN t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL THEN 1 ELSE 0 END) AS c24 FROM [silver].[natuurlijk_persoon] AS t;

SELECT SUM(CASE WHEN LEN(t.[huisletter]) > 1 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[huisletter] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[huisnummer] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[huisnummertoevoeging]) > 4 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[huisnummertoevoeging] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[postcode]) > 6 THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[postcode] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[begin_geldigheid] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[einde_geldigheid] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[status_enum_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[geconstateerd] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[identificatie] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[type_adresseerbaar_object_enum_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[datum_ingang] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN t.[datum_einde] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[versie] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN t.[geometrie] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN t.[documentdatum] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN t.[documentnummer] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN t.[ligt_aan_openbare_ruimte_id] IS NOT NULL THEN 1 ELSE 0 END) AS c20, SUM(CASE WHEN t.[ligt_in_buurt_id] IS NOT NULL THEN 1 ELSE 0 END) AS c21, SUM(CASE WHEN t.[ligt_in_woonplaats_id] IS NOT NULL THEN 1 ELSE 0 END) AS c22, SUM(CASE WHEN t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c23, SUM(CASE WHEN t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c24, SUM(CASE WHEN t.[ligt_aan_openbare_ruimte_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c25, SUM(CASE WHEN t.[ligt_in_buurt_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c26, SUM(CASE WHEN t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c27 FROM [silver].[nummeraanduiding] AS t;

SELECT SUM(CASE WHEN NOT CASE WHEN (huishoudengrootte >= 1) THEN 1 ELSE 0 END = 1 THEN 1 ELSE 0 END) AS c0 FROM [silver].[huishouden] AS t;
