// A seeded social-domain silver of `clients` clients, generated in the database with generate_series
// (DuckDB and PostgreSQL run the same text): 4 inhabitants per client (ages 0–89, some moved out,
// households of two), 1–3 toewijzingen per client over Wmo and Jeugdwet categories and 40 aanbieders,
// leveringen (some split into overlapping or adjacent intervals, some open), three declaratieregels per
// toewijzing (some credit), verzoeken for half the toewijzingen, and bijstand for some persons. Every
// value is a function of the row number, so the same size gives the same silver.

const S = (n: number) => `generate_series(1, ${n})`;

export function seedSilverStatements(clients: number): string[] {
  const persons = clients * 4;
  return [
    `INSERT INTO silver.leverancier_sociaal_domein_generiek
     SELECT a, 'AGB' || CAST(a AS VARCHAR) FROM ${S(40)} AS g(a)`,
    `INSERT INTO silver.natuurlijk_persoon
     SELECT p, 'B' || CAST(p AS VARCHAR),
       CAST(DATE '1936-01-01' + CAST((p * 7919) % 32800 AS INTEGER) AS VARCHAR),
       CASE WHEN p % 97 = 0 THEN CAST(DATE '2024-03-01' + CAST(p % 600 AS INTEGER) AS VARCHAR) END, NULL
     FROM ${S(persons)} AS g(p)`,
    `INSERT INTO silver.ingeschreven_persoon
     SELECT p, DATE '1990-01-01' + CAST((p * 31) % 12500 AS INTEGER),
       CASE WHEN p % 23 = 0 THEN DATE '2024-01-01' + CAST((p * 11) % 900 AS INTEGER) END,
       CAST((p + 1 - (p + 1) % 2) / 2 AS BIGINT), NULL, '0221'
     FROM ${S(persons)} AS g(p) WHERE p % 50 <> 0`,
    `CREATE TABLE fixture.seed_toewijzing AS
     SELECT i * 10 + j AS id, i AS client, j,
       CASE WHEN i % 5 IN (0, 1) THEN 'JW' ELSE 'WMO' END AS wet,
       CASE WHEN i % 5 IN (0, 1)
         THEN CASE (i + CASE WHEN i % 6 = 2 AND j = 1 THEN 0 ELSE j END) % 5 WHEN 0 THEN '43' WHEN 1 THEN '45' WHEN 2 THEN '47' WHEN 3 THEN '48' ELSE '54' END
         ELSE CASE (i + CASE WHEN i % 6 = 2 AND j = 1 THEN 0 ELSE j END) % 4 WHEN 0 THEN '01' WHEN 1 THEN '02' WHEN 2 THEN '07' ELSE '15' END END AS categorie,
       1 + (i * 3 + j * (1 + i % 2)) % 40 AS provider,
       DATE '2024-01-01' + CAST((i * 37 + j * 101) % 700 AS INTEGER) AS start,
       CASE WHEN (i + j) % 4 = 0 THEN NULL ELSE DATE '2024-01-01' + CAST((i * 37 + j * 101) % 700 + 30 + (i * 13 + j) % 400 AS INTEGER) END AS eind,
       CAST(i % 20 AS INTEGER) AS wacht
     FROM ${S(clients)} AS g(i) CROSS JOIN generate_series(0, 2) AS h(j) WHERE j <= i % 3`,
    `INSERT INTO silver.toewijzing
     SELECT id, CAST(id AS INTEGER), start - wacht, start, eind, CASE WHEN id % 113 = 0 THEN 13 END,
       categorie || categorie || 'A01', CASE wet WHEN 'WMO' THEN 2 ELSE 3 END, provider
     FROM fixture.seed_toewijzing`,
    `INSERT INTO sociaal_ext.toewijzing_extensie
     SELECT '0221', wet, CAST(id AS VARCHAR), 'AGB' || CAST(provider AS VARCHAR), 'B' || CAST(client AS VARCHAR),
       CASE WHEN id % 2 = 0 THEN 'R' || CAST(id AS VARCHAR) END
     FROM fixture.seed_toewijzing`,
    `INSERT INTO silver.verzoek_om_toewijzing
     SELECT id, 'R' || CAST(id AS VARCHAR), start - wacht - CAST(id % 15 AS INTEGER), CAST(1 + id % 7 AS INTEGER),
       NULL, provider, client
     FROM fixture.seed_toewijzing WHERE id % 2 = 0`,
    // first levering from a few days after the start; a third get a second interval that overlaps
    // (k = 0), touches (k = 1) or follows after a gap (k = 2) the first
    `INSERT INTO silver.levering
     SELECT id * 10, categorie || categorie || 'A01', start + CAST(id % 10 AS INTEGER),
       CASE WHEN eind IS NULL AND id % 3 <> 0 THEN NULL ELSE start + CAST(id % 10 + 20 + id % 200 AS INTEGER) END,
       CASE WHEN eind IS NULL AND id % 3 <> 0 THEN NULL WHEN wet = 'JW' THEN CASE WHEN id % 4 = 0 THEN '32' ELSE '31' END ELSE '19' END,
       id, provider
     FROM fixture.seed_toewijzing WHERE id % 7 <> 0`,
    `INSERT INTO silver.levering
     SELECT id * 10 + 1, categorie || categorie || 'A01',
       start + CAST(id % 10 + 20 + id % 200 AS INTEGER) + CAST(((id - id % 3) / 3) % 3 AS INTEGER) * 5 - 4,
       CASE WHEN id % 2 = 0 THEN NULL ELSE start + CAST(id % 10 + 300 AS INTEGER) END,
       CASE WHEN id % 2 = 0 THEN NULL WHEN wet = 'JW' THEN CASE WHEN id % 5 = 0 THEN '35' ELSE '31' END ELSE '19' END,
       id, provider
     FROM fixture.seed_toewijzing WHERE id % 7 <> 0 AND id % 3 = 0`,
    `INSERT INTO silver.declaratieregel
     SELECT id * 10 + m, categorie || categorie || 'A01',
       CAST(CASE WHEN (id + m) % 11 = 0 THEN -1 ELSE 1 END * ((id * 17 + m * 5) % 900 + 0.5) AS DECIMAL(12, 2)),
       start + CAST(30 * m AS INTEGER), start + CAST(30 * m + 29 AS INTEGER), client, id
     FROM fixture.seed_toewijzing CROSS JOIN generate_series(0, 2) AS h(m)`,
    `INSERT INTO fixture.uitkering
     SELECT 'B' || CAST(p AS VARCHAR), DATE '2023-06-01' + CAST((p * 13) % 800 AS INTEGER),
       CASE WHEN p % 3 = 0 THEN NULL ELSE DATE '2023-06-01' + CAST((p * 13) % 800 + 90 + p % 300 AS INTEGER) END
     FROM ${S(persons)} AS g(p) WHERE p % 9 = 0`,
  ];
}
