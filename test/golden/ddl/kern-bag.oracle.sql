CREATE TABLE boolean_enum (
  boolean_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_boolean_enum PRIMARY KEY (boolean_enum_id),
  CONSTRAINT uq_boolean_enum_value UNIQUE (value)
);

CREATE TABLE gebruiksdoel_enum (
  gebruiksdoel_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_gebruiksdoel_enum PRIMARY KEY (gebruiksdoel_enum_id),
  CONSTRAINT uq_gebruiksdoel_enum_value UNIQUE (value)
);

CREATE TABLE ontsluitingswijze_verdieping_enum (
  ontsluitingswijze_verdieping_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_ontsluitingswijze_verdieping_enum PRIMARY KEY (ontsluitingswijze_verdieping_enum_id),
  CONSTRAINT uq_ontsluitingswijze_verdieping_enum_value UNIQUE (value)
);

CREATE TABLE soort_woonobject_enum (
  soort_woonobject_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_soort_woonobject_enum PRIMARY KEY (soort_woonobject_enum_id),
  CONSTRAINT uq_soort_woonobject_enum_value UNIQUE (value)
);

CREATE TABLE status_ligplaats_enum (
  status_ligplaats_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_ligplaats_enum PRIMARY KEY (status_ligplaats_enum_id),
  CONSTRAINT uq_status_ligplaats_enum_value UNIQUE (value)
);

CREATE TABLE status_nummeraanduiding_enum (
  status_nummeraanduiding_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_nummeraanduiding_enum PRIMARY KEY (status_nummeraanduiding_enum_id),
  CONSTRAINT uq_status_nummeraanduiding_enum_value UNIQUE (value)
);

CREATE TABLE status_openbare_ruimte_enum (
  status_openbare_ruimte_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_openbare_ruimte_enum PRIMARY KEY (status_openbare_ruimte_enum_id),
  CONSTRAINT uq_status_openbare_ruimte_enum_value UNIQUE (value)
);

CREATE TABLE status_pand_enum (
  status_pand_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_pand_enum PRIMARY KEY (status_pand_enum_id),
  CONSTRAINT uq_status_pand_enum_value UNIQUE (value)
);

CREATE TABLE status_standplaats_enum (
  status_standplaats_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_standplaats_enum PRIMARY KEY (status_standplaats_enum_id),
  CONSTRAINT uq_status_standplaats_enum_value UNIQUE (value)
);

CREATE TABLE status_verblijfsobject_enum (
  status_verblijfsobject_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_verblijfsobject_enum PRIMARY KEY (status_verblijfsobject_enum_id),
  CONSTRAINT uq_status_verblijfsobject_enum_value UNIQUE (value)
);

CREATE TABLE status_voortgang_bouw_enum (
  status_voortgang_bouw_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_voortgang_bouw_enum PRIMARY KEY (status_voortgang_bouw_enum_id),
  CONSTRAINT uq_status_voortgang_bouw_enum_value UNIQUE (value)
);

CREATE TABLE status_woonplaats_enum (
  status_woonplaats_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_woonplaats_enum PRIMARY KEY (status_woonplaats_enum_id),
  CONSTRAINT uq_status_woonplaats_enum_value UNIQUE (value)
);

CREATE TABLE type_adresseerbaar_object_bag_enum (
  type_adresseerbaar_object_bag_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_type_adresseerbaar_object_bag_enum PRIMARY KEY (type_adresseerbaar_object_bag_enum_id),
  CONSTRAINT uq_type_adresseerbaar_object_bag_enum_value UNIQUE (value)
);

CREATE TABLE typering_openbare_ruimte_enum (
  typering_openbare_ruimte_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_typering_openbare_ruimte_enum PRIMARY KEY (typering_openbare_ruimte_enum_id),
  CONSTRAINT uq_typering_openbare_ruimte_enum_value UNIQUE (value)
);

CREATE TABLE adresseerbaar_object (
  object_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  versie NUMBER(10),
  type_adresseerbaar_object_enum_id NUMBER(10),
  identificatie_2 VARCHAR2(50 CHAR),
  objecttype VARCHAR2(3 CHAR),
  naam VARCHAR2(200 CHAR),
  adres_binnenland_id NUMBER(19),
  adres_buitenland VARCHAR2(200 CHAR),
  kadastrale_aanduiding VARCHAR2(30 CHAR),
  geometrie SDO_GEOMETRY,
  toelichting CLOB,
  domein VARCHAR2(200 CHAR),
  indicatie_risico CLOB,
  heeft_winkelvloeroppervlak_id NUMBER(19),
  heeft_als_hoofdadres_nummeraanduiding_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_adresseerbaar_object PRIMARY KEY (object_id),
  CONSTRAINT uq_adresseerbaar_object_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE binnenlands_adres (
  binnenlands_adres_id NUMBER(19) NOT NULL,
  straatnaam VARCHAR2(200 CHAR),
  gemeentenaam VARCHAR2(80 CHAR),
  huisnummer NUMBER(10),
  huisletter NUMBER(10),
  huisnummertoevoeging VARCHAR2(4 CHAR),
  postcode VARCHAR2(6 CHAR),
  bagid VARCHAR2(255 CHAR),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_binnenlands_adres PRIMARY KEY (binnenlands_adres_id)
);

CREATE TABLE buurt (
  buurt_id NUMBER(19) NOT NULL,
  code VARCHAR2(2 CHAR),
  naam VARCHAR2(40 CHAR),
  geometrie SDO_GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie VARCHAR2(255 CHAR),
  datum_ingang DATE,
  status_enum_id NUMBER(10),
  datum_einde DATE,
  versie NUMBER(10),
  geconstateerd_enum_id NUMBER(10),
  ligt_in_wijk_id NUMBER(19),
  ligt_in_openbare_ruimte_id NUMBER(19),
  is_object_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_buurt PRIMARY KEY (buurt_id),
  CONSTRAINT uq_buurt_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE gemeente (
  gemeente_id NUMBER(19) NOT NULL,
  gemeentecode VARCHAR2(4 CHAR),
  gemeentenaam VARCHAR2(80 CHAR),
  gemeentenaam_nen VARCHAR2(24 CHAR),
  geometrie SDO_GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie VARCHAR2(255 CHAR),
  datum_ingang DATE,
  datum_einde DATE,
  versie NUMBER(10),
  geconstateerd NUMBER(1),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_gemeente PRIMARY KEY (gemeente_id),
  CONSTRAINT uq_gemeente_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE ligplaats (
  object_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  geconstateerd_enum_id NUMBER(10),
  status_enum_id NUMBER(10),
  documentdatum DATE,
  documentnummer NUMBER(10),
  versie NUMBER(10),
  geometrie SDO_GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  is_object_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_ligplaats PRIMARY KEY (object_id),
  CONSTRAINT uq_ligplaats_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE nummeraanduiding (
  nummeraanduiding_id NUMBER(19) NOT NULL,
  huisletter VARCHAR2(1 CHAR),
  huisnummer NUMBER(10),
  huisnummertoevoeging VARCHAR2(4 CHAR),
  postcode VARCHAR2(6 CHAR),
  begin_geldigheid DATE,
  einde_geldigheid DATE,
  status_enum_id NUMBER(10),
  geconstateerd NUMBER(1),
  identificatie VARCHAR2(255 CHAR),
  type_adresseerbaar_object_enum_id NUMBER(10),
  datum_ingang DATE,
  datum_einde DATE,
  versie NUMBER(10),
  geometrie SDO_GEOMETRY,
  documentdatum DATE,
  documentnummer NUMBER(10),
  verwijst_naar_locatieaanduiding_woz_object_id NUMBER(19),
  ligt_aan_openbare_ruimte_id NUMBER(19),
  ligt_in_buurt_id NUMBER(19),
  ligt_in_woonplaats_id NUMBER(19),
  heeft_als_nevenadres_adresseerbaar_object_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_nummeraanduiding PRIMARY KEY (nummeraanduiding_id),
  CONSTRAINT uq_nummeraanduiding_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE onderzoek (
  onderzoek_id NUMBER(19) NOT NULL,
  documentnummer NUMBER(10),
  documentdatum TIMESTAMP,
  begin_geldigheid TIMESTAMP,
  eind_geldigheid TIMESTAMP,
  tijdstip_registratie TIMESTAMP,
  eind_registratie TIMESTAMP,
  identificatie VARCHAR2(255 CHAR),
  volgnummer NUMBER(10),
  objecttype CLOB,
  in_onderzoek NUMBER(1),
  datum_actueel_tot TIMESTAMP,
  kenmerk CLOB,
  object_identificatie CLOB,
  objectidentificatie_standplaats_id NUMBER(19),
  objectidentificatie_pand_id NUMBER(19),
  objectidentificatie_nummeraanduiding_id NUMBER(19),
  objectidentificatie_ligplaats_id NUMBER(19),
  objectidentificatie_openbare_ruimte_id NUMBER(19),
  objectidentificatie_verblijfsobject_id NUMBER(19),
  objectidentificatie_woonplaats_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_onderzoek PRIMARY KEY (onderzoek_id),
  CONSTRAINT uq_onderzoek_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE openbare_ruimte (
  openbare_ruimte_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  status_enum_id NUMBER(10),
  naam_openbareruimte VARCHAR2(80 CHAR),
  geconstateerd NUMBER(1),
  type_openbareruimte_enum_id NUMBER(10),
  straatnaam VARCHAR2(24 CHAR),
  huisnummerrange_even_nummers VARCHAR2(11 CHAR),
  huisnummerrange_oneven_nummers VARCHAR2(11 CHAR),
  huisnummerrange_even_en_oneven_nummers VARCHAR2(11 CHAR),
  label_naam VARCHAR2(80 CHAR),
  geometrie SDO_GEOMETRY,
  wegsegment SDO_GEOMETRY,
  begingeldigheid DATE,
  eind_geldigheid DATE,
  straatcode VARCHAR2(80 CHAR),
  versie NUMBER(10),
  datum_ingang DATE,
  datum_einde DATE,
  documentdatum TIMESTAMP,
  documentnummer NUMBER(10),
  betreft_beschermde_status_id NUMBER(19),
  ligt_in_woonplaats_id NUMBER(19),
  ligt_in_buurt_rsgb_plus_id NUMBER(19),
  is_object_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_openbare_ruimte PRIMARY KEY (openbare_ruimte_id),
  CONSTRAINT uq_openbare_ruimte_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE pand (
  geo_object_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  status_enum_id NUMBER(10),
  status_voortgang_bouw_enum_id NUMBER(10),
  oorspronkelijk_bouwjaar NUMBER(10),
  oppervlakte NUMBER(10),
  bruto_inhoud_pand NUMBER(10),
  geconstateerd NUMBER(1),
  hoogste_bouwlaag NUMBER(10),
  laagste_bouwlaag NUMBER(10),
  geometrie_bovenaanzicht SDO_GEOMETRY,
  geometrie_maaiveld SDO_GEOMETRY,
  relatieve_hoogteligging NUMBER(10),
  documentnummer CLOB,
  documentdatum TIMESTAMP,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  geometrie_punt SDO_GEOMETRY,
  datum_ingang DATE,
  versie NUMBER(10),
  datum_einde DATE,
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie_2 VARCHAR2(255 CHAR),
  geometrie_soort VARCHAR2(40 CHAR),
  heeft_vastgoedobject_id NUMBER(19),
  zonder_verblijfsobject_ligt_in_buurt_id NUMBER(19),
  zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id NUMBER(19),
  is_object_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_pand PRIMARY KEY (geo_object_id),
  CONSTRAINT uq_pand_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE standplaats (
  object_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  geconstateerd NUMBER(1),
  status_enum_id NUMBER(10),
  versie NUMBER(10),
  geometrie SDO_GEOMETRY,
  documentdatum DATE,
  documentnummer NUMBER(10),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  is_object_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_standplaats PRIMARY KEY (object_id),
  CONSTRAINT uq_standplaats_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE verblijfsobject (
  object_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  status_enum_id NUMBER(10),
  geconstateerd NUMBER(1),
  hoogste_bouwlaag NUMBER(10),
  laagste_bouwlaag NUMBER(10),
  toegang_bouwlaag NUMBER(10),
  soort_woonobject_enum_id NUMBER(10),
  aantal_kamers NUMBER(10),
  ontsluiting_verdieping_enum_id NUMBER(10),
  documentnummer NUMBER(10),
  documentdatum DATE,
  geometrie SDO_GEOMETRY,
  versie NUMBER(10),
  gebruiksdoel_enum_id NUMBER(10),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_einde DATE,
  datum_ingang DATE,
  oppervlakte NUMBER(10),
  heeft_vastgoedobject_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_verblijfsobject PRIMARY KEY (object_id),
  CONSTRAINT uq_verblijfsobject_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE wijk (
  wijk_id NUMBER(19) NOT NULL,
  wijkcode VARCHAR2(2 CHAR),
  wijknaam VARCHAR2(40 CHAR),
  geometrie SDO_GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie VARCHAR2(255 CHAR),
  datum_ingang DATE,
  status_enum_id NUMBER(10),
  datum_einde CLOB,
  versie NUMBER(10),
  geconstateerd NUMBER(1),
  ligt_in_woonplaats_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_wijk PRIMARY KEY (wijk_id),
  CONSTRAINT uq_wijk_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE woonplaats (
  woonplaats_id NUMBER(19) NOT NULL,
  identificatie VARCHAR2(255 CHAR),
  woonplaatsnaam VARCHAR2(80 CHAR),
  woonplaatsnaam_nen VARCHAR2(24 CHAR),
  geconstateerd_enum_id NUMBER(10),
  status_enum_id NUMBER(10),
  geometrie SDO_GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  versie NUMBER(10),
  documentnummer NUMBER(10),
  documentdatum DATE,
  voorkomen DATE,
  tijdstip_registratie TIMESTAMP,
  eind_registratie TIMESTAMP,
  tijdstip_actief TIMESTAMP,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_woonplaats PRIMARY KEY (woonplaats_id),
  CONSTRAINT uq_woonplaats_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE areaal_ligt_in_buurt (
  areaal_ligt_in_buurt_id NUMBER(19) NOT NULL,
  areaal_id NUMBER(19) NOT NULL,
  buurt_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_areaal_ligt_in_buurt PRIMARY KEY (areaal_ligt_in_buurt_id),
  CONSTRAINT uq_areaal_ligt_in_buurt UNIQUE (areaal_id, buurt_id, valid_from)
);

CREATE TABLE areaal_valt_binnen_wijk (
  areaal_valt_binnen_wijk_id NUMBER(19) NOT NULL,
  areaal_id NUMBER(19) NOT NULL,
  wijk_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_areaal_valt_binnen_wijk PRIMARY KEY (areaal_valt_binnen_wijk_id),
  CONSTRAINT uq_areaal_valt_binnen_wijk UNIQUE (areaal_id, wijk_id, valid_from)
);

CREATE TABLE gemeente_is_overgegaan_in_gemeente (
  gemeente_is_overgegaan_in_gemeente_id NUMBER(19) NOT NULL,
  gemeente_id NUMBER(19) NOT NULL,
  is_overgegaan_in_gemeente_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_gemeente_is_overgegaan_in_gemeente PRIMARY KEY (gemeente_is_overgegaan_in_gemeente_id),
  CONSTRAINT uq_gemeente_is_overgegaan_in_gemeente UNIQUE (gemeente_id, is_overgegaan_in_gemeente_id, valid_from)
);

CREATE TABLE nummeraanduiding_ligt_in_gebied (
  nummeraanduiding_ligt_in_gebied_id NUMBER(19) NOT NULL,
  nummeraanduiding_id NUMBER(19) NOT NULL,
  gebied_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_nummeraanduiding_ligt_in_gebied PRIMARY KEY (nummeraanduiding_ligt_in_gebied_id),
  CONSTRAINT uq_nummeraanduiding_ligt_in_gebied UNIQUE (nummeraanduiding_id, gebied_id, valid_from)
);

CREATE TABLE verblijfsobject_maakt_deel_uit_van_pand (
  verblijfsobject_maakt_deel_uit_van_pand_id NUMBER(19) NOT NULL,
  verblijfsobject_id NUMBER(19) NOT NULL,
  pand_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_verblijfsobject_maakt_deel_uit_van_pand PRIMARY KEY (verblijfsobject_maakt_deel_uit_van_pand_id),
  CONSTRAINT uq_verblijfsobject_maakt_deel_uit_van_pand UNIQUE (verblijfsobject_id, pand_id, valid_from)
);

CREATE TABLE woonplaats_ligt_in_gemeente (
  woonplaats_ligt_in_gemeente_id NUMBER(19) NOT NULL,
  woonplaats_id NUMBER(19) NOT NULL,
  gemeente_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_woonplaats_ligt_in_gemeente PRIMARY KEY (woonplaats_ligt_in_gemeente_id),
  CONSTRAINT uq_woonplaats_ligt_in_gemeente UNIQUE (woonplaats_id, gemeente_id, valid_from)
);

INSERT INTO boolean_enum (boolean_enum_id, value, code, definition) VALUES (1, 'Ja', '1', NULL);

INSERT INTO boolean_enum (boolean_enum_id, value, code, definition) VALUES (2, 'Nee', '0', NULL);

INSERT INTO boolean_enum (boolean_enum_id, value, code, definition) VALUES (3, 'Onbekend', '-1', NULL);

INSERT INTO boolean_enum (boolean_enum_id, value, code, definition) VALUES (4, 'Leeg', '-2', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (1, 'woonfunctie', '1', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (2, 'bijeenkomstfunctie', '2', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (3, 'celfunctie', '3', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (4, 'gezondheidszorgfunctie', '4', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (5, 'industriefunctie', '5', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (6, 'kantoorfunctie', '6', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (7, 'logiesfunctie', '7', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (8, 'onderwijsfunctie', '8', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (9, 'sportfunctie', '9', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (10, 'winkelfunctie', '10', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (11, 'overige gebruiksfunctie', '11', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (12, 'Onbekend', '-1', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES (13, 'Leeg', '-2', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES (1, 'trap', '3', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES (2, 'roltrap', '2', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES (3, 'lift', '1', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES (4, 'Onbekend', '-1', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES (5, 'Leeg', '-2', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (1, 'woning', '4', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (2, 'recreatiewoning', '3', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (3, 'wooneenheid', '5', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (4, 'bijzonder woongebouw', '1', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (5, 'overig woonverblijf', '2', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (6, 'Onbekend', '-1', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES (7, 'Leeg', '-2', NULL);

INSERT INTO status_ligplaats_enum (status_ligplaats_enum_id, value, code, definition) VALUES (1, 'plaats aangewezen', '1', NULL);

INSERT INTO status_ligplaats_enum (status_ligplaats_enum_id, value, code, definition) VALUES (2, 'plaats ingetrokken', '2', NULL);

INSERT INTO status_ligplaats_enum (status_ligplaats_enum_id, value, code, definition) VALUES (3, 'Onbekend', '-1', NULL);

INSERT INTO status_ligplaats_enum (status_ligplaats_enum_id, value, code, definition) VALUES (4, 'Leeg', '-2', NULL);

INSERT INTO status_nummeraanduiding_enum (status_nummeraanduiding_enum_id, value, code, definition) VALUES (1, 'naamgeving uitgegeven', '2', NULL);

INSERT INTO status_nummeraanduiding_enum (status_nummeraanduiding_enum_id, value, code, definition) VALUES (2, 'naamgeving ingetrokken', '1', NULL);

INSERT INTO status_nummeraanduiding_enum (status_nummeraanduiding_enum_id, value, code, definition) VALUES (3, 'Onbekend', '-1', NULL);

INSERT INTO status_nummeraanduiding_enum (status_nummeraanduiding_enum_id, value, code, definition) VALUES (4, 'Leeg', '-2', NULL);

INSERT INTO status_openbare_ruimte_enum (status_openbare_ruimte_enum_id, value, code, definition) VALUES (1, 'naamgeving uitgegeven', '2', NULL);

INSERT INTO status_openbare_ruimte_enum (status_openbare_ruimte_enum_id, value, code, definition) VALUES (2, 'naamgeving ingetrokken', '1', NULL);

INSERT INTO status_openbare_ruimte_enum (status_openbare_ruimte_enum_id, value, code, definition) VALUES (3, 'Onbekend', '-1', NULL);

INSERT INTO status_openbare_ruimte_enum (status_openbare_ruimte_enum_id, value, code, definition) VALUES (4, 'Leeg', '-2', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (1, 'bouwvergunning verleend', '3', 'Een nieuw pand dat nog niet is gebouwd maar waarvoor wel een bouwvergunning is verleend.');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (2, 'niet gerealiseerd pand', '4', 'Een pand waarvoor een bouwvergunning was verleend, maar waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is 
vastgesteld dat wordt afgezien van de bouw of waarvan de 
bouwvergunning is ingetrokken.');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (3, 'bouw gestart', '1', 'Een pand waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is gestart of waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat de feitelijke bouw is 
aangevangen door minimaal de aanleg van de fundering 
(waartoe niet het bouwrijp maken van een terrein wordt 
gerekend)');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (4, 'pand in gebruik (niet ingemeten)', '8', 'Een pand, waarvan de geometrie nog niet is ingemeten, waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is voltooid of waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het pand feitelijk 
in gebruik is genomen voor bijvoorbeeld bewoning dan wel 
bedrijfsuitoefening of dat het weliswaar (nog) niet in gebruik is 
genomen maar naar het oordeel van de gemeente wel gebruiksgereed is');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (5, 'pand in gebruik', '7', 'Een pand dat feitelijk de status “Pand in gebruik (niet ingemeten)” had en waarvan de definitieve geometrie is ingemeten');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (6, 'sloopvergunning verleend', '10', 'Een pand waarvoor een sloopvergunning is verleend');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (7, 'pand gesloopt', '6', 'Een pand waarvan de aanvrager van de sloopvergunning heeft gemeld dat de sloop is voltooid of in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het pand is gesloopt.');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (8, 'pand buiten gebruik', '5', 'Een pand dat in dusdanige bouwkundige staat is dat niet te verwachten is dat het pand zal worden hersteld en weer in gebruik zal worden genomen.');

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (9, 'verbouwing pand', '11', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (10, 'pand ten onrechte opgevoerd', '9', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (11, 'bouwaanvraag ontvangen', '2', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (12, 'Onbekend', '-1', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (13, 'Leeg', '-2', NULL);

INSERT INTO status_standplaats_enum (status_standplaats_enum_id, value, code, definition) VALUES (1, 'plaats aangewezen', '1', NULL);

INSERT INTO status_standplaats_enum (status_standplaats_enum_id, value, code, definition) VALUES (2, 'plaats ingetrokken', '2', NULL);

INSERT INTO status_standplaats_enum (status_standplaats_enum_id, value, code, definition) VALUES (3, 'Onbekend', '-1', NULL);

INSERT INTO status_standplaats_enum (status_standplaats_enum_id, value, code, definition) VALUES (4, 'Leeg', '-2', NULL);

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (1, 'verblijfsobject gevormd', '3', 'Een nieuw verblijfsobject dat deel gaat uitmaken van een nog niet gebouwd pand waarvoor een bouwvergunning is verleend of dat wordt gerealiseerd in een reeds bestaand pand.');

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (2, 'niet gerealiseerd verblijfsobject', '1', 'Een verblijfsobject in een pand waarvoor een bouwvergunning was verleend of dat gerealiseerd zou worden in een reeds bestaand pand, maar waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat wordt afgezien van de bouw of waarvan de bouwvergunning is ingetrokken.');

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (3, 'verblijfsobject in gebruik (niet ingemeten)', '5', 'Een verblijfsobject waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is voltooid of waarvan in een schriftelijke 
verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het verblijfsobject feitelijk in gebruik is genomen voor bijvoorbeeld bewoning dan wel bedrijfsuitoefening of dat het weliswaar (nog) niet in gebruik is genomen maar naar het oordeel van de gemeente wel gebruiksgereed is. Het object is nog niet ingemeten.');

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (4, 'verblijfsobject in gebruik', '4', 'Een verblijfsobject dat feitelijk de status “Verblijfsobject in gebruik (niet ingemeten)” had en waarvan de definitieve geometrie is ingemeten.');

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (5, 'verblijfsobject ingetrokken', '6', 'een verblijfsobject dat als zodanig Catalogus basisregistraties adressen en gebouwen 2009 Pagina 79 van 79 opgehouden heeft te bestaan omdat de aanvrager van een sloopvergunning heeft gemeld dat de sloop is voltooid of in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is.
vastgesteld dat het verblijfsobject als zodanig niet meer 
bestaat');

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (6, 'verblijfsobject buiten gebruik', '2', 'Een verblijfsobject dat onderdeel uitmaakt van een pand dat in dusdanige bouwkundige staat is dat niet te verwachten is dat het pand zal worden hersteld en weer in gebruik zal worden genomen.');

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (7, 'Onbekend', '-1', NULL);

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (8, 'Leeg', '-2', NULL);

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (9, 'verblijfsobject verbouwing', '7', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (1, 'nieuwbouwvergunning verleend', '4', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (2, 'nieuwbouw gestart', '2', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (3, 'nieuwbouw gereed', '1', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (4, 'verbouwvergunning verleend', '12', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (5, 'verbouw gestart', '10', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (6, 'verbouw gereed', '9', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (7, 'sloopvergunning verleend', '8', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (8, 'sloop gestart', '6', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (9, 'sloop gereed', '5', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (10, 'nieuwbouwvergunning ingetrokken', '3', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (11, 'verbouwvergunning ingetrokken', '11', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (12, 'sloopvergunning ingetrokken', '7', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (13, 'Onbekend', '-1', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES (14, 'Leeg', '-2', NULL);

INSERT INTO status_woonplaats_enum (status_woonplaats_enum_id, value, code, definition) VALUES (1, 'woonplaats aangewezen', '2', NULL);

INSERT INTO status_woonplaats_enum (status_woonplaats_enum_id, value, code, definition) VALUES (2, 'woonplaats ingetrokken', '1', NULL);

INSERT INTO status_woonplaats_enum (status_woonplaats_enum_id, value, code, definition) VALUES (3, 'Onbekend', '-1', NULL);

INSERT INTO status_woonplaats_enum (status_woonplaats_enum_id, value, code, definition) VALUES (4, 'Leeg', '-2', NULL);

INSERT INTO type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id, value, code, definition) VALUES (1, 'Verblijfsobject', NULL, NULL);

INSERT INTO type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id, value, code, definition) VALUES (2, 'Ligplaats', NULL, NULL);

INSERT INTO type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id, value, code, definition) VALUES (3, 'Standplaats', NULL, NULL);

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (1, 'weg', '8', 'Gebaand gedeelte voor het wegverkeer en vliegverkeer te land. Hieronder vallen ook start- en landingsbanen voor het vliegverkeer.');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (2, 'water', '7', 'grondoppervlak in principe bedekt met water.
 Voorbeelden zijn: rivier, kanaal, beek, zee, meer, oppervlaktewater in algemene zin. Objecten die in het kader  van de waterhuishouding periodiek met water zijn bedekt, vallen hier ook onder.');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (3, 'spoorbaan', '5', 'Gebaand gedeelte voor het verkeer over rails.
Voorbeelden zijn: spoorbaan, metrobaan, trambaan');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (4, 'terrein', '6', 'Door een fysiek voorkomen gekarakteriseerd zichtbaar begrensd stuk grond. 
Terrein wordt gebruikt om een zichtbaar (tastbaar) begrensd stuk grond aan te geven waarvoor een bepaald fysiek voorkomen typerend is. Voorbeelden zijn: bos, landschap, bebouwing, landbouwgebied. Belangrijk is dat het stuk grond een zichtbare grens heeft met aangrenzende geo-objecten.');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (5, 'kunstwerk', '3', 'Civiel-technisch werk voor de infrastructuur van wegen, water, spoorbanen, waterkeringen en/of leidingen  en niet bedoeld voor permanent menselijk verblijf.
Hieronder vallen overbruggingen, waterstaatkundige werken en waterkerende constructies. verbruggingen  kunnen zijn: brug, viaduct, aquaduct enz. Een voorbeeld van een waterstaatkundig werk is een sluis.    
Voorbeelden van waterkerende constructies zijn stuw en vaste dam.');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (6, 'landschappelijk gebied', '4', 'Geografisch gebied’: begrensd en benoemd gebied dat door een geografische eenheid wordt beschreven. 
De grenzen  zijn niet altijd exact vastgesteld (bijvoorbeeld Polder, Midden-Nederland,  Rivierengebied, Veluwe, Zuid-Limburg, Kustgebied).');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (7, 'functioneel gebied', '2', 'Begrensd en benoemd gebied dat door een functionele eenheid wordt beschreven (bijvoorbeeld bedrijventerrein, bungalowpark, plantsoen, begraafplaats, jachthaven, windmolenpark, recreatiegebied .');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (8, 'administratief gebied', '1', 'Op basis van wet- of regelgeving afgebakend gebied dat als eenheid geldt van politiek/bestuurlijke verantwoordelijkheid of voor bedrijfsvoering');

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (9, 'Onbekend', '-1', NULL);

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES (10, 'Leeg', '-2', NULL);

ALTER TABLE adresseerbaar_object ADD CONSTRAINT fk_adresseerbaar_object_type_adresseerbaar_object_enum_id FOREIGN KEY (type_adresseerbaar_object_enum_id) REFERENCES type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id);

ALTER TABLE adresseerbaar_object ADD CONSTRAINT fk_adresseerbaar_object_adres_binnenland_id FOREIGN KEY (adres_binnenland_id) REFERENCES binnenlands_adres (binnenlands_adres_id);

ALTER TABLE adresseerbaar_object ADD CONSTRAINT fk_adresseerbaar_object_heeft_als_hoofdadres_nummeraanduiding_id FOREIGN KEY (heeft_als_hoofdadres_nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id);

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id);

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id);

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_ligt_in_wijk_id FOREIGN KEY (ligt_in_wijk_id) REFERENCES wijk (wijk_id);

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_ligt_in_openbare_ruimte_id FOREIGN KEY (ligt_in_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id);

ALTER TABLE ligplaats ADD CONSTRAINT fk_ligplaats_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id);

ALTER TABLE ligplaats ADD CONSTRAINT fk_ligplaats_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id);

ALTER TABLE ligplaats ADD CONSTRAINT fk_ligplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_ligplaats_enum (status_ligplaats_enum_id);

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_nummeraanduiding_enum (status_nummeraanduiding_enum_id);

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_type_adresseerbaar_object_enum_id FOREIGN KEY (type_adresseerbaar_object_enum_id) REFERENCES type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id);

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_ligt_aan_openbare_ruimte_id FOREIGN KEY (ligt_aan_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id);

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_ligt_in_buurt_id FOREIGN KEY (ligt_in_buurt_id) REFERENCES buurt (buurt_id);

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id);

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_heeft_als_nevenadres_adresseerbaar_object_id FOREIGN KEY (heeft_als_nevenadres_adresseerbaar_object_id) REFERENCES adresseerbaar_object (object_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_standplaats_id FOREIGN KEY (objectidentificatie_standplaats_id) REFERENCES standplaats (object_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_pand_id FOREIGN KEY (objectidentificatie_pand_id) REFERENCES pand (geo_object_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_nummeraanduiding_id FOREIGN KEY (objectidentificatie_nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_ligplaats_id FOREIGN KEY (objectidentificatie_ligplaats_id) REFERENCES ligplaats (object_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_openbare_ruimte_id FOREIGN KEY (objectidentificatie_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_verblijfsobject_id FOREIGN KEY (objectidentificatie_verblijfsobject_id) REFERENCES verblijfsobject (object_id);

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_woonplaats_id FOREIGN KEY (objectidentificatie_woonplaats_id) REFERENCES woonplaats (woonplaats_id);

ALTER TABLE openbare_ruimte ADD CONSTRAINT fk_openbare_ruimte_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id);

ALTER TABLE openbare_ruimte ADD CONSTRAINT fk_openbare_ruimte_type_openbareruimte_enum_id FOREIGN KEY (type_openbareruimte_enum_id) REFERENCES typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id);

ALTER TABLE openbare_ruimte ADD CONSTRAINT fk_openbare_ruimte_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id);

ALTER TABLE pand ADD CONSTRAINT fk_pand_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_pand_enum (status_pand_enum_id);

ALTER TABLE pand ADD CONSTRAINT fk_pand_status_voortgang_bouw_enum_id FOREIGN KEY (status_voortgang_bouw_enum_id) REFERENCES status_voortgang_bouw_enum (status_voortgang_bouw_enum_id);

ALTER TABLE pand ADD CONSTRAINT fk_pand_zonder_verblijfsobject_ligt_in_buurt_id FOREIGN KEY (zonder_verblijfsobject_ligt_in_buurt_id) REFERENCES buurt (buurt_id);

ALTER TABLE standplaats ADD CONSTRAINT fk_standplaats_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id);

ALTER TABLE standplaats ADD CONSTRAINT fk_standplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_standplaats_enum (status_standplaats_enum_id);

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id);

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_verblijfsobject_enum (status_verblijfsobject_enum_id);

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_soort_woonobject_enum_id FOREIGN KEY (soort_woonobject_enum_id) REFERENCES soort_woonobject_enum (soort_woonobject_enum_id);

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_ontsluiting_verdieping_enum_id FOREIGN KEY (ontsluiting_verdieping_enum_id) REFERENCES ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id);

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_gebruiksdoel_enum_id FOREIGN KEY (gebruiksdoel_enum_id) REFERENCES gebruiksdoel_enum (gebruiksdoel_enum_id);

ALTER TABLE wijk ADD CONSTRAINT fk_wijk_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id);

ALTER TABLE wijk ADD CONSTRAINT fk_wijk_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id);

ALTER TABLE woonplaats ADD CONSTRAINT fk_woonplaats_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id);

ALTER TABLE woonplaats ADD CONSTRAINT fk_woonplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_woonplaats_enum (status_woonplaats_enum_id);

ALTER TABLE areaal_ligt_in_buurt ADD CONSTRAINT fk_areaal_ligt_in_buurt_buurt_id FOREIGN KEY (buurt_id) REFERENCES buurt (buurt_id);

ALTER TABLE areaal_valt_binnen_wijk ADD CONSTRAINT fk_areaal_valt_binnen_wijk_wijk_id FOREIGN KEY (wijk_id) REFERENCES wijk (wijk_id);

ALTER TABLE gemeente_is_overgegaan_in_gemeente ADD CONSTRAINT fk_gemeente_is_overgegaan_in_gemeente_gemeente_id FOREIGN KEY (gemeente_id) REFERENCES gemeente (gemeente_id);

ALTER TABLE gemeente_is_overgegaan_in_gemeente ADD CONSTRAINT fk_gemeente_is_overgegaan_in_gemeente_is_overgegaan_in_gemeente_id FOREIGN KEY (is_overgegaan_in_gemeente_id) REFERENCES gemeente (gemeente_id);

ALTER TABLE nummeraanduiding_ligt_in_gebied ADD CONSTRAINT fk_nummeraanduiding_ligt_in_gebied_nummeraanduiding_id FOREIGN KEY (nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id);

ALTER TABLE verblijfsobject_maakt_deel_uit_van_pand ADD CONSTRAINT fk_verblijfsobject_maakt_deel_uit_van_pand_verblijfsobject_id FOREIGN KEY (verblijfsobject_id) REFERENCES verblijfsobject (object_id);

ALTER TABLE verblijfsobject_maakt_deel_uit_van_pand ADD CONSTRAINT fk_verblijfsobject_maakt_deel_uit_van_pand_pand_id FOREIGN KEY (pand_id) REFERENCES pand (geo_object_id);

ALTER TABLE woonplaats_ligt_in_gemeente ADD CONSTRAINT fk_woonplaats_ligt_in_gemeente_woonplaats_id FOREIGN KEY (woonplaats_id) REFERENCES woonplaats (woonplaats_id);

ALTER TABLE woonplaats_ligt_in_gemeente ADD CONSTRAINT fk_woonplaats_ligt_in_gemeente_gemeente_id FOREIGN KEY (gemeente_id) REFERENCES gemeente (gemeente_id);

COMMENT ON COLUMN boolean_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN boolean_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN gebruiksdoel_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN gebruiksdoel_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN ontsluitingswijze_verdieping_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN ontsluitingswijze_verdieping_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN soort_woonobject_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN soort_woonobject_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_ligplaats_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_ligplaats_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_nummeraanduiding_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_nummeraanduiding_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_openbare_ruimte_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_openbare_ruimte_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_pand_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_pand_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_standplaats_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_standplaats_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_verblijfsobject_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_verblijfsobject_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_voortgang_bouw_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_voortgang_bouw_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN status_woonplaats_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN status_woonplaats_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN type_adresseerbaar_object_bag_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN type_adresseerbaar_object_bag_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON COLUMN typering_openbare_ruimte_enum.value IS 'the literal as named in the model';

COMMENT ON COLUMN typering_openbare_ruimte_enum.code IS 'code used by source systems (alias in the model)';

COMMENT ON TABLE adresseerbaar_object IS 'Een adresseerbaar object is een object waaraan formeel adressen kunnen en moeten worden toegekend: een verblijfsobject, standplaats of ligplaats. Toelichting: Een object dat een adres heeft of krijgt. Adresseerbare objecten zijn: een verblijfsobject, een standplaats en een ligplaats.';

COMMENT ON COLUMN adresseerbaar_object.identificatie IS 'De unieke aanduiding van een AdresseerbaarObject.';

COMMENT ON COLUMN adresseerbaar_object.identificatie_2 IS 'De unieke identificatie van het OBJECT';

COMMENT ON COLUMN adresseerbaar_object.objecttype IS 'Het onderscheid van een OBJECT naar haar specialisatiies.
De code voor de Objecttypering gevolgd door de unieke aanduiding van de specialisatie (van OBJECT):
ADRESSEERBAAR OBJECT AANDUIDING, BENOEMD OBJECT, BESLUIT, BUURT, ENKELVOUDIG INFORMATIEOBJECT, GEMEENTE, GEMEENTELIJKE OPENBARE RUIMTE, HUISHOUDEN, INRICHTINGSELEMENT, KADASTRALE ONROERENDE ZAAK, KUNSTWERKDEEL, MAATSSCHAPPELIJKE ACTIVITEIT, MEDEWERKER, OPENBARE RUIMTE, SAMENGESTELD INFORMATIEOBJECT, ORGANISATORISCHE EENHEID, PAND, SPOORBAANDEEL, STATUS, SUBJECT, TERREINDEEL, WATERDEEL, WEGDEEL, WIJK, WOONPLAATS, WOZ- DEELOBJECT, WOZ-OBJECT, WOZ-WAARDE of
ZAKELIJK RECHT (of afleidbare identificatie).';

COMMENT ON COLUMN adresseerbaar_object.naam IS 'De benaming van het OBJECT indien dit een SUBJECT of specialisatie daarvan is.';

COMMENT ON COLUMN adresseerbaar_object.adres_binnenland_id IS 'De aanduiding van het adres van het OBJECT indien dit adres in Nederland gelegen is.';

COMMENT ON COLUMN adresseerbaar_object.adres_buitenland IS 'De aanduiding van het adres waar specialisaties van het OBJECT zijnde een SUBJECT dan wel een specialisatie daarvan, verblijft dan wel bereikbaar is in het buitenland.';

COMMENT ON COLUMN adresseerbaar_object.kadastrale_aanduiding IS 'De kadastrale aanduiding van het OBJECT';

COMMENT ON COLUMN adresseerbaar_object.geometrie IS 'De minimaal tweedimensionale geometrische representatie van het OBJECT.';

COMMENT ON COLUMN adresseerbaar_object.domein IS 'Het toepassingsgebied of de sector DOMEIN waarbinnen handhaving op het object plaatsvindt';

COMMENT ON COLUMN adresseerbaar_object.indicatie_risico IS 'Indicatie van de risico''s van (de uitvoering van activiteiten in) het handhavingsobject op gevolgen voor het handhavingsobject zelf, de daarin aanwezige personen, de omgeving van het handhavingsobject en/of de samenleving. (type in the model: none)';

COMMENT ON COLUMN adresseerbaar_object.heeft_winkelvloeroppervlak_id IS '(refers to 3 Economie/Model Economie/Winkelvloeroppervlak, not in the selection)';

COMMENT ON COLUMN adresseerbaar_object.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN adresseerbaar_object.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN adresseerbaar_object.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN adresseerbaar_object.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN adresseerbaar_object.load_source IS 'source system or file';

COMMENT ON COLUMN adresseerbaar_object.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN adresseerbaar_object.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE binnenlands_adres IS 'De adresaanduiding van het WOZ-OBJECT';

COMMENT ON COLUMN binnenlands_adres.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN binnenlands_adres.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN binnenlands_adres.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN binnenlands_adres.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN binnenlands_adres.load_source IS 'source system or file';

COMMENT ON COLUMN binnenlands_adres.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN binnenlands_adres.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE buurt IS 'Een aaneengesloten gedeelte van een wijk, waarvan de grenzen zo veel mogelijk gebaseerd zijn op topografische elementen.';

COMMENT ON COLUMN buurt.code IS 'De code behorende bij de naam van de buurt.';

COMMENT ON COLUMN buurt.naam IS 'De naam van de buurt, zoals die door het CBS wordt gebruikt.';

COMMENT ON COLUMN buurt.geometrie IS 'De tweedimensionale geometrische representatie van de omtrekken van de buurt.';

COMMENT ON COLUMN buurt.begin_geldigheid IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN buurt.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN buurt.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN buurt.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN buurt.ligt_in_wijk_id IS 'De wijk waarin de buurt is gelegen.';

COMMENT ON COLUMN buurt.is_object_id IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON COLUMN buurt.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN buurt.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN buurt.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN buurt.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN buurt.load_source IS 'source system or file';

COMMENT ON COLUMN buurt.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN buurt.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE gemeente IS 'Een gedeelte van het grondgebied van Nederland, ingesteld op basis van artikel 123 van de Grondwet.';

COMMENT ON COLUMN gemeente.gemeentecode IS 'Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid';

COMMENT ON COLUMN gemeente.gemeentenaam IS 'De officiële door de gemeente vastgestelde gemeentenaam.';

COMMENT ON COLUMN gemeente.gemeentenaam_nen IS 'De officieel vastgestelde en waar nodig ingekorte naam van de gemeente';

COMMENT ON COLUMN gemeente.geometrie IS 'De tweedimensionale geometrische representatie van de omtrekken van het grondgebied van een gemeente.';

COMMENT ON COLUMN gemeente.begin_geldigheid IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN gemeente.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN gemeente.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN gemeente.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN gemeente.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN gemeente.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN gemeente.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN gemeente.load_source IS 'source system or file';

COMMENT ON COLUMN gemeente.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN gemeente.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE ligplaats IS 'Definitie Een ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object Beschrijving Een plaats in het water met soms ook een (deel van een) terrein op de oever. Deze plaats moet kunnen worden gebruikt door een drijvend object dat langere tijd daar wordt vastgemaakt. Het drijvende object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Bijvoorbeeld een woonboot. De gemeente mag zeggen of er voor de BAG ergens een ligplaats komt.';

COMMENT ON COLUMN ligplaats.identificatie IS 'De unieke aanduiding van een LIGPLAATS';

COMMENT ON COLUMN ligplaats.geconstateerd_enum_id IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN ligplaats.status_enum_id IS 'De fase van de levenscyclus van een LIGPLAATS waarin de betreffende LIGPLAATS zich bevindt.
 

	Plaats aangewezen
	Plaats ingetrokken';

COMMENT ON COLUMN ligplaats.documentdatum IS 'De datum waarop het brondocument is vastgesteld op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.';

COMMENT ON COLUMN ligplaats.documentnummer IS 'De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente.';

COMMENT ON COLUMN ligplaats.geometrie IS 'Loodrechte bovenaanzicht van de ligplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichtbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde';

COMMENT ON COLUMN ligplaats.begin_geldigheid IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN ligplaats.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN ligplaats.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN ligplaats.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN ligplaats.is_object_id IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON COLUMN ligplaats.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN ligplaats.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN ligplaats.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN ligplaats.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN ligplaats.load_source IS 'source system or file';

COMMENT ON COLUMN ligplaats.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN ligplaats.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE nummeraanduiding IS 'Een nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.';

COMMENT ON COLUMN nummeraanduiding.huisletter IS 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.';

COMMENT ON COLUMN nummeraanduiding.huisnummer IS 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.';

COMMENT ON COLUMN nummeraanduiding.huisnummertoevoeging IS 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.';

COMMENT ON COLUMN nummeraanduiding.postcode IS 'De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer';

COMMENT ON COLUMN nummeraanduiding.begin_geldigheid IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN nummeraanduiding.einde_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN nummeraanduiding.status_enum_id IS 'De levenscyclus van een nummeraanduiding, waarin de betreffende nummeraanduiding zich bevindt.
 

	Naamgeving uitgegeven
	Naamgeving ingetrokken';

COMMENT ON COLUMN nummeraanduiding.identificatie IS 'Unieke identificatiecode van het object';

COMMENT ON COLUMN nummeraanduiding.type_adresseerbaar_object_enum_id IS 'Het type addresseerbaarobject (landelijke identificatie) wat door de nummeraanduiding wordt aangeduid.';

COMMENT ON COLUMN nummeraanduiding.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN nummeraanduiding.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN nummeraanduiding.documentdatum IS 'De datum op basis waarvan een opname of mutatie van gegevens ten aanzien van een BAG-object heeft plaatsgevonden.';

COMMENT ON COLUMN nummeraanduiding.documentnummer IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN nummeraanduiding.verwijst_naar_locatieaanduiding_woz_object_id IS '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/LocatieaanduidingWozObject, not in the selection)';

COMMENT ON COLUMN nummeraanduiding.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN nummeraanduiding.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN nummeraanduiding.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN nummeraanduiding.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN nummeraanduiding.load_source IS 'source system or file';

COMMENT ON COLUMN nummeraanduiding.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN nummeraanduiding.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE onderzoek IS 'Basisinformatie zet een kenmerk, waarvan een formele terugmelding of correctieverzoek niet binnen twee werkdagen is afgehandeld, in de Basisregistratie adressen en gebouwen in onderzoek.';

COMMENT ON COLUMN onderzoek.documentnummer IS 'Het unieke nummer van het brondocument
Herkomst: BAG';

COMMENT ON COLUMN onderzoek.documentdatum IS 'De datum waarop het brondocument is vastgesteld

Herkomst: BAG';

COMMENT ON COLUMN onderzoek.begin_geldigheid IS 'De datum waarop het kenmerk of de relatie van een object bij de bronhouder in onderzoek is geplaatst.

Herkomst: BAG';

COMMENT ON COLUMN onderzoek.eind_geldigheid IS 'De datum waarop het onderzoek naar het kenmerk of de relatie van een object door de bronhouder is afgerond

Herkomst: BAG';

COMMENT ON COLUMN onderzoek.tijdstip_registratie IS 'Het tijdstip waarop het onderzoek is geregistreerd bij de bronhouder.

Herkomst: BAG';

COMMENT ON COLUMN onderzoek.eind_registratie IS 'Het tijdstip waarop de registratie van het onderzoek is beëindigd bij de bronhouder.

Herkomst: BAG';

COMMENT ON COLUMN onderzoek.identificatie IS 'Identificatie van de objectklasse Onderzoek voor intern gebruik.
Herkomst: BAG Plus';

COMMENT ON COLUMN onderzoek.volgnummer IS 'Uniek volgnummer van de toestand van het object.
Herkomst: BAG Plus';

COMMENT ON COLUMN onderzoek.objecttype IS 'Geeft aan welke objectklasse in onderzoek staat.

Herkomst: BAG Plus';

COMMENT ON COLUMN onderzoek.in_onderzoek IS 'Indicatie of het kenmerk wel of niet in onderzoek staat.

Herkomst BAG Plus';

COMMENT ON COLUMN onderzoek.datum_actueel_tot IS 'Einddatum van de cyclus, eventueel in combinatie met het kenmerk Status.

Herkomst: BAG Plus';

COMMENT ON COLUMN onderzoek.kenmerk IS 'De naam van het kenmerk van het object dat in onderzoek is geplaatst. Het kenmerk kan ook een relatie zijn met een ander object.

Per object kunnen de volgende kenmerken of relaties in onderzoek worden geplaatst:

Woonplaats:

	naam
	geometrie
	status 


Openbare ruimte:

	naam
	type
	status
	ligt in woonplaats 


Nummeraanduiding:

	huisnummer
	huisletter
	huisnummertoevoeging
	postcode
	type adresseerbaar object
	status
	ligt in woonplaats
	ligt aan openbare ruimte 


Pand:

	geometrie
	bouwjaar
	status 


Verblijfsobject:

	geometrie
	gebruiksdoel
	oppervlakte
	status
	ligt in pand
	heeft hoofdadres
	heeft nevenadres 


Standplaats:

	geometrie
	status
	heeft hoofdadres
	heeft nevenadres 


Ligplaats:

	geometrie
	status
	heeft hoofdadres
	heeft nevenadres 


Herkomst: BAG';

COMMENT ON COLUMN onderzoek.object_identificatie IS 'Unieke identificatie van het object dat in onderzoek is geplaatst.

Herkomst BAG';

COMMENT ON COLUMN onderzoek.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN onderzoek.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN onderzoek.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN onderzoek.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN onderzoek.load_source IS 'source system or file';

COMMENT ON COLUMN onderzoek.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN onderzoek.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE openbare_ruimte IS 'Een openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen. Beschrijving: Een buitenruimte die door de gemeente als openbare ruimte is aangewezen en waaraan de gemeente een naam heeft gegeven. Een openbare ruimte ligt binnen 1 woonplaats. De BAG kent 7 soorten openbare ruimten: weg, water, spoorbaan, terrein, kunstwerk, landschappelijk gebied en administratief gebied. Een openbare ruimte is meestal een straat(naam).';

COMMENT ON COLUMN openbare_ruimte.identificatie IS 'De unieke aanduiding van een OPENBARE RUIMTE.';

COMMENT ON COLUMN openbare_ruimte.status_enum_id IS 'De fase van de levenscyclus van een OPENBARE RUIMTE, waarin de betreffende  OPENBARE RUIMTE zich bevindt';

COMMENT ON COLUMN openbare_ruimte.naam_openbareruimte IS 'Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming';

COMMENT ON COLUMN openbare_ruimte.geconstateerd IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname';

COMMENT ON COLUMN openbare_ruimte.type_openbareruimte_enum_id IS 'De aard van de als zodanig benoemde OPENBARE
RUIMTE.';

COMMENT ON COLUMN openbare_ruimte.straatnaam IS 'De officiële straatnaam zoals door het bevoegd gemeentelijk orgaan is vastgesteld, zo nodig ingekort conform de specificaties van de NEN 5825.';

COMMENT ON COLUMN openbare_ruimte.huisnummerrange_even_nummers IS 'Het laagste en het hoogste huisnummer, zijnde even getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.';

COMMENT ON COLUMN openbare_ruimte.huisnummerrange_oneven_nummers IS 'Het laagste en het hoogste huisnummer, zijnde oneven getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.';

COMMENT ON COLUMN openbare_ruimte.huisnummerrange_even_en_oneven_nummers IS 'Het laagste en het hoogste huisnummer van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE in die gevallen dat aan één of beide zijden van de OPENBARE RUIMTE zowel even als oneven huisnummers voorkomen dan wel dat even en/of oneven huisnummers aan beide zijden van de openbare ruimte voorkomen.';

COMMENT ON COLUMN openbare_ruimte.label_naam IS 'Bevat de naam van de openbare ruimte ten behoeve van visualisatie.';

COMMENT ON COLUMN openbare_ruimte.geometrie IS 'De tweedimensionale geometrische representatie van de omtrekken van de openbare ruimte.';

COMMENT ON COLUMN openbare_ruimte.wegsegment IS 'De geometrische representatie van de openbare ruimte als een lijn.';

COMMENT ON COLUMN openbare_ruimte.begingeldigheid IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN openbare_ruimte.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN openbare_ruimte.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN openbare_ruimte.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN openbare_ruimte.documentnummer IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN openbare_ruimte.betreft_beschermde_status_id IS '(refers to 5 Sport, Cultuur en Recreatie/Erfgoed/Monumenten/Model Monumenten/Beschermde Status, not in the selection)';

COMMENT ON COLUMN openbare_ruimte.ligt_in_buurt_rsgb_plus_id IS '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)';

COMMENT ON COLUMN openbare_ruimte.is_object_id IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON COLUMN openbare_ruimte.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN openbare_ruimte.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN openbare_ruimte.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN openbare_ruimte.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN openbare_ruimte.load_source IS 'source system or file';

COMMENT ON COLUMN openbare_ruimte.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN openbare_ruimte.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE pand IS 'Een pand is een kleinste bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Beschrijving: Een zelfstandig bouwwerk, zowel zelfstandig in de manier hoe het is gebouwd als waarvoor het is bedoeld om te gebruiken. Een pand voldoet ook aan de volgende eisen: een pand is direct en voor lange tijd met de aarde verbonden (een pand is niet makkelijk te verplaatsen) en een pand kun je binnengaan en afsluiten. Een eenheid kan alleen een pand zijn als het voldoet aan alle eisen uit de Catalogus BAG 2018.';

COMMENT ON COLUMN pand.identificatie IS 'De unieke aanduiding van een PAND';

COMMENT ON COLUMN pand.status_enum_id IS 'De fase van de levenscyclus van een PAND, waarin het betreffende PAND zich bevindt.

	Bouwvergunning verleend
	Niet gerealiseerd pand
	Bouw gestart
	Pand in gebruik (niet ingemeten)
	Pand in gebruik
	Sloopvergunning verleend
	Pand gesloopt
	Pand buiten gebruik
	Verbouwing pand
	Pand ten onrechte opgevoerd';

COMMENT ON COLUMN pand.status_voortgang_bouw_enum_id IS 'De fase van de bouw, verbouw of sloop waarin het betreffende PAND zich bevindt';

COMMENT ON COLUMN pand.oorspronkelijk_bouwjaar IS 'De aanduiding van het jaar waarin een PAND oorspronkelijk als bouwkundig gereed is of wordt opgeleverd.';

COMMENT ON COLUMN pand.oppervlakte IS 'De gebruiksoppervlakte van een PAND in gehele vierkante meters.';

COMMENT ON COLUMN pand.bruto_inhoud_pand IS 'Aanduiding in kubieke meters van de bruto inhoud van het PAND.';

COMMENT ON COLUMN pand.geconstateerd IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.

Dit geeft aan dat een PAND in de registratie is opgenomen als gevolg van een feitelijke constatering en niet op basis van een regulier brondocument';

COMMENT ON COLUMN pand.hoogste_bouwlaag IS 'De ligging van de hoogste bouwlaag van het pand gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN pand.laagste_bouwlaag IS 'De ligging van de laagste bouwlaag van het pand gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN pand.geometrie_bovenaanzicht IS 'De minimaal tweedimensionale geometrische representatie van het bovenaanzicht van de omtrekken van een PAND';

COMMENT ON COLUMN pand.geometrie_maaiveld IS 'De tweedimensionale geometrische representatie van de omtrekken van een PAND op maaiveldniveau';

COMMENT ON COLUMN pand.relatieve_hoogteligging IS 'Aanduiding voor de relatieve hoogte van het pand';

COMMENT ON COLUMN pand.documentnummer IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN pand.documentdatum IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN pand.begin_geldigheid IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN pand.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN pand.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN pand.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN pand.heeft_vastgoedobject_id IS '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)';

COMMENT ON COLUMN pand.zonder_verblijfsobject_ligt_in_buurt_id IS 'De BUURT waarin het PAND gelegen is waarbinnen zich geen verblijfsobjecten bevinden.';

COMMENT ON COLUMN pand.zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id IS '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)';

COMMENT ON COLUMN pand.is_object_id IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON COLUMN pand.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN pand.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN pand.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN pand.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN pand.load_source IS 'source system or file';

COMMENT ON COLUMN pand.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN pand.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE standplaats IS 'Een standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte. Beschrijving: Een terrein of een deel daarvan dat moet kunnen worden gebruikt om langere tijd een object neer te zetten. Dit object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Het moet verplaatsbaar zijn en mag dus niet helemaal vastgemaakt worden aan de grond. Bijvoorbeeld een woonwagen of strandtent. De gemeente mag zeggen of er voor de BAG ergens een standplaats komt.';

COMMENT ON COLUMN standplaats.identificatie IS 'De unieke aanduiding van een STANDPLAATS.';

COMMENT ON COLUMN standplaats.geconstateerd IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN standplaats.status_enum_id IS 'De fase van de levenscyclus van een STANDPLAATS waarin de betreffende STANDPLAATS zich bevindt.';

COMMENT ON COLUMN standplaats.geometrie IS 'Loodrechte bovenaanzicht van de standplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde';

COMMENT ON COLUMN standplaats.documentdatum IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN standplaats.documentnummer IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN standplaats.begin_geldigheid IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN standplaats.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN standplaats.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN standplaats.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN standplaats.is_object_id IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON COLUMN standplaats.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN standplaats.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN standplaats.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN standplaats.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN standplaats.load_source IS 'source system or file';

COMMENT ON COLUMN standplaats.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN standplaats.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE verblijfsobject IS 'Een verblijfsobject is een kleinste binnen één of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is. Beschrijving: Een verblijfsobject is een ruimte in 1 of meer panden en voldoet aan de volgende eisen: kan worden gebruikt om in te wonen, een bedrijf in te hebben of om voor plezier in te verblijven, is bereikbaar via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, kan worden gekocht en verkocht, kan helemaal zelf worden gebruikt voor het doel dat ervoor is gegeven. Deze eisen voor verblijfsobjecten worden toegelicht in de Catalogus BAG 2018. Een verblijfsobject krijgt een adres.';

COMMENT ON COLUMN verblijfsobject.identificatie IS 'De unieke identificatie van een VERBLIJFSOBJECT.';

COMMENT ON COLUMN verblijfsobject.status_enum_id IS 'De fase van de levenscyclus van een VERBLIJFSOBJECT, waarin het betreffende VERBLIJFSOBJECT zich bevindt.';

COMMENT ON COLUMN verblijfsobject.geconstateerd IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN verblijfsobject.hoogste_bouwlaag IS 'De ligging van de hoogste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN verblijfsobject.laagste_bouwlaag IS 'De ligging van de laagste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN verblijfsobject.toegang_bouwlaag IS 'De ligging van de bouwlaag van het verblijfsobject, gerekend ten opzichte van het straatpeil, waarop zich de hoofdtoegang tot het verblijfsobject bevindt.';

COMMENT ON COLUMN verblijfsobject.soort_woonobject_enum_id IS 'Indeling van woonverblijven volgens het CBS.';

COMMENT ON COLUMN verblijfsobject.aantal_kamers IS 'Het aantal kamers van het Verblijfsobject in de situatie tijdens de bouw.';

COMMENT ON COLUMN verblijfsobject.ontsluiting_verdieping_enum_id IS 'Aanduiding van de manier waarop de desbetreffende bouwlaag van een object toegankelijk is gemaakt.';

COMMENT ON COLUMN verblijfsobject.documentnummer IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN verblijfsobject.documentdatum IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN verblijfsobject.gebruiksdoel_enum_id IS 'Een gebruiksdoel is een categorisering van de gebruiksdoelen van het betreffende verblijfsobject zoals in de vergunning is opgenomen of bij constatering is vastgesteld.';

COMMENT ON COLUMN verblijfsobject.begin_geldigheid IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN verblijfsobject.eind_geldigheid IS 'Definitie EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid. Beschrijving Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN verblijfsobject.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN verblijfsobject.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN verblijfsobject.oppervlakte IS 'De gebruiksoppervlakte van het verblijfsobject conform hetgeen in NEN 2580 is vastgelegd omtrent gebruiksoppervlakte';

COMMENT ON COLUMN verblijfsobject.heeft_vastgoedobject_id IS '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)';

COMMENT ON COLUMN verblijfsobject.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN verblijfsobject.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN verblijfsobject.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN verblijfsobject.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN verblijfsobject.load_source IS 'source system or file';

COMMENT ON COLUMN verblijfsobject.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN verblijfsobject.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE wijk IS 'Een aaneengesloten gedeelte van het grondgebied van een gemeente, waarvan de grenzen zo veel mogelijk zijn gebaseerd op sociaal-geografische kenmerken.';

COMMENT ON COLUMN wijk.wijkcode IS 'De code behorende bij de naam van de wijk.';

COMMENT ON COLUMN wijk.wijknaam IS 'De naam van de wijk, zoals die door het CBS wordt gebruikt.';

COMMENT ON COLUMN wijk.geometrie IS 'De tweedimensionale geometrische representatie van de omtrekken van de wijk.';

COMMENT ON COLUMN wijk.begin_geldigheid IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN wijk.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN wijk.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN wijk.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN wijk.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN wijk.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN wijk.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN wijk.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN wijk.load_source IS 'source system or file';

COMMENT ON COLUMN wijk.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN wijk.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE woonplaats IS 'Een woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente Beschrijving: Een stuk grond binnen de gemeente dat als woonplaats is aangewezen en waaraan de gemeente ook een naam heeft gegeven.';

COMMENT ON COLUMN woonplaats.identificatie IS 'De unieke aanduiding van een WOONPLAATS, zoals opgenomen in de landelijke woonplaatsentabel.';

COMMENT ON COLUMN woonplaats.woonplaatsnaam IS 'De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.';

COMMENT ON COLUMN woonplaats.woonplaatsnaam_nen IS 'De officiële plaatsnaam conform NEN';

COMMENT ON COLUMN woonplaats.geconstateerd_enum_id IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN woonplaats.status_enum_id IS 'De fase van de levenscyclus van een WOONPLAATS, waarin de betreffende WOONPLAATS zich bevindt.';

COMMENT ON COLUMN woonplaats.geometrie IS 'De tweedimensionale geometrische representatie van het vlak dat wordt gevormd door de omtrekken van een woonplaats.';

COMMENT ON COLUMN woonplaats.begin_geldigheid IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN woonplaats.eind_geldigheid IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN woonplaats.datum_ingang IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN woonplaats.datum_einde IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN woonplaats.documentnummer IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN woonplaats.documentdatum IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN woonplaats.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN woonplaats.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN woonplaats.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN woonplaats.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN woonplaats.load_source IS 'source system or file';

COMMENT ON COLUMN woonplaats.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN woonplaats.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON COLUMN areaal_ligt_in_buurt.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN areaal_ligt_in_buurt.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN areaal_ligt_in_buurt.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN areaal_ligt_in_buurt.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN areaal_ligt_in_buurt.load_source IS 'source system or file';

COMMENT ON COLUMN areaal_ligt_in_buurt.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN areaal_ligt_in_buurt.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON COLUMN areaal_valt_binnen_wijk.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN areaal_valt_binnen_wijk.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN areaal_valt_binnen_wijk.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN areaal_valt_binnen_wijk.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN areaal_valt_binnen_wijk.load_source IS 'source system or file';

COMMENT ON COLUMN areaal_valt_binnen_wijk.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN areaal_valt_binnen_wijk.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON TABLE gemeente_is_overgegaan_in_gemeente IS 'De nieuwe GEMEENTE waarin de GEMEENTE bij zijn opheffing c.q. na herindeling is overgegaan.';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.load_source IS 'source system or file';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN gemeente_is_overgegaan_in_gemeente.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.load_source IS 'source system or file';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN nummeraanduiding_ligt_in_gebied.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.load_source IS 'source system or file';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN verblijfsobject_maakt_deel_uit_van_pand.row_hash IS 'hash of the attribute values, for change detection';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.valid_from IS 'start of validity (tijdlijn geldigheid)';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.valid_to IS 'end of validity, exclusive; empty while valid';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.registered_at IS 'when this version was registered (tijdlijn registratie)';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.load_batch_id IS 'load batch that wrote this row';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.load_source IS 'source system or file';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.loaded_at IS 'when the row was loaded';

COMMENT ON COLUMN woonplaats_ligt_in_gemeente.row_hash IS 'hash of the attribute values, for change detection';
