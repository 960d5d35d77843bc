CREATE TABLE burgelijke_staat_enum (
  burgelijke_staat_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition TEXT,
  CONSTRAINT pk_burgelijke_staat_enum PRIMARY KEY (burgelijke_staat_enum_id),
  CONSTRAINT uq_burgelijke_staat_enum_value UNIQUE (value)
);

CREATE TABLE code_exploitant_enum (
  code_exploitant_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition TEXT,
  CONSTRAINT pk_code_exploitant_enum PRIMARY KEY (code_exploitant_enum_id),
  CONSTRAINT uq_code_exploitant_enum_value UNIQUE (value)
);

CREATE TABLE soort_rechtsvorm_enum (
  soort_rechtsvorm_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition TEXT,
  CONSTRAINT pk_soort_rechtsvorm_enum PRIMARY KEY (soort_rechtsvorm_enum_id),
  CONSTRAINT uq_soort_rechtsvorm_enum_value UNIQUE (value)
);

CREATE TABLE status_geo_object_enum (
  status_geo_object_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition TEXT,
  CONSTRAINT pk_status_geo_object_enum PRIMARY KEY (status_geo_object_enum_id),
  CONSTRAINT uq_status_geo_object_enum_value UNIQUE (value)
);

CREATE TABLE koopsom_kadastrale_onroerende_zaak (
  koopsom_kadastrale_onroerende_zaak_id BIGINT NOT NULL,
  koopsom JSONB,
  datum_transactie DATE,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at TIMESTAMP,
  row_hash VARCHAR(64),
  CONSTRAINT pk_koopsom_kadastrale_onroerende_zaak PRIMARY KEY (koopsom_kadastrale_onroerende_zaak_id)
);

CREATE TABLE kunstwerkdeel (
  kunstwerkdeel_id BIGINT NOT NULL,
  identificatie_kunstwerkdeel VARCHAR(255),
  status_kunstwerkdeel_enum_id INTEGER,
  relatieve_hoogteligging_kunstwerkdeel INTEGER,
  geometrie_kunstwerkdeel JSONB,
  lod0_geometrie_kunstwerkdeel TEXT,
  lod1_geometrie_kunstwerkdeel_id BIGINT,
  lod2_geometrie_kunstwerkdeel_id BIGINT,
  lod3_geometrie_kunstwerkdeel_id BIGINT,
  datum_begin_geldigheid_kunstwerkdeel DATE,
  datum_einde_geldigheid_kunstwerkdeel DATE,
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie VARCHAR(255),
  geometrie_soort VARCHAR(40),
  is_object_id BIGINT,
  soort_kunstwerk_id BIGINT,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at TIMESTAMP,
  row_hash VARCHAR(64),
  CONSTRAINT pk_kunstwerkdeel PRIMARY KEY (kunstwerkdeel_id),
  CONSTRAINT uq_kunstwerkdeel_identificatie UNIQUE (identificatie, valid_from)
);

CREATE TABLE tenaamstelling (
  tenaamstelling_id BIGINT NOT NULL,
  identificatie_tenaamstelling JSONB,
  aandeel_in_recht JSONB,
  verkregen_namens_samenwerkingsverband_enum_id INTEGER,
  exploitantcode_enum_id INTEGER,
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  burgerlijke_staat_ten_tijde_van_verkrijging_enum_id INTEGER,
  verklaring_inzake_derden_bescherming VARCHAR(100),
  heeft_rechtspersoon_id BIGINT,
  heeft_betrekking_op_zakelijk_recht_id BIGINT,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at TIMESTAMP,
  row_hash VARCHAR(64),
  CONSTRAINT pk_tenaamstelling PRIMARY KEY (tenaamstelling_id)
);

CREATE TABLE zakelijk_recht_is_beperkt_tot_tenaamstelling (
  zakelijk_recht_is_beperkt_tot_tenaamstelling_id BIGINT NOT NULL,
  zakelijk_recht_id BIGINT NOT NULL,
  tenaamstelling_id BIGINT NOT NULL,
  valid_from TIMESTAMP,
  valid_to TIMESTAMP,
  registered_at TIMESTAMP,
  load_batch_id VARCHAR(64),
  load_source VARCHAR(255),
  loaded_at TIMESTAMP,
  row_hash VARCHAR(64),
  CONSTRAINT pk_zakelijk_recht_is_beperkt_tot_tenaamstelling PRIMARY KEY (zakelijk_recht_is_beperkt_tot_tenaamstelling_id),
  CONSTRAINT uq_zakelijk_recht_is_beperkt_tot_tenaamstelling UNIQUE (zakelijk_recht_id, tenaamstelling_id, valid_from)
);

INSERT INTO burgelijke_staat_enum (burgelijke_staat_enum_id, value, code, definition) VALUES
  (1, 'onbekend', '0', NULL),
  (2, 'ongehuwd en nooit gehuwd geweest', '1', NULL),
  (3, 'gehuwd', '2', NULL),
  (4, 'gescheiden', '3', NULL),
  (5, 'weduwe / weduwnaar', '4', NULL),
  (6, 'partnerschap', '5', NULL),
  (7, 'parnetschap beeeindigd', '6', NULL),
  (8, 'achtergebeleven partner', '7', NULL);

INSERT INTO code_exploitant_enum (code_exploitant_enum_id, value, code, definition) VALUES
  (1, 'vol eigendom', NULL, NULL),
  (2, 'gedeeltelijk eigendom', NULL, NULL),
  (3, 'erfpacht uitgegeven', NULL, NULL),
  (4, 'erfpacht verkregen', NULL, NULL),
  (5, 'recht van opstal verleend', NULL, NULL),
  (6, 'recht van opstal verkregen', NULL, NULL),
  (7, 'overige zakelijk rechten verleend', NULL, NULL),
  (8, 'overige zakelijk rechten verkregen', NULL, NULL),
  (9, 'derden (niet zijnde gemeente', NULL, NULL),
  (10, 'onbekend/handmatig oplossen', NULL, NULL);

INSERT INTO soort_rechtsvorm_enum (soort_rechtsvorm_enum_id, value, code, definition) VALUES
  (1, 'Besloten vennootschap', '1', NULL),
  (2, 'cooperatie, Europees Economische Samenwerking', '3', NULL),
  (3, 'Europese Cooperatieve Vennootschap', '4', NULL),
  (4, 'Europese Naamloze Vennootschap', '5', NULL),
  (5, 'kerkelijke Organisatie', '8', NULL),
  (6, 'naamloze Vennootschap', '10', NULL),
  (7, 'onderlinge Waarborg Maatschappij', '11', NULL),
  (8, 'overig privaatrechtelijke rechtspersoon', '12', NULL),
  (9, 'stichting', '16', NULL),
  (10, 'vereniging', '18', NULL),
  (11, 'vereniging van Eigenaars', '19', NULL),
  (12, 'publiekrechtelijke Rechtspersoon', '14', NULL),
  (13, 'vennootschap onder Firma', '17', NULL),
  (14, 'maatschap', '9', NULL),
  (15, 'rederij', '15', NULL),
  (16, 'commanditaire vennootschap', '2', NULL),
  (17, 'kapitaalvennootschap binnen EER', '6', 'Een kapitaalvennootschap die is opgericht buiten Nederland in een van 
de landen van de Europese Economische Ruimte (Europese Unie + 
IJsland, Noorwegen en Liechtenstein).'),
  (18, 'overige buitenlandse rechtspersoon vennootschap', '13', 'Overige buitenlandse rechtspersonen of vennootschappen die geen 
kapitaalvennootschap zijn binnen of buiten de E.E.R.'),
  (19, 'kapitaalvennootschap buiten EER', '7', 'Een kapitaalvennootschap die is opgericht buiten de landen van de 
Europese Economische Ruimte (Europese Unie + IJsland, Noorwegen 
en Liechtenstein).'),
  (20, 'Onbekend', '-1', NULL),
  (21, 'Leeg', '-2', NULL);

INSERT INTO status_geo_object_enum (status_geo_object_enum_id, value, code, definition) VALUES
  (1, 'bestaand', NULL, 'Situatie waarin het object wordt / kan worden gebruikt voor het doel waarvoor het is gebouwd / aangelegd.'),
  (2, 'plan', NULL, 'Situatie die ontstaat op het moment van verlening van een beschikking voor bouw of aanleg en duurt tot het moment waarop het object gereed is voor het beoogde gebruik.'),
  (3, 'historie', NULL, 'Situatie waarin het geregistreerde object fysiek niet meer bestaat.');

ALTER TABLE kunstwerkdeel ADD CONSTRAINT fk_kunstwerkdeel_status_kunstwerkdeel_enum_id FOREIGN KEY (status_kunstwerkdeel_enum_id) REFERENCES status_geo_object_enum (status_geo_object_enum_id);

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_verkregen_namens_samenwerkingsverband_enum_id FOREIGN KEY (verkregen_namens_samenwerkingsverband_enum_id) REFERENCES soort_rechtsvorm_enum (soort_rechtsvorm_enum_id);

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_exploitantcode_enum_id FOREIGN KEY (exploitantcode_enum_id) REFERENCES code_exploitant_enum (code_exploitant_enum_id);

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_burgerlijke_staat_ten_tijde_van_verk_59d0296c FOREIGN KEY (burgerlijke_staat_ten_tijde_van_verkrijging_enum_id) REFERENCES burgelijke_staat_enum (burgelijke_staat_enum_id);

ALTER TABLE zakelijk_recht_is_beperkt_tot_tenaamstelling ADD CONSTRAINT fk_zakelijk_recht_is_beperkt_tot_tenaamstelling_tenaam_9cf46436 FOREIGN KEY (tenaamstelling_id) REFERENCES tenaamstelling (tenaamstelling_id);
