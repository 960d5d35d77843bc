CREATE TABLE burgelijke_staat_enum (
  burgelijke_staat_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_burgelijke_staat_enum PRIMARY KEY (burgelijke_staat_enum_id),
  CONSTRAINT uq_burgelijke_staat_enum_value UNIQUE (value)
);

CREATE TABLE code_exploitant_enum (
  code_exploitant_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_code_exploitant_enum PRIMARY KEY (code_exploitant_enum_id),
  CONSTRAINT uq_code_exploitant_enum_value UNIQUE (value)
);

CREATE TABLE soort_rechtsvorm_enum (
  soort_rechtsvorm_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_soort_rechtsvorm_enum PRIMARY KEY (soort_rechtsvorm_enum_id),
  CONSTRAINT uq_soort_rechtsvorm_enum_value UNIQUE (value)
);

CREATE TABLE status_geo_object_enum (
  status_geo_object_enum_id NUMBER(10) NOT NULL,
  value VARCHAR2(255 CHAR) NOT NULL,
  code VARCHAR2(50 CHAR),
  definition CLOB,
  CONSTRAINT pk_status_geo_object_enum PRIMARY KEY (status_geo_object_enum_id),
  CONSTRAINT uq_status_geo_object_enum_value UNIQUE (value)
);

CREATE TABLE koopsom_kadastrale_onroerende_zaak (
  koopsom_kadastrale_onroerende_zaak_id NUMBER(19) NOT NULL,
  koopsom CLOB,
  datum_transactie DATE,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_koopsom_kadastrale_onroerende_zaak PRIMARY KEY (koopsom_kadastrale_onroerende_zaak_id)
);

CREATE TABLE kunstwerkdeel (
  kunstwerkdeel_id NUMBER(19) NOT NULL,
  identificatie_kunstwerkdeel VARCHAR2(255 CHAR),
  status_kunstwerkdeel_enum_id NUMBER(10),
  relatieve_hoogteligging_kunstwerkdeel NUMBER(10),
  geometrie_kunstwerkdeel CLOB,
  lod0_geometrie_kunstwerkdeel SDO_GEOMETRY,
  lod1_geometrie_kunstwerkdeel_id NUMBER(19),
  lod2_geometrie_kunstwerkdeel_id NUMBER(19),
  lod3_geometrie_kunstwerkdeel_id NUMBER(19),
  datum_begin_geldigheid_kunstwerkdeel DATE,
  datum_einde_geldigheid_kunstwerkdeel DATE,
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie VARCHAR2(255 CHAR),
  geometrie_soort VARCHAR2(40 CHAR),
  is_object_id NUMBER(19),
  soort_kunstwerk_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_kunstwerkdeel PRIMARY KEY (kunstwerkdeel_id),
  CONSTRAINT uq_kunstwerkdeel_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE tenaamstelling (
  tenaamstelling_id NUMBER(19) NOT NULL,
  identificatie_tenaamstelling CLOB,
  aandeel_in_recht CLOB,
  verkregen_namens_samenwerkingsverband_enum_id NUMBER(10),
  exploitantcode_enum_id NUMBER(10),
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  burgerlijke_staat_ten_tijde_van_verkrijging_enum_id NUMBER(10),
  verklaring_inzake_derden_bescherming VARCHAR2(100 CHAR),
  heeft_rechtspersoon_id NUMBER(19),
  heeft_betrekking_op_zakelijk_recht_id NUMBER(19),
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_tenaamstelling PRIMARY KEY (tenaamstelling_id)
);

CREATE TABLE zakelijk_recht_is_beperkt_tot_tenaamstelling (
  zakelijk_recht_is_beperkt_tot_tenaamstelling_id NUMBER(19) NOT NULL,
  zakelijk_recht_id NUMBER(19) NOT NULL,
  tenaamstelling_id NUMBER(19) NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR2(64 CHAR),
  load_source VARCHAR2(255 CHAR),
  loaded_at TIMESTAMP,
  row_hash VARCHAR2(64 CHAR),
  CONSTRAINT pk_zakelijk_recht_is_beperkt_tot_tenaamstelling PRIMARY KEY (zakelijk_recht_is_beperkt_tot_tenaamstelling_id),
  CONSTRAINT uq_zakelijk_recht_is_beperkt_tot_tenaamstelling UNIQUE (zakelijk_recht_id, tenaamstelling_id, valid_from)
);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (1, 'onbekend', '0', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (2, 'ongehuwd en nooit gehuwd geweest', '1', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (3, 'gehuwd', '2', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (4, 'gescheiden', '3', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (5, 'weduwe / weduwnaar', '4', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (6, 'partnerschap', '5', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (7, 'parnetschap beeeindigd', '6', NULL);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES (8, 'achtergebeleven partner', '7', NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (1, 'vol eigendom', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (2, 'gedeeltelijk eigendom', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (3, 'erfpacht uitgegeven', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (4, 'erfpacht verkregen', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (5, 'recht van opstal verleend', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (6, 'recht van opstal verkregen', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (7, 'overige zakelijk rechten verleend', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (8, 'overige zakelijk rechten verkregen', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (9, 'derden (niet zijnde gemeente', NULL, NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES (10, 'onbekend/handmatig oplossen', NULL, NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (1, 'Besloten vennootschap', '1', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (2, 'cooperatie, Europees Economische Samenwerking', '3', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (3, 'Europese Cooperatieve Vennootschap', '4', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (4, 'Europese Naamloze Vennootschap', '5', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (5, 'kerkelijke Organisatie', '8', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (6, 'naamloze Vennootschap', '10', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (7, 'onderlinge Waarborg Maatschappij', '11', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (8, 'overig privaatrechtelijke rechtspersoon', '12', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (9, 'stichting', '16', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (10, 'vereniging', '18', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (11, 'vereniging van Eigenaars', '19', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (12, 'publiekrechtelijke Rechtspersoon', '14', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (13, 'vennootschap onder Firma', '17', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (14, 'maatschap', '9', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (15, 'rederij', '15', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (16, 'commanditaire vennootschap', '2', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (17, 'kapitaalvennootschap binnen EER', '6', 'Een kapitaalvennootschap die is opgericht buiten Nederland in een van 
de landen van de Europese Economische Ruimte (Europese Unie + 
IJsland, Noorwegen en Liechtenstein).');

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (18, 'overige buitenlandse rechtspersoon vennootschap', '13', 'Overige buitenlandse rechtspersonen of vennootschappen die geen 
kapitaalvennootschap zijn binnen of buiten de E.E.R.');

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (19, 'kapitaalvennootschap buiten EER', '7', 'Een kapitaalvennootschap die is opgericht buiten de landen van de 
Europese Economische Ruimte (Europese Unie + IJsland, Noorwegen 
en Liechtenstein).');

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (20, 'Onbekend', '-1', NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES (21, 'Leeg', '-2', NULL);

INSERT INTO status_geo_object_enum (status_geo_object_enum_id, value, code, definition) VALUES (1, 'bestaand', NULL, 'Situatie waarin het object wordt / kan worden gebruikt voor het doel waarvoor het is gebouwd / aangelegd.');

INSERT INTO status_geo_object_enum (status_geo_object_enum_id, value, code, definition) VALUES (2, 'plan', NULL, 'Situatie die ontstaat op het moment van verlening van een beschikking voor bouw of aanleg en duurt tot het moment waarop het object gereed is voor het beoogde gebruik.');

INSERT INTO status_geo_object_enum (status_geo_object_enum_id, value, code, definition) VALUES (3, 'historie', NULL, 'Situatie waarin het geregistreerde object fysiek niet meer bestaat.');

ALTER TABLE kunstwerkdeel ADD CONSTRAINT fk_kunstwerkdeel_status_kunstwerkdeel_enum_id FOREIGN KEY (status_kunstwerkdeel_enum_id) REFERENCES status_geo_object_enum (status_geo_object_enum_id);

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_verkregen_namens_samenwerkingsverband_enum_id FOREIGN KEY (verkregen_namens_samenwerkingsverband_enum_id) REFERENCES soort_rechtsvorm_enum (soort_rechtsvorm_enum_id);

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_exploitantcode_enum_id FOREIGN KEY (exploitantcode_enum_id) REFERENCES code_exploitant_enum (code_exploitant_enum_id);

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_burgerlijke_staat_ten_tijde_van_verkrijging_enum_id FOREIGN KEY (burgerlijke_staat_ten_tijde_van_verkrijging_enum_id) REFERENCES burgelijke_staat_enum (burgelijke_staat_enum_id);

ALTER TABLE zakelijk_recht_is_beperkt_tot_tenaamstelling ADD CONSTRAINT fk_zakelijk_recht_is_beperkt_tot_tenaamstelling_tenaamstelling_id FOREIGN KEY (tenaamstelling_id) REFERENCES tenaamstelling (tenaamstelling_id);
