SELECT t.`inkomensvoorziening_id`, t.`groep`, length(t.`groep`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`groep`) > 100;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`groep`, length(t.`groep`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`groep`) > 100) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`betalingsmomentcode`, length(t.`betalingsmomentcode`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`betalingsmomentcode`) > 4;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`betalingsmomentcode`, length(t.`betalingsmomentcode`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`betalingsmomentcode`) > 4) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`code`, length(t.`code`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`code`) > 4;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`code`, length(t.`code`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`code`) > 4) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`versterkkingsvorm`, length(t.`versterkkingsvorm`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`versterkkingsvorm`) > 200;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`versterkkingsvorm`, length(t.`versterkkingsvorm`) AS value_length FROM `silver`.`inkomensvoorziening` AS t WHERE length(t.`versterkkingsvorm`) > 200) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`is_soort_voorziening_inkomensvoorzieningsoort_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`is_soort_voorziening_inkomensvoorzieningsoort_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `silver`.`inkomensvoorzieningsoort` AS r WHERE r.`inkomensvoorzieningsoort_id` = t.`is_soort_voorziening_inkomensvoorzieningsoort_id`);

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`is_soort_voorziening_inkomensvoorzieningsoort_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`is_soort_voorziening_inkomensvoorzieningsoort_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `silver`.`inkomensvoorzieningsoort` AS r WHERE r.`inkomensvoorzieningsoort_id` = t.`is_soort_voorziening_inkomensvoorzieningsoort_id`)) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`clientbegeleider_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`clientbegeleider_id` IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`clientbegeleider_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`clientbegeleider_id` IS NOT NULL) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`heeft_uitkering_ingeschreven_persoon_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`heeft_uitkering_ingeschreven_persoon_id` IS NOT NULL;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`heeft_uitkering_ingeschreven_persoon_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`heeft_uitkering_ingeschreven_persoon_id` IS NOT NULL) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`is_soort_voorziening_inkomensvoorzieningsoort_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`is_soort_voorziening_inkomensvoorzieningsoort_id` IS NULL AND t.`valid_to` IS NULL;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`is_soort_voorziening_inkomensvoorzieningsoort_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`is_soort_voorziening_inkomensvoorzieningsoort_id` IS NULL AND t.`valid_to` IS NULL) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`clientbegeleider_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`clientbegeleider_id` IS NULL AND t.`valid_to` IS NULL;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`clientbegeleider_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`clientbegeleider_id` IS NULL AND t.`valid_to` IS NULL) AS violations;

SELECT t.`inkomensvoorziening_id`, t.`heeft_uitkering_ingeschreven_persoon_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`heeft_uitkering_ingeschreven_persoon_id` IS NULL AND t.`valid_to` IS NULL;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorziening_id`, t.`heeft_uitkering_ingeschreven_persoon_id` FROM `silver`.`inkomensvoorziening` AS t WHERE t.`heeft_uitkering_ingeschreven_persoon_id` IS NULL AND t.`valid_to` IS NULL) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`naam`, length(t.`naam`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`naam`) > 80;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`naam`, length(t.`naam`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`naam`) > 80) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`vergoeding`, length(t.`vergoeding`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`vergoeding`) > 200;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`vergoeding`, length(t.`vergoeding`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`vergoeding`) > 200) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`vergoedingscode`, length(t.`vergoedingscode`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`vergoedingscode`) > 20;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`vergoedingscode`, length(t.`vergoedingscode`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`vergoedingscode`) > 20) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`regeling`, length(t.`regeling`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`regeling`) > 200;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`regeling`, length(t.`regeling`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`regeling`) > 200) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`regelingscode`, length(t.`regelingscode`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`regelingscode`) > 20;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`regelingscode`, length(t.`regelingscode`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`regelingscode`) > 20) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`code`, length(t.`code`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`code`) > 20;

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`code`, length(t.`code`) AS value_length FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE length(t.`code`) > 20) AS violations;

SELECT t.`inkomensvoorzieningsoort_id`, t.`wet_enum_id` FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE t.`wet_enum_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `silver`.`wet_enum` AS r WHERE r.`wet_enum_id` = t.`wet_enum_id`);

SELECT count(*) AS n FROM (SELECT t.`inkomensvoorzieningsoort_id`, t.`wet_enum_id` FROM `silver`.`inkomensvoorzieningsoort` AS t WHERE t.`wet_enum_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `silver`.`wet_enum` AS r WHERE r.`wet_enum_id` = t.`wet_enum_id`)) AS violations;

SELECT t.* FROM `silver`.`inkomensvoorziening` AS t WHERE NOT COALESCE((einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum), FALSE);

SELECT count(*) AS n FROM (SELECT t.* FROM `silver`.`inkomensvoorziening` AS t WHERE NOT COALESCE((einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum), FALSE)) AS violations;

SELECT t.* FROM `silver`.`inkomensvoorziening` AS t WHERE NOT COALESCE((heeft_uitkering_ingeschreven_persoon_id IS NOT NULL), FALSE);

SELECT count(*) AS n FROM (SELECT t.* FROM `silver`.`inkomensvoorziening` AS t WHERE NOT COALESCE((heeft_uitkering_ingeschreven_persoon_id IS NOT NULL), FALSE)) AS violations;

SELECT t.* FROM `silver`.`inkomensvoorziening` AS t WHERE NOT COALESCE((toekenningsdatum IS NOT NULL), FALSE);

SELECT count(*) AS n FROM (SELECT t.* FROM `silver`.`inkomensvoorziening` AS t WHERE NOT COALESCE((toekenningsdatum IS NOT NULL), FALSE)) AS violations;

SELECT count_if(length(t.`groep`) > 100) AS c0, count_if(length(t.`betalingsmomentcode`) > 4) AS c1, count_if(length(t.`code`) > 4) AS c2, count_if(length(t.`versterkkingsvorm`) > 200) AS c3, count_if(t.`clientbegeleider_id` IS NOT NULL) AS c4, count_if(t.`heeft_uitkering_ingeschreven_persoon_id` IS NOT NULL) AS c5, count_if(t.`is_soort_voorziening_inkomensvoorzieningsoort_id` IS NULL AND t.`valid_to` IS NULL) AS c6, count_if(t.`clientbegeleider_id` IS NULL AND t.`valid_to` IS NULL) AS c7, count_if(t.`heeft_uitkering_ingeschreven_persoon_id` IS NULL AND t.`valid_to` IS NULL) AS c8, count_if(NOT COALESCE((einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum), FALSE)) AS c9, count_if(NOT COALESCE((heeft_uitkering_ingeschreven_persoon_id IS NOT NULL), FALSE)) AS c10, count_if(NOT COALESCE((toekenningsdatum IS NOT NULL), FALSE)) AS c11 FROM `silver`.`inkomensvoorziening` AS t;

SELECT count_if(length(t.`naam`) > 80) AS c0, count_if(length(t.`vergoeding`) > 200) AS c1, count_if(length(t.`vergoedingscode`) > 20) AS c2, count_if(length(t.`regeling`) > 200) AS c3, count_if(length(t.`regelingscode`) > 20) AS c4, count_if(length(t.`code`) > 20) AS c5 FROM `silver`.`inkomensvoorzieningsoort` AS t;
