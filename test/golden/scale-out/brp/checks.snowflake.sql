SELECT t.rechtspersoon_id, t.adres_herkomst, length(t.adres_herkomst) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.adres_herkomst) > 1;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.adres_herkomst, length(t.adres_herkomst) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.adres_herkomst) > 1) AS violations;

SELECT t.rechtspersoon_id, t.anummer, length(t.anummer) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.anummer) > 20;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.anummer, length(t.anummer) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.anummer) > 20) AS violations;

SELECT t.rechtspersoon_id, t.beschrijving_locatie, length(t.beschrijving_locatie) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.beschrijving_locatie) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.beschrijving_locatie, length(t.beschrijving_locatie) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.beschrijving_locatie) > 200) AS violations;

SELECT t.rechtspersoon_id, t.gemeente_van_inschrijving, length(t.gemeente_van_inschrijving) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.gemeente_van_inschrijving) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.gemeente_van_inschrijving, length(t.gemeente_van_inschrijving) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.gemeente_van_inschrijving) > 80) AS violations;

SELECT t.rechtspersoon_id, t.buitenlands_reisdocument, length(t.buitenlands_reisdocument) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.buitenlands_reisdocument) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.buitenlands_reisdocument, length(t.buitenlands_reisdocument) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.buitenlands_reisdocument) > 80) AS violations;

SELECT t.rechtspersoon_id, t.reden_opschorting_bijhouding, length(t.reden_opschorting_bijhouding) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.reden_opschorting_bijhouding) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.reden_opschorting_bijhouding, length(t.reden_opschorting_bijhouding) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.reden_opschorting_bijhouding) > 200) AS violations;

SELECT t.rechtspersoon_id, t.reden_einde_bewoning, length(t.reden_einde_bewoning) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.reden_einde_bewoning) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.reden_einde_bewoning, length(t.reden_einde_bewoning) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.reden_einde_bewoning) > 200) AS violations;

SELECT t.rechtspersoon_id, t.ouder1, length(t.ouder1) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.ouder1) > 40;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ouder1, length(t.ouder1) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.ouder1) > 40) AS violations;

SELECT t.rechtspersoon_id, t.ouder2, length(t.ouder2) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.ouder2) > 40;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ouder2, length(t.ouder2) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.ouder2) > 40) AS violations;

SELECT t.rechtspersoon_id, t.partner_id, length(t.partner_id) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.partner_id) > 40;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.partner_id, length(t.partner_id) AS value_length FROM silver.ingeschreven_persoon AS t WHERE length(t.partner_id) > 40) AS violations;

SELECT t.rechtspersoon_id FROM silver.ingeschreven_persoon AS t WHERE t.rechtspersoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.natuurlijk_persoon AS r WHERE r.rechtspersoon_id = t.rechtspersoon_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id FROM silver.ingeschreven_persoon AS t WHERE t.rechtspersoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.natuurlijk_persoon AS r WHERE r.rechtspersoon_id = t.rechtspersoon_id)) AS violations;

SELECT t.rechtspersoon_id, t.indicatie_geheim_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.indicatie_geheim_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.boolean_enum AS r WHERE r.boolean_enum_id = t.indicatie_geheim_enum_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.indicatie_geheim_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.indicatie_geheim_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.boolean_enum AS r WHERE r.boolean_enum_id = t.indicatie_geheim_enum_id)) AS violations;

SELECT t.rechtspersoon_id, t.land_waarvandaan_ingeschreven_id FROM silver.ingeschreven_persoon AS t WHERE t.land_waarvandaan_ingeschreven_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.land_waarvandaan_ingeschreven_id FROM silver.ingeschreven_persoon AS t WHERE t.land_waarvandaan_ingeschreven_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.land_waarnaar_vertrokken_id FROM silver.ingeschreven_persoon AS t WHERE t.land_waarnaar_vertrokken_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.land_waarnaar_vertrokken_id FROM silver.ingeschreven_persoon AS t WHERE t.land_waarnaar_vertrokken_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.signalering_reisdocument_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.signalering_reisdocument_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.boolean_enum AS r WHERE r.boolean_enum_id = t.signalering_reisdocument_enum_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.signalering_reisdocument_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.signalering_reisdocument_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.boolean_enum AS r WHERE r.boolean_enum_id = t.signalering_reisdocument_enum_id)) AS violations;

SELECT t.rechtspersoon_id, t.ingezetene_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.ingezetene_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.boolean_enum AS r WHERE r.boolean_enum_id = t.ingezetene_enum_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ingezetene_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.ingezetene_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.boolean_enum AS r WHERE r.boolean_enum_id = t.ingezetene_enum_id)) AS violations;

SELECT t.rechtspersoon_id, t.verblijfstitel_id FROM silver.ingeschreven_persoon AS t WHERE t.verblijfstitel_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.verblijfstitel_id FROM silver.ingeschreven_persoon AS t WHERE t.verblijfstitel_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.gezinsrelatie_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.gezinsrelatie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.gezinsrelatie_enum AS r WHERE r.gezinsrelatie_enum_id = t.gezinsrelatie_enum_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.gezinsrelatie_enum_id FROM silver.ingeschreven_persoon AS t WHERE t.gezinsrelatie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.gezinsrelatie_enum AS r WHERE r.gezinsrelatie_enum_id = t.gezinsrelatie_enum_id)) AS violations;

SELECT t.rechtspersoon_id, t.heeft_huishouden_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_huishouden_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.huishouden AS r WHERE r.huishouden_id = t.heeft_huishouden_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.heeft_huishouden_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_huishouden_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.huishouden AS r WHERE r.huishouden_id = t.heeft_huishouden_id)) AS violations;

SELECT t.rechtspersoon_id, t.heeft_als_adres_nummeraanduiding_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_als_adres_nummeraanduiding_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.nummeraanduiding AS r WHERE r.nummeraanduiding_id = t.heeft_als_adres_nummeraanduiding_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.heeft_als_adres_nummeraanduiding_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_als_adres_nummeraanduiding_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.nummeraanduiding AS r WHERE r.nummeraanduiding_id = t.heeft_als_adres_nummeraanduiding_id)) AS violations;

SELECT t.rechtspersoon_id, t.briefadres_id FROM silver.ingeschreven_persoon AS t WHERE t.briefadres_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.briefadres_id FROM silver.ingeschreven_persoon AS t WHERE t.briefadres_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.ouder_2_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_2_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_2_ingeschreven_persoon_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ouder_2_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_2_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_2_ingeschreven_persoon_id)) AS violations;

SELECT t.rechtspersoon_id, t.ouder_1_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_1_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_1_ingeschreven_persoon_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ouder_1_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_1_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_1_ingeschreven_persoon_id)) AS violations;

SELECT t.rechtspersoon_id, t.aanduiding_naamgebruik, length(t.aanduiding_naamgebruik) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.aanduiding_naamgebruik) > 50;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.aanduiding_naamgebruik, length(t.aanduiding_naamgebruik) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.aanduiding_naamgebruik) > 50) AS violations;

SELECT t.rechtspersoon_id, t.geslachtsnaam_aanschrijving, length(t.geslachtsnaam_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geslachtsnaam_aanschrijving) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.geslachtsnaam_aanschrijving, length(t.geslachtsnaam_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geslachtsnaam_aanschrijving) > 200) AS violations;

SELECT t.rechtspersoon_id, t.voornamen, length(t.voornamen) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voornamen) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.voornamen, length(t.voornamen) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voornamen) > 200) AS violations;

SELECT t.rechtspersoon_id, t.academische_titel, length(t.academische_titel) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.academische_titel) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.academische_titel, length(t.academische_titel) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.academische_titel) > 80) AS violations;

SELECT t.rechtspersoon_id, t.datum_geboorte, length(t.datum_geboorte) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.datum_geboorte) > 22;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.datum_geboorte, length(t.datum_geboorte) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.datum_geboorte) > 22) AS violations;

SELECT t.rechtspersoon_id, t.geboorteplaats, length(t.geboorteplaats) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geboorteplaats) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.geboorteplaats, length(t.geboorteplaats) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geboorteplaats) > 200) AS violations;

SELECT t.rechtspersoon_id, t.geslachtsnaam, length(t.geslachtsnaam) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geslachtsnaam) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.geslachtsnaam, length(t.geslachtsnaam) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geslachtsnaam) > 200) AS violations;

SELECT t.rechtspersoon_id, t.overlijdensplaats, length(t.overlijdensplaats) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.overlijdensplaats) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.overlijdensplaats, length(t.overlijdensplaats) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.overlijdensplaats) > 200) AS violations;

SELECT t.rechtspersoon_id, t.voorletters_aanschrijving, length(t.voorletters_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voorletters_aanschrijving) > 20;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.voorletters_aanschrijving, length(t.voorletters_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voorletters_aanschrijving) > 20) AS violations;

SELECT t.rechtspersoon_id, t.datum_overlijden, length(t.datum_overlijden) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.datum_overlijden) > 22;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.datum_overlijden, length(t.datum_overlijden) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.datum_overlijden) > 22) AS violations;

SELECT t.rechtspersoon_id, t.geslachtsaanduiding, length(t.geslachtsaanduiding) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geslachtsaanduiding) > 1;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.geslachtsaanduiding, length(t.geslachtsaanduiding) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.geslachtsaanduiding) > 1) AS violations;

SELECT t.rechtspersoon_id, t.voornamen_aanschrijving, length(t.voornamen_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voornamen_aanschrijving) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.voornamen_aanschrijving, length(t.voornamen_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voornamen_aanschrijving) > 200) AS violations;

SELECT t.rechtspersoon_id, t.voorvoegsel_geslachtsnaam, length(t.voorvoegsel_geslachtsnaam) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voorvoegsel_geslachtsnaam) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.voorvoegsel_geslachtsnaam, length(t.voorvoegsel_geslachtsnaam) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.voorvoegsel_geslachtsnaam) > 80) AS violations;

SELECT t.rechtspersoon_id, t.aanhef_aanschrijving, length(t.aanhef_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.aanhef_aanschrijving) > 50;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.aanhef_aanschrijving, length(t.aanhef_aanschrijving) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.aanhef_aanschrijving) > 50) AS violations;

SELECT t.rechtspersoon_id, t.burgerservicenummer, length(t.burgerservicenummer) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.burgerservicenummer) > 9;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.burgerservicenummer, length(t.burgerservicenummer) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.burgerservicenummer) > 9) AS violations;

SELECT t.rechtspersoon_id, t.burgerservicenummer FROM silver.natuurlijk_persoon AS t WHERE t.burgerservicenummer IS NOT NULL AND (CASE WHEN length(CAST(t.burgerservicenummer AS VARCHAR)) <> 9 OR translate(CAST(t.burgerservicenummer AS VARCHAR), '0123456789', '') <> '' OR CAST(t.burgerservicenummer AS VARCHAR) = '000000000' THEN TRUE WHEN (9 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 1, 1), '0123456789') - 1) + 8 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 2, 1), '0123456789') - 1) + 7 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 3, 1), '0123456789') - 1) + 6 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 4, 1), '0123456789') - 1) + 5 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 5, 1), '0123456789') - 1) + 4 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 6, 1), '0123456789') - 1) + 3 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 7, 1), '0123456789') - 1) + 2 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 8, 1), '0123456789') - 1) - (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN TRUE ELSE FALSE END);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.burgerservicenummer FROM silver.natuurlijk_persoon AS t WHERE t.burgerservicenummer IS NOT NULL AND (CASE WHEN length(CAST(t.burgerservicenummer AS VARCHAR)) <> 9 OR translate(CAST(t.burgerservicenummer AS VARCHAR), '0123456789', '') <> '' OR CAST(t.burgerservicenummer AS VARCHAR) = '000000000' THEN TRUE WHEN (9 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 1, 1), '0123456789') - 1) + 8 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 2, 1), '0123456789') - 1) + 7 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 3, 1), '0123456789') - 1) + 6 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 4, 1), '0123456789') - 1) + 5 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 5, 1), '0123456789') - 1) + 4 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 6, 1), '0123456789') - 1) + 3 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 7, 1), '0123456789') - 1) + 2 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 8, 1), '0123456789') - 1) - (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN TRUE ELSE FALSE END)) AS violations;

SELECT t.rechtspersoon_id, t.handlichting, length(t.handlichting) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.handlichting) > 50;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.handlichting, length(t.handlichting) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.handlichting) > 50) AS violations;

SELECT t.rechtspersoon_id, t.achternaam, length(t.achternaam) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.achternaam) > 100;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.achternaam, length(t.achternaam) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.achternaam) > 100) AS violations;

SELECT t.rechtspersoon_id, t.nationaliteit, length(t.nationaliteit) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.nationaliteit) > 100;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.nationaliteit, length(t.nationaliteit) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.nationaliteit) > 100) AS violations;

SELECT t.rechtspersoon_id, t.bijzonder_nederlanderschap, length(t.bijzonder_nederlanderschap) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.bijzonder_nederlanderschap) > 50;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.bijzonder_nederlanderschap, length(t.bijzonder_nederlanderschap) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.bijzonder_nederlanderschap) > 50) AS violations;

SELECT t.rechtspersoon_id, t.anummer, length(t.anummer) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.anummer) > 20;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.anummer, length(t.anummer) AS value_length FROM silver.natuurlijk_persoon AS t WHERE length(t.anummer) > 20) AS violations;

SELECT t.rechtspersoon_id, t.geboorteland_id FROM silver.natuurlijk_persoon AS t WHERE t.geboorteland_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.geboorteland_id FROM silver.natuurlijk_persoon AS t WHERE t.geboorteland_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.land_overlijden_id FROM silver.natuurlijk_persoon AS t WHERE t.land_overlijden_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.land_overlijden_id FROM silver.natuurlijk_persoon AS t WHERE t.land_overlijden_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.adellijke_titel_of_predikaat_enum_id FROM silver.natuurlijk_persoon AS t WHERE t.adellijke_titel_of_predikaat_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.adelijke_titel_enum AS r WHERE r.adelijke_titel_enum_id = t.adellijke_titel_of_predikaat_enum_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.adellijke_titel_of_predikaat_enum_id FROM silver.natuurlijk_persoon AS t WHERE t.adellijke_titel_of_predikaat_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.adelijke_titel_enum AS r WHERE r.adelijke_titel_enum_id = t.adellijke_titel_of_predikaat_enum_id)) AS violations;

SELECT t.rechtspersoon_id, t.is_object_id FROM silver.natuurlijk_persoon AS t WHERE t.is_object_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.is_object_id FROM silver.natuurlijk_persoon AS t WHERE t.is_object_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id FROM silver.natuurlijk_persoon AS t WHERE t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id FROM silver.natuurlijk_persoon AS t WHERE t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL) AS violations;

SELECT t.identificatie, count(*) AS open_versions FROM silver.nummeraanduiding AS t WHERE t.identificatie IS NOT NULL AND t.valid_to IS NULL GROUP BY t.identificatie HAVING count(*) > 1;

SELECT count(*) AS n FROM (SELECT t.identificatie, count(*) AS open_versions FROM silver.nummeraanduiding AS t WHERE t.identificatie IS NOT NULL AND t.valid_to IS NULL GROUP BY t.identificatie HAVING count(*) > 1) AS violations;

SELECT t.identificatie, t.valid_from, t.huisletter, length(t.huisletter) AS value_length FROM silver.nummeraanduiding AS t WHERE length(t.huisletter) > 1;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.huisletter, length(t.huisletter) AS value_length FROM silver.nummeraanduiding AS t WHERE length(t.huisletter) > 1) AS violations;

SELECT t.identificatie, t.valid_from, t.huisletter FROM silver.nummeraanduiding AS t WHERE t.huisletter IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.huisletter FROM silver.nummeraanduiding AS t WHERE t.huisletter IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.huisnummer FROM silver.nummeraanduiding AS t WHERE t.huisnummer IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.huisnummer FROM silver.nummeraanduiding AS t WHERE t.huisnummer IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.huisnummertoevoeging, length(t.huisnummertoevoeging) AS value_length FROM silver.nummeraanduiding AS t WHERE length(t.huisnummertoevoeging) > 4;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.huisnummertoevoeging, length(t.huisnummertoevoeging) AS value_length FROM silver.nummeraanduiding AS t WHERE length(t.huisnummertoevoeging) > 4) AS violations;

SELECT t.identificatie, t.valid_from, t.huisnummertoevoeging FROM silver.nummeraanduiding AS t WHERE t.huisnummertoevoeging IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.huisnummertoevoeging FROM silver.nummeraanduiding AS t WHERE t.huisnummertoevoeging IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.postcode, length(t.postcode) AS value_length FROM silver.nummeraanduiding AS t WHERE length(t.postcode) > 6;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.postcode, length(t.postcode) AS value_length FROM silver.nummeraanduiding AS t WHERE length(t.postcode) > 6) AS violations;

SELECT t.identificatie, t.valid_from, t.postcode FROM silver.nummeraanduiding AS t WHERE t.postcode IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.postcode FROM silver.nummeraanduiding AS t WHERE t.postcode IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.begin_geldigheid FROM silver.nummeraanduiding AS t WHERE t.begin_geldigheid IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.begin_geldigheid FROM silver.nummeraanduiding AS t WHERE t.begin_geldigheid IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.einde_geldigheid FROM silver.nummeraanduiding AS t WHERE t.einde_geldigheid IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.einde_geldigheid FROM silver.nummeraanduiding AS t WHERE t.einde_geldigheid IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.status_enum_id FROM silver.nummeraanduiding AS t WHERE t.status_enum_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.status_enum_id FROM silver.nummeraanduiding AS t WHERE t.status_enum_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.geconstateerd FROM silver.nummeraanduiding AS t WHERE t.geconstateerd IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.geconstateerd FROM silver.nummeraanduiding AS t WHERE t.geconstateerd IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from FROM silver.nummeraanduiding AS t WHERE t.identificatie IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from FROM silver.nummeraanduiding AS t WHERE t.identificatie IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.type_adresseerbaar_object_enum_id FROM silver.nummeraanduiding AS t WHERE t.type_adresseerbaar_object_enum_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.type_adresseerbaar_object_enum_id FROM silver.nummeraanduiding AS t WHERE t.type_adresseerbaar_object_enum_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.datum_ingang FROM silver.nummeraanduiding AS t WHERE t.datum_ingang IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.datum_ingang FROM silver.nummeraanduiding AS t WHERE t.datum_ingang IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.datum_einde FROM silver.nummeraanduiding AS t WHERE t.datum_einde IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.datum_einde FROM silver.nummeraanduiding AS t WHERE t.datum_einde IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.versie FROM silver.nummeraanduiding AS t WHERE t.versie IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.versie FROM silver.nummeraanduiding AS t WHERE t.versie IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.geometrie FROM silver.nummeraanduiding AS t WHERE t.geometrie IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.geometrie FROM silver.nummeraanduiding AS t WHERE t.geometrie IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.documentdatum FROM silver.nummeraanduiding AS t WHERE t.documentdatum IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.documentdatum FROM silver.nummeraanduiding AS t WHERE t.documentdatum IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.documentnummer FROM silver.nummeraanduiding AS t WHERE t.documentnummer IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.documentnummer FROM silver.nummeraanduiding AS t WHERE t.documentnummer IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.status_enum_id FROM silver.nummeraanduiding AS t WHERE t.status_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.status_nummeraanduiding_enum AS r WHERE r.status_nummeraanduiding_enum_id = t.status_enum_id);

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.status_enum_id FROM silver.nummeraanduiding AS t WHERE t.status_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.status_nummeraanduiding_enum AS r WHERE r.status_nummeraanduiding_enum_id = t.status_enum_id)) AS violations;

SELECT t.identificatie, t.valid_from, t.type_adresseerbaar_object_enum_id FROM silver.nummeraanduiding AS t WHERE t.type_adresseerbaar_object_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.type_adresseerbaar_object_bag_enum AS r WHERE r.type_adresseerbaar_object_bag_enum_id = t.type_adresseerbaar_object_enum_id);

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.type_adresseerbaar_object_enum_id FROM silver.nummeraanduiding AS t WHERE t.type_adresseerbaar_object_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.type_adresseerbaar_object_bag_enum AS r WHERE r.type_adresseerbaar_object_bag_enum_id = t.type_adresseerbaar_object_enum_id)) AS violations;

SELECT t.identificatie, t.valid_from, t.verwijst_naar_locatieaanduiding_woz_object_id FROM silver.nummeraanduiding AS t WHERE t.verwijst_naar_locatieaanduiding_woz_object_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.verwijst_naar_locatieaanduiding_woz_object_id FROM silver.nummeraanduiding AS t WHERE t.verwijst_naar_locatieaanduiding_woz_object_id IS NOT NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.ligt_aan_openbare_ruimte_id FROM silver.nummeraanduiding AS t WHERE t.ligt_aan_openbare_ruimte_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.ligt_aan_openbare_ruimte_id FROM silver.nummeraanduiding AS t WHERE t.ligt_aan_openbare_ruimte_id IS NOT NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.ligt_in_buurt_id FROM silver.nummeraanduiding AS t WHERE t.ligt_in_buurt_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.ligt_in_buurt_id FROM silver.nummeraanduiding AS t WHERE t.ligt_in_buurt_id IS NOT NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.ligt_in_woonplaats_id FROM silver.nummeraanduiding AS t WHERE t.ligt_in_woonplaats_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.ligt_in_woonplaats_id FROM silver.nummeraanduiding AS t WHERE t.ligt_in_woonplaats_id IS NOT NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.heeft_als_nevenadres_adresseerbaar_object_id FROM silver.nummeraanduiding AS t WHERE t.heeft_als_nevenadres_adresseerbaar_object_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.heeft_als_nevenadres_adresseerbaar_object_id FROM silver.nummeraanduiding AS t WHERE t.heeft_als_nevenadres_adresseerbaar_object_id IS NOT NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.verwijst_naar_locatieaanduiding_woz_object_id FROM silver.nummeraanduiding AS t WHERE t.verwijst_naar_locatieaanduiding_woz_object_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.verwijst_naar_locatieaanduiding_woz_object_id FROM silver.nummeraanduiding AS t WHERE t.verwijst_naar_locatieaanduiding_woz_object_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.ligt_aan_openbare_ruimte_id FROM silver.nummeraanduiding AS t WHERE t.ligt_aan_openbare_ruimte_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.ligt_aan_openbare_ruimte_id FROM silver.nummeraanduiding AS t WHERE t.ligt_aan_openbare_ruimte_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.ligt_in_buurt_id FROM silver.nummeraanduiding AS t WHERE t.ligt_in_buurt_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.ligt_in_buurt_id FROM silver.nummeraanduiding AS t WHERE t.ligt_in_buurt_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.identificatie, t.valid_from, t.heeft_als_nevenadres_adresseerbaar_object_id FROM silver.nummeraanduiding AS t WHERE t.heeft_als_nevenadres_adresseerbaar_object_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.identificatie, t.valid_from, t.heeft_als_nevenadres_adresseerbaar_object_id FROM silver.nummeraanduiding AS t WHERE t.heeft_als_nevenadres_adresseerbaar_object_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT i.rechtspersoon_id, n.burgerservicenummer, n.datum_geboorte, i.datum_inschrijving_gemeente FROM silver.ingeschreven_persoon i JOIN silver.natuurlijk_persoon n USING (rechtspersoon_id) WHERE i.datum_inschrijving_gemeente IS NOT NULL AND n.datum_geboorte NOT LIKE '%-00%'
  AND CAST(i.datum_inschrijving_gemeente AS VARCHAR(10)) < n.datum_geboorte;

SELECT count(*) AS n FROM (SELECT i.rechtspersoon_id, n.burgerservicenummer, n.datum_geboorte, i.datum_inschrijving_gemeente FROM silver.ingeschreven_persoon i JOIN silver.natuurlijk_persoon n USING (rechtspersoon_id) WHERE i.datum_inschrijving_gemeente IS NOT NULL AND n.datum_geboorte NOT LIKE '%-00%'
  AND CAST(i.datum_inschrijving_gemeente AS VARCHAR(10)) < n.datum_geboorte) AS violations;

SELECT a.rechtspersoon_id, a.partner_id, b.partner_id AS partner_van_partner FROM silver.ingeschreven_persoon a JOIN silver.natuurlijk_persoon pn ON pn.burgerservicenummer = a.partner_id JOIN silver.ingeschreven_persoon b ON b.rechtspersoon_id = pn.rechtspersoon_id JOIN silver.natuurlijk_persoon an ON an.rechtspersoon_id = a.rechtspersoon_id WHERE b.partner_id IS NULL OR b.partner_id <> an.burgerservicenummer;

SELECT count(*) AS n FROM (SELECT a.rechtspersoon_id, a.partner_id, b.partner_id AS partner_van_partner FROM silver.ingeschreven_persoon a JOIN silver.natuurlijk_persoon pn ON pn.burgerservicenummer = a.partner_id JOIN silver.ingeschreven_persoon b ON b.rechtspersoon_id = pn.rechtspersoon_id JOIN silver.natuurlijk_persoon an ON an.rechtspersoon_id = a.rechtspersoon_id WHERE b.partner_id IS NULL OR b.partner_id <> an.burgerservicenummer) AS violations;

SELECT t.* FROM silver.huishouden AS t WHERE NOT COALESCE((huishoudengrootte >= 1), FALSE);

SELECT count(*) AS n FROM (SELECT t.* FROM silver.huishouden AS t WHERE NOT COALESCE((huishoudengrootte >= 1), FALSE)) AS violations;

SELECT COUNT_IF(length(t.adres_herkomst) > 1) AS c0, COUNT_IF(length(t.anummer) > 20) AS c1, COUNT_IF(length(t.beschrijving_locatie) > 200) AS c2, COUNT_IF(length(t.gemeente_van_inschrijving) > 80) AS c3, COUNT_IF(length(t.buitenlands_reisdocument) > 80) AS c4, COUNT_IF(length(t.reden_opschorting_bijhouding) > 200) AS c5, COUNT_IF(length(t.reden_einde_bewoning) > 200) AS c6, COUNT_IF(length(t.ouder1) > 40) AS c7, COUNT_IF(length(t.ouder2) > 40) AS c8, COUNT_IF(length(t.partner_id) > 40) AS c9, COUNT_IF(t.land_waarvandaan_ingeschreven_id IS NOT NULL) AS c10, COUNT_IF(t.land_waarnaar_vertrokken_id IS NOT NULL) AS c11, COUNT_IF(t.verblijfstitel_id IS NOT NULL) AS c12, COUNT_IF(t.briefadres_id IS NOT NULL) AS c13 FROM silver.ingeschreven_persoon AS t;

SELECT COUNT_IF(length(t.aanduiding_naamgebruik) > 50) AS c0, COUNT_IF(length(t.geslachtsnaam_aanschrijving) > 200) AS c1, COUNT_IF(length(t.voornamen) > 200) AS c2, COUNT_IF(length(t.academische_titel) > 80) AS c3, COUNT_IF(length(t.datum_geboorte) > 22) AS c4, COUNT_IF(length(t.geboorteplaats) > 200) AS c5, COUNT_IF(length(t.geslachtsnaam) > 200) AS c6, COUNT_IF(length(t.overlijdensplaats) > 200) AS c7, COUNT_IF(length(t.voorletters_aanschrijving) > 20) AS c8, COUNT_IF(length(t.datum_overlijden) > 22) AS c9, COUNT_IF(length(t.geslachtsaanduiding) > 1) AS c10, COUNT_IF(length(t.voornamen_aanschrijving) > 200) AS c11, COUNT_IF(length(t.voorvoegsel_geslachtsnaam) > 80) AS c12, COUNT_IF(length(t.aanhef_aanschrijving) > 50) AS c13, COUNT_IF(length(t.burgerservicenummer) > 9) AS c14, COUNT_IF(t.burgerservicenummer IS NOT NULL AND (CASE WHEN length(CAST(t.burgerservicenummer AS VARCHAR)) <> 9 OR translate(CAST(t.burgerservicenummer AS VARCHAR), '0123456789', '') <> '' OR CAST(t.burgerservicenummer AS VARCHAR) = '000000000' THEN TRUE WHEN (9 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 1, 1), '0123456789') - 1) + 8 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 2, 1), '0123456789') - 1) + 7 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 3, 1), '0123456789') - 1) + 6 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 4, 1), '0123456789') - 1) + 5 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 5, 1), '0123456789') - 1) + 4 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 6, 1), '0123456789') - 1) + 3 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 7, 1), '0123456789') - 1) + 2 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 8, 1), '0123456789') - 1) - (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN TRUE ELSE FALSE END)) AS c15, COUNT_IF(length(t.handlichting) > 50) AS c16, COUNT_IF(length(t.achternaam) > 100) AS c17, COUNT_IF(length(t.nationaliteit) > 100) AS c18, COUNT_IF(length(t.bijzonder_nederlanderschap) > 50) AS c19, COUNT_IF(length(t.anummer) > 20) AS c20, COUNT_IF(t.geboorteland_id IS NOT NULL) AS c21, COUNT_IF(t.land_overlijden_id IS NOT NULL) AS c22, COUNT_IF(t.is_object_id IS NOT NULL) AS c23, COUNT_IF(t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL) AS c24 FROM silver.natuurlijk_persoon AS t;

SELECT COUNT_IF(length(t.huisletter) > 1) AS c0, COUNT_IF(t.huisletter IS NULL AND t.valid_to IS NULL) AS c1, COUNT_IF(t.huisnummer IS NULL AND t.valid_to IS NULL) AS c2, COUNT_IF(length(t.huisnummertoevoeging) > 4) AS c3, COUNT_IF(t.huisnummertoevoeging IS NULL AND t.valid_to IS NULL) AS c4, COUNT_IF(length(t.postcode) > 6) AS c5, COUNT_IF(t.postcode IS NULL AND t.valid_to IS NULL) AS c6, COUNT_IF(t.begin_geldigheid IS NULL AND t.valid_to IS NULL) AS c7, COUNT_IF(t.einde_geldigheid IS NULL AND t.valid_to IS NULL) AS c8, COUNT_IF(t.status_enum_id IS NULL AND t.valid_to IS NULL) AS c9, COUNT_IF(t.geconstateerd IS NULL AND t.valid_to IS NULL) AS c10, COUNT_IF(t.identificatie IS NULL AND t.valid_to IS NULL) AS c11, COUNT_IF(t.type_adresseerbaar_object_enum_id IS NULL AND t.valid_to IS NULL) AS c12, COUNT_IF(t.datum_ingang IS NULL AND t.valid_to IS NULL) AS c13, COUNT_IF(t.datum_einde IS NULL AND t.valid_to IS NULL) AS c14, COUNT_IF(t.versie IS NULL AND t.valid_to IS NULL) AS c15, COUNT_IF(t.geometrie IS NULL AND t.valid_to IS NULL) AS c16, COUNT_IF(t.documentdatum IS NULL AND t.valid_to IS NULL) AS c17, COUNT_IF(t.documentnummer IS NULL AND t.valid_to IS NULL) AS c18, COUNT_IF(t.verwijst_naar_locatieaanduiding_woz_object_id IS NOT NULL) AS c19, COUNT_IF(t.ligt_aan_openbare_ruimte_id IS NOT NULL) AS c20, COUNT_IF(t.ligt_in_buurt_id IS NOT NULL) AS c21, COUNT_IF(t.ligt_in_woonplaats_id IS NOT NULL) AS c22, COUNT_IF(t.heeft_als_nevenadres_adresseerbaar_object_id IS NOT NULL) AS c23, COUNT_IF(t.verwijst_naar_locatieaanduiding_woz_object_id IS NULL AND t.valid_to IS NULL) AS c24, COUNT_IF(t.ligt_aan_openbare_ruimte_id IS NULL AND t.valid_to IS NULL) AS c25, COUNT_IF(t.ligt_in_buurt_id IS NULL AND t.valid_to IS NULL) AS c26, COUNT_IF(t.heeft_als_nevenadres_adresseerbaar_object_id IS NULL AND t.valid_to IS NULL) AS c27 FROM silver.nummeraanduiding AS t;

SELECT COUNT_IF(NOT COALESCE((huishoudengrootte >= 1), FALSE)) AS c0 FROM silver.huishouden AS t;
