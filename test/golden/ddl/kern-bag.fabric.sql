CREATE TABLE boolean_enum (
  boolean_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE gebruiksdoel_enum (
  gebruiksdoel_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE ontsluitingswijze_verdieping_enum (
  ontsluitingswijze_verdieping_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE soort_woonobject_enum (
  soort_woonobject_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_ligplaats_enum (
  status_ligplaats_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_nummeraanduiding_enum (
  status_nummeraanduiding_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_openbare_ruimte_enum (
  status_openbare_ruimte_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_pand_enum (
  status_pand_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_standplaats_enum (
  status_standplaats_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_verblijfsobject_enum (
  status_verblijfsobject_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_voortgang_bouw_enum (
  status_voortgang_bouw_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE status_woonplaats_enum (
  status_woonplaats_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE type_adresseerbaar_object_bag_enum (
  type_adresseerbaar_object_bag_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE typering_openbare_ruimte_enum (
  typering_openbare_ruimte_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR(MAX)
);

CREATE TABLE adresseerbaar_object (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
  versie INT,
  type_adresseerbaar_object_enum_id INT,
  identificatie_2 VARCHAR(50),
  objecttype VARCHAR(3),
  naam VARCHAR(200),
  adres_binnenland_id BIGINT,
  adres_buitenland VARCHAR(200),
  kadastrale_aanduiding VARCHAR(30),
  geometrie VARCHAR(MAX),
  toelichting VARCHAR(MAX),
  domein VARCHAR(200),
  indicatie_risico VARCHAR(MAX),
  heeft_winkelvloeroppervlak_id BIGINT,
  heeft_als_hoofdadres_nummeraanduiding_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE binnenlands_adres (
  binnenlands_adres_id BIGINT NOT NULL,
  straatnaam VARCHAR(200),
  gemeentenaam VARCHAR(80),
  huisnummer INT,
  huisletter INT,
  huisnummertoevoeging VARCHAR(4),
  postcode VARCHAR(6),
  bagid VARCHAR(255),
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE buurt (
  buurt_id BIGINT NOT NULL,
  code VARCHAR(2),
  naam VARCHAR(40),
  geometrie VARCHAR(MAX),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie VARCHAR(255),
  datum_ingang DATE,
  status_enum_id INT,
  datum_einde DATE,
  versie INT,
  geconstateerd_enum_id INT,
  ligt_in_wijk_id BIGINT,
  ligt_in_openbare_ruimte_id BIGINT,
  is_object_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE gemeente (
  gemeente_id BIGINT NOT NULL,
  gemeentecode VARCHAR(4),
  gemeentenaam VARCHAR(80),
  gemeentenaam_nen VARCHAR(24),
  geometrie VARCHAR(MAX),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie VARCHAR(255),
  datum_ingang DATE,
  datum_einde DATE,
  versie INT,
  geconstateerd BIT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE ligplaats (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
  geconstateerd_enum_id INT,
  status_enum_id INT,
  documentdatum DATE,
  documentnummer INT,
  versie INT,
  geometrie VARCHAR(MAX),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  is_object_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE nummeraanduiding (
  nummeraanduiding_id BIGINT NOT NULL,
  huisletter VARCHAR(1),
  huisnummer INT,
  huisnummertoevoeging VARCHAR(4),
  postcode VARCHAR(6),
  begin_geldigheid DATE,
  einde_geldigheid DATE,
  status_enum_id INT,
  geconstateerd BIT,
  identificatie VARCHAR(255),
  type_adresseerbaar_object_enum_id INT,
  datum_ingang DATE,
  datum_einde DATE,
  versie INT,
  geometrie VARCHAR(MAX),
  documentdatum DATE,
  documentnummer INT,
  verwijst_naar_locatieaanduiding_woz_object_id BIGINT,
  ligt_aan_openbare_ruimte_id BIGINT,
  ligt_in_buurt_id BIGINT,
  ligt_in_woonplaats_id BIGINT,
  heeft_als_nevenadres_adresseerbaar_object_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE onderzoek (
  onderzoek_id BIGINT NOT NULL,
  documentnummer INT,
  documentdatum DATETIME2(6),
  begin_geldigheid DATETIME2(6),
  eind_geldigheid DATETIME2(6),
  tijdstip_registratie DATETIME2(6),
  eind_registratie DATETIME2(6),
  identificatie VARCHAR(255),
  volgnummer INT,
  objecttype VARCHAR(MAX),
  in_onderzoek BIT,
  datum_actueel_tot DATETIME2(6),
  kenmerk VARCHAR(MAX),
  object_identificatie VARCHAR(MAX),
  objectidentificatie_standplaats_id BIGINT,
  objectidentificatie_pand_id BIGINT,
  objectidentificatie_nummeraanduiding_id BIGINT,
  objectidentificatie_ligplaats_id BIGINT,
  objectidentificatie_openbare_ruimte_id BIGINT,
  objectidentificatie_verblijfsobject_id BIGINT,
  objectidentificatie_woonplaats_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE openbare_ruimte (
  openbare_ruimte_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
  status_enum_id INT,
  naam_openbareruimte VARCHAR(80),
  geconstateerd BIT,
  type_openbareruimte_enum_id INT,
  straatnaam VARCHAR(24),
  huisnummerrange_even_nummers VARCHAR(11),
  huisnummerrange_oneven_nummers VARCHAR(11),
  huisnummerrange_even_en_oneven_nummers VARCHAR(11),
  label_naam VARCHAR(80),
  geometrie VARCHAR(MAX),
  wegsegment VARCHAR(MAX),
  begingeldigheid DATE,
  eind_geldigheid DATE,
  straatcode VARCHAR(80),
  versie INT,
  datum_ingang DATE,
  datum_einde DATE,
  documentdatum DATETIME2(6),
  documentnummer INT,
  betreft_beschermde_status_id BIGINT,
  ligt_in_woonplaats_id BIGINT,
  ligt_in_buurt_rsgb_plus_id BIGINT,
  is_object_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE pand (
  geo_object_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
  status_enum_id INT,
  status_voortgang_bouw_enum_id INT,
  oorspronkelijk_bouwjaar INT,
  oppervlakte INT,
  bruto_inhoud_pand INT,
  geconstateerd BIT,
  hoogste_bouwlaag INT,
  laagste_bouwlaag INT,
  geometrie_bovenaanzicht VARCHAR(MAX),
  geometrie_maaiveld VARCHAR(MAX),
  relatieve_hoogteligging INT,
  documentnummer VARCHAR(MAX),
  documentdatum DATETIME2(6),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  geometrie_punt VARCHAR(MAX),
  datum_ingang DATE,
  versie INT,
  datum_einde DATE,
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie_2 VARCHAR(255),
  geometrie_soort VARCHAR(40),
  heeft_vastgoedobject_id BIGINT,
  zonder_verblijfsobject_ligt_in_buurt_id BIGINT,
  zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id BIGINT,
  is_object_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE standplaats (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
  geconstateerd BIT,
  status_enum_id INT,
  versie INT,
  geometrie VARCHAR(MAX),
  documentdatum DATE,
  documentnummer INT,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  is_object_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE verblijfsobject (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
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
  geometrie VARCHAR(MAX),
  versie INT,
  gebruiksdoel_enum_id INT,
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_einde DATE,
  datum_ingang DATE,
  oppervlakte INT,
  heeft_vastgoedobject_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE wijk (
  wijk_id BIGINT NOT NULL,
  wijkcode VARCHAR(2),
  wijknaam VARCHAR(40),
  geometrie VARCHAR(MAX),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  identificatie VARCHAR(255),
  datum_ingang DATE,
  status_enum_id INT,
  datum_einde VARCHAR(MAX),
  versie INT,
  geconstateerd BIT,
  ligt_in_woonplaats_id BIGINT,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE woonplaats (
  woonplaats_id BIGINT NOT NULL,
  identificatie VARCHAR(255),
  woonplaatsnaam VARCHAR(80),
  woonplaatsnaam_nen VARCHAR(24),
  geconstateerd_enum_id INT,
  status_enum_id INT,
  geometrie VARCHAR(MAX),
  begin_geldigheid DATE,
  eind_geldigheid DATE,
  datum_ingang DATE,
  datum_einde DATE,
  versie INT,
  documentnummer INT,
  documentdatum DATE,
  voorkomen DATE,
  tijdstip_registratie DATETIME2(6),
  eind_registratie DATETIME2(6),
  tijdstip_actief DATETIME2(6),
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE areaal_ligt_in_buurt (
  areaal_ligt_in_buurt_id BIGINT NOT NULL,
  areaal_id BIGINT NOT NULL,
  buurt_id BIGINT NOT NULL,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE areaal_valt_binnen_wijk (
  areaal_valt_binnen_wijk_id BIGINT NOT NULL,
  areaal_id BIGINT NOT NULL,
  wijk_id BIGINT NOT NULL,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE gemeente_is_overgegaan_in_gemeente (
  gemeente_is_overgegaan_in_gemeente_id BIGINT NOT NULL,
  gemeente_id BIGINT NOT NULL,
  is_overgegaan_in_gemeente_id BIGINT NOT NULL,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE nummeraanduiding_ligt_in_gebied (
  nummeraanduiding_ligt_in_gebied_id BIGINT NOT NULL,
  nummeraanduiding_id BIGINT NOT NULL,
  gebied_id BIGINT NOT NULL,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE verblijfsobject_maakt_deel_uit_van_pand (
  verblijfsobject_maakt_deel_uit_van_pand_id BIGINT NOT NULL,
  verblijfsobject_id BIGINT NOT NULL,
  pand_id BIGINT NOT NULL,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

CREATE TABLE woonplaats_ligt_in_gemeente (
  woonplaats_ligt_in_gemeente_id BIGINT NOT NULL,
  woonplaats_id BIGINT NOT NULL,
  gemeente_id BIGINT NOT NULL,
  valid_from DATETIME2(6),
  valid_to DATETIME2(6),
  registered_at DATETIME2(6),
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at DATETIME2(6),
  row_hash VARCHAR(64)
);

INSERT INTO boolean_enum (boolean_enum_id, value, code, definition) VALUES
  (1, 'Ja', '1', NULL),
  (2, 'Nee', '0', NULL),
  (3, 'Onbekend', '-1', NULL),
  (4, 'Leeg', '-2', NULL);

INSERT INTO gebruiksdoel_enum (gebruiksdoel_enum_id, value, code, definition) VALUES
  (1, 'woonfunctie', '1', NULL),
  (2, 'bijeenkomstfunctie', '2', NULL),
  (3, 'celfunctie', '3', NULL),
  (4, 'gezondheidszorgfunctie', '4', NULL),
  (5, 'industriefunctie', '5', NULL),
  (6, 'kantoorfunctie', '6', NULL),
  (7, 'logiesfunctie', '7', NULL),
  (8, 'onderwijsfunctie', '8', NULL),
  (9, 'sportfunctie', '9', NULL),
  (10, 'winkelfunctie', '10', NULL),
  (11, 'overige gebruiksfunctie', '11', NULL),
  (12, 'Onbekend', '-1', NULL),
  (13, 'Leeg', '-2', NULL);

INSERT INTO ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id, value, code, definition) VALUES
  (1, 'trap', '3', NULL),
  (2, 'roltrap', '2', NULL),
  (3, 'lift', '1', NULL),
  (4, 'Onbekend', '-1', NULL),
  (5, 'Leeg', '-2', NULL);

INSERT INTO soort_woonobject_enum (soort_woonobject_enum_id, value, code, definition) VALUES
  (1, 'woning', '4', NULL),
  (2, 'recreatiewoning', '3', NULL),
  (3, 'wooneenheid', '5', NULL),
  (4, 'bijzonder woongebouw', '1', NULL),
  (5, 'overig woonverblijf', '2', NULL),
  (6, 'Onbekend', '-1', NULL),
  (7, 'Leeg', '-2', NULL);

INSERT INTO status_ligplaats_enum (status_ligplaats_enum_id, value, code, definition) VALUES
  (1, 'plaats aangewezen', '1', NULL),
  (2, 'plaats ingetrokken', '2', NULL),
  (3, 'Onbekend', '-1', NULL),
  (4, 'Leeg', '-2', NULL);

INSERT INTO status_nummeraanduiding_enum (status_nummeraanduiding_enum_id, value, code, definition) VALUES
  (1, 'naamgeving uitgegeven', '2', NULL),
  (2, 'naamgeving ingetrokken', '1', NULL),
  (3, 'Onbekend', '-1', NULL),
  (4, 'Leeg', '-2', NULL);

INSERT INTO status_openbare_ruimte_enum (status_openbare_ruimte_enum_id, value, code, definition) VALUES
  (1, 'naamgeving uitgegeven', '2', NULL),
  (2, 'naamgeving ingetrokken', '1', NULL),
  (3, 'Onbekend', '-1', NULL),
  (4, 'Leeg', '-2', NULL);

INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES
  (1, 'bouwvergunning verleend', '3', 'Een nieuw pand dat nog niet is gebouwd maar waarvoor wel een bouwvergunning is verleend.'),
  (2, 'niet gerealiseerd pand', '4', 'Een pand waarvoor een bouwvergunning was verleend, maar waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is 
vastgesteld dat wordt afgezien van de bouw of waarvan de 
bouwvergunning is ingetrokken.'),
  (3, 'bouw gestart', '1', 'Een pand waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is gestart of waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat de feitelijke bouw is 
aangevangen door minimaal de aanleg van de fundering 
(waartoe niet het bouwrijp maken van een terrein wordt 
gerekend)'),
  (4, 'pand in gebruik (niet ingemeten)', '8', 'Een pand, waarvan de geometrie nog niet is ingemeten, waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is voltooid of waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het pand feitelijk 
in gebruik is genomen voor bijvoorbeeld bewoning dan wel 
bedrijfsuitoefening of dat het weliswaar (nog) niet in gebruik is 
genomen maar naar het oordeel van de gemeente wel gebruiksgereed is'),
  (5, 'pand in gebruik', '7', 'Een pand dat feitelijk de status “Pand in gebruik (niet ingemeten)” had en waarvan de definitieve geometrie is ingemeten'),
  (6, 'sloopvergunning verleend', '10', 'Een pand waarvoor een sloopvergunning is verleend'),
  (7, 'pand gesloopt', '6', 'Een pand waarvan de aanvrager van de sloopvergunning heeft gemeld dat de sloop is voltooid of in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het pand is gesloopt.'),
  (8, 'pand buiten gebruik', '5', 'Een pand dat in dusdanige bouwkundige staat is dat niet te verwachten is dat het pand zal worden hersteld en weer in gebruik zal worden genomen.'),
  (9, 'verbouwing pand', '11', NULL),
  (10, 'pand ten onrechte opgevoerd', '9', NULL),
  (11, 'bouwaanvraag ontvangen', '2', NULL),
  (12, 'Onbekend', '-1', NULL),
  (13, 'Leeg', '-2', NULL);

INSERT INTO status_standplaats_enum (status_standplaats_enum_id, value, code, definition) VALUES
  (1, 'plaats aangewezen', '1', NULL),
  (2, 'plaats ingetrokken', '2', NULL),
  (3, 'Onbekend', '-1', NULL),
  (4, 'Leeg', '-2', NULL);

INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES
  (1, 'verblijfsobject gevormd', '3', 'Een nieuw verblijfsobject dat deel gaat uitmaken van een nog niet gebouwd pand waarvoor een bouwvergunning is verleend of dat wordt gerealiseerd in een reeds bestaand pand.'),
  (2, 'niet gerealiseerd verblijfsobject', '1', 'Een verblijfsobject in een pand waarvoor een bouwvergunning was verleend of dat gerealiseerd zou worden in een reeds bestaand pand, maar waarvan in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat wordt afgezien van de bouw of waarvan de bouwvergunning is ingetrokken.'),
  (3, 'verblijfsobject in gebruik (niet ingemeten)', '5', 'Een verblijfsobject waarvan de aanvrager van de bouwvergunning heeft gemeld dat de bouw is voltooid of waarvan in een schriftelijke 
verklaring van een daartoe bevoegd ambtenaar is vastgesteld dat het verblijfsobject feitelijk in gebruik is genomen voor bijvoorbeeld bewoning dan wel bedrijfsuitoefening of dat het weliswaar (nog) niet in gebruik is genomen maar naar het oordeel van de gemeente wel gebruiksgereed is. Het object is nog niet ingemeten.'),
  (4, 'verblijfsobject in gebruik', '4', 'Een verblijfsobject dat feitelijk de status “Verblijfsobject in gebruik (niet ingemeten)” had en waarvan de definitieve geometrie is ingemeten.'),
  (5, 'verblijfsobject ingetrokken', '6', 'een verblijfsobject dat als zodanig Catalogus basisregistraties adressen en gebouwen 2009 Pagina 79 van 79 opgehouden heeft te bestaan omdat de aanvrager van een sloopvergunning heeft gemeld dat de sloop is voltooid of in een schriftelijke verklaring van een daartoe bevoegd ambtenaar is.
vastgesteld dat het verblijfsobject als zodanig niet meer 
bestaat'),
  (6, 'verblijfsobject buiten gebruik', '2', 'Een verblijfsobject dat onderdeel uitmaakt van een pand dat in dusdanige bouwkundige staat is dat niet te verwachten is dat het pand zal worden hersteld en weer in gebruik zal worden genomen.'),
  (7, 'Onbekend', '-1', NULL),
  (8, 'Leeg', '-2', NULL),
  (9, 'verblijfsobject verbouwing', '7', NULL);

INSERT INTO status_voortgang_bouw_enum (status_voortgang_bouw_enum_id, value, code, definition) VALUES
  (1, 'nieuwbouwvergunning verleend', '4', NULL),
  (2, 'nieuwbouw gestart', '2', NULL),
  (3, 'nieuwbouw gereed', '1', NULL),
  (4, 'verbouwvergunning verleend', '12', NULL),
  (5, 'verbouw gestart', '10', NULL),
  (6, 'verbouw gereed', '9', NULL),
  (7, 'sloopvergunning verleend', '8', NULL),
  (8, 'sloop gestart', '6', NULL),
  (9, 'sloop gereed', '5', NULL),
  (10, 'nieuwbouwvergunning ingetrokken', '3', NULL),
  (11, 'verbouwvergunning ingetrokken', '11', NULL),
  (12, 'sloopvergunning ingetrokken', '7', NULL),
  (13, 'Onbekend', '-1', NULL),
  (14, 'Leeg', '-2', NULL);

INSERT INTO status_woonplaats_enum (status_woonplaats_enum_id, value, code, definition) VALUES
  (1, 'woonplaats aangewezen', '2', NULL),
  (2, 'woonplaats ingetrokken', '1', NULL),
  (3, 'Onbekend', '-1', NULL),
  (4, 'Leeg', '-2', NULL);

INSERT INTO type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id, value, code, definition) VALUES
  (1, 'Verblijfsobject', NULL, NULL),
  (2, 'Ligplaats', NULL, NULL),
  (3, 'Standplaats', NULL, NULL);

INSERT INTO typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id, value, code, definition) VALUES
  (1, 'weg', '8', 'Gebaand gedeelte voor het wegverkeer en vliegverkeer te land. Hieronder vallen ook start- en landingsbanen voor het vliegverkeer.'),
  (2, 'water', '7', 'grondoppervlak in principe bedekt met water.
 Voorbeelden zijn: rivier, kanaal, beek, zee, meer, oppervlaktewater in algemene zin. Objecten die in het kader  van de waterhuishouding periodiek met water zijn bedekt, vallen hier ook onder.'),
  (3, 'spoorbaan', '5', 'Gebaand gedeelte voor het verkeer over rails.
Voorbeelden zijn: spoorbaan, metrobaan, trambaan'),
  (4, 'terrein', '6', 'Door een fysiek voorkomen gekarakteriseerd zichtbaar begrensd stuk grond. 
Terrein wordt gebruikt om een zichtbaar (tastbaar) begrensd stuk grond aan te geven waarvoor een bepaald fysiek voorkomen typerend is. Voorbeelden zijn: bos, landschap, bebouwing, landbouwgebied. Belangrijk is dat het stuk grond een zichtbare grens heeft met aangrenzende geo-objecten.'),
  (5, 'kunstwerk', '3', 'Civiel-technisch werk voor de infrastructuur van wegen, water, spoorbanen, waterkeringen en/of leidingen  en niet bedoeld voor permanent menselijk verblijf.
Hieronder vallen overbruggingen, waterstaatkundige werken en waterkerende constructies. verbruggingen  kunnen zijn: brug, viaduct, aquaduct enz. Een voorbeeld van een waterstaatkundig werk is een sluis.    
Voorbeelden van waterkerende constructies zijn stuw en vaste dam.'),
  (6, 'landschappelijk gebied', '4', 'Geografisch gebied’: begrensd en benoemd gebied dat door een geografische eenheid wordt beschreven. 
De grenzen  zijn niet altijd exact vastgesteld (bijvoorbeeld Polder, Midden-Nederland,  Rivierengebied, Veluwe, Zuid-Limburg, Kustgebied).'),
  (7, 'functioneel gebied', '2', 'Begrensd en benoemd gebied dat door een functionele eenheid wordt beschreven (bijvoorbeeld bedrijventerrein, bungalowpark, plantsoen, begraafplaats, jachthaven, windmolenpark, recreatiegebied .'),
  (8, 'administratief gebied', '1', 'Op basis van wet- of regelgeving afgebakend gebied dat als eenheid geldt van politiek/bestuurlijke verantwoordelijkheid of voor bedrijfsvoering'),
  (9, 'Onbekend', '-1', NULL),
  (10, 'Leeg', '-2', NULL);

ALTER TABLE boolean_enum ADD CONSTRAINT pk_boolean_enum PRIMARY KEY NONCLUSTERED (boolean_enum_id) NOT ENFORCED;

ALTER TABLE boolean_enum ADD CONSTRAINT uq_boolean_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE gebruiksdoel_enum ADD CONSTRAINT pk_gebruiksdoel_enum PRIMARY KEY NONCLUSTERED (gebruiksdoel_enum_id) NOT ENFORCED;

ALTER TABLE gebruiksdoel_enum ADD CONSTRAINT uq_gebruiksdoel_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE ontsluitingswijze_verdieping_enum ADD CONSTRAINT pk_ontsluitingswijze_verdieping_enum PRIMARY KEY NONCLUSTERED (ontsluitingswijze_verdieping_enum_id) NOT ENFORCED;

ALTER TABLE ontsluitingswijze_verdieping_enum ADD CONSTRAINT uq_ontsluitingswijze_verdieping_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE soort_woonobject_enum ADD CONSTRAINT pk_soort_woonobject_enum PRIMARY KEY NONCLUSTERED (soort_woonobject_enum_id) NOT ENFORCED;

ALTER TABLE soort_woonobject_enum ADD CONSTRAINT uq_soort_woonobject_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_ligplaats_enum ADD CONSTRAINT pk_status_ligplaats_enum PRIMARY KEY NONCLUSTERED (status_ligplaats_enum_id) NOT ENFORCED;

ALTER TABLE status_ligplaats_enum ADD CONSTRAINT uq_status_ligplaats_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_nummeraanduiding_enum ADD CONSTRAINT pk_status_nummeraanduiding_enum PRIMARY KEY NONCLUSTERED (status_nummeraanduiding_enum_id) NOT ENFORCED;

ALTER TABLE status_nummeraanduiding_enum ADD CONSTRAINT uq_status_nummeraanduiding_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_openbare_ruimte_enum ADD CONSTRAINT pk_status_openbare_ruimte_enum PRIMARY KEY NONCLUSTERED (status_openbare_ruimte_enum_id) NOT ENFORCED;

ALTER TABLE status_openbare_ruimte_enum ADD CONSTRAINT uq_status_openbare_ruimte_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_pand_enum ADD CONSTRAINT pk_status_pand_enum PRIMARY KEY NONCLUSTERED (status_pand_enum_id) NOT ENFORCED;

ALTER TABLE status_pand_enum ADD CONSTRAINT uq_status_pand_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_standplaats_enum ADD CONSTRAINT pk_status_standplaats_enum PRIMARY KEY NONCLUSTERED (status_standplaats_enum_id) NOT ENFORCED;

ALTER TABLE status_standplaats_enum ADD CONSTRAINT uq_status_standplaats_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_verblijfsobject_enum ADD CONSTRAINT pk_status_verblijfsobject_enum PRIMARY KEY NONCLUSTERED (status_verblijfsobject_enum_id) NOT ENFORCED;

ALTER TABLE status_verblijfsobject_enum ADD CONSTRAINT uq_status_verblijfsobject_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_voortgang_bouw_enum ADD CONSTRAINT pk_status_voortgang_bouw_enum PRIMARY KEY NONCLUSTERED (status_voortgang_bouw_enum_id) NOT ENFORCED;

ALTER TABLE status_voortgang_bouw_enum ADD CONSTRAINT uq_status_voortgang_bouw_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE status_woonplaats_enum ADD CONSTRAINT pk_status_woonplaats_enum PRIMARY KEY NONCLUSTERED (status_woonplaats_enum_id) NOT ENFORCED;

ALTER TABLE status_woonplaats_enum ADD CONSTRAINT uq_status_woonplaats_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE type_adresseerbaar_object_bag_enum ADD CONSTRAINT pk_type_adresseerbaar_object_bag_enum PRIMARY KEY NONCLUSTERED (type_adresseerbaar_object_bag_enum_id) NOT ENFORCED;

ALTER TABLE type_adresseerbaar_object_bag_enum ADD CONSTRAINT uq_type_adresseerbaar_object_bag_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE typering_openbare_ruimte_enum ADD CONSTRAINT pk_typering_openbare_ruimte_enum PRIMARY KEY NONCLUSTERED (typering_openbare_ruimte_enum_id) NOT ENFORCED;

ALTER TABLE typering_openbare_ruimte_enum ADD CONSTRAINT uq_typering_openbare_ruimte_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED;

ALTER TABLE adresseerbaar_object ADD CONSTRAINT pk_adresseerbaar_object PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED;

ALTER TABLE adresseerbaar_object ADD CONSTRAINT uq_adresseerbaar_object_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE binnenlands_adres ADD CONSTRAINT pk_binnenlands_adres PRIMARY KEY NONCLUSTERED (binnenlands_adres_id) NOT ENFORCED;

ALTER TABLE buurt ADD CONSTRAINT pk_buurt PRIMARY KEY NONCLUSTERED (buurt_id) NOT ENFORCED;

ALTER TABLE buurt ADD CONSTRAINT uq_buurt_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE gemeente ADD CONSTRAINT pk_gemeente PRIMARY KEY NONCLUSTERED (gemeente_id) NOT ENFORCED;

ALTER TABLE gemeente ADD CONSTRAINT uq_gemeente_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE ligplaats ADD CONSTRAINT pk_ligplaats PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED;

ALTER TABLE ligplaats ADD CONSTRAINT uq_ligplaats_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT pk_nummeraanduiding PRIMARY KEY NONCLUSTERED (nummeraanduiding_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT uq_nummeraanduiding_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT pk_onderzoek PRIMARY KEY NONCLUSTERED (onderzoek_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT uq_onderzoek_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE openbare_ruimte ADD CONSTRAINT pk_openbare_ruimte PRIMARY KEY NONCLUSTERED (openbare_ruimte_id) NOT ENFORCED;

ALTER TABLE openbare_ruimte ADD CONSTRAINT uq_openbare_ruimte_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE pand ADD CONSTRAINT pk_pand PRIMARY KEY NONCLUSTERED (geo_object_id) NOT ENFORCED;

ALTER TABLE pand ADD CONSTRAINT uq_pand_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE standplaats ADD CONSTRAINT pk_standplaats PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED;

ALTER TABLE standplaats ADD CONSTRAINT uq_standplaats_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT pk_verblijfsobject PRIMARY KEY NONCLUSTERED (object_id) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT uq_verblijfsobject_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE wijk ADD CONSTRAINT pk_wijk PRIMARY KEY NONCLUSTERED (wijk_id) NOT ENFORCED;

ALTER TABLE wijk ADD CONSTRAINT uq_wijk_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE woonplaats ADD CONSTRAINT pk_woonplaats PRIMARY KEY NONCLUSTERED (woonplaats_id) NOT ENFORCED;

ALTER TABLE woonplaats ADD CONSTRAINT uq_woonplaats_identificatie UNIQUE NONCLUSTERED (identificatie, valid_from) NOT ENFORCED;

ALTER TABLE areaal_ligt_in_buurt ADD CONSTRAINT pk_areaal_ligt_in_buurt PRIMARY KEY NONCLUSTERED (areaal_ligt_in_buurt_id) NOT ENFORCED;

ALTER TABLE areaal_ligt_in_buurt ADD CONSTRAINT uq_areaal_ligt_in_buurt UNIQUE NONCLUSTERED (areaal_id, buurt_id, valid_from) NOT ENFORCED;

ALTER TABLE areaal_valt_binnen_wijk ADD CONSTRAINT pk_areaal_valt_binnen_wijk PRIMARY KEY NONCLUSTERED (areaal_valt_binnen_wijk_id) NOT ENFORCED;

ALTER TABLE areaal_valt_binnen_wijk ADD CONSTRAINT uq_areaal_valt_binnen_wijk UNIQUE NONCLUSTERED (areaal_id, wijk_id, valid_from) NOT ENFORCED;

ALTER TABLE gemeente_is_overgegaan_in_gemeente ADD CONSTRAINT pk_gemeente_is_overgegaan_in_gemeente PRIMARY KEY NONCLUSTERED (gemeente_is_overgegaan_in_gemeente_id) NOT ENFORCED;

ALTER TABLE gemeente_is_overgegaan_in_gemeente ADD CONSTRAINT uq_gemeente_is_overgegaan_in_gemeente UNIQUE NONCLUSTERED (gemeente_id, is_overgegaan_in_gemeente_id, valid_from) NOT ENFORCED;

ALTER TABLE nummeraanduiding_ligt_in_gebied ADD CONSTRAINT pk_nummeraanduiding_ligt_in_gebied PRIMARY KEY NONCLUSTERED (nummeraanduiding_ligt_in_gebied_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding_ligt_in_gebied ADD CONSTRAINT uq_nummeraanduiding_ligt_in_gebied UNIQUE NONCLUSTERED (nummeraanduiding_id, gebied_id, valid_from) NOT ENFORCED;

ALTER TABLE verblijfsobject_maakt_deel_uit_van_pand ADD CONSTRAINT pk_verblijfsobject_maakt_deel_uit_van_pand PRIMARY KEY NONCLUSTERED (verblijfsobject_maakt_deel_uit_van_pand_id) NOT ENFORCED;

ALTER TABLE verblijfsobject_maakt_deel_uit_van_pand ADD CONSTRAINT uq_verblijfsobject_maakt_deel_uit_van_pand UNIQUE NONCLUSTERED (verblijfsobject_id, pand_id, valid_from) NOT ENFORCED;

ALTER TABLE woonplaats_ligt_in_gemeente ADD CONSTRAINT pk_woonplaats_ligt_in_gemeente PRIMARY KEY NONCLUSTERED (woonplaats_ligt_in_gemeente_id) NOT ENFORCED;

ALTER TABLE woonplaats_ligt_in_gemeente ADD CONSTRAINT uq_woonplaats_ligt_in_gemeente UNIQUE NONCLUSTERED (woonplaats_id, gemeente_id, valid_from) NOT ENFORCED;

ALTER TABLE adresseerbaar_object ADD CONSTRAINT fk_adresseerbaar_object_type_adresseerbaar_object_enum_id FOREIGN KEY (type_adresseerbaar_object_enum_id) REFERENCES type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id) NOT ENFORCED;

ALTER TABLE adresseerbaar_object ADD CONSTRAINT fk_adresseerbaar_object_adres_binnenland_id FOREIGN KEY (adres_binnenland_id) REFERENCES binnenlands_adres (binnenlands_adres_id) NOT ENFORCED;

ALTER TABLE adresseerbaar_object ADD CONSTRAINT fk_adresseerbaar_object_heeft_als_hoofdadres_nummeraanduiding_id FOREIGN KEY (heeft_als_hoofdadres_nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id) NOT ENFORCED;

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id) NOT ENFORCED;

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id) NOT ENFORCED;

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_ligt_in_wijk_id FOREIGN KEY (ligt_in_wijk_id) REFERENCES wijk (wijk_id) NOT ENFORCED;

ALTER TABLE buurt ADD CONSTRAINT fk_buurt_ligt_in_openbare_ruimte_id FOREIGN KEY (ligt_in_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id) NOT ENFORCED;

ALTER TABLE ligplaats ADD CONSTRAINT fk_ligplaats_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id) NOT ENFORCED;

ALTER TABLE ligplaats ADD CONSTRAINT fk_ligplaats_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id) NOT ENFORCED;

ALTER TABLE ligplaats ADD CONSTRAINT fk_ligplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_ligplaats_enum (status_ligplaats_enum_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_nummeraanduiding_enum (status_nummeraanduiding_enum_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_type_adresseerbaar_object_enum_id FOREIGN KEY (type_adresseerbaar_object_enum_id) REFERENCES type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_ligt_aan_openbare_ruimte_id FOREIGN KEY (ligt_aan_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_ligt_in_buurt_id FOREIGN KEY (ligt_in_buurt_id) REFERENCES buurt (buurt_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding ADD CONSTRAINT fk_nummeraanduiding_heeft_als_nevenadres_adresseerbaar_object_id FOREIGN KEY (heeft_als_nevenadres_adresseerbaar_object_id) REFERENCES adresseerbaar_object (object_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_standplaats_id FOREIGN KEY (objectidentificatie_standplaats_id) REFERENCES standplaats (object_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_pand_id FOREIGN KEY (objectidentificatie_pand_id) REFERENCES pand (geo_object_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_nummeraanduiding_id FOREIGN KEY (objectidentificatie_nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_ligplaats_id FOREIGN KEY (objectidentificatie_ligplaats_id) REFERENCES ligplaats (object_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_openbare_ruimte_id FOREIGN KEY (objectidentificatie_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_verblijfsobject_id FOREIGN KEY (objectidentificatie_verblijfsobject_id) REFERENCES verblijfsobject (object_id) NOT ENFORCED;

ALTER TABLE onderzoek ADD CONSTRAINT fk_onderzoek_objectidentificatie_woonplaats_id FOREIGN KEY (objectidentificatie_woonplaats_id) REFERENCES woonplaats (woonplaats_id) NOT ENFORCED;

ALTER TABLE openbare_ruimte ADD CONSTRAINT fk_openbare_ruimte_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id) NOT ENFORCED;

ALTER TABLE openbare_ruimte ADD CONSTRAINT fk_openbare_ruimte_type_openbareruimte_enum_id FOREIGN KEY (type_openbareruimte_enum_id) REFERENCES typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id) NOT ENFORCED;

ALTER TABLE openbare_ruimte ADD CONSTRAINT fk_openbare_ruimte_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id) NOT ENFORCED;

ALTER TABLE pand ADD CONSTRAINT fk_pand_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_pand_enum (status_pand_enum_id) NOT ENFORCED;

ALTER TABLE pand ADD CONSTRAINT fk_pand_status_voortgang_bouw_enum_id FOREIGN KEY (status_voortgang_bouw_enum_id) REFERENCES status_voortgang_bouw_enum (status_voortgang_bouw_enum_id) NOT ENFORCED;

ALTER TABLE pand ADD CONSTRAINT fk_pand_zonder_verblijfsobject_ligt_in_buurt_id FOREIGN KEY (zonder_verblijfsobject_ligt_in_buurt_id) REFERENCES buurt (buurt_id) NOT ENFORCED;

ALTER TABLE standplaats ADD CONSTRAINT fk_standplaats_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id) NOT ENFORCED;

ALTER TABLE standplaats ADD CONSTRAINT fk_standplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_standplaats_enum (status_standplaats_enum_id) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_verblijfsobject_enum (status_verblijfsobject_enum_id) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_soort_woonobject_enum_id FOREIGN KEY (soort_woonobject_enum_id) REFERENCES soort_woonobject_enum (soort_woonobject_enum_id) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_ontsluiting_verdieping_enum_id FOREIGN KEY (ontsluiting_verdieping_enum_id) REFERENCES ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id) NOT ENFORCED;

ALTER TABLE verblijfsobject ADD CONSTRAINT fk_verblijfsobject_gebruiksdoel_enum_id FOREIGN KEY (gebruiksdoel_enum_id) REFERENCES gebruiksdoel_enum (gebruiksdoel_enum_id) NOT ENFORCED;

ALTER TABLE wijk ADD CONSTRAINT fk_wijk_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id) NOT ENFORCED;

ALTER TABLE wijk ADD CONSTRAINT fk_wijk_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id) NOT ENFORCED;

ALTER TABLE woonplaats ADD CONSTRAINT fk_woonplaats_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id) NOT ENFORCED;

ALTER TABLE woonplaats ADD CONSTRAINT fk_woonplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_woonplaats_enum (status_woonplaats_enum_id) NOT ENFORCED;

ALTER TABLE areaal_ligt_in_buurt ADD CONSTRAINT fk_areaal_ligt_in_buurt_buurt_id FOREIGN KEY (buurt_id) REFERENCES buurt (buurt_id) NOT ENFORCED;

ALTER TABLE areaal_valt_binnen_wijk ADD CONSTRAINT fk_areaal_valt_binnen_wijk_wijk_id FOREIGN KEY (wijk_id) REFERENCES wijk (wijk_id) NOT ENFORCED;

ALTER TABLE gemeente_is_overgegaan_in_gemeente ADD CONSTRAINT fk_gemeente_is_overgegaan_in_gemeente_gemeente_id FOREIGN KEY (gemeente_id) REFERENCES gemeente (gemeente_id) NOT ENFORCED;

ALTER TABLE gemeente_is_overgegaan_in_gemeente ADD CONSTRAINT fk_gemeente_is_overgegaan_in_gemeente_is_overgegaan_in_gemeente_id FOREIGN KEY (is_overgegaan_in_gemeente_id) REFERENCES gemeente (gemeente_id) NOT ENFORCED;

ALTER TABLE nummeraanduiding_ligt_in_gebied ADD CONSTRAINT fk_nummeraanduiding_ligt_in_gebied_nummeraanduiding_id FOREIGN KEY (nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id) NOT ENFORCED;

ALTER TABLE verblijfsobject_maakt_deel_uit_van_pand ADD CONSTRAINT fk_verblijfsobject_maakt_deel_uit_van_pand_verblijfsobject_id FOREIGN KEY (verblijfsobject_id) REFERENCES verblijfsobject (object_id) NOT ENFORCED;

ALTER TABLE verblijfsobject_maakt_deel_uit_van_pand ADD CONSTRAINT fk_verblijfsobject_maakt_deel_uit_van_pand_pand_id FOREIGN KEY (pand_id) REFERENCES pand (geo_object_id) NOT ENFORCED;

ALTER TABLE woonplaats_ligt_in_gemeente ADD CONSTRAINT fk_woonplaats_ligt_in_gemeente_woonplaats_id FOREIGN KEY (woonplaats_id) REFERENCES woonplaats (woonplaats_id) NOT ENFORCED;

ALTER TABLE woonplaats_ligt_in_gemeente ADD CONSTRAINT fk_woonplaats_ligt_in_gemeente_gemeente_id FOREIGN KEY (gemeente_id) REFERENCES gemeente (gemeente_id) NOT ENFORCED;
