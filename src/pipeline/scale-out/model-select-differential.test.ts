import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileMapping } from '../../compiler/compile-mapping.js';
import { emitModelSelect } from '../../compiler/emit/emit-model-select.js';
import { getMappingDialect } from '../../dialects/dialect-registry.js';
import type { Engine } from '../../engines/engine.js';
import { compileFixture, FIXTURES, type Layout } from '../../../test/fixtures/mappings/load-scenario.js';
import { pandWarehouse } from '../../../test/fixtures/mappings/pand-batches.js';
import { miniIndex } from '../../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../../test/fixtures/mappings/mini-schema.js';

/**
 * The one-query form of a mapping (emitModelSelect, what `ggm export dbt` builds on), run on DuckDB
 * over three batches, must give the silver rows the batch-by-batch load gives.
 */
function modelSelectSql(file: string, layout: Layout): string {
  const { targets } = miniSchema(layout);
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const compiled = compileMapping(text, file, { index: miniIndex(), targets, bronze: MINI_BRONZE }, []);
  const dialect = getMappingDialect('duckdb');
  const r = emitModelSelect(compiled.plan!, dialect, {
    relation: (schema, table) => `${dialect.quoteIdentifier(schema)}.${dialect.quoteIdentifier(table)}`,
  });
  expect(r.diagnostics).toEqual([]);
  return r.model!.sql;
}

const COLUMNS = `CAST(pand_id AS VARCHAR) AS pand_id, identificatie, oorspronkelijk_bouwjaar AS jaar, naam`;

describe('a mapping as one query equals the batch-by-batch load (DuckDB)', () => {
  const open: Engine[] = [];
  afterEach(async () => {
    for (const e of open.splice(0)) await e.close();
  });

  const CASES: [string, Layout, string][] = [
    [
      'pand-deletes.yaml',
      'stable-key',
      `${COLUMNS}, CAST(valid_from AS VARCHAR) AS vf, CAST(valid_to AS VARCHAR) AS vt, CAST(registered_at AS VARCHAR) AS reg`,
    ],
    [
      'pand-deletes.yaml',
      'versioned',
      `${COLUMNS}, CAST(valid_from AS VARCHAR) AS vf, CAST(valid_to AS VARCHAR) AS vt`,
    ],
    ['pand-deletes-none.yaml', 'stable-key', COLUMNS],
  ];
  for (const [file, layout, columns] of CASES) {
    it(`${file} (${layout})`, async () => {
      const engine = await pandWarehouse(layout);
      open.push(engine);
      for (let i = 0; i < 4; i++)
        await engine.transaction(async (tx) => {
          for (const s of compileFixture(file, 'duckdb', layout)) await tx.execute(s);
        });
      const order = `ORDER BY ALL`;
      const native = await engine.query(`SELECT ${columns} FROM silver.pand ${order}`);
      const model = await engine.query(`SELECT ${columns} FROM (${modelSelectSql(file, layout)}) m ${order}`);
      expect(native.length).toBeGreaterThan(2);
      expect(model).toEqual(native);
    });
  }

  it('refuses a full-extract mapping (close_missing) with GGM-X001', () => {
    const { targets } = miniSchema('stable-key');
    const text = readFileSync(join(FIXTURES, 'pand-snapshot.yaml'), 'utf8');
    const compiled = compileMapping(text, 'pand-snapshot.yaml', { index: miniIndex(), targets }, []);
    const r = emitModelSelect(compiled.plan!, getMappingDialect('duckdb'), {
      relation: (s, t) => `${s}.${t}`,
    });
    expect(r.model).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GGM-X001']);
  });
});
