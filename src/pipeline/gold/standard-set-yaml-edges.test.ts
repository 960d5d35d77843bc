import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engines/engine.js';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import { resolveProjectMetrics } from '../../gold/project-metrics.js';
import { FIXTURE_TABLES, fixtureInserts, type Fixture } from '../../gold/sociaal/testing/silver-fixture.js';
import { EDGE_FIXTURE } from '../../gold/sociaal/testing/edge-fixture.js';
import { sociaalContext } from '../../../test/helpers/gold-silver.js';
import { ensureGoldStore, materialiseMetric } from './materialise-metric.js';

// goldset's hand-checked edge cases (src/pipeline/gold-standard-set/standard-set-edges.test.ts, same
// fixture, same expected figures) re-pointed at the metric files of examples/sociaal/gold, built by the
// gold materialisation. Inhabitants: 6 on 30 June 2025, 5 on 31 December (A4 leaves on 1 September); A1
// turns 18 on 15 August 2025. Only the 2025 periods are compared (the metric files run over the data).

const GOLD_DIR = fileURLToPath(new URL('../../../examples/sociaal/gold/', import.meta.url));
const SKIP = new Set(['wmo-clienten.yaml']);

const FIXTURE: Fixture = EDGE_FIXTURE;

describe.each(TEST_ENGINES)('the metric files on the edge cases on $name', (target) => {
  let engine: Engine;
  let close: () => Promise<void>;
  /** `periode | dims… | teller | noemer | waarde` of every 2025 cell (unsuppressed), sorted. */
  const cells = async (id: string): Promise<string[]> => {
    const rows = await engine.query(`SELECT * FROM gold_intern.${id} WHERE periode LIKE '2025%'`);
    const fixed = ['periode', 'periode_start', 'periode_eind', 'grain', 'teller', 'noemer', 'waarde'];
    const f = (v: unknown) => (v === null ? '-' : String(Number(v)));
    return rows
      .map((r) =>
        [
          r['periode'],
          ...Object.keys(r)
            .filter((k) => !fixed.includes(k) && k !== 'onderdrukt' && k !== 'personen')
            .map((k) => r[k]),
          f(r['teller']),
          f(r['noemer']),
          f(r['waarde']),
        ].join(' | '),
      )
      .sort();
  };

  beforeAll(async () => {
    const ctx = await sociaalContext();
    const files = readdirSync(GOLD_DIR)
      .filter((f) => f.endsWith('.yaml') && !SKIP.has(f))
      .map((file) => ({ file, text: readFileSync(GOLD_DIR + file, 'utf8') }));
    const { metrics, diagnostics } = resolveProjectMetrics(files, ctx);
    expect(diagnostics).toEqual([]);
    ({ engine, close } = await target.open('ggm_goldport_edges'));
    for (const sql of [...FIXTURE_TABLES, ...fixtureInserts(FIXTURE)]) await engine.execute(sql);
    for (const t of ['leverancier_sociaal_domein_generiek', 'toewijzing', 'levering', 'declaratieregel'])
      await engine.execute(`ALTER TABLE silver.${t} ADD COLUMN IF NOT EXISTS valid_to TIMESTAMP`);
    await engine.execute(`CREATE TABLE silver.client (rechtspersoon_id BIGINT, valid_to TIMESTAMP)`);
    await engine.execute(`INSERT INTO silver.client VALUES (1, NULL), (3, NULL)`);
    await ensureGoldStore(engine);
    for (const m of metrics) await materialiseMetric(engine, m);
  }, 180_000);
  afterAll(async () => close?.());

  it('counts a provision touching the period bounds, not one ending the day before; not a withdrawn one', async () => {
    expect(await cells('wmo_clienten_per_10000')).toEqual([
      '2025 | 01 | 2 | 5 | 4000', // A3 (T1), A4 (T4 starts 31 Dec); A4 left, so 5 inhabitants
      '2025 | 02 | 1 | 5 | 2000',
      '2025 | Totaal | 2 | 5 | 4000',
      '2025H1 | 01 | 1 | 6 | 1666.67', // T1 ends 30 June, T2 starts 30 June
      '2025H1 | 02 | 1 | 6 | 1666.67',
      '2025H1 | Totaal | 1 | 6 | 1666.67',
      '2025H2 | 01 | 1 | 5 | 2000', // T1 is over; A4 again from 31 Dec
      '2025H2 | 02 | 1 | 5 | 2000',
      '2025H2 | Totaal | 2 | 5 | 4000',
    ]);
  });

  it('takes ages on the last day of the period: a client turning 18 leaves numerator and denominator', async () => {
    expect(await cells('jeugdhulp_jeugdigen')).toEqual([
      '2025 | 1 | 2 | 50', // only A2: A1 is 18 on 31 December
      '2025H1 | 2 | 3 | 66.67', // A1 (17) and A2 of A1, A2, A6
      '2025H2 | 1 | 2 | 50',
    ]);
    // the only fact (T6) is open from 1 March: the periods run on to the end of 2025
    expect(await cells('jeugdbescherming_jeugdigen')).toEqual([
      '2025 | 1 | 2 | 50',
      '2025H1 | 1 | 3 | 33.33',
      '2025H2 | 1 | 2 | 50',
    ]);
    // goldset publishes 0 of 2 here; a metric file without any fact has no periods and no cells
    expect(await cells('jeugdreclassering_jeugdigen')).toEqual([]);
  });

  it('merges overlapping and adjacent leveringen into one trajectory, not ones a day apart', async () => {
    const status = async (id: string) => (await cells(id)).join(', ');
    expect(await status('jeugdhulp_trajecten_beeindigd')).toBe(
      '2025 | 3 | - | 3, 2025H1 | 1 | - | 1, 2025H2 | 2 | - | 2',
    );
    expect(await status('jeugdhulp_trajecten_gestart')).toBe(
      '2025 | 4 | - | 4, 2025H1 | 3 | - | 3, 2025H2 | 1 | - | 1',
    );
    expect(await status('jeugdhulp_trajecten_lopend')).toBe(
      '2025 | 4 | - | 4, 2025H1 | 3 | - | 3, 2025H2 | 3 | - | 3',
    );
    // 1 April – 30 June = 91 days; 1 Feb – 31 Aug = 212 and 1 June – 15 July = 45 (the mean is the teller)
    expect(await cells('jeugdhulp_trajectduur')).toEqual([
      '2025 | 116 | - | 116',
      '2025H1 | 91 | - | 91',
      '2025H2 | 128.5 | - | 128.5',
    ]);
  });

  it('subtracts a credit declaration and rounds half-way amounts away from zero', async () => {
    expect(await cells('kosten')).toEqual([
      '2025 | Jeugdwet | 45 | 60 | - | 60',
      '2025 | Jeugdwet | Totaal | 60 | - | 60',
      '2025 | Totaal | 02 | 80.25 | - | 80.25', // the CUBE also totals each productcategorie
      '2025 | Totaal | 45 | 60 | - | 60',
      '2025 | Totaal | Totaal | 140.25 | - | 140.25',
      '2025 | Wmo | 02 | 80.25 | - | 80.25',
      '2025 | Wmo | Totaal | 80.25 | - | 80.25',
      '2025H1 | Jeugdwet | 45 | 100 | - | 100',
      '2025H1 | Jeugdwet | Totaal | 100 | - | 100',
      '2025H1 | Totaal | 45 | 100 | - | 100',
      '2025H1 | Totaal | Totaal | 100 | - | 100',
      '2025H2 | Jeugdwet | 45 | -40 | - | -40',
      '2025H2 | Jeugdwet | Totaal | -40 | - | -40',
      '2025H2 | Totaal | 02 | 80.25 | - | 80.25',
      '2025H2 | Totaal | 45 | -40 | - | -40',
      '2025H2 | Totaal | Totaal | 40.25 | - | 40.25',
      '2025H2 | Wmo | 02 | 80.25 | - | 80.25',
      '2025H2 | Wmo | Totaal | 80.25 | - | 80.25',
    ]);
    expect(await cells('kosten_per_client')).toContain('2025H2 | Totaal | 40.25 | 2 | 20.13');
    expect(await cells('kosten_per_inwoner')).toContain('2025 | Totaal | 140.25 | 5 | 28.05');
  });
});
