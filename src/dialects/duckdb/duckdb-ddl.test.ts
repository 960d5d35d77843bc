import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { fullModelDdl, objecttypesWithoutTable } from '../../schema/testing/full-model-ddl.js';

describe.skipIf(!hasReleases())('DuckDB: DDL of the full v2.5.1 model executes', () => {
  for (const naming of ['snake', 'ggm'] as const) {
    it(`naming ${naming}`, async () => {
      const index = await loadReleaseIndex('v2.5.1');
      const { plan, statements } = fullModelDdl(index, 'duckdb', {
        naming,
        // Comments are checked with the default naming; here they would only cost time.
        comments: naming === 'snake',
      });
      expect(objecttypesWithoutTable(index, plan)).toEqual([]);
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        await connection.run(['BEGIN', ...statements, 'COMMIT'].join(';\n'));
        const rows = (await connection.runAndReadAll('SELECT table_name FROM duckdb_tables()')).getRows();
        const actual = new Set(rows.map((r) => String(r[0]).toLowerCase()));
        expect(actual.size).toBe(plan.tables.length);
        for (const t of plan.tables) expect(actual.has(t.name.toLowerCase()), t.name).toBe(true);
        const ref = plan.tables.find((t) => t.kind === 'reference' && (t.seed?.rows.length ?? 0) > 3)!;
        const count = await connection.runAndReadAll(`SELECT count(*) FROM ${ref.name}`);
        expect(Number(count.getRows()[0]![0])).toBe(ref.seed!.rows.length);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    }, 240_000);
  }
});
