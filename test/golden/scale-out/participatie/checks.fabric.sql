SELECT t.[inkomensvoorziening_id], t.[groep], LEN(t.[groep]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[groep]) > 100;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[groep], LEN(t.[groep]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[groep]) > 100) AS violations;

SELECT t.[inkomensvoorziening_id], t.[betalingsmomentcode], LEN(t.[betalingsmomentcode]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[betalingsmomentcode]) > 4;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[betalingsmomentcode], LEN(t.[betalingsmomentcode]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[betalingsmomentcode]) > 4) AS violations;

SELECT t.[inkomensvoorziening_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[code]) > 4;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[code]) > 4) AS violations;

SELECT t.[inkomensvoorziening_id], t.[versterkkingsvorm], LEN(t.[versterkkingsvorm]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[versterkkingsvorm]) > 200;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[versterkkingsvorm], LEN(t.[versterkkingsvorm]) AS value_length FROM [silver].[inkomensvoorziening] AS t WHERE LEN(t.[versterkkingsvorm]) > 200) AS violations;

SELECT t.[inkomensvoorziening_id], t.[is_soort_voorziening_inkomensvoorzieningsoort_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[is_soort_voorziening_inkomensvoorzieningsoort_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[inkomensvoorzieningsoort] AS r WHERE r.[inkomensvoorzieningsoort_id] = t.[is_soort_voorziening_inkomensvoorzieningsoort_id]);

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[is_soort_voorziening_inkomensvoorzieningsoort_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[is_soort_voorziening_inkomensvoorzieningsoort_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[inkomensvoorzieningsoort] AS r WHERE r.[inkomensvoorzieningsoort_id] = t.[is_soort_voorziening_inkomensvoorzieningsoort_id])) AS violations;

SELECT t.[inkomensvoorziening_id], t.[clientbegeleider_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[clientbegeleider_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[clientbegeleider_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[clientbegeleider_id] IS NOT NULL) AS violations;

SELECT t.[inkomensvoorziening_id], t.[heeft_uitkering_ingeschreven_persoon_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[heeft_uitkering_ingeschreven_persoon_id] IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[heeft_uitkering_ingeschreven_persoon_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[heeft_uitkering_ingeschreven_persoon_id] IS NOT NULL) AS violations;

SELECT t.[inkomensvoorziening_id], t.[is_soort_voorziening_inkomensvoorzieningsoort_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[is_soort_voorziening_inkomensvoorzieningsoort_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[is_soort_voorziening_inkomensvoorzieningsoort_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[is_soort_voorziening_inkomensvoorzieningsoort_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[inkomensvoorziening_id], t.[clientbegeleider_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[clientbegeleider_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[clientbegeleider_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[clientbegeleider_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[inkomensvoorziening_id], t.[heeft_uitkering_ingeschreven_persoon_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[heeft_uitkering_ingeschreven_persoon_id] IS NULL AND t.[valid_to] IS NULL;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorziening_id], t.[heeft_uitkering_ingeschreven_persoon_id] FROM [silver].[inkomensvoorziening] AS t WHERE t.[heeft_uitkering_ingeschreven_persoon_id] IS NULL AND t.[valid_to] IS NULL) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[naam], LEN(t.[naam]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[naam]) > 80;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[naam], LEN(t.[naam]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[naam]) > 80) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[vergoeding], LEN(t.[vergoeding]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[vergoeding]) > 200;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[vergoeding], LEN(t.[vergoeding]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[vergoeding]) > 200) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[vergoedingscode], LEN(t.[vergoedingscode]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[vergoedingscode]) > 20;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[vergoedingscode], LEN(t.[vergoedingscode]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[vergoedingscode]) > 20) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[regeling], LEN(t.[regeling]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[regeling]) > 200;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[regeling], LEN(t.[regeling]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[regeling]) > 200) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[regelingscode], LEN(t.[regelingscode]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[regelingscode]) > 20;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[regelingscode], LEN(t.[regelingscode]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[regelingscode]) > 20) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[code]) > 20;

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[code], LEN(t.[code]) AS value_length FROM [silver].[inkomensvoorzieningsoort] AS t WHERE LEN(t.[code]) > 20) AS violations;

SELECT t.[inkomensvoorzieningsoort_id], t.[wet_enum_id] FROM [silver].[inkomensvoorzieningsoort] AS t WHERE t.[wet_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[wet_enum] AS r WHERE r.[wet_enum_id] = t.[wet_enum_id]);

SELECT count(*) AS n FROM (SELECT t.[inkomensvoorzieningsoort_id], t.[wet_enum_id] FROM [silver].[inkomensvoorzieningsoort] AS t WHERE t.[wet_enum_id] IS NOT NULL AND NOT EXISTS (SELECT 1 FROM [silver].[wet_enum] AS r WHERE r.[wet_enum_id] = t.[wet_enum_id])) AS violations;

SELECT t.* FROM [silver].[inkomensvoorziening] AS t WHERE NOT CASE WHEN (einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum) THEN 1 ELSE 0 END = 1;

SELECT count(*) AS n FROM (SELECT t.* FROM [silver].[inkomensvoorziening] AS t WHERE NOT CASE WHEN (einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum) THEN 1 ELSE 0 END = 1) AS violations;

SELECT t.* FROM [silver].[inkomensvoorziening] AS t WHERE NOT CASE WHEN (heeft_uitkering_ingeschreven_persoon_id IS NOT NULL) THEN 1 ELSE 0 END = 1;

SELECT count(*) AS n FROM (SELECT t.* FROM [silver].[inkomensvoorziening] AS t WHERE NOT CASE WHEN (heeft_uitkering_ingeschreven_persoon_id IS NOT NULL) THEN 1 ELSE 0 END = 1) AS violations;

SELECT t.* FROM [silver].[inkomensvoorziening] AS t WHERE NOT CASE WHEN (toekenningsdatum IS NOT NULL) THEN 1 ELSE 0 END = 1;

SELECT count(*) AS n FROM (SELECT t.* FROM [silver].[inkomensvoorziening] AS t WHERE NOT CASE WHEN (toekenningsdatum IS NOT NULL) THEN 1 ELSE 0 END = 1) AS violations;

SELECT SUM(CASE WHEN LEN(t.[groep]) > 100 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[betalingsmomentcode]) > 4 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[code]) > 4 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[versterkkingsvorm]) > 200 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN t.[clientbegeleider_id] IS NOT NULL THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN t.[heeft_uitkering_ingeschreven_persoon_id] IS NOT NULL THEN 1 ELSE 0 END) AS c5, SUM(CASE WHEN t.[is_soort_voorziening_inkomensvoorzieningsoort_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c6, SUM(CASE WHEN t.[clientbegeleider_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c7, SUM(CASE WHEN t.[heeft_uitkering_ingeschreven_persoon_id] IS NULL AND t.[valid_to] IS NULL THEN 1 ELSE 0 END) AS c8, SUM(CASE WHEN NOT CASE WHEN (einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum) THEN 1 ELSE 0 END = 1 THEN 1 ELSE 0 END) AS c9, SUM(CASE WHEN NOT CASE WHEN (heeft_uitkering_ingeschreven_persoon_id IS NOT NULL) THEN 1 ELSE 0 END = 1 THEN 1 ELSE 0 END) AS c10, SUM(CASE WHEN NOT CASE WHEN (toekenningsdatum IS NOT NULL) THEN 1 ELSE 0 END = 1 THEN 1 ELSE 0 END) AS c11 FROM [silver].[inkomensvoorziening] AS t;

SELECT SUM(CASE WHEN LEN(t.[naam]) > 80 THEN 1 ELSE 0 END) AS c0, SUM(CASE WHEN LEN(t.[vergoeding]) > 200 THEN 1 ELSE 0 END) AS c1, SUM(CASE WHEN LEN(t.[vergoedingscode]) > 20 THEN 1 ELSE 0 END) AS c2, SUM(CASE WHEN LEN(t.[regeling]) > 200 THEN 1 ELSE 0 END) AS c3, SUM(CASE WHEN LEN(t.[regelingscode]) > 20 THEN 1 ELSE 0 END) AS c4, SUM(CASE WHEN LEN(t.[code]) > 20 THEN 1 ELSE 0 END) AS c5 FROM [silver].[inkomensvoorzieningsoort] AS t;
