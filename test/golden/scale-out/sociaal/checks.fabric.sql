SELECT t.[beschikking_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[beschikking] AS t WHERE LEN(t.[code]) > 20;

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[beschikking] AS t WHERE LEN(t.[code]) > 20) AS violations;

SELECT t.[beschikking_id], t.[commentaar], LEN(t.[commentaar]) AS value_length FROM [silver].[beschikking] AS t WHERE LEN(t.[commentaar]) > 200;

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[commentaar], LEN(t.[commentaar]) AS value_length FROM [silver].[beschikking] AS t WHERE LEN(t.[commentaar]) > 200) AS violations;

SELECT t.[beschikking_id], t.[wet_enum_id] FROM [silver].[beschikking] AS t WHERE t.[wet_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[wet_enum] AS r WHERE r.[wet_enum_id] = t.[wet_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[wet_enum_id] FROM [silver].[beschikking] AS t WHERE t.[wet_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[wet_enum] AS r WHERE r.[wet_enum_id] = t.[wet_enum_id])) AS violations;

SELECT t.[beschikking_id], t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] FROM [silver].[beschikking] AS t WHERE t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] FROM [silver].[beschikking] AS t WHERE t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] IS NOT NULL) AS violations;

SELECT t.[beschikking_id], t.[client_id] FROM [silver].[beschikking] AS t WHERE t.[client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[client_id]);

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[client_id] FROM [silver].[beschikking] AS t WHERE t.[client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[client_id])) AS violations;

SELECT t.[beschikking_id], t.[geeft_af_clientbegeleider_id] FROM [silver].[beschikking] AS t WHERE t.[geeft_af_clientbegeleider_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[geeft_af_clientbegeleider_id] FROM [silver].[beschikking] AS t WHERE t.[geeft_af_clientbegeleider_id] IS NOT NULL) AS violations;

SELECT t.[beschikking_id], t.[client_id] FROM [silver].[beschikking] AS t WHERE t.[client_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[client_id] FROM [silver].[beschikking] AS t WHERE t.[client_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[beschikking_id], t.[geeft_af_clientbegeleider_id] FROM [silver].[beschikking] AS t WHERE t.[geeft_af_clientbegeleider_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[beschikking_id], t.[geeft_af_clientbegeleider_id] FROM [silver].[beschikking] AS t WHERE t.[geeft_af_clientbegeleider_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[client] AS t WHERE LEN(t.[code]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[client] AS t WHERE LEN(t.[code]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[juridische_status], LEN(t.[juridische_status]) AS value_length FROM [silver].[client] AS t WHERE LEN(t.[juridische_status]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[juridische_status], LEN(t.[juridische_status]) AS value_length FROM [silver].[client] AS t WHERE LEN(t.[juridische_status]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[wettelijke_vertegenwoordiging], LEN(t.[wettelijke_vertegenwoordiging]) AS value_length FROM [silver].[client] AS t WHERE LEN(t.[wettelijke_vertegenwoordiging]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[wettelijke_vertegenwoordiging], LEN(t.[wettelijke_vertegenwoordiging]) AS value_length FROM [silver].[client] AS t WHERE LEN(t.[wettelijke_vertegenwoordiging]) > 80) AS violations;

SELECT t.[rechtspersoon_id] FROM [silver].[client] AS t WHERE t.[rechtspersoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[rechtspersoon_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id] FROM [silver].[client] AS t WHERE t.[rechtspersoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[rechtspersoon_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[is_partner_van_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[is_partner_van_inkomensvoorziening_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[is_partner_van_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[is_partner_van_inkomensvoorziening_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[heeft_voorziening_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[heeft_voorziening_inkomensvoorziening_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[heeft_voorziening_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[heeft_voorziening_inkomensvoorziening_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM [silver].[client] AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM [silver].[client] AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[is_partner_van_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[is_partner_van_inkomensvoorziening_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[is_partner_van_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[is_partner_van_inkomensvoorziening_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[heeft_voorziening_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[heeft_voorziening_inkomensvoorziening_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[heeft_voorziening_inkomensvoorziening_id] FROM [silver].[client] AS t WHERE t.[heeft_voorziening_inkomensvoorziening_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM [silver].[client] AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM [silver].[client] AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[declaratie_generiek_jeugd_en_wmo_id], t.[ingediend_door_leverancier_sociaal_domein_generiek_id] FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS t WHERE t.[ingediend_door_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[ingediend_door_leverancier_sociaal_domein_generiek_id]);

SELECT count(*) AS n FROM (SELECT t.[declaratie_generiek_jeugd_en_wmo_id], t.[ingediend_door_leverancier_sociaal_domein_generiek_id] FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS t WHERE t.[ingediend_door_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[ingediend_door_leverancier_sociaal_domein_generiek_id])) AS violations;

SELECT t.[declaratie_generiek_jeugd_en_wmo_id], t.[ingediend_door_leverancier_sociaal_domein_generiek_id] FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS t WHERE t.[ingediend_door_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[declaratie_generiek_jeugd_en_wmo_id], t.[ingediend_door_leverancier_sociaal_domein_generiek_id] FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS t WHERE t.[ingediend_door_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[declaratieregel_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[declaratieregel] AS t WHERE LEN(t.[code]) > 20;

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[declaratieregel] AS t WHERE LEN(t.[code]) > 20) AS violations;

SELECT t.[declaratieregel_id], t.[is_voor_beschikking_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_voor_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[is_voor_beschikking_id]);

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[is_voor_beschikking_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_voor_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[is_voor_beschikking_id])) AS violations;

SELECT t.[declaratieregel_id], t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] FROM [silver].[declaratieregel] AS t WHERE t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS r WHERE r.[declaratie_generiek_jeugd_en_wmo_id] = t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id]);

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] FROM [silver].[declaratieregel] AS t WHERE t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS r WHERE r.[declaratie_generiek_jeugd_en_wmo_id] = t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id])) AS violations;

SELECT t.[declaratieregel_id], t.[betreft_client_id] FROM [silver].[declaratieregel] AS t WHERE t.[betreft_client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[betreft_client_id]);

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[betreft_client_id] FROM [silver].[declaratieregel] AS t WHERE t.[betreft_client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[betreft_client_id])) AS violations;

SELECT t.[declaratieregel_id], t.[is_op_basis_van_toewijzing_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_op_basis_van_toewijzing_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[toewijzing] AS r WHERE r.[toewijzing_id] = t.[is_op_basis_van_toewijzing_id]);

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[is_op_basis_van_toewijzing_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_op_basis_van_toewijzing_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[toewijzing] AS r WHERE r.[toewijzing_id] = t.[is_op_basis_van_toewijzing_id])) AS violations;

SELECT t.[declaratieregel_id], t.[is_voor_beschikking_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_voor_beschikking_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[is_voor_beschikking_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_voor_beschikking_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[declaratieregel_id], t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] FROM [silver].[declaratieregel] AS t WHERE t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] FROM [silver].[declaratieregel] AS t WHERE t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[declaratieregel_id], t.[betreft_client_id] FROM [silver].[declaratieregel] AS t WHERE t.[betreft_client_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[betreft_client_id] FROM [silver].[declaratieregel] AS t WHERE t.[betreft_client_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[declaratieregel_id], t.[is_op_basis_van_toewijzing_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_op_basis_van_toewijzing_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[declaratieregel_id], t.[is_op_basis_van_toewijzing_id] FROM [silver].[declaratieregel] AS t WHERE t.[is_op_basis_van_toewijzing_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

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

SELECT t.[rechtspersoon_id], t.[heeft_huishouden_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_huishouden_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[heeft_huishouden_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_huishouden_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[heeft_als_adres_nummeraanduiding_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_als_adres_nummeraanduiding_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[heeft_als_adres_nummeraanduiding_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[heeft_als_adres_nummeraanduiding_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[briefadres_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[briefadres_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[briefadres_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[briefadres_id] IS NOT NULL) AS violations;

SELECT t.[rechtspersoon_id], t.[ouder_2_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_2_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_2_ingeschreven_persoon_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ouder_2_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_2_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_2_ingeschreven_persoon_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[ouder_1_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_1_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_1_ingeschreven_persoon_id]);

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[ouder_1_ingeschreven_persoon_id] FROM [silver].[ingeschreven_persoon] AS t WHERE t.[ouder_1_ingeschreven_persoon_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ingeschreven_persoon] AS r WHERE r.[rechtspersoon_id] = t.[ouder_1_ingeschreven_persoon_id])) AS violations;

SELECT t.[rechtspersoon_id], t.[agb_code], LEN(t.[agb_code]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[agb_code]) > 40;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[agb_code], LEN(t.[agb_code]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[agb_code]) > 40) AS violations;

SELECT t.[rechtspersoon_id], t.[soort_leverancier_code], LEN(t.[soort_leverancier_code]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[soort_leverancier_code]) > 8;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[soort_leverancier_code], LEN(t.[soort_leverancier_code]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[soort_leverancier_code]) > 8) AS violations;

SELECT t.[rechtspersoon_id], t.[soort_leverancier], LEN(t.[soort_leverancier]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[soort_leverancier]) > 80;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[soort_leverancier], LEN(t.[soort_leverancier]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[soort_leverancier]) > 80) AS violations;

SELECT t.[rechtspersoon_id], t.[leverancierscode], LEN(t.[leverancierscode]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[leverancierscode]) > 8;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[leverancierscode], LEN(t.[leverancierscode]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[leverancierscode]) > 8) AS violations;

SELECT t.[rechtspersoon_id], t.[naam], LEN(t.[naam]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[naam]) > 200;

SELECT count(*) AS n FROM (SELECT t.[rechtspersoon_id], t.[naam], LEN(t.[naam]) AS value_length FROM [silver].[leverancier_sociaal_domein_generiek] AS t WHERE LEN(t.[naam]) > 200) AS violations;

SELECT t.[levering_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[levering] AS t WHERE LEN(t.[code]) > 20;

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[levering] AS t WHERE LEN(t.[code]) > 20) AS violations;

SELECT t.[levering_id], t.[eenheid_enum_id] FROM [silver].[levering] AS t WHERE t.[eenheid_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[eenheid_enum] AS r WHERE r.[eenheid_enum_id] = t.[eenheid_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[eenheid_enum_id] FROM [silver].[levering] AS t WHERE t.[eenheid_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[eenheid_enum] AS r WHERE r.[eenheid_enum_id] = t.[eenheid_enum_id])) AS violations;

SELECT t.[levering_id], t.[frequentie_enum_id] FROM [silver].[levering] AS t WHERE t.[frequentie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[frequentie_enum] AS r WHERE r.[frequentie_enum_id] = t.[frequentie_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[frequentie_enum_id] FROM [silver].[levering] AS t WHERE t.[frequentie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[frequentie_enum] AS r WHERE r.[frequentie_enum_id] = t.[frequentie_enum_id])) AS violations;

SELECT t.[levering_id], t.[geleverde_prestatie_beschikking_id] FROM [silver].[levering] AS t WHERE t.[geleverde_prestatie_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[geleverde_prestatie_beschikking_id]);

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[geleverde_prestatie_beschikking_id] FROM [silver].[levering] AS t WHERE t.[geleverde_prestatie_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[geleverde_prestatie_beschikking_id])) AS violations;

SELECT t.[levering_id], t.[prestatie_voor_client_id] FROM [silver].[levering] AS t WHERE t.[prestatie_voor_client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[prestatie_voor_client_id]);

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[prestatie_voor_client_id] FROM [silver].[levering] AS t WHERE t.[prestatie_voor_client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[prestatie_voor_client_id])) AS violations;

SELECT t.[levering_id], t.[geleverde_zorg_toewijzing_id] FROM [silver].[levering] AS t WHERE t.[geleverde_zorg_toewijzing_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[toewijzing] AS r WHERE r.[toewijzing_id] = t.[geleverde_zorg_toewijzing_id]);

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[geleverde_zorg_toewijzing_id] FROM [silver].[levering] AS t WHERE t.[geleverde_zorg_toewijzing_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[toewijzing] AS r WHERE r.[toewijzing_id] = t.[geleverde_zorg_toewijzing_id])) AS violations;

SELECT t.[levering_id], t.[voorziening_voorziening_id] FROM [silver].[levering] AS t WHERE t.[voorziening_voorziening_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[voorziening_voorziening_id] FROM [silver].[levering] AS t WHERE t.[voorziening_voorziening_id] IS NOT NULL) AS violations;

SELECT t.[levering_id], t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] FROM [silver].[levering] AS t WHERE t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id]);

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] FROM [silver].[levering] AS t WHERE t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id])) AS violations;

SELECT t.[levering_id], t.[voorziening_voorziening_id] FROM [silver].[levering] AS t WHERE t.[voorziening_voorziening_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[voorziening_voorziening_id] FROM [silver].[levering] AS t WHERE t.[voorziening_voorziening_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[levering_id], t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] FROM [silver].[levering] AS t WHERE t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[levering_id], t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] FROM [silver].[levering] AS t WHERE t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

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

SELECT t.[toewijzing_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[toewijzing] AS t WHERE LEN(t.[code]) > 20;

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[toewijzing] AS t WHERE LEN(t.[code]) > 20) AS violations;

SELECT t.[toewijzing_id], t.[eenheid_enum_id] FROM [silver].[toewijzing] AS t WHERE t.[eenheid_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[eenheid_enum] AS r WHERE r.[eenheid_enum_id] = t.[eenheid_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[eenheid_enum_id] FROM [silver].[toewijzing] AS t WHERE t.[eenheid_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[eenheid_enum] AS r WHERE r.[eenheid_enum_id] = t.[eenheid_enum_id])) AS violations;

SELECT t.[toewijzing_id], t.[frequentie_enum_id] FROM [silver].[toewijzing] AS t WHERE t.[frequentie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[frequentie_enum] AS r WHERE r.[frequentie_enum_id] = t.[frequentie_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[frequentie_enum_id] FROM [silver].[toewijzing] AS t WHERE t.[frequentie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[frequentie_enum] AS r WHERE r.[frequentie_enum_id] = t.[frequentie_enum_id])) AS violations;

SELECT t.[toewijzing_id], t.[wet_enum_id] FROM [silver].[toewijzing] AS t WHERE t.[wet_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[wet_enum] AS r WHERE r.[wet_enum_id] = t.[wet_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[wet_enum_id] FROM [silver].[toewijzing] AS t WHERE t.[wet_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[wet_enum] AS r WHERE r.[wet_enum_id] = t.[wet_enum_id])) AS violations;

SELECT t.[toewijzing_id], t.[toewijzing_beschikking_id] FROM [silver].[toewijzing] AS t WHERE t.[toewijzing_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[toewijzing_beschikking_id]);

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[toewijzing_beschikking_id] FROM [silver].[toewijzing] AS t WHERE t.[toewijzing_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[toewijzing_beschikking_id])) AS violations;

SELECT t.[toewijzing_id], t.[levert_voorziening_leverancier_sociaal_domein_generiek_id] FROM [silver].[toewijzing] AS t WHERE t.[levert_voorziening_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[levert_voorziening_leverancier_sociaal_domein_generiek_id]);

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[levert_voorziening_leverancier_sociaal_domein_generiek_id] FROM [silver].[toewijzing] AS t WHERE t.[levert_voorziening_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[levert_voorziening_leverancier_sociaal_domein_generiek_id])) AS violations;

SELECT t.[toewijzing_id], t.[toewijzing_beschikking_id] FROM [silver].[toewijzing] AS t WHERE t.[toewijzing_beschikking_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[toewijzing_id], t.[toewijzing_beschikking_id] FROM [silver].[toewijzing] AS t WHERE t.[toewijzing_beschikking_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[referentie_aanbieder], LEN(t.[referentie_aanbieder]) AS value_length FROM [silver].[verzoek_om_toewijzing] AS t WHERE LEN(t.[referentie_aanbieder]) > 40;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[referentie_aanbieder], LEN(t.[referentie_aanbieder]) AS value_length FROM [silver].[verzoek_om_toewijzing] AS t WHERE LEN(t.[referentie_aanbieder]) > 40) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[beschikkingsnummer], LEN(t.[beschikkingsnummer]) AS value_length FROM [silver].[verzoek_om_toewijzing] AS t WHERE LEN(t.[beschikkingsnummer]) > 40;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[beschikkingsnummer], LEN(t.[beschikkingsnummer]) AS value_length FROM [silver].[verzoek_om_toewijzing] AS t WHERE LEN(t.[beschikkingsnummer]) > 40) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[verwijzer], LEN(t.[verwijzer]) AS value_length FROM [silver].[verzoek_om_toewijzing] AS t WHERE LEN(t.[verwijzer]) > 200;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[verwijzer], LEN(t.[verwijzer]) AS value_length FROM [silver].[verzoek_om_toewijzing] AS t WHERE LEN(t.[verwijzer]) > 200) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[eenheid_enum_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[eenheid_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[eenheid_enum] AS r WHERE r.[eenheid_enum_id] = t.[eenheid_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[eenheid_enum_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[eenheid_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[eenheid_enum] AS r WHERE r.[eenheid_enum_id] = t.[eenheid_enum_id])) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[frequentie_enum_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[frequentie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[frequentie_enum] AS r WHERE r.[frequentie_enum_id] = t.[frequentie_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[frequentie_enum_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[frequentie_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[frequentie_enum] AS r WHERE r.[frequentie_enum_id] = t.[frequentie_enum_id])) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[soort_verwijzer_enum_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[soort_verwijzer_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[soort_verwijzer_enum] AS r WHERE r.[soort_verwijzer_enum_id] = t.[soort_verwijzer_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[soort_verwijzer_enum_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[soort_verwijzer_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[soort_verwijzer_enum] AS r WHERE r.[soort_verwijzer_enum_id] = t.[soort_verwijzer_enum_id])) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[leidt_tot_beschikking_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[leidt_tot_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[leidt_tot_beschikking_id]);

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[leidt_tot_beschikking_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[leidt_tot_beschikking_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[beschikking] AS r WHERE r.[beschikking_id] = t.[leidt_tot_beschikking_id])) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[betreft_voorziening_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_voorziening_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[betreft_voorziening_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_voorziening_id] IS NOT NULL) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[leverancier_leverancier_sociaal_domein_generiek_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[leverancier_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[leverancier_leverancier_sociaal_domein_generiek_id]);

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[leverancier_leverancier_sociaal_domein_generiek_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[leverancier_leverancier_sociaal_domein_generiek_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[leverancier_sociaal_domein_generiek] AS r WHERE r.[rechtspersoon_id] = t.[leverancier_leverancier_sociaal_domein_generiek_id])) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[betreft_client_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[betreft_client_id]);

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[betreft_client_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_client_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[client] AS r WHERE r.[rechtspersoon_id] = t.[betreft_client_id])) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[betreft_voorziening_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_voorziening_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[betreft_voorziening_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_voorziening_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[leverancier_leverancier_sociaal_domein_generiek_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[leverancier_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[leverancier_leverancier_sociaal_domein_generiek_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[leverancier_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[verzoek_om_toewijzing_id], t.[betreft_client_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_client_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[verzoek_om_toewijzing_id], t.[betreft_client_id] FROM [silver].[verzoek_om_toewijzing] AS t WHERE t.[betreft_client_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.* FROM [silver].[toewijzing] AS t WHERE NOT CASE WHEN (datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing) THEN 1 ELSE 0 END = 1;

SELECT count(*) AS n FROM (SELECT t.* FROM [silver].[toewijzing] AS t WHERE NOT CASE WHEN (datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing) THEN 1 ELSE 0 END = 1) AS violations;

SELECT toewijzingnummer, wet_enum_id, count(DISTINCT toewijzing_id) AS toewijzingen FROM silver.toewijzing WHERE valid_to IS NULL AND toewijzingnummer IS NOT NULL GROUP BY toewijzingnummer, wet_enum_id HAVING count(DISTINCT toewijzing_id) > 1;

SELECT count(*) AS n FROM (SELECT toewijzingnummer, wet_enum_id, count(DISTINCT toewijzing_id) AS toewijzingen FROM silver.toewijzing WHERE valid_to IS NULL AND toewijzingnummer IS NOT NULL GROUP BY toewijzingnummer, wet_enum_id HAVING count(DISTINCT toewijzing_id) > 1) AS violations;

SELECT t.* FROM [silver].[levering] AS t WHERE NOT CASE WHEN (datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start) THEN 1 ELSE 0 END = 1;

SELECT count(*) AS n FROM (SELECT t.* FROM [silver].[levering] AS t WHERE NOT CASE WHEN (datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start) THEN 1 ELSE 0 END = 1) AS violations;

SELECT geleverde_zorg_toewijzing_id, count(*) AS lopend FROM silver.levering WHERE valid_to IS NULL AND datum_stop IS NULL AND geleverde_zorg_toewijzing_id IS NOT NULL GROUP BY geleverde_zorg_toewijzing_id HAVING count(*) > 1;

SELECT count(*) AS n FROM (SELECT geleverde_zorg_toewijzing_id, count(*) AS lopend FROM silver.levering WHERE valid_to IS NULL AND datum_stop IS NULL AND geleverde_zorg_toewijzing_id IS NOT NULL GROUP BY geleverde_zorg_toewijzing_id HAVING count(*) > 1) AS violations;

SELECT r.declaratieregel_id, r.datum_start, r.datum_einde, t.datum_start_toewijzing, t.datum_einde_toewijzing FROM silver.declaratieregel r JOIN silver.toewijzing t ON t.toewijzing_id = r.is_op_basis_van_toewijzing_id WHERE r.valid_to IS NULL AND t.valid_to IS NULL
  AND (r.datum_start < t.datum_start_toewijzing OR r.datum_einde > t.datum_einde_toewijzing);

SELECT count(*) AS n FROM (SELECT r.declaratieregel_id, r.datum_start, r.datum_einde, t.datum_start_toewijzing, t.datum_einde_toewijzing FROM silver.declaratieregel r JOIN silver.toewijzing t ON t.toewijzing_id = r.is_op_basis_van_toewijzing_id WHERE r.valid_to IS NULL AND t.valid_to IS NULL
  AND (r.datum_start < t.datum_start_toewijzing OR r.datum_einde > t.datum_einde_toewijzing)) AS violations;

SELECT d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag, sum(r.bedrag) * 100 AS som_regels_cent FROM silver.declaratie_generiek_jeugd_en_wmo d JOIN silver.declaratieregel r ON r.valt_binnen_declaratie_generiek_jeugd_en_wmo_id = d.declaratie_generiek_jeugd_en_wmo_id WHERE d.valid_to IS NULL AND r.valid_to IS NULL GROUP BY d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag HAVING d.declaratie_bedrag <> sum(r.bedrag) * 100;

SELECT count(*) AS n FROM (SELECT d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag, sum(r.bedrag) * 100 AS som_regels_cent FROM silver.declaratie_generiek_jeugd_en_wmo d JOIN silver.declaratieregel r ON r.valt_binnen_declaratie_generiek_jeugd_en_wmo_id = d.declaratie_generiek_jeugd_en_wmo_id WHERE d.valid_to IS NULL AND r.valid_to IS NULL GROUP BY d.declaratie_generiek_jeugd_en_wmo_id, d.declaratie_bedrag HAVING d.declaratie_bedrag <> sum(r.bedrag) * 100) AS violations;

SELECT SUM(CASE WHEN LEN(t.[code]) > 20 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[commentaar]) > 200 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] IS NOT NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[geeft_af_clientbegeleider_id] IS NOT NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[client_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[geeft_af_clientbegeleider_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c5 FROM [silver].[beschikking] AS t;

SELECT SUM(CASE WHEN LEN(t.[code]) > 80 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[juridische_status]) > 80 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[wettelijke_vertegenwoordiging]) > 80 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[is_partner_van_inkomensvoorziening_id] IS NOT NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[heeft_voorziening_inkomensvoorziening_id] IS NOT NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[is_partner_van_inkomensvoorziening_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[heeft_voorziening_inkomensvoorziening_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c8 FROM [silver].[client] AS t;

SELECT SUM(CASE WHEN t.[ingediend_door_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c0 FROM [silver].[declaratie_generiek_jeugd_en_wmo] AS t;

SELECT SUM(CASE WHEN LEN(t.[code]) > 20 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[is_voor_beschikking_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[valt_binnen_declaratie_generiek_jeugd_en_wmo_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[betreft_client_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[is_op_basis_van_toewijzing_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c4 FROM [silver].[declaratieregel] AS t;

SELECT SUM(CASE WHEN LEN(t.[adres_herkomst]) > 1 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[anummer]) > 20 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[beschrijving_locatie]) > 200 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[gemeente_van_inschrijving]) > 80 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN LEN(t.[buitenlands_reisdocument]) > 80 THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[reden_opschorting_bijhouding]) > 200 THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN LEN(t.[reden_einde_bewoning]) > 200 THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN LEN(t.[ouder1]) > 40 THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN LEN(t.[ouder2]) > 40 THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN LEN(t.[partner_id]) > 40 THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[land_waarvandaan_ingeschreven_id] IS NOT NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[land_waarnaar_vertrokken_id] IS NOT NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[verblijfstitel_id] IS NOT NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[heeft_huishouden_id] IS NOT NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN t.[heeft_als_adres_nummeraanduiding_id] IS NOT NULL THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[briefadres_id] IS NOT NULL THEN 1 ELSE 0 END) AS c15 FROM [silver].[ingeschreven_persoon] AS t;

SELECT SUM(CASE WHEN LEN(t.[agb_code]) > 40 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[soort_leverancier_code]) > 8 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[soort_leverancier]) > 80 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[leverancierscode]) > 8 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN LEN(t.[naam]) > 200 THEN 1 ELSE 0 END) AS c4 FROM [silver].[leverancier_sociaal_domein_generiek] AS t;

SELECT SUM(CASE WHEN LEN(t.[code]) > 20 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[voorziening_voorziening_id] IS NOT NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[voorziening_voorziening_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[leverde_prestatie_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN NOT CASE WHEN (datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start) THEN 1 ELSE 0 END = 1 THEN 1 ELSE 0 END) AS c4 FROM [silver].[levering] AS t;

SELECT SUM(CASE WHEN LEN(t.[aanduiding_naamgebruik]) > 50 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[geslachtsnaam_aanschrijving]) > 200 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[voornamen]) > 200 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[academische_titel]) > 80 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN LEN(t.[datum_geboorte]) > 22 THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[geboorteplaats]) > 200 THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN LEN(t.[geslachtsnaam]) > 200 THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN LEN(t.[overlijdensplaats]) > 200 THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN LEN(t.[voorletters_aanschrijving]) > 20 THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN LEN(t.[datum_overlijden]) > 22 THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN LEN(t.[geslachtsaanduiding]) > 1 THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN LEN(t.[voornamen_aanschrijving]) > 200 THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN LEN(t.[voorvoegsel_geslachtsnaam]) > 80 THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN LEN(t.[aanhef_aanschrijving]) > 50 THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN LEN(t.[burgerservicenummer]) > 9 THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[burgerservicenummer] IS NOT NULL AND (CASE WHEN LEN(CAST(t.[burgerservicenummer] AS VARCHAR(MAX))) <> 9 OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', '') <> '' OR CAST(t.[burgerservicenummer] AS VARCHAR(MAX)) = '000000000' THEN 1 WHEN (9 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 1, 1), '0123456789') - 1) + 8 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 2, 1), '0123456789') - 1) + 7 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 3, 1), '0123456789') - 1) + 6 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 4, 1), '0123456789') - 1) + 5 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 5, 1), '0123456789') - 1) + 4 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 6, 1), '0123456789') - 1) + 3 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 7, 1), '0123456789') - 1) + 2 * (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 8, 1), '0123456789') - 1) - (CHARINDEX(substring(CAST(t.[burgerservicenummer] AS VARCHAR(MAX)), 9, 1), '0123456789') - 1)) % 11 <> 0 THEN 1 ELSE 0 END) = 1 THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN LEN(t.[handlichting]) > 50 THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN LEN(t.[achternaam]) > 100 THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN LEN(t.[nationaliteit]) > 100 THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN LEN(t.[bijzonder_nederlanderschap]) > 50 THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN LEN(t.[anummer]) > 20 THEN 1 ELSE 0 END) AS c20, SUM(CASE WHEN t.[geboorteland_id] IS NOT NULL THEN 1 ELSE 0 END) AS c21, SUM(CASE WHEN t.[land_overlijden_id] IS NOT NULL THEN 1 ELSE 0 END) AS c22, SUM(CASE WHEN t.[is_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c23, SUM(CASE WHEN t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL THEN 1 ELSE 0 END) AS c24 FROM [silver].[natuurlijk_persoon] AS t;

SELECT SUM(CASE WHEN LEN(t.[code]) > 20 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[toewijzing_beschikking_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN NOT CASE WHEN (datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing) THEN 1 ELSE 0 END = 1 THEN 1 ELSE 0 END) AS c2 FROM [silver].[toewijzing] AS t;

SELECT SUM(CASE WHEN LEN(t.[referentie_aanbieder]) > 40 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[beschikkingsnummer]) > 40 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[verwijzer]) > 200 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[betreft_voorziening_id] IS NOT NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[betreft_voorziening_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[leverancier_leverancier_sociaal_domein_generiek_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[betreft_client_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c6 FROM [silver].[verzoek_om_toewijzing] AS t;
