SELECT t.beschikking_id, t.code, length(t.code) AS value_length FROM silver.beschikking AS t WHERE length(t.code) > 20;

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.code, length(t.code) AS value_length FROM silver.beschikking AS t WHERE length(t.code) > 20) AS violations;

SELECT t.beschikking_id, t.commentaar, length(t.commentaar) AS value_length FROM silver.beschikking AS t WHERE length(t.commentaar) > 200;

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.commentaar, length(t.commentaar) AS value_length FROM silver.beschikking AS t WHERE length(t.commentaar) > 200) AS violations;

SELECT t.beschikking_id, t.wet_enum_id FROM silver.beschikking AS t WHERE t.wet_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.wet_enum AS r WHERE r.wet_enum_id = t.wet_enum_id);

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.wet_enum_id FROM silver.beschikking AS t WHERE t.wet_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.wet_enum AS r WHERE r.wet_enum_id = t.wet_enum_id)) AS violations;

SELECT t.beschikking_id, t.leidt_tot_aom_aanvraag_wmo_jeugd_id FROM silver.beschikking AS t WHERE t.leidt_tot_aom_aanvraag_wmo_jeugd_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.leidt_tot_aom_aanvraag_wmo_jeugd_id FROM silver.beschikking AS t WHERE t.leidt_tot_aom_aanvraag_wmo_jeugd_id IS NOT NULL) AS violations;

SELECT t.beschikking_id, t.client_id FROM silver.beschikking AS t WHERE t.client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.client_id);

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.client_id FROM silver.beschikking AS t WHERE t.client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.client_id)) AS violations;

SELECT t.beschikking_id, t.geeft_af_clientbegeleider_id FROM silver.beschikking AS t WHERE t.geeft_af_clientbegeleider_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.geeft_af_clientbegeleider_id FROM silver.beschikking AS t WHERE t.geeft_af_clientbegeleider_id IS NOT NULL) AS violations;

SELECT t.beschikking_id, t.client_id FROM silver.beschikking AS t WHERE t.client_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.client_id FROM silver.beschikking AS t WHERE t.client_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.beschikking_id, t.geeft_af_clientbegeleider_id FROM silver.beschikking AS t WHERE t.geeft_af_clientbegeleider_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.beschikking_id, t.geeft_af_clientbegeleider_id FROM silver.beschikking AS t WHERE t.geeft_af_clientbegeleider_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.rechtspersoon_id, t.code, length(t.code) AS value_length FROM silver.client AS t WHERE length(t.code) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.code, length(t.code) AS value_length FROM silver.client AS t WHERE length(t.code) > 80) AS violations;

SELECT t.rechtspersoon_id, t.juridische_status, length(t.juridische_status) AS value_length FROM silver.client AS t WHERE length(t.juridische_status) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.juridische_status, length(t.juridische_status) AS value_length FROM silver.client AS t WHERE length(t.juridische_status) > 80) AS violations;

SELECT t.rechtspersoon_id, t.wettelijke_vertegenwoordiging, length(t.wettelijke_vertegenwoordiging) AS value_length FROM silver.client AS t WHERE length(t.wettelijke_vertegenwoordiging) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.wettelijke_vertegenwoordiging, length(t.wettelijke_vertegenwoordiging) AS value_length FROM silver.client AS t WHERE length(t.wettelijke_vertegenwoordiging) > 80) AS violations;

SELECT t.rechtspersoon_id FROM silver.client AS t WHERE t.rechtspersoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.rechtspersoon_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id FROM silver.client AS t WHERE t.rechtspersoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.rechtspersoon_id)) AS violations;

SELECT t.rechtspersoon_id, t.is_partner_van_inkomensvoorziening_id FROM silver.client AS t WHERE t.is_partner_van_inkomensvoorziening_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.is_partner_van_inkomensvoorziening_id FROM silver.client AS t WHERE t.is_partner_van_inkomensvoorziening_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.heeft_voorziening_inkomensvoorziening_id FROM silver.client AS t WHERE t.heeft_voorziening_inkomensvoorziening_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.heeft_voorziening_inkomensvoorziening_id FROM silver.client AS t WHERE t.heeft_voorziening_inkomensvoorziening_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id FROM silver.client AS t WHERE t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id FROM silver.client AS t WHERE t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.is_partner_van_inkomensvoorziening_id FROM silver.client AS t WHERE t.is_partner_van_inkomensvoorziening_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.is_partner_van_inkomensvoorziening_id FROM silver.client AS t WHERE t.is_partner_van_inkomensvoorziening_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.rechtspersoon_id, t.heeft_voorziening_inkomensvoorziening_id FROM silver.client AS t WHERE t.heeft_voorziening_inkomensvoorziening_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.heeft_voorziening_inkomensvoorziening_id FROM silver.client AS t WHERE t.heeft_voorziening_inkomensvoorziening_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.rechtspersoon_id, t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id FROM silver.client AS t WHERE t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id FROM silver.client AS t WHERE t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.declaratie_generiek_jeugd_en_wmo_id, t.ingediend_door_leverancier_sociaal_domein_generiek_id FROM silver.declaratie_generiek_jeugd_en_wmo AS t WHERE t.ingediend_door_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.ingediend_door_leverancier_sociaal_domein_generiek_id);

SELECT count(*) AS n FROM (SELECT t.declaratie_generiek_jeugd_en_wmo_id, t.ingediend_door_leverancier_sociaal_domein_generiek_id FROM silver.declaratie_generiek_jeugd_en_wmo AS t WHERE t.ingediend_door_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.ingediend_door_leverancier_sociaal_domein_generiek_id)) AS violations;

SELECT t.declaratie_generiek_jeugd_en_wmo_id, t.ingediend_door_leverancier_sociaal_domein_generiek_id FROM silver.declaratie_generiek_jeugd_en_wmo AS t WHERE t.ingediend_door_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.declaratie_generiek_jeugd_en_wmo_id, t.ingediend_door_leverancier_sociaal_domein_generiek_id FROM silver.declaratie_generiek_jeugd_en_wmo AS t WHERE t.ingediend_door_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.declaratieregel_id, t.code, length(t.code) AS value_length FROM silver.declaratieregel AS t WHERE length(t.code) > 20;

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.code, length(t.code) AS value_length FROM silver.declaratieregel AS t WHERE length(t.code) > 20) AS violations;

SELECT t.declaratieregel_id, t.is_voor_beschikking_id FROM silver.declaratieregel AS t WHERE t.is_voor_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.is_voor_beschikking_id);

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.is_voor_beschikking_id FROM silver.declaratieregel AS t WHERE t.is_voor_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.is_voor_beschikking_id)) AS violations;

SELECT t.declaratieregel_id, t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id FROM silver.declaratieregel AS t WHERE t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.declaratie_generiek_jeugd_en_wmo AS r WHERE r.declaratie_generiek_jeugd_en_wmo_id = t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id);

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id FROM silver.declaratieregel AS t WHERE t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.declaratie_generiek_jeugd_en_wmo AS r WHERE r.declaratie_generiek_jeugd_en_wmo_id = t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id)) AS violations;

SELECT t.declaratieregel_id, t.betreft_client_id FROM silver.declaratieregel AS t WHERE t.betreft_client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.betreft_client_id);

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.betreft_client_id FROM silver.declaratieregel AS t WHERE t.betreft_client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.betreft_client_id)) AS violations;

SELECT t.declaratieregel_id, t.is_op_basis_van_toewijzing_id FROM silver.declaratieregel AS t WHERE t.is_op_basis_van_toewijzing_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.toewijzing AS r WHERE r.toewijzing_id = t.is_op_basis_van_toewijzing_id);

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.is_op_basis_van_toewijzing_id FROM silver.declaratieregel AS t WHERE t.is_op_basis_van_toewijzing_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.toewijzing AS r WHERE r.toewijzing_id = t.is_op_basis_van_toewijzing_id)) AS violations;

SELECT t.declaratieregel_id, t.is_voor_beschikking_id FROM silver.declaratieregel AS t WHERE t.is_voor_beschikking_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.is_voor_beschikking_id FROM silver.declaratieregel AS t WHERE t.is_voor_beschikking_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.declaratieregel_id, t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id FROM silver.declaratieregel AS t WHERE t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id FROM silver.declaratieregel AS t WHERE t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.declaratieregel_id, t.betreft_client_id FROM silver.declaratieregel AS t WHERE t.betreft_client_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.betreft_client_id FROM silver.declaratieregel AS t WHERE t.betreft_client_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.declaratieregel_id, t.is_op_basis_van_toewijzing_id FROM silver.declaratieregel AS t WHERE t.is_op_basis_van_toewijzing_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.declaratieregel_id, t.is_op_basis_van_toewijzing_id FROM silver.declaratieregel AS t WHERE t.is_op_basis_van_toewijzing_id IS NULL AND t.valid_to IS NULL) AS violations;

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

SELECT t.rechtspersoon_id, t.heeft_huishouden_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_huishouden_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.heeft_huishouden_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_huishouden_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.heeft_als_adres_nummeraanduiding_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_als_adres_nummeraanduiding_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.heeft_als_adres_nummeraanduiding_id FROM silver.ingeschreven_persoon AS t WHERE t.heeft_als_adres_nummeraanduiding_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.briefadres_id FROM silver.ingeschreven_persoon AS t WHERE t.briefadres_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.briefadres_id FROM silver.ingeschreven_persoon AS t WHERE t.briefadres_id IS NOT NULL) AS violations;

SELECT t.rechtspersoon_id, t.ouder_2_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_2_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_2_ingeschreven_persoon_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ouder_2_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_2_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_2_ingeschreven_persoon_id)) AS violations;

SELECT t.rechtspersoon_id, t.ouder_1_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_1_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_1_ingeschreven_persoon_id);

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.ouder_1_ingeschreven_persoon_id FROM silver.ingeschreven_persoon AS t WHERE t.ouder_1_ingeschreven_persoon_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.ingeschreven_persoon AS r WHERE r.rechtspersoon_id = t.ouder_1_ingeschreven_persoon_id)) AS violations;

SELECT t.rechtspersoon_id, t.agb_code, length(t.agb_code) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.agb_code) > 40;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.agb_code, length(t.agb_code) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.agb_code) > 40) AS violations;

SELECT t.rechtspersoon_id, t.soort_leverancier_code, length(t.soort_leverancier_code) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.soort_leverancier_code) > 8;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.soort_leverancier_code, length(t.soort_leverancier_code) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.soort_leverancier_code) > 8) AS violations;

SELECT t.rechtspersoon_id, t.soort_leverancier, length(t.soort_leverancier) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.soort_leverancier) > 80;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.soort_leverancier, length(t.soort_leverancier) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.soort_leverancier) > 80) AS violations;

SELECT t.rechtspersoon_id, t.leverancierscode, length(t.leverancierscode) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.leverancierscode) > 8;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.leverancierscode, length(t.leverancierscode) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.leverancierscode) > 8) AS violations;

SELECT t.rechtspersoon_id, t.naam, length(t.naam) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.naam) > 200;

SELECT count(*) AS n FROM (SELECT t.rechtspersoon_id, t.naam, length(t.naam) AS value_length FROM silver.leverancier_sociaal_domein_generiek AS t WHERE length(t.naam) > 200) AS violations;

SELECT t.levering_id, t.code, length(t.code) AS value_length FROM silver.levering AS t WHERE length(t.code) > 20;

SELECT count(*) AS n FROM (SELECT t.levering_id, t.code, length(t.code) AS value_length FROM silver.levering AS t WHERE length(t.code) > 20) AS violations;

SELECT t.levering_id, t.eenheid_enum_id FROM silver.levering AS t WHERE t.eenheid_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.eenheid_enum AS r WHERE r.eenheid_enum_id = t.eenheid_enum_id);

SELECT count(*) AS n FROM (SELECT t.levering_id, t.eenheid_enum_id FROM silver.levering AS t WHERE t.eenheid_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.eenheid_enum AS r WHERE r.eenheid_enum_id = t.eenheid_enum_id)) AS violations;

SELECT t.levering_id, t.frequentie_enum_id FROM silver.levering AS t WHERE t.frequentie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.frequentie_enum AS r WHERE r.frequentie_enum_id = t.frequentie_enum_id);

SELECT count(*) AS n FROM (SELECT t.levering_id, t.frequentie_enum_id FROM silver.levering AS t WHERE t.frequentie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.frequentie_enum AS r WHERE r.frequentie_enum_id = t.frequentie_enum_id)) AS violations;

SELECT t.levering_id, t.geleverde_prestatie_beschikking_id FROM silver.levering AS t WHERE t.geleverde_prestatie_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.geleverde_prestatie_beschikking_id);

SELECT count(*) AS n FROM (SELECT t.levering_id, t.geleverde_prestatie_beschikking_id FROM silver.levering AS t WHERE t.geleverde_prestatie_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.geleverde_prestatie_beschikking_id)) AS violations;

SELECT t.levering_id, t.prestatie_voor_client_id FROM silver.levering AS t WHERE t.prestatie_voor_client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.prestatie_voor_client_id);

SELECT count(*) AS n FROM (SELECT t.levering_id, t.prestatie_voor_client_id FROM silver.levering AS t WHERE t.prestatie_voor_client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.prestatie_voor_client_id)) AS violations;

SELECT t.levering_id, t.geleverde_zorg_toewijzing_id FROM silver.levering AS t WHERE t.geleverde_zorg_toewijzing_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.toewijzing AS r WHERE r.toewijzing_id = t.geleverde_zorg_toewijzing_id);

SELECT count(*) AS n FROM (SELECT t.levering_id, t.geleverde_zorg_toewijzing_id FROM silver.levering AS t WHERE t.geleverde_zorg_toewijzing_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.toewijzing AS r WHERE r.toewijzing_id = t.geleverde_zorg_toewijzing_id)) AS violations;

SELECT t.levering_id, t.voorziening_voorziening_id FROM silver.levering AS t WHERE t.voorziening_voorziening_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.levering_id, t.voorziening_voorziening_id FROM silver.levering AS t WHERE t.voorziening_voorziening_id IS NOT NULL) AS violations;

SELECT t.levering_id, t.leverde_prestatie_leverancier_sociaal_domein_generiek_id FROM silver.levering AS t WHERE t.leverde_prestatie_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.leverde_prestatie_leverancier_sociaal_domein_generiek_id);

SELECT count(*) AS n FROM (SELECT t.levering_id, t.leverde_prestatie_leverancier_sociaal_domein_generiek_id FROM silver.levering AS t WHERE t.leverde_prestatie_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.leverde_prestatie_leverancier_sociaal_domein_generiek_id)) AS violations;

SELECT t.levering_id, t.voorziening_voorziening_id FROM silver.levering AS t WHERE t.voorziening_voorziening_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.levering_id, t.voorziening_voorziening_id FROM silver.levering AS t WHERE t.voorziening_voorziening_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.levering_id, t.leverde_prestatie_leverancier_sociaal_domein_generiek_id FROM silver.levering AS t WHERE t.leverde_prestatie_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.levering_id, t.leverde_prestatie_leverancier_sociaal_domein_generiek_id FROM silver.levering AS t WHERE t.leverde_prestatie_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS violations;

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

SELECT t.toewijzing_id, t.code, length(t.code) AS value_length FROM silver.toewijzing AS t WHERE length(t.code) > 20;

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.code, length(t.code) AS value_length FROM silver.toewijzing AS t WHERE length(t.code) > 20) AS violations;

SELECT t.toewijzing_id, t.eenheid_enum_id FROM silver.toewijzing AS t WHERE t.eenheid_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.eenheid_enum AS r WHERE r.eenheid_enum_id = t.eenheid_enum_id);

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.eenheid_enum_id FROM silver.toewijzing AS t WHERE t.eenheid_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.eenheid_enum AS r WHERE r.eenheid_enum_id = t.eenheid_enum_id)) AS violations;

SELECT t.toewijzing_id, t.frequentie_enum_id FROM silver.toewijzing AS t WHERE t.frequentie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.frequentie_enum AS r WHERE r.frequentie_enum_id = t.frequentie_enum_id);

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.frequentie_enum_id FROM silver.toewijzing AS t WHERE t.frequentie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.frequentie_enum AS r WHERE r.frequentie_enum_id = t.frequentie_enum_id)) AS violations;

SELECT t.toewijzing_id, t.wet_enum_id FROM silver.toewijzing AS t WHERE t.wet_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.wet_enum AS r WHERE r.wet_enum_id = t.wet_enum_id);

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.wet_enum_id FROM silver.toewijzing AS t WHERE t.wet_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.wet_enum AS r WHERE r.wet_enum_id = t.wet_enum_id)) AS violations;

SELECT t.toewijzing_id, t.toewijzing_beschikking_id FROM silver.toewijzing AS t WHERE t.toewijzing_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.toewijzing_beschikking_id);

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.toewijzing_beschikking_id FROM silver.toewijzing AS t WHERE t.toewijzing_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.toewijzing_beschikking_id)) AS violations;

SELECT t.toewijzing_id, t.levert_voorziening_leverancier_sociaal_domein_generiek_id FROM silver.toewijzing AS t WHERE t.levert_voorziening_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.levert_voorziening_leverancier_sociaal_domein_generiek_id);

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.levert_voorziening_leverancier_sociaal_domein_generiek_id FROM silver.toewijzing AS t WHERE t.levert_voorziening_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.levert_voorziening_leverancier_sociaal_domein_generiek_id)) AS violations;

SELECT t.toewijzing_id, t.toewijzing_beschikking_id FROM silver.toewijzing AS t WHERE t.toewijzing_beschikking_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.toewijzing_id, t.toewijzing_beschikking_id FROM silver.toewijzing AS t WHERE t.toewijzing_beschikking_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.referentie_aanbieder, length(t.referentie_aanbieder) AS value_length FROM silver.verzoek_om_toewijzing AS t WHERE length(t.referentie_aanbieder) > 40;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.referentie_aanbieder, length(t.referentie_aanbieder) AS value_length FROM silver.verzoek_om_toewijzing AS t WHERE length(t.referentie_aanbieder) > 40) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.beschikkingsnummer, length(t.beschikkingsnummer) AS value_length FROM silver.verzoek_om_toewijzing AS t WHERE length(t.beschikkingsnummer) > 40;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.beschikkingsnummer, length(t.beschikkingsnummer) AS value_length FROM silver.verzoek_om_toewijzing AS t WHERE length(t.beschikkingsnummer) > 40) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.verwijzer, length(t.verwijzer) AS value_length FROM silver.verzoek_om_toewijzing AS t WHERE length(t.verwijzer) > 200;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.verwijzer, length(t.verwijzer) AS value_length FROM silver.verzoek_om_toewijzing AS t WHERE length(t.verwijzer) > 200) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.eenheid_enum_id FROM silver.verzoek_om_toewijzing AS t WHERE t.eenheid_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.eenheid_enum AS r WHERE r.eenheid_enum_id = t.eenheid_enum_id);

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.eenheid_enum_id FROM silver.verzoek_om_toewijzing AS t WHERE t.eenheid_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.eenheid_enum AS r WHERE r.eenheid_enum_id = t.eenheid_enum_id)) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.frequentie_enum_id FROM silver.verzoek_om_toewijzing AS t WHERE t.frequentie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.frequentie_enum AS r WHERE r.frequentie_enum_id = t.frequentie_enum_id);

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.frequentie_enum_id FROM silver.verzoek_om_toewijzing AS t WHERE t.frequentie_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.frequentie_enum AS r WHERE r.frequentie_enum_id = t.frequentie_enum_id)) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.soort_verwijzer_enum_id FROM silver.verzoek_om_toewijzing AS t WHERE t.soort_verwijzer_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.soort_verwijzer_enum AS r WHERE r.soort_verwijzer_enum_id = t.soort_verwijzer_enum_id);

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.soort_verwijzer_enum_id FROM silver.verzoek_om_toewijzing AS t WHERE t.soort_verwijzer_enum_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.soort_verwijzer_enum AS r WHERE r.soort_verwijzer_enum_id = t.soort_verwijzer_enum_id)) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.leidt_tot_beschikking_id FROM silver.verzoek_om_toewijzing AS t WHERE t.leidt_tot_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.leidt_tot_beschikking_id);

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.leidt_tot_beschikking_id FROM silver.verzoek_om_toewijzing AS t WHERE t.leidt_tot_beschikking_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.beschikking AS r WHERE r.beschikking_id = t.leidt_tot_beschikking_id)) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.betreft_voorziening_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_voorziening_id IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.betreft_voorziening_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_voorziening_id IS NOT NULL) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.leverancier_leverancier_sociaal_domein_generiek_id FROM silver.verzoek_om_toewijzing AS t WHERE t.leverancier_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.leverancier_leverancier_sociaal_domein_generiek_id);

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.leverancier_leverancier_sociaal_domein_generiek_id FROM silver.verzoek_om_toewijzing AS t WHERE t.leverancier_leverancier_sociaal_domein_generiek_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.leverancier_sociaal_domein_generiek AS r WHERE r.rechtspersoon_id = t.leverancier_leverancier_sociaal_domein_generiek_id)) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.betreft_client_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.betreft_client_id);

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.betreft_client_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_client_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM silver.client AS r WHERE r.rechtspersoon_id = t.betreft_client_id)) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.betreft_voorziening_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_voorziening_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.betreft_voorziening_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_voorziening_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.leverancier_leverancier_sociaal_domein_generiek_id FROM silver.verzoek_om_toewijzing AS t WHERE t.leverancier_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.leverancier_leverancier_sociaal_domein_generiek_id FROM silver.verzoek_om_toewijzing AS t WHERE t.leverancier_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.verzoek_om_toewijzing_id, t.betreft_client_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_client_id IS NULL AND t.valid_to IS NULL;

SELECT count(*) AS n FROM (SELECT t.verzoek_om_toewijzing_id, t.betreft_client_id FROM silver.verzoek_om_toewijzing AS t WHERE t.betreft_client_id IS NULL AND t.valid_to IS NULL) AS violations;

SELECT t.* FROM silver.toewijzing AS t WHERE NOT COALESCE((datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing), FALSE);

SELECT count(*) AS n FROM (SELECT t.* FROM silver.toewijzing AS t WHERE NOT COALESCE((datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing), FALSE)) AS violations;

SELECT toewijzingnummer, wet_enum_id, count(DISTINCT toewijzing_id) AS toewijzingen FROM silver.toewijzing WHERE valid_to IS NULL AND toewijzingnummer IS NOT NULL GROUP BY toewijzingnummer, wet_enum_id HAVING count(DISTINCT toewijzing_id) > 1;

SELECT count(*) AS n FROM (SELECT toewijzingnummer, wet_enum_id, count(DISTINCT toewijzing_id) AS toewijzingen FROM silver.toewijzing WHERE valid_to IS NULL AND toewijzingnummer IS NOT NULL GROUP BY toewijzingnummer, wet_enum_id HAVING count(DISTINCT toewijzing_id) > 1) AS violations;

SELECT t.* FROM silver.levering AS t WHERE NOT COALESCE((datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start), FALSE);

SELECT count(*) AS n FROM (SELECT t.* FROM silver.levering AS t WHERE NOT COALESCE((datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start), FALSE)) AS violations;

SELECT geleverde_zorg_toewijzing_id, count(*) AS lopend FROM silver.levering WHERE valid_to IS NULL AND datum_stop IS NULL AND geleverde_zorg_toewijzing_id IS NOT NULL GROUP BY geleverde_zorg_toewijzing_id HAVING count(*) > 1;

SELECT count(*) AS n FROM (SELECT geleverde_zorg_toewijzing_id, count(*) AS lopend FROM silver.levering WHERE valid_to IS NULL AND datum_stop IS NULL AND geleverde_zorg_toewijzing_id IS NOT NULL GROUP BY geleverde_zorg_toewijzing_id HAVING count(*) > 1) AS violations;

SELECT r.declaratieregel_id, r.datum_start, r.datum_einde, t.datum_start_toewijzing, t.datum_einde_toewijzing FROM silver.declaratieregel r JOIN silver.toewijzing t ON t.toewijzing_id = r.is_op_basis_van_toewijzing_id WHERE r.valid_to IS NULL AND t.valid_to IS NULL
  AND (r.datum_start < t.datum_start_toewijzing OR r.datum_einde > t.datum_einde_toewijzing);

SELECT count(*) AS n FROM (SELECT r.declaratieregel_id, r.datum_start, r.datum_einde, t.datum_start_toewijzing, t.datum_einde_toewijzing FROM silver.declaratieregel r JOIN silver.toewijzing t ON t.toewijzing_id = r.is_op_basis_van_toewijzing_id WHERE r.valid_to IS NULL AND t.valid_to IS NULL
  AND (r.datum_start < t.datum_start_toewijzing OR r.datum_einde > t.datum_einde_toewijzing)) AS violations;

SELECT d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag, sum(r.bedrag) * 100 AS som_regels_cent FROM silver.declaratie_generiek_jeugd_en_wmo d JOIN silver.declaratieregel r ON r.valt_binnen_declaratie_generiek_jeugd_en_wmo_id = d.declaratie_generiek_jeugd_en_wmo_id WHERE d.valid_to IS NULL AND r.valid_to IS NULL GROUP BY d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag HAVING d.declaratie_bedrag <> sum(r.bedrag) * 100;

SELECT count(*) AS n FROM (SELECT d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag, sum(r.bedrag) * 100 AS som_regels_cent FROM silver.declaratie_generiek_jeugd_en_wmo d JOIN silver.declaratieregel r ON r.valt_binnen_declaratie_generiek_jeugd_en_wmo_id = d.declaratie_generiek_jeugd_en_wmo_id WHERE d.valid_to IS NULL AND r.valid_to IS NULL GROUP BY d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag HAVING d.declaratie_bedrag <> sum(r.bedrag) * 100) AS violations;

SELECT COUNT_IF(length(t.code) > 20) AS c0, COUNT_IF(length(t.commentaar) > 200) AS c1, COUNT_IF(t.leidt_tot_aom_aanvraag_wmo_jeugd_id IS NOT NULL) AS c2, COUNT_IF(t.geeft_af_clientbegeleider_id IS NOT NULL) AS c3, COUNT_IF(t.client_id IS NULL AND t.valid_to IS NULL) AS c4, COUNT_IF(t.geeft_af_clientbegeleider_id IS NULL AND t.valid_to IS NULL) AS c5 FROM silver.beschikking AS t;

SELECT COUNT_IF(length(t.code) > 80) AS c0, COUNT_IF(length(t.juridische_status) > 80) AS c1, COUNT_IF(length(t.wettelijke_vertegenwoordiging) > 80) AS c2, COUNT_IF(t.is_partner_van_inkomensvoorziening_id IS NOT NULL) AS c3, COUNT_IF(t.heeft_voorziening_inkomensvoorziening_id IS NOT NULL) AS c4, COUNT_IF(t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL) AS c5, COUNT_IF(t.is_partner_van_inkomensvoorziening_id IS NULL AND t.valid_to IS NULL) AS c6, COUNT_IF(t.heeft_voorziening_inkomensvoorziening_id IS NULL AND t.valid_to IS NULL) AS c7, COUNT_IF(t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS c8 FROM silver.client AS t;

SELECT COUNT_IF(t.ingediend_door_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS c0 FROM silver.declaratie_generiek_jeugd_en_wmo AS t;

SELECT COUNT_IF(length(t.code) > 20) AS c0, COUNT_IF(t.is_voor_beschikking_id IS NULL AND t.valid_to IS NULL) AS c1, COUNT_IF(t.valt_binnen_declaratie_generiek_jeugd_en_wmo_id IS NULL AND t.valid_to IS NULL) AS c2, COUNT_IF(t.betreft_client_id IS NULL AND t.valid_to IS NULL) AS c3, COUNT_IF(t.is_op_basis_van_toewijzing_id IS NULL AND t.valid_to IS NULL) AS c4 FROM silver.declaratieregel AS t;

SELECT COUNT_IF(length(t.adres_herkomst) > 1) AS c0, COUNT_IF(length(t.anummer) > 20) AS c1, COUNT_IF(length(t.beschrijving_locatie) > 200) AS c2, COUNT_IF(length(t.gemeente_van_inschrijving) > 80) AS c3, COUNT_IF(length(t.buitenlands_reisdocument) > 80) AS c4, COUNT_IF(length(t.reden_opschorting_bijhouding) > 200) AS c5, COUNT_IF(length(t.reden_einde_bewoning) > 200) AS c6, COUNT_IF(length(t.ouder1) > 40) AS c7, COUNT_IF(length(t.ouder2) > 40) AS c8, COUNT_IF(length(t.partner_id) > 40) AS c9, COUNT_IF(t.land_waarvandaan_ingeschreven_id IS NOT NULL) AS c10, COUNT_IF(t.land_waarnaar_vertrokken_id IS NOT NULL) AS c11, COUNT_IF(t.verblijfstitel_id IS NOT NULL) AS c12, COUNT_IF(t.heeft_huishouden_id IS NOT NULL) AS c13, COUNT_IF(t.heeft_als_adres_nummeraanduiding_id IS NOT NULL) AS c14, COUNT_IF(t.briefadres_id IS NOT NULL) AS c15 FROM silver.ingeschreven_persoon AS t;

SELECT COUNT_IF(length(t.agb_code) > 40) AS c0, COUNT_IF(length(t.soort_leverancier_code) > 8) AS c1, COUNT_IF(length(t.soort_leverancier) > 80) AS c2, COUNT_IF(length(t.leverancierscode) > 8) AS c3, COUNT_IF(length(t.naam) > 200) AS c4 FROM silver.leverancier_sociaal_domein_generiek AS t;

SELECT COUNT_IF(length(t.code) > 20) AS c0, COUNT_IF(t.voorziening_voorziening_id IS NOT NULL) AS c1, COUNT_IF(t.voorziening_voorziening_id IS NULL AND t.valid_to IS NULL) AS c2, COUNT_IF(t.leverde_prestatie_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS c3, COUNT_IF(NOT COALESCE((datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start), FALSE)) AS c4 FROM silver.levering AS t;

SELECT COUNT_IF(length(t.aanduiding_naamgebruik) > 50) AS c0, COUNT_IF(length(t.geslachtsnaam_aanschrijving) > 200) AS c1, COUNT_IF(length(t.voornamen) > 200) AS c2, COUNT_IF(length(t.academische_titel) > 80) AS c3, COUNT_IF(length(t.datum_geboorte) > 22) AS c4, COUNT_IF(length(t.geboorteplaats) > 200) AS c5, COUNT_IF(length(t.geslachtsnaam) > 200) AS c6, COUNT_IF(length(t.overlijdensplaats) > 200) AS c7, COUNT_IF(length(t.voorletters_aanschrijving) > 20) AS c8, COUNT_IF(length(t.datum_overlijden) > 22) AS c9, COUNT_IF(length(t.geslachtsaanduiding) > 1) AS c10, COUNT_IF(length(t.voornamen_aanschrijving) > 200) AS c11, COUNT_IF(length(t.voorvoegsel_geslachtsnaam) > 80) AS c12, COUNT_IF(length(t.aanhef_aanschrijving) > 50) AS c13, COUNT_IF(length(t.burgerservicenummer) > 9) AS c14, COUNT_IF(t.burgerservicenummer IS NOT NULL AND (CASE WHEN length(CAST(t.burgerservicenummer AS VARCHAR)) <> 9 OR translate(CAST(t.burgerservicenummer AS VARCHAR), '0123456789', '') <> '' OR CAST(t.burgerservicenummer AS VARCHAR) = '000000000' THEN TRUE WHEN (9 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 1, 1), '0123456789') - 1) + 8 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 2, 1), '0123456789') - 1) + 7 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 3, 1), '0123456789') - 1) + 6 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 4, 1), '0123456789') - 1) + 5 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 5, 1), '0123456789') - 1) + 4 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 6, 1), '0123456789') - 1) + 3 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 7, 1), '0123456789') - 1) + 2 * (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 8, 1), '0123456789') - 1) - (POSITION(substring(CAST(t.burgerservicenummer AS VARCHAR), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN TRUE ELSE FALSE END)) AS c15, COUNT_IF(length(t.handlichting) > 50) AS c16, COUNT_IF(length(t.achternaam) > 100) AS c17, COUNT_IF(length(t.nationaliteit) > 100) AS c18, COUNT_IF(length(t.bijzonder_nederlanderschap) > 50) AS c19, COUNT_IF(length(t.anummer) > 20) AS c20, COUNT_IF(t.geboorteland_id IS NOT NULL) AS c21, COUNT_IF(t.land_overlijden_id IS NOT NULL) AS c22, COUNT_IF(t.is_object_id IS NOT NULL) AS c23, COUNT_IF(t.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id IS NOT NULL) AS c24 FROM silver.natuurlijk_persoon AS t;

SELECT COUNT_IF(length(t.code) > 20) AS c0, COUNT_IF(t.toewijzing_beschikking_id IS NULL AND t.valid_to IS NULL) AS c1, COUNT_IF(NOT COALESCE((datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing), FALSE)) AS c2 FROM silver.toewijzing AS t;

SELECT COUNT_IF(length(t.referentie_aanbieder) > 40) AS c0, COUNT_IF(length(t.beschikkingsnummer) > 40) AS c1, COUNT_IF(length(t.verwijzer) > 200) AS c2, COUNT_IF(t.betreft_voorziening_id IS NOT NULL) AS c3, COUNT_IF(t.betreft_voorziening_id IS NULL AND t.valid_to IS NULL) AS c4, COUNT_IF(t.leverancier_leverancier_sociaal_domein_generiek_id IS NULL AND t.valid_to IS NULL) AS c5, COUNT_IF(t.betreft_client_id IS NULL AND t.valid_to IS NULL) AS c6 FROM silver.verzoek_om_toewijzing AS t;
