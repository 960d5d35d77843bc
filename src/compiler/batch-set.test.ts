import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine, Row } from '../engines/engine.js';
import { PostgresEngine } from '../engines/postgres/postgres-engine.js';
import { createTestDatabase, type TestDatabase } from '../engines/postgres/postgres-test-database.js';
import { miniIndex } from '../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../test/fixtures/mappings/mini-schema.js';
import {
  addBatch,
  createBronze,
  createSilver,
  FIXTURES,
  type Layout,
} from '../../test/fixtures/mappings/load-scenario.js';
import { compileMapping } from './compile-mapping.js';
import { emitLoadSql, pendingBatchesSql } from './emit/emit-load-sql.js';
import { getMappingDialect, type MappingDialectName } from '../dialects/dialect-registry.js';
import { batchSetBlocker, batchSetPass } from './passes/batch-set-pass.js';
import type { BatchBound, PlanStep } from './plan/load-plan.js';

/** Snapshot without close_missing (delta deliveries): versions of one key may chain within a set. */
const SNAPSHOT_DELTA = readFileSync(join(FIXTURES, 'pand-snapshot.yaml'), 'utf8')
  .replace('name: bag-panden', 'name: bag-panden-delta')
  .replace('close_missing: true', 'close_missing: false');
const EVENTS = readFileSync(join(FIXTURES, 'pand-events.yaml'), 'utf8');
const NONE = readFileSync(join(FIXTURES, 'vbo-none.yaml'), 'utf8');
/** Tombstones (`delete_when: status X`) and a `where` (names 'overslaan' are not mapped). */
const DELETES_NONE = readFileSync(join(FIXTURES, 'pand-deletes-none.yaml'), 'utf8');
const DELETES_SNAPSHOT = readFileSync(join(FIXTURES, 'pand-deletes.yaml'), 'utf8');

const ONE_BY_ONE: BatchBound = { maxBatches: 1, maxRows: 1 };
const BOUNDS: [string, BatchBound][] = [
  ['all batches in one pass', { maxBatches: 100, maxRows: 1_000_000 }],
  ['two batches per pass', { maxBatches: 2, maxRows: 1_000_000 }],
  ['at most 4 rows past the first batch', { maxBatches: 100, maxRows: 4 }],
];

interface Load {
  statements: string[];
  pendingSql: string;
}

function compile(text: string, dialect: MappingDialectName, layout: Layout, bound: BatchBound): Load {
  const { targets } = miniSchema(layout);
  const compiled = compileMapping(text, 'set.yaml', { index: miniIndex(), targets, bronze: MINI_BRONZE }, [
    dialect,
  ]);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !compiled.plan) throw new Error(JSON.stringify(errors));
  const plan = batchSetPass(compiled.plan, bound);
  const d = getMappingDialect(dialect);
  return { statements: emitLoadSql(plan, d).statements, pendingSql: pendingBatchesSql(plan, d) };
}

/** As `ggm run` does: one transaction per pass until nothing is pending; returns the passes. */
async function applyPending(engine: Engine, load: Load): Promise<number> {
  let passes = 0;
  do {
    passes++;
    await engine.transaction(async (tx) => {
      for (const s of load.statements) await tx.execute(s);
    });
    const [row] = await engine.query(load.pendingSql);
    if (Number(Object.values(row ?? {})[0]) === 0) return passes;
  } while (passes < 1000);
  throw new Error('batches stay pending');
}

const T = (day: number) => `2026-02-${String(day).padStart(2, '0')} 10:00:00`;

/**
 * Bronze with the same keys in several batches: changes, a change back (A → B → A), unchanged rows,
 * duplicates within a batch, rows without key, unmapped codes and unparsable values.
 */
async function fillBronze(engine: Engine): Promise<void> {
  // Snapshot deltas. Columns: pand_id, status_code, bouwjaar, oppervlakte, docdatum, geconstateerd, naam.
  await addBatch(engine, 'bag_panden', 'P1', T(1), [
    ['0001', '1', '1990', '100', '01-02-2020', 'J', 'een'],
    ['0002', '2', '1991', '80', '01-02-2020', 'N', 'twee'],
    ['0003', '7', 'abc', '99,95', '31-02-2021', 'x', 'a very long name'],
    [null, '1', '2000', '1', '01-01-2000', 'J', 'zonder id'],
    ['0006', '1', '2001', '10', '01-01-2020', 'J', 'eerste'],
    ['0006', '2', '2001', '10', '01-01-2020', 'J', 'tweede'],
  ]);
  await addBatch(engine, 'bag_panden', 'P2', T(2), [
    ['0001', '2', '1990', '100', '01-02-2020', 'J', 'een'],
    ['0002', '2', '1991', '80', '01-02-2020', 'N', 'twee'],
    ['0004', '9', '2024', '120', '01-06-2024', 'N', 'vier'],
    ['0006', '2', '2001', '10', '01-01-2020', 'J', 'tweede'],
  ]);
  await addBatch(engine, 'bag_panden', 'P3', T(3), [
    ['0001', '1', '1990', '100', '01-02-2020', 'J', 'een'],
    ['0003', '7', 'abc', '99,95', '31-02-2021', 'x', 'a very long name'],
    [null, '2', '2000', '1', '01-01-2000', 'J', 'weer zonder id'],
  ]);
  await addBatch(engine, 'bag_panden', 'P4', T(4), [
    ['0001', '1', '1990', '100', '01-02-2020', 'J', 'een'],
    ['0004', '1', '2024', '120', '01-06-2024', 'N', 'vier'],
    ['0002', '9', '1991', '80', '01-02-2020', 'N', 'twee'],
    ['0005', '1', '2025', '50', '01-01-2025', 'J', 'vijf'],
    ['0005', '2', '2025', '50', '01-01-2025', 'J', 'vijf'],
  ]);
  await addBatch(engine, 'bag_panden', 'P5', T(5), [['0004', '9', '2024', '120', '01-06-2024', 'N', 'vier']]);

  // Events: the same event re-sent in later batches, a duplicate within a batch, an unmapped status.
  await addBatch(engine, 'bag_pand_mutaties', 'M1', T(1), [
    ['0005', 'Bouwvergunning verleend', '01-03-2025 09:30'],
    ['0005', 'IG', '01-09-2025 14:00'],
  ]);
  await addBatch(engine, 'bag_pand_mutaties', 'M2', T(2), [
    ['0005', 'IG', '01-09-2025 14:00'],
    ['0007', 'gesloopt', '02-10-2025 08:00'],
    ['0007', 'IG', '02-10-2025 08:00'],
  ]);
  await addBatch(engine, 'bag_pand_mutaties', 'M3', T(3), [
    ['0005', 'IG', '01-09-2025 14:00'],
    ['0007', 'IG', '02-10-2025 08:00'],
    ['0005', 'gesloopt', '03-10-2025 08:00'],
  ]);

  // None, with a code table joined by `latest`: D2 arrives between V2 and V3.
  await addBatch(engine, 'bag_doel', 'D1', '2026-01-01 00:00:00', [['WON', 'woonfunctie']]);
  await addBatch(engine, 'bag_doel', 'D2', '2026-02-02 12:00:00', [
    ['WON', 'wonen'],
    ['KAN', 'kantoor'],
  ]);
  await addBatch(engine, 'bag_vbo', 'V1', T(1), [
    ['1001', 'WON', '0001'],
    ['1002', 'KAN', null],
    ['1003', 'WON', '9999'],
    ['1003', 'KAN', '9999'],
  ]);
  await addBatch(engine, 'bag_vbo', 'V2', T(2), [
    ['1001', 'KAN', '0001'],
    ['1002', 'KAN', null],
    [null, 'WON', null],
  ]);
  await addBatch(engine, 'bag_vbo', 'V3', T(3), [
    ['1001', 'WON', '0001'],
    ['1002', 'KAN', null],
    ['1004', 'WON', '0002'],
  ]);
  await addBatch(engine, 'bag_vbo', 'V4', T(4), [
    ['1001', 'WON', '0001'],
    ['1004', 'KAN', '0002'],
    ['1004', 'WON', '0002'],
  ]);
}

/** A pass that fails after its merge, before the ledger: its transaction leaves nothing behind. */
async function dieMidPass(engine: Engine, load: Load): Promise<void> {
  const upToMerge = load.statements.findIndex((s) => s.startsWith('INSERT INTO "meta"."applied_batches"'));
  expect(upToMerge).toBeGreaterThan(0);
  await expect(
    engine.transaction(async (tx) => {
      for (const s of load.statements.slice(0, upToMerge)) await tx.execute(s);
      throw new Error('killed');
    }),
  ).rejects.toThrow('killed');
}

/** Seeded random bronze: few keys and values, so repeats, changes back, duplicates and NULLs abound. */
function randomBronze(seed: number, deletes = false): (engine: Engine) => Promise<void> {
  let state = 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const rows = (make: () => (string | null)[]) => Array.from({ length: 1 + Math.floor(next() * 5) }, make);
  return async (engine) => {
    state = seed >>> 0;
    const days = Array.from({ length: 14 }, (_, i) => i + 1);
    for (const day of days) {
      await addBatch(engine, 'bag_panden', `P${day}`, T(day), [
        ...rows(() => [
          pick(['0001', '0002', '0003', '0004', null]),
          pick(deletes ? ['1', '2', 'X', 'X', '7'] : ['1', '2', '9', '7']),
          pick(['1990', '1990', 'abc']),
          '100',
          '01-02-2020',
          pick(['J', 'N']),
          pick(deletes ? ['a', 'b', null, 'overslaan'] : ['a', 'b', null]),
        ]),
      ]);
      await addBatch(engine, 'bag_pand_mutaties', `M${day}`, T(day), [
        ...rows(() => [
          pick(['0004', '0005', '0006']),
          pick(['IG', 'gesloopt', 'Bouwvergunning verleend']),
          pick(['01-03-2025 09:30', '01-09-2025 14:00', '02-10-2025 08:00']),
        ]),
      ]);
      if (next() < 0.3)
        await addBatch(engine, 'bag_doel', `D${day}`, `2026-02-${String(day).padStart(2, '0')} 09:00:00`, [
          ['WON', pick(['wonen', 'woonfunctie'])],
          ['KAN', pick(['kantoor', 'kantoorfunctie'])],
        ]);
      await addBatch(engine, 'bag_vbo', `V${day}`, T(day), [
        ...rows(() => [
          pick(['1001', '1002', '1003', null]),
          pick(['WON', 'KAN', 'XXX']),
          pick(['0001', null]),
        ]),
      ]);
    }
  };
}

/** Everything the loads wrote, without the wall-clock columns. */
async function dump(engine: Engine): Promise<Record<string, string[]>> {
  const rows = async (sql: string) =>
    (await engine.query(sql))
      .map((r: Row) => {
        const kept = Object.entries(r).filter(
          ([k]) => !['loaded_at', 'recorded_at', 'applied_at'].includes(k),
        );
        return JSON.stringify(kept, (_k, v: unknown) =>
          typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : v,
        );
      })
      .sort();
  return {
    pand: await rows('SELECT * FROM silver.pand'),
    verblijfsobject: await rows('SELECT * FROM silver.verblijfsobject'),
    findings: await rows('SELECT * FROM meta.load_findings'),
    applied: await rows('SELECT * FROM meta.applied_batches'),
  };
}

/** Loads the three mappings to the end with one bound; returns what they wrote and the passes. */
async function scenario(
  engine: Engine,
  dialect: MappingDialectName,
  layout: Layout,
  bound: BatchBound,
  interrupt = false,
  fill: (engine: Engine) => Promise<void> = fillBronze,
  mappings: readonly string[] = [EVENTS, SNAPSHOT_DELTA, NONE],
): Promise<{ result: Record<string, string[]>; passes: number[] }> {
  for (const schema of ['bronze', 'silver', 'meta'])
    await engine.execute(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await createBronze(engine);
  await createSilver(engine, dialect, layout);
  await fill(engine);
  const passes: number[] = [];
  for (const text of mappings) {
    const load = compile(text, dialect, layout, bound);
    if (interrupt) await dieMidPass(engine, load);
    passes.push(await applyPending(engine, load));
  }
  return { result: await dump(engine), passes };
}

async function checkEquivalence(engine: Engine, dialect: MappingDialectName, layout: Layout): Promise<void> {
  const reference = await scenario(engine, dialect, layout, ONE_BY_ONE);
  expect(reference.passes).toEqual([3, 5, 4]);
  expect(reference.result['applied']).toHaveLength(12);
  for (const [name, bound] of BOUNDS) {
    const setwise = await scenario(engine, dialect, layout, bound);
    expect(setwise.result, `${dialect} ${layout}: ${name}`).toEqual(reference.result);
    if (bound.maxBatches === 100 && bound.maxRows > 100) expect(setwise.passes).toEqual([1, 1, 1]);
    if (bound.maxBatches === 2) expect(setwise.passes).toEqual([2, 3, 2]);
  }
  // A set pass that dies before it commits loses only itself: the rerun ends where one by one does.
  const interrupted = await scenario(engine, dialect, layout, BOUNDS[0]![1], true);
  expect(interrupted.result).toEqual(reference.result);
  // What batch by batch gives (and so the sets): spot checks on the chained versions.
  const history = await engine.query(
    `SELECT identificatie, status_enum_id, CAST(valid_from AS VARCHAR) AS valid_from, CAST(valid_to AS VARCHAR) AS valid_to, load_batch_id FROM silver.pand WHERE identificatie IN ('0001', '0004') ORDER BY identificatie, valid_from`,
  );
  expect(history).toEqual([
    { identificatie: '0001', status_enum_id: 1, valid_from: T(1), valid_to: T(2), load_batch_id: 'P1' },
    { identificatie: '0001', status_enum_id: 2, valid_from: T(2), valid_to: T(3), load_batch_id: 'P2' },
    { identificatie: '0001', status_enum_id: 1, valid_from: T(3), valid_to: null, load_batch_id: 'P3' },
    { identificatie: '0004', status_enum_id: 3, valid_from: T(2), valid_to: T(4), load_batch_id: 'P2' },
    { identificatie: '0004', status_enum_id: 1, valid_from: T(4), valid_to: T(5), load_batch_id: 'P4' },
    { identificatie: '0004', status_enum_id: 3, valid_from: T(5), valid_to: null, load_batch_id: 'P5' },
  ]);
  const vbo = await engine.query(
    `SELECT identificatie, gebruiksdoel, load_batch_id FROM silver.verblijfsobject ORDER BY identificatie`,
  );
  expect(vbo).toEqual([
    // V2 changed it, V3 changed it back (with D2's description), V4 repeats V3: V3 wrote it last.
    { identificatie: '1001', gebruiksdoel: 'wonen', load_batch_id: 'V3' },
    // V3 reads KAN from D2 ('kantoor'); V1 and V2 had no description for it.
    { identificatie: '1002', gebruiksdoel: 'kantoor', load_batch_id: 'V3' },
    { identificatie: '1003', gebruiksdoel: 'KAN', load_batch_id: 'V1' },
    { identificatie: '1004', gebruiksdoel: 'wonen', load_batch_id: 'V3' },
  ]);
  const duplicates = await engine.query(
    `SELECT batch_id, row_number, value FROM meta.load_findings WHERE kind = 'duplicate-key' ORDER BY batch_id, row_number`,
  );
  // Only keys repeated within a batch; keys repeated across batches are no duplicates.
  expect(duplicates).toEqual([
    { batch_id: 'M2', row_number: 2, value: '0007' },
    { batch_id: 'P1', row_number: 5, value: '0006' },
    { batch_id: 'P4', row_number: 4, value: '0005' },
    { batch_id: 'V1', row_number: 3, value: '1003' },
    { batch_id: 'V4', row_number: 2, value: '1004' },
  ]);
  const events = await engine.query(
    `SELECT identificatie, CAST(valid_from AS VARCHAR) AS valid_from, load_batch_id FROM silver.pand WHERE load_source = 'bag-pand-mutaties' ORDER BY identificatie, valid_from`,
  );
  expect(events).toEqual([
    { identificatie: '0005', valid_from: '2025-03-01 09:30:00', load_batch_id: 'M1' },
    { identificatie: '0005', valid_from: '2025-09-01 14:00:00', load_batch_id: 'M1' },
    { identificatie: '0005', valid_from: '2025-10-03 08:00:00', load_batch_id: 'M3' },
    { identificatie: '0007', valid_from: '2025-10-02 08:00:00', load_batch_id: 'M2' },
  ]);
}

/**
 * A state batch by batch handles row by row: an object with three current rows, two equal to the next
 * batch's row and one not (two mappings writing one table can leave that). P1 and V1 are applied first.
 */
async function severalCurrentRows(
  engine: Engine,
  dialect: MappingDialectName,
  layout: Layout,
  bound: BatchBound,
): Promise<Record<string, string[]>> {
  for (const schema of ['bronze', 'silver', 'meta'])
    await engine.execute(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await createBronze(engine);
  await createSilver(engine, dialect, layout);
  await fillBronze(engine);
  const once = async (text: string) => {
    await engine.transaction(async (tx) => {
      for (const s of compile(text, dialect, layout, ONE_BY_ONE).statements) await tx.execute(s);
    });
  };
  await once(SNAPSHOT_DELTA);
  await once(NONE);
  const step = layout === 'versioned' ? 1 : 0;
  for (const [table, id, key] of [
    ['pand', '0002', 'pand_id'],
    ['verblijfsobject', '1002', 'verblijfsobject_id'],
  ] as const) {
    for (const [n, hash] of [
      [1, 'row_hash'],
      [2, `'x'`],
    ] as const) {
      await engine.execute(
        `CREATE TEMP TABLE copy_rows AS SELECT * FROM silver.${table} WHERE identificatie = '${id}'`,
      );
      await engine.execute(
        `UPDATE copy_rows SET ${key} = ${key} + ${n * step}, valid_from = valid_from - INTERVAL '${n} day', row_hash = ${hash}`,
      );
      await engine.execute(`INSERT INTO silver.${table} SELECT * FROM copy_rows`);
      await engine.execute('DROP TABLE copy_rows');
    }
  }
  for (const text of [SNAPSHOT_DELTA, NONE])
    await applyPending(engine, compile(text, dialect, layout, bound));
  return dump(engine);
}

describe('batch sets: several pending batches in one pass, as if applied one by one', () => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase('ggm_batch_set');
  });
  afterAll(async () => {
    await db?.drop();
  });

  for (const layout of ['stable-key', 'versioned'] as const) {
    it(`on DuckDB (${layout})`, async () => {
      const engine = await DuckDbEngine.open({ path: ':memory:' });
      try {
        await checkEquivalence(engine, 'duckdb', layout);
      } finally {
        await engine.close();
      }
    }, 120_000);

    it(`on PostgreSQL (${layout})`, async () => {
      const engine = await PostgresEngine.open(db!.url);
      try {
        await checkEquivalence(engine, 'postgres', layout);
      } finally {
        await engine.close();
      }
    }, 120_000);
  }

  it('match batch by batch when an object has several current rows, on DuckDB and PostgreSQL', async () => {
    for (const layout of ['stable-key', 'versioned'] as const) {
      const duck = await DuckDbEngine.open({ path: ':memory:' });
      try {
        const reference = await severalCurrentRows(duck, 'duckdb', layout, ONE_BY_ONE);
        // The row that differs is closed (snapshot) or removed (none); the equal ones stay.
        // Rows that differ from P2 are closed by P2; those equal to it stay open until P4 changes 0002.
        const pand = reference['pand']!.filter((r) => r.includes('"0002"'));
        const closedAt = (day: string) => pand.filter((r) => r.includes(`["valid_to","2026-02-${day}`));
        expect(closedAt('02').every((r) => r.includes('["row_hash","x"]'))).toBe(true);
        expect([closedAt('02').length, closedAt('04').length, pand.length]).toEqual([2, 2, 5]);
        // With a key per version, verblijfsobject (history none) matches by key: the copies are others.
        if (layout === 'stable-key')
          expect(reference['verblijfsobject']!.filter((r) => r.includes('"x"'))).toHaveLength(0);
        expect(await severalCurrentRows(duck, 'duckdb', layout, BOUNDS[0]![1])).toEqual(reference);
      } finally {
        await duck.close();
      }
      const pg = await PostgresEngine.open(db!.url);
      try {
        const reference = await severalCurrentRows(pg, 'postgres', layout, ONE_BY_ONE);
        expect(await severalCurrentRows(pg, 'postgres', layout, BOUNDS[0]![1])).toEqual(reference);
      } finally {
        await pg.close();
      }
    }
  }, 120_000);

  it('match batch by batch on seeded random batches, on DuckDB and PostgreSQL', async () => {
    const duck = await DuckDbEngine.open({ path: ':memory:' });
    const pg = await PostgresEngine.open(db!.url);
    try {
      // BATCH_SET_SEEDS=n tries more seeds.
      const seeds = Number(process.env['BATCH_SET_SEEDS'] ?? 4);
      for (let seed = 1; seed <= seeds; seed++) {
        const layout: Layout = seed % 2 === 0 ? 'versioned' : 'stable-key';
        for (const [engine, dialect] of [
          [duck, 'duckdb'],
          [pg, 'postgres'],
        ] as const) {
          const fill = randomBronze(seed);
          const reference = await scenario(engine, dialect, layout, ONE_BY_ONE, false, fill);
          expect(reference.passes).toEqual([14, 14, 14]);
          for (const [name, bound] of BOUNDS) {
            const setwise = await scenario(engine, dialect, layout, bound, false, fill);
            // SHOW_DIFF=1 prints the rows that differ.
            if (process.env['SHOW_DIFF'])
              for (const k of Object.keys(reference.result)) {
                const a = new Set(reference.result[k]);
                const b = new Set(setwise.result[k]);
                console.log(
                  k,
                  'only one-by-one',
                  [...a].filter((r) => !b.has(r)),
                );
                console.log(
                  k,
                  'only set',
                  [...b].filter((r) => !a.has(r)),
                );
              }
            expect(setwise.result, `seed ${seed} ${dialect} ${layout}: ${name}`).toEqual(reference.result);
          }
        }
      }
    } finally {
      await duck.close();
      await pg.close();
    }
  }, 300_000);

  it('match batch by batch with tombstones and where, on DuckDB and PostgreSQL', async () => {
    const duck = await DuckDbEngine.open({ path: ':memory:' });
    const pg = await PostgresEngine.open(db!.url);
    try {
      for (let seed = 1; seed <= 3; seed++) {
        const layout: Layout = seed % 2 === 0 ? 'versioned' : 'stable-key';
        for (const [engine, dialect] of [
          [duck, 'duckdb'],
          [pg, 'postgres'],
        ] as const) {
          const fill = randomBronze(seed, true);
          for (const mapping of [DELETES_SNAPSHOT, DELETES_NONE]) {
            const reference = await scenario(engine, dialect, layout, ONE_BY_ONE, false, fill, [mapping]);
            expect(reference.passes).toEqual([14]);
            for (const [name, bound] of BOUNDS) {
              const setwise = await scenario(engine, dialect, layout, bound, false, fill, [mapping]);
              const label = `seed ${seed} ${dialect} ${layout} ${mapping.includes('history: none') ? 'none' : 'snapshot'}: ${name}`;
              expect(setwise.result, label).toEqual(reference.result);
              if (bound.maxBatches === 100 && bound.maxRows > 100) expect(setwise.passes, label).toEqual([1]);
            }
          }
        }
      }
    } finally {
      await duck.close();
      await pg.close();
    }
  }, 300_000);

  it('keeps one batch per pass where batches cannot be chained', () => {
    const { targets } = miniSchema('stable-key');
    const text = readFileSync(join(FIXTURES, 'pand-snapshot.yaml'), 'utf8');
    const plan = compileMapping(text, 'p.yaml', { index: miniIndex(), targets, bronze: MINI_BRONZE }).plan!;
    expect(batchSetBlocker(plan)).toMatch(/close_missing/);
    expect(batchSetPass(plan, { maxBatches: 50, maxRows: 1000 })).toBe(plan);
    const raw = NONE.replace(
      'gebruiksdoel: coalesce(d.omschrijving, v.doel_code)',
      'gebruiksdoel: { sql: "(select max(gebruiksdoel) from silver.verblijfsobject)" }',
    );
    const rawPlan = compileMapping(raw, 'r.yaml', { index: miniIndex(), targets, bronze: MINI_BRONZE }).plan!;
    expect(batchSetBlocker(rawPlan)).toMatch(/raw SQL/);
    const delta = compileMapping(SNAPSHOT_DELTA, 'd.yaml', {
      index: miniIndex(),
      targets,
      bronze: MINI_BRONZE,
    }).plan!;
    expect(batchSetBlocker(delta)).toBeUndefined();
    // A step kind added later (say, tombstones) keeps one batch per pass until it is chained.
    const later = { ...delta, steps: [...delta.steps, { kind: 'close-deleted' } as unknown as PlanStep] };
    expect(batchSetBlocker(later)).toMatch(/close-deleted/);
    expect(batchSetPass(delta, ONE_BY_ONE)).toBe(delta);
  });
});
