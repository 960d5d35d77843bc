-- GGM schema migration: Delfts Gemeentelijk Gegevensmodel 2.5.0 → Delfts Gemeentelijk Gegevensmodel 2.5.1 (DuckDB)
-- 13 steps; 3 destructive steps skipped (listed at the end)
-- DuckDB cannot add or drop constraints of existing tables, drop columns of a table with a key, nor rename
-- or retype columns of a table that foreign keys point at: a renamed column there is copied into a new
-- column and the old one stays. An UPDATE of a reference row fails while data rows refer to it.

-- create-table status_verblijfsobject_rsgb_plus_enum: new enumeration 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/statusVerblijfsobject
CREATE TABLE status_verblijfsobject_rsgb_plus_enum (
  status_verblijfsobject_rsgb_plus_enum_id INTEGER NOT NULL,
  value VARCHAR(255) NOT NULL,
  code VARCHAR(50),
  definition VARCHAR,
  CONSTRAINT pk_status_verblijfsobject_rsgb_plus_enum PRIMARY KEY (status_verblijfsobject_rsgb_plus_enum_id),
  CONSTRAINT uq_status_verblijfsobject_rsgb_plus_enum_value UNIQUE (value)
);
INSERT INTO status_verblijfsobject_rsgb_plus_enum (status_verblijfsobject_rsgb_plus_enum_id, value, code, definition) VALUES
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
  (8, 'Leeg', '-2', NULL);
COMMENT ON COLUMN status_verblijfsobject_rsgb_plus_enum.value IS 'the literal as named in the model';
COMMENT ON COLUMN status_verblijfsobject_rsgb_plus_enum.code IS 'code used by source systems (alias in the model)';

-- rename-column standplaats.datum_begin_geldigheid: attribute Standplaats.beginGeldigheid (column begin_geldigheid) renamed
ALTER TABLE standplaats ADD COLUMN begin_geldigheid DATE;
UPDATE standplaats SET begin_geldigheid = datum_begin_geldigheid;

-- rename-column standplaats.datum_einde_geldigheid: attribute Standplaats.eindGeldigheid (column eind_geldigheid) renamed
ALTER TABLE standplaats ADD COLUMN eind_geldigheid DATE;
UPDATE standplaats SET eind_geldigheid = datum_einde_geldigheid;

-- add-column begroeid_terreindeel.op_talud_enum_id: new enumeration BegroeidTerreindeel.opTalud (column op_talud_enum_id)
ALTER TABLE begroeid_terreindeel ADD COLUMN op_talud_enum_id INTEGER;
COMMENT ON COLUMN begroeid_terreindeel.op_talud_enum_id IS 'Indicatie of het object wel of niet op een hellend vlak ligt.';

-- add-column onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud_enum_id: new enumeration OnbegroeidTerreindeel.onbegroeidTerreindeelOpTalud (column onbegroeid_terreindeel_op_talud_enum_id)
ALTER TABLE onbegroeid_terreindeel ADD COLUMN onbegroeid_terreindeel_op_talud_enum_id INTEGER;
COMMENT ON COLUMN onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud_enum_id IS 'Indicatie of het object wel of niet op een hellend vlak ligt.';

-- add-column woz_object.ligt_aan_openbare_ruimte_rsgb_plus_id: new reference association ligt aan (column ligt_aan_openbare_ruimte_rsgb_plus_id)
ALTER TABLE woz_object ADD COLUMN ligt_aan_openbare_ruimte_rsgb_plus_id BIGINT;
COMMENT ON COLUMN woz_object.ligt_aan_openbare_ruimte_rsgb_plus_id IS 'De unieke aanduiding van de OPENBARE RUIMTE waarvan de aanduiding van het WOZ-object wordt afgeleid met behulp van de locatieomschrijving.';

-- insert-rows status_verblijfsobject_enum: new literals verblijfsobject verbouwing
INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (9, 'verblijfsobject verbouwing', '7', NULL);

-- Skipped destructive steps (GGM-S301; run with --allow-destructive to include them):
--   drop-column begroeid_terreindeel.op_talud: attribute BegroeidTerreindeel.opTalud (column op_talud) of the old schema has no counterpart in the new one
--   drop-column onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud: attribute OnbegroeidTerreindeel.onbegroeidTerreindeelOpTalud (column onbegroeid_terreindeel_op_talud) of the old schema has no counterpart in the new one
--   drop-column woz_object.ligt_aan_openbare_ruimte_id: reference association ligt aan (column ligt_aan_openbare_ruimte_id) of the old schema has no counterpart in the new one

-- Not possible on DuckDB (GGM-S302), do these by hand or rebuild the table:
--   drop-constraint verblijfsobject_rsgb_plus: no longer in the schema (foreign key (verblijfsobjectstatus_enum_id) → status_verblijfsobject_enum) (the engine cannot drop constraints of an existing table)
--   drop-constraint woz_object: no longer in the schema (foreign key (ligt_aan_openbare_ruimte_id) → openbare_ruimte) (the engine cannot drop constraints of an existing table)
--   rename-column standplaats.datum_begin_geldigheid: attribute Standplaats.beginGeldigheid (column begin_geldigheid) renamed (other tables refer to standplaats: values copied to begin_geldigheid, the old column stays)
--   rename-column standplaats.datum_einde_geldigheid: attribute Standplaats.eindGeldigheid (column eind_geldigheid) renamed (other tables refer to standplaats: values copied to eind_geldigheid, the old column stays)
--   add-constraint begroeid_terreindeel: foreign key (op_talud_enum_id) → boolean_enum (the engine declares foreign keys only in CREATE TABLE)
--   add-constraint onbegroeid_terreindeel: foreign key (onbegroeid_terreindeel_op_talud_enum_id) → boolean_enum (the engine declares foreign keys only in CREATE TABLE)
--   add-constraint verblijfsobject_rsgb_plus: foreign key (verblijfsobjectstatus_enum_id) → status_verblijfsobject_rsgb_plus_enum (the engine declares foreign keys only in CREATE TABLE)
--   add-constraint woz_object: foreign key (ligt_aan_openbare_ruimte_rsgb_plus_id) → openbare_ruimte_rsgb_plus (the engine declares foreign keys only in CREATE TABLE)
