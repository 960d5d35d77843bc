CREATE TABLE boolean_enum (
  boolean_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_boolean_enum PRIMARY KEY NONCLUSTERED (boolean_enum_id) NOT ENFORCED,
  CONSTRAINT uq_boolean_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE gebruiksdoel_enum (
  gebruiksdoel_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_gebruiksdoel_enum PRIMARY KEY NONCLUSTERED (gebruiksdoel_enum_id) NOT ENFORCED,
  CONSTRAINT uq_gebruiksdoel_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE ontsluitingswijze_verdieping_enum (
  ontsluitingswijze_verdieping_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_ontsluitingswijze_verdieping_enum PRIMARY KEY NONCLUSTERED (ontsluitingswijze_verdieping_enum_id) NOT ENFORCED,
  CONSTRAINT uq_ontsluitingswijze_verdieping_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE soort_woonobject_enum (
  soort_woonobject_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_soort_woonobject_enum PRIMARY KEY NONCLUSTERED (soort_woonobject_enum_id) NOT ENFORCED,
  CONSTRAINT uq_soort_woonobject_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_ligplaats_enum (
  status_ligplaats_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_ligplaats_enum PRIMARY KEY NONCLUSTERED (status_ligplaats_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_ligplaats_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_nummeraanduiding_enum (
  status_nummeraanduiding_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_nummeraanduiding_enum PRIMARY KEY NONCLUSTERED (status_nummeraanduiding_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_nummeraanduiding_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_openbare_ruimte_enum (
  status_openbare_ruimte_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_openbare_ruimte_enum PRIMARY KEY NONCLUSTERED (status_openbare_ruimte_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_openbare_ruimte_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_pand_enum (
  status_pand_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_pand_enum PRIMARY KEY NONCLUSTERED (status_pand_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_pand_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_standplaats_enum (
  status_standplaats_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_standplaats_enum PRIMARY KEY NONCLUSTERED (status_standplaats_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_standplaats_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_verblijfsobject_enum (
  status_verblijfsobject_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_verblijfsobject_enum PRIMARY KEY NONCLUSTERED (status_verblijfsobject_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_verblijfsobject_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_voortgang_bouw_enum (
  status_voortgang_bouw_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_voortgang_bouw_enum PRIMARY KEY NONCLUSTERED (status_voortgang_bouw_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_voortgang_bouw_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE status_woonplaats_enum (
  status_woonplaats_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_woonplaats_enum PRIMARY KEY NONCLUSTERED (status_woonplaats_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_woonplaats_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE type_adresseerbaar_object_bag_enum (
  type_adresseerbaar_object_bag_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_type_adresseerbaar_object_bag_enum PRIMARY KEY NONCLUSTERED (type_adresseerbaar_object_bag_enum_id) NOT ENFORCED,
  CONSTRAINT uq_type_adresseerbaar_object_bag_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);

CREATE TABLE typering_openbare_ruimte_enum (
  typering_openbare_ruimte_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_typering_openbare_ruimte_enum PRIMARY KEY NONCLUSTERED (typering_openbare_ruimte_enum_id) NOT ENFORCED,
  CONSTRAINT uq_typering_openbare_ruimte_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
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
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_adresseerbaar_object PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED,
  CONSTRAINT uq_adresseerbaar_object_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_binnenlands_adres PRIMARY KEY NONCLUSTERED (binnenlands_adres_id) NOT ENFORCED
);

CREATE TABLE buurt (
  buurt_id BIGINT NOT NULL,
  code NVARCHAR(2),
  naam NVARCHAR(40),
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_buurt PRIMARY KEY NONCLUSTERED (buurt_id) NOT ENFORCED,
  CONSTRAINT uq_buurt_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

CREATE TABLE gemeente (
  gemeente_id BIGINT NOT NULL,
  gemeentecode NVARCHAR(4),
  gemeentenaam NVARCHAR(80),
  gemeentenaam_nen NVARCHAR(24),
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_gemeente PRIMARY KEY NONCLUSTERED (gemeente_id) NOT ENFORCED,
  CONSTRAINT uq_gemeente_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

CREATE TABLE ligplaats (
  object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  geconstateerd_enum_id INT,
  status_enum_id INT,
  documentdatum DATE,
  documentnummer INT,
  versie INT,
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_ligplaats PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED,
  CONSTRAINT uq_ligplaats_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_nummeraanduiding PRIMARY KEY NONCLUSTERED (nummeraanduiding_id) NOT ENFORCED,
  CONSTRAINT uq_nummeraanduiding_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_onderzoek PRIMARY KEY NONCLUSTERED (onderzoek_id) NOT ENFORCED,
  CONSTRAINT uq_onderzoek_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  geometrie NVARCHAR(MAX),
  wegsegment NVARCHAR(MAX),
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
  CONSTRAINT pk_openbare_ruimte PRIMARY KEY NONCLUSTERED (openbare_ruimte_id) NOT ENFORCED,
  CONSTRAINT uq_openbare_ruimte_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  geometrie_bovenaanzicht NVARCHAR(MAX),
  geometrie_maaiveld NVARCHAR(MAX),
  relatieve_hoogteligging INT,
  documentnummer NVARCHAR(MAX),
  documentdatum DATETIME2,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  geometrie_punt NVARCHAR(MAX),
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
  CONSTRAINT pk_pand PRIMARY KEY NONCLUSTERED (geo_object_id) NOT ENFORCED,
  CONSTRAINT uq_pand_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

CREATE TABLE standplaats (
  object_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  geconstateerd BIT,
  status_enum_id INT,
  versie INT,
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_standplaats PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED,
  CONSTRAINT uq_standplaats_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_verblijfsobject PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED,
  CONSTRAINT uq_verblijfsobject_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

CREATE TABLE wijk (
  wijk_id BIGINT NOT NULL,
  wijkcode NVARCHAR(2),
  wijknaam NVARCHAR(40),
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_wijk PRIMARY KEY NONCLUSTERED (wijk_id) NOT ENFORCED,
  CONSTRAINT uq_wijk_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

CREATE TABLE woonplaats (
  woonplaats_id BIGINT NOT NULL,
  identificatie NVARCHAR(255),
  woonplaatsnaam NVARCHAR(80),
  woonplaatsnaam_nen NVARCHAR(24),
  geconstateerd_enum_id INT,
  status_enum_id INT,
  geometrie NVARCHAR(MAX),
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
  CONSTRAINT pk_woonplaats PRIMARY KEY NONCLUSTERED (woonplaats_id) NOT ENFORCED,
  CONSTRAINT uq_woonplaats_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_areaal_ligt_in_buurt PRIMARY KEY NONCLUSTERED (areaal_ligt_in_buurt_id) NOT ENFORCED,
  CONSTRAINT uq_areaal_ligt_in_buurt UNIQUE NONCLUSTERED (areaal_id, buurt_id, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_areaal_valt_binnen_wijk PRIMARY KEY NONCLUSTERED (areaal_valt_binnen_wijk_id) NOT ENFORCED,
  CONSTRAINT uq_areaal_valt_binnen_wijk UNIQUE NONCLUSTERED (areaal_id, wijk_id, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_gemeente_is_overgegaan_in_gemeente PRIMARY KEY NONCLUSTERED (gemeente_is_overgegaan_in_gemeente_id) NOT ENFORCED,
  CONSTRAINT uq_gemeente_is_overgegaan_in_gemeente UNIQUE NONCLUSTERED (gemeente_id, is_overgegaan_in_gemeente_id, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_nummeraanduiding_ligt_in_gebied PRIMARY KEY NONCLUSTERED (nummeraanduiding_ligt_in_gebied_id) NOT ENFORCED,
  CONSTRAINT uq_nummeraanduiding_ligt_in_gebied UNIQUE NONCLUSTERED (nummeraanduiding_id, gebied_id, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_verblijfsobject_maakt_deel_uit_van_pand PRIMARY KEY NONCLUSTERED (verblijfsobject_maakt_deel_uit_van_pand_id) NOT ENFORCED,
  CONSTRAINT uq_verblijfsobject_maakt_deel_uit_van_pand UNIQUE NONCLUSTERED (verblijfsobject_id, pand_id, valid_from) NOT ENFORCED
);

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
  CONSTRAINT pk_woonplaats_ligt_in_gemeente PRIMARY KEY NONCLUSTERED (woonplaats_ligt_in_gemeente_id) NOT ENFORCED,
  CONSTRAINT uq_woonplaats_ligt_in_gemeente UNIQUE NONCLUSTERED (woonplaats_id, gemeente_id, valid_from) NOT ENFORCED
);

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
