import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine, parseEngineSpec, type EngineSpec } from '../../src/engines/open-engine.js';
import type { Engine, Row } from '../../src/engines/engine.js';
import { createTestDatabase, type TestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { runProject } from '../../src/pipeline/run-project.js';
import { hasReleases, TEST_CACHE_DIR } from '../helpers/releases.js';
import { runCli } from '../helpers/run-cli.js';
import { woonplaatsenCsv, writeMunicipalProject } from '../helpers/municipal-project.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

interface Target {
  name: string;
  setup: () => Promise<{ engine: string; teardown: () => Promise<void> }>;
}

const TARGETS: Target[] = [
  {
    name: 'DuckDB',
    setup: async () => ({ engine: 'duckdb:warehouse.duckdb', teardown: async () => undefined }),
  },
  {
    name: 'PostgreSQL',
    setup: async () => {
      const db: TestDatabase = await createTestDatabase('ggm_e2e');
      return { engine: db.url, teardown: () => db.drop() };
    },
  },
];

async function withEngine<T>(dir: string, engine: string, fn: (e: Engine) => Promise<T>): Promise<T> {
  const spec = parseEngineSpec(engine, dir) as EngineSpec;
  const e = await openEngine(spec);
  try {
    return await fn(e);
  } finally {
    await e.close();
  }
}

const plain = (rows: Row[]) =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'bigint' ? Number(v) : v,
      ]),
    ),
  );

describe.skipIf(!hasReleases()).each(TARGETS)('a municipal project end to end on %s', (target) => {
  let dir: string;
  let engine: string;
  let teardown: () => Promise<void>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-e2e-'));
    ({ engine, teardown } = await target.setup());
    await writeMunicipalProject(dir, { engine });
  });
  afterAll(async () => {
    await teardown?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads sources into bronze, quarantines the malformed row, and builds silver', async () => {
    const result = await runProject(dir);
    expect(result.status).toBe('succeeded');
    // Check steps (src/checks) are asserted in test/e2e/municipal-checks.test.ts.
    const steps = result.outcomes.filter((o) => o.step.kind !== 'check');
    expect(steps.map((o) => `${o.step.id} ${o.status} ${o.batches}`)).toEqual([
      'prepare succeeded 6',
      'load:woonplaatsen succeeded 1',
      'load:straten succeeded 1',
      'build:woonplaatsen succeeded 1',
      'build:straten succeeded 1',
    ]);
    await withEngine(dir, engine, async (e) => {
      const quarantine = await e.query(`SELECT source, file, line, reason FROM meta.quarantine`);
      expect(quarantine).toHaveLength(1);
      expect(quarantine[0]).toMatchObject({ source: 'straten', file: 'sources/straten-1.csv' });
      expect(Number(quarantine[0]!['line'])).toBe(4);
      expect(String(quarantine[0]!['reason'])).toMatch(/expected 5 fields, found 6/);
      const woonplaatsen = await e.query(
        `SELECT identificatie, woonplaatsnaam, begin_geldigheid FROM silver.woonplaats ORDER BY identificatie`,
      );
      expect(plain(woonplaatsen)).toEqual([
        { identificatie: '3001', woonplaatsnaam: 'Doesburg', begin_geldigheid: '1995-01-01' },
        { identificatie: '3002', woonplaatsnaam: 'Zoëterwoude', begin_geldigheid: '2001-06-15' },
        { identificatie: '3003', woonplaatsnaam: "'s-Heerenberg", begin_geldigheid: '2010-01-01' },
      ]);
      const unmapped = await e.query(`SELECT mapping, kind, value FROM meta.load_findings`);
      expect(plain(unmapped)).toEqual([
        expect.objectContaining({ mapping: 'woonplaatsen', kind: 'unmapped-code', value: 'X' }),
      ]);
      const straten = await e.query(`SELECT count(*) AS n FROM silver.openbare_ruimte`);
      expect(Number(straten[0]!['n'])).toBe(5);
    });
  });

  it('changes nothing when run again without new files', async () => {
    const before = await withEngine(dir, engine, (e) => e.query(`SELECT count(*) AS n FROM bronze.straten`));
    const again = await runProject(dir);
    expect(
      again.outcomes.filter((o) => o.step.kind !== 'check').map((o) => `${o.step.id} ${o.batches}`),
    ).toEqual([
      'prepare 0',
      'load:woonplaatsen 0',
      'load:straten 0',
      'build:woonplaatsen 0',
      'build:straten 0',
    ]);
    const after = await withEngine(dir, engine, (e) => e.query(`SELECT count(*) AS n FROM bronze.straten`));
    expect(after).toEqual(before);
  });

  it('keeps history when a new snapshot arrives: changed rows closed, new versions opened', async () => {
    await writeFile(join(dir, 'sources', 'woonplaatsen-2.csv'), woonplaatsenCsv(2));
    const result = await runProject(dir);
    expect(result.status).toBe('succeeded');
    await withEngine(dir, engine, async (e) => {
      const versions = await e.query(
        `SELECT identificatie, woonplaatsnaam, valid_to IS NULL AS open FROM silver.woonplaats ORDER BY identificatie, valid_from`,
      );
      expect(plain(versions)).toEqual([
        { identificatie: '3001', woonplaatsnaam: 'Doesburg', open: true },
        { identificatie: '3002', woonplaatsnaam: 'Zoëterwoude', open: false },
        { identificatie: '3002', woonplaatsnaam: 'Zoeterwoude-Rijndijk', open: true },
        { identificatie: '3003', woonplaatsnaam: "'s-Heerenberg", open: false },
        { identificatie: '3004', woonplaatsnaam: 'Ellecom', open: true },
      ]);
    });
  });

  it('answers read-only queries and lineage in both directions', async () => {
    const query = await runCli([
      'query',
      '--project',
      dir,
      '--json',
      'SELECT count(*) AS n FROM silver.woonplaats',
    ]);
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout)).toEqual([{ n: 5 }]);
    const write = await runCli(['query', '--project', dir, 'DELETE FROM silver.woonplaats']);
    expect(write.code).toBe(2);
    const up = await runCli(['lineage', '--project', dir, '--json', 'woonplaats.woonplaatsnaam']);
    expect(up.code).toBe(0);
    expect(JSON.parse(up.stdout).upstream).toEqual([
      expect.objectContaining({
        from: 'bronze.woonplaatsen.naam',
        to: 'silver.woonplaats.woonplaatsnaam',
        expression: 'trim(w.naam)',
      }),
    ]);
    const down = await runCli(['lineage', '--project', dir, '--json', 'bronze.straten.naam']);
    expect(
      JSON.parse(down.stdout)
        .downstream.map((e: { to: string }) => e.to)
        .sort(),
    ).toEqual(['silver.openbare_ruimte.naam_openbareruimte', 'silver.openbare_ruimte.straatnaam']);
  });

  it('records every run in meta.runs', async () => {
    await withEngine(dir, engine, async (e) => {
      const runs = await e.query(`SELECT status, count(*) AS n FROM meta.runs GROUP BY status`);
      expect(plain(runs)).toEqual([{ status: 'succeeded', n: 3 }]);
    });
  });
});
