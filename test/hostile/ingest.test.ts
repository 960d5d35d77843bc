import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../src/engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../src/engines/engine.js';
import { PostgresEngine } from '../../src/engines/postgres/postgres-engine.js';
import { createTestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { runCli } from '../helpers/run-cli.js';
import { INGEST_CASES, type IngestCase } from './ingest-cases.js';

/** What one case gave on one engine, compared across engines. */
interface Outcome {
  status: string;
  loaded: number;
  quarantined: number;
  reasons: string[];
  rows: (string | null)[][];
  warnings: string[];
}

const STACK = /\n\s+at .+:\d+:\d+|\bat (async )?[A-Za-z.<>]+ \(/;

function writeProject(dir: string, engine: string): void {
  mkdirSync(join(dir, 'sources'));
  const lines = [`engine: ${engine}`, 'sources:'];
  for (const c of INGEST_CASES) {
    const path = join(dir, 'sources', c.file);
    if (c.content === 'folder') mkdirSync(path);
    else writeFileSync(path, c.content);
    lines.push(
      `  - name: ${c.id}`,
      `    path: sources/${c.file}`,
      ...(c.settings ?? []).map((l) => `    ${l}`),
    );
  }
  writeFileSync(join(dir, 'ggm.yaml'), `${lines.join('\n')}\n`);
}

const columnValues = new Map<string, (string | null)[]>();

async function outcomes(
  engine: Engine,
  json: { results: ResultJson[] },
  dir: string,
): Promise<Map<string, Outcome>> {
  const out = new Map<string, Outcome>();
  const local = (text: string) => text.replaceAll(dir, '<project>');
  for (const c of INGEST_CASES) {
    const results = json.results.filter((r) => r.source === c.id);
    const r = results[0];
    const quarantine = await engine.query(
      `SELECT q.reason FROM meta.quarantine q WHERE q.source = $1 ORDER BY q.row_number`,
      [c.id],
    );
    const table = (await engine.listTables('bronze')).some((t) => t.name === c.id);
    // columns by position (a column named __proto__ must not disappear into a JavaScript object)
    const columns = table
      ? ((await engine.describeTable({ schema: 'bronze', name: c.id }))?.columns ?? [])
          .map((col) => col.name)
          .filter((n) => n !== '_batch_id' && n !== '_loaded_at')
      : [];
    const rows = table
      ? (
          await engine.query(
            `SELECT ${columns.map((n, i) => `CAST("${n.replaceAll(`"`, `""`)}" AS VARCHAR(100000)) AS c${i}`).join(', ')} FROM bronze."${c.id}" ORDER BY _row_number`,
          )
        ).map((row) => columns.map((_, i) => (row[`c${i}`] === null ? null : String(row[`c${i}`]))))
      : [];
    if (c.expect.column) {
      const at = columns.indexOf(c.expect.column.name);
      columnValues.set(c.id, at < 0 ? [] : rows.map((r) => r[at] ?? null));
    }
    out.set(c.id, {
      status: r?.status ?? 'missing',
      loaded: r?.rowsLoaded ?? -1,
      quarantined: r?.rowsQuarantined ?? -1,
      reasons: [
        ...quarantine.map((q) => String(q['reason'])),
        ...(r?.diagnostics ?? [])
          .filter((d) => d.severity === 'error')
          .map((d) => local(`${d.code} ${d.message}`)),
      ],
      rows,
      warnings: (r?.diagnostics ?? []).filter((d) => d.severity === 'warning').map((d) => d.code),
    });
  }
  return out;
}

interface ResultJson {
  source: string;
  status: string;
  rowsLoaded: number;
  rowsQuarantined: number;
  diagnostics: { code: string; severity: string; message: string; at?: { file?: string } }[];
}

const ENGINES: [string, () => Promise<{ spec: string; open(): Promise<Engine>; drop(): Promise<void> }>][] = [
  [
    'duckdb',
    async () => ({
      spec: 'duckdb:warehouse.duckdb',
      open: async () => undefined as unknown as Engine,
      drop: async () => undefined,
    }),
  ],
  [
    'postgres',
    async () => {
      const db = await createTestDatabase('ggm_hostile');
      return { spec: db.url, open: () => PostgresEngine.open(db.url), drop: () => db.drop() };
    },
  ],
];

const results = new Map<string, Map<string, Outcome>>();

describe.each(ENGINES)('hostile sources on %s', (name, factory) => {
  let dir: string;
  let printed = '';
  let drop: () => Promise<void> = async () => undefined;
  let outcome = new Map<string, Outcome>();

  beforeAll(async () => {
    const setup = await factory();
    drop = setup.drop;
    dir = mkdtempSync(join(tmpdir(), `ggm-hostile-${name}-`));
    writeProject(dir, setup.spec);
    const run = await runCli(['ingest', '--project', dir, '--json']);
    printed = run.stdout + run.stderr;
    const json = JSON.parse(run.stdout) as { results: ResultJson[] };
    const engine =
      name === 'duckdb'
        ? await DuckDbEngine.open({ path: join(dir, 'warehouse.duckdb') })
        : await setup.open();
    try {
      outcome = await outcomes(engine, json, dir);
    } finally {
      await engine.close();
    }
    results.set(name, outcome);
  });

  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints no stack trace', () => {
    expect(printed).not.toMatch(STACK);
  });

  it.each(INGEST_CASES.map((c) => [c.id, c] as [string, IngestCase]))('%s', (_id, c) => {
    const o = outcome.get(c.id)!;
    const e = c.expect;
    expect(o.status, JSON.stringify(o)).toBe(e.status);
    if (e.status === 'failed') {
      // nothing half-loaded: no rows, no quarantine
      expect(o.rows).toEqual([]);
      expect(o.reasons.some((r) => r.startsWith('GGM-I'))).toBe(true);
    }
    if (e.loaded !== undefined) expect(o.loaded, JSON.stringify(o)).toBe(e.loaded);
    if (e.loaded !== undefined) expect(o.rows.length).toBe(e.loaded);
    if (e.quarantined !== undefined) expect(o.quarantined, JSON.stringify(o)).toBe(e.quarantined);
    if (e.reason) for (const r of o.reasons) expect(r).toMatch(e.reason);
    if (e.reason) expect(o.reasons.length).toBeGreaterThan(0);
    if (e.warning) expect(o.warnings).toContain(e.warning);
    if (e.column) expect(columnValues.get(c.id)).toEqual(e.column.values);
  });
});

describe('hostile sources: both engines agree', () => {
  it.each(INGEST_CASES.map((c) => [c.id]))('%s', (id) => {
    const duck = results.get('duckdb')?.get(id);
    const pg = results.get('postgres')?.get(id);
    expect(duck).toBeDefined();
    expect(pg).toEqual(duck);
  });
});
