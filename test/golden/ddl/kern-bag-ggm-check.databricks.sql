CREATE TABLE ADRESSEERBAAROBJECT (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke aanduiding van een AdresseerbaarObject.',
  VERSIE INT,
  TYPEADRESSEERBAAROBJECT STRING,
  IDENTIFICATIE_2 STRING COMMENT 'De unieke identificatie van het OBJECT',
  OBJECTTYPE STRING COMMENT 'Het onderscheid van een OBJECT naar haar specialisatiies.
De code voor de Objecttypering gevolgd door de unieke aanduiding van de specialisatie (van OBJECT):
ADRESSEERBAAR OBJECT AANDUIDING, BENOEMD OBJECT, BESLUIT, BUURT, ENKELVOUDIG INFORMATIEOBJECT, GEMEENTE, GEMEENTELIJKE OPENBARE RUIMTE, HUISHOUDEN, INRICHTINGSELEMENT, KADASTRALE ONROERENDE ZAAK, KUNSTWERKDEEL, MAATSSCHAPPELIJKE ACTIVITEIT, MEDEWERKER, OPENBARE RUIMTE, SAMENGESTELD INFORMATIEOBJECT, ORGANISATORISCHE EENHEID, PAND, SPOORBAANDEEL, STATUS, SUBJECT, TERREINDEEL, WATERDEEL, WEGDEEL, WIJK, WOONPLAATS, WOZ- DEELOBJECT, WOZ-OBJECT, WOZ-WAARDE of
ZAKELIJK RECHT (of afleidbare identificatie).',
  NAAM STRING COMMENT 'De benaming van het OBJECT indien dit een SUBJECT of specialisatie daarvan is.',
  ADRESBINNENLAND BIGINT COMMENT 'De aanduiding van het adres van het OBJECT indien dit adres in Nederland gelegen is.',
  ADRESBUITENLAND STRING COMMENT 'De aanduiding van het adres waar specialisaties van het OBJECT zijnde een SUBJECT dan wel een specialisatie daarvan, verblijft dan wel bereikbaar is in het buitenland.',
  KADASTRALEAANDUIDING STRING COMMENT 'De kadastrale aanduiding van het OBJECT',
  GEOMETRIE STRING COMMENT 'De minimaal tweedimensionale geometrische representatie van het OBJECT.',
  TOELICHTING STRING,
  DOMEIN STRING COMMENT 'Het toepassingsgebied of de sector DOMEIN waarbinnen handhaving op het object plaatsvindt',
  INDICATIERISICO STRING COMMENT 'Indicatie van de risico''s van (de uitvoering van activiteiten in) het handhavingsobject op gevolgen voor het handhavingsobject zelf, de daarin aanwezige personen, de omgeving van het handhavingsobject en/of de samenleving. (type in the model: none)',
  HEEFT_WINKELVLOEROPPERVLAK_ID BIGINT COMMENT '(refers to 3 Economie/Model Economie/Winkelvloeroppervlak, not in the selection)',
  HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID BIGINT,
  CONSTRAINT PK_ADRESSEERBAAROBJECT PRIMARY KEY (OBJECT_ID)
) USING DELTA;

CREATE TABLE BINNENLANDSADRES (
  BINNENLANDSADRES_ID BIGINT NOT NULL,
  STRAATNAAM STRING,
  GEMEENTENAAM STRING,
  HUISNUMMER INT,
  HUISLETTER INT,
  HUISNUMMERTOEVOEGING STRING,
  POSTCODE STRING,
  BAGID STRING,
  CONSTRAINT PK_BINNENLANDSADRES PRIMARY KEY (BINNENLANDSADRES_ID)
) USING DELTA;

CREATE TABLE BUURT (
  BUURT_ID BIGINT NOT NULL,
  CODE STRING COMMENT 'De code behorende bij de naam van de buurt.',
  NAAM STRING COMMENT 'De naam van de buurt, zoals die door het CBS wordt gebruikt.',
  GEOMETRIE STRING COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van de buurt.',
  BEGINGELDIGHEID DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  IDENTIFICATIE STRING,
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  STATUS STRING,
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  VERSIE INT,
  GECONSTATEERD STRING,
  LIGT_IN_WIJK_ID BIGINT COMMENT 'De wijk waarin de buurt is gelegen.',
  LIGT_IN_OPENBARERUIMTE_ID BIGINT,
  IS_OBJECT_ID BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  CONSTRAINT PK_BUURT PRIMARY KEY (BUURT_ID)
) USING DELTA;

CREATE TABLE GEMEENTE (
  GEMEENTE_ID BIGINT NOT NULL,
  GEMEENTECODE STRING COMMENT 'Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid',
  GEMEENTENAAM STRING COMMENT 'De officiële door de gemeente vastgestelde gemeentenaam.',
  GEMEENTENAAM_NEN STRING COMMENT 'De officieel vastgestelde en waar nodig ingekorte naam van de gemeente',
  GEOMETRIE STRING COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van het grondgebied van een gemeente.',
  BEGINGELDIGHEID DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  IDENTIFICATIE STRING,
  DATUMINGANG DATE,
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  VERSIE INT,
  GECONSTATEERD BOOLEAN,
  CONSTRAINT PK_GEMEENTE PRIMARY KEY (GEMEENTE_ID)
) USING DELTA;

CREATE TABLE LIGPLAATS (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke aanduiding van een LIGPLAATS',
  GECONSTATEERD STRING COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  STATUS STRING COMMENT 'De fase van de levenscyclus van een LIGPLAATS waarin de betreffende LIGPLAATS zich bevindt.
 

	Plaats aangewezen
	Plaats ingetrokken',
  DOCUMENTDATUM DATE COMMENT 'De datum waarop het brondocument is vastgesteld op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.',
  DOCUMENTNUMMER INT COMMENT 'De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente.',
  VERSIE INT,
  GEOMETRIE STRING COMMENT 'Loodrechte bovenaanzicht van de ligplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichtbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde',
  BEGINGELDIGHEID DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  IS_OBJECT_ID BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  CONSTRAINT PK_LIGPLAATS PRIMARY KEY (OBJECT_ID)
) USING DELTA;

CREATE TABLE NUMMERAANDUIDING (
  NUMMERAANDUIDING_ID BIGINT NOT NULL,
  HUISLETTER STRING COMMENT 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.',
  HUISNUMMER INT COMMENT 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.',
  HUISNUMMERTOEVOEGING STRING COMMENT 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.',
  POSTCODE STRING COMMENT 'De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer',
  BEGINGELDIGHEID DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDEGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  STATUS STRING COMMENT 'De levenscyclus van een nummeraanduiding, waarin de betreffende nummeraanduiding zich bevindt.
 

	Naamgeving uitgegeven
	Naamgeving ingetrokken',
  GECONSTATEERD BOOLEAN,
  IDENTIFICATIE STRING COMMENT 'Unieke identificatiecode van het object',
  TYPEADRESSEERBAAROBJECT STRING COMMENT 'Het type addresseerbaarobject (landelijke identificatie) wat door de nummeraanduiding wordt aangeduid.',
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  VERSIE INT,
  GEOMETRIE STRING,
  DOCUMENTDATUM DATE COMMENT 'De datum op basis waarvan een opname of mutatie van gegevens ten aanzien van een BAG-object heeft plaatsgevonden.',
  DOCUMENTNUMMER INT COMMENT 'Het unieke nummer van het brondocument',
  VERWIJST_NAAR_LOCATIEAANDUIDINGWOZOBJECT_ID BIGINT COMMENT '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/LocatieaanduidingWozObject, not in the selection)',
  LIGT_AAN_OPENBARERUIMTE_ID BIGINT,
  LIGT_IN_BUURT_ID BIGINT,
  LIGT_IN_WOONPLAATS_ID BIGINT,
  HEEFT_ALS_NEVENADRES_ADRESSEERBAAROBJECT_ID BIGINT,
  CONSTRAINT PK_NUMMERAANDUIDING PRIMARY KEY (NUMMERAANDUIDING_ID)
) USING DELTA;

CREATE TABLE ONDERZOEK (
  ONDERZOEK_ID BIGINT NOT NULL,
  DOCUMENTNUMMER INT COMMENT 'Het unieke nummer van het brondocument
Herkomst: BAG',
  DOCUMENTDATUM TIMESTAMP COMMENT 'De datum waarop het brondocument is vastgesteld

Herkomst: BAG',
  BEGINGELDIGHEID TIMESTAMP COMMENT 'De datum waarop het kenmerk of de relatie van een object bij de bronhouder in onderzoek is geplaatst.

Herkomst: BAG',
  EINDGELDIGHEID TIMESTAMP COMMENT 'De datum waarop het onderzoek naar het kenmerk of de relatie van een object door de bronhouder is afgerond

Herkomst: BAG',
  TIJDSTIPREGISTRATIE TIMESTAMP COMMENT 'Het tijdstip waarop het onderzoek is geregistreerd bij de bronhouder.

Herkomst: BAG',
  EINDREGISTRATIE TIMESTAMP COMMENT 'Het tijdstip waarop de registratie van het onderzoek is beëindigd bij de bronhouder.

Herkomst: BAG',
  IDENTIFICATIE STRING COMMENT 'Identificatie van de objectklasse Onderzoek voor intern gebruik.
Herkomst: BAG Plus',
  VOLGNUMMER INT COMMENT 'Uniek volgnummer van de toestand van het object.
Herkomst: BAG Plus',
  OBJECTTYPE STRING COMMENT 'Geeft aan welke objectklasse in onderzoek staat.

Herkomst: BAG Plus',
  INONDERZOEK BOOLEAN COMMENT 'Indicatie of het kenmerk wel of niet in onderzoek staat.

Herkomst BAG Plus',
  DATUMACTUEELTOT TIMESTAMP COMMENT 'Einddatum van de cyclus, eventueel in combinatie met het kenmerk Status.

Herkomst: BAG Plus',
  KENMERK STRING COMMENT 'De naam van het kenmerk van het object dat in onderzoek is geplaatst. Het kenmerk kan ook een relatie zijn met een ander object.

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
  OBJECTIDENTIFICATIE STRING COMMENT 'Unieke identificatie van het object dat in onderzoek is geplaatst.

Herkomst BAG',
  OBJECTIDENTIFICATIE_STANDPLAATS_ID BIGINT,
  OBJECTIDENTIFICATIE_PAND_ID BIGINT,
  OBJECTIDENTIFICATIE_NUMMERAANDUIDING_ID BIGINT,
  OBJECTIDENTIFICATIE_LIGPLAATS_ID BIGINT,
  OBJECTIDENTIFICATIE_OPENBARERUIMTE_ID BIGINT,
  OBJECTIDENTIFICATIE_VERBLIJFSOBJECT_ID BIGINT,
  OBJECTIDENTIFICATIE_WOONPLAATS_ID BIGINT,
  CONSTRAINT PK_ONDERZOEK PRIMARY KEY (ONDERZOEK_ID)
) USING DELTA;

CREATE TABLE OPENBARERUIMTE (
  OPENBARERUIMTE_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke aanduiding van een OPENBARE RUIMTE.',
  STATUS STRING COMMENT 'De fase van de levenscyclus van een OPENBARE RUIMTE, waarin de betreffende  OPENBARE RUIMTE zich bevindt',
  NAAMOPENBARERUIMTE STRING COMMENT 'Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming',
  GECONSTATEERD BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname',
  TYPEOPENBARERUIMTE STRING COMMENT 'De aard van de als zodanig benoemde OPENBARE
RUIMTE.',
  STRAATNAAM STRING COMMENT 'De officiële straatnaam zoals door het bevoegd gemeentelijk orgaan is vastgesteld, zo nodig ingekort conform de specificaties van de NEN 5825.',
  HUISNUMMERRANGE_EVEN_NUMMERS STRING COMMENT 'Het laagste en het hoogste huisnummer, zijnde even getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.',
  HUISNUMMERRANGE_ONEVEN_NUMMERS STRING COMMENT 'Het laagste en het hoogste huisnummer, zijnde oneven getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.',
  HUISNUMMERRANGE_EVEN_EN_ONEVEN_NUMMERS STRING COMMENT 'Het laagste en het hoogste huisnummer van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE in die gevallen dat aan één of beide zijden van de OPENBARE RUIMTE zowel even als oneven huisnummers voorkomen dan wel dat even en/of oneven huisnummers aan beide zijden van de openbare ruimte voorkomen.',
  LABELNAAM STRING COMMENT 'Bevat de naam van de openbare ruimte ten behoeve van visualisatie.',
  GEOMETRIE STRING COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van de openbare ruimte.',
  WEGSEGMENT STRING COMMENT 'De geometrische representatie van de openbare ruimte als een lijn.',
  BEGINGELDIGHEID DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  STRAATCODE STRING,
  VERSIE INT,
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  DOCUMENTDATUM TIMESTAMP,
  DOCUMENTNUMMER INT COMMENT 'Het unieke nummer van het brondocument',
  BETREFT_BESCHERMDE_STATUS_ID BIGINT COMMENT '(refers to 5 Sport, Cultuur en Recreatie/Erfgoed/Monumenten/Model Monumenten/Beschermde Status, not in the selection)',
  LIGT_IN_WOONPLAATS_ID BIGINT,
  LIGT_IN_BUURT_RSGBPLUS_ID BIGINT COMMENT '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)',
  IS_OBJECT_ID BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  CONSTRAINT PK_OPENBARERUIMTE PRIMARY KEY (OPENBARERUIMTE_ID)
) USING DELTA;

CREATE TABLE PAND (
  GEO_OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke aanduiding van een PAND',
  STATUS STRING COMMENT 'De fase van de levenscyclus van een PAND, waarin het betreffende PAND zich bevindt.

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
  STATUSVOORTGANGBOUW STRING COMMENT 'De fase van de bouw, verbouw of sloop waarin het betreffende PAND zich bevindt',
  OORSPRONKELIJKBOUWJAAR INT COMMENT 'De aanduiding van het jaar waarin een PAND oorspronkelijk als bouwkundig gereed is of wordt opgeleverd.',
  OPPERVLAKTE INT COMMENT 'De gebruiksoppervlakte van een PAND in gehele vierkante meters.',
  BRUTOINHOUDPAND INT COMMENT 'Aanduiding in kubieke meters van de bruto inhoud van het PAND.',
  GECONSTATEERD BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.

Dit geeft aan dat een PAND in de registratie is opgenomen als gevolg van een feitelijke constatering en niet op basis van een regulier brondocument',
  HOOGSTEBOUWLAAG INT COMMENT 'De ligging van de hoogste bouwlaag van het pand gerekend ten opzichte van het straatpeil.',
  LAAGSTEBOUWLAAG INT COMMENT 'De ligging van de laagste bouwlaag van het pand gerekend ten opzichte van het straatpeil.',
  GEOMETRIEBOVENAANZICHT STRING COMMENT 'De minimaal tweedimensionale geometrische representatie van het bovenaanzicht van de omtrekken van een PAND',
  GEOMETRIEMAAIVELD STRING COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van een PAND op maaiveldniveau',
  RELATIEVEHOOGTELIGGING INT COMMENT 'Aanduiding voor de relatieve hoogte van het pand',
  DOCUMENTNUMMER STRING COMMENT 'Het unieke nummer van het brondocument',
  DOCUMENTDATUM TIMESTAMP COMMENT 'De datum waarop het brondocument is vastgesteld',
  BEGINGELDIGHEID DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  GEOMETRIEPUNT STRING,
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  VERSIE INT,
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  DATUMBEGINGELDIGHEID DATE,
  DATUMEINDEGELDIGHEID DATE,
  IDENTIFICATIE_2 STRING,
  GEOMETRIESOORT STRING,
  HEEFT_VASTGOEDOBJECT_ID BIGINT COMMENT '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)',
  ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID BIGINT COMMENT 'De BUURT waarin het PAND gelegen is waarbinnen zich geen verblijfsobjecten bevinden.',
  ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_RSGBPLUS_ID BIGINT COMMENT '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)',
  IS_OBJECT_ID BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  CONSTRAINT PK_PAND PRIMARY KEY (GEO_OBJECT_ID)
) USING DELTA;

CREATE TABLE STANDPLAATS (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke aanduiding van een STANDPLAATS.',
  GECONSTATEERD BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  STATUS STRING COMMENT 'De fase van de levenscyclus van een STANDPLAATS waarin de betreffende STANDPLAATS zich bevindt.',
  VERSIE INT,
  GEOMETRIE STRING COMMENT 'Loodrechte bovenaanzicht van de standplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde',
  DOCUMENTDATUM DATE COMMENT 'De datum waarop het brondocument is vastgesteld',
  DOCUMENTNUMMER INT COMMENT 'Het unieke nummer van het brondocument',
  BEGINGELDIGHEID DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  IS_OBJECT_ID BIGINT COMMENT '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)',
  CONSTRAINT PK_STANDPLAATS PRIMARY KEY (OBJECT_ID)
) USING DELTA;

CREATE TABLE VERBLIJFSOBJECT (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke identificatie van een VERBLIJFSOBJECT.',
  STATUS STRING COMMENT 'De fase van de levenscyclus van een VERBLIJFSOBJECT, waarin het betreffende VERBLIJFSOBJECT zich bevindt.',
  GECONSTATEERD BOOLEAN COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  HOOGSTEBOUWLAAG INT COMMENT 'De ligging van de hoogste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.',
  LAAGSTEBOUWLAAG INT COMMENT 'De ligging van de laagste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.',
  TOEGANGBOUWLAAG INT COMMENT 'De ligging van de bouwlaag van het verblijfsobject, gerekend ten opzichte van het straatpeil, waarop zich de hoofdtoegang tot het verblijfsobject bevindt.',
  SOORTWOONOBJECT STRING COMMENT 'Indeling van woonverblijven volgens het CBS.',
  AANTALKAMERS INT COMMENT 'Het aantal kamers van het Verblijfsobject in de situatie tijdens de bouw.',
  ONTSLUITINGVERDIEPING STRING COMMENT 'Aanduiding van de manier waarop de desbetreffende bouwlaag van een object toegankelijk is gemaakt.',
  DOCUMENTNUMMER INT COMMENT 'Het unieke nummer van het brondocument',
  DOCUMENTDATUM DATE COMMENT 'De datum waarop het brondocument is vastgesteld',
  GEOMETRIE STRING,
  VERSIE INT,
  GEBRUIKSDOEL STRING COMMENT 'Een gebruiksdoel is een categorisering van de gebruiksdoelen van het betreffende verblijfsobject zoals in de vergunning is opgenomen of bij constatering is vastgesteld.',
  BEGINGELDIGHEID DATE COMMENT 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid. Beschrijving Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  OPPERVLAKTE INT COMMENT 'De gebruiksoppervlakte van het verblijfsobject conform hetgeen in NEN 2580 is vastgelegd omtrent gebruiksoppervlakte',
  HEEFT_VASTGOEDOBJECT_ID BIGINT COMMENT '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)',
  CONSTRAINT PK_VERBLIJFSOBJECT PRIMARY KEY (OBJECT_ID)
) USING DELTA;

CREATE TABLE WIJK (
  WIJK_ID BIGINT NOT NULL,
  WIJKCODE STRING COMMENT 'De code behorende bij de naam van de wijk.',
  WIJKNAAM STRING COMMENT 'De naam van de wijk, zoals die door het CBS wordt gebruikt.',
  GEOMETRIE STRING COMMENT 'De tweedimensionale geometrische representatie van de omtrekken van de wijk.',
  BEGINGELDIGHEID DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  IDENTIFICATIE STRING,
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  STATUS STRING,
  DATUMEINDE STRING COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  VERSIE INT,
  GECONSTATEERD BOOLEAN,
  LIGT_IN_WOONPLAATS_ID BIGINT,
  CONSTRAINT PK_WIJK PRIMARY KEY (WIJK_ID)
) USING DELTA;

CREATE TABLE WOONPLAATS (
  WOONPLAATS_ID BIGINT NOT NULL,
  IDENTIFICATIE STRING COMMENT 'De unieke aanduiding van een WOONPLAATS, zoals opgenomen in de landelijke woonplaatsentabel.',
  WOONPLAATSNAAM STRING COMMENT 'De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.',
  WOONPLAATSNAAMNEN STRING COMMENT 'De officiële plaatsnaam conform NEN',
  GECONSTATEERD STRING COMMENT 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.',
  STATUS STRING COMMENT 'De fase van de levenscyclus van een WOONPLAATS, waarin de betreffende WOONPLAATS zich bevindt.',
  GEOMETRIE STRING COMMENT 'De tweedimensionale geometrische representatie van het vlak dat wordt gevormd door de omtrekken van een woonplaats.',
  BEGINGELDIGHEID DATE COMMENT 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum',
  EINDGELDIGHEID DATE COMMENT 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.',
  DATUMINGANG DATE COMMENT 'Datum waarop het object is ontstaan',
  DATUMEINDE DATE COMMENT 'De datum waarop de object in de BAG formeel is ingetrokken.',
  VERSIE INT,
  DOCUMENTNUMMER INT COMMENT 'Het unieke nummer van het brondocument',
  DOCUMENTDATUM DATE COMMENT 'De datum waarop het brondocument is vastgesteld',
  VOORKOMEN DATE,
  TIJDSTIPREGISTRATIE TIMESTAMP,
  EINDREGISTRATIE TIMESTAMP,
  TIJDSTIPACTIEF TIMESTAMP,
  CONSTRAINT PK_WOONPLAATS PRIMARY KEY (WOONPLAATS_ID)
) USING DELTA;

CREATE TABLE AREAAL_LIGT_IN_BUURT (
  AREAAL_LIGT_IN_BUURT_ID BIGINT NOT NULL,
  AREAAL_ID BIGINT NOT NULL,
  BUURT_ID BIGINT NOT NULL,
  CONSTRAINT PK_AREAAL_LIGT_IN_BUURT PRIMARY KEY (AREAAL_LIGT_IN_BUURT_ID)
) USING DELTA;

CREATE TABLE AREAAL_VALT_BINNEN_WIJK (
  AREAAL_VALT_BINNEN_WIJK_ID BIGINT NOT NULL,
  AREAAL_ID BIGINT NOT NULL,
  WIJK_ID BIGINT NOT NULL,
  CONSTRAINT PK_AREAAL_VALT_BINNEN_WIJK PRIMARY KEY (AREAAL_VALT_BINNEN_WIJK_ID)
) USING DELTA;

CREATE TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE (
  GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID BIGINT NOT NULL,
  GEMEENTE_ID BIGINT NOT NULL,
  IS_OVERGEGAAN_IN_GEMEENTE_ID BIGINT NOT NULL,
  CONSTRAINT PK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE PRIMARY KEY (GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID)
) USING DELTA;

CREATE TABLE NUMMERAANDUIDING_LIGT_IN_GEBIED (
  NUMMERAANDUIDING_LIGT_IN_GEBIED_ID BIGINT NOT NULL,
  NUMMERAANDUIDING_ID BIGINT NOT NULL,
  GEBIED_ID BIGINT NOT NULL,
  CONSTRAINT PK_NUMMERAANDUIDING_LIGT_IN_GEBIED PRIMARY KEY (NUMMERAANDUIDING_LIGT_IN_GEBIED_ID)
) USING DELTA;

CREATE TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND (
  VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_ID BIGINT NOT NULL,
  VERBLIJFSOBJECT_ID BIGINT NOT NULL,
  PAND_ID BIGINT NOT NULL,
  CONSTRAINT PK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND PRIMARY KEY (VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_ID)
) USING DELTA;

CREATE TABLE WOONPLAATS_LIGT_IN_GEMEENTE (
  WOONPLAATS_LIGT_IN_GEMEENTE_ID BIGINT NOT NULL,
  WOONPLAATS_ID BIGINT NOT NULL,
  GEMEENTE_ID BIGINT NOT NULL,
  CONSTRAINT PK_WOONPLAATS_LIGT_IN_GEMEENTE PRIMARY KEY (WOONPLAATS_LIGT_IN_GEMEENTE_ID)
) USING DELTA;

ALTER TABLE ADRESSEERBAAROBJECT ADD CONSTRAINT CK_ADRESSEERBAAROBJECT_TYPEADRESSEERBAAROBJECT CHECK (TYPEADRESSEERBAAROBJECT IN ('Verblijfsobject', 'Ligplaats', 'Standplaats'));

ALTER TABLE ADRESSEERBAAROBJECT ADD CONSTRAINT FK_ADRESSEERBAAROBJECT_ADRESBINNENLAND FOREIGN KEY (ADRESBINNENLAND) REFERENCES BINNENLANDSADRES (BINNENLANDSADRES_ID);

ALTER TABLE ADRESSEERBAAROBJECT ADD CONSTRAINT FK_ADRESSEERBAAROBJECT_HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID FOREIGN KEY (HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID) REFERENCES NUMMERAANDUIDING (NUMMERAANDUIDING_ID);

ALTER TABLE BUURT ADD CONSTRAINT CK_BUURT_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE BUURT ADD CONSTRAINT CK_BUURT_GECONSTATEERD CHECK (GECONSTATEERD IN ('Ja', 'Nee', 'Onbekend', 'Leeg'));

ALTER TABLE BUURT ADD CONSTRAINT FK_BUURT_LIGT_IN_WIJK_ID FOREIGN KEY (LIGT_IN_WIJK_ID) REFERENCES WIJK (WIJK_ID);

ALTER TABLE BUURT ADD CONSTRAINT FK_BUURT_LIGT_IN_OPENBARERUIMTE_ID FOREIGN KEY (LIGT_IN_OPENBARERUIMTE_ID) REFERENCES OPENBARERUIMTE (OPENBARERUIMTE_ID);

ALTER TABLE LIGPLAATS ADD CONSTRAINT CK_LIGPLAATS_GECONSTATEERD CHECK (GECONSTATEERD IN ('Ja', 'Nee', 'Onbekend', 'Leeg'));

ALTER TABLE LIGPLAATS ADD CONSTRAINT CK_LIGPLAATS_STATUS CHECK (STATUS IN ('plaats aangewezen', 'plaats ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE LIGPLAATS ADD CONSTRAINT FK_LIGPLAATS_OBJECT_ID FOREIGN KEY (OBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

ALTER TABLE NUMMERAANDUIDING ADD CONSTRAINT CK_NUMMERAANDUIDING_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE NUMMERAANDUIDING ADD CONSTRAINT CK_NUMMERAANDUIDING_TYPEADRESSEERBAAROBJECT CHECK (TYPEADRESSEERBAAROBJECT IN ('Verblijfsobject', 'Ligplaats', 'Standplaats'));

ALTER TABLE NUMMERAANDUIDING ADD CONSTRAINT FK_NUMMERAANDUIDING_LIGT_AAN_OPENBARERUIMTE_ID FOREIGN KEY (LIGT_AAN_OPENBARERUIMTE_ID) REFERENCES OPENBARERUIMTE (OPENBARERUIMTE_ID);

ALTER TABLE NUMMERAANDUIDING ADD CONSTRAINT FK_NUMMERAANDUIDING_LIGT_IN_BUURT_ID FOREIGN KEY (LIGT_IN_BUURT_ID) REFERENCES BUURT (BUURT_ID);

ALTER TABLE NUMMERAANDUIDING ADD CONSTRAINT FK_NUMMERAANDUIDING_LIGT_IN_WOONPLAATS_ID FOREIGN KEY (LIGT_IN_WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE NUMMERAANDUIDING ADD CONSTRAINT FK_NUMMERAANDUIDING_HEEFT_ALS_NEVENADRES_ADRESSEERBAAROBJECT_ID FOREIGN KEY (HEEFT_ALS_NEVENADRES_ADRESSEERBAAROBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_STANDPLAATS_ID FOREIGN KEY (OBJECTIDENTIFICATIE_STANDPLAATS_ID) REFERENCES STANDPLAATS (OBJECT_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_PAND_ID FOREIGN KEY (OBJECTIDENTIFICATIE_PAND_ID) REFERENCES PAND (GEO_OBJECT_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_NUMMERAANDUIDING_ID FOREIGN KEY (OBJECTIDENTIFICATIE_NUMMERAANDUIDING_ID) REFERENCES NUMMERAANDUIDING (NUMMERAANDUIDING_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_LIGPLAATS_ID FOREIGN KEY (OBJECTIDENTIFICATIE_LIGPLAATS_ID) REFERENCES LIGPLAATS (OBJECT_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_OPENBARERUIMTE_ID FOREIGN KEY (OBJECTIDENTIFICATIE_OPENBARERUIMTE_ID) REFERENCES OPENBARERUIMTE (OPENBARERUIMTE_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_VERBLIJFSOBJECT_ID FOREIGN KEY (OBJECTIDENTIFICATIE_VERBLIJFSOBJECT_ID) REFERENCES VERBLIJFSOBJECT (OBJECT_ID);

ALTER TABLE ONDERZOEK ADD CONSTRAINT FK_ONDERZOEK_OBJECTIDENTIFICATIE_WOONPLAATS_ID FOREIGN KEY (OBJECTIDENTIFICATIE_WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE OPENBARERUIMTE ADD CONSTRAINT CK_OPENBARERUIMTE_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE OPENBARERUIMTE ADD CONSTRAINT CK_OPENBARERUIMTE_TYPEOPENBARERUIMTE CHECK (TYPEOPENBARERUIMTE IN ('weg', 'water', 'spoorbaan', 'terrein', 'kunstwerk', 'landschappelijk gebied', 'functioneel gebied', 'administratief gebied', 'Onbekend', 'Leeg'));

ALTER TABLE OPENBARERUIMTE ADD CONSTRAINT FK_OPENBARERUIMTE_LIGT_IN_WOONPLAATS_ID FOREIGN KEY (LIGT_IN_WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE PAND ADD CONSTRAINT CK_PAND_STATUS CHECK (STATUS IN ('bouwvergunning verleend', 'niet gerealiseerd pand', 'bouw gestart', 'pand in gebruik (niet ingemeten)', 'pand in gebruik', 'sloopvergunning verleend', 'pand gesloopt', 'pand buiten gebruik', 'verbouwing pand', 'pand ten onrechte opgevoerd', 'bouwaanvraag ontvangen', 'Onbekend', 'Leeg'));

ALTER TABLE PAND ADD CONSTRAINT CK_PAND_STATUSVOORTGANGBOUW CHECK (STATUSVOORTGANGBOUW IN ('nieuwbouwvergunning verleend', 'nieuwbouw gestart', 'nieuwbouw gereed', 'verbouwvergunning verleend', 'verbouw gestart', 'verbouw gereed', 'sloopvergunning verleend', 'sloop gestart', 'sloop gereed', 'nieuwbouwvergunning ingetrokken', 'verbouwvergunning ingetrokken', 'sloopvergunning ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE PAND ADD CONSTRAINT FK_PAND_ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID FOREIGN KEY (ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID) REFERENCES BUURT (BUURT_ID);

ALTER TABLE STANDPLAATS ADD CONSTRAINT CK_STANDPLAATS_STATUS CHECK (STATUS IN ('plaats aangewezen', 'plaats ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE STANDPLAATS ADD CONSTRAINT FK_STANDPLAATS_OBJECT_ID FOREIGN KEY (OBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

ALTER TABLE VERBLIJFSOBJECT ADD CONSTRAINT CK_VERBLIJFSOBJECT_STATUS CHECK (STATUS IN ('verblijfsobject gevormd', 'niet gerealiseerd verblijfsobject', 'verblijfsobject in gebruik (niet ingemeten)', 'verblijfsobject in gebruik', 'verblijfsobject ingetrokken', 'verblijfsobject buiten gebruik', 'Onbekend', 'Leeg', 'verblijfsobject verbouwing'));

ALTER TABLE VERBLIJFSOBJECT ADD CONSTRAINT CK_VERBLIJFSOBJECT_SOORTWOONOBJECT CHECK (SOORTWOONOBJECT IN ('woning', 'recreatiewoning', 'wooneenheid', 'bijzonder woongebouw', 'overig woonverblijf', 'Onbekend', 'Leeg'));

ALTER TABLE VERBLIJFSOBJECT ADD CONSTRAINT CK_VERBLIJFSOBJECT_ONTSLUITINGVERDIEPING CHECK (ONTSLUITINGVERDIEPING IN ('trap', 'roltrap', 'lift', 'Onbekend', 'Leeg'));

ALTER TABLE VERBLIJFSOBJECT ADD CONSTRAINT CK_VERBLIJFSOBJECT_GEBRUIKSDOEL CHECK (GEBRUIKSDOEL IN ('woonfunctie', 'bijeenkomstfunctie', 'celfunctie', 'gezondheidszorgfunctie', 'industriefunctie', 'kantoorfunctie', 'logiesfunctie', 'onderwijsfunctie', 'sportfunctie', 'winkelfunctie', 'overige gebruiksfunctie', 'Onbekend', 'Leeg'));

ALTER TABLE VERBLIJFSOBJECT ADD CONSTRAINT FK_VERBLIJFSOBJECT_OBJECT_ID FOREIGN KEY (OBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

ALTER TABLE WIJK ADD CONSTRAINT CK_WIJK_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE WIJK ADD CONSTRAINT FK_WIJK_LIGT_IN_WOONPLAATS_ID FOREIGN KEY (LIGT_IN_WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE WOONPLAATS ADD CONSTRAINT CK_WOONPLAATS_GECONSTATEERD CHECK (GECONSTATEERD IN ('Ja', 'Nee', 'Onbekend', 'Leeg'));

ALTER TABLE WOONPLAATS ADD CONSTRAINT CK_WOONPLAATS_STATUS CHECK (STATUS IN ('woonplaats aangewezen', 'woonplaats ingetrokken', 'Onbekend', 'Leeg'));

ALTER TABLE AREAAL_LIGT_IN_BUURT ADD CONSTRAINT FK_AREAAL_LIGT_IN_BUURT_BUURT_ID FOREIGN KEY (BUURT_ID) REFERENCES BUURT (BUURT_ID);

ALTER TABLE AREAAL_VALT_BINNEN_WIJK ADD CONSTRAINT FK_AREAAL_VALT_BINNEN_WIJK_WIJK_ID FOREIGN KEY (WIJK_ID) REFERENCES WIJK (WIJK_ID);

ALTER TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE ADD CONSTRAINT FK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_GEMEENTE_ID FOREIGN KEY (GEMEENTE_ID) REFERENCES GEMEENTE (GEMEENTE_ID);

ALTER TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE ADD CONSTRAINT FK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID FOREIGN KEY (IS_OVERGEGAAN_IN_GEMEENTE_ID) REFERENCES GEMEENTE (GEMEENTE_ID);

ALTER TABLE NUMMERAANDUIDING_LIGT_IN_GEBIED ADD CONSTRAINT FK_NUMMERAANDUIDING_LIGT_IN_GEBIED_NUMMERAANDUIDING_ID FOREIGN KEY (NUMMERAANDUIDING_ID) REFERENCES NUMMERAANDUIDING (NUMMERAANDUIDING_ID);

ALTER TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND ADD CONSTRAINT FK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_VERBLIJFSOBJECT_ID FOREIGN KEY (VERBLIJFSOBJECT_ID) REFERENCES VERBLIJFSOBJECT (OBJECT_ID);

ALTER TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND ADD CONSTRAINT FK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_PAND_ID FOREIGN KEY (PAND_ID) REFERENCES PAND (GEO_OBJECT_ID);

ALTER TABLE WOONPLAATS_LIGT_IN_GEMEENTE ADD CONSTRAINT FK_WOONPLAATS_LIGT_IN_GEMEENTE_WOONPLAATS_ID FOREIGN KEY (WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE WOONPLAATS_LIGT_IN_GEMEENTE ADD CONSTRAINT FK_WOONPLAATS_LIGT_IN_GEMEENTE_GEMEENTE_ID FOREIGN KEY (GEMEENTE_ID) REFERENCES GEMEENTE (GEMEENTE_ID);

COMMENT ON TABLE ADRESSEERBAAROBJECT IS 'Een adresseerbaar object is een object waaraan formeel adressen kunnen en moeten worden toegekend: een verblijfsobject, standplaats of ligplaats. Toelichting: Een object dat een adres heeft of krijgt. Adresseerbare objecten zijn: een verblijfsobject, een standplaats en een ligplaats.';

COMMENT ON TABLE BINNENLANDSADRES IS 'De adresaanduiding van het WOZ-OBJECT';

COMMENT ON TABLE BUURT IS 'Een aaneengesloten gedeelte van een wijk, waarvan de grenzen zo veel mogelijk gebaseerd zijn op topografische elementen.';

COMMENT ON TABLE GEMEENTE IS 'Een gedeelte van het grondgebied van Nederland, ingesteld op basis van artikel 123 van de Grondwet.';

COMMENT ON TABLE LIGPLAATS IS 'Definitie Een ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object Beschrijving Een plaats in het water met soms ook een (deel van een) terrein op de oever. Deze plaats moet kunnen worden gebruikt door een drijvend object dat langere tijd daar wordt vastgemaakt. Het drijvende object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Bijvoorbeeld een woonboot. De gemeente mag zeggen of er voor de BAG ergens een ligplaats komt.';

COMMENT ON TABLE NUMMERAANDUIDING IS 'Een nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.';

COMMENT ON TABLE ONDERZOEK IS 'Basisinformatie zet een kenmerk, waarvan een formele terugmelding of correctieverzoek niet binnen twee werkdagen is afgehandeld, in de Basisregistratie adressen en gebouwen in onderzoek.';

COMMENT ON TABLE OPENBARERUIMTE IS 'Een openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen. Beschrijving: Een buitenruimte die door de gemeente als openbare ruimte is aangewezen en waaraan de gemeente een naam heeft gegeven. Een openbare ruimte ligt binnen 1 woonplaats. De BAG kent 7 soorten openbare ruimten: weg, water, spoorbaan, terrein, kunstwerk, landschappelijk gebied en administratief gebied. Een openbare ruimte is meestal een straat(naam).';

COMMENT ON TABLE PAND IS 'Een pand is een kleinste bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Beschrijving: Een zelfstandig bouwwerk, zowel zelfstandig in de manier hoe het is gebouwd als waarvoor het is bedoeld om te gebruiken. Een pand voldoet ook aan de volgende eisen: een pand is direct en voor lange tijd met de aarde verbonden (een pand is niet makkelijk te verplaatsen) en een pand kun je binnengaan en afsluiten. Een eenheid kan alleen een pand zijn als het voldoet aan alle eisen uit de Catalogus BAG 2018.';

COMMENT ON TABLE STANDPLAATS IS 'Een standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte. Beschrijving: Een terrein of een deel daarvan dat moet kunnen worden gebruikt om langere tijd een object neer te zetten. Dit object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Het moet verplaatsbaar zijn en mag dus niet helemaal vastgemaakt worden aan de grond. Bijvoorbeeld een woonwagen of strandtent. De gemeente mag zeggen of er voor de BAG ergens een standplaats komt.';

COMMENT ON TABLE VERBLIJFSOBJECT IS 'Een verblijfsobject is een kleinste binnen één of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is. Beschrijving: Een verblijfsobject is een ruimte in 1 of meer panden en voldoet aan de volgende eisen: kan worden gebruikt om in te wonen, een bedrijf in te hebben of om voor plezier in te verblijven, is bereikbaar via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, kan worden gekocht en verkocht, kan helemaal zelf worden gebruikt voor het doel dat ervoor is gegeven. Deze eisen voor verblijfsobjecten worden toegelicht in de Catalogus BAG 2018. Een verblijfsobject krijgt een adres.';

COMMENT ON TABLE WIJK IS 'Een aaneengesloten gedeelte van het grondgebied van een gemeente, waarvan de grenzen zo veel mogelijk zijn gebaseerd op sociaal-geografische kenmerken.';

COMMENT ON TABLE WOONPLAATS IS 'Een woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente Beschrijving: Een stuk grond binnen de gemeente dat als woonplaats is aangewezen en waaraan de gemeente ook een naam heeft gegeven.';

COMMENT ON TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE IS 'De nieuwe GEMEENTE waarin de GEMEENTE bij zijn opheffing c.q. na herindeling is overgegaan.';
