-- GGM schema migration: Delfts Gemeentelijk Gegevensmodel 2.5.0 → Delfts Gemeentelijk Gegevensmodel 2.5.1 (Azure Synapse (dedicated SQL pool))
-- 13 steps; 3 destructive steps skipped (listed at the end)

-- create-table status_verblijfsobject_rsgb_plus_enum: new enumeration 99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/statusVerblijfsobject
CREATE TABLE status_verblijfsobject_rsgb_plus_enum (
  status_verblijfsobject_rsgb_plus_enum_id INT NOT NULL,
  value NVARCHAR(255) NOT NULL,
  code NVARCHAR(50),
  definition NVARCHAR(MAX),
  CONSTRAINT pk_status_verblijfsobject_rsgb_plus_enum PRIMARY KEY NONCLUSTERED (status_verblijfsobject_rsgb_plus_enum_id) NOT ENFORCED,
  CONSTRAINT uq_status_verblijfsobject_rsgb_plus_enum_value UNIQUE NONCLUSTERED (value) NOT ENFORCED
);
INSERT INTO status_verblijfsobject_rsgb_plus_enum (status_verblijfsobject_rsgb_plus_enum_id, value, code, definition) VALUES
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
  (8, N'Leeg', N'-2', NULL);

-- rename-column standplaats.datum_begin_geldigheid: attribute Standplaats.beginGeldigheid (column begin_geldigheid) renamed
EXEC sp_rename @objname = N'dbo.standplaats.datum_begin_geldigheid', @newname = N'begin_geldigheid', @objtype = N'COLUMN';

-- rename-column standplaats.datum_einde_geldigheid: attribute Standplaats.eindGeldigheid (column eind_geldigheid) renamed
EXEC sp_rename @objname = N'dbo.standplaats.datum_einde_geldigheid', @newname = N'eind_geldigheid', @objtype = N'COLUMN';

-- add-column begroeid_terreindeel.op_talud_enum_id: new enumeration BegroeidTerreindeel.opTalud (column op_talud_enum_id)
ALTER TABLE begroeid_terreindeel ADD op_talud_enum_id INT;

-- add-column onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud_enum_id: new enumeration OnbegroeidTerreindeel.onbegroeidTerreindeelOpTalud (column onbegroeid_terreindeel_op_talud_enum_id)
ALTER TABLE onbegroeid_terreindeel ADD onbegroeid_terreindeel_op_talud_enum_id INT;

-- add-column woz_object.ligt_aan_openbare_ruimte_rsgb_plus_id: new reference association ligt aan (column ligt_aan_openbare_ruimte_rsgb_plus_id)
ALTER TABLE woz_object ADD ligt_aan_openbare_ruimte_rsgb_plus_id BIGINT;

-- insert-rows status_verblijfsobject_enum: new literals verblijfsobject verbouwing
INSERT INTO status_verblijfsobject_enum (status_verblijfsobject_enum_id, value, code, definition) VALUES (9, N'verblijfsobject verbouwing', N'7', NULL);

-- Skipped destructive steps (GGM-S301; run with --allow-destructive to include them):
--   drop-column begroeid_terreindeel.op_talud: attribute BegroeidTerreindeel.opTalud (column op_talud) of the old schema has no counterpart in the new one
--   drop-column onbegroeid_terreindeel.onbegroeid_terreindeel_op_talud: attribute OnbegroeidTerreindeel.onbegroeidTerreindeelOpTalud (column onbegroeid_terreindeel_op_talud) of the old schema has no counterpart in the new one
--   drop-column woz_object.ligt_aan_openbare_ruimte_id: reference association ligt aan (column ligt_aan_openbare_ruimte_id) of the old schema has no counterpart in the new one
