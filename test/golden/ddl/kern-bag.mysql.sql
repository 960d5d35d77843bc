SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE boolean_enum (
  boolean_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_boolean_enum PRIMARY KEY (boolean_enum_id),
  CONSTRAINT uq_boolean_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE gebruiksdoel_enum (
  gebruiksdoel_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_gebruiksdoel_enum PRIMARY KEY (gebruiksdoel_enum_id),
  CONSTRAINT uq_gebruiksdoel_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ontsluitingswijze_verdieping_enum (
  ontsluitingswijze_verdieping_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_ontsluitingswijze_verdieping_enum PRIMARY KEY (ontsluitingswijze_verdieping_enum_id),
  CONSTRAINT uq_ontsluitingswijze_verdieping_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE soort_woonobject_enum (
  soort_woonobject_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_soort_woonobject_enum PRIMARY KEY (soort_woonobject_enum_id),
  CONSTRAINT uq_soort_woonobject_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_ligplaats_enum (
  status_ligplaats_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_ligplaats_enum PRIMARY KEY (status_ligplaats_enum_id),
  CONSTRAINT uq_status_ligplaats_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_nummeraanduiding_enum (
  status_nummeraanduiding_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_nummeraanduiding_enum PRIMARY KEY (status_nummeraanduiding_enum_id),
  CONSTRAINT uq_status_nummeraanduiding_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_openbare_ruimte_enum (
  status_openbare_ruimte_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_openbare_ruimte_enum PRIMARY KEY (status_openbare_ruimte_enum_id),
  CONSTRAINT uq_status_openbare_ruimte_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_pand_enum (
  status_pand_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_pand_enum PRIMARY KEY (status_pand_enum_id),
  CONSTRAINT uq_status_pand_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_standplaats_enum (
  status_standplaats_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_standplaats_enum PRIMARY KEY (status_standplaats_enum_id),
  CONSTRAINT uq_status_standplaats_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_verblijfsobject_enum (
  status_verblijfsobject_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_verblijfsobject_enum PRIMARY KEY (status_verblijfsobject_enum_id),
  CONSTRAINT uq_status_verblijfsobject_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_voortgang_bouw_enum (
  status_voortgang_bouw_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_voortgang_bouw_enum PRIMARY KEY (status_voortgang_bouw_enum_id),
  CONSTRAINT uq_status_voortgang_bouw_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE status_woonplaats_enum (
  status_woonplaats_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_status_woonplaats_enum PRIMARY KEY (status_woonplaats_enum_id),
  CONSTRAINT uq_status_woonplaats_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE type_adresseerbaar_object_bag_enum (
  type_adresseerbaar_object_bag_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_type_adresseerbaar_object_bag_enum PRIMARY KEY (type_adresseerbaar_object_bag_enum_id),
  CONSTRAINT uq_type_adresseerbaar_object_bag_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE typering_openbare_ruimte_enum (
  typering_openbare_ruimte_enum_id INT NOT NULL,
  value VARCHAR(255) NOT NULL COMMENT 'the literal as named in the model',
  code VARCHAR(50) COMMENT 'code used by source systems (alias in the model)',
  definition TEXT,
  CONSTRAINT pk_typering_openbare_ruimte_enum PRIMARY KEY (typering_openbare_ruimte_enum_id),
  CONSTRAINT uq_typering_openbare_ruimte_enum_value UNIQUE (value)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE binnenlands_adres (
  binnenlands_adres_id BIGINT NOT NULL,
  straatnaam VARCHAR(200),
  gemeentenaam VARCHAR(80),
  huisnummer INT,
  huisletter INT,
  huisnummertoevoeging VARCHAR(4),
  postcode VARCHAR(6),
  bagid VARCHAR(255),
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_binnenlands_adres PRIMARY KEY (binnenlands_adres_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='De adresaanduiding van het WOZ-OBJECT';

CREATE TABLE woonplaats (
  woonplaats_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke aanduiding van een WOONPLAATS, zoals opgenomen in de landelijke woonplaatsentabel.',
  woonplaatsnaam VARCHAR(80) COMMENT 'De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.',
  woonplaatsnaam_nen VARCHAR(24) COMMENT 'De officiële plaatsnaam conform NEN',
  geconstateerd_enum_id INT COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  status_enum_id INT COMMENT 'De fase van de levenscyclus van een WOONPLAATS, waarin de betreffende WOONPLAATS zich bevindt.',
  geometrie POLYGON COMMENT 'De tweedimensionale geometrische representatie van het vlak dat wordt gevormd door de omtrekken van een woonplaats.',
  begin_geldigheid DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  versie INT,
  documentnummer INT COMMENT 'Het unieke nummer van het brondocument',
  documentdatum DATE COMMENT 'De datum waarop het brondocument is vastgesteld',
  voorkomen DATE,
  tijdstip_registratie DATETIME(6),
  eind_registratie DATETIME(6),
  tijdstip_actief DATETIME(6),
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_woonplaats PRIMARY KEY (woonplaats_id),
  CONSTRAINT uq_woonplaats_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_woonplaats_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id),
  CONSTRAINT fk_woonplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_woonplaats_enum (status_woonplaats_enum_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente Beschrijving: Een stuk grond binnen de gemeente dat als woonplaats is aangewezen en waaraan de gemeente ook een naam heeft gegeven.';

CREATE TABLE openbare_ruimte (
  openbare_ruimte_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke aanduiding van een OPENBARE RUIMTE.',
  status_enum_id INT COMMENT 'De fase van de levenscyclus van een OPENBARE RUIMTE, waarin de betreffende  OPENBARE RUIMTE zich bevindt',
  naam_openbareruimte VARCHAR(80) COMMENT 'Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming',
  geconstateerd BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname',
  type_openbareruimte_enum_id INT COMMENT 'De aard van de als zodanig benoemde OPENBARE
RUIMTE.',
  straatnaam VARCHAR(24) COMMENT 'De officiële straatnaam zoals door het bevoegd gemeentelijk orgaan is vastgesteld, zo nodig ingekort conform de specificaties van de NEN 5825.',
  huisnummerrange_even_nummers VARCHAR(11) COMMENT 'Het laagste en het hoogste huisnummer, zijnde even getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.',
  huisnummerrange_oneven_nummers VARCHAR(11) COMMENT 'Het laagste en het hoogste huisnummer, zijnde oneven getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.',
  huisnummerrange_even_en_oneven_nummers VARCHAR(11) COMMENT 'Het laagste en het hoogste huisnummer van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE in die gevallen dat aan één of beide zijden van de OPENBARE RUIMTE zowel even als oneven huisnummers voorkomen dan wel dat even en/of oneven huisnummers aan beide zijden van de openbare ruimte voorkomen.',
  label_naam VARCHAR(80) COMMENT 'Bevat de naam van de openbare ruimte ten behoeve van visualisatie.',
  geometrie MULTIPOLYGON COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van de openbare ruimte.',
  wegsegment LINESTRING COMMENT 'De geometrische representatie van de openbare ruimte als een lijn.',
  begingeldigheid DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  straatcode VARCHAR(80),
  versie INT,
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  documentdatum DATETIME(6),
  documentnummer INT COMMENT 'Het unieke nummer van het brondocument',
  betreft_beschermde_status_id BIGINT COMMENT '(refers to 5 Sport, Cultuur en Recreatie/Erfgoed/Monumenten/Model Monumenten/Beschermde Status, not in the selection)',
  ligt_in_woonplaats_id BIGINT,
  ligt_in_buurt_rsgb_plus_id BIGINT COMMENT '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)',
  is_object_id BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_openbare_ruimte PRIMARY KEY (openbare_ruimte_id),
  CONSTRAINT uq_openbare_ruimte_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_openbare_ruimte_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id),
  CONSTRAINT fk_openbare_ruimte_type_openbareruimte_enum_id FOREIGN KEY (type_openbareruimte_enum_id) REFERENCES typering_openbare_ruimte_enum (typering_openbare_ruimte_enum_id),
  CONSTRAINT fk_openbare_ruimte_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen. Beschrijving: Een buitenruimte die door de gemeente als openbare ruimte is aangewezen en waaraan de gemeente een naam heeft gegeven. Een openbare ruimte ligt binnen 1 woonplaats. De BAG kent 7 soorten openbare ruimten: weg, water, spoorbaan, terrein, kunstwerk, landschappelijk gebied en administratief gebied. Een openbare ruimte is meestal een straat(naam).';

CREATE TABLE wijk (
  wijk_id BIGINT NOT NULL,
  wijkcode VARCHAR(2) COMMENT 'De code behorende bij de naam van de wijk.',
  wijknaam VARCHAR(40) COMMENT 'De naam van de wijk, zoals die door het CBS wordt gebruikt.',
  geometrie MULTIPOLYGON COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van de wijk.',
  begin_geldigheid DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  identificatie VARCHAR(255),
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  status_enum_id INT,
  datum_einde TEXT COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  versie INT,
  geconstateerd BOOLEAN,
  ligt_in_woonplaats_id BIGINT,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_wijk PRIMARY KEY (wijk_id),
  CONSTRAINT uq_wijk_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_wijk_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id),
  CONSTRAINT fk_wijk_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een aaneengesloten gedeelte van het grondgebied van een gemeente, waarvan de grenzen zo veel mogelijk zijn gebaseerd op sociaal-geografische kenmerken.';

CREATE TABLE buurt (
  buurt_id BIGINT NOT NULL,
  code VARCHAR(2) COMMENT 'De code behorende bij de naam van de buurt.',
  naam VARCHAR(40) COMMENT 'De naam van de buurt, zoals die door het CBS wordt gebruikt.',
  geometrie MULTIPOLYGON COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van de buurt.',
  begin_geldigheid DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  identificatie VARCHAR(255),
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  status_enum_id INT,
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  versie INT,
  geconstateerd_enum_id INT,
  ligt_in_wijk_id BIGINT COMMENT 'De wijk waarin de buurt is gelegen.',
  ligt_in_openbare_ruimte_id BIGINT,
  is_object_id BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_buurt PRIMARY KEY (buurt_id),
  CONSTRAINT uq_buurt_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_buurt_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_openbare_ruimte_enum (status_openbare_ruimte_enum_id),
  CONSTRAINT fk_buurt_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id),
  CONSTRAINT fk_buurt_ligt_in_wijk_id FOREIGN KEY (ligt_in_wijk_id) REFERENCES wijk (wijk_id),
  CONSTRAINT fk_buurt_ligt_in_openbare_ruimte_id FOREIGN KEY (ligt_in_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een aaneengesloten gedeelte van een wijk, waarvan de grenzen zo veel mogelijk gebaseerd zijn op topografische elementen.';

CREATE TABLE nummeraanduiding (
  nummeraanduiding_id BIGINT NOT NULL,
  huisletter VARCHAR(1) COMMENT 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.',
  huisnummer INT COMMENT 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.',
  huisnummertoevoeging VARCHAR(4) COMMENT 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.',
  postcode VARCHAR(6) COMMENT 'De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer',
  begin_geldigheid DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  einde_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  status_enum_id INT COMMENT 'De levenscyclus van een nummeraanduiding, waarin de betreffende nummeraanduiding zich bevindt.
 

	Naamgeving uitgegeven
	Naamgeving ingetrokken',
  geconstateerd BOOLEAN,
  identificatie VARCHAR(255) COMMENT 'Unieke identificatiecode van het object',
  type_adresseerbaar_object_enum_id INT COMMENT 'Het type addresseerbaarobject (landelijke identificatie) wat door de nummeraanduiding wordt aangeduid.',
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  versie INT,
  geometrie POINT,
  documentdatum DATE COMMENT 'De datum op basis waarvan een opname of mutatie van gegevens ten aanzien van een BAG-object heeft plaatsgevonden.',
  documentnummer INT COMMENT 'Het unieke nummer van het brondocument',
  verwijst_naar_locatieaanduiding_woz_object_id BIGINT COMMENT '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/LocatieaanduidingWozObject, not in the selection)',
  ligt_aan_openbare_ruimte_id BIGINT,
  ligt_in_buurt_id BIGINT,
  ligt_in_woonplaats_id BIGINT,
  heeft_als_nevenadres_adresseerbaar_object_id BIGINT,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_nummeraanduiding PRIMARY KEY (nummeraanduiding_id),
  CONSTRAINT uq_nummeraanduiding_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_nummeraanduiding_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_nummeraanduiding_enum (status_nummeraanduiding_enum_id),
  CONSTRAINT fk_nummeraanduiding_type_adresseerbaar_object_enum_id FOREIGN KEY (type_adresseerbaar_object_enum_id) REFERENCES type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id),
  CONSTRAINT fk_nummeraanduiding_ligt_aan_openbare_ruimte_id FOREIGN KEY (ligt_aan_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id),
  CONSTRAINT fk_nummeraanduiding_ligt_in_buurt_id FOREIGN KEY (ligt_in_buurt_id) REFERENCES buurt (buurt_id),
  CONSTRAINT fk_nummeraanduiding_ligt_in_woonplaats_id FOREIGN KEY (ligt_in_woonplaats_id) REFERENCES woonplaats (woonplaats_id),
  CONSTRAINT fk_nummeraanduiding_heeft_als_nevenadres_adresseerbaar_object_id FOREIGN KEY (heeft_als_nevenadres_adresseerbaar_object_id) REFERENCES adresseerbaar_object (object_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.';

CREATE TABLE adresseerbaar_object (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke aanduiding van een AdresseerbaarObject.',
  versie INT,
  type_adresseerbaar_object_enum_id INT,
  identificatie_2 VARCHAR(50) COMMENT 'De unieke identificatie van het OBJECT',
  objecttype VARCHAR(3) COMMENT 'Het onderscheid van een OBJECT naar haar specialisatiies.
De code voor de Objecttypering gevolgd door de unieke aanduiding van de specialisatie (van OBJECT):
ADRESSEERBAAR OBJECT AANDUIDING, BENOEMD OBJECT, BESLUIT, BUURT, ENKELVOUDIG INFORMATIEOBJECT, GEMEENTE, GEMEENTELIJKE OPENBARE RUIMTE, HUISHOUDEN, INRICHTINGSELEMENT, KADASTRALE ONROERENDE ZAAK, KUNSTWERKDEEL, MAATSSCHAPPELIJKE ACTIVITEIT, MEDEWERKER, OPENBARE RUIMTE, SAMENGESTELD INFORMATIEOBJECT, ORGANISATORISCHE EENHEID, PAND, SPOORBAANDEEL, STATUS, SUBJECT, TERREINDEEL, WATERDEEL, WEGDEEL, WIJK, WOONPLAATS, WOZ- DEELOBJECT, WOZ-OBJECT, WOZ-WAARDE of
ZAKELIJK RECHT (of afleidbare identificatie).',
  naam VARCHAR(200) COMMENT 'De benaming van het OBJECT indien dit een SUBJECT of specialisatie daarvan is.',
  adres_binnenland_id BIGINT COMMENT 'De aanduiding van het adres van het OBJECT indien dit adres in Nederland gelegen is.',
  adres_buitenland VARCHAR(200) COMMENT 'De aanduiding van het adres waar specialisaties van het OBJECT zijnde een SUBJECT dan wel een specialisatie daarvan, verblijft dan wel bereikbaar is in het buitenland.',
  kadastrale_aanduiding VARCHAR(30) COMMENT 'De kadastrale aanduiding van het OBJECT',
  geometrie POINT COMMENT 'De minimaal tweedimensionale geometrische representatie van het OBJECT.',
  toelichting TEXT,
  domein VARCHAR(200) COMMENT 'Het toepassingsgebied of de sector DOMEIN waarbinnen handhaving op het object plaatsvindt',
  indicatie_risico TEXT COMMENT 'Indicatie van de risico''s van (de uitvoering van activiteiten in) het handhavingsobject op gevolgen voor het handhavingsobject zelf, de daarin aanwezige personen, de omgeving van het handhavingsobject en/of de samenleving. (type in the model: none)',
  heeft_winkelvloeroppervlak_id BIGINT COMMENT '(refers to 3 Economie/Model Economie/Winkelvloeroppervlak, not in the selection)',
  heeft_als_hoofdadres_nummeraanduiding_id BIGINT,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_adresseerbaar_object PRIMARY KEY (object_id),
  CONSTRAINT uq_adresseerbaar_object_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_adresseerbaar_object_type_adresseerbaar_object_enum_id FOREIGN KEY (type_adresseerbaar_object_enum_id) REFERENCES type_adresseerbaar_object_bag_enum (type_adresseerbaar_object_bag_enum_id),
  CONSTRAINT fk_adresseerbaar_object_adres_binnenland_id FOREIGN KEY (adres_binnenland_id) REFERENCES binnenlands_adres (binnenlands_adres_id),
  CONSTRAINT fk_adresseerbaar_object_heeft_als_hoofdadres_nummeraanduiding_id FOREIGN KEY (heeft_als_hoofdadres_nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een adresseerbaar object is een object waaraan formeel adressen kunnen en moeten worden toegekend: een verblijfsobject, standplaats of ligplaats. Toelichting: Een object dat een adres heeft of krijgt. Adresseerbare objecten zijn: een verblijfsobject, een standplaats en een ligplaats.';

CREATE TABLE gemeente (
  gemeente_id BIGINT NOT NULL,
  gemeentecode VARCHAR(4) COMMENT 'Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid',
  gemeentenaam VARCHAR(80) COMMENT 'De officiële door de gemeente vastgestelde gemeentenaam.',
  gemeentenaam_nen VARCHAR(24) COMMENT 'De officieel vastgestelde en waar nodig ingekorte naam van de gemeente',
  geometrie POLYGON COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van het grondgebied van een gemeente.',
  begin_geldigheid DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  identificatie VARCHAR(255),
  datum_ingang DATE,
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  versie INT,
  geconstateerd BOOLEAN,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_gemeente PRIMARY KEY (gemeente_id),
  CONSTRAINT uq_gemeente_identificatie UNIQUE (identificatie, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een gedeelte van het grondgebied van Nederland, ingesteld op basis van artikel 123 van de Grondwet.';

CREATE TABLE ligplaats (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke aanduiding van een LIGPLAATS',
  geconstateerd_enum_id INT COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  status_enum_id INT COMMENT 'De fase van de levenscyclus van een LIGPLAATS waarin de betreffende LIGPLAATS zich bevindt.
 

	Plaats aangewezen
	Plaats ingetrokken',
  documentdatum DATE COMMENT 'De datum waarop het brondocument is vastgesteld op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.',
  documentnummer INT COMMENT 'De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente.',
  versie INT,
  geometrie POLYGON COMMENT 'Loodrechte bovenaanzicht van de ligplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichtbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde',
  begin_geldigheid DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  is_object_id BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_ligplaats PRIMARY KEY (object_id),
  CONSTRAINT uq_ligplaats_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_ligplaats_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id),
  CONSTRAINT fk_ligplaats_geconstateerd_enum_id FOREIGN KEY (geconstateerd_enum_id) REFERENCES boolean_enum (boolean_enum_id),
  CONSTRAINT fk_ligplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_ligplaats_enum (status_ligplaats_enum_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Definitie Een ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object Beschrijving Een plaats in het water met soms ook een (deel van een) terrein op de oever. Deze plaats moet kunnen worden gebruikt door een drijvend object dat langere tijd daar wordt vastgemaakt. Het drijvende object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Bijvoorbeeld een woonboot. De gemeente mag zeggen of er voor de BAG ergens een ligplaats komt.';

CREATE TABLE standplaats (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke aanduiding van een STANDPLAATS.',
  geconstateerd BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  status_enum_id INT COMMENT 'De fase van de levenscyclus van een STANDPLAATS waarin de betreffende STANDPLAATS zich bevindt.',
  versie INT,
  geometrie POLYGON COMMENT 'Loodrechte bovenaanzicht van de standplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde',
  documentdatum DATE COMMENT 'De datum waarop het brondocument is vastgesteld',
  documentnummer INT COMMENT 'Het unieke nummer van het brondocument',
  begin_geldigheid DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  is_object_id BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_standplaats PRIMARY KEY (object_id),
  CONSTRAINT uq_standplaats_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_standplaats_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id),
  CONSTRAINT fk_standplaats_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_standplaats_enum (status_standplaats_enum_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte. Beschrijving: Een terrein of een deel daarvan dat moet kunnen worden gebruikt om langere tijd een object neer te zetten. Dit object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Het moet verplaatsbaar zijn en mag dus niet helemaal vastgemaakt worden aan de grond. Bijvoorbeeld een woonwagen of strandtent. De gemeente mag zeggen of er voor de BAG ergens een standplaats komt.';

CREATE TABLE pand (
  geo_object_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke aanduiding van een PAND',
  status_enum_id INT COMMENT 'De fase van de levenscyclus van een PAND, waarin het betreffende PAND zich bevindt.

	Bouwvergunning verleend
	Niet gerealiseerd pand
	Bouw gestart
	Pand in gebruik (niet ingemeten)
	Pand in gebruik
	Sloopvergunning verleend
	Pand gesloopt
	Pand buiten gebruik
	Verbouwing pand
	Pand ten onrechte opgevoerd',
  status_voortgang_bouw_enum_id INT COMMENT 'De fase van de bouw, verbouw of sloop waarin het betreffende PAND zich bevindt',
  oorspronkelijk_bouwjaar INT COMMENT 'De aanduiding van het jaar waarin een PAND oorspronkelijk als bouwkundig gereed is of wordt opgeleverd.',
  oppervlakte INT COMMENT 'De gebruiksoppervlakte van een PAND in gehele vierkante meters.',
  bruto_inhoud_pand INT COMMENT 'Aanduiding in kubieke meters van de bruto inhoud van het PAND.',
  geconstateerd BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.

Dit geeft aan dat een PAND in de registratie is opgenomen als gevolg van een feitelijke constatering en niet op basis van een regulier brondocument',
  hoogste_bouwlaag INT COMMENT 'De ligging van de hoogste bouwlaag van het pand gerekend ten opzichte van het straatpeil.',
  laagste_bouwlaag INT COMMENT 'De ligging van de laagste bouwlaag van het pand gerekend ten opzichte van het straatpeil.',
  geometrie_bovenaanzicht POLYGON COMMENT 'De minimaal tweedimensionale geometrische representatie van het bovenaanzicht van de omtrekken van een PAND',
  geometrie_maaiveld MULTIPOLYGON COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van een PAND op maaiveldniveau',
  relatieve_hoogteligging INT COMMENT 'Aanduiding voor de relatieve hoogte van het pand',
  documentnummer TEXT COMMENT 'Het unieke nummer van het brondocument',
  documentdatum DATETIME(6) COMMENT 'De datum waarop het brondocument is vastgesteld',
  begin_geldigheid DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  geometrie_punt POINT,
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  versie INT,
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  datum_begin_geldigheid DATE,
  datum_einde_geldigheid DATE,
  identificatie_2 VARCHAR(255),
  geometrie_soort VARCHAR(40),
  heeft_vastgoedobject_id BIGINT COMMENT '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)',
  zonder_verblijfsobject_ligt_in_buurt_id BIGINT COMMENT 'De BUURT waarin het PAND gelegen is waarbinnen zich geen verblijfsobjecten bevinden.',
  zonder_verblijfsobject_ligt_in_buurt_rsgb_plus_id BIGINT COMMENT '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)',
  is_object_id BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_pand PRIMARY KEY (geo_object_id),
  CONSTRAINT uq_pand_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_pand_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_pand_enum (status_pand_enum_id),
  CONSTRAINT fk_pand_status_voortgang_bouw_enum_id FOREIGN KEY (status_voortgang_bouw_enum_id) REFERENCES status_voortgang_bouw_enum (status_voortgang_bouw_enum_id),
  CONSTRAINT fk_pand_zonder_verblijfsobject_ligt_in_buurt_id FOREIGN KEY (zonder_verblijfsobject_ligt_in_buurt_id) REFERENCES buurt (buurt_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een pand is een kleinste bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Beschrijving: Een zelfstandig bouwwerk, zowel zelfstandig in de manier hoe het is gebouwd als waarvoor het is bedoeld om te gebruiken. Een pand voldoet ook aan de volgende eisen: een pand is direct en voor lange tijd met de aarde verbonden (een pand is niet makkelijk te verplaatsen) en een pand kun je binnengaan en afsluiten. Een eenheid kan alleen een pand zijn als het voldoet aan alle eisen uit de Catalogus BAG 2018.';

CREATE TABLE verblijfsobject (
  object_id BIGINT NOT NULL,
  identificatie VARCHAR(255) COMMENT 'De unieke identificatie van een VERBLIJFSOBJECT.',
  status_enum_id INT COMMENT 'De fase van de levenscyclus van een VERBLIJFSOBJECT, waarin het betreffende VERBLIJFSOBJECT zich bevindt.',
  geconstateerd BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  hoogste_bouwlaag INT COMMENT 'De ligging van de hoogste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.',
  laagste_bouwlaag INT COMMENT 'De ligging van de laagste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.',
  toegang_bouwlaag INT COMMENT 'De ligging van de bouwlaag van het verblijfsobject, gerekend ten opzichte van het straatpeil, waarop zich de hoofdtoegang tot het verblijfsobject bevindt.',
  soort_woonobject_enum_id INT COMMENT 'Indeling van woonverblijven volgens het CBS.',
  aantal_kamers INT COMMENT 'Het aantal kamers van het Verblijfsobject in de situatie tijdens de bouw.',
  ontsluiting_verdieping_enum_id INT COMMENT 'Aanduiding van de manier waarop de desbetreffende bouwlaag van een object toegankelijk is gemaakt.',
  documentnummer INT COMMENT 'Het unieke nummer van het brondocument',
  documentdatum DATE COMMENT 'De datum waarop het brondocument is vastgesteld',
  geometrie POINT,
  versie INT,
  gebruiksdoel_enum_id INT COMMENT 'Een gebruiksdoel is een categorisering van de gebruiksdoelen van het betreffende verblijfsobject zoals in de vergunning is opgenomen of bij constatering is vastgesteld.',
  begin_geldigheid DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  eind_geldigheid DATE COMMENT 'Definitie EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid. Beschrijving Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  datum_einde DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  datum_ingang DATE COMMENT 'Datum waarop het object is ontstaan',
  oppervlakte INT COMMENT 'De gebruiksoppervlakte van het verblijfsobject conform hetgeen in NEN 2580 is vastgelegd omtrent gebruiksoppervlakte',
  heeft_vastgoedobject_id BIGINT COMMENT '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)',
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_verblijfsobject PRIMARY KEY (object_id),
  CONSTRAINT uq_verblijfsobject_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_verblijfsobject_object_id FOREIGN KEY (object_id) REFERENCES adresseerbaar_object (object_id),
  CONSTRAINT fk_verblijfsobject_status_enum_id FOREIGN KEY (status_enum_id) REFERENCES status_verblijfsobject_enum (status_verblijfsobject_enum_id),
  CONSTRAINT fk_verblijfsobject_soort_woonobject_enum_id FOREIGN KEY (soort_woonobject_enum_id) REFERENCES soort_woonobject_enum (soort_woonobject_enum_id),
  CONSTRAINT fk_verblijfsobject_ontsluiting_verdieping_enum_id FOREIGN KEY (ontsluiting_verdieping_enum_id) REFERENCES ontsluitingswijze_verdieping_enum (ontsluitingswijze_verdieping_enum_id),
  CONSTRAINT fk_verblijfsobject_gebruiksdoel_enum_id FOREIGN KEY (gebruiksdoel_enum_id) REFERENCES gebruiksdoel_enum (gebruiksdoel_enum_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Een verblijfsobject is een kleinste binnen één of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is. Beschrijving: Een verblijfsobject is een ruimte in 1 of meer panden en voldoet aan de volgende eisen: kan worden gebruikt om in te wonen, een bedrijf in te hebben of om voor plezier in te verblijven, is bereikbaar via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, kan worden gekocht en verkocht, kan helemaal zelf worden gebruikt voor het doel dat ervoor is gegeven. Deze eisen voor verblijfsobjecten worden toegelicht in de Catalogus BAG 2018. Een verblijfsobject krijgt een adres.';

CREATE TABLE onderzoek (
  onderzoek_id BIGINT NOT NULL,
  documentnummer INT COMMENT 'Het unieke nummer van het brondocument
Herkomst: BAG',
  documentdatum DATETIME(6) COMMENT 'De datum waarop het brondocument is vastgesteld

Herkomst: BAG',
  begin_geldigheid DATETIME(6) COMMENT 'De datum waarop het kenmerk of de relatie van een object bij de bronhouder in onderzoek is geplaatst.

Herkomst: BAG',
  eind_geldigheid DATETIME(6) COMMENT 'De datum waarop het onderzoek naar het kenmerk of de relatie van een object door de bronhouder is afgerond

Herkomst: BAG',
  tijdstip_registratie DATETIME(6) COMMENT 'Het tijdstip waarop het onderzoek is geregistreerd bij de bronhouder.

Herkomst: BAG',
  eind_registratie DATETIME(6) COMMENT 'Het tijdstip waarop de registratie van het onderzoek is beëindigd bij de bronhouder.

Herkomst: BAG',
  identificatie VARCHAR(255) COMMENT 'Identificatie van de objectklasse Onderzoek voor intern gebruik.
Herkomst: BAG Plus',
  volgnummer INT COMMENT 'Uniek volgnummer van de toestand van het object.
Herkomst: BAG Plus',
  objecttype TEXT COMMENT 'Geeft aan welke objectklasse in onderzoek staat.

Herkomst: BAG Plus',
  in_onderzoek BOOLEAN COMMENT 'Indicatie of het kenmerk wel of niet in onderzoek staat.

Herkomst BAG Plus',
  datum_actueel_tot DATETIME(6) COMMENT 'Einddatum van de cyclus, eventueel in combinatie met het kenmerk Status.

Herkomst: BAG Plus',
  kenmerk TEXT COMMENT 'De naam van het kenmerk van het object dat in onderzoek is geplaatst. Het kenmerk kan ook een relatie zijn met een ander object.

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


Herkomst: BAG',
  object_identificatie TEXT COMMENT 'Unieke identificatie van het object dat in onderzoek is geplaatst.

Herkomst BAG',
  objectidentificatie_standplaats_id BIGINT,
  objectidentificatie_pand_id BIGINT,
  objectidentificatie_nummeraanduiding_id BIGINT,
  objectidentificatie_ligplaats_id BIGINT,
  objectidentificatie_openbare_ruimte_id BIGINT,
  objectidentificatie_verblijfsobject_id BIGINT,
  objectidentificatie_woonplaats_id BIGINT,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_onderzoek PRIMARY KEY (onderzoek_id),
  CONSTRAINT uq_onderzoek_identificatie UNIQUE (identificatie, valid_from),
  CONSTRAINT fk_onderzoek_objectidentificatie_standplaats_id FOREIGN KEY (objectidentificatie_standplaats_id) REFERENCES standplaats (object_id),
  CONSTRAINT fk_onderzoek_objectidentificatie_pand_id FOREIGN KEY (objectidentificatie_pand_id) REFERENCES pand (geo_object_id),
  CONSTRAINT fk_onderzoek_objectidentificatie_nummeraanduiding_id FOREIGN KEY (objectidentificatie_nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id),
  CONSTRAINT fk_onderzoek_objectidentificatie_ligplaats_id FOREIGN KEY (objectidentificatie_ligplaats_id) REFERENCES ligplaats (object_id),
  CONSTRAINT fk_onderzoek_objectidentificatie_openbare_ruimte_id FOREIGN KEY (objectidentificatie_openbare_ruimte_id) REFERENCES openbare_ruimte (openbare_ruimte_id),
  CONSTRAINT fk_onderzoek_objectidentificatie_verblijfsobject_id FOREIGN KEY (objectidentificatie_verblijfsobject_id) REFERENCES verblijfsobject (object_id),
  CONSTRAINT fk_onderzoek_objectidentificatie_woonplaats_id FOREIGN KEY (objectidentificatie_woonplaats_id) REFERENCES woonplaats (woonplaats_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Basisinformatie zet een kenmerk, waarvan een formele terugmelding of correctieverzoek niet binnen twee werkdagen is afgehandeld, in de Basisregistratie adressen en gebouwen in onderzoek.';

CREATE TABLE areaal_ligt_in_buurt (
  areaal_ligt_in_buurt_id BIGINT NOT NULL,
  areaal_id BIGINT NOT NULL,
  buurt_id BIGINT NOT NULL,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_areaal_ligt_in_buurt PRIMARY KEY (areaal_ligt_in_buurt_id),
  CONSTRAINT uq_areaal_ligt_in_buurt UNIQUE (areaal_id, buurt_id, valid_from),
  CONSTRAINT fk_areaal_ligt_in_buurt_buurt_id FOREIGN KEY (buurt_id) REFERENCES buurt (buurt_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE areaal_valt_binnen_wijk (
  areaal_valt_binnen_wijk_id BIGINT NOT NULL,
  areaal_id BIGINT NOT NULL,
  wijk_id BIGINT NOT NULL,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_areaal_valt_binnen_wijk PRIMARY KEY (areaal_valt_binnen_wijk_id),
  CONSTRAINT uq_areaal_valt_binnen_wijk UNIQUE (areaal_id, wijk_id, valid_from),
  CONSTRAINT fk_areaal_valt_binnen_wijk_wijk_id FOREIGN KEY (wijk_id) REFERENCES wijk (wijk_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE gemeente_is_overgegaan_in_gemeente (
  gemeente_is_overgegaan_in_gemeente_id BIGINT NOT NULL,
  gemeente_id BIGINT NOT NULL,
  is_overgegaan_in_gemeente_id BIGINT NOT NULL,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_gemeente_is_overgegaan_in_gemeente PRIMARY KEY (gemeente_is_overgegaan_in_gemeente_id),
  CONSTRAINT uq_gemeente_is_overgegaan_in_gemeente UNIQUE (gemeente_id, is_overgegaan_in_gemeente_id, valid_from),
  CONSTRAINT fk_gemeente_is_overgegaan_in_gemeente_gemeente_id FOREIGN KEY (gemeente_id) REFERENCES gemeente (gemeente_id),
  CONSTRAINT fk_gemeente_is_overgegaan_in_gemeente_is_overgegaan_in_6dabbd9f FOREIGN KEY (is_overgegaan_in_gemeente_id) REFERENCES gemeente (gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='De nieuwe GEMEENTE waarin de GEMEENTE bij zijn opheffing c.q. na herindeling is overgegaan.';

CREATE TABLE nummeraanduiding_ligt_in_gebied (
  nummeraanduiding_ligt_in_gebied_id BIGINT NOT NULL,
  nummeraanduiding_id BIGINT NOT NULL,
  gebied_id BIGINT NOT NULL,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_nummeraanduiding_ligt_in_gebied PRIMARY KEY (nummeraanduiding_ligt_in_gebied_id),
  CONSTRAINT uq_nummeraanduiding_ligt_in_gebied UNIQUE (nummeraanduiding_id, gebied_id, valid_from),
  CONSTRAINT fk_nummeraanduiding_ligt_in_gebied_nummeraanduiding_id FOREIGN KEY (nummeraanduiding_id) REFERENCES nummeraanduiding (nummeraanduiding_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE verblijfsobject_maakt_deel_uit_van_pand (
  verblijfsobject_maakt_deel_uit_van_pand_id BIGINT NOT NULL,
  verblijfsobject_id BIGINT NOT NULL,
  pand_id BIGINT NOT NULL,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_verblijfsobject_maakt_deel_uit_van_pand PRIMARY KEY (verblijfsobject_maakt_deel_uit_van_pand_id),
  CONSTRAINT uq_verblijfsobject_maakt_deel_uit_van_pand UNIQUE (verblijfsobject_id, pand_id, valid_from),
  CONSTRAINT fk_verblijfsobject_maakt_deel_uit_van_pand_verblijfsobject_id FOREIGN KEY (verblijfsobject_id) REFERENCES verblijfsobject (object_id),
  CONSTRAINT fk_verblijfsobject_maakt_deel_uit_van_pand_pand_id FOREIGN KEY (pand_id) REFERENCES pand (geo_object_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE woonplaats_ligt_in_gemeente (
  woonplaats_ligt_in_gemeente_id BIGINT NOT NULL,
  woonplaats_id BIGINT NOT NULL,
  gemeente_id BIGINT NOT NULL,
  valid_from DATETIME(6) COMMENT 'start of validity (tijdlijn geldigheid)',
  valid_to DATETIME(6) COMMENT 'end of validity, exclusive; empty while valid',
  registered_at DATETIME(6) COMMENT 'when this version was registered (tijdlijn registratie)',
  load_batch_id VARCHAR(64) COMMENT 'load batch that wrote this row',
  load_source VARCHAR(255) COMMENT 'source system or file',
  loaded_at DATETIME(6) COMMENT 'when the row was loaded',
  row_hash VARCHAR(64) COMMENT 'hash of the attribute values, for change detection',
  CONSTRAINT pk_woonplaats_ligt_in_gemeente PRIMARY KEY (woonplaats_ligt_in_gemeente_id),
  CONSTRAINT uq_woonplaats_ligt_in_gemeente UNIQUE (woonplaats_id, gemeente_id, valid_from),
  CONSTRAINT fk_woonplaats_ligt_in_gemeente_woonplaats_id FOREIGN KEY (woonplaats_id) REFERENCES woonplaats (woonplaats_id),
  CONSTRAINT fk_woonplaats_ligt_in_gemeente_gemeente_id FOREIGN KEY (gemeente_id) REFERENCES gemeente (gemeente_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

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

SET FOREIGN_KEY_CHECKS = 1;
