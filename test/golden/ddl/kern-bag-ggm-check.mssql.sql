CREATE TABLE ADRESSEERBAAROBJECT (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  VERSIE INT,
  TYPEADRESSEERBAAROBJECT NVARCHAR(15),
  IDENTIFICATIE_2 NVARCHAR(50),
  OBJECTTYPE NVARCHAR(3),
  NAAM NVARCHAR(200),
  ADRESBINNENLAND BIGINT,
  ADRESBUITENLAND NVARCHAR(200),
  KADASTRALEAANDUIDING NVARCHAR(30),
  GEOMETRIE GEOMETRY,
  TOELICHTING NVARCHAR(MAX),
  DOMEIN NVARCHAR(200),
  INDICATIERISICO NVARCHAR(MAX),
  HEEFT_WINKELVLOEROPPERVLAK_ID BIGINT,
  HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID BIGINT,
  CONSTRAINT PK_ADRESSEERBAAROBJECT PRIMARY KEY (OBJECT_ID),
  CONSTRAINT CK_ADRESSEERBAAROBJECT_TYPEADRESSEERBAAROBJECT CHECK (TYPEADRESSEERBAAROBJECT IN (N'Verblijfsobject', N'Ligplaats', N'Standplaats'))
);

CREATE UNIQUE INDEX UQ_ADRESSEERBAAROBJECT_IDENTIFICATIE ON ADRESSEERBAAROBJECT (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE BINNENLANDSADRES (
  BINNENLANDSADRES_ID BIGINT NOT NULL,
  STRAATNAAM NVARCHAR(200),
  GEMEENTENAAM NVARCHAR(80),
  HUISNUMMER INT,
  HUISLETTER INT,
  HUISNUMMERTOEVOEGING NVARCHAR(4),
  POSTCODE NVARCHAR(6),
  BAGID NVARCHAR(255),
  CONSTRAINT PK_BINNENLANDSADRES PRIMARY KEY (BINNENLANDSADRES_ID)
);

CREATE TABLE BUURT (
  BUURT_ID BIGINT NOT NULL,
  CODE NVARCHAR(2),
  NAAM NVARCHAR(40),
  GEOMETRIE GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  IDENTIFICATIE NVARCHAR(255),
  DATUMINGANG DATE,
  STATUS NVARCHAR(22),
  DATUMEINDE DATE,
  VERSIE INT,
  GECONSTATEERD NVARCHAR(8),
  LIGT_IN_WIJK_ID BIGINT,
  LIGT_IN_OPENBARERUIMTE_ID BIGINT,
  IS_OBJECT_ID BIGINT,
  CONSTRAINT PK_BUURT PRIMARY KEY (BUURT_ID),
  CONSTRAINT CK_BUURT_STATUS CHECK (STATUS IN (N'naamgeving uitgegeven', N'naamgeving ingetrokken', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_BUURT_GECONSTATEERD CHECK (GECONSTATEERD IN (N'Ja', N'Nee', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_BUURT_IDENTIFICATIE ON BUURT (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE GEMEENTE (
  GEMEENTE_ID BIGINT NOT NULL,
  GEMEENTECODE NVARCHAR(4),
  GEMEENTENAAM NVARCHAR(80),
  GEMEENTENAAM_NEN NVARCHAR(24),
  GEOMETRIE GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  IDENTIFICATIE NVARCHAR(255),
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  VERSIE INT,
  GECONSTATEERD BIT,
  CONSTRAINT PK_GEMEENTE PRIMARY KEY (GEMEENTE_ID)
);

CREATE UNIQUE INDEX UQ_GEMEENTE_IDENTIFICATIE ON GEMEENTE (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE LIGPLAATS (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  GECONSTATEERD NVARCHAR(8),
  STATUS NVARCHAR(18),
  DOCUMENTDATUM DATE,
  DOCUMENTNUMMER INT,
  VERSIE INT,
  GEOMETRIE GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  IS_OBJECT_ID BIGINT,
  CONSTRAINT PK_LIGPLAATS PRIMARY KEY (OBJECT_ID),
  CONSTRAINT CK_LIGPLAATS_GECONSTATEERD CHECK (GECONSTATEERD IN (N'Ja', N'Nee', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_LIGPLAATS_STATUS CHECK (STATUS IN (N'plaats aangewezen', N'plaats ingetrokken', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_LIGPLAATS_IDENTIFICATIE ON LIGPLAATS (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE NUMMERAANDUIDING (
  NUMMERAANDUIDING_ID BIGINT NOT NULL,
  HUISLETTER NVARCHAR(1),
  HUISNUMMER INT,
  HUISNUMMERTOEVOEGING NVARCHAR(4),
  POSTCODE NVARCHAR(6),
  BEGINGELDIGHEID DATE,
  EINDEGELDIGHEID DATE,
  STATUS NVARCHAR(22),
  GECONSTATEERD BIT,
  IDENTIFICATIE NVARCHAR(255),
  TYPEADRESSEERBAAROBJECT NVARCHAR(15),
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  VERSIE INT,
  GEOMETRIE GEOMETRY,
  DOCUMENTDATUM DATE,
  DOCUMENTNUMMER INT,
  VERWIJST_NAAR_LOCATIEAANDUIDINGWOZOBJECT_ID BIGINT,
  LIGT_AAN_OPENBARERUIMTE_ID BIGINT,
  LIGT_IN_BUURT_ID BIGINT,
  LIGT_IN_WOONPLAATS_ID BIGINT,
  HEEFT_ALS_NEVENADRES_ADRESSEERBAAROBJECT_ID BIGINT,
  CONSTRAINT PK_NUMMERAANDUIDING PRIMARY KEY (NUMMERAANDUIDING_ID),
  CONSTRAINT CK_NUMMERAANDUIDING_STATUS CHECK (STATUS IN (N'naamgeving uitgegeven', N'naamgeving ingetrokken', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_NUMMERAANDUIDING_TYPEADRESSEERBAAROBJECT CHECK (TYPEADRESSEERBAAROBJECT IN (N'Verblijfsobject', N'Ligplaats', N'Standplaats'))
);

CREATE UNIQUE INDEX UQ_NUMMERAANDUIDING_IDENTIFICATIE ON NUMMERAANDUIDING (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE ONDERZOEK (
  ONDERZOEK_ID BIGINT NOT NULL,
  DOCUMENTNUMMER INT,
  DOCUMENTDATUM DATETIME2,
  BEGINGELDIGHEID DATETIME2,
  EINDGELDIGHEID DATETIME2,
  TIJDSTIPREGISTRATIE DATETIME2,
  EINDREGISTRATIE DATETIME2,
  IDENTIFICATIE NVARCHAR(255),
  VOLGNUMMER INT,
  OBJECTTYPE NVARCHAR(MAX),
  INONDERZOEK BIT,
  DATUMACTUEELTOT DATETIME2,
  KENMERK NVARCHAR(MAX),
  OBJECTIDENTIFICATIE NVARCHAR(MAX),
  OBJECTIDENTIFICATIE_STANDPLAATS_ID BIGINT,
  OBJECTIDENTIFICATIE_PAND_ID BIGINT,
  OBJECTIDENTIFICATIE_NUMMERAANDUIDING_ID BIGINT,
  OBJECTIDENTIFICATIE_LIGPLAATS_ID BIGINT,
  OBJECTIDENTIFICATIE_OPENBARERUIMTE_ID BIGINT,
  OBJECTIDENTIFICATIE_VERBLIJFSOBJECT_ID BIGINT,
  OBJECTIDENTIFICATIE_WOONPLAATS_ID BIGINT,
  CONSTRAINT PK_ONDERZOEK PRIMARY KEY (ONDERZOEK_ID)
);

CREATE UNIQUE INDEX UQ_ONDERZOEK_IDENTIFICATIE ON ONDERZOEK (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE OPENBARERUIMTE (
  OPENBARERUIMTE_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  STATUS NVARCHAR(22),
  NAAMOPENBARERUIMTE NVARCHAR(80),
  GECONSTATEERD BIT,
  TYPEOPENBARERUIMTE NVARCHAR(22),
  STRAATNAAM NVARCHAR(24),
  HUISNUMMERRANGE_EVEN_NUMMERS NVARCHAR(11),
  HUISNUMMERRANGE_ONEVEN_NUMMERS NVARCHAR(11),
  HUISNUMMERRANGE_EVEN_EN_ONEVEN_NUMMERS NVARCHAR(11),
  LABELNAAM NVARCHAR(80),
  GEOMETRIE GEOMETRY,
  WEGSEGMENT GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  STRAATCODE NVARCHAR(80),
  VERSIE INT,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  DOCUMENTDATUM DATETIME2,
  DOCUMENTNUMMER INT,
  BETREFT_BESCHERMDE_STATUS_ID BIGINT,
  LIGT_IN_WOONPLAATS_ID BIGINT,
  LIGT_IN_BUURT_RSGBPLUS_ID BIGINT,
  IS_OBJECT_ID BIGINT,
  CONSTRAINT PK_OPENBARERUIMTE PRIMARY KEY (OPENBARERUIMTE_ID),
  CONSTRAINT CK_OPENBARERUIMTE_STATUS CHECK (STATUS IN (N'naamgeving uitgegeven', N'naamgeving ingetrokken', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_OPENBARERUIMTE_TYPEOPENBARERUIMTE CHECK (TYPEOPENBARERUIMTE IN (N'weg', N'water', N'spoorbaan', N'terrein', N'kunstwerk', N'landschappelijk gebied', N'functioneel gebied', N'administratief gebied', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_OPENBARERUIMTE_IDENTIFICATIE ON OPENBARERUIMTE (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE PAND (
  GEO_OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  STATUS NVARCHAR(32),
  STATUSVOORTGANGBOUW NVARCHAR(31),
  OORSPRONKELIJKBOUWJAAR INT,
  OPPERVLAKTE INT,
  BRUTOINHOUDPAND INT,
  GECONSTATEERD BIT,
  HOOGSTEBOUWLAAG INT,
  LAAGSTEBOUWLAAG INT,
  GEOMETRIEBOVENAANZICHT GEOMETRY,
  GEOMETRIEMAAIVELD GEOMETRY,
  RELATIEVEHOOGTELIGGING INT,
  DOCUMENTNUMMER NVARCHAR(MAX),
  DOCUMENTDATUM DATETIME2,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  GEOMETRIEPUNT GEOMETRY,
  DATUMINGANG DATE,
  VERSIE INT,
  DATUMEINDE DATE,
  DATUMBEGINGELDIGHEID DATE,
  DATUMEINDEGELDIGHEID DATE,
  IDENTIFICATIE_2 NVARCHAR(255),
  GEOMETRIESOORT NVARCHAR(40),
  HEEFT_VASTGOEDOBJECT_ID BIGINT,
  ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID BIGINT,
  ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_RSGBPLUS_ID BIGINT,
  IS_OBJECT_ID BIGINT,
  CONSTRAINT PK_PAND PRIMARY KEY (GEO_OBJECT_ID),
  CONSTRAINT CK_PAND_STATUS CHECK (STATUS IN (N'bouwvergunning verleend', N'niet gerealiseerd pand', N'bouw gestart', N'pand in gebruik (niet ingemeten)', N'pand in gebruik', N'sloopvergunning verleend', N'pand gesloopt', N'pand buiten gebruik', N'verbouwing pand', N'pand ten onrechte opgevoerd', N'bouwaanvraag ontvangen', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_PAND_STATUSVOORTGANGBOUW CHECK (STATUSVOORTGANGBOUW IN (N'nieuwbouwvergunning verleend', N'nieuwbouw gestart', N'nieuwbouw gereed', N'verbouwvergunning verleend', N'verbouw gestart', N'verbouw gereed', N'sloopvergunning verleend', N'sloop gestart', N'sloop gereed', N'nieuwbouwvergunning ingetrokken', N'verbouwvergunning ingetrokken', N'sloopvergunning ingetrokken', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_PAND_IDENTIFICATIE ON PAND (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE STANDPLAATS (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  GECONSTATEERD BIT,
  STATUS NVARCHAR(18),
  VERSIE INT,
  GEOMETRIE GEOMETRY,
  DOCUMENTDATUM DATE,
  DOCUMENTNUMMER INT,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  IS_OBJECT_ID BIGINT,
  CONSTRAINT PK_STANDPLAATS PRIMARY KEY (OBJECT_ID),
  CONSTRAINT CK_STANDPLAATS_STATUS CHECK (STATUS IN (N'plaats aangewezen', N'plaats ingetrokken', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_STANDPLAATS_IDENTIFICATIE ON STANDPLAATS (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE VERBLIJFSOBJECT (
  OBJECT_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  STATUS NVARCHAR(43),
  GECONSTATEERD BIT,
  HOOGSTEBOUWLAAG INT,
  LAAGSTEBOUWLAAG INT,
  TOEGANGBOUWLAAG INT,
  SOORTWOONOBJECT NVARCHAR(20),
  AANTALKAMERS INT,
  ONTSLUITINGVERDIEPING NVARCHAR(8),
  DOCUMENTNUMMER INT,
  DOCUMENTDATUM DATE,
  GEOMETRIE GEOMETRY,
  VERSIE INT,
  GEBRUIKSDOEL NVARCHAR(23),
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMEINDE DATE,
  DATUMINGANG DATE,
  OPPERVLAKTE INT,
  HEEFT_VASTGOEDOBJECT_ID BIGINT,
  CONSTRAINT PK_VERBLIJFSOBJECT PRIMARY KEY (OBJECT_ID),
  CONSTRAINT CK_VERBLIJFSOBJECT_STATUS CHECK (STATUS IN (N'verblijfsobject gevormd', N'niet gerealiseerd verblijfsobject', N'verblijfsobject in gebruik (niet ingemeten)', N'verblijfsobject in gebruik', N'verblijfsobject ingetrokken', N'verblijfsobject buiten gebruik', N'Onbekend', N'Leeg', N'verblijfsobject verbouwing')),
  CONSTRAINT CK_VERBLIJFSOBJECT_SOORTWOONOBJECT CHECK (SOORTWOONOBJECT IN (N'woning', N'recreatiewoning', N'wooneenheid', N'bijzonder woongebouw', N'overig woonverblijf', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_VERBLIJFSOBJECT_ONTSLUITINGVERDIEPING CHECK (ONTSLUITINGVERDIEPING IN (N'trap', N'roltrap', N'lift', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_VERBLIJFSOBJECT_GEBRUIKSDOEL CHECK (GEBRUIKSDOEL IN (N'woonfunctie', N'bijeenkomstfunctie', N'celfunctie', N'gezondheidszorgfunctie', N'industriefunctie', N'kantoorfunctie', N'logiesfunctie', N'onderwijsfunctie', N'sportfunctie', N'winkelfunctie', N'overige gebruiksfunctie', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_VERBLIJFSOBJECT_IDENTIFICATIE ON VERBLIJFSOBJECT (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE WIJK (
  WIJK_ID BIGINT NOT NULL,
  WIJKCODE NVARCHAR(2),
  WIJKNAAM NVARCHAR(40),
  GEOMETRIE GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  IDENTIFICATIE NVARCHAR(255),
  DATUMINGANG DATE,
  STATUS NVARCHAR(22),
  DATUMEINDE NVARCHAR(MAX),
  VERSIE INT,
  GECONSTATEERD BIT,
  LIGT_IN_WOONPLAATS_ID BIGINT,
  CONSTRAINT PK_WIJK PRIMARY KEY (WIJK_ID),
  CONSTRAINT CK_WIJK_STATUS CHECK (STATUS IN (N'naamgeving uitgegeven', N'naamgeving ingetrokken', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_WIJK_IDENTIFICATIE ON WIJK (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE WOONPLAATS (
  WOONPLAATS_ID BIGINT NOT NULL,
  IDENTIFICATIE NVARCHAR(255),
  WOONPLAATSNAAM NVARCHAR(80),
  WOONPLAATSNAAMNEN NVARCHAR(24),
  GECONSTATEERD NVARCHAR(8),
  STATUS NVARCHAR(22),
  GEOMETRIE GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  VERSIE INT,
  DOCUMENTNUMMER INT,
  DOCUMENTDATUM DATE,
  VOORKOMEN DATE,
  TIJDSTIPREGISTRATIE DATETIME2,
  EINDREGISTRATIE DATETIME2,
  TIJDSTIPACTIEF DATETIME2,
  CONSTRAINT PK_WOONPLAATS PRIMARY KEY (WOONPLAATS_ID),
  CONSTRAINT CK_WOONPLAATS_GECONSTATEERD CHECK (GECONSTATEERD IN (N'Ja', N'Nee', N'Onbekend', N'Leeg')),
  CONSTRAINT CK_WOONPLAATS_STATUS CHECK (STATUS IN (N'woonplaats aangewezen', N'woonplaats ingetrokken', N'Onbekend', N'Leeg'))
);

CREATE UNIQUE INDEX UQ_WOONPLAATS_IDENTIFICATIE ON WOONPLAATS (IDENTIFICATIE) WHERE IDENTIFICATIE IS NOT NULL;

CREATE TABLE AREAAL_LIGT_IN_BUURT (
  AREAAL_LIGT_IN_BUURT_ID BIGINT NOT NULL,
  AREAAL_ID BIGINT NOT NULL,
  BUURT_ID BIGINT NOT NULL,
  CONSTRAINT PK_AREAAL_LIGT_IN_BUURT PRIMARY KEY (AREAAL_LIGT_IN_BUURT_ID),
  CONSTRAINT UQ_AREAAL_LIGT_IN_BUURT UNIQUE (AREAAL_ID, BUURT_ID)
);

CREATE TABLE AREAAL_VALT_BINNEN_WIJK (
  AREAAL_VALT_BINNEN_WIJK_ID BIGINT NOT NULL,
  AREAAL_ID BIGINT NOT NULL,
  WIJK_ID BIGINT NOT NULL,
  CONSTRAINT PK_AREAAL_VALT_BINNEN_WIJK PRIMARY KEY (AREAAL_VALT_BINNEN_WIJK_ID),
  CONSTRAINT UQ_AREAAL_VALT_BINNEN_WIJK UNIQUE (AREAAL_ID, WIJK_ID)
);

CREATE TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE (
  GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID BIGINT NOT NULL,
  GEMEENTE_ID BIGINT NOT NULL,
  IS_OVERGEGAAN_IN_GEMEENTE_ID BIGINT NOT NULL,
  CONSTRAINT PK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE PRIMARY KEY (GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID),
  CONSTRAINT UQ_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE UNIQUE (GEMEENTE_ID, IS_OVERGEGAAN_IN_GEMEENTE_ID)
);

CREATE TABLE NUMMERAANDUIDING_LIGT_IN_GEBIED (
  NUMMERAANDUIDING_LIGT_IN_GEBIED_ID BIGINT NOT NULL,
  NUMMERAANDUIDING_ID BIGINT NOT NULL,
  GEBIED_ID BIGINT NOT NULL,
  CONSTRAINT PK_NUMMERAANDUIDING_LIGT_IN_GEBIED PRIMARY KEY (NUMMERAANDUIDING_LIGT_IN_GEBIED_ID),
  CONSTRAINT UQ_NUMMERAANDUIDING_LIGT_IN_GEBIED UNIQUE (NUMMERAANDUIDING_ID, GEBIED_ID)
);

CREATE TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND (
  VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_ID BIGINT NOT NULL,
  VERBLIJFSOBJECT_ID BIGINT NOT NULL,
  PAND_ID BIGINT NOT NULL,
  CONSTRAINT PK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND PRIMARY KEY (VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_ID),
  CONSTRAINT UQ_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND UNIQUE (VERBLIJFSOBJECT_ID, PAND_ID)
);

CREATE TABLE WOONPLAATS_LIGT_IN_GEMEENTE (
  WOONPLAATS_LIGT_IN_GEMEENTE_ID BIGINT NOT NULL,
  WOONPLAATS_ID BIGINT NOT NULL,
  GEMEENTE_ID BIGINT NOT NULL,
  CONSTRAINT PK_WOONPLAATS_LIGT_IN_GEMEENTE PRIMARY KEY (WOONPLAATS_LIGT_IN_GEMEENTE_ID),
  CONSTRAINT UQ_WOONPLAATS_LIGT_IN_GEMEENTE UNIQUE (WOONPLAATS_ID, GEMEENTE_ID)
);

ALTER TABLE ADRESSEERBAAROBJECT ADD CONSTRAINT FK_ADRESSEERBAAROBJECT_ADRESBINNENLAND FOREIGN KEY (ADRESBINNENLAND) REFERENCES BINNENLANDSADRES (BINNENLANDSADRES_ID);

ALTER TABLE ADRESSEERBAAROBJECT ADD CONSTRAINT FK_ADRESSEERBAAROBJECT_HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID FOREIGN KEY (HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID) REFERENCES NUMMERAANDUIDING (NUMMERAANDUIDING_ID);

ALTER TABLE BUURT ADD CONSTRAINT FK_BUURT_LIGT_IN_WIJK_ID FOREIGN KEY (LIGT_IN_WIJK_ID) REFERENCES WIJK (WIJK_ID);

ALTER TABLE BUURT ADD CONSTRAINT FK_BUURT_LIGT_IN_OPENBARERUIMTE_ID FOREIGN KEY (LIGT_IN_OPENBARERUIMTE_ID) REFERENCES OPENBARERUIMTE (OPENBARERUIMTE_ID);

ALTER TABLE LIGPLAATS ADD CONSTRAINT FK_LIGPLAATS_OBJECT_ID FOREIGN KEY (OBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

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

ALTER TABLE OPENBARERUIMTE ADD CONSTRAINT FK_OPENBARERUIMTE_LIGT_IN_WOONPLAATS_ID FOREIGN KEY (LIGT_IN_WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE PAND ADD CONSTRAINT FK_PAND_ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID FOREIGN KEY (ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID) REFERENCES BUURT (BUURT_ID);

ALTER TABLE STANDPLAATS ADD CONSTRAINT FK_STANDPLAATS_OBJECT_ID FOREIGN KEY (OBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

ALTER TABLE VERBLIJFSOBJECT ADD CONSTRAINT FK_VERBLIJFSOBJECT_OBJECT_ID FOREIGN KEY (OBJECT_ID) REFERENCES ADRESSEERBAAROBJECT (OBJECT_ID);

ALTER TABLE WIJK ADD CONSTRAINT FK_WIJK_LIGT_IN_WOONPLAATS_ID FOREIGN KEY (LIGT_IN_WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE AREAAL_LIGT_IN_BUURT ADD CONSTRAINT FK_AREAAL_LIGT_IN_BUURT_BUURT_ID FOREIGN KEY (BUURT_ID) REFERENCES BUURT (BUURT_ID);

ALTER TABLE AREAAL_VALT_BINNEN_WIJK ADD CONSTRAINT FK_AREAAL_VALT_BINNEN_WIJK_WIJK_ID FOREIGN KEY (WIJK_ID) REFERENCES WIJK (WIJK_ID);

ALTER TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE ADD CONSTRAINT FK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_GEMEENTE_ID FOREIGN KEY (GEMEENTE_ID) REFERENCES GEMEENTE (GEMEENTE_ID);

ALTER TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE ADD CONSTRAINT FK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID FOREIGN KEY (IS_OVERGEGAAN_IN_GEMEENTE_ID) REFERENCES GEMEENTE (GEMEENTE_ID);

ALTER TABLE NUMMERAANDUIDING_LIGT_IN_GEBIED ADD CONSTRAINT FK_NUMMERAANDUIDING_LIGT_IN_GEBIED_NUMMERAANDUIDING_ID FOREIGN KEY (NUMMERAANDUIDING_ID) REFERENCES NUMMERAANDUIDING (NUMMERAANDUIDING_ID);

ALTER TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND ADD CONSTRAINT FK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_VERBLIJFSOBJECT_ID FOREIGN KEY (VERBLIJFSOBJECT_ID) REFERENCES VERBLIJFSOBJECT (OBJECT_ID);

ALTER TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND ADD CONSTRAINT FK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_PAND_ID FOREIGN KEY (PAND_ID) REFERENCES PAND (GEO_OBJECT_ID);

ALTER TABLE WOONPLAATS_LIGT_IN_GEMEENTE ADD CONSTRAINT FK_WOONPLAATS_LIGT_IN_GEMEENTE_WOONPLAATS_ID FOREIGN KEY (WOONPLAATS_ID) REFERENCES WOONPLAATS (WOONPLAATS_ID);

ALTER TABLE WOONPLAATS_LIGT_IN_GEMEENTE ADD CONSTRAINT FK_WOONPLAATS_LIGT_IN_GEMEENTE_GEMEENTE_ID FOREIGN KEY (GEMEENTE_ID) REFERENCES GEMEENTE (GEMEENTE_ID);

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een adresseerbaar object is een object waaraan formeel adressen kunnen en moeten worden toegekend: een verblijfsobject, standplaats of ligplaats. Toelichting: Een object dat een adres heeft of krijgt. Adresseerbare objecten zijn: een verblijfsobject, een standplaats en een ligplaats.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een AdresseerbaarObject.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke identificatie van het OBJECT', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE_2';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het onderscheid van een OBJECT naar haar specialisatiies.
De code voor de Objecttypering gevolgd door de unieke aanduiding van de specialisatie (van OBJECT):
ADRESSEERBAAR OBJECT AANDUIDING, BENOEMD OBJECT, BESLUIT, BUURT, ENKELVOUDIG INFORMATIEOBJECT, GEMEENTE, GEMEENTELIJKE OPENBARE RUIMTE, HUISHOUDEN, INRICHTINGSELEMENT, KADASTRALE ONROERENDE ZAAK, KUNSTWERKDEEL, MAATSSCHAPPELIJKE ACTIVITEIT, MEDEWERKER, OPENBARE RUIMTE, SAMENGESTELD INFORMATIEOBJECT, ORGANISATORISCHE EENHEID, PAND, SPOORBAANDEEL, STATUS, SUBJECT, TERREINDEEL, WATERDEEL, WEGDEEL, WIJK, WOONPLAATS, WOZ- DEELOBJECT, WOZ-OBJECT, WOZ-WAARDE of
ZAKELIJK RECHT (of afleidbare identificatie).', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'OBJECTTYPE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De benaming van het OBJECT indien dit een SUBJECT of specialisatie daarvan is.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'NAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aanduiding van het adres van het OBJECT indien dit adres in Nederland gelegen is.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'ADRESBINNENLAND';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aanduiding van het adres waar specialisaties van het OBJECT zijnde een SUBJECT dan wel een specialisatie daarvan, verblijft dan wel bereikbaar is in het buitenland.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'ADRESBUITENLAND';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De kadastrale aanduiding van het OBJECT', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'KADASTRALEAANDUIDING';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De minimaal tweedimensionale geometrische representatie van het OBJECT.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het toepassingsgebied of de sector DOMEIN waarbinnen handhaving op het object plaatsvindt', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'DOMEIN';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Indicatie van de risico''s van (de uitvoering van activiteiten in) het handhavingsobject op gevolgen voor het handhavingsobject zelf, de daarin aanwezige personen, de omgeving van het handhavingsobject en/of de samenleving. (type in the model: none)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'INDICATIERISICO';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 3 Economie/Model Economie/Winkelvloeroppervlak, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ADRESSEERBAAROBJECT', @level2type = N'COLUMN', @level2name = N'HEEFT_WINKELVLOEROPPERVLAK_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De adresaanduiding van het WOZ-OBJECT', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BINNENLANDSADRES';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aaneengesloten gedeelte van een wijk, waarvan de grenzen zo veel mogelijk gebaseerd zijn op topografische elementen.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De code behorende bij de naam van de buurt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'CODE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De naam van de buurt, zoals die door het CBS wordt gebruikt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'NAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van de buurt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De wijk waarin de buurt is gelegen.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'LIGT_IN_WIJK_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'BUURT', @level2type = N'COLUMN', @level2name = N'IS_OBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een gedeelte van het grondgebied van Nederland, ingesteld op basis van artikel 123 van de Grondwet.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'GEMEENTECODE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officiële door de gemeente vastgestelde gemeentenaam.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'GEMEENTENAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officieel vastgestelde en waar nodig ingekorte naam van de gemeente', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'GEMEENTENAAM_NEN';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van het grondgebied van een gemeente.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie Een ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object Beschrijving Een plaats in het water met soms ook een (deel van een) terrein op de oever. Deze plaats moet kunnen worden gebruikt door een drijvend object dat langere tijd daar wordt vastgemaakt. Het drijvende object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Bijvoorbeeld een woonboot. De gemeente mag zeggen of er voor de BAG ergens een ligplaats komt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een LIGPLAATS', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'GECONSTATEERD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een LIGPLAATS waarin de betreffende LIGPLAATS zich bevindt.
 

	Plaats aangewezen
	Plaats ingetrokken', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loodrechte bovenaanzicht van de ligplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichtbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'LIGPLAATS', @level2type = N'COLUMN', @level2name = N'IS_OBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'HUISLETTER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'HUISNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'HUISNUMMERTOEVOEGING';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'POSTCODE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'EINDEGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De levenscyclus van een nummeraanduiding, waarin de betreffende nummeraanduiding zich bevindt.
 

	Naamgeving uitgegeven
	Naamgeving ingetrokken', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Unieke identificatiecode van het object', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het type addresseerbaarobject (landelijke identificatie) wat door de nummeraanduiding wordt aangeduid.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'TYPEADRESSEERBAAROBJECT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum op basis waarvan een opname of mutatie van gegevens ten aanzien van een BAG-object heeft plaatsgevonden.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/LocatieaanduidingWozObject, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'NUMMERAANDUIDING', @level2type = N'COLUMN', @level2name = N'VERWIJST_NAAR_LOCATIEAANDUIDINGWOZOBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Basisinformatie zet een kenmerk, waarvan een formele terugmelding of correctieverzoek niet binnen twee werkdagen is afgehandeld, in de Basisregistratie adressen en gebouwen in onderzoek.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument
Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het kenmerk of de relatie van een object bij de bronhouder in onderzoek is geplaatst.

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het onderzoek naar het kenmerk of de relatie van een object door de bronhouder is afgerond

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het tijdstip waarop het onderzoek is geregistreerd bij de bronhouder.

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'TIJDSTIPREGISTRATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het tijdstip waarop de registratie van het onderzoek is beëindigd bij de bronhouder.

Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'EINDREGISTRATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Identificatie van de objectklasse Onderzoek voor intern gebruik.
Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Uniek volgnummer van de toestand van het object.
Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'VOLGNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Geeft aan welke objectklasse in onderzoek staat.

Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'OBJECTTYPE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Indicatie of het kenmerk wel of niet in onderzoek staat.

Herkomst BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'INONDERZOEK';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Einddatum van de cyclus, eventueel in combinatie met het kenmerk Status.

Herkomst: BAG Plus', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'DATUMACTUEELTOT';

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


Herkomst: BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'KENMERK';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Unieke identificatie van het object dat in onderzoek is geplaatst.

Herkomst BAG', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'ONDERZOEK', @level2type = N'COLUMN', @level2name = N'OBJECTIDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen. Beschrijving: Een buitenruimte die door de gemeente als openbare ruimte is aangewezen en waaraan de gemeente een naam heeft gegeven. Een openbare ruimte ligt binnen 1 woonplaats. De BAG kent 7 soorten openbare ruimten: weg, water, spoorbaan, terrein, kunstwerk, landschappelijk gebied en administratief gebied. Een openbare ruimte is meestal een straat(naam).', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een OPENBARE RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een OPENBARE RUIMTE, waarin de betreffende  OPENBARE RUIMTE zich bevindt', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'NAAMOPENBARERUIMTE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'GECONSTATEERD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aard van de als zodanig benoemde OPENBARE
RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'TYPEOPENBARERUIMTE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officiële straatnaam zoals door het bevoegd gemeentelijk orgaan is vastgesteld, zo nodig ingekort conform de specificaties van de NEN 5825.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'STRAATNAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het laagste en het hoogste huisnummer, zijnde even getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'HUISNUMMERRANGE_EVEN_NUMMERS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het laagste en het hoogste huisnummer, zijnde oneven getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'HUISNUMMERRANGE_ONEVEN_NUMMERS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het laagste en het hoogste huisnummer van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE in die gevallen dat aan één of beide zijden van de OPENBARE RUIMTE zowel even als oneven huisnummers voorkomen dan wel dat even en/of oneven huisnummers aan beide zijden van de openbare ruimte voorkomen.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'HUISNUMMERRANGE_EVEN_EN_ONEVEN_NUMMERS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Bevat de naam van de openbare ruimte ten behoeve van visualisatie.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'LABELNAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van de openbare ruimte.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De geometrische representatie van de openbare ruimte als een lijn.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'WEGSEGMENT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 5 Sport, Cultuur en Recreatie/Erfgoed/Monumenten/Model Monumenten/Beschermde Status, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'BETREFT_BESCHERMDE_STATUS_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'LIGT_IN_BUURT_RSGBPLUS_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'OPENBARERUIMTE', @level2type = N'COLUMN', @level2name = N'IS_OBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een pand is een kleinste bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Beschrijving: Een zelfstandig bouwwerk, zowel zelfstandig in de manier hoe het is gebouwd als waarvoor het is bedoeld om te gebruiken. Een pand voldoet ook aan de volgende eisen: een pand is direct en voor lange tijd met de aarde verbonden (een pand is niet makkelijk te verplaatsen) en een pand kun je binnengaan en afsluiten. Een eenheid kan alleen een pand zijn als het voldoet aan alle eisen uit de Catalogus BAG 2018.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een PAND', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

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
	Pand ten onrechte opgevoerd', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de bouw, verbouw of sloop waarin het betreffende PAND zich bevindt', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'STATUSVOORTGANGBOUW';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De aanduiding van het jaar waarin een PAND oorspronkelijk als bouwkundig gereed is of wordt opgeleverd.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'OORSPRONKELIJKBOUWJAAR';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De gebruiksoppervlakte van een PAND in gehele vierkante meters.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'OPPERVLAKTE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Aanduiding in kubieke meters van de bruto inhoud van het PAND.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'BRUTOINHOUDPAND';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.

Dit geeft aan dat een PAND in de registratie is opgenomen als gevolg van een feitelijke constatering en niet op basis van een regulier brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'GECONSTATEERD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de hoogste bouwlaag van het pand gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'HOOGSTEBOUWLAAG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de laagste bouwlaag van het pand gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'LAAGSTEBOUWLAAG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De minimaal tweedimensionale geometrische representatie van het bovenaanzicht van de omtrekken van een PAND', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'GEOMETRIEBOVENAANZICHT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van een PAND op maaiveldniveau', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'GEOMETRIEMAAIVELD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Aanduiding voor de relatieve hoogte van het pand', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'RELATIEVEHOOGTELIGGING';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'HEEFT_VASTGOEDOBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De BUURT waarin het PAND gelegen is waarbinnen zich geen verblijfsobjecten bevinden.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_RSGBPLUS_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'PAND', @level2type = N'COLUMN', @level2name = N'IS_OBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte. Beschrijving: Een terrein of een deel daarvan dat moet kunnen worden gebruikt om langere tijd een object neer te zetten. Dit object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Het moet verplaatsbaar zijn en mag dus niet helemaal vastgemaakt worden aan de grond. Bijvoorbeeld een woonwagen of strandtent. De gemeente mag zeggen of er voor de BAG ergens een standplaats komt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een STANDPLAATS.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'GECONSTATEERD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een STANDPLAATS waarin de betreffende STANDPLAATS zich bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Loodrechte bovenaanzicht van de standplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'STANDPLAATS', @level2type = N'COLUMN', @level2name = N'IS_OBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een verblijfsobject is een kleinste binnen één of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is. Beschrijving: Een verblijfsobject is een ruimte in 1 of meer panden en voldoet aan de volgende eisen: kan worden gebruikt om in te wonen, een bedrijf in te hebben of om voor plezier in te verblijven, is bereikbaar via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, kan worden gekocht en verkocht, kan helemaal zelf worden gebruikt voor het doel dat ervoor is gegeven. Deze eisen voor verblijfsobjecten worden toegelicht in de Catalogus BAG 2018. Een verblijfsobject krijgt een adres.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke identificatie van een VERBLIJFSOBJECT.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een VERBLIJFSOBJECT, waarin het betreffende VERBLIJFSOBJECT zich bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'GECONSTATEERD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de hoogste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'HOOGSTEBOUWLAAG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de laagste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'LAAGSTEBOUWLAAG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De ligging van de bouwlaag van het verblijfsobject, gerekend ten opzichte van het straatpeil, waarop zich de hoofdtoegang tot het verblijfsobject bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'TOEGANGBOUWLAAG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Indeling van woonverblijven volgens het CBS.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'SOORTWOONOBJECT';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het aantal kamers van het Verblijfsobject in de situatie tijdens de bouw.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'AANTALKAMERS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Aanduiding van de manier waarop de desbetreffende bouwlaag van een object toegankelijk is gemaakt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'ONTSLUITINGVERDIEPING';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een gebruiksdoel is een categorisering van de gebruiksdoelen van het betreffende verblijfsobject zoals in de vergunning is opgenomen of bij constatering is vastgesteld.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'GEBRUIKSDOEL';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid. Beschrijving Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De gebruiksoppervlakte van het verblijfsobject conform hetgeen in NEN 2580 is vastgelegd omtrent gebruiksoppervlakte', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'OPPERVLAKTE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'VERBLIJFSOBJECT', @level2type = N'COLUMN', @level2name = N'HEEFT_VASTGOEDOBJECT_ID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aaneengesloten gedeelte van het grondgebied van een gemeente, waarvan de grenzen zo veel mogelijk zijn gebaseerd op sociaal-geografische kenmerken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De code behorende bij de naam van de wijk.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'WIJKCODE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De naam van de wijk, zoals die door het CBS wordt gebruikt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'WIJKNAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van de omtrekken van de wijk.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WIJK', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente Beschrijving: Een stuk grond binnen de gemeente dat als woonplaats is aangewezen en waaraan de gemeente ook een naam heeft gegeven.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De unieke aanduiding van een WOONPLAATS, zoals opgenomen in de landelijke woonplaatsentabel.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'IDENTIFICATIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'WOONPLAATSNAAM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De officiële plaatsnaam conform NEN', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'WOONPLAATSNAAMNEN';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'GECONSTATEERD';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De fase van de levenscyclus van een WOONPLAATS, waarin de betreffende WOONPLAATS zich bevindt.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'STATUS';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De tweedimensionale geometrische representatie van het vlak dat wordt gevormd door de omtrekken van een woonplaats.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'GEOMETRIE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'BEGINGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'EINDGELDIGHEID';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Datum waarop het object is ontstaan', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'DATUMINGANG';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop de object in de BAG formeel is ingetrokken.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'DATUMEINDE';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Het unieke nummer van het brondocument', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'DOCUMENTNUMMER';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De datum waarop het brondocument is vastgesteld', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'WOONPLAATS', @level2type = N'COLUMN', @level2name = N'DOCUMENTDATUM';

EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'De nieuwe GEMEENTE waarin de GEMEENTE bij zijn opheffing c.q. na herindeling is overgegaan.', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE';
