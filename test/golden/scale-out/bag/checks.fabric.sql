SELECT t.[identificatie], t.[valid_from] FROM [silver].[adresseerbaar_object] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[adresseerbaar_object] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[adresseerbaar_object] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[adresseerbaar_object] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[type_adresseerbaar_object_bag_enum] AS r WHERE r.[type_adresseerbaar_object_bag_enum_id] = t.[type_adresseerbaar_object_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[type_adresseerbaar_object_bag_enum] AS r WHERE r.[type_adresseerbaar_object_bag_enum_id] = t.[type_adresseerbaar_object_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_winkelvloeroppervlak_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[heeft_winkelvloeroppervlak_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_winkelvloeroppervlak_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[heeft_winkelvloeroppervlak_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_als_hoofdadres_nummeraanduiding_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[heeft_als_hoofdadres_nummeraanduiding_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[nummeraanduiding] AS r WHERE r.[nummeraanduiding_id] = t.[heeft_als_hoofdadres_nummeraanduiding_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_als_hoofdadres_nummeraanduiding_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[heeft_als_hoofdadres_nummeraanduiding_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[nummeraanduiding] AS r WHERE r.[nummeraanduiding_id] = t.[heeft_als_hoofdadres_nummeraanduiding_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_als_hoofdadres_nummeraanduiding_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[heeft_als_hoofdadres_nummeraanduiding_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_als_hoofdadres_nummeraanduiding_id] FROM [silver].[adresseerbaar_object] AS t WHERE t.[heeft_als_hoofdadres_nummeraanduiding_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[ligplaats] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[ligplaats] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[geconstateerd_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[geconstateerd_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[ligplaats] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[ligplaats] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[ligplaats] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[ligplaats] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[ligplaats] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[ligplaats] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[ligplaats] AS t WHERE t.[geometrie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[ligplaats] AS t WHERE t.[geometrie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[ligplaats] AS t WHERE t.[begin_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[ligplaats] AS t WHERE t.[begin_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[ligplaats] AS t WHERE t.[eind_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[ligplaats] AS t WHERE t.[eind_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[ligplaats] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[ligplaats] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[ligplaats] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[ligplaats] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[object_id] FROM [silver].[ligplaats] AS t WHERE t.[object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[object_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[object_id] FROM [silver].[ligplaats] AS t WHERE t.[object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[object_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[geconstateerd_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[geconstateerd_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[geconstateerd_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[geconstateerd_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_ligplaats_enum] AS r WHERE r.[status_ligplaats_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[ligplaats] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_ligplaats_enum] AS r WHERE r.[status_ligplaats_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[ligplaats] AS t WHERE t.[is_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[ligplaats] AS t WHERE t.[is_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisletter], LEN(t.[huisletter]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisletter]) > 1;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisletter], LEN(t.[huisletter]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisletter]) > 1) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisletter] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisletter] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisletter] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisletter] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging], LEN(t.[huisnummertoevoeging]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisnummertoevoeging]) > 4;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging], LEN(t.[huisnummertoevoeging]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[huisnummertoevoeging]) > 4) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummertoevoeging] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummertoevoeging] FROM [silver].[nummeraanduiding] AS t WHERE t.[huisnummertoevoeging] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[postcode], LEN(t.[postcode]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[postcode]) > 6;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[postcode], LEN(t.[postcode]) AS value_length FROM [silver].[nummeraanduiding] AS t WHERE LEN(t.[postcode]) > 6) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[postcode] FROM [silver].[nummeraanduiding] AS t WHERE t.[postcode] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[postcode] FROM [silver].[nummeraanduiding] AS t WHERE t.[postcode] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[begin_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[begin_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[einde_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[einde_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[einde_geldigheid] FROM [silver].[nummeraanduiding] AS t WHERE t.[einde_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[nummeraanduiding] AS t WHERE t.[geconstateerd] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[nummeraanduiding] AS t WHERE t.[geconstateerd] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[nummeraanduiding] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[nummeraanduiding] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[nummeraanduiding] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[nummeraanduiding] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[nummeraanduiding] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[nummeraanduiding] AS t WHERE t.[geometrie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[nummeraanduiding] AS t WHERE t.[geometrie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[nummeraanduiding] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_nummeraanduiding_enum] AS r WHERE r.[status_nummeraanduiding_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_nummeraanduiding_enum] AS r WHERE r.[status_nummeraanduiding_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[type_adresseerbaar_object_bag_enum] AS r WHERE r.[type_adresseerbaar_object_bag_enum_id] = t.[type_adresseerbaar_object_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_adresseerbaar_object_enum_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[type_adresseerbaar_object_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[type_adresseerbaar_object_bag_enum] AS r WHERE r.[type_adresseerbaar_object_bag_enum_id] = t.[type_adresseerbaar_object_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[openbare_ruimte] AS r WHERE r.[openbare_ruimte_id] = t.[ligt_aan_openbare_ruimte_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[openbare_ruimte] AS r WHERE r.[openbare_ruimte_id] = t.[ligt_aan_openbare_ruimte_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_woonplaats_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[woonplaats] AS r WHERE r.[woonplaats_id] = t.[ligt_in_woonplaats_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_woonplaats_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[woonplaats] AS r WHERE r.[woonplaats_id] = t.[ligt_in_woonplaats_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[heeft_als_nevenadres_adresseerbaar_object_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[heeft_als_nevenadres_adresseerbaar_object_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[verwijst_naar_locatieaanduiding_woz_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_aan_openbare_ruimte_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_aan_openbare_ruimte_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[ligt_in_buurt_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_als_nevenadres_adresseerbaar_object_id] FROM [silver].[nummeraanduiding] AS t WHERE t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[openbare_ruimte] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[openbare_ruimte] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[naam_openbareruimte], LEN(t.[naam_openbareruimte]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[naam_openbareruimte]) > 80;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[naam_openbareruimte], LEN(t.[naam_openbareruimte]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[naam_openbareruimte]) > 80) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[naam_openbareruimte] FROM [silver].[openbare_ruimte] AS t WHERE t.[naam_openbareruimte] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[naam_openbareruimte] FROM [silver].[openbare_ruimte] AS t WHERE t.[naam_openbareruimte] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[openbare_ruimte] AS t WHERE t.[geconstateerd] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[openbare_ruimte] AS t WHERE t.[geconstateerd] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_openbareruimte_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[type_openbareruimte_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_openbareruimte_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[type_openbareruimte_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[straatnaam], LEN(t.[straatnaam]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[straatnaam]) > 24;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[straatnaam], LEN(t.[straatnaam]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[straatnaam]) > 24) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[straatnaam] FROM [silver].[openbare_ruimte] AS t WHERE t.[straatnaam] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[straatnaam] FROM [silver].[openbare_ruimte] AS t WHERE t.[straatnaam] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_nummers], LEN(t.[huisnummerrange_even_nummers]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[huisnummerrange_even_nummers]) > 11;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_nummers], LEN(t.[huisnummerrange_even_nummers]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[huisnummerrange_even_nummers]) > 11) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_nummers] FROM [silver].[openbare_ruimte] AS t WHERE t.[huisnummerrange_even_nummers] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_nummers] FROM [silver].[openbare_ruimte] AS t WHERE t.[huisnummerrange_even_nummers] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_oneven_nummers], LEN(t.[huisnummerrange_oneven_nummers]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[huisnummerrange_oneven_nummers]) > 11;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_oneven_nummers], LEN(t.[huisnummerrange_oneven_nummers]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[huisnummerrange_oneven_nummers]) > 11) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_oneven_nummers] FROM [silver].[openbare_ruimte] AS t WHERE t.[huisnummerrange_oneven_nummers] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_oneven_nummers] FROM [silver].[openbare_ruimte] AS t WHERE t.[huisnummerrange_oneven_nummers] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_en_oneven_nummers], LEN(t.[huisnummerrange_even_en_oneven_nummers]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[huisnummerrange_even_en_oneven_nummers]) > 11;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_en_oneven_nummers], LEN(t.[huisnummerrange_even_en_oneven_nummers]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[huisnummerrange_even_en_oneven_nummers]) > 11) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_en_oneven_nummers] FROM [silver].[openbare_ruimte] AS t WHERE t.[huisnummerrange_even_en_oneven_nummers] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[huisnummerrange_even_en_oneven_nummers] FROM [silver].[openbare_ruimte] AS t WHERE t.[huisnummerrange_even_en_oneven_nummers] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[label_naam], LEN(t.[label_naam]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[label_naam]) > 80;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[label_naam], LEN(t.[label_naam]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[label_naam]) > 80) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[label_naam] FROM [silver].[openbare_ruimte] AS t WHERE t.[label_naam] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[label_naam] FROM [silver].[openbare_ruimte] AS t WHERE t.[label_naam] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[openbare_ruimte] AS t WHERE t.[geometrie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[openbare_ruimte] AS t WHERE t.[geometrie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[wegsegment] FROM [silver].[openbare_ruimte] AS t WHERE t.[wegsegment] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[wegsegment] FROM [silver].[openbare_ruimte] AS t WHERE t.[wegsegment] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begingeldigheid] FROM [silver].[openbare_ruimte] AS t WHERE t.[begingeldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begingeldigheid] FROM [silver].[openbare_ruimte] AS t WHERE t.[begingeldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[openbare_ruimte] AS t WHERE t.[eind_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[openbare_ruimte] AS t WHERE t.[eind_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[straatcode], LEN(t.[straatcode]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[straatcode]) > 80;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[straatcode], LEN(t.[straatcode]) AS value_length FROM [silver].[openbare_ruimte] AS t WHERE LEN(t.[straatcode]) > 80) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[straatcode] FROM [silver].[openbare_ruimte] AS t WHERE t.[straatcode] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[straatcode] FROM [silver].[openbare_ruimte] AS t WHERE t.[straatcode] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[openbare_ruimte] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[openbare_ruimte] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[openbare_ruimte] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[openbare_ruimte] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[openbare_ruimte] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[openbare_ruimte] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[openbare_ruimte] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[openbare_ruimte] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[openbare_ruimte] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[openbare_ruimte] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_openbare_ruimte_enum] AS r WHERE r.[status_openbare_ruimte_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_openbare_ruimte_enum] AS r WHERE r.[status_openbare_ruimte_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[type_openbareruimte_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[type_openbareruimte_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[typering_openbare_ruimte_enum] AS r WHERE r.[typering_openbare_ruimte_enum_id] = t.[type_openbareruimte_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[type_openbareruimte_enum_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[type_openbareruimte_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[typering_openbare_ruimte_enum] AS r WHERE r.[typering_openbare_ruimte_enum_id] = t.[type_openbareruimte_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[betreft_beschermde_status_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[betreft_beschermde_status_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[betreft_beschermde_status_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[betreft_beschermde_status_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_woonplaats_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[woonplaats] AS r WHERE r.[woonplaats_id] = t.[ligt_in_woonplaats_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_woonplaats_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[woonplaats] AS r WHERE r.[woonplaats_id] = t.[ligt_in_woonplaats_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_rsgb_plus_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_buurt_rsgb_plus_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_rsgb_plus_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_buurt_rsgb_plus_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[is_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[is_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_woonplaats_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_woonplaats_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_woonplaats_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_rsgb_plus_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_buurt_rsgb_plus_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ligt_in_buurt_rsgb_plus_id] FROM [silver].[openbare_ruimte] AS t WHERE t.[ligt_in_buurt_rsgb_plus_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[pand] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[pand] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[pand] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[pand] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_voortgang_bouw_enum_id] FROM [silver].[pand] AS t WHERE t.[status_voortgang_bouw_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_voortgang_bouw_enum_id] FROM [silver].[pand] AS t WHERE t.[status_voortgang_bouw_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[oorspronkelijk_bouwjaar] FROM [silver].[pand] AS t WHERE t.[oorspronkelijk_bouwjaar] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[oorspronkelijk_bouwjaar] FROM [silver].[pand] AS t WHERE t.[oorspronkelijk_bouwjaar] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[oppervlakte] FROM [silver].[pand] AS t WHERE t.[oppervlakte] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[oppervlakte] FROM [silver].[pand] AS t WHERE t.[oppervlakte] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[bruto_inhoud_pand] FROM [silver].[pand] AS t WHERE t.[bruto_inhoud_pand] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[bruto_inhoud_pand] FROM [silver].[pand] AS t WHERE t.[bruto_inhoud_pand] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[pand] AS t WHERE t.[geconstateerd] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[pand] AS t WHERE t.[geconstateerd] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[hoogste_bouwlaag] FROM [silver].[pand] AS t WHERE t.[hoogste_bouwlaag] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[hoogste_bouwlaag] FROM [silver].[pand] AS t WHERE t.[hoogste_bouwlaag] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[laagste_bouwlaag] FROM [silver].[pand] AS t WHERE t.[laagste_bouwlaag] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[laagste_bouwlaag] FROM [silver].[pand] AS t WHERE t.[laagste_bouwlaag] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie_bovenaanzicht] FROM [silver].[pand] AS t WHERE t.[geometrie_bovenaanzicht] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie_bovenaanzicht] FROM [silver].[pand] AS t WHERE t.[geometrie_bovenaanzicht] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie_maaiveld] FROM [silver].[pand] AS t WHERE t.[geometrie_maaiveld] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie_maaiveld] FROM [silver].[pand] AS t WHERE t.[geometrie_maaiveld] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[relatieve_hoogteligging] FROM [silver].[pand] AS t WHERE t.[relatieve_hoogteligging] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[relatieve_hoogteligging] FROM [silver].[pand] AS t WHERE t.[relatieve_hoogteligging] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[pand] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[pand] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[pand] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[pand] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[pand] AS t WHERE t.[begin_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[pand] AS t WHERE t.[begin_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[pand] AS t WHERE t.[eind_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[pand] AS t WHERE t.[eind_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie_punt] FROM [silver].[pand] AS t WHERE t.[geometrie_punt] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie_punt] FROM [silver].[pand] AS t WHERE t.[geometrie_punt] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[pand] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[pand] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[pand] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[pand] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[pand] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[pand] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[pand] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_pand_enum] AS r WHERE r.[status_pand_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[pand] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_pand_enum] AS r WHERE r.[status_pand_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_voortgang_bouw_enum_id] FROM [silver].[pand] AS t WHERE t.[status_voortgang_bouw_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_voortgang_bouw_enum] AS r WHERE r.[status_voortgang_bouw_enum_id] = t.[status_voortgang_bouw_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_voortgang_bouw_enum_id] FROM [silver].[pand] AS t WHERE t.[status_voortgang_bouw_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_voortgang_bouw_enum] AS r WHERE r.[status_voortgang_bouw_enum_id] = t.[status_voortgang_bouw_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[pand] AS t WHERE t.[heeft_vastgoedobject_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[pand] AS t WHERE t.[heeft_vastgoedobject_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[zonder_verblijfsobject_ligt_in_buurt_id] FROM [silver].[pand] AS t WHERE t.[zonder_verblijfsobject_ligt_in_buurt_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[zonder_verblijfsobject_ligt_in_buurt_id] FROM [silver].[pand] AS t WHERE t.[zonder_verblijfsobject_ligt_in_buurt_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id] FROM [silver].[pand] AS t WHERE t.[zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id] FROM [silver].[pand] AS t WHERE t.[zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[pand] AS t WHERE t.[is_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[pand] AS t WHERE t.[is_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[pand] AS t WHERE t.[heeft_vastgoedobject_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[pand] AS t WHERE t.[heeft_vastgoedobject_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[standplaats] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[standplaats] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[standplaats] AS t WHERE t.[geconstateerd] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[standplaats] AS t WHERE t.[geconstateerd] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[standplaats] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[standplaats] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[standplaats] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[standplaats] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[standplaats] AS t WHERE t.[geometrie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[standplaats] AS t WHERE t.[geometrie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[standplaats] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[standplaats] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[standplaats] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[standplaats] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[standplaats] AS t WHERE t.[begin_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[standplaats] AS t WHERE t.[begin_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[standplaats] AS t WHERE t.[eind_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[standplaats] AS t WHERE t.[eind_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[standplaats] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[standplaats] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[standplaats] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[standplaats] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[object_id] FROM [silver].[standplaats] AS t WHERE t.[object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[object_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[object_id] FROM [silver].[standplaats] AS t WHERE t.[object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[object_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[standplaats] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_standplaats_enum] AS r WHERE r.[status_standplaats_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[standplaats] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_standplaats_enum] AS r WHERE r.[status_standplaats_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[standplaats] AS t WHERE t.[is_object_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[is_object_id] FROM [silver].[standplaats] AS t WHERE t.[is_object_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[verblijfsobject] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[verblijfsobject] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[verblijfsobject] AS t WHERE t.[geconstateerd] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd] FROM [silver].[verblijfsobject] AS t WHERE t.[geconstateerd] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[hoogste_bouwlaag] FROM [silver].[verblijfsobject] AS t WHERE t.[hoogste_bouwlaag] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[hoogste_bouwlaag] FROM [silver].[verblijfsobject] AS t WHERE t.[hoogste_bouwlaag] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[laagste_bouwlaag] FROM [silver].[verblijfsobject] AS t WHERE t.[laagste_bouwlaag] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[laagste_bouwlaag] FROM [silver].[verblijfsobject] AS t WHERE t.[laagste_bouwlaag] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[toegang_bouwlaag] FROM [silver].[verblijfsobject] AS t WHERE t.[toegang_bouwlaag] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[toegang_bouwlaag] FROM [silver].[verblijfsobject] AS t WHERE t.[toegang_bouwlaag] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[soort_woonobject_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[soort_woonobject_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[soort_woonobject_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[soort_woonobject_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[aantal_kamers] FROM [silver].[verblijfsobject] AS t WHERE t.[aantal_kamers] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[aantal_kamers] FROM [silver].[verblijfsobject] AS t WHERE t.[aantal_kamers] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ontsluiting_verdieping_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[ontsluiting_verdieping_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ontsluiting_verdieping_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[ontsluiting_verdieping_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[verblijfsobject] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[verblijfsobject] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[verblijfsobject] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[verblijfsobject] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[verblijfsobject] AS t WHERE t.[geometrie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[verblijfsobject] AS t WHERE t.[geometrie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[verblijfsobject] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[verblijfsobject] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[gebruiksdoel_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[gebruiksdoel_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[gebruiksdoel_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[gebruiksdoel_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[verblijfsobject] AS t WHERE t.[begin_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[verblijfsobject] AS t WHERE t.[begin_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[verblijfsobject] AS t WHERE t.[eind_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[verblijfsobject] AS t WHERE t.[eind_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[verblijfsobject] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[verblijfsobject] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[verblijfsobject] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[verblijfsobject] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[oppervlakte] FROM [silver].[verblijfsobject] AS t WHERE t.[oppervlakte] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[oppervlakte] FROM [silver].[verblijfsobject] AS t WHERE t.[oppervlakte] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[object_id] FROM [silver].[verblijfsobject] AS t WHERE t.[object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[object_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[object_id] FROM [silver].[verblijfsobject] AS t WHERE t.[object_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[adresseerbaar_object] AS r WHERE r.[object_id] = t.[object_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_verblijfsobject_enum] AS r WHERE r.[status_verblijfsobject_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_verblijfsobject_enum] AS r WHERE r.[status_verblijfsobject_enum_id] = t.[status_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[soort_woonobject_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[soort_woonobject_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[soort_woonobject_enum] AS r WHERE r.[soort_woonobject_enum_id] = t.[soort_woonobject_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[soort_woonobject_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[soort_woonobject_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[soort_woonobject_enum] AS r WHERE r.[soort_woonobject_enum_id] = t.[soort_woonobject_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[ontsluiting_verdieping_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[ontsluiting_verdieping_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ontsluitingswijze_verdieping_enum] AS r WHERE r.[ontsluitingswijze_verdieping_enum_id] = t.[ontsluiting_verdieping_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[ontsluiting_verdieping_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[ontsluiting_verdieping_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[ontsluitingswijze_verdieping_enum] AS r WHERE r.[ontsluitingswijze_verdieping_enum_id] = t.[ontsluiting_verdieping_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[gebruiksdoel_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[gebruiksdoel_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[gebruiksdoel_enum] AS r WHERE r.[gebruiksdoel_enum_id] = t.[gebruiksdoel_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[gebruiksdoel_enum_id] FROM [silver].[verblijfsobject] AS t WHERE t.[gebruiksdoel_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[gebruiksdoel_enum] AS r WHERE r.[gebruiksdoel_enum_id] = t.[gebruiksdoel_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[verblijfsobject] AS t WHERE t.[heeft_vastgoedobject_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[verblijfsobject] AS t WHERE t.[heeft_vastgoedobject_id] IS NOT NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[verblijfsobject] AS t WHERE t.[heeft_vastgoedobject_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[heeft_vastgoedobject_id] FROM [silver].[verblijfsobject] AS t WHERE t.[heeft_vastgoedobject_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from] FROM [silver].[woonplaats] AS t WHERE t.[identificatie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from] FROM [silver].[woonplaats] AS t WHERE t.[identificatie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam], LEN(t.[woonplaatsnaam]) AS value_length FROM [silver].[woonplaats] AS t WHERE LEN(t.[woonplaatsnaam]) > 80;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam], LEN(t.[woonplaatsnaam]) AS value_length FROM [silver].[woonplaats] AS t WHERE LEN(t.[woonplaatsnaam]) > 80) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam] FROM [silver].[woonplaats] AS t WHERE t.[woonplaatsnaam] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam] FROM [silver].[woonplaats] AS t WHERE t.[woonplaatsnaam] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam_nen], LEN(t.[woonplaatsnaam_nen]) AS value_length FROM [silver].[woonplaats] AS t WHERE LEN(t.[woonplaatsnaam_nen]) > 24;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam_nen], LEN(t.[woonplaatsnaam_nen]) AS value_length FROM [silver].[woonplaats] AS t WHERE LEN(t.[woonplaatsnaam_nen]) > 24) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam_nen] FROM [silver].[woonplaats] AS t WHERE t.[woonplaatsnaam_nen] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[woonplaatsnaam_nen] FROM [silver].[woonplaats] AS t WHERE t.[woonplaatsnaam_nen] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[geconstateerd_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[geconstateerd_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[status_enum_id] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[status_enum_id] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[woonplaats] AS t WHERE t.[geometrie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geometrie] FROM [silver].[woonplaats] AS t WHERE t.[geometrie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[woonplaats] AS t WHERE t.[begin_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[begin_geldigheid] FROM [silver].[woonplaats] AS t WHERE t.[begin_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[woonplaats] AS t WHERE t.[eind_geldigheid] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_geldigheid] FROM [silver].[woonplaats] AS t WHERE t.[eind_geldigheid] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[woonplaats] AS t WHERE t.[datum_ingang] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_ingang] FROM [silver].[woonplaats] AS t WHERE t.[datum_ingang] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[woonplaats] AS t WHERE t.[datum_einde] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[datum_einde] FROM [silver].[woonplaats] AS t WHERE t.[datum_einde] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[woonplaats] AS t WHERE t.[versie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[versie] FROM [silver].[woonplaats] AS t WHERE t.[versie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[woonplaats] AS t WHERE t.[documentnummer] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentnummer] FROM [silver].[woonplaats] AS t WHERE t.[documentnummer] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[woonplaats] AS t WHERE t.[documentdatum] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[documentdatum] FROM [silver].[woonplaats] AS t WHERE t.[documentdatum] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[voorkomen] FROM [silver].[woonplaats] AS t WHERE t.[voorkomen] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[voorkomen] FROM [silver].[woonplaats] AS t WHERE t.[voorkomen] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[tijdstip_registratie] FROM [silver].[woonplaats] AS t WHERE t.[tijdstip_registratie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[tijdstip_registratie] FROM [silver].[woonplaats] AS t WHERE t.[tijdstip_registratie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[eind_registratie] FROM [silver].[woonplaats] AS t WHERE t.[eind_registratie] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[eind_registratie] FROM [silver].[woonplaats] AS t WHERE t.[eind_registratie] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[tijdstip_actief] FROM [silver].[woonplaats] AS t WHERE t.[tijdstip_actief] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[tijdstip_actief] FROM [silver].[woonplaats] AS t WHERE t.[tijdstip_actief] IS NULL) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[geconstateerd_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[geconstateerd_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[geconstateerd_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[geconstateerd_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[boolean_enum] AS r WHERE r.[boolean_enum_id] = t.[geconstateerd_enum_id])) AS violations;

SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_woonplaats_enum] AS r WHERE r.[status_woonplaats_enum_id] = t.[status_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[identificatie], t.[valid_from], t.[status_enum_id] FROM [silver].[woonplaats] AS t WHERE t.[status_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[status_woonplaats_enum] AS r WHERE r.[status_woonplaats_enum_id] = t.[status_enum_id])) AS violations;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[type_adresseerbaar_object_enum_id] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[heeft_winkelvloeroppervlak_id] IS NOT NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[heeft_als_hoofdadres_nummeraanduiding_id] IS NULL THEN 1 ELSE 0 END) AS c4 FROM [silver].[adresseerbaar_object] AS t;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[geconstateerd_enum_id] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[geometrie] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[begin_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[eind_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[is_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c11 FROM [silver].[ligplaats] AS t;

SELECT SUM(CASE WHEN LEN(t.[huisletter]) > 1 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[huisletter] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[huisnummer] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[huisnummertoevoeging]) > 4 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[huisnummertoevoeging] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[postcode]) > 6 THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[postcode] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[begin_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[einde_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[geconstateerd] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[type_adresseerbaar_object_enum_id] IS NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN t.[geometrie] IS NULL THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN t.[ligt_in_buurt_id] IS NOT NULL THEN 1 ELSE 0 END) AS c20, SUM(CASE WHEN t.[verwijst_naar_locatieaanduiding_woz_object_id] IS NULL THEN 1 ELSE 0 END) AS c21, SUM(CASE WHEN t.[ligt_aan_openbare_ruimte_id] IS NULL THEN 1 ELSE 0 END) AS c22, SUM(CASE WHEN t.[ligt_in_buurt_id] IS NULL THEN 1 ELSE 0 END) AS c23, SUM(CASE WHEN t.[heeft_als_nevenadres_adresseerbaar_object_id] IS NULL THEN 1 ELSE 0 END) AS c24 FROM [silver].[nummeraanduiding] AS t;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[naam_openbareruimte]) > 80 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[naam_openbareruimte] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[geconstateerd] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[type_openbareruimte_enum_id] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN LEN(t.[straatnaam]) > 24 THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[straatnaam] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN LEN(t.[huisnummerrange_even_nummers]) > 11 THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[huisnummerrange_even_nummers] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN LEN(t.[huisnummerrange_oneven_nummers]) > 11 THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[huisnummerrange_oneven_nummers] IS NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN LEN(t.[huisnummerrange_even_en_oneven_nummers]) > 11 THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[huisnummerrange_even_en_oneven_nummers] IS NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN LEN(t.[label_naam]) > 80 THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[label_naam] IS NULL THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN t.[geometrie] IS NULL THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN t.[wegsegment] IS NULL THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN t.[begingeldigheid] IS NULL THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN t.[eind_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN LEN(t.[straatcode]) > 80 THEN 1 ELSE 0 END) AS c20, SUM(CASE WHEN t.[straatcode] IS NULL THEN 1 ELSE 0 END) AS c21, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c22, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c23, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c24, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c25, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c26, SUM(CASE WHEN t.[betreft_beschermde_status_id] IS NOT NULL THEN 1 ELSE 0 END) AS c27, SUM(CASE WHEN t.[ligt_in_buurt_rsgb_plus_id] IS NOT NULL THEN 1 ELSE 0 END) AS c28, SUM(CASE WHEN t.[is_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c29, SUM(CASE WHEN t.[ligt_in_woonplaats_id] IS NULL THEN 1 ELSE 0 END) AS c30, SUM(CASE WHEN t.[ligt_in_buurt_rsgb_plus_id] IS NULL THEN 1 ELSE 0 END) AS c31 FROM [silver].[openbare_ruimte] AS t;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[status_voortgang_bouw_enum_id] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[oorspronkelijk_bouwjaar] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[oppervlakte] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[bruto_inhoud_pand] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[geconstateerd] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[hoogste_bouwlaag] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[laagste_bouwlaag] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[geometrie_bovenaanzicht] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[geometrie_maaiveld] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[relatieve_hoogteligging] IS NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN t.[begin_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[eind_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN t.[geometrie_punt] IS NULL THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN t.[heeft_vastgoedobject_id] IS NOT NULL THEN 1 ELSE 0 END) AS c20, SUM(CASE WHEN t.[zonder_verblijfsobject_ligt_in_buurt_id] IS NOT NULL THEN 1 ELSE 0 END) AS c21, SUM(CASE WHEN t.[zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id] IS NOT NULL THEN 1 ELSE 0 END) AS c22, SUM(CASE WHEN t.[is_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c23, SUM(CASE WHEN t.[heeft_vastgoedobject_id] IS NULL THEN 1 ELSE 0 END) AS c24 FROM [silver].[pand] AS t;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[geconstateerd] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[geometrie] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[begin_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[eind_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[is_object_id] IS NOT NULL THEN 1 ELSE 0 END) AS c11 FROM [silver].[standplaats] AS t;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[geconstateerd] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN t.[hoogste_bouwlaag] IS NULL THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[laagste_bouwlaag] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[toegang_bouwlaag] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[soort_woonobject_enum_id] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[aantal_kamers] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[ontsluiting_verdieping_enum_id] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[geometrie] IS NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[gebruiksdoel_enum_id] IS NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN t.[begin_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[eind_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN t.[oppervlakte] IS NULL THEN 1 ELSE 0 END) AS c18, SUM(CASE WHEN t.[heeft_vastgoedobject_id] IS NOT NULL THEN 1 ELSE 0 END) AS c19, SUM(CASE WHEN t.[heeft_vastgoedobject_id] IS NULL THEN 1 ELSE 0 END) AS c20 FROM [silver].[verblijfsobject] AS t;

SELECT SUM(CASE WHEN t.[identificatie] IS NULL THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[woonplaatsnaam]) > 80 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN t.[woonplaatsnaam] IS NULL THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[woonplaatsnaam_nen]) > 24 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[woonplaatsnaam_nen] IS NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[geconstateerd_enum_id] IS NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[status_enum_id] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[geometrie] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[begin_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN t.[eind_geldigheid] IS NULL THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN t.[datum_ingang] IS NULL THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN t.[datum_einde] IS NULL THEN 1 ELSE 0 END) AS c11, SUM(CASE WHEN t.[versie] IS NULL THEN 1 ELSE 0 END) AS c12, SUM(CASE WHEN t.[documentnummer] IS NULL THEN 1 ELSE 0 END) AS c13, SUM(CASE WHEN t.[documentdatum] IS NULL THEN 1 ELSE 0 END) AS c14, SUM(CASE WHEN t.[voorkomen] IS NULL THEN 1 ELSE 0 END) AS c15, SUM(CASE WHEN t.[tijdstip_registratie] IS NULL THEN 1 ELSE 0 END) AS c16, SUM(CASE WHEN t.[eind_registratie] IS NULL THEN 1 ELSE 0 END) AS c17, SUM(CASE WHEN t.[tijdstip_actief] IS NULL THEN 1 ELSE 0 END) AS c18 FROM [silver].[woonplaats] AS t;
