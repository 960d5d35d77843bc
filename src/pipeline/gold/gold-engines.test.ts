import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import type { Engine } from '../../engines/engine.js';
import { createSilver, insertRows, sociaalContext, targetOf } from '../../../test/helpers/gold-silver.js';
import { resolveProjectMetrics, type GoldMetric } from '../../gold/project-metrics.js';
import { recomputableCells, type GoldCell } from '../../gold/suppress.js';
import { hasReleases } from '../../../test/helpers/releases.js';
import { materialiseMetric } from './materialise-metric.js';
import { ensureGoldStore } from './materialise-metric.js';

type Ctx = Awaited<ReturnType<typeof sociaalContext>>;

/** Metrics over hand-built silver; each states the edge it checks. */
const METRICS: Record<string, string> = {
  // Intervals touching the period bounds; a Jeugdwet levering filtered out.
  wmo: `
id: wmo
title: Wmo-cliënten
definition: Unieke cliënten met een Wmo-levering in de periode.
population:
  class: Levering
  alias: l
  join: { t: l.geleverde zorg, c: l.prestatie voor }
  where: t.wet = 'Wmo'
  person: c
time: { start: l.datumStart, end: l.datumStop }
grains: [halfyear, year]
periods: { from: 2025-01-01, to: 2025-12-31 }
suppression: { threshold: 0 }
`,
  // A client turning 18 in the period (age at the reference date: the period's last day), and a
  // population denominator where a person who moved out before the reference date is not counted.
  leeftijd: `
id: leeftijd
title: Cliënten naar leeftijd per 1.000 inwoners
definition: Test.
population:
  class: Levering
  alias: l
  join: { c: l.prestatie voor }
  person: c
time: { start: l.datumStart, end: l.datumStop }
grains: [halfyear]
periods: { from: 2024-07-01, to: 2025-06-30 }
dimensions:
  - name: leeftijd
    title: Leeftijd
    age: to_date(c.datumGeboorte)
    bands: [0-17, 18+]
denominator:
  class: IngeschrevenPersoon
  alias: p
  start: p.datumInschrijvingGemeente
  end: p.datumEindeGeldigheidVerblijfsplaats
  dimensions: { leeftijd: to_date(p.datumGeboorte) }
scale: 1000
suppression: { threshold: 0 }
`,
  // Overlapping and adjacent intervals of one client × product merge (the CBS rule).
  trajecten: `
id: trajecten
title: Lopende trajecten
definition: Test.
unit: count
population:
  class: Levering
  alias: l
  join: { c: l.prestatie voor }
  person: c
time: { start: l.datumStart, end: l.datumStop }
grains: [halfyear]
periods: { from: 2025-01-01, to: 2025-12-31 }
trajectories: { by: [l.code], count: running }
suppression: { threshold: 0 }
`,
  // A credit declaration cancels its debit.
  kosten: `
id: kosten
title: Gedeclareerde kosten
definition: Test.
unit: euro
population:
  class: Declaratieregel
  alias: d
  join: { c: d.betreft }
  person: c
measure: { kind: sum, value: d.bedrag }
time: { kind: event, date: d.datumStart }
grains: [halfyear]
periods: { from: 2025-01-01, to: 2025-12-31 }
suppression: { threshold: 0 }
`,
};

// Small cells: threshold 2; the categories come with their names from a lookup table.
METRICS['klein'] = `
id: klein
title: Wmo-cliënten per productcategorie
definition: Test.
population:
  class: Levering
  alias: l
  join: { t: l.geleverde zorg, c: l.prestatie voor }
  where: t.wet = 'Wmo'
  person: c
time: { start: l.datumStart, end: l.datumStop }
grains: [halfyear]
periods: { from: 2025-01-01, to: 2025-12-31 }
dimensions:
  - name: categorie
    title: Productcategorie
    value: substring(l.code, 1, 2)
    lookup: { table: bronze.categorieen, key: code, value: naam }
suppression: { threshold: 2 }
`;
// A denominator from a source table (a CBS StatLine export in bronze).
METRICS['cbs'] = `
id: cbs
title: Wmo-cliënten per 10.000 inwoners
definition: Test.
population:
  class: Levering
  alias: l
  join: { t: l.geleverde zorg, c: l.prestatie voor }
  where: t.wet = 'Wmo'
  person: c
time: { start: l.datumStart, end: l.datumStop }
grains: [year]
periods: { from: 2025-01-01, to: 2025-12-31 }
denominator: { table: bronze.cbs_bevolking, period: perioden, value: bevolking }
scale: 10000
suppression: { threshold: 0 }
`;

const variant = (text: string, id: string, extra: string) => text.replace(/^id: \w+/m, `id: ${id}`) + extra;
METRICS['gestart'] = variant(METRICS['trajecten']!, 'gestart', '').replace(
  'count: running',
  'count: started',
);
METRICS['beeindigd'] = variant(METRICS['trajecten']!, 'beeindigd', '').replace(
  'count: running',
  'count: ended',
);
METRICS['duur'] = variant(METRICS['trajecten']!, 'duur', '')
  .replace('count: running', 'count: mean_duration')
  .replace('unit: count', 'unit: days');

const WMO = 2;
const JEUGDWET = 3;

async function seed(engine: Engine, ctx: Ctx): Promise<void> {
  const levering = targetOf(ctx, 'Levering');
  const toewijzing = targetOf(ctx, 'Toewijzing');
  const client = targetOf(ctx, 'Client');
  const np = targetOf(ctx, 'NatuurlijkPersoon');
  const ip = targetOf(ctx, 'IngeschrevenPersoon');
  const regel = targetOf(ctx, 'Declaratieregel');
  await createSilver(engine, ctx.plan, [
    levering.table,
    toewijzing.table,
    client.table,
    np.table,
    ip.table,
    regel.table,
  ]);
  const v = { valid_from: '2020-01-01 00:00:00' };
  await insertRows(engine, toewijzing, [
    { toewijzing_id: 1, wet_enum_id: WMO, ...v },
    { toewijzing_id: 2, wet_enum_id: JEUGDWET, ...v },
  ]);
  const persons: [number, string][] = [
    [11, '1950-01-01'],
    [12, '1960-05-05'],
    [13, '1970-01-01'],
    [14, '1980-01-01'],
    [15, '2010-01-01'],
    // turns 18 on 2025-03-15: 17 at 2024-12-31, 18 at 2025-06-30
    [16, '2007-03-15'],
  ];
  await insertRows(
    engine,
    client,
    persons.map(([id]) => ({ rechtspersoon_id: id, ...v })),
  );
  await insertRows(
    engine,
    np,
    persons.map(([id, born]) => ({ rechtspersoon_id: id, datum_geboorte: born, ...v })),
  );
  await insertRows(engine, ip, [
    ...persons.map(([id]) => ({
      rechtspersoon_id: id,
      datum_inschrijving_gemeente: '2000-01-01',
      datum_einde_geldigheid_verblijfsplaats: null,
      ...v,
    })),
    // moved out on 2025-03-01: counted at 2024-12-31, not at 2025-06-30
    {
      rechtspersoon_id: 17,
      datum_inschrijving_gemeente: '2000-01-01',
      datum_einde_geldigheid_verblijfsplaats: '2025-03-01',
      ...v,
    },
  ]);
  await insertRows(engine, np, [{ rechtspersoon_id: 17, datum_geboorte: '1990-01-01', ...v }]);
  const lev = (id: number, client: number, t: number, code: string, start: string, stop: string | null) => ({
    levering_id: id,
    prestatie_voor_client_id: client,
    geleverde_zorg_toewijzing_id: t,
    code,
    datum_start: start,
    datum_stop: stop,
    ...v,
  });
  await insertRows(engine, levering, [
    lev(1, 11, 1, '02A01', '2025-06-30', null), // starts on H1's last day
    lev(2, 12, 1, '02A01', '2024-01-01', '2025-01-01'), // ends on H1's first day
    lev(3, 13, 1, '01A01', '2025-07-01', '2025-07-01'), // one day, H2
    lev(4, 14, 1, '01A01', '2024-01-01', '2024-12-31'), // ends before 2025
    lev(5, 15, 2, '45A03', '2025-01-01', null), // Jeugdwet
    lev(6, 16, 2, '45A03', '2024-10-01', '2025-12-31'), // turning 18
    // trajectories of client 13, code 07A01: adjacent, then overlapping, then after a gap
    lev(7, 13, 1, '07A01', '2025-01-01', '2025-02-28'),
    lev(8, 13, 1, '07A01', '2025-03-01', '2025-04-30'),
    lev(9, 13, 1, '07A01', '2025-04-15', '2025-05-31'),
    lev(10, 13, 1, '07A01', '2025-07-01', null),
  ]);
  await engine.execute('CREATE SCHEMA IF NOT EXISTS bronze');
  await engine.execute('CREATE TABLE bronze.categorieen (code VARCHAR, naam VARCHAR)');
  await engine.execute(
    "INSERT INTO bronze.categorieen VALUES ('01', 'Hulp bij het huishouden'), ('02', 'Begeleiding'), ('07', 'Verblijf')",
  );
  await engine.execute('CREATE TABLE bronze.cbs_bevolking (perioden VARCHAR, bevolking VARCHAR)');
  await engine.execute("INSERT INTO bronze.cbs_bevolking VALUES ('2024', '11900'), ('2025', '12000')");
  await insertRows(engine, regel, [
    { declaratieregel_id: 1, betreft_client_id: 11, bedrag: 100, datum_start: '2025-02-01', ...v },
    { declaratieregel_id: 2, betreft_client_id: 11, bedrag: -100, datum_start: '2025-02-01', ...v },
    { declaratieregel_id: 3, betreft_client_id: 12, bedrag: 50, datum_start: '2025-08-01', ...v },
  ]);
}

function metrics(ctx: Ctx): GoldMetric[] {
  const { metrics, diagnostics } = resolveProjectMetrics(
    Object.entries(METRICS).map(([id, text]) => ({ file: `gold/${id}.yaml`, text })),
    ctx,
  );
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return metrics;
}

async function gold(engine: Engine, id: string, schema = 'gold'): Promise<Record<string, unknown>[]> {
  const rows = await engine.query(`SELECT * FROM "${schema}"."${id}" ORDER BY grain, periode`);
  return rows.map((r) => ({
    ...r,
    periode_start: String(r['periode_start']).slice(0, 10),
    periode_eind: String(r['periode_eind']).slice(0, 10),
    teller: r['teller'] === null ? null : Number(r['teller']),
    noemer: r['noemer'] === null ? null : Number(r['noemer']),
    waarde: r['waarde'] === null ? null : Number(r['waarde']),
    ...(r['personen'] !== undefined
      ? { personen: r['personen'] === null ? null : Number(r['personen']) }
      : {}),
  }));
}

const figures = (rows: Record<string, unknown>[], key: (r: Record<string, unknown>) => string) =>
  Object.fromEntries(rows.map((r) => [key(r), r['teller']]));

const results: Record<string, Record<string, Record<string, unknown>[]>> = {};

describe.skipIf(!hasReleases())('gold metrics on hand-built silver', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await sociaalContext();
  });

  for (const te of TEST_ENGINES) {
    describe(te.name, () => {
      let engine: Engine;
      let close: () => Promise<void>;
      beforeAll(async () => {
        ({ engine, close } = await te.open('gold_engines'));
        await seed(engine, ctx);
        await ensureGoldStore(engine);
        for (const m of metrics(ctx)) await materialiseMetric(engine, m);
        results[te.name] = {};
        for (const id of Object.keys(METRICS)) {
          results[te.name]![id] = await gold(engine, id, 'gold_intern');
          results[te.name]![`published ${id}`] = await gold(engine, id);
        }
      });
      afterAll(async () => close?.());

      it('counts intervals touching the period bounds, not the other law', async () => {
        expect(figures(await gold(engine, 'wmo'), (r) => String(r['periode']))).toEqual({
          '2025H1': 3, // 11 (starts on 30 June), 12 (ends on 1 January), 13 (07A01 from January)
          '2025H2': 2, // 11 and 13 (01A01 on 1 July only, 07A01 from July); 15 and 16 are Jeugdwet
          '2025': 3,
        });
      });

      it('bands ages at the reference date and leaves a person who moved out out of the denominator', async () => {
        const rows = await gold(engine, 'leeftijd');
        const at = (p: string, band: string) =>
          rows.find((r) => r['periode'] === p && r['leeftijd'] === band);
        // client 16 (born 2007-03-15) is 17 on 2024-12-31 and 18 on 2025-06-30
        expect(at('2024H2', '0-17')?.['teller']).toBe(1);
        expect(at('2025H1', '0-17')?.['teller']).toBe(1); // client 15 only
        // inhabitants 0-17: 15 and 16 in 2024H2; only 15 in 2025H1
        expect(at('2024H2', '0-17')?.['noemer']).toBe(2);
        expect(at('2025H1', '0-17')?.['noemer']).toBe(1);
        // all inhabitants: 7 on 2024-12-31, 6 on 2025-06-30 (17 moved out on 2025-03-01)
        expect(at('2024H2', 'Totaal')?.['noemer']).toBe(7);
        expect(at('2025H1', 'Totaal')?.['noemer']).toBe(6);
        expect(at('2025H1', '0-17')?.['waarde']).toBe(1000);
      });

      it('merges overlapping and adjacent intervals into trajectories (the CBS rule)', async () => {
        const by = (id: string) =>
          gold(engine, id).then((rows) => figures(rows, (r) => String(r['periode'])));
        // client 13 × 07A01: 1 Jan–31 May (three intervals merged) and from 1 July; the other
        // leveringen are one trajectory each.
        const running = await by('trajecten');
        const started = await by('gestart');
        const ended = await by('beeindigd');
        const duur = await by('duur');
        // H1: 11/02A01, 12/02A01, 15/45A03, 16/45A03, 13/07A01#1 ; H2: 11, 13/01A01, 15, 16, 13/07A01#2
        expect(running).toEqual({ '2025H1': 5, '2025H2': 5 });
        expect(started).toEqual({ '2025H1': 3, '2025H2': 2 });
        // ended in H1: 12 (1 Jan) and 13/07A01 (31 May); in H2: 13/01A01 (1 Jul) and 16 (31 Dec)
        expect(ended).toEqual({ '2025H1': 2, '2025H2': 2 });
        // H1: (2024-01-01..2025-01-01 = 367 days + 151 days) / 2; H2: (1 + 457) / 2
        expect(duur).toEqual({ '2025H1': 259, '2025H2': 229 });
      });

      it('nets a credit declaration against its debit', async () => {
        expect(figures(await gold(engine, 'kosten'), (r) => String(r['periode']))).toEqual({
          '2025H1': 0,
          '2025H2': 50,
        });
      });

      it('suppresses small cells and publishes them without figures; the internal table keeps them', async () => {
        const h1 = (rows: Record<string, unknown>[]) =>
          Object.fromEntries(
            rows
              .filter((r) => r['periode'] === '2025H1')
              .map((r) => [r['categorie'], [r['teller'], r['onderdrukt']]]),
          );
        // H1: Begeleiding {11, 12}, Verblijf {13} (1 < 2), Totaal 3. Hiding Verblijf alone would leave
        // it as Totaal − Begeleiding, so Begeleiding is hidden too.
        expect(h1(await gold(engine, 'klein'))).toEqual({
          Begeleiding: [null, true],
          Verblijf: [null, true],
          Totaal: [3, false],
        });
        expect(h1(await gold(engine, 'klein', 'gold_intern'))).toEqual({
          Begeleiding: [2, true],
          Verblijf: [1, true],
          Totaal: [3, false],
        });
      });

      it('divides by a denominator from a source table', async () => {
        const [row] = await gold(engine, 'cbs');
        expect([row!['teller'], row!['noemer'], row!['waarde']]).toEqual([3, 12000, 2.5]);
      });

      it('keeps the previous figures when a build fails, and recovers from a staging table left behind', async () => {
        const [m] = metrics(ctx).filter((x) => x.descriptor.id === 'cbs');
        const before = await gold(engine, 'cbs');
        await engine.execute('ALTER TABLE bronze.cbs_bevolking RENAME TO cbs_weg');
        await expect(materialiseMetric(engine, m!, { force: true })).rejects.toThrow();
        expect(await gold(engine, 'cbs')).toEqual(before);
        await engine.execute('ALTER TABLE bronze.cbs_weg RENAME TO cbs_bevolking');
        // as if a build died after filling its staging table
        await engine.execute('CREATE TABLE gold.cbs__staging (rommel VARCHAR)');
        expect((await materialiseMetric(engine, m!, { force: true })).status).toBe('built');
        expect(await gold(engine, 'cbs')).toEqual(before);
        expect(await engine.describeTable({ schema: 'gold', name: 'cbs__staging' })).toBeUndefined();
      });

      it('rebuilds only when an input changed', async () => {
        const [m] = metrics(ctx).filter((x) => x.descriptor.id === 'wmo');
        expect((await materialiseMetric(engine, m!)).status).toBe('unchanged');
        await insertRows(engine, targetOf(ctx, 'Levering'), [
          {
            levering_id: 99,
            prestatie_voor_client_id: 14,
            geleverde_zorg_toewijzing_id: 1,
            code: '01A01',
            datum_start: '2025-03-01',
            datum_stop: null,
            valid_from: '2020-01-01 00:00:00',
          },
        ]);
        expect((await materialiseMetric(engine, m!)).status).toBe('built');
        expect(figures(await gold(engine, 'wmo'), (r) => String(r['periode']))['2025H1']).toBe(4);
        expect((await materialiseMetric(engine, m!)).status).toBe('unchanged');
      });

      it('records column lineage from each gold column to the silver columns it reads', async () => {
        const rows = await engine.query(
          `SELECT target_column, source_table, source_column FROM meta.lineage WHERE mapping = 'gold:wmo'`,
        );
        const edges = rows.map((r) => `${r['target_column']} <- ${r['source_table']}.${r['source_column']}`);
        expect(edges).toContain('periode <- levering.datum_start');
        expect(edges).toContain('teller <- levering.datum_stop');
        expect(edges).toContain('teller <- toewijzing.wet_enum_id');
        expect(edges).toContain('teller <- client.rechtspersoon_id');
        const catalog = await engine.query(
          `SELECT metric_id, cells FROM meta.gold_metrics ORDER BY metric_id`,
        );
        expect(catalog.map((r) => r['metric_id'])).toContain('wmo');
      });
    });
  }

  it('gives identical gold on DuckDB and PostgreSQL', () => {
    expect(Object.keys(results)).toEqual(TEST_ENGINES.map((t) => t.name));
    const [a, b] = Object.values(results);
    expect(a).toEqual(b);
    expect(Object.values(a!).every((rows) => rows.length > 0)).toBe(true);
  });

  it('publishes no suppressed value that the margins give back', () => {
    const rows = Object.values(results)[0]!['published klein']!;
    expect(rows.some((r) => r['onderdrukt'] === true)).toBe(true);
    const cells: GoldCell[] = rows.map((r) => ({
      period: String(r['periode']),
      periodStart: '',
      periodEnd: '',
      grain: String(r['grain']),
      dims: { categorie: String(r['categorie']) },
      numerator: r['teller'] as number | null,
      denominator: null,
      persons: null,
      value: null,
      suppressed: r['onderdrukt'] === true,
    }));
    expect(recomputableCells(cells, ['categorie'])).toEqual([]);
  });
});
