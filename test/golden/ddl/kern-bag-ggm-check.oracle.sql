CREATE TABLE ADRESSEERBAAROBJECT (
  OBJECT_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  VERSIE NUMBER(10),
  TYPEADRESSEERBAAROBJECT VARCHAR2(15 CHAR),
  IDENTIFICATIE_2 VARCHAR2(50 CHAR),
  OBJECTTYPE VARCHAR2(3 CHAR),
  NAAM VARCHAR2(200 CHAR),
  ADRESBINNENLAND NUMBER(19),
  ADRESBUITENLAND VARCHAR2(200 CHAR),
  KADASTRALEAANDUIDING VARCHAR2(30 CHAR),
  GEOMETRIE SDO_GEOMETRY,
  TOELICHTING CLOB,
  DOMEIN VARCHAR2(200 CHAR),
  INDICATIERISICO CLOB,
  HEEFT_WINKELVLOEROPPERVLAK_ID NUMBER(19),
  HEEFT_ALS_HOOFDADRES_NUMMERAANDUIDING_ID NUMBER(19),
  CONSTRAINT PK_ADRESSEERBAAROBJECT PRIMARY KEY (OBJECT_ID),
  CONSTRAINT UQ_ADRESSEERBAAROBJECT_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_ADRESSEERBAAROBJECT_TYPEADRESSEERBAAROBJECT CHECK (TYPEADRESSEERBAAROBJECT IN ('Verblijfsobject', 'Ligplaats', 'Standplaats'))
);

CREATE TABLE BINNENLANDSADRES (
  BINNENLANDSADRES_ID NUMBER(19) NOT NULL,
  STRAATNAAM VARCHAR2(200 CHAR),
  GEMEENTENAAM VARCHAR2(80 CHAR),
  HUISNUMMER NUMBER(10),
  HUISLETTER NUMBER(10),
  HUISNUMMERTOEVOEGING VARCHAR2(4 CHAR),
  POSTCODE VARCHAR2(6 CHAR),
  BAGID VARCHAR2(255 CHAR),
  CONSTRAINT PK_BINNENLANDSADRES PRIMARY KEY (BINNENLANDSADRES_ID)
);

CREATE TABLE BUURT (
  BUURT_ID NUMBER(19) NOT NULL,
  CODE VARCHAR2(2 CHAR),
  NAAM VARCHAR2(40 CHAR),
  GEOMETRIE SDO_GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  DATUMINGANG DATE,
  STATUS VARCHAR2(22 CHAR),
  DATUMEINDE DATE,
  VERSIE NUMBER(10),
  GECONSTATEERD VARCHAR2(8 CHAR),
  LIGT_IN_WIJK_ID NUMBER(19),
  LIGT_IN_OPENBARERUIMTE_ID NUMBER(19),
  IS_OBJECT_ID NUMBER(19),
  CONSTRAINT PK_BUURT PRIMARY KEY (BUURT_ID),
  CONSTRAINT UQ_BUURT_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_BUURT_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_BUURT_GECONSTATEERD CHECK (GECONSTATEERD IN ('Ja', 'Nee', 'Onbekend', 'Leeg'))
);

CREATE TABLE GEMEENTE (
  GEMEENTE_ID NUMBER(19) NOT NULL,
  GEMEENTECODE VARCHAR2(4 CHAR),
  GEMEENTENAAM VARCHAR2(80 CHAR),
  GEMEENTENAAM_NEN VARCHAR2(24 CHAR),
  GEOMETRIE SDO_GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  VERSIE NUMBER(10),
  GECONSTATEERD NUMBER(1),
  CONSTRAINT PK_GEMEENTE PRIMARY KEY (GEMEENTE_ID),
  CONSTRAINT UQ_GEMEENTE_IDENTIFICATIE UNIQUE (IDENTIFICATIE)
);

CREATE TABLE LIGPLAATS (
  OBJECT_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  GECONSTATEERD VARCHAR2(8 CHAR),
  STATUS VARCHAR2(18 CHAR),
  DOCUMENTDATUM DATE,
  DOCUMENTNUMMER NUMBER(10),
  VERSIE NUMBER(10),
  GEOMETRIE SDO_GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  IS_OBJECT_ID NUMBER(19),
  CONSTRAINT PK_LIGPLAATS PRIMARY KEY (OBJECT_ID),
  CONSTRAINT UQ_LIGPLAATS_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_LIGPLAATS_GECONSTATEERD CHECK (GECONSTATEERD IN ('Ja', 'Nee', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_LIGPLAATS_STATUS CHECK (STATUS IN ('plaats aangewezen', 'plaats ingetrokken', 'Onbekend', 'Leeg'))
);

CREATE TABLE NUMMERAANDUIDING (
  NUMMERAANDUIDING_ID NUMBER(19) NOT NULL,
  HUISLETTER VARCHAR2(1 CHAR),
  HUISNUMMER NUMBER(10),
  HUISNUMMERTOEVOEGING VARCHAR2(4 CHAR),
  POSTCODE VARCHAR2(6 CHAR),
  BEGINGELDIGHEID DATE,
  EINDEGELDIGHEID DATE,
  STATUS VARCHAR2(22 CHAR),
  GECONSTATEERD NUMBER(1),
  IDENTIFICATIE VARCHAR2(255 CHAR),
  TYPEADRESSEERBAAROBJECT VARCHAR2(15 CHAR),
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  VERSIE NUMBER(10),
  GEOMETRIE SDO_GEOMETRY,
  DOCUMENTDATUM DATE,
  DOCUMENTNUMMER NUMBER(10),
  VERWIJST_NAAR_LOCATIEAANDUIDINGWOZOBJECT_ID NUMBER(19),
  LIGT_AAN_OPENBARERUIMTE_ID NUMBER(19),
  LIGT_IN_BUURT_ID NUMBER(19),
  LIGT_IN_WOONPLAATS_ID NUMBER(19),
  HEEFT_ALS_NEVENADRES_ADRESSEERBAAROBJECT_ID NUMBER(19),
  CONSTRAINT PK_NUMMERAANDUIDING PRIMARY KEY (NUMMERAANDUIDING_ID),
  CONSTRAINT UQ_NUMMERAANDUIDING_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_NUMMERAANDUIDING_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_NUMMERAANDUIDING_TYPEADRESSEERBAAROBJECT CHECK (TYPEADRESSEERBAAROBJECT IN ('Verblijfsobject', 'Ligplaats', 'Standplaats'))
);

CREATE TABLE ONDERZOEK (
  ONDERZOEK_ID NUMBER(19) NOT NULL,
  DOCUMENTNUMMER NUMBER(10),
  DOCUMENTDATUM TIMESTAMP,
  BEGINGELDIGHEID TIMESTAMP,
  EINDGELDIGHEID TIMESTAMP,
  TIJDSTIPREGISTRATIE TIMESTAMP,
  EINDREGISTRATIE TIMESTAMP,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  VOLGNUMMER NUMBER(10),
  OBJECTTYPE CLOB,
  INONDERZOEK NUMBER(1),
  DATUMACTUEELTOT TIMESTAMP,
  KENMERK CLOB,
  OBJECTIDENTIFICATIE CLOB,
  OBJECTIDENTIFICATIE_STANDPLAATS_ID NUMBER(19),
  OBJECTIDENTIFICATIE_PAND_ID NUMBER(19),
  OBJECTIDENTIFICATIE_NUMMERAANDUIDING_ID NUMBER(19),
  OBJECTIDENTIFICATIE_LIGPLAATS_ID NUMBER(19),
  OBJECTIDENTIFICATIE_OPENBARERUIMTE_ID NUMBER(19),
  OBJECTIDENTIFICATIE_VERBLIJFSOBJECT_ID NUMBER(19),
  OBJECTIDENTIFICATIE_WOONPLAATS_ID NUMBER(19),
  CONSTRAINT PK_ONDERZOEK PRIMARY KEY (ONDERZOEK_ID),
  CONSTRAINT UQ_ONDERZOEK_IDENTIFICATIE UNIQUE (IDENTIFICATIE)
);

CREATE TABLE OPENBARERUIMTE (
  OPENBARERUIMTE_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  STATUS VARCHAR2(22 CHAR),
  NAAMOPENBARERUIMTE VARCHAR2(80 CHAR),
  GECONSTATEERD NUMBER(1),
  TYPEOPENBARERUIMTE VARCHAR2(22 CHAR),
  STRAATNAAM VARCHAR2(24 CHAR),
  HUISNUMMERRANGE_EVEN_NUMMERS VARCHAR2(11 CHAR),
  HUISNUMMERRANGE_ONEVEN_NUMMERS VARCHAR2(11 CHAR),
  HUISNUMMERRANGE_EVEN_EN_ONEVEN_NUMMERS VARCHAR2(11 CHAR),
  LABELNAAM VARCHAR2(80 CHAR),
  GEOMETRIE SDO_GEOMETRY,
  WEGSEGMENT SDO_GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  STRAATCODE VARCHAR2(80 CHAR),
  VERSIE NUMBER(10),
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  DOCUMENTDATUM TIMESTAMP,
  DOCUMENTNUMMER NUMBER(10),
  BETREFT_BESCHERMDE_STATUS_ID NUMBER(19),
  LIGT_IN_WOONPLAATS_ID NUMBER(19),
  LIGT_IN_BUURT_RSGBPLUS_ID NUMBER(19),
  IS_OBJECT_ID NUMBER(19),
  CONSTRAINT PK_OPENBARERUIMTE PRIMARY KEY (OPENBARERUIMTE_ID),
  CONSTRAINT UQ_OPENBARERUIMTE_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_OPENBARERUIMTE_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_OPENBARERUIMTE_TYPEOPENBARERUIMTE CHECK (TYPEOPENBARERUIMTE IN ('weg', 'water', 'spoorbaan', 'terrein', 'kunstwerk', 'landschappelijk gebied', 'functioneel gebied', 'administratief gebied', 'Onbekend', 'Leeg'))
);

CREATE TABLE PAND (
  GEO_OBJECT_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  STATUS VARCHAR2(32 CHAR),
  STATUSVOORTGANGBOUW VARCHAR2(31 CHAR),
  OORSPRONKELIJKBOUWJAAR NUMBER(10),
  OPPERVLAKTE NUMBER(10),
  BRUTOINHOUDPAND NUMBER(10),
  GECONSTATEERD NUMBER(1),
  HOOGSTEBOUWLAAG NUMBER(10),
  LAAGSTEBOUWLAAG NUMBER(10),
  GEOMETRIEBOVENAANZICHT SDO_GEOMETRY,
  GEOMETRIEMAAIVELD SDO_GEOMETRY,
  RELATIEVEHOOGTELIGGING NUMBER(10),
  DOCUMENTNUMMER CLOB,
  DOCUMENTDATUM TIMESTAMP,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  GEOMETRIEPUNT SDO_GEOMETRY,
  DATUMINGANG DATE,
  VERSIE NUMBER(10),
  DATUMEINDE DATE,
  DATUMBEGINGELDIGHEID DATE,
  DATUMEINDEGELDIGHEID DATE,
  IDENTIFICATIE_2 VARCHAR2(255 CHAR),
  GEOMETRIESOORT VARCHAR2(40 CHAR),
  HEEFT_VASTGOEDOBJECT_ID NUMBER(19),
  ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID NUMBER(19),
  ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_RSGBPLUS_ID NUMBER(19),
  IS_OBJECT_ID NUMBER(19),
  CONSTRAINT PK_PAND PRIMARY KEY (GEO_OBJECT_ID),
  CONSTRAINT UQ_PAND_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_PAND_STATUS CHECK (STATUS IN ('bouwvergunning verleend', 'niet gerealiseerd pand', 'bouw gestart', 'pand in gebruik (niet ingemeten)', 'pand in gebruik', 'sloopvergunning verleend', 'pand gesloopt', 'pand buiten gebruik', 'verbouwing pand', 'pand ten onrechte opgevoerd', 'bouwaanvraag ontvangen', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_PAND_STATUSVOORTGANGBOUW CHECK (STATUSVOORTGANGBOUW IN ('nieuwbouwvergunning verleend', 'nieuwbouw gestart', 'nieuwbouw gereed', 'verbouwvergunning verleend', 'verbouw gestart', 'verbouw gereed', 'sloopvergunning verleend', 'sloop gestart', 'sloop gereed', 'nieuwbouwvergunning ingetrokken', 'verbouwvergunning ingetrokken', 'sloopvergunning ingetrokken', 'Onbekend', 'Leeg'))
);

CREATE TABLE STANDPLAATS (
  OBJECT_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  GECONSTATEERD NUMBER(1),
  STATUS VARCHAR2(18 CHAR),
  VERSIE NUMBER(10),
  GEOMETRIE SDO_GEOMETRY,
  DOCUMENTDATUM DATE,
  DOCUMENTNUMMER NUMBER(10),
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  IS_OBJECT_ID NUMBER(19),
  CONSTRAINT PK_STANDPLAATS PRIMARY KEY (OBJECT_ID),
  CONSTRAINT UQ_STANDPLAATS_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_STANDPLAATS_STATUS CHECK (STATUS IN ('plaats aangewezen', 'plaats ingetrokken', 'Onbekend', 'Leeg'))
);

CREATE TABLE VERBLIJFSOBJECT (
  OBJECT_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  STATUS VARCHAR2(43 CHAR),
  GECONSTATEERD NUMBER(1),
  HOOGSTEBOUWLAAG NUMBER(10),
  LAAGSTEBOUWLAAG NUMBER(10),
  TOEGANGBOUWLAAG NUMBER(10),
  SOORTWOONOBJECT VARCHAR2(20 CHAR),
  AANTALKAMERS NUMBER(10),
  ONTSLUITINGVERDIEPING VARCHAR2(8 CHAR),
  DOCUMENTNUMMER NUMBER(10),
  DOCUMENTDATUM DATE,
  GEOMETRIE SDO_GEOMETRY,
  VERSIE NUMBER(10),
  GEBRUIKSDOEL VARCHAR2(23 CHAR),
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMEINDE DATE,
  DATUMINGANG DATE,
  OPPERVLAKTE NUMBER(10),
  HEEFT_VASTGOEDOBJECT_ID NUMBER(19),
  CONSTRAINT PK_VERBLIJFSOBJECT PRIMARY KEY (OBJECT_ID),
  CONSTRAINT UQ_VERBLIJFSOBJECT_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_VERBLIJFSOBJECT_STATUS CHECK (STATUS IN ('verblijfsobject gevormd', 'niet gerealiseerd verblijfsobject', 'verblijfsobject in gebruik (niet ingemeten)', 'verblijfsobject in gebruik', 'verblijfsobject ingetrokken', 'verblijfsobject buiten gebruik', 'Onbekend', 'Leeg', 'verblijfsobject verbouwing')),
  CONSTRAINT CK_VERBLIJFSOBJECT_SOORTWOONOBJECT CHECK (SOORTWOONOBJECT IN ('woning', 'recreatiewoning', 'wooneenheid', 'bijzonder woongebouw', 'overig woonverblijf', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_VERBLIJFSOBJECT_ONTSLUITINGVERDIEPING CHECK (ONTSLUITINGVERDIEPING IN ('trap', 'roltrap', 'lift', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_VERBLIJFSOBJECT_GEBRUIKSDOEL CHECK (GEBRUIKSDOEL IN ('woonfunctie', 'bijeenkomstfunctie', 'celfunctie', 'gezondheidszorgfunctie', 'industriefunctie', 'kantoorfunctie', 'logiesfunctie', 'onderwijsfunctie', 'sportfunctie', 'winkelfunctie', 'overige gebruiksfunctie', 'Onbekend', 'Leeg'))
);

CREATE TABLE WIJK (
  WIJK_ID NUMBER(19) NOT NULL,
  WIJKCODE VARCHAR2(2 CHAR),
  WIJKNAAM VARCHAR2(40 CHAR),
  GEOMETRIE SDO_GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  DATUMINGANG DATE,
  STATUS VARCHAR2(22 CHAR),
  DATUMEINDE CLOB,
  VERSIE NUMBER(10),
  GECONSTATEERD NUMBER(1),
  LIGT_IN_WOONPLAATS_ID NUMBER(19),
  CONSTRAINT PK_WIJK PRIMARY KEY (WIJK_ID),
  CONSTRAINT UQ_WIJK_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_WIJK_STATUS CHECK (STATUS IN ('naamgeving uitgegeven', 'naamgeving ingetrokken', 'Onbekend', 'Leeg'))
);

CREATE TABLE WOONPLAATS (
  WOONPLAATS_ID NUMBER(19) NOT NULL,
  IDENTIFICATIE VARCHAR2(255 CHAR),
  WOONPLAATSNAAM VARCHAR2(80 CHAR),
  WOONPLAATSNAAMNEN VARCHAR2(24 CHAR),
  GECONSTATEERD VARCHAR2(8 CHAR),
  STATUS VARCHAR2(22 CHAR),
  GEOMETRIE SDO_GEOMETRY,
  BEGINGELDIGHEID DATE,
  EINDGELDIGHEID DATE,
  DATUMINGANG DATE,
  DATUMEINDE DATE,
  VERSIE NUMBER(10),
  DOCUMENTNUMMER NUMBER(10),
  DOCUMENTDATUM DATE,
  VOORKOMEN DATE,
  TIJDSTIPREGISTRATIE TIMESTAMP,
  EINDREGISTRATIE TIMESTAMP,
  TIJDSTIPACTIEF TIMESTAMP,
  CONSTRAINT PK_WOONPLAATS PRIMARY KEY (WOONPLAATS_ID),
  CONSTRAINT UQ_WOONPLAATS_IDENTIFICATIE UNIQUE (IDENTIFICATIE),
  CONSTRAINT CK_WOONPLAATS_GECONSTATEERD CHECK (GECONSTATEERD IN ('Ja', 'Nee', 'Onbekend', 'Leeg')),
  CONSTRAINT CK_WOONPLAATS_STATUS CHECK (STATUS IN ('woonplaats aangewezen', 'woonplaats ingetrokken', 'Onbekend', 'Leeg'))
);

CREATE TABLE AREAAL_LIGT_IN_BUURT (
  AREAAL_LIGT_IN_BUURT_ID NUMBER(19) NOT NULL,
  AREAAL_ID NUMBER(19) NOT NULL,
  BUURT_ID NUMBER(19) NOT NULL,
  CONSTRAINT PK_AREAAL_LIGT_IN_BUURT PRIMARY KEY (AREAAL_LIGT_IN_BUURT_ID),
  CONSTRAINT UQ_AREAAL_LIGT_IN_BUURT UNIQUE (AREAAL_ID, BUURT_ID)
);

CREATE TABLE AREAAL_VALT_BINNEN_WIJK (
  AREAAL_VALT_BINNEN_WIJK_ID NUMBER(19) NOT NULL,
  AREAAL_ID NUMBER(19) NOT NULL,
  WIJK_ID NUMBER(19) NOT NULL,
  CONSTRAINT PK_AREAAL_VALT_BINNEN_WIJK PRIMARY KEY (AREAAL_VALT_BINNEN_WIJK_ID),
  CONSTRAINT UQ_AREAAL_VALT_BINNEN_WIJK UNIQUE (AREAAL_ID, WIJK_ID)
);

CREATE TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE (
  GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID NUMBER(19) NOT NULL,
  GEMEENTE_ID NUMBER(19) NOT NULL,
  IS_OVERGEGAAN_IN_GEMEENTE_ID NUMBER(19) NOT NULL,
  CONSTRAINT PK_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE PRIMARY KEY (GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE_ID),
  CONSTRAINT UQ_GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE UNIQUE (GEMEENTE_ID, IS_OVERGEGAAN_IN_GEMEENTE_ID)
);

CREATE TABLE NUMMERAANDUIDING_LIGT_IN_GEBIED (
  NUMMERAANDUIDING_LIGT_IN_GEBIED_ID NUMBER(19) NOT NULL,
  NUMMERAANDUIDING_ID NUMBER(19) NOT NULL,
  GEBIED_ID NUMBER(19) NOT NULL,
  CONSTRAINT PK_NUMMERAANDUIDING_LIGT_IN_GEBIED PRIMARY KEY (NUMMERAANDUIDING_LIGT_IN_GEBIED_ID),
  CONSTRAINT UQ_NUMMERAANDUIDING_LIGT_IN_GEBIED UNIQUE (NUMMERAANDUIDING_ID, GEBIED_ID)
);

CREATE TABLE VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND (
  VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_ID NUMBER(19) NOT NULL,
  VERBLIJFSOBJECT_ID NUMBER(19) NOT NULL,
  PAND_ID NUMBER(19) NOT NULL,
  CONSTRAINT PK_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND PRIMARY KEY (VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND_ID),
  CONSTRAINT UQ_VERBLIJFSOBJECT_MAAKT_DEEL_UIT_VAN_PAND UNIQUE (VERBLIJFSOBJECT_ID, PAND_ID)
);

CREATE TABLE WOONPLAATS_LIGT_IN_GEMEENTE (
  WOONPLAATS_LIGT_IN_GEMEENTE_ID NUMBER(19) NOT NULL,
  WOONPLAATS_ID NUMBER(19) NOT NULL,
  GEMEENTE_ID NUMBER(19) NOT NULL,
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

COMMENT ON TABLE ADRESSEERBAAROBJECT IS 'Een adresseerbaar object is een object waaraan formeel adressen kunnen en moeten worden toegekend: een verblijfsobject, standplaats of ligplaats. Toelichting: Een object dat een adres heeft of krijgt. Adresseerbare objecten zijn: een verblijfsobject, een standplaats en een ligplaats.';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.IDENTIFICATIE IS 'De unieke aanduiding van een AdresseerbaarObject.';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.IDENTIFICATIE_2 IS 'De unieke identificatie van het OBJECT';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.OBJECTTYPE IS 'Het onderscheid van een OBJECT naar haar specialisatiies.
De code voor de Objecttypering gevolgd door de unieke aanduiding van de specialisatie (van OBJECT):
ADRESSEERBAAR OBJECT AANDUIDING, BENOEMD OBJECT, BESLUIT, BUURT, ENKELVOUDIG INFORMATIEOBJECT, GEMEENTE, GEMEENTELIJKE OPENBARE RUIMTE, HUISHOUDEN, INRICHTINGSELEMENT, KADASTRALE ONROERENDE ZAAK, KUNSTWERKDEEL, MAATSSCHAPPELIJKE ACTIVITEIT, MEDEWERKER, OPENBARE RUIMTE, SAMENGESTELD INFORMATIEOBJECT, ORGANISATORISCHE EENHEID, PAND, SPOORBAANDEEL, STATUS, SUBJECT, TERREINDEEL, WATERDEEL, WEGDEEL, WIJK, WOONPLAATS, WOZ- DEELOBJECT, WOZ-OBJECT, WOZ-WAARDE of
ZAKELIJK RECHT (of afleidbare identificatie).';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.NAAM IS 'De benaming van het OBJECT indien dit een SUBJECT of specialisatie daarvan is.';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.ADRESBINNENLAND IS 'De aanduiding van het adres van het OBJECT indien dit adres in Nederland gelegen is.';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.ADRESBUITENLAND IS 'De aanduiding van het adres waar specialisaties van het OBJECT zijnde een SUBJECT dan wel een specialisatie daarvan, verblijft dan wel bereikbaar is in het buitenland.';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.KADASTRALEAANDUIDING IS 'De kadastrale aanduiding van het OBJECT';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.GEOMETRIE IS 'De minimaal tweedimensionale geometrische representatie van het OBJECT.';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.DOMEIN IS 'Het toepassingsgebied of de sector DOMEIN waarbinnen handhaving op het object plaatsvindt';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.INDICATIERISICO IS 'Indicatie van de risico''s van (de uitvoering van activiteiten in) het handhavingsobject op gevolgen voor het handhavingsobject zelf, de daarin aanwezige personen, de omgeving van het handhavingsobject en/of de samenleving. (type in the model: none)';

COMMENT ON COLUMN ADRESSEERBAAROBJECT.HEEFT_WINKELVLOEROPPERVLAK_ID IS '(refers to 3 Economie/Model Economie/Winkelvloeroppervlak, not in the selection)';

COMMENT ON TABLE BINNENLANDSADRES IS 'De adresaanduiding van het WOZ-OBJECT';

COMMENT ON TABLE BUURT IS 'Een aaneengesloten gedeelte van een wijk, waarvan de grenzen zo veel mogelijk gebaseerd zijn op topografische elementen.';

COMMENT ON COLUMN BUURT.CODE IS 'De code behorende bij de naam van de buurt.';

COMMENT ON COLUMN BUURT.NAAM IS 'De naam van de buurt, zoals die door het CBS wordt gebruikt.';

COMMENT ON COLUMN BUURT.GEOMETRIE IS 'De tweedimensionale geometrische representatie van de omtrekken van de buurt.';

COMMENT ON COLUMN BUURT.BEGINGELDIGHEID IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN BUURT.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN BUURT.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN BUURT.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN BUURT.LIGT_IN_WIJK_ID IS 'De wijk waarin de buurt is gelegen.';

COMMENT ON COLUMN BUURT.IS_OBJECT_ID IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON TABLE GEMEENTE IS 'Een gedeelte van het grondgebied van Nederland, ingesteld op basis van artikel 123 van de Grondwet.';

COMMENT ON COLUMN GEMEENTE.GEMEENTECODE IS 'Een numerieke aanduiding waarmee een Nederlandse gemeente uniek wordt aangeduid';

COMMENT ON COLUMN GEMEENTE.GEMEENTENAAM IS 'De officiële door de gemeente vastgestelde gemeentenaam.';

COMMENT ON COLUMN GEMEENTE.GEMEENTENAAM_NEN IS 'De officieel vastgestelde en waar nodig ingekorte naam van de gemeente';

COMMENT ON COLUMN GEMEENTE.GEOMETRIE IS 'De tweedimensionale geometrische representatie van de omtrekken van het grondgebied van een gemeente.';

COMMENT ON COLUMN GEMEENTE.BEGINGELDIGHEID IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN GEMEENTE.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN GEMEENTE.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON TABLE LIGPLAATS IS 'Definitie Een ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object Beschrijving Een plaats in het water met soms ook een (deel van een) terrein op de oever. Deze plaats moet kunnen worden gebruikt door een drijvend object dat langere tijd daar wordt vastgemaakt. Het drijvende object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Bijvoorbeeld een woonboot. De gemeente mag zeggen of er voor de BAG ergens een ligplaats komt.';

COMMENT ON COLUMN LIGPLAATS.IDENTIFICATIE IS 'De unieke aanduiding van een LIGPLAATS';

COMMENT ON COLUMN LIGPLAATS.GECONSTATEERD IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN LIGPLAATS.STATUS IS 'De fase van de levenscyclus van een LIGPLAATS waarin de betreffende LIGPLAATS zich bevindt.
 

	Plaats aangewezen
	Plaats ingetrokken';

COMMENT ON COLUMN LIGPLAATS.DOCUMENTDATUM IS 'De datum waarop het brondocument is vastgesteld op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.';

COMMENT ON COLUMN LIGPLAATS.DOCUMENTNUMMER IS 'De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente.';

COMMENT ON COLUMN LIGPLAATS.GEOMETRIE IS 'Loodrechte bovenaanzicht van de ligplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichtbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde';

COMMENT ON COLUMN LIGPLAATS.BEGINGELDIGHEID IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN LIGPLAATS.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN LIGPLAATS.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN LIGPLAATS.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN LIGPLAATS.IS_OBJECT_ID IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON TABLE NUMMERAANDUIDING IS 'Een nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.';

COMMENT ON COLUMN NUMMERAANDUIDING.HUISLETTER IS 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.';

COMMENT ON COLUMN NUMMERAANDUIDING.HUISNUMMER IS 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nummering.';

COMMENT ON COLUMN NUMMERAANDUIDING.HUISNUMMERTOEVOEGING IS 'Een door of namens het bevoegd gemeentelijk orgaan ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.';

COMMENT ON COLUMN NUMMERAANDUIDING.POSTCODE IS 'De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een naam van een woonplaats, naam van een openbare ruimte en een huisnummer';

COMMENT ON COLUMN NUMMERAANDUIDING.BEGINGELDIGHEID IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN NUMMERAANDUIDING.EINDEGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN NUMMERAANDUIDING.STATUS IS 'De levenscyclus van een nummeraanduiding, waarin de betreffende nummeraanduiding zich bevindt.
 

	Naamgeving uitgegeven
	Naamgeving ingetrokken';

COMMENT ON COLUMN NUMMERAANDUIDING.IDENTIFICATIE IS 'Unieke identificatiecode van het object';

COMMENT ON COLUMN NUMMERAANDUIDING.TYPEADRESSEERBAAROBJECT IS 'Het type addresseerbaarobject (landelijke identificatie) wat door de nummeraanduiding wordt aangeduid.';

COMMENT ON COLUMN NUMMERAANDUIDING.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN NUMMERAANDUIDING.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN NUMMERAANDUIDING.DOCUMENTDATUM IS 'De datum op basis waarvan een opname of mutatie van gegevens ten aanzien van een BAG-object heeft plaatsgevonden.';

COMMENT ON COLUMN NUMMERAANDUIDING.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN NUMMERAANDUIDING.VERWIJST_NAAR_LOCATIEAANDUIDINGWOZOBJECT_ID IS '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/LocatieaanduidingWozObject, not in the selection)';

COMMENT ON TABLE ONDERZOEK IS 'Basisinformatie zet een kenmerk, waarvan een formele terugmelding of correctieverzoek niet binnen twee werkdagen is afgehandeld, in de Basisregistratie adressen en gebouwen in onderzoek.';

COMMENT ON COLUMN ONDERZOEK.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument
Herkomst: BAG';

COMMENT ON COLUMN ONDERZOEK.DOCUMENTDATUM IS 'De datum waarop het brondocument is vastgesteld

Herkomst: BAG';

COMMENT ON COLUMN ONDERZOEK.BEGINGELDIGHEID IS 'De datum waarop het kenmerk of de relatie van een object bij de bronhouder in onderzoek is geplaatst.

Herkomst: BAG';

COMMENT ON COLUMN ONDERZOEK.EINDGELDIGHEID IS 'De datum waarop het onderzoek naar het kenmerk of de relatie van een object door de bronhouder is afgerond

Herkomst: BAG';

COMMENT ON COLUMN ONDERZOEK.TIJDSTIPREGISTRATIE IS 'Het tijdstip waarop het onderzoek is geregistreerd bij de bronhouder.

Herkomst: BAG';

COMMENT ON COLUMN ONDERZOEK.EINDREGISTRATIE IS 'Het tijdstip waarop de registratie van het onderzoek is beëindigd bij de bronhouder.

Herkomst: BAG';

COMMENT ON COLUMN ONDERZOEK.IDENTIFICATIE IS 'Identificatie van de objectklasse Onderzoek voor intern gebruik.
Herkomst: BAG Plus';

COMMENT ON COLUMN ONDERZOEK.VOLGNUMMER IS 'Uniek volgnummer van de toestand van het object.
Herkomst: BAG Plus';

COMMENT ON COLUMN ONDERZOEK.OBJECTTYPE IS 'Geeft aan welke objectklasse in onderzoek staat.

Herkomst: BAG Plus';

COMMENT ON COLUMN ONDERZOEK.INONDERZOEK IS 'Indicatie of het kenmerk wel of niet in onderzoek staat.

Herkomst BAG Plus';

COMMENT ON COLUMN ONDERZOEK.DATUMACTUEELTOT IS 'Einddatum van de cyclus, eventueel in combinatie met het kenmerk Status.

Herkomst: BAG Plus';

COMMENT ON COLUMN ONDERZOEK.KENMERK IS 'De naam van het kenmerk van het object dat in onderzoek is geplaatst. Het kenmerk kan ook een relatie zijn met een ander object.

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

COMMENT ON COLUMN ONDERZOEK.OBJECTIDENTIFICATIE IS 'Unieke identificatie van het object dat in onderzoek is geplaatst.

Herkomst BAG';

COMMENT ON TABLE OPENBARERUIMTE IS 'Een openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen. Beschrijving: Een buitenruimte die door de gemeente als openbare ruimte is aangewezen en waaraan de gemeente een naam heeft gegeven. Een openbare ruimte ligt binnen 1 woonplaats. De BAG kent 7 soorten openbare ruimten: weg, water, spoorbaan, terrein, kunstwerk, landschappelijk gebied en administratief gebied. Een openbare ruimte is meestal een straat(naam).';

COMMENT ON COLUMN OPENBARERUIMTE.IDENTIFICATIE IS 'De unieke aanduiding van een OPENBARE RUIMTE.';

COMMENT ON COLUMN OPENBARERUIMTE.STATUS IS 'De fase van de levenscyclus van een OPENBARE RUIMTE, waarin de betreffende  OPENBARE RUIMTE zich bevindt';

COMMENT ON COLUMN OPENBARERUIMTE.NAAMOPENBARERUIMTE IS 'Een door het bevoegde gemeentelijke orgaan aan een OPENBARE RUIMTE toegekende benaming';

COMMENT ON COLUMN OPENBARERUIMTE.GECONSTATEERD IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname';

COMMENT ON COLUMN OPENBARERUIMTE.TYPEOPENBARERUIMTE IS 'De aard van de als zodanig benoemde OPENBARE
RUIMTE.';

COMMENT ON COLUMN OPENBARERUIMTE.STRAATNAAM IS 'De officiële straatnaam zoals door het bevoegd gemeentelijk orgaan is vastgesteld, zo nodig ingekort conform de specificaties van de NEN 5825.';

COMMENT ON COLUMN OPENBARERUIMTE.HUISNUMMERRANGE_EVEN_NUMMERS IS 'Het laagste en het hoogste huisnummer, zijnde even getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.';

COMMENT ON COLUMN OPENBARERUIMTE.HUISNUMMERRANGE_ONEVEN_NUMMERS IS 'Het laagste en het hoogste huisnummer, zijnde oneven getallen, van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE en die gelegen zijn aan één van beide zijden van de OPENBARE RUIMTE.';

COMMENT ON COLUMN OPENBARERUIMTE.HUISNUMMERRANGE_EVEN_EN_ONEVEN_NUMMERS IS 'Het laagste en het hoogste huisnummer van de objecten waaraan NUMMERAANDUIDINGen zijn toegekend die gerelateerd zijn aan de OPENBARE RUIMTE in die gevallen dat aan één of beide zijden van de OPENBARE RUIMTE zowel even als oneven huisnummers voorkomen dan wel dat even en/of oneven huisnummers aan beide zijden van de openbare ruimte voorkomen.';

COMMENT ON COLUMN OPENBARERUIMTE.LABELNAAM IS 'Bevat de naam van de openbare ruimte ten behoeve van visualisatie.';

COMMENT ON COLUMN OPENBARERUIMTE.GEOMETRIE IS 'De tweedimensionale geometrische representatie van de omtrekken van de openbare ruimte.';

COMMENT ON COLUMN OPENBARERUIMTE.WEGSEGMENT IS 'De geometrische representatie van de openbare ruimte als een lijn.';

COMMENT ON COLUMN OPENBARERUIMTE.BEGINGELDIGHEID IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN OPENBARERUIMTE.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN OPENBARERUIMTE.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN OPENBARERUIMTE.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN OPENBARERUIMTE.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN OPENBARERUIMTE.BETREFT_BESCHERMDE_STATUS_ID IS '(refers to 5 Sport, Cultuur en Recreatie/Erfgoed/Monumenten/Model Monumenten/Beschermde Status, not in the selection)';

COMMENT ON COLUMN OPENBARERUIMTE.LIGT_IN_BUURT_RSGBPLUS_ID IS '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)';

COMMENT ON COLUMN OPENBARERUIMTE.IS_OBJECT_ID IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON TABLE PAND IS 'Een pand is een kleinste bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Beschrijving: Een zelfstandig bouwwerk, zowel zelfstandig in de manier hoe het is gebouwd als waarvoor het is bedoeld om te gebruiken. Een pand voldoet ook aan de volgende eisen: een pand is direct en voor lange tijd met de aarde verbonden (een pand is niet makkelijk te verplaatsen) en een pand kun je binnengaan en afsluiten. Een eenheid kan alleen een pand zijn als het voldoet aan alle eisen uit de Catalogus BAG 2018.';

COMMENT ON COLUMN PAND.IDENTIFICATIE IS 'De unieke aanduiding van een PAND';

COMMENT ON COLUMN PAND.STATUS IS 'De fase van de levenscyclus van een PAND, waarin het betreffende PAND zich bevindt.

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

COMMENT ON COLUMN PAND.STATUSVOORTGANGBOUW IS 'De fase van de bouw, verbouw of sloop waarin het betreffende PAND zich bevindt';

COMMENT ON COLUMN PAND.OORSPRONKELIJKBOUWJAAR IS 'De aanduiding van het jaar waarin een PAND oorspronkelijk als bouwkundig gereed is of wordt opgeleverd.';

COMMENT ON COLUMN PAND.OPPERVLAKTE IS 'De gebruiksoppervlakte van een PAND in gehele vierkante meters.';

COMMENT ON COLUMN PAND.BRUTOINHOUDPAND IS 'Aanduiding in kubieke meters van de bruto inhoud van het PAND.';

COMMENT ON COLUMN PAND.GECONSTATEERD IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.

Dit geeft aan dat een PAND in de registratie is opgenomen als gevolg van een feitelijke constatering en niet op basis van een regulier brondocument';

COMMENT ON COLUMN PAND.HOOGSTEBOUWLAAG IS 'De ligging van de hoogste bouwlaag van het pand gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN PAND.LAAGSTEBOUWLAAG IS 'De ligging van de laagste bouwlaag van het pand gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN PAND.GEOMETRIEBOVENAANZICHT IS 'De minimaal tweedimensionale geometrische representatie van het bovenaanzicht van de omtrekken van een PAND';

COMMENT ON COLUMN PAND.GEOMETRIEMAAIVELD IS 'De tweedimensionale geometrische representatie van de omtrekken van een PAND op maaiveldniveau';

COMMENT ON COLUMN PAND.RELATIEVEHOOGTELIGGING IS 'Aanduiding voor de relatieve hoogte van het pand';

COMMENT ON COLUMN PAND.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN PAND.DOCUMENTDATUM IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN PAND.BEGINGELDIGHEID IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN PAND.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN PAND.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN PAND.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN PAND.HEEFT_VASTGOEDOBJECT_ID IS '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)';

COMMENT ON COLUMN PAND.ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_ID IS 'De BUURT waarin het PAND gelegen is waarbinnen zich geen verblijfsobjecten bevinden.';

COMMENT ON COLUMN PAND.ZONDER_VERBLIJFSOBJECT_LIGT_IN_BUURT_RSGBPLUS_ID IS '(refers to 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/Buurt, not in the selection)';

COMMENT ON COLUMN PAND.IS_OBJECT_ID IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON TABLE STANDPLAATS IS 'Een standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte. Beschrijving: Een terrein of een deel daarvan dat moet kunnen worden gebruikt om langere tijd een object neer te zetten. Dit object moet geschikt zijn om in te wonen, om een bedrijf in te hebben of om voor plezier in te verblijven. Het moet verplaatsbaar zijn en mag dus niet helemaal vastgemaakt worden aan de grond. Bijvoorbeeld een woonwagen of strandtent. De gemeente mag zeggen of er voor de BAG ergens een standplaats komt.';

COMMENT ON COLUMN STANDPLAATS.IDENTIFICATIE IS 'De unieke aanduiding van een STANDPLAATS.';

COMMENT ON COLUMN STANDPLAATS.GECONSTATEERD IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN STANDPLAATS.STATUS IS 'De fase van de levenscyclus van een STANDPLAATS waarin de betreffende STANDPLAATS zich bevindt.';

COMMENT ON COLUMN STANDPLAATS.GEOMETRIE IS 'Loodrechte bovenaanzicht van de standplaats in het Nationale Rijksdriehoekstelsel, inclusief alle zichbare en onzichtbare delen boven en onder de grond, maar exclusief alle delen die kunnen bewegen ten opzichte van de aarde';

COMMENT ON COLUMN STANDPLAATS.DOCUMENTDATUM IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN STANDPLAATS.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN STANDPLAATS.BEGINGELDIGHEID IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN STANDPLAATS.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN STANDPLAATS.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN STANDPLAATS.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN STANDPLAATS.IS_OBJECT_ID IS '(refers to 99 Kern/RGBZPlus/Model RGBZ/Model Kern RGBZ/Object, not in the selection)';

COMMENT ON TABLE VERBLIJFSOBJECT IS 'Een verblijfsobject is een kleinste binnen één of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is. Beschrijving: Een verblijfsobject is een ruimte in 1 of meer panden en voldoet aan de volgende eisen: kan worden gebruikt om in te wonen, een bedrijf in te hebben of om voor plezier in te verblijven, is bereikbaar via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, kan worden gekocht en verkocht, kan helemaal zelf worden gebruikt voor het doel dat ervoor is gegeven. Deze eisen voor verblijfsobjecten worden toegelicht in de Catalogus BAG 2018. Een verblijfsobject krijgt een adres.';

COMMENT ON COLUMN VERBLIJFSOBJECT.IDENTIFICATIE IS 'De unieke identificatie van een VERBLIJFSOBJECT.';

COMMENT ON COLUMN VERBLIJFSOBJECT.STATUS IS 'De fase van de levenscyclus van een VERBLIJFSOBJECT, waarin het betreffende VERBLIJFSOBJECT zich bevindt.';

COMMENT ON COLUMN VERBLIJFSOBJECT.GECONSTATEERD IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN VERBLIJFSOBJECT.HOOGSTEBOUWLAAG IS 'De ligging van de hoogste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN VERBLIJFSOBJECT.LAAGSTEBOUWLAAG IS 'De ligging van de laagste bouwlaag van het verblijfsobject gerekend ten opzichte van het straatpeil.';

COMMENT ON COLUMN VERBLIJFSOBJECT.TOEGANGBOUWLAAG IS 'De ligging van de bouwlaag van het verblijfsobject, gerekend ten opzichte van het straatpeil, waarop zich de hoofdtoegang tot het verblijfsobject bevindt.';

COMMENT ON COLUMN VERBLIJFSOBJECT.SOORTWOONOBJECT IS 'Indeling van woonverblijven volgens het CBS.';

COMMENT ON COLUMN VERBLIJFSOBJECT.AANTALKAMERS IS 'Het aantal kamers van het Verblijfsobject in de situatie tijdens de bouw.';

COMMENT ON COLUMN VERBLIJFSOBJECT.ONTSLUITINGVERDIEPING IS 'Aanduiding van de manier waarop de desbetreffende bouwlaag van een object toegankelijk is gemaakt.';

COMMENT ON COLUMN VERBLIJFSOBJECT.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN VERBLIJFSOBJECT.DOCUMENTDATUM IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON COLUMN VERBLIJFSOBJECT.GEBRUIKSDOEL IS 'Een gebruiksdoel is een categorisering van de gebruiksdoelen van het betreffende verblijfsobject zoals in de vergunning is opgenomen of bij constatering is vastgesteld.';

COMMENT ON COLUMN VERBLIJFSOBJECT.BEGINGELDIGHEID IS 'Definitie BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen. Beschrijving Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN VERBLIJFSOBJECT.EINDGELDIGHEID IS 'Definitie EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid. Beschrijving Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN VERBLIJFSOBJECT.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN VERBLIJFSOBJECT.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN VERBLIJFSOBJECT.OPPERVLAKTE IS 'De gebruiksoppervlakte van het verblijfsobject conform hetgeen in NEN 2580 is vastgelegd omtrent gebruiksoppervlakte';

COMMENT ON COLUMN VERBLIJFSOBJECT.HEEFT_VASTGOEDOBJECT_ID IS '(refers to 9 Interne Organisatie/Vastgoed/Model Vastgoed/Vastgoedobject, not in the selection)';

COMMENT ON TABLE WIJK IS 'Een aaneengesloten gedeelte van het grondgebied van een gemeente, waarvan de grenzen zo veel mogelijk zijn gebaseerd op sociaal-geografische kenmerken.';

COMMENT ON COLUMN WIJK.WIJKCODE IS 'De code behorende bij de naam van de wijk.';

COMMENT ON COLUMN WIJK.WIJKNAAM IS 'De naam van de wijk, zoals die door het CBS wordt gebruikt.';

COMMENT ON COLUMN WIJK.GEOMETRIE IS 'De tweedimensionale geometrische representatie van de omtrekken van de wijk.';

COMMENT ON COLUMN WIJK.BEGINGELDIGHEID IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN WIJK.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN WIJK.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN WIJK.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON TABLE WOONPLAATS IS 'Een woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente Beschrijving: Een stuk grond binnen de gemeente dat als woonplaats is aangewezen en waaraan de gemeente ook een naam heeft gegeven.';

COMMENT ON COLUMN WOONPLAATS.IDENTIFICATIE IS 'De unieke aanduiding van een WOONPLAATS, zoals opgenomen in de landelijke woonplaatsentabel.';

COMMENT ON COLUMN WOONPLAATS.WOONPLAATSNAAM IS 'De door het bevoegde gemeentelijke orgaan aan een WOONPLAATS toegekende benaming.';

COMMENT ON COLUMN WOONPLAATS.WOONPLAATSNAAMNEN IS 'De officiële plaatsnaam conform NEN';

COMMENT ON COLUMN WOONPLAATS.GECONSTATEERD IS 'Een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake is van een formele grondslag voor deze opname.';

COMMENT ON COLUMN WOONPLAATS.STATUS IS 'De fase van de levenscyclus van een WOONPLAATS, waarin de betreffende WOONPLAATS zich bevindt.';

COMMENT ON COLUMN WOONPLAATS.GEOMETRIE IS 'De tweedimensionale geometrische representatie van het vlak dat wordt gevormd door de omtrekken van een woonplaats.';

COMMENT ON COLUMN WOONPLAATS.BEGINGELDIGHEID IS 'Definitie
BeginGeldigheid is de datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
Beschrijving
Vanaf deze datum zijn gegevens in de BAG geldig. Bij elke verandering in de BAG zetten we een datum BeginGeldigheid . Wanneer er geen startdatum van geldigheid is, dan gebruiken we de datum van het brondocument als startdatum';

COMMENT ON COLUMN WOONPLAATS.EINDGELDIGHEID IS 'Definitie
EindGeldigheid is de datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
Beschrijving
Tot deze datum zijn gegevens in de BAG geldig. Iedere keer als een gegeven van een object verandert, zetten we bij de laatste gegevens van dat object een datum EindGeldigheid. Wanneer er geen tijdstip EindGeldigheid is ingevuld, is die versie van het object nog geldig.';

COMMENT ON COLUMN WOONPLAATS.DATUMINGANG IS 'Datum waarop het object is ontstaan';

COMMENT ON COLUMN WOONPLAATS.DATUMEINDE IS 'De datum waarop de object in de BAG formeel is ingetrokken.';

COMMENT ON COLUMN WOONPLAATS.DOCUMENTNUMMER IS 'Het unieke nummer van het brondocument';

COMMENT ON COLUMN WOONPLAATS.DOCUMENTDATUM IS 'De datum waarop het brondocument is vastgesteld';

COMMENT ON TABLE GEMEENTE_IS_OVERGEGAAN_IN_GEMEENTE IS 'De nieuwe GEMEENTE waarin de GEMEENTE bij zijn opheffing c.q. na herindeling is overgegaan.';
