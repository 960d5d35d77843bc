import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../engines/engine.js';
import { PostgresEngine } from '../engines/postgres/postgres-engine.js';
import { createTestDatabase } from '../engines/postgres/postgres-test-database.js';
import {
  addBatch,
  compileFixture,
  createBronze,
  createSilver,
  runLoad,
} from '../../test/fixtures/mappings/load-scenario.js';

/** A decimal expression into a whole-number column: the stored value is rounded, and that is recorded. */
async function roundedFindings(engine: Engine, dialect: 'duckdb' | 'postgres') {
  await createBronze(engine);
  await createSilver(engine, dialect, 'stable-key');
  await addBatch(engine, 'bag_panden', 'B1', '2026-01-05 10:00:00', [
    ['P1', 'IG', '2020', '100', '01-01-2020', 'J', 'a'],
    ['P2', 'IG', '2021', '100', '01-01-2020', 'J', 'b'],
  ]);
  await runLoad(engine, compileFixture('pand-rounded.yaml', dialect, 'stable-key'));
  const stored = await engine.query(
    `SELECT identificatie, oorspronkelijk_bouwjaar AS jaar FROM silver.pand ORDER BY 1`,
  );
  const findings = await engine.query(`SELECT kind, column_name, value, row_number FROM meta.load_findings`);
  return {
    stored: stored.map((r) => [r['identificatie'], Number(r['jaar'])]),
    findings: findings.map((f) => [f['kind'], f['column_name'], String(f['value']), Number(f['row_number'])]),
  };
}

describe('a fraction stored in a whole-number column', () => {
  it('is recorded as a rounded finding on DuckDB', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-rounded-'));
    const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
    try {
      const { stored, findings } = await roundedFindings(engine, 'duckdb');
      expect(stored[0]).toEqual(['P1', 1010]);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.slice(0, 2)).toEqual(['rounded', 'oorspronkelijk_bouwjaar']);
      expect(findings[0]![2]).toMatch(/^1010\.50*$/);
      expect(findings[0]![3]).toBe(2);
    } finally {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is recorded as a rounded finding on PostgreSQL', async () => {
    const db = await createTestDatabase('ggm_rounded');
    const engine = await PostgresEngine.open(db.url);
    try {
      const { findings } = await roundedFindings(engine, 'postgres');
      expect(findings.map((f) => [f[0], f[1], f[3]])).toEqual([['rounded', 'oorspronkelijk_bouwjaar', 2]]);
    } finally {
      await engine.close();
      await db.drop();
    }
  });
});
