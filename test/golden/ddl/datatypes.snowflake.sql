CREATE TABLE burgelijke_staat_enum (
  burgelijke_staat_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition VARCHAR,
  CONSTRAINT pk_burgelijke_staat_enum PRIMARY KEY (burgelijke_staat_enum_id),
  CONSTRAINT uq_burgelijke_staat_enum_value UNIQUE (value)
);

CREATE TABLE code_exploitant_enum (
  code_exploitant_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition VARCHAR,
  CONSTRAINT pk_code_exploitant_enum PRIMARY KEY (code_exploitant_enum_id),
  CONSTRAINT uq_code_exploitant_enum_value UNIQUE (value)
);

CREATE TABLE soort_rechtsvorm_enum (
  soort_rechtsvorm_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition VARCHAR,
  CONSTRAINT pk_soort_rechtsvorm_enum PRIMARY KEY (soort_rechtsvorm_enum_id),
  CONSTRAINT uq_soort_rechtsvorm_enum_value UNIQUE (value)
);

CREATE TABLE status_geo_object_enum (
  status_geo_object_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition VARCHAR,
  CONSTRAINT pk_status_geo_object_enum PRIMARY KEY (status_geo_object_enum_id),
  CONSTRAINT uq_status_geo_object_enum_value UNIQUE (value)
);

CREATE TABLE koopsom_kadastrale_onroerende_zaak (
  koopsom_kadastrale_onroerende_zaak_id BIGINT NOT NULL,
  koopsom_bedrag_som VARCHAR COMMENT 'Bedrag waarvoor belangrijkste recht van onroerende zaak is gekocht — Een hoeveelheid (type in the model: 2)',
  koopsom_bedrag_valutasoort_id BIGINT COMMENT 'Bedrag waarvoor belangrijkste recht van onroerende zaak is gekocht — Aanduiding van de valutasoort. (refers to 99 Kern/RSGBPlus/RSGB Model/Referentielijsten/Valutasoort, not in the selection)',
  koopsom_koopjaar SMALLINT COMMENT 'Bedrag waarvoor belangrijkste recht van onroerende zaak is gekocht — Het jaar waarin het belangrijkste recht van het kadastraal object is verkregen.',
  koopsom_meer_onroerend_goed BOOLEAN COMMENT 'Bedrag waarvoor belangrijkste recht van onroerende zaak is gekocht — Indicatie of de koopsom betrekking heeft op meer dan 1 kadastraal object.',
  datum_transactie DATE COMMENT 'Datum en tijdstip waarop een ter inschrijving aangeboden stuk, waarmee één of meer onroerende zaken zijn overgedragen, is ondertekend door de opsteller van het stuk.',
  valid_from TIMESTAMP_NTZ COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to TIMESTAMP_NTZ COMMENT 'end of validity, exclusive; empty while valid',
  registered_at TIMESTAMP_NTZ COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at TIMESTAMP_NTZ COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_koopsom_kadastrale_onroerende_zaak PRIMARY KEY (koopsom_kadastrale_onroerende_zaak_id)
) COMMENT = 'Het in een ter inschrijving aangeboden stuk vermelde bedrag, waarvoor 1 of meer onroerende zaken zijn verkregen.';

CREATE TABLE kunstwerkdeel (
  geo_object_id BIGINT NOT NULL,
  identificatie_kunstwerkdeel VARCHAR(255) COMMENT 'Een unieke identificatie voor een kunstwerkdeel',
  status_kunstwerkdeel_enum_id INTEGER COMMENT 'De status gekoppeld aan de levenscyclus van het kunstwerkdeel.',
  relatieve_hoogteligging_kunstwerkdeel INTEGER COMMENT 'Aanduiding voor de relatieve hoogte van het kunstwerkdeel',
  geometrie_kunstwerkdeel_geometrie_lijn GEOMETRY COMMENT 'De minimaal tweedimensionale geometrische representatie van de omtrekken van een kunstwerkdeel — Geometrische representatie van een object als lijnvormig element',
  geometrie_kunstwerkdeel_geometrie_mult_punt1 GEOMETRY COMMENT 'De minimaal tweedimensionale geometrische representatie van de omtrekken van een kunstwerkdeel — Geometrische representatie door multi puntvormige geometrie',
  geometrie_kunstwerkdeel_geometrie_vlak GEOMETRY COMMENT 'De minimaal tweedimensionale geometrische representatie van de omtrekken van een kunstwerkdeel — Geometrische representatie van het object als vlakvormig element',
  geometrie_kunstwerkdeel_geometrie_multi_vlak GEOMETRY COMMENT 'De minimaal tweedimensionale geometrische representatie van de omtrekken van een kunstwerkdeel — Geometrische representatie van het object als mulit vlakvormig element',
  lod0_geometrie_kunstwerkdeel GEOMETRY COMMENT 'De geometrische representatie van een kunstwerkdeel als punt, lijn of vlak in 2.5D op level of detail 0.',
  lod1_geometrie_kunstwerkdeel_id BIGINT COMMENT 'De geometrische representatie van een kunstwerkdeel in 3D op level of detail 1. (refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  lod2_geometrie_kunstwerkdeel_id BIGINT COMMENT 'De geometrische representatie van een kunstwerkdeel in 3D op level of detail 2. (refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  lod3_geometrie_kunstwerkdeel_id BIGINT COMMENT 'De geometrische representatie van een kunstwerkdeel in 3D op level of detail 3. (refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  datum_begin_geldigheid_kunstwerkdeel DATE COMMENT 'De datum waarop het kunstwerkdeel is ontstaan.',
  datum_einde_geldigheid_kunstwerkdeel DATE COMMENT 'De datum waarop het kunstwerkdeel ongeldig is geworden.',
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie VARCHAR(255),
  geometrie_soort VARCHAR(40),
  is_object_id BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  soort_kunstwerk_id BIGINT COMMENT '(refers to 99 Kern/RSGBPlus/RSGB Model/Groepattribuutsoort/SoortKunstwerk, not in the selection)',
  valid_from TIMESTAMP_NTZ COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to TIMESTAMP_NTZ COMMENT 'end of validity, exclusive; empty while valid',
  registered_at TIMESTAMP_NTZ COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at TIMESTAMP_NTZ COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_kunstwerkdeel PRIMARY KEY (geo_object_id),
  CONSTRAINT uq_kunstwerkdeel_identificatie UNIQUE (identificatie, valid_from)
) COMMENT = 'Onderdeel van een civiel-technisch werk voor de infrastructuur van wegen, water, spoorbanen, waterkeringen en/of leidingen.';

CREATE TABLE tenaamstelling (
  tenaamstelling_id BIGINT NOT NULL,
  identificatie_tenaamstelling_namspace VARCHAR COMMENT 'Een door het Kadaster toegekende landelijk uniek nummer aan een tenaamstelling — Unieke verwijzing naar een domein binnen de Kadaster registratie van objecten',
  identificatie_tenaamstelling_lokaal_id VARCHAR COMMENT 'Een door het Kadaster toegekende landelijk uniek nummer aan een tenaamstelling — unieke identificatiecode binnen kadaster registratie',
  identificatie_tenaamstelling_versie VARCHAR COMMENT 'Een door het Kadaster toegekende landelijk uniek nummer aan een tenaamstelling — Versie-aanduiding van een object.',
  aandeel_in_recht_teller INTEGER COMMENT 'Het aandeel waarvoor de gerechtigde deelneemt in het recht. — Het aantal delen.',
  aandeel_in_recht_noemer INTEGER COMMENT 'Het aandeel waarvoor de gerechtigde deelneemt in het recht. — De noemer van het deel',
  verkregen_namens_samenwerkingsverband_enum_id INTEGER COMMENT 'De aard van het samenwerkingsverband (zoals Maatschap, VOF of CV) namens welke een natuurlijk persoon deze tenaamstelling heeft verkregen.',
  exploitantcode_enum_id INTEGER COMMENT 'Het recht wat de exploitant van de eigenaar te weten de gemeente heeft gekregen.',
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  burgerlijke_staat_ten_tijde_van_verkrijging_enum_id INTEGER COMMENT 'De burgerlijke staat is een aanduiding voor de leefvorm van een persoon, zoals deze volgens het brondocument ten tijde van de verkrijging van het recht bestond. Leefvorm van een persoon heeft betrekking op huwelijk c.q. geregistreerd partnerschap.',
  verklaring_inzake_derden_bescherming VARCHAR(100),
  heeft_rechtspersoon_id BIGINT COMMENT '(refers to 99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/Rechtspersoon, not in the selection)',
  heeft_betrekking_op_zakelijk_recht_id BIGINT COMMENT 'Een verwijzing naar het recht dat door een persoon wordt uitgeoefend op een kadastrale onroerende zaak. (refers to 99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/ZakelijkRecht, not in the selection)',
  valid_from TIMESTAMP_NTZ COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to TIMESTAMP_NTZ COMMENT 'end of validity, exclusive; empty while valid',
  registered_at TIMESTAMP_NTZ COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at TIMESTAMP_NTZ COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_tenaamstelling PRIMARY KEY (tenaamstelling_id)
) COMMENT = 'Een TENAAMSTELLING  vormt de relatie tussen een Recht en een Persoon en geeft aan welk recht, met uitzondering van hypotheek en beslag, door een Persoon wordt uitgeoefend op een Kadastraal object.';

CREATE TABLE zakelijk_recht_is_beperkt_tot_tenaamstelling (
  zakelijk_recht_is_beperkt_tot_tenaamstelling_id BIGINT NOT NULL,
  zakelijk_recht_id BIGINT NOT NULL,
  tenaamstelling_id BIGINT NOT NULL,
  valid_from TIMESTAMP_NTZ COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to TIMESTAMP_NTZ COMMENT 'end of validity, exclusive; empty while valid',
  registered_at TIMESTAMP_NTZ COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at TIMESTAMP_NTZ COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_zakelijk_recht_is_beperkt_tot_tenaamstelling PRIMARY KEY (zakelijk_recht_is_beperkt_tot_tenaamstelling_id),
  CONSTRAINT uq_zakelijk_recht_is_beperkt_tot_tenaamstelling UNIQUE (zakelijk_recht_id, tenaamstelling_id, valid_from)
) COMMENT = 'Verwijzing naar de TENAAMSTELLING waarop  het  ZAKELIJK RECHT beperking  heeft.';

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

ALTER TABLE tenaamstelling ADD CONSTRAINT fk_tenaamstelling_burgerlijke_staat_ten_tijde_van_verkrijging_enum_id FOREIGN KEY (burgerlijke_staat_ten_tijde_van_verkrijging_enum_id) REFERENCES burgelijke_staat_enum (burgelijke_staat_enum_id);

ALTER TABLE zakelijk_recht_is_beperkt_tot_tenaamstelling ADD CONSTRAINT fk_zakelijk_recht_is_beperkt_tot_tenaamstelling_tenaamstelling_id FOREIGN KEY (tenaamstelling_id) REFERENCES tenaamstelling (tenaamstelling_id);
