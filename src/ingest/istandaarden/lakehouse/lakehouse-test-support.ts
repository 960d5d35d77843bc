import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openEngine, parseEngineSpec, type EngineSpec } from '../../../engines/open-engine.js';
import type { Engine, Row } from '../../../engines/engine.js';
import { createTestDatabase } from '../../../engines/postgres/postgres-test-database.js';
import { writeCorpus } from '../generator/write-corpus.js';
import { ISTANDAARDEN_COLUMNS } from './bronze-layout.js';

export const EXAMPLE_DIR = resolve(import.meta.dirname, '..', '..', '..', '..', 'examples', 'sociaal');

/** Invalid cases (layers 1–3) that a single file shows; the history cases need the other messages. */
export const INVALID_CASES = ['XML', 'XSD-missing', 'CS002', 'CD041', 'CS003'] as const;

/** A correction of a toewijzing: a later 301 whose first line ends a day earlier. */
export interface Correction {
  file: string;
  toewijzingNummer: number;
  einddatum: string;
}

/**
 * A generated corpus (`batchSize` messages per file, so a run has few batches), the chosen invalid files,
 * and one hand-made correction: the first 301 sent again later the same day (Toewijzingstijd 23:59:59)
 * with the first toewijzing ending a day earlier, so the latest version differs from the first.
 */
export async function generateMessages(
  seed: number,
  clients: number,
  batchSize: number,
): Promise<{ dir: string; valid: string[]; correction: Correction }> {
  const dir = await mkdtemp(join(tmpdir(), 'ggm-sociaal-corpus-'));
  await writeCorpus(dir, { seed, clients, batchSize });
  const valid = (await readdir(join(dir, 'valid'))).filter((f) => f.endsWith('.xml')).sort();
  const single = await mkdtemp(join(tmpdir(), 'ggm-sociaal-single-'));
  await writeCorpus(single, { seed, clients, envelopes: false, invalid: false });
  const first301 = (await readdir(join(single, 'valid'))).sort().find((f) => f.includes('301-'))!;
  const xml = await readFile(join(single, 'valid', first301), 'utf8');
  await rm(single, { recursive: true, force: true });
  const nummer = Number(/ToewijzingNummer>(\d+)</.exec(xml)![1]);
  const end = /(<[a-z0-9]+:Einddatum>)(\d{4}-\d{2}-\d{2})</.exec(xml)!;
  const einddatum = new Date(Date.parse(`${end[2]!}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const corrected = xml
    .replace(/(Identificatie>)(\d+)</, (_m, tag: string, id: string) => `${tag}${id.slice(0, -4)}9999<`)
    .replace(/(Toewijzingstijd>)\d{2}:\d{2}:\d{2}</g, '$123:59:59<')
    .replace(end[0], `${end[1]!}${einddatum}<`);
  const file = 'zz-correction-301.xml';
  await writeFile(join(dir, 'valid', file), corrected);
  return { dir, valid, correction: { file, toewijzingNummer: nummer, einddatum } };
}

/**
 * A copy of examples/sociaal in a temporary folder, its messages in `messages/` and its warehouse on
 * `engine` (`duckdb:warehouse.duckdb` or a PostgreSQL url).
 */
export async function sociaalProject(engine: string): Promise<{ dir: string; messages: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ggm-sociaal-'));
  await cp(EXAMPLE_DIR, dir, { recursive: true, filter: (f) => !/warehouse\.duckdb/.test(f) });
  const yaml = (await readFile(join(dir, 'ggm.yaml'), 'utf8'))
    .replaceAll('${ISTANDAARDEN_DIR}', 'messages')
    .replace('engine: duckdb:warehouse.duckdb', `engine: ${engine}`);
  await writeFile(join(dir, 'ggm.yaml'), yaml);
  const messages = join(dir, 'messages');
  await mkdir(messages);
  return { dir, messages };
}

/** Copies generated files into a project's messages folder (`invalid/<rule>.xml` for invalid cases). */
export async function addMessages(corpus: string, messages: string, files: readonly string[]): Promise<void> {
  for (const f of files) {
    const from = f.startsWith('invalid/') ? join(corpus, f) : join(corpus, 'valid', f);
    await cp(from, join(messages, f.replace('invalid/', 'invalid-')));
  }
}

export async function withEngine<T>(dir: string, engine: string, fn: (e: Engine) => Promise<T>): Promise<T> {
  const e = await openEngine(parseEngineSpec(engine, dir) as EngineSpec);
  try {
    return await fn(e);
  } finally {
    await e.close();
  }
}

/** Rows as plain JSON values (dates as ISO days, bigints as numbers), for comparisons across engines. */
export const plain = (rows: Row[]): Record<string, unknown>[] =>
  rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'bigint' ? Number(v) : v,
      ]),
    ),
  );

export async function removeAll(...dirs: string[]): Promise<void> {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}

/** Where a test project keeps its warehouse: a fresh one per call, and how to remove it. */
export interface WarehouseTarget {
  name: string;
  warehouse: (prefix: string) => Promise<{ engine: string; drop: () => Promise<void> }>;
}

/** The two engines the lakehouse tests run on: DuckDB in the project folder, a new PostgreSQL database. */
export const WAREHOUSE_TARGETS: WarehouseTarget[] = [
  {
    name: 'DuckDB',
    warehouse: async () => ({ engine: 'duckdb:warehouse.duckdb', drop: async () => undefined }),
  },
  {
    name: 'PostgreSQL',
    warehouse: async (prefix) => {
      const db = await createTestDatabase(prefix);
      return { engine: db.url, drop: () => db.drop() };
    },
  },
];

/**
 * A copy of examples/sociaal on a fresh warehouse of `target`; `cleanup` gets what removes both (the
 * caller runs it after its tests).
 */
export async function sociaalProjectOn(
  target: WarehouseTarget,
  prefix: string,
  cleanup: (() => Promise<void>)[],
): Promise<{ dir: string; messages: string; engine: string }> {
  const w = await target.warehouse(prefix);
  const p = await sociaalProject(w.engine);
  cleanup.push(async () => {
    await w.drop();
    await removeAll(p.dir);
  });
  return { ...p, engine: w.engine };
}

/** Everything a load leaves in bronze and the ledger, batch ids replaced by their files. */
export async function bronzeState(e: Engine): Promise<Record<string, unknown[]>> {
  const columns = [...ISTANDAARDEN_COLUMNS, '_row_number'].map((c) => `t.${c}`).join(', ');
  return {
    batches: plain(
      await e.query(`SELECT file, file_sha256, file_bytes, format, rows_read, rows_loaded, rows_quarantined,
        status, message FROM meta.batches ORDER BY batch_id`),
    ),
    bronze: plain(
      await e.query(`SELECT b.file AS batch_file, ${columns} FROM bronze.istandaarden t
        JOIN meta.batches b ON b.batch_id = t._batch_id ORDER BY b.batch_id, t._row_number`),
    ),
    quarantine: plain(
      await e.query(`SELECT q.file, q.row_number, q.line, q.reason, q.raw FROM meta.quarantine q
        JOIN meta.batches b ON b.batch_id = q.batch_id ORDER BY b.batch_id, q.row_number`),
    ),
    loadedFiles: plain(
      await e.query(`SELECT l.file_sha256, b.file FROM meta.loaded_files l
        JOIN meta.batches b ON b.batch_id = l.batch_id ORDER BY b.batch_id`),
    ),
    // a row without its batch would be part of a file whose batch row did not commit
    orphans: plain(
      await e.query(`SELECT count(*) AS n FROM bronze.istandaarden t
        WHERE NOT EXISTS (SELECT 1 FROM meta.batches b WHERE b.batch_id = t._batch_id)`),
    ),
  };
}
