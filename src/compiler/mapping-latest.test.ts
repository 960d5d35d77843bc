import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../test/fixtures/mappings/mini-schema.js';
import {
  addBatch,
  createBronze,
  createSilver,
  FIXTURES,
} from '../../test/fixtures/mappings/load-scenario.js';
import type { Engine } from '../engines/engine.js';
import { TEST_ENGINES } from '../engines/testing/test-engines.js';
import { compileMapping, type CompileOptions } from './compile-mapping.js';
import type { MappingDialectName } from '../dialects/dialect-registry.js';

const T1 = '2026-01-05 10:00:00';
const T2 = '2026-01-12 10:00:00';
const T3 = '2026-01-19 10:00:00';

const row = (id: string, status: string, bouwjaar: string, docdatum: string | null, naam: string) => [
  id,
  status,
  bouwjaar,
  null,
  docdatum,
  null,
  naam,
];

/** Versions of four panden over three batches: late older documents, NULL dates, ties, excluded rows. */
async function addBatches(engine: Engine): Promise<void> {
  await addBatch(engine, 'bag_panden', 'B1', T1, [
    row('0001', '1', '1990', '01-01-2020', 'a'),
    row('0002', '1', '2000', '01-01-2020', 'b'),
    row('0003', '1', '2010', null, 'c'),
  ]);
  await addBatch(engine, 'bag_panden', 'B2', T2, [
    row('0001', '1', '1991', '01-06-2020', 'a2'),
    // status X is no version: newer, but never chosen
    row('0002', 'X', '2001', '01-01-2021', 'bx'),
    // a date beats no date (NULLs last)
    row('0003', '1', '2011', '01-01-2019', 'c2'),
  ]);
  await addBatch(engine, 'bag_panden', 'B3', T3, [
    // an older document loaded later changes nothing
    row('0001', '1', '1989', '01-01-2019', 'a0'),
    // the same date: the second order item (naam ascending) decides
    row('0002', '1', '2002', '01-01-2020', 'a'),
    // a full tie: the row loaded last (highest row number) wins
    row('0004', '1', '2004', '02-02-2022', 'd'),
    row('0004', '1', '2005', '02-02-2022', 'd'),
  ]);
}

const EXPECTED = [
  ['0001', 1991, 'a2'],
  ['0002', 2002, 'a'],
  ['0003', 2011, 'c2'],
  ['0004', 2005, 'd'],
];

function compileFile(file: string, dialect: MappingDialectName, options: CompileOptions = {}) {
  const { targets } = miniSchema('stable-key');
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const ctx = { index: miniIndex(), targets, bronze: MINI_BRONZE };
  const compiled = compileMapping(text, file, ctx, [dialect], options);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compiled.sql[dialect]!;
}

/** Applies every pending batch, one transaction per pass, as the pipeline does; returns the silver rows. */
async function loadAll(engine: Engine, dialect: MappingDialectName, file: string, options?: CompileOptions) {
  for (const schema of ['silver', 'meta']) await engine.execute(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await createSilver(engine, dialect, 'stable-key');
  const sql = compileFile(file, dialect, options);
  let passes = 0;
  for (;;) {
    await engine.transaction(async (tx) => {
      for (const s of sql.statements) await tx.execute(s);
    });
    passes++;
    const [pending] = await engine.query(sql.pendingSql);
    if (Number(pending!['pending']) === 0) break;
  }
  const rows = await engine.query(
    'SELECT identificatie, oorspronkelijk_bouwjaar, naam FROM silver.pand ORDER BY identificatie',
  );
  return {
    passes,
    rows: rows.map((r) => [r['identificatie'], Number(r['oorspronkelijk_bouwjaar']), r['naam']]),
  };
}

describe.each(TEST_ENGINES)('latest version per key on $name', (target) => {
  const dialect: MappingDialectName = target.name === 'DuckDB' ? 'duckdb' : 'postgres';

  it('reads every batch, and equals the correlated subqueries it replaces, one by one and in batch sets', async () => {
    const { engine, close } = await target.open('ggm_mapping_latest');
    try {
      await createBronze(engine);
      await addBatches(engine);
      const latest = await loadAll(engine, dialect, 'pand-latest.yaml');
      expect(latest).toEqual({ passes: 3, rows: EXPECTED });
      const raw = await loadAll(engine, dialect, 'pand-latest-raw.yaml');
      expect(raw.rows).toEqual(latest.rows);
      const sets = await loadAll(engine, dialect, 'pand-latest.yaml', {
        batchBound: { maxBatches: 100, maxRows: 100_000 },
      });
      expect(sets).toEqual({ passes: 1, rows: EXPECTED });
    } finally {
      await close();
    }
  });
});

describe('latest: diagnostics', () => {
  const compileText = (text: string) =>
    compileMapping(text, 'x.yaml', {
      index: miniIndex(),
      targets: miniSchema('stable-key').targets,
      bronze: MINI_BRONZE,
    }).diagnostics.map((d) => `${d.code} ${d.at?.line}:${d.at?.col} ${d.message}`);
  const base = readFileSync(join(FIXTURES, 'pand-latest.yaml'), 'utf8');

  it('compiles the fixture without findings', () => {
    expect(compileText(base)).toEqual([]);
  });
  it('a column of another source in latest is GGM-S617 at its place', () => {
    const out = compileText(base.replace('per: [l.pand_id]', 'per: [p.pand_id]'));
    expect(out).toEqual([expect.stringMatching(/^GGM-S617 13:13 latest of l: per reads p\.pand_id/)]);
  });
  it('latest on the driving source, with batch, or without order_by is GGM-S504/S502', () => {
    expect(
      compileText(base.replace('    alias: p\n', '    alias: p\n    latest: {per: [p.pand_id]}\n')),
    ).toEqual([
      expect.stringMatching(/^GGM-S504 .* the first source is the driving table; it has no latest/),
    ]);
    expect(compileText(base.replace('    latest:\n', '    batch: same\n    latest:\n'))).toEqual([
      expect.stringMatching(/^GGM-S504 .*latest reads every batch of the table; batch does not apply/),
    ]);
    expect(compileText(base.replace(/ {6}order_by:\n.*\n.*\n/, ''))).toEqual([
      expect.stringMatching(/^GGM-S502 .*latest of l needs order_by/),
    ]);
  });
  it('a latest where that is not a condition is GGM-S615; a bad direction word is GGM-S505', () => {
    expect(compileText(base.replace("where: l.status_code <> 'X'", 'where: l.status_code'))).toEqual([
      expect.stringMatching(/^GGM-S615 .*latest of l: where must be a condition/),
    ]);
    expect(compileText(base.replace('- l.naam\n', '- l.naam downwards\n'))).toEqual([
      expect.stringMatching(/^GGM-S505 /),
    ]);
  });
});
