import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../engines/engine.js';
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
import type { MappingDialectName } from '../dialects/dialect-registry.js';
import type { SilverTargets } from './resolve/silver-target.js';

const T1 = '2026-01-05 10:00:00';
const T2 = '2026-01-12 10:00:00';
const T3 = '2026-01-19 10:00:00';

/**
 * The fixture compiled against a pand table whose naam is NOT NULL for the compiler, so a tombstone
 * without naam shows that a tombstone's values are not checked.
 */
function compileDeletes(file: string, dialect: MappingDialectName, layout: Layout): string[] {
  const { targets } = miniSchema(layout);
  const strict: SilverTargets = (id) => {
    const t = targets(id);
    if (t?.table !== 'pand') return t;
    return { ...t, columns: t.columns.map((c) => (c.name === 'naam' ? { ...c, nullable: false } : c)) };
  };
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const compiled = compileMapping(text, file, { index: miniIndex(), targets: strict, bronze: MINI_BRONZE }, [
    dialect,
  ]);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compiled.sql[dialect]!.statements;
}

/** One load in one transaction; returns the rows the tombstone statement deleted or closed. */
async function load(engine: Engine, statements: string[]): Promise<number> {
  return engine.transaction(async (tx) => {
    let tombstoned = 0;
    for (const s of statements) {
      const changed = await tx.execute(s);
      if (/^(DELETE|UPDATE)/.test(s) && s.endsWith('s."_delete")')) tombstoned += changed;
    }
    return tombstoned;
  });
}

const row = (id: string | null, status: string, bouwjaar: string | null, naam: string | null) => [
  id,
  status,
  bouwjaar,
  null,
  null,
  null,
  naam,
];

/** Batch 1 inserts (one row filtered by where); batch 2 deletes, inserts and deletes again; batch 3 deletes. */
async function addBatches(engine: Engine): Promise<void> {
  await addBatch(engine, 'bag_panden', 'B1', T1, [
    row('0001', '1', '1990', 'a'),
    row('0002', '1', '2000', 'b'),
    row('0003', '1', 'abc', 'c'),
    row('0009', '1', 'abc', 'overslaan'),
  ]);
  await addBatch(engine, 'bag_panden', 'B2', T2, [
    // A tombstone with values that would be findings on a real row: none is reported.
    row('0001', 'X', 'abc', null),
    // Inserted and deleted in one batch: the last row of the key wins, so nothing is inserted.
    row('0004', '1', '2004', 'd'),
    row('0004', 'X', null, null),
    // Deleted and sent again: the insert wins.
    row('0005', 'X', null, null),
    row('0005', '1', '2005', 'e'),
    // Deleting a key that was never loaded changes nothing.
    row('0099', 'X', null, null),
  ]);
  await addBatch(engine, 'bag_panden', 'B3', T3, [row('0002', 'X', '2000', 'b')]);
}

async function scenario(
  engine: Engine,
  dialect: MappingDialectName,
  mode: 'none' | 'snapshot',
  layout: Layout,
) {
  await createBronze(engine);
  await createSilver(engine, dialect, layout);
  await addBatches(engine);
  const statements = compileDeletes(
    mode === 'none' ? 'pand-deletes-none.yaml' : 'pand-deletes.yaml',
    dialect,
    layout,
  );
  const tombstoned = [
    await load(engine, statements),
    await load(engine, statements),
    await load(engine, statements),
  ];
  const silver = () =>
    engine.query(
      `SELECT identificatie, oorspronkelijk_bouwjaar AS jaar, naam, CAST(valid_from AS VARCHAR) AS valid_from, CAST(valid_to AS VARCHAR) AS valid_to FROM silver.pand ORDER BY identificatie, valid_from`,
    );
  const after = await silver();
  const findings = await engine.query(
    `SELECT batch_id, row_number, kind, column_name, value FROM meta.load_findings ORDER BY batch_id, row_number, kind`,
  );
  const ledger = await engine.query(
    `SELECT batch_id, rows_read, rows_rejected FROM meta.applied_batches ORDER BY batch_id`,
  );
  // Rerun: nothing pending changes nothing; batches applied again (ledger lost) leave silver as it is.
  await load(engine, statements);
  expect(await silver()).toEqual(after);
  await engine.execute(`DELETE FROM meta.applied_batches WHERE batch_id IN ('B2', 'B3')`);
  const again = [await load(engine, statements), await load(engine, statements)];
  expect(await silver()).toEqual(after);
  expect(again).toEqual([0, 0]);
  return { tombstoned, silver: after, findings, ledger };
}

const EXPECTED_FINDINGS = [
  { batch_id: 'B1', row_number: 3, kind: 'unparsable', column_name: 'oorspronkelijk_bouwjaar', value: 'abc' },
  { batch_id: 'B2', row_number: 2, kind: 'duplicate-key', column_name: null, value: '0004' },
  { batch_id: 'B2', row_number: 4, kind: 'duplicate-key', column_name: null, value: '0005' },
];
const EXPECTED_LEDGER = [
  { batch_id: 'B1', rows_read: 3, rows_rejected: 0 },
  { batch_id: 'B2', rows_read: 6, rows_rejected: 0 },
  { batch_id: 'B3', rows_read: 1, rows_rejected: 0 },
];

async function checkNone(engine: Engine, dialect: MappingDialectName): Promise<void> {
  const r = await scenario(engine, dialect, 'none', 'stable-key');
  expect(r.silver.map((s) => [s['identificatie'], s['jaar'], s['naam']])).toEqual([
    ['0003', null, 'c'],
    ['0005', 2005, 'e'],
  ]);
  expect(r.tombstoned).toEqual([0, 1, 1]);
  expect(r.findings).toEqual(EXPECTED_FINDINGS);
  expect(
    r.ledger.map((l) => ({
      ...l,
      rows_read: Number(l['rows_read']),
      rows_rejected: Number(l['rows_rejected']),
    })),
  ).toEqual(EXPECTED_LEDGER);
}

async function checkSnapshot(engine: Engine, dialect: MappingDialectName, layout: Layout): Promise<void> {
  const r = await scenario(engine, dialect, 'snapshot', layout);
  expect(r.silver.map((s) => [s['identificatie'], s['valid_from'], s['valid_to']])).toEqual([
    ['0001', T1, T2],
    ['0002', T1, T3],
    ['0003', T1, null],
    ['0005', T2, null],
  ]);
  expect(r.tombstoned).toEqual([0, 1, 1]);
  expect(r.findings).toEqual(EXPECTED_FINDINGS);
}

describe('where and delete_when', () => {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase('ggm_mapping_deletes');
  });
  afterAll(async () => {
    await db?.drop();
  });

  const onDuck = async (fn: (e: Engine) => Promise<void>) => {
    const engine = await DuckDbEngine.open({ path: ':memory:' });
    try {
      await fn(engine);
    } finally {
      await engine.close();
    }
  };
  const onPostgres = async (fn: (e: Engine) => Promise<void>) => {
    const engine = await PostgresEngine.open(db!.url);
    try {
      for (const schema of ['bronze', 'silver', 'meta'])
        await engine.execute(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await fn(engine);
    } finally {
      await engine.close();
    }
  };

  it('history none deletes the row on DuckDB', () => onDuck((e) => checkNone(e, 'duckdb')));
  it('history none deletes the row on PostgreSQL', () => onPostgres((e) => checkNone(e, 'postgres')));
  it('snapshot closes the open version on DuckDB (key per object and per version)', async () => {
    await onDuck((e) => checkSnapshot(e, 'duckdb', 'stable-key'));
    await onDuck((e) => checkSnapshot(e, 'duckdb', 'versioned'));
  });
  it('snapshot closes the open version on PostgreSQL (key per object and per version)', async () => {
    await onPostgres((e) => checkSnapshot(e, 'postgres', 'stable-key'));
    await onPostgres((e) => checkSnapshot(e, 'postgres', 'versioned'));
  });
});

describe('where and delete_when diagnostics', () => {
  const compile = (text: string) => {
    const { targets } = miniSchema();
    return compileMapping(text, 'm.yaml', {
      index: miniIndex(),
      targets,
      bronze: MINI_BRONZE,
    }).diagnostics.filter((d) => d.severity === 'error');
  };
  const base = (extra: string, history = 'none') =>
    `target: BAG/Pand\nhistory: ${history}\nsources:\n  - table: bag_panden\n    alias: p\nkey: p.pand_id\nattributes:\n  identificatie: p.pand_id\n${extra}\n`;

  it('an unknown column in where is GGM-S605 at its place, with the nearest name', () => {
    const [d, ...rest] = compile(base("where: p.status_cod = '1'"));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'GGM-S605', at: { line: 9, col: 8 } });
    expect(d!.hint).toContain('status_code');
  });

  it('a where that is not a condition is GGM-S615', () => {
    const [d] = compile(base('where: p.naam'));
    expect(d).toMatchObject({ code: 'GGM-S615', at: { line: 9, col: 8 } });
    expect(d!.hint).toContain("p.naam = 'J'");
    expect(compile(base('delete_when: to_integer(p.bouwjaar) + 1'))[0]?.code).toBe('GGM-S615');
  });

  it('delete_when with history events is GGM-S616', () => {
    const [d] = compile(base("delete_when: p.status_code = 'X'", 'events'));
    expect(d).toMatchObject({ code: 'GGM-S616', at: { line: 9, col: 14 } });
  });

  it('a raw SQL condition is taken as it is, and a syntax error is GGM-S505', () => {
    expect(compile(base("delete_when:\n  sql: \"p.status_code in ('X', 'Y')\""))).toEqual([]);
    expect(compile(base('where: p.naam = ')).map((d) => d.code)).toEqual(['GGM-S505']);
    expect(compile(base('where:\n  sq: x')).map((d) => d.code)).toEqual(['GGM-S502', 'GGM-S503']);
  });
});
