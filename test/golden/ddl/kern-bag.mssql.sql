CREATE TABLE boolean_enum (
  boolean_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_boolean_enum PRIMARY KEY (boolean_enum_id),
  CONSTRAINT uq_boolean_enum_value UNIQUE (value)
);

CREATE TABLE gebruiksdoel_enum (
  gebruiksdoel_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_gebruiksdoel_enum PRIMARY KEY (gebruiksdoel_enum_id),
  CONSTRAINT uq_gebruiksdoel_enum_value UNIQUE (value)
);

CREATE TABLE ontsluitingswijze_verdieping_enum (
  ontsluitingswijze_verdieping_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_ontsluitingswijze_verdieping_enum PRIMARY KEY (ontsluitingswijze_verdieping_enum_id),
  CONSTRAINT uq_ontsluitingswijze_verdieping_enum_value UNIQUE (value)
);

CREATE TABLE soort_woonobject_enum (
  soort_woonobject_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_soort_woonobject_enum PRIMARY KEY (soort_woonobject_enum_id),
  CONSTRAINT uq_soort_woonobject_enum_value UNIQUE (value)
);

CREATE TABLE status_ligplaats_enum (
  status_ligplaats_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_ligplaats_enum PRIMARY KEY (status_ligplaats_enum_id),
  CONSTRAINT uq_status_ligplaats_enum_value UNIQUE (value)
);

CREATE TABLE status_nummeraanduiding_enum (
  status_nummeraanduiding_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_nummeraanduiding_enum PRIMARY KEY (status_nummeraanduiding_enum_id),
  CONSTRAINT uq_status_nummeraanduiding_enum_value UNIQUE (value)
);

CREATE TABLE status_openbare_ruimte_enum (
  status_openbare_ruimte_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_openbare_ruimte_enum PRIMARY KEY (status_openbare_ruimte_enum_id),
  CONSTRAINT uq_status_openbare_ruimte_enum_value UNIQUE (value)
);

CREATE TABLE status_pand_enum (
  status_pand_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_pand_enum PRIMARY KEY (status_pand_enum_id),
  CONSTRAINT uq_status_pand_enum_value UNIQUE (value)
);

CREATE TABLE status_standplaats_enum (
  status_standplaats_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_standplaats_enum PRIMARY KEY (status_standplaats_enum_id),
  CONSTRAINT uq_status_standplaats_enum_value UNIQUE (value)
);

CREATE TABLE status_verblijfsobject_enum (
  status_verblijfsobject_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_verblijfsobject_enum PRIMARY KEY (status_verblijfsobject_enum_id),
  CONSTRAINT uq_status_verblijfsobject_enum_value UNIQUE (value)
);

CREATE TABLE status_voortgang_bouw_enum (
  status_voortgang_bouw_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_voortgang_bouw_enum PRIMARY KEY (status_voortgang_bouw_enum_id),
  CONSTRAINT uq_status_voortgang_bouw_enum_value UNIQUE (value)
);

CREATE TABLE status_woonplaats_enum (
  status_woonplaats_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_woonplaats_enum PRIMARY KEY (status_woonplaats_enum_id),
  CONSTRAINT uq_status_woonplaats_enum_value UNIQUE (value)
);

CREATE TABLE type_adresseerbaar_object_bag_enum (
  type_adresseerbaar_object_bag_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_type_adresseerbaar_object_bag_enum PRIMARY KEY (type_adresseerbaar_object_bag_enum_id),
  CONSTRAINT uq_type_adresseerbaar_object_bag_enum_value UNIQUE (value)
);

CREATE TABLE typering_openbare_ruimte_enum (
  typering_openbare_ruimte_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_typering_openbare_ruimte_enum PRIMARY KEY (typering_openbare_ruimte_enum_id),
  CONSTRAINT uq_typering_openbare_ruimte_enum_value UNIQUE (value)
);

CREATE TABLE adresseerbaar_object (
  object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  versie INT,
  type_adresseerbaar_object_enum_id INT,
  identificatie_2 NVARCHAR(50),
  objecttype NVARCHAR(3),
  naam NVARCHAR(200),
  adres_binnenland_id BIGINT,
  adres_buitenland NVARCHAR(200),
  kadastrale_aanduiding NVARCHAR(30),
  geometrie GEOMETRY,
  toelichting NVARCHAR(MAX),
  domein NVARCHAR(200),
  indicatie_risico NVARCHAR(MAX),
  heeft_winkelvloeroppervlak_id BIGINT,
  heeft_als_hoofdadres_nummeraanduiding_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_adresseerbaar_object PRIMARY KEY (object_id)
);

CREATE UNIQUE INDEX uq_adresseerbaar_object_identificatie ON adresseerbaar_object (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE binnenlands_adres (
  binnenlands_adres_id BIGINT NOT NULL,
  straatnaam NVARCHAR(200),
  gemeentenaam NVARCHAR(80),
  huisnummer INT,
  huisletter INT,
  huisnummertoevoeging NVARCHAR(4),
  postcode NVARCHAR(6),
  bagid NVARCHAR(255),
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_binnenlands_adres PRIMARY KEY (binnenlands_adres_id)
);

CREATE TABLE buurt (
  buurt_id BIGINT NOT NULL,
  code NVARCHAR(2),
  naam NVARCHAR(40),
  geometrie GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie NVARCHAR(255),
  datum_ingang DATE,
  status_enum_id INT,
  datum_einde DATE,
  versie INT,
  geconstateerd_enum_id INT,
  ligt_in_wijk_id BIGINT,
  ligt_in_openbare_ruimte_id BIGINT,
  is_object_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_buurt PRIMARY KEY (buurt_id)
);

CREATE UNIQUE INDEX uq_buurt_identificatie ON buurt (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE gemeente (
  gemeente_id BIGINT NOT NULL,
  gemeentecode NVARCHAR(4),
  gemeentenaam NVARCHAR(80),
  gemeentenaam_nen NVARCHAR(24),
  geometrie GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie NVARCHAR(255),
  datum_ingang DATE,
  datum_einde DATE,
  versie INT,
  geconstateerd BIT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_gemeente PRIMARY KEY (gemeente_id)
);

CREATE UNIQUE INDEX uq_gemeente_identificatie ON gemeente (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE ligplaats (
  object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  geconstateerd_enum_id INT,
  status_enum_id INT,
  documentdatum DATE,
  documentnummer INT,
  versie INT,
  geometrie GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  is_object_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_ligplaats PRIMARY KEY (object_id)
);

CREATE UNIQUE INDEX uq_ligplaats_identificatie ON ligplaats (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE nummeraanduiding (
  nummeraanduiding_id BIGINT NOT NULL,
  huisletter NVARCHAR(1),
  huisnummer INT,
  huisnummertoevoeging NVARCHAR(4),
  postcode NVARCHAR(6),
  begin_geldigheid DATE,
  einde_geldigheid DATE,
  status_enum_id INT,
  geconstateerd BIT,
  identificatie NVARCHAR(255),
  type_adresseerbaar_object_enum_id INT,
  datum_ingang DATE,
  datum_einde DATE,
  versie INT,
  geometrie GEOMETRY,
  documentdatum DATE,
  documentnummer INT,
  verwijst_naar_locatieaanduiding_woz_object_id BIGINT,
  ligt_aan_openbare_ruimte_id BIGINT,
  ligt_in_buurt_id BIGINT,
  ligt_in_woonplaats_id BIGINT,
  heeft_als_nevenadres_adresseerbaar_object_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_nummeraanduiding PRIMARY KEY (nummeraanduiding_id)
);

CREATE UNIQUE INDEX uq_nummeraanduiding_identificatie ON nummeraanduiding (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE onderzoek (
  onderzoek_id BIGINT NOT NULL,
  documentnummer INT,
  documentdatum DATETIME2,
  begin_geldigheid DATETIME2,
  eind_geldigheid DATETIME2,
  tijdstip_registratie DATETIME2,
  eind_registratie DATETIME2,
  identificatie NVARCHAR(255),
  volgnummer INT,
  objecttype NVARCHAR(MAX),
  in_onderzoek BIT,
  datum_actueel_tot DATETIME2,
  kenmerk NVARCHAR(MAX),
  object_identificatie NVARCHAR(MAX),
  objectidentificatie_standplaats_id BIGINT,
  objectidentificatie_pand_id BIGINT,
  objectidentificatie_nummeraanduiding_id BIGINT,
  objectidentificatie_ligplaats_id BIGINT,
  objectidentificatie_openbare_ruimte_id BIGINT,
  objectidentificatie_verblijfsobject_id BIGINT,
  objectidentificatie_woonplaats_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_onderzoek PRIMARY KEY (onderzoek_id)
);

CREATE UNIQUE INDEX uq_onderzoek_identificatie ON onderzoek (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE openbare_ruimte (
  openbare_ruimte_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  status_enum_id INT,
  naam_openbareruimte NVARCHAR(80),
  geconstateerd BIT,
  type_openbareruimte_enum_id INT,
  straatnaam NVARCHAR(24),
  huisnummerrange_even_nummers NVARCHAR(11),
  huisnummerrange_oneven_nummers NVARCHAR(11),
  huisnummerrange_even_en_oneven_nummers NVARCHAR(11),
  label_naam NVARCHAR(80),
  geometrie GEOMETRY,
  wegsegment GEOMETRY,
  begingeldigheid DATE,
  eind_geldigheid DATE,
  straatcode NVARCHAR(80),
  versie INT,
  datum_ingang DATE,
  datum_einde DATE,
  documentdatum DATETIME2,
  documentnummer INT,
  betreft_beschermde_status_id BIGINT,
  ligt_in_woonplaats_id BIGINT,
  ligt_in_buurt_rsgb_plus_id BIGINT,
  is_object_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_openbare_ruimte PRIMARY KEY (openbare_ruimte_id)
);

CREATE UNIQUE INDEX uq_openbare_ruimte_identificatie ON openbare_ruimte (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE pand (
  geo_object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  status_enum_id INT,
  status_voortgang_bouw_enum_id INT,
  oorspronkelijk_bouwjaar INT,
  oppervlakte INT,
  bruto_inhoud_pand INT,
  geconstateerd BIT,
  hoogste_bouwlaag INT,
  laagste_bouwlaag INT,
  geometrie_bovenaanzicht GEOMETRY,
  geometrie_maaiveld GEOMETRY,
  relatieve_hoogteligging INT,
  documentnummer NVARCHAR(MAX),
  documentdatum DATETIME2,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  geometrie_punt GEOMETRY,
  datum_ingang DATE,
  versie INT,
  datum_einde DATE,
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie_2 NVARCHAR(255),
  geometrie_soort NVARCHAR(40),
  heeft_vastgoedobject_id BIGINT,
  zonder_verblijfsobject_ligt_in_buurt_id BIGINT,
  zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id BIGINT,
  is_object_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_pand PRIMARY KEY (geo_object_id)
);

CREATE UNIQUE INDEX uq_pand_identificatie ON pand (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE standplaats (
  object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  geconstateerd BIT,
  status_enum_id INT,
  versie INT,
  geometrie GEOMETRY,
  documentdatum DATE,
  documentnummer INT,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  is_object_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_standplaats PRIMARY KEY (object_id)
);

CREATE UNIQUE INDEX uq_standplaats_identificatie ON standplaats (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE verblijfsobject (
  object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  status_enum_id INT,
  geconstateerd BIT,
  hoogste_bouwlaag INT,
  laagste_bouwlaag INT,
  toegang_bouwlaag INT,
  soort_woonobject_enum_id INT,
  aantal_kamers INT,
  ontsluiting_verdieping_enum_id INT,
  documentnummer INT,
  documentdatum DATE,
  geometrie GEOMETRY,
  versie INT,
  gebruiksdoel_enum_id INT,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_einde DATE,
  datum_ingang DATE,
  oppervlakte INT,
  heeft_vastgoedobject_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_verblijfsobject PRIMARY KEY (object_id)
);

CREATE UNIQUE INDEX uq_verblijfsobject_identificatie ON verblijfsobject (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE wijk (
  wijk_id BIGINT NOT NULL,
  wijkcode NVARCHAR(2),
  wijknaam NVARCHAR(40),
  geometrie GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie NVARCHAR(255),
  datum_ingang DATE,
  status_enum_id INT,
  datum_einde NVARCHAR(MAX),
  versie INT,
  geconstateerd BIT,
  ligt_in_woonplaats_id BIGINT,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_wijk PRIMARY KEY (wijk_id)
);

CREATE UNIQUE INDEX uq_wijk_identificatie ON wijk (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE woonplaats (
  woonplaats_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  woonplaatsnaam NVARCHAR(80),
  woonplaatsnaam_nen NVARCHAR(24),
  geconstateerd_enum_id INT,
  status_enum_id INT,
  geometrie GEOMETRY,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  versie INT,
  documentnummer INT,
  documentdatum DATE,
  voorkomen DATE,
  tijdstip_registratie DATETIME2,
  eind_registratie DATETIME2,
  tijdstip_actief DATETIME2,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_woonplaats PRIMARY KEY (woonplaats_id)
);

CREATE UNIQUE INDEX uq_woonplaats_identificatie ON woonplaats (identificatie, valid_from) WHERE identificatie IS NOT NULL AND valid_from IS NOT NULL;

CREATE TABLE areaal_ligt_in_buurt (
  areaal_ligt_in_buurt_id BIGINT NOT NULL,
  areaal_id BIGINT NOT NULL,
  buurt_id BIGINT NOT NULL,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_areaal_ligt_in_buurt PRIMARY KEY (areaal_ligt_in_buurt_id)
);

CREATE UNIQUE INDEX uq_areaal_ligt_in_buurt ON areaal_ligt_in_buurt (areaal_id, buurt_id, valid_from) WHERE valid_from IS NOT NULL;

CREATE TABLE areaal_valt_binnen_wijk (
  areaal_valt_binnen_wijk_id BIGINT NOT NULL,
  areaal_id BIGINT NOT NULL,
  wijk_id BIGINT NOT NULL,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_areaal_valt_binnen_wijk PRIMARY KEY (areaal_valt_binnen_wijk_id)
);

CREATE UNIQUE INDEX uq_areaal_valt_binnen_wijk ON areaal_valt_binnen_wijk (areaal_id, wijk_id, valid_from) WHERE valid_from IS NOT NULL;

CREATE TABLE gemeente_is_overgegaan_in_gemeente (
  gemeente_is_overgegaan_in_gemeente_id BIGINT NOT NULL,
  gemeente_id BIGINT NOT NULL,
  is_overgegaan_in_gemeente_id BIGINT NOT NULL,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_gemeente_is_overgegaan_in_gemeente PRIMARY KEY (gemeente_is_overgegaan_in_gemeente_id)
);

CREATE UNIQUE INDEX uq_gemeente_is_overgegaan_in_gemeente ON gemeente_is_overgegaan_in_gemeente (gemeente_id, is_overgegaan_in_gemeente_id, valid_from) WHERE valid_from IS NOT NULL;

CREATE TABLE nummeraanduiding_ligt_in_gebied (
  nummeraanduiding_ligt_in_gebied_id BIGINT NOT NULL,
  nummeraanduiding_id BIGINT NOT NULL,
  gebied_id BIGINT NOT NULL,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_nummeraanduiding_ligt_in_gebied PRIMARY KEY (nummeraanduiding_ligt_in_gebied_id)
);

CREATE UNIQUE INDEX uq_nummeraanduiding_ligt_in_gebied ON nummeraanduiding_ligt_in_gebied (nummeraanduiding_id, gebied_id, valid_from) WHERE valid_from IS NOT NULL;

CREATE TABLE verblijfsobject_maakt_deel_uit_van_pand (
  verblijfsobject_maakt_deel_uit_van_pand_id BIGINT NOT NULL,
  verblijfsobject_id BIGINT NOT NULL,
  pand_id BIGINT NOT NULL,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_verblijfsobject_maakt_deel_uit_van_pand PRIMARY KEY (verblijfsobject_maakt_deel_uit_van_pand_id)
);

CREATE UNIQUE INDEX uq_verblijfsobject_maakt_deel_uit_van_pand ON verblijfsobject_maakt_deel_uit_van_pand (verblijfsobject_id, pand_id, valid_from) WHERE valid_from IS NOT NULL;

CREATE TABLE woonplaats_ligt_in_gemeente (
  woonplaats_ligt_in_gemeente_id BIGINT NOT NULL,
  woonplaats_id BIGINT NOT NULL,
  gemeente_id BIGINT NOT NULL,
  valid_from DATETIME2,
  valid_to DATETIME2,
  registered_at DATETIME2,
  load_batch_id NVARCHAR(64),
  load_source NVARCHAR(255),
  loaded_at DATETIME2,
  row_hash NVARCHAR(64),
  CONSTRAINT pk_woonplaats_ligt_in_gemeente PRIMARY KEY (woonplaats_ligt_in_gemeente_id)
);

CREATE UNIQUE INDEX uq_woonplaats_ligt_in_gemeente ON woonplaats_ligt_in_gemeente (woonplaats_id, gemeente_id, valid_from) WHERE valid_from IS NOT NULL;

INSERT INTO boolean_enum (boolean_enum_id, value, code, definition) VALUES
  (1, N'Ja', N'1', NULL),
  (2, N'Nee', N'0', NULL),
  (3, N'Onbekend', N'-1', NULL),
  (4, N'Leeg', N'-2', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES
  (1, N'woonfunctie', N'1', NULL),
  (2, N'bijeenkomstfunctie', N'2', NULL),
  (3, N'celfunctie', N'3', NULL),
  (4, N'gezondheidszorgfunctie', N'4', NULL),
  (5, N'industriefunctie', N'5', NULL),
  (6, N'kantoorfunctie', N'6', NULL),
  (7, N'logiesfunctie', N'7', NULL),
  (8, N'onderwijsfunctie', N'8', NULL),
  (9, N'sportfunctie', N'9', NULL),
  (10, N'winkelfunctie', N'10', NULL),
  (11, N'overige gebruiksfunctie', N'11', NULL),
  (12, N'Onbekend', N'-1', NULL),
  (13, N'Leeg', N'-2', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES
  (1, N'trap', N'3', NULL),
  (2, N'roltrap', N'2', NULL),
  (3, N'lift', N'1', NULL),
  (4, N'Onbekend', N'-1', NULL),
  (5, N'Leeg', N'-2', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES
  (1, N'woning', N'4', NULL),
  (2, N'recreatiewoning', N'3', NULL),
  (3, N'wooneenheid', N'5', NULL),
  (4, N'bijzonder woongebouw', N'1', NULL),
  (5, N'overig woonverblijf', N'2', NULL),
  (6, N'Onbekend', N'-1', NULL),
  (7, N'Leeg', N'-2', NULL);

INSERT INTO status_ligplaats_enum (status_ligplaats_enum_id, value, code, definition) VALUES
  (1, N'plaats aangewezen', N'1', NULL),
  (2, N'plaats ingetrokken', N'2', NULL),
  (3, N'Onbekend', N'-1', NULL),
  (4, N'Leeg', N'-2', NULL);

INSERT INTO status_nummeraanduiding_enum (status_nummeraanduiding_enum_id, value, code, definition) VALUES
  (1, N'naamgeving uitgegeven', N'2', NULL),
  (2, N'naamgeving ingetrokken', N'1', NULL),
  (3, N'Onbekend', N'-1', NULL),
  (4, N'Leeg', N'-2', NULL);

INSERT INTO status_openbare_ruimte_enum (status_openbare_ruimte_enum_id, value, code, definition) VALUES
  (1, N'naamgeving uitgegeven', N'2', NULL),
  (2, N'naamgeving ingetrokken', N'1', NULL),
  (3, N'Onbekend', N'-1', NULL),
  (4, N'Leeg', N'-2', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES
  (1, N'bouwvergunning verleend', N'3', N'Een nieuw pand dat nog niet is gebouwd maar waarvoor wel een bouwvergunning is verleend.'),
  (2, N'niet gerealiseerd pand', N'4', N'Een pand waarvoor een bouwvergunning was verleend, maar waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is 
vastgesteld dat wordt afgezien van de bouw of waarvan de 
bouwvergunning is ingetrokken.'),
  (3, N'bouw gestart', N'1', N'Een pand waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is gestart of waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat de feitelijke bouw is 
aangevangen door minimaal de aanleg van de fundering 
(waartoe niet het bouwrijp maken van een terrein wordt 
gerekend)'),
  (4, N'pand in gebruik (niet ingemeten)', N'8', N'Een pand, waarvan de geometrie nog niet is ingemeten, waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is voltooid of waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het pand feitelijk 
in gebruik is genomen voor bijvoorbeeld bewoning dan wel 
bedrijfsuitoefening of dat het weliswaar (nog) niet in gebruik is 
genomen maar naar het oordeel van de gemeente wel gebruiksgereed is'),
  (5, N'pand in gebruik', N'7', N'Een pand dat feitelijk de status “Pand in gebruik (niet ingemeten)” had en waarvan de definitieve geometrie is ingemeten'),
  (6, N'sloopvergunning verleend', N'10', N'Een pand waarvoor een sloopvergunning is verleend'),
  (7, N'pand gesloopt', N'6', N'Een pand waarvan de aanvrager van de sloopvergunning heeft gemeld dat de sloop is voltooid of in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het pand is gesloopt.'),
  (8, N'pand buiten gebruik', N'5', N'Een pand dat in dusdanige bouwkundige staat is dat niet te verwachten is dat het pand zal worden hersteld en weer in gebruik zal worden genomen.'),
  (9, N'verbouwing pand', N'11', NULL),
  (10, N'pand ten onrechte opgevoerd', N'9', NULL),
  (11, N'bouwaanvraag ontvangen', N'2', NULL),
  (12, N'Onbekend', N'-1', NULL),
  (13, N'Leeg', N'-2', NULL);

INSERT INTO status_standplaats_enum (status_standplaats_enum_id, value, code, definition) VALUES
  (1, N'plaats aangewezen', N'1', NULL),
  (2, N'plaats ingetrokken', N'2', NULL),
  (3, N'Onbekend', N'-1', NULL),
  (4, N'Leeg', N'-2', NULL);

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES
  (1, N'verblijfsobject gevormd', N'3', N'Een nieuw verblijfsobject dat deel gaat uitmaken van een nog niet gebouwd pand waarvoor een bouwvergunning is verleend of dat wordt gerealiseerd in een reeds bestaand pand.'),
  (2, N'niet gerealiseerd verblijfsobject', N'1', N'Een verblijfsobject in een pand waarvoor een bouwvergunning was verleend of dat gerealiseerd zou worden in een reeds bestaand pand, maar waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat wordt afgezien van de bouw of waarvan de bouwvergunning is ingetrokken.'),
  (3, N'verblijfsobject in gebruik (niet ingemeten)', N'5', N'Een verblijfsobject waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is voltooid of waarvan in een schriftelijke 
verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het verblijfsobject feitelijk in gebruik is genomen voor bijvoorbeeld bewoning dan wel bedrijfsuitoefening of dat het weliswaar (nog) niet in gebruik is genomen maar naar het oordeel van de gemeente wel gebruiksgereed is. Het object is nog niet ingemeten.'),
  (4, N'verblijfsobject in gebruik', N'4', N'Een verblijfsobject dat feitelijk de status “Verblijfsobject in gebruik (niet ingemeten)” had en waarvan de definitieve geometrie is ingemeten.'),
  (5, N'verblijfsobject ingetrokken', N'6', N'een verblijfsobject dat als zodanig Catalogus basisregistraties adressen en gebouwen 2009 Pagina 79 van 79 opgehouden heeft te bestaan omdat de aanvrager van een sloopvergunning heeft gemeld dat de sloop is voltooid of in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is.
vastgesteld dat het verblijfsobject als zodanig niet meer 
bestaat'),
  (6, N'verblijfsobject buiten gebruik', N'2', N'Een verblijfsobject dat onderdeel uitmaakt van een pand dat in dusdanige bouwkundige staat is dat niet te verwachten is dat het pand zal worden hersteld en weer in gebruik zal worden genomen.'),
  (7, N'Onbekend', N'-1', NULL),
  (8, N'Leeg', N'-2', NULL),
  (9, N'verblijfsobject verbouwing', N'7', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES
  (1, N'nieuwbouwvergunning verleend', N'4', NULL),
  (2, N'nieuwbouw gestart', N'2', NULL),
  (3, N'nieuwbouw gereed', N'1', NULL),
  (4, N'verbouwvergunning verleend', N'12', NULL),
  (5, N'verbouw gestart', N'10', NULL),
  (6, N'verbouw gereed', N'9', NULL),
  (7, N'sloopvergunning verleend', N'8', NULL),
  (8, N'sloop gestart', N'6', NULL),
  (9, N'sloop gereed', N'5', NULL),
  (10, N'nieuwbouwvergunning ingetrokken', N'3', NULL),
  (11, N'verbouwvergunning ingetrokken', N'11', NULL),
  (12, N'sloopvergunning ingetrokken', N'7', NULL),
  (13, N'Onbekend', N'-1', NULL),
  (14, N'Leeg', N'-2', NULL);

INSERT INTO status_woonplaats_enum (status_woonplaats_enum_id, value, code, definition) VALUES
  (1, N'woonplaats aangewezen', N'2', NULL),
  (2, N'woonplaats ingetrokken', N'1', NULL),
  (3, N'Onbekend', N'-1', NULL),
  (4, N'Leeg', N'-2', NULL);

INSERT INTO type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id, value, code, definition) VALUES
  (1, N'Verblijfsobject', NULL, NULL),
  (2, N'Ligplaats', NULL, NULL),
  (3, N'Standplaats', NULL, NULL);

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES
  (1, N'weg', N'8', N'Gebaand gedeelte voor het wegverkeer en vliegverkeer te land. Hieronder vallen ook start- en landingsbanen voor het vliegverkeer.'),
  (2, N'water', N'7', N'grondoppervlak in principe bedekt met water.
 Voorbeelden zijn: rivier, kanaal, beek, zee, meer, oppervlaktewater in algemene zin. Objecten die in het kader  van de waterhuishouding periodiek met water zijn bedekt, vallen hier ook onder.'),
  (3, N'spoorbaan', N'5', N'Gebaand gedeelte voor het verkeer over rails.
Voorbeelden zijn: spoorbaan, metrobaan, trambaan'),
  (4, N'terrein', N'6', N'Door een fysiek voorkomen gekarakteriseerd zichtbaar begrensd stuk grond. 
Terrein wordt gebruikt om een zichtbaar (tastbaar) begrensd stuk grond aan te geven waarvoor een bepaald fysiek voorkomen typerend is. Voorbeelden zijn: bos, landschap, bebouwing, landbouwgebied. Belangrijk is dat het stuk grond een zichtbare grens heeft met aangrenzende geo-objecten.'),
  (5, N'kunstwerk', N'3', N'Civiel-technisch werk voor de infrastructuur van wegen, water, spoorbanen, waterkeringen en/of leidingen  en niet bedoeld voor permanent menselijk verblijf.
Hieronder vallen overbruggingen, waterstaatkundige werken en waterkerende constructies. verbruggingen  kunnen zijn: brug, viaduct, aquaduct enz. Een voorbeeld van een waterstaatkundig werk is een sluis.    
Voorbeelden van waterkerende constructies zijn stuw en vaste dam.'),
  (6, N'landschappelijk gebied', N'4', N'Geografisch gebied’: begrensd en benoemd gebied dat door een geografische eenheid wordt beschreven. 
De grenzen  zijn niet altijd exact vastgesteld (bijvoorbeeld Polder, Midden-Nederland,  Rivierengebied, Veluwe, Zuid-Limburg, Kustgebied).'),
  (7, N'functioneel gebied', N'2', N'Begrensd en benoemd gebied dat door een functionele eenheid wordt beschreven (bijvoorbeeld bedrijventerrein, bungalowpark, plantsoen, begraafplaats, jachthaven, windmolenpark, recreatiegebied .'),
  (8, N'administratief gebied', N'1', N'Op basis van wet- of regelgeving afgebakend gebied dat als eenheid geldt van politiek/bestuurlijke verantwoordelijkheid of voor bedrijfsvoering'),
  (9, N'Onbekend', N'-1', NULL),
  (10, N'Leeg', N'-2', NULL);

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

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'boolean_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'boolean_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gebruiksdoel_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gebruiksdoel_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ontsluitingswijze_verdieping_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ontsluitingswijze_verdieping_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'soort_woonobject_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'soort_woonobject_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_ligplaats_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_ligplaats_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_nummeraanduiding_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_nummeraanduiding_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_openbare_ruimte_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_openbare_ruimte_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_pand_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_pand_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_standplaats_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_standplaats_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_verblijfsobject_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_verblijfsobject_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_voortgang_bouw_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_voortgang_bouw_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_woonplaats_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'status_woonplaats_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'type_adresseerbaar_object_bag_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'type_adresseerbaar_object_bag_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'the literal as named in the model', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'typering_openbare_ruimte_enum', @level2type = N'COLUMN', @level2name = N'value';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'code used by source systems (alias in the model)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'typering_openbare_ruimte_enum', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een adresseerbaar object is een object waaraan formeel adressen kunnen en moeten worden toegekend: een verblijfsobject, standplaats of ligplaats. Toelichting: Een object dat een adres heeft of krijgt. Adresseerbare objecten zijn: een verblijfsobject, een standplaats en een ligplaats.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een AdresseerbaarObject.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke identificatie van het OBJECT', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'identificatie_2';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het onderscheid van een OBJECT naar haar specialisatiies.
De code voor de Objecttypering gevolgd door de unieke aanduiding van de specialisatie (van OBJECT):
ADRESSEERBAAR OBJECT AANDUIDING, BENOEMD OBJECT, BESLUIT, BUURT, ENKELVOUDIG INFORMATIEOBJECT, GEMEENTE, GEMEENTELIJKE OPENBARE RUIMTE, HUISHOUDEN, INRICHTINGSELEMENT, KADASTRALE ONROERENDE ZAAK, KUNSTWERKDEEL, MAATSSCHAPPELIJKE ACTIVITEIT, MEDEWERKER, OPENBARE RUIMTE, SAMENGESTELD INFORMATIEOBJECT, ORGANISATORISCHE EENHEID, PAND, SPOORBAANDEEL, STATUS, SUBJECT, TERREINDEEL, WATERDEEL, WEGDEEL, WIJK, WOONPLAATS, WOZ- DEELOBJECT, WOZ-OBJECT, WOZ-WAARDE of
ZAKELIJK RECHT (of afleidbare identificatie).', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'objecttype';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De benaming van het OBJECT indien dit een SUBJECT of specialisatie daarvan is.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'naam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aanduiding van het adres van het OBJECT indien dit adres in Nederland gelegen is.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'adres_binnenland_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aanduiding van het adres waar specialisaties van het OBJECT zijnde een SUBJECT dan wel een specialisatie daarvan, verblijft dan wel bereikbaar is in het buitenland.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'adres_buitenland';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De kadastrale aanduiding van het OBJECT', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'kadastrale_aanduiding';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De minimaal tweedimensionale geometrische representatie van het OBJECT.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het toepassingsgebied of de sector DOMEIN waarbinnen handhaving op het object plaatsvindt', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'domein';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Indicatie van de risico''s van (de uitvoering van activiteiten in) het handhavingsobject op gevolgen voor het handhavingsobject zelf, de daarin aanwezige personen, de omgeving van het handhavingsobject en/of de samenleving. (type in the model: none)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'indicatie_risico';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 3 Economie/Model Economie/Winkelvloeroppervlak, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'heeft_winkelvloeroppervlak_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'adresseerbaar_object', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De adresaanduiding van het WOZ-OBJECT', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'binnenlands_adres', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aaneengesloten gedeelte van een wijk, waarvan de grenzen zo veel mogelijk gebaseerd zijn op topografische elementen.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De code behorende bij de naam van de buurt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'code';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De naam van de buurt, zoals die door het CBS wordt gebruikt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'naam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van de buurt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De wijk waarin de buurt is gelegen.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'ligt_in_wijk_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'is_object_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'buurt', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een gedeelte van het grondgebied van Nederland, ingesteld op basis van artikel 123 van de Grondwet.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'gemeentecode';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officiële door de gemeente vastgestelde gemeentenaam.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'gemeentenaam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officieel vastgestelde en waar nodig ingekorte naam van de gemeente', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'gemeentenaam_nen';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van het grondgebied van een gemeente.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie Een ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object Beschrijving Een plaats in het water met soms ook een (deel van een) terrein op de oever. Deze plaats moet kunnen worden gebruikt door een drijvend object dat langere tijd daar wordt vastgemaakt. Het drijvende object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Bijvoorbeeld een woonboot. De gemeente mag zeggen of er voor de BAG ergens een ligplaats komt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een LIGPLAATS', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'geconstateerd_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een LIGPLAATS waarin de betreffende LIGPLAATS zich bevindt.
 

	Plaats aangewezen
	Plaats ingetrokken', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loodrechte bovenaanzicht van de ligplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichtbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'is_object_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ligplaats', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'huisletter';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'huisnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'huisnummertoevoeging';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'postcode';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'einde_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De levenscyclus van een nummeraanduiding, waarin de betreffende nummeraanduiding zich bevindt.
 

	Naamgeving uitgegeven
	Naamgeving ingetrokken', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Unieke identificatiecode van het object', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het type addresseerbaarobject (landelijke identificatie) wat door de nummeraanduiding wordt aangeduid.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'type_adresseerbaar_object_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum op basis waarvan een opname of mutatie van gegevens ten aanzien van een BAG-object heeft plaatsgevonden.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/LocatieaanduidingWozObject, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'verwijst_naar_locatieaanduiding_woz_object_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Basisinformatie zet een kenmerk, waarvan een formele terugmelding of correctieverzoek niet binnen twee werkdagen is afgehandeld, in de Basisregistratie adressen en gebouwen in onderzoek.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument
Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het kenmerk of de relatie van een object bij de bronhouder in onderzoek is geplaatst.

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het onderzoek naar het kenmerk of de relatie van een object door de bronhouder is afgerond

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het tijdstip waarop het onderzoek is geregistreerd bij de bronhouder.

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'tijdstip_registratie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het tijdstip waarop de registratie van het onderzoek is beëindigd bij de bronhouder.

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'eind_registratie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Identificatie van de objectklasse Onderzoek voor intern gebruik.
Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Uniek volgnummer van de toestand van het object.
Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'volgnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Geeft aan welke objectklasse in onderzoek staat.

Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'objecttype';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Indicatie of het kenmerk wel of niet in onderzoek staat.

Herkomst BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'in_onderzoek';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Einddatum van de cyclus, eventueel in combinatie met het kenmerk Status.

Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'datum_actueel_tot';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De naam van het kenmerk van het object dat in onderzoek is geplaatst. Het kenmerk kan ook een relatie zijn met een ander object.

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


Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'kenmerk';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Unieke identificatie van het object dat in onderzoek is geplaatst.

Herkomst BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'object_identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'onderzoek', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen. Beschrijving: Een buitenruimte die door de gemeente als openbare ruimte is aangewezen en waaraan de gemeente een naam heeft gegeven. Een openbare ruimte ligt binnen 1 woonplaats. De BAG kent 7 soorten openbare ruimten: weg, water, spoorbaan, terrein, kunstwerk, landschappelijk gebied en administratief gebied. Een openbare ruimte is meestal een straat(naam).', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een OPENBARE RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een OPENBARE RUIMTE, waarin de betreffende  OPENBARE RUIMTE zich bevindt', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'naam_openbareruimte';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'geconstateerd';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aard van de als zodanig benoemde OPENBARE
RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'type_openbareruimte_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officiële straatnaam zoals door het bevoegd gemeentelijk orgaan is vastgesteld, zo nodig ingekort conform de specificaties van de NEN 5825.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'straatnaam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het laagste en het hoogste huisnummer, zijnde even getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'huisnummerrange_even_nummers';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het laagste en het hoogste huisnummer, zijnde oneven getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'huisnummerrange_oneven_nummers';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het laagste en het hoogste huisnummer van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE in die gevallen dat aan één of beide zijden van de OPENBARE RUIMTE zowel even als oneven huisnummers voorkomen dan wel dat even en/of oneven huisnummers aan beide zijden van de openbare ruimte voorkomen.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'huisnummerrange_even_en_oneven_nummers';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Bevat de naam van de openbare ruimte ten behoeve van visualisatie.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'label_naam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van de openbare ruimte.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De geometrische representatie van de openbare ruimte als een lijn.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'wegsegment';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'begingeldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 5 Sport, Cultuur en Recreatie/Erfgoed/Monumenten/Model Monumenten/Beschermde Status, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'betreft_beschermde_status_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'ligt_in_buurt_rsgb_plus_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'is_object_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'openbare_ruimte', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een pand is een kleinste bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Beschrijving: Een zelfstandig bouwwerk, zowel zelfstandig in de manier hoe het is gebouwd als waarvoor het is bedoeld om te gebruiken. Een pand voldoet ook aan de volgende eisen: een pand is direct en voor lange tijd met de aarde verbonden (een pand is niet makkelijk te verplaatsen) en een pand kun je binnengaan en afsluiten. Een eenheid kan alleen een pand zijn als het voldoet aan alle eisen uit de Catalogus BAG 2018.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een PAND', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een PAND, waarin het betreffende PAND zich bevindt.

	Bouwvergunning verleend
	Niet gerealiseerd pand
	Bouw gestart
	Pand in gebruik (niet ingemeten)
	Pand in gebruik
	Sloopvergunning verleend
	Pand gesloopt
	Pand buiten gebruik
	Verbouwing pand
	Pand ten onrechte opgevoerd', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de bouw, verbouw of sloop waarin het betreffende PAND zich bevindt', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'status_voortgang_bouw_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aanduiding van het jaar waarin een PAND oorspronkelijk als bouwkundig gereed is of wordt opgeleverd.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'oorspronkelijk_bouwjaar';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De gebruiksoppervlakte van een PAND in gehele vierkante meters.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'oppervlakte';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Aanduiding in kubieke meters van de bruto inhoud van het PAND.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'bruto_inhoud_pand';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.

Dit geeft aan dat een PAND in de registratie is opgenomen als gevolg van een feitelijke constatering en niet op basis van een regulier brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'geconstateerd';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de hoogste bouwlaag van het pand gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'hoogste_bouwlaag';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de laagste bouwlaag van het pand gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'laagste_bouwlaag';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De minimaal tweedimensionale geometrische representatie van het bovenaanzicht van de omtrekken van een PAND', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'geometrie_bovenaanzicht';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van een PAND op maaiveldniveau', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'geometrie_maaiveld';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Aanduiding voor de relatieve hoogte van het pand', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'relatieve_hoogteligging';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'heeft_vastgoedobject_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De BUURT waarin het PAND gelegen is waarbinnen zich geen verblijfsobjecten bevinden.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'zonder_verblijfsobject_ligt_in_buurt_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'is_object_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'pand', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte. Beschrijving: Een terrein of een deel daarvan dat moet kunnen worden gebruikt om langere tijd een object neer te zetten. Dit object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Het moet verplaatsbaar zijn en mag dus niet helemaal vastgemaakt worden aan de grond. Bijvoorbeeld een woonwagen of strandtent. De gemeente mag zeggen of er voor de BAG ergens een standplaats komt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een STANDPLAATS.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'geconstateerd';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een STANDPLAATS waarin de betreffende STANDPLAATS zich bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loodrechte bovenaanzicht van de standplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'is_object_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'standplaats', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een verblijfsobject is een kleinste binnen één of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is. Beschrijving: Een verblijfsobject is een ruimte in 1 of meer panden en voldoet aan de volgende eisen: kan worden gebruikt om in te wonen, een bedrijf in te hebben of om voor plezier in te verblijven, is bereikbaar via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, kan worden gekocht en verkocht, kan helemaal zelf worden gebruikt voor het doel dat ervoor is gegeven. Deze eisen voor verblijfsobjecten worden toegelicht in de Catalogus BAG 2018. Een verblijfsobject krijgt een adres.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke identificatie van een VERBLIJFSOBJECT.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een VERBLIJFSOBJECT, waarin het betreffende VERBLIJFSOBJECT zich bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'geconstateerd';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de hoogste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'hoogste_bouwlaag';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de laagste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'laagste_bouwlaag';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de bouwlaag van het verblijfsobject, gerekend ten opzichte van het straatpeil, waarop zich de hoofdtoegang tot het verblijfsobject bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'toegang_bouwlaag';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Indeling van woonverblijven volgens het CBS.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'soort_woonobject_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het aantal kamers van het Verblijfsobject in de situatie tijdens de bouw.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'aantal_kamers';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Aanduiding van de manier waarop de desbetreffende bouwlaag van een object toegankelijk is gemaakt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'ontsluiting_verdieping_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een gebruiksdoel is een categorisering van de gebruiksdoelen van het betreffende verblijfsobject zoals in de vergunning is opgenomen of bij constatering is vastgesteld.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'gebruiksdoel_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid. Beschrijving Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De gebruiksoppervlakte van het verblijfsobject conform hetgeen in NEN 2580 is vastgelegd omtrent gebruiksoppervlakte', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'oppervlakte';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'heeft_vastgoedobject_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aaneengesloten gedeelte van het grondgebied van een gemeente, waarvan de grenzen zo veel mogelijk zijn gebaseerd op sociaal-geografische kenmerken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De code behorende bij de naam van de wijk.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'wijkcode';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De naam van de wijk, zoals die door het CBS wordt gebruikt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'wijknaam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van de wijk.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'wijk', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente Beschrijving: Een stuk grond binnen de gemeente dat als woonplaats is aangewezen en waaraan de gemeente ook een naam heeft gegeven.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een WOONPLAATS, zoals opgenomen in de landelijke woonplaatsentabel.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'identificatie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'woonplaatsnaam';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officiële plaatsnaam conform NEN', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'woonplaatsnaam_nen';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'geconstateerd_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een WOONPLAATS, waarin de betreffende WOONPLAATS zich bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'status_enum_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van het vlak dat wordt gevormd door de omtrekken van een woonplaats.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'geometrie';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'begin_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'eind_geldigheid';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'datum_ingang';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'datum_einde';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'documentnummer';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'documentdatum';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_ligt_in_buurt', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'areaal_valt_binnen_wijk', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De nieuwe GEMEENTE waarin de GEMEENTE bij zijn opheffing c.q. na herindeling is overgegaan.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'gemeente_is_overgegaan_in_gemeente', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'nummeraanduiding_ligt_in_gebied', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'verblijfsobject_maakt_deel_uit_van_pand', @level2type = N'COLUMN', @level2name = N'row_hash';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'start of validity (tijdlijn geldigheid)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'valid_from';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'end of validity, exclusive; empty while valid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'valid_to';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when this version was registered (tijdlijn registratie)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'registered_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'load batch that wrote this row', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'load_batch_id';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'source system or file', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'load_source';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'when the row was loaded', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'loaded_at';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'hash of the attribute values, for change detection', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'woonplaats_ligt_in_gemeente', @level2type = N'COLUMN', @level2name = N'row_hash';
