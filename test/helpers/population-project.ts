import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openEngine, parseEngineSpec, type EngineSpec } from '../../src/engines/open-engine.js';
import type { Engine, Row } from '../../src/engines/engine.js';
import { createTestDatabase } from '../../src/engines/postgres/postgres-test-database.js';
import { SHARED_DIR } from './releases.js';

export const EXAMPLES_DIR = resolve(import.meta.dirname, '..', '..', 'examples');
export const BRP_TESTSET_DIR = join(SHARED_DIR, 'data', 'brp-testset');

/** The two warehouses an example runs on in these tests: DuckDB in the project folder, a new PostgreSQL database. */
export const EXAMPLE_ENGINES = [
  {
    name: 'DuckDB',
    warehouse: async () => ({ engine: 'duckdb:warehouse.duckdb', drop: async () => undefined }),
  },
  {
    name: 'PostgreSQL',
    warehouse: async (prefix: string) => {
      const db = await createTestDatabase(prefix);
      return { engine: db.url, drop: () => db.drop() };
    },
  },
];

/**
 * A copy of examples/<name> in a temporary folder with `${VAR}` replaced by the given folders (so the test
 * does not depend on the environment) and its engine set to `engine`.
 */
export async function exampleProject(
  name: string,
  engine: string,
  vars: Record<string, string>,
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `ggm-${name}-`));
  await cp(join(EXAMPLES_DIR, name), dir, { recursive: true, filter: (f) => !/warehouse\.duckdb/.test(f) });
  let yaml = (await readFile(join(dir, 'ggm.yaml'), 'utf8')).replace(
    'engine: duckdb:warehouse.duckdb',
    `engine: ${engine}`,
  );
  for (const [k, v] of Object.entries(vars)) yaml = yaml.replaceAll(`\${${k}}`, v);
  await writeFile(join(dir, 'ggm.yaml'), yaml);
  return dir;
}

export async function withWarehouse<T>(
  dir: string,
  engine: string,
  fn: (e: Engine) => Promise<T>,
): Promise<T> {
  const e = await openEngine(parseEngineSpec(engine, dir) as EngineSpec);
  try {
    return await fn(e);
  } finally {
    await e.close();
  }
}

export const num = (v: Row[string] | undefined): number => Number(v);

/** A `;`-separated file with `"` quotes (as the RvIG test set) into rows of fields; the BOM is dropped. */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
