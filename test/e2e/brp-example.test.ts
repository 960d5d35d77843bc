import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePopulation } from '../../src/demo/population/write-population.js';
import { runProject } from '../../src/pipeline/run-project.js';
import {
  BRP_TESTSET_DIR,
  EXAMPLE_ENGINES,
  exampleProject,
  num,
  parseSemicolonCsv,
  withWarehouse,
} from '../helpers/population-project.js';
import { hasReleases, releasePath } from '../helpers/releases.js';

/** What the RvIG test set says, read straight from the file: the PLs (current rows) and every row. */
async function testset() {
  const file = (await readdir(BRP_TESTSET_DIR)).find((f) => f.endsWith('.csv'))!;
  const [header, ...rows] = parseSemicolonCsv(await readFile(join(BRP_TESTSET_DIR, file), 'utf8'));
  const col = (row: string[], name: string) => row[header!.indexOf(name)] ?? '';
  const pls = rows.filter((r) => r[0] !== '');
  const bsns = pls.map((r) => col(r, '01.01.20')).filter((b) => b !== '');
  const living = pls.filter((r) => col(r, '08.11.90') !== '' && col(r, '06.08.10') === '');
  return {
    rows,
    pls,
    col,
    distinctBsns: new Set(bsns).size,
    duplicates: bsns.length - new Set(bsns).size,
    withoutBsn: pls.length - bsns.length,
    addresses: new Set(rows.map((r) => col(r, '08.11.90')).filter((a) => a !== '')).size,
    households: new Set(living.map((r) => col(r, '08.11.90'))).size,
    residents: living.length,
    // dates the mappings parse into date columns that are not a full date (unknown parts 00); every PL
    // row is read, also those without a BSN
    partialDates: pls
      .flatMap((r) => ['08.09.20', '08.10.30', '07.67.10'].map((c) => col(r, c)))
      .filter((d) => d !== '' && !/^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(d)).length,
  };
}

const iso = (lo3: string) => `${lo3.slice(0, 4)}-${lo3.slice(4, 6)}-${lo3.slice(6, 8)}`;

describe.skipIf(!hasReleases()).each(EXAMPLE_ENGINES)(
  'examples/brp on the RvIG test persons ($name)',
  (target) => {
    let expected: Awaited<ReturnType<typeof testset>>;
    const cleanup: (() => Promise<void>)[] = [];
    beforeAll(async () => {
      expected = await testset();
    });
    afterAll(async () => {
      for (const c of cleanup) await c();
    });

    it('maps every PL onto NatuurlijkPersoon/IngeschrevenPersoon with address and household; a rerun changes nothing', async () => {
      const w = await target.warehouse('ggm_brp');
      const dir = await exampleProject('brp', w.engine, { BRP_DIR: BRP_TESTSET_DIR });
      cleanup.push(async () => {
        await w.drop();
        await rm(dir, { recursive: true, force: true });
      });
      const model = releasePath('v2.5.1');
      const first = await runProject(dir, { model });
      expect(first.outcomes.filter((o) => o.status !== 'succeeded').map((o) => o.message)).toEqual([]);

      await withWarehouse(dir, w.engine, async (e) => {
        const [counts] = await e.query(`SELECT
        (SELECT count(*) FROM bronze.brp_personen) AS bronze,
        (SELECT count(*) FROM silver.natuurlijk_persoon) AS natuurlijk,
        (SELECT count(*) FROM silver.ingeschreven_persoon) AS ingeschreven,
        (SELECT count(*) FROM silver.nummeraanduiding) AS adressen,
        (SELECT count(*) FROM silver.huishouden) AS huishoudens,
        (SELECT sum(huishoudengrootte) FROM silver.huishouden) AS bewoners,
        (SELECT count(*) FROM meta.load_findings WHERE mapping = 'brp-natuurlijk-persoon' AND kind = 'missing-key') AS zonder_bsn,
        (SELECT count(*) FROM meta.load_findings WHERE mapping = 'brp-natuurlijk-persoon' AND kind = 'duplicate-key') AS dubbel,
        (SELECT count(*) FROM meta.load_findings WHERE mapping = 'brp-ingeschreven-persoon' AND kind = 'unparsable') AS onvolledig`);
        expect(num(counts!['bronze'])).toBe(expected.rows.length);
        expect(num(counts!['natuurlijk'])).toBe(expected.distinctBsns);
        expect(num(counts!['ingeschreven'])).toBe(expected.distinctBsns);
        expect(num(counts!['adressen'])).toBe(expected.addresses);
        expect(num(counts!['huishoudens'])).toBe(expected.households);
        expect(num(counts!['bewoners'])).toBe(expected.residents);
        expect(num(counts!['zonder_bsn'])).toBe(expected.withoutBsn);
        expect(num(counts!['dubbel'])).toBe(expected.duplicates);
        expect(num(counts!['onvolledig'])).toBe(expected.partialDates);

        // sample PLs with an address, a parent and a partner: silver says what the file says
        const { col } = expected;
        const unique = expected.pls.filter(
          (r) => expected.pls.filter((o) => col(o, '01.01.20') === col(r, '01.01.20')).length === 1,
        );
        const samples = [
          unique.find((r) => col(r, '08.11.90') !== '' && col(r, '02.01.20') !== '')!,
          unique.find((r) => col(r, '05.01.20') !== '' && col(r, '05.07.10') === '')!,
          unique.find((r) => col(r, '08.09.10') === '1999')!,
          unique.find(
            (r) =>
              col(r, '07.67.20') === 'O' &&
              /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(col(r, '07.67.10')),
          )!,
        ];
        for (const s of samples) {
          const [row] = await e.query(
            `SELECT n.datum_geboorte, n.geslachtsaanduiding, n.geslachtsnaam, i.gemeente_van_inschrijving,
              i.ouder1, i.partner_id, b.value AS ingezetene, a.postcode, a.huisnummer, a.identificatie,
              h.huishoudennummer, i.reden_opschorting_bijhouding,
              CAST(i.datum_opschorting_bijhouding AS VARCHAR(10)) AS datum_opschorting
           FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i USING (rechtspersoon_id)
           LEFT JOIN silver.boolean_enum b ON b.boolean_enum_id = i.ingezetene_enum_id
           LEFT JOIN silver.nummeraanduiding a ON a.nummeraanduiding_id = i.heeft_als_adres_nummeraanduiding_id
           LEFT JOIN silver.huishouden h ON h.huishouden_id = i.heeft_huishouden_id
           WHERE n.burgerservicenummer = $1`,
            [col(s, '01.01.20')],
          );
          const or = (v: string) => (v === '' ? null : v);
          expect(row).toEqual({
            datum_geboorte: iso(col(s, '01.03.10')),
            geslachtsaanduiding: or(col(s, '01.04.10')),
            geslachtsnaam: or(col(s, '01.02.40')),
            gemeente_van_inschrijving: or(col(s, '08.09.10')),
            ouder1: or(col(s, '02.01.20')),
            partner_id: col(s, '05.07.10') === '' ? or(col(s, '05.01.20')) : null,
            ingezetene: col(s, '08.11.10') !== '' || col(s, '08.11.60') !== '' ? 'Ja' : 'Nee',
            postcode: col(s, '08.11.90') === '' ? null : or(col(s, '08.11.60')),
            huisnummer: col(s, '08.11.90') === '' ? null : Number(col(s, '08.11.20')),
            identificatie: or(col(s, '08.11.90')),
            reden_opschorting_bijhouding: or(col(s, '07.67.20')),
            // an unknown day or month (00) is no date: NULL, with an unparsable finding
            datum_opschorting: /^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(col(s, '07.67.10'))
              ? iso(col(s, '07.67.10'))
              : null,
            huishoudennummer:
              col(s, '08.11.90') === '' || col(s, '06.08.10') !== '' ? null : Number(col(s, '08.11.90')),
          });
        }
      });

      const second = await runProject(dir, { model });
      expect(second.outcomes.filter((o) => o.step.kind === 'build' && o.batches > 0)).toEqual([]);
    }, 240_000);
  },
);

describe.skipIf(!hasReleases())('examples/brp: a second delivery (DuckDB)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it('replaces a moved person, versions a changed address, and keeps the rest', async () => {
    const bronnen = await mkdtemp(join(tmpdir(), 'ggm-brp-deliveries-'));
    await writePopulation(bronnen, { seed: 5, clients: 10, inhabitants: 200 });
    const dir = await exampleProject('brp', 'duckdb:warehouse.duckdb', { BRP_DIR: join(bronnen, 'brp') });
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    cleanup.push(() => rm(bronnen, { recursive: true, force: true }));
    const model = releasePath('v2.5.1');
    expect((await runProject(dir, { model })).status).toBe('succeeded');

    // delivery 2: one person living alone moves to a new address; another address gets a new postcode
    const [header, ...rows] = parseSemicolonCsv(
      await readFile(join(bronnen, 'brp', 'brp-personen.csv'), 'utf8'),
    );
    const at = (name: string) => header!.indexOf(name);
    const current = rows.filter((r) => r[0] !== '' && r.length === header!.length);
    const residents = (id: string) => current.filter((r) => r[at('08.11.90')] === id).length;
    const mover = current.find((r) => residents(r[at('08.11.90')]!) === 1 && r[at('06.08.10')] === '')!;
    const renamed = current.find((r) => residents(r[at('08.11.90')]!) > 1)!;
    const oldAddress = mover[at('08.11.90')]!;
    const renamedId = renamed[at('08.11.90')]!;
    const oldPostcode = renamed[at('08.11.60')]!;
    mover[at('08.11.90')] = '1999200000999999';
    mover[at('08.11.60')] = '1996ZZ';
    mover[at('08.10.30')] = '20251201';
    for (const r of rows) if (r[at('08.11.90')] === renamedId) r[at('08.11.60')] = '1995QQ';
    await writeFile(
      join(bronnen, 'brp', 'brp-personen-2.csv'),
      `${[header!, ...rows].map((r) => r.join(';')).join('\n')}\n`,
    );
    const second = await runProject(dir, { model });
    expect(second.status).toBe('succeeded');

    await withWarehouse(dir, 'duckdb:warehouse.duckdb', async (e) => {
      const [moved] = await e.query(
        `SELECT a.identificatie, a.postcode, i.datum_begin_geldigheid_verblijfplaats AS sinds
         FROM silver.natuurlijk_persoon n JOIN silver.ingeschreven_persoon i USING (rechtspersoon_id)
         JOIN silver.nummeraanduiding a ON a.nummeraanduiding_id = i.heeft_als_adres_nummeraanduiding_id
         WHERE n.burgerservicenummer = $1`,
        [mover[at('01.01.20')]!],
      );
      expect({ ...moved, sinds: String(moved!['sinds']).slice(0, 10) }).toEqual({
        identificatie: '1999200000999999',
        postcode: '1996ZZ',
        sinds: '2025-12-01',
      });
      // the address that changed has two versions; the old one is closed
      const versions = await e.query(
        `SELECT postcode, valid_to IS NULL AS open FROM silver.nummeraanduiding WHERE identificatie = $1 ORDER BY valid_from`,
        [renamedId],
      );
      expect(versions.map((v) => [v['postcode'], v['open']])).toEqual([
        [oldPostcode, false],
        ['1995QQ', true],
      ]);
      // its residents did not change: their reference is the version they were loaded with; the open
      // version is found through its identificatie (docs/population.md)
      const [resident] = await e.query(
        `SELECT count(*) AS n FROM silver.ingeschreven_persoon i
         JOIN silver.nummeraanduiding a ON a.nummeraanduiding_id = i.heeft_als_adres_nummeraanduiding_id
         JOIN silver.nummeraanduiding cur ON cur.identificatie = a.identificatie AND cur.valid_to IS NULL
         WHERE cur.postcode = '1995QQ'`,
      );
      expect(num(resident!['n'])).toBe(residents(renamedId));
      const [counts] = await e.query(
        `SELECT (SELECT count(*) FROM silver.natuurlijk_persoon) AS personen,
           (SELECT count(*) FROM silver.huishouden WHERE huishoudennummer = ${Number(oldAddress)}) AS oud_huishouden`,
      );
      expect(num(counts!['personen'])).toBe(new Set(current.map((r) => r[at('01.01.20')])).size);
      // the household of the old address stays (history none cannot close what a delivery leaves out);
      // count households through the inhabitants' heeft_huishouden_id
      expect(num(counts!['oud_huishouden'])).toBe(1);
    });
  }, 240_000);
});
