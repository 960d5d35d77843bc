import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEngineSpec } from '../../project/engine-spec.js';
import { DuckDbEngine } from './duckdb-engine.js';
import { memoryLimitAmount, tempDirectoryFor } from './duckdb-memory.js';

const dir = mkdtempSync(join(tmpdir(), 'ggm-duckdb-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GB = 1024 ** 3;

/** DuckDB's own way of showing an amount (`11.7 GiB`, `256.0 MiB`) in bytes. */
function bytes(shown: string): number {
  const [, value, unit] = /^([\d.]+)\s*(\w+)$/.exec(shown) ?? [];
  const units: Record<string, number> = { KiB: 1024, MiB: 1024 ** 2, GiB: GB, KB: 1e3, MB: 1e6, GB: 1e9 };
  return Number(value) * (units[unit ?? ''] ?? NaN);
}

describe('DuckDB memory bound and spill directory', () => {
  it('turns a share of memory into an amount, defaults to half, and keeps amounts as written', () => {
    expect(memoryLimitAmount('25%', 16 * GB)).toBe('4096MiB');
    expect(memoryLimitAmount(undefined, 16 * GB)).toBe('8192MiB');
    expect(memoryLimitAmount('1.5GB', 16 * GB)).toBe('1.5GB');
    expect(() => memoryLimitAmount('lots', 16 * GB)).toThrow(/memory_limit/);
  });

  it('spills beside the warehouse unless told otherwise; an in-memory database gets a directory of its own', () => {
    expect(tempDirectoryFor('/data/w.duckdb')).toBe('/data/w.duckdb.tmp');
    expect(tempDirectoryFor('/data/w.duckdb', '/scratch/spill')).toBe('/scratch/spill');
    expect(tempDirectoryFor(':memory:')).not.toBe(tempDirectoryFor(':memory:'));
  });

  it('opens the warehouse with the memory limit and spill directory of ggm.yaml', async () => {
    const spec = parseEngineSpec('duckdb:w.duckdb', dir, { memoryLimit: '256MB', tempDirectory: 'spill' });
    if ('error' in spec || spec.kind !== 'duckdb') throw new Error('not a DuckDB spec');
    expect(spec.tempDirectory).toBe(join(dir, 'spill'));
    const engine = await DuckDbEngine.open(spec);
    try {
      const [row] = await engine.query<{ m: string; t: string }>(
        "SELECT current_setting('memory_limit') AS m, current_setting('temp_directory') AS t",
      );
      expect(Math.abs(bytes(row!.m) / (256 * 1e6) - 1)).toBeLessThan(0.05);
      expect(row!.t).toBe(join(dir, 'spill'));
      // A sort larger than the bound completes by spilling instead of failing or taking more memory.
      const [sorted] = await engine.query<{ n: bigint | number }>(
        'SELECT count(*) AS n FROM (SELECT md5(CAST(i AS VARCHAR)) AS h FROM range(3000000) t(i) ORDER BY h)',
      );
      expect(Number(sorted!.n)).toBe(3_000_000);
    } finally {
      await engine.close();
    }
  });

  it('takes half the machine by default instead of DuckDB’s 80 %', async () => {
    const engine = await DuckDbEngine.open({ path: join(dir, 'default.duckdb') });
    try {
      const [row] = await engine.query<{ t: string }>("SELECT current_setting('temp_directory') AS t");
      expect(row!.t).toBe(join(dir, 'default.duckdb.tmp'));
      const [limit] = await engine.query<{ m: string }>("SELECT current_setting('memory_limit') AS m");
      expect(Math.abs(bytes(limit!.m) / (totalmem() / 2) - 1)).toBeLessThan(0.02);
    } finally {
      await engine.close();
    }
  });
});
