import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engines/engine.js';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import { yearAndHalfYearPeriods } from '../../gold/sociaal/periods.js';
import {
  FIXTURE_TABLES,
  FIXTURE_UITKERINGEN,
  fixtureInserts,
  type Fixture,
} from '../../gold/sociaal/testing/silver-fixture.js';
import { EDGE_FIXTURE } from '../../gold/sociaal/testing/edge-fixture.js';
import { materialiseStandardSet } from './materialise-standard-set.js';
import { materialiseMetric } from '../gold/materialise-metric.js';
import { standardMetricFiles } from '../../../test/helpers/standard-metric-files.js';

// Hand-checked small cases for the edges, 2025 only (2025, 2025H1, 2025H2), built for gemeente 0221.
// Inhabitants: 6 on 30 June, 5 on 31 December (A7 lives in gemeente 0200) (A4 leaves on 1 September); A1 turns 18 on 15 August 2025. The expected figures are
// worked out by hand in the comments; docs/gold-standard-set.md states the rules they follow.
/** The shared edge fixture, plus a person of another gemeente, verzoeken and uitkeringen. */
const FIXTURE: Fixture = {
  ...EDGE_FIXTURE,
  persons: [
    ...(EDGE_FIXTURE.persons ?? []),
    // registered in another gemeente: an inhabitant only when no gemeente is given
    { id: 7, bsn: 'A7', born: '1980-01-01', registered: '2000-01-01', gemeente: '0200' },
  ],
  verzoeken: [
    { id: 1, referentie: 'R5', received: '2025-01-03', verwijzer: 3, provider: 1, client: 1 },
    { id: 2, referentie: 'R9', received: '2025-05-10', verwijzer: 2, provider: 2, client: 1 },
    // same referentie at another aanbieder: answers nothing of T5
    { id: 3, referentie: 'R5', received: '2025-01-01', verwijzer: 1, provider: 2, client: 2 },
  ],
  uitkeringen: [
    { bsn: 'A4', start: '2025-01-01' },
    { bsn: 'A5', start: '2024-01-01', end: '2024-12-31' },
  ],
};

/** Both ways in: `ggm gold-standard-set`, and the `standaard:` files through the gold step of `ggm run`. */
const WAYS = TEST_ENGINES.flatMap((target) =>
  (['command', 'metric files'] as const).map((way) => ({ target, way, name: `${target.name}, ${way}` })),
);

describe.each(WAYS)('standard set edge cases on $name', ({ target, way }) => {
  let engine: Engine;
  let close: () => Promise<void>;
  /** `periode | dims… | teller | noemer | waarde` of every cell of a metric, sorted. */
  const cells = async (id: string, schema = 'gold'): Promise<string[]> => {
    const rows = await engine.query(`SELECT * FROM ${schema}.${id}`);
    const fixed = [
      'periode',
      'periode_start',
      'periode_eind',
      'grain',
      'teller',
      'noemer',
      'waarde',
      'onderdrukt',
      'personen',
    ];
    const f = (v: unknown) => (v === null ? '-' : String(Number(v)));
    return rows
      .map((r) =>
        [
          r['periode'],
          ...Object.keys(r)
            .filter((k) => !fixed.includes(k))
            .map((k) => r[k]),
          f(r['teller']),
          f(r['noemer']),
          f(r['waarde']),
        ].join(' | '),
      )
      .sort();
  };

  beforeAll(async () => {
    ({ engine, close } = await target.open('ggm_goldset_edges'));
    for (const sql of [...FIXTURE_TABLES, ...fixtureInserts(FIXTURE)]) await engine.execute(sql);
    if (way === 'command')
      await materialiseStandardSet(engine, {
        periods: yearAndHalfYearPeriods(2025, 2025),
        threshold: 0,
        uitkeringen: FIXTURE_UITKERINGEN,
        gemeente: '0221',
      });
    else
      for (const m of await standardMetricFiles({
        extra:
          "periods: { from: 2025-01-01, to: 2025-12-31 }\nsuppression: { threshold: 0 }\ngemeente: '0221'",
      }))
        await materialiseMetric(engine, m, { uitkeringen: FIXTURE_UITKERINGEN });
  }, 120_000);
  afterAll(async () => close?.());

  it('counts households and provisions per client of provisions touching the period bounds', async () => {
    // households: H1 {2} of {1, 2, 3, 4}; H2 and 2025 {2, 3} of {1, 2, 4} (A4's household 3 left)
    expect(await cells('wmo_huishoudens_per_1000')).toEqual([
      '2025 | 2 | 3 | 666.67',
      '2025H1 | 1 | 4 | 250',
      '2025H2 | 2 | 3 | 666.67',
    ]);
    expect(await cells('wmo_voorzieningen_per_client')).toEqual(
      expect.arrayContaining(['2025 | 1 | 1 | - | 1', '2025 | 2 | 1 | - | 1', '2025 | Totaal | 2 | - | 2']),
    );
  });

  it('takes volgens plan from the last levering of each merged trajectory', async () => {
    expect(await cells('jeugdhulp_volgens_plan')).toEqual([
      '2025 | 2 | 3 | 66.67',
      '2025H1 | 1 | 1 | 100',
      '2025H2 | 1 | 2 | 50',
    ]);
  });

  it('measures lead times and stapeling per person and household', async () => {
    // T5 22 days, T8 7, T9 12, T6 9 (Jeugdwet); T1 16 (Wmo)
    expect(await cells('doorlooptijd_start_zorg')).toEqual(
      expect.arrayContaining([
        '2025H1 | Jeugdwet | 50 | 4 | 12.5',
        '2025H1 | Wmo | 16 | 1 | 16',
        '2025H1 | Totaal | 66 | 5 | 13.2',
      ]),
    );
    expect(await cells('stapeling')).toEqual([
      '2025 | Alleen Jeugdwet | 2 | - | 2',
      '2025 | Alleen Wmo | 1 | - | 1',
      '2025 | Wmo + Participatiewet | 1 | - | 1',
    ]);
    expect(await cells('stapeling_huishoudens')).toEqual([
      '2025 | Alleen Jeugdwet | 1 | - | 1',
      '2025 | Alleen Wmo | 1 | - | 1',
      '2025 | Wmo + Participatiewet | 1 | - | 1',
    ]);
  });

  it('follows zorgpaden: verwijzer by aanbieder and referentie, lead times between steps, dubbelingen', async () => {
    const stromen = await cells('zorgpad_stromen');
    expect(stromen).toContain('2025H1 | Jeugdwet | Jeugdarts | AGB1 | 45 | 1 | - | 1');
    expect(stromen).toContain('2025H1 | Jeugdwet | Huisarts | AGB2 | 45 | 1 | - | 1');
    expect(stromen).toContain('2025H1 | Jeugdwet | Geen verzoek om toewijzing | AGB2 | 48 | 1 | - | 1');
    expect(stromen.some((s) => s.includes('Gemeente'))).toBe(false);
    expect(await cells('zorgpad_doorlooptijden')).toEqual(
      expect.arrayContaining([
        '2025H1 | Jeugdwet | verzoek → toewijzing | 17 | 2 | 8.5',
        '2025H1 | Jeugdwet | toewijzing → start levering | 50 | 4 | 12.5',
        '2025H1 | Jeugdwet | verzoek → start levering | 51 | 2 | 25.5',
      ]),
    );
    expect(await cells('zorgpad_dubbelingen')).toEqual([
      '2025 | Jeugdwet | 45 | 1 | - | 1',
      '2025 | Jeugdwet | Totaal | 1 | - | 1',
      '2025H1 | Jeugdwet | 45 | 1 | - | 1',
      '2025H1 | Jeugdwet | Totaal | 1 | - | 1',
      '2025H2 | Jeugdwet | 45 | 1 | - | 1',
      '2025H2 | Jeugdwet | Totaal | 1 | - | 1',
    ]);
    const [pad] = await engine.query(
      `SELECT soort_verwijzer, duur_dagen, stopreden, kosten FROM gold_intern.zorgpad WHERE toewijzing_id = 5`,
    );
    expect({ ...pad, duur_dagen: Number(pad!['duur_dagen']), kosten: Number(pad!['kosten']) }).toEqual({
      soort_verwijzer: 'Jeugdarts',
      duur_dagen: 212,
      stopreden: '31',
      kosten: 60,
    });
  });

  it('publishes small cells suppressed, keeps them in gold_intern, and records every metric', async () => {
    // without a gemeente A7 is an inhabitant too: 6 on 31 December
    if (way === 'command')
      await materialiseStandardSet(engine, {
        periods: yearAndHalfYearPeriods(2025, 2025),
        threshold: 5,
        uitkeringen: FIXTURE_UITKERINGEN,
      });
    else
      for (const m of await standardMetricFiles({ extra: 'periods: { from: 2025-01-01, to: 2025-12-31 }' }))
        expect((await materialiseMetric(engine, m, { uitkeringen: FIXTURE_UITKERINGEN })).status).toBe(
          'built',
        );
    expect(await cells('wmo_voorzieningen_per_client', 'gold_intern')).toContain('2025 | Totaal | 2 | - | 2');
    const published = await engine.query(`SELECT teller, onderdrukt FROM gold.wmo_voorzieningen_per_client`);
    expect(published.every((r) => r['teller'] === null && r['onderdrukt'] === true)).toBe(true);
    const catalog = await engine.query(`SELECT count(*) AS n FROM meta.gold_metrics`);
    expect(Number(catalog[0]!['n'])).toBe(9);
  });
});
