import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath } from '../../../../test/helpers/releases.js';
import type { Engine, SqlSession, TableRef, TextRow } from '../../../engines/engine.js';
import { runProject } from '../../../pipeline/run-project.js';
import { loadProjectConfig } from '../../../project/project-config-loader.js';
import type { BatchResult } from '../../bronze/bronze-loader.js';
import { ingestSources } from '../../bronze/ingest-project.js';
import type { LoadOptions } from '../../bronze/source-loader.js';
import {
  addMessages,
  bronzeState,
  generateMessages,
  INVALID_CASES,
  plain,
  removeAll,
  sociaalProjectOn,
  WAREHOUSE_TARGETS,
  withEngine,
} from './lakehouse-test-support.js';

const ONE_BY_ONE: LoadOptions = { commitGroup: { files: 1 } };
// small groups, so the corpus spans several of them and groups mix valid, invalid and unchanged files
const GROUPED: LoadOptions = { commitGroup: { files: 4 } };

/** Every silver table, every column but the wall-clock ones, in a stable order. */
async function silverState(e: Engine): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of await e.listTables('silver')) {
    const columns = t.columns.map((c) => c.name).filter((c) => !/loaded_at|_batch_id|applied_at/.test(c));
    const list = columns.join(', ');
    out[t.name] = plain(await e.query(`SELECT ${list} FROM silver.${t.name} ORDER BY ${list}`));
  }
  return out;
}

async function ingest(dir: string, engine: string, options: LoadOptions) {
  const { config } = await loadProjectConfig(dir, { ...process.env, ISTANDAARDEN_DIR: 'messages' });
  const progress: number[] = [];
  const report = await withEngine(dir, engine, (e) =>
    ingestSources(e, config!, ['istandaarden'], undefined, (_s, done) => progress.push(done), options),
  );
  return { report, progress };
}

/** An engine whose transactions fail when they write more than one file's batch rows at once. */
function failingGroups(engine: Engine): Engine {
  const session = (tx: SqlSession): SqlSession =>
    new Proxy(tx, {
      get(target, key) {
        if (key !== 'bulkInsert') return Reflect.get(target, key, target) as unknown;
        return async (
          table: TableRef,
          columns: readonly string[],
          batches: AsyncIterable<readonly TextRow[]>,
        ) => {
          if (table.name !== 'batches') return target.bulkInsert(table, columns, batches);
          const rows: TextRow[] = [];
          for await (const b of batches) rows.push(...b);
          if (rows.length > 1) throw new Error('injected: the group fails after its rows were written');
          return target.bulkInsert(
            table,
            columns,
            (async function* () {
              yield rows;
            })(),
          );
        };
      },
    });
  return new Proxy(engine, {
    get(target, key) {
      if (key === 'transaction')
        return <T>(fn: (tx: SqlSession) => Promise<T>) => target.transaction((tx) => fn(session(tx)));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const statuses = (results: readonly BatchResult[]) =>
  results.map((r) => `${r.file}:${r.status}:${r.rowsLoaded}:${r.rowsQuarantined}`);

describe.skipIf(!hasReleases()).each(WAREHOUSE_TARGETS)(
  'several message files per commit on $name',
  (target) => {
    const cleanup: (() => Promise<void>)[] = [];
    let corpus: string;
    let files: string[];

    beforeAll(async () => {
      // one message per file, as care providers send them
      const generated = await generateMessages(20261207, 5, 1);
      corpus = generated.dir;
      files = [...generated.valid, ...INVALID_CASES.map((r) => `invalid/${r}.xml`)];
    });
    afterAll(async () => {
      for (const c of cleanup) await c();
      await removeAll(corpus);
    });

    /** A sociaal project with the corpus, a copy of one file (same content) and the invalid cases. */
    async function project() {
      const p = await sociaalProjectOn(target, 'ggm_files_commit', cleanup);
      await addMessages(corpus, p.messages, files);
      const first = (await readdir(p.messages)).sort()[0]!;
      await cp(join(p.messages, first), join(p.messages, `${first}.copy.xml`));
      return p;
    }

    it('loads the same bronze, ledger and quarantine as one file per commit, and the same silver after build', async () => {
      const single = await project();
      const grouped = await project();
      const one = await ingest(single.dir, single.engine, ONE_BY_ONE);
      const many = await ingest(grouped.dir, grouped.engine, GROUPED);
      expect(one.report.ok).toBe(true);
      expect(statuses(many.report.results)).toEqual(statuses(one.report.results));
      const results = many.report.results;
      expect(results.filter((r) => r.status === 'unchanged')).toHaveLength(1); // the copy
      expect(results.filter((r) => r.rowsQuarantined > 0).length).toBeGreaterThanOrEqual(
        INVALID_CASES.length,
      );
      expect(results.filter((r) => r.status === 'loaded' && r.rowsLoaded > 0).length).toBeGreaterThan(20);
      // progress: every file once, in order, only after its group committed
      expect(many.progress).toEqual(results.slice(0, many.progress.length).map((_, i) => i + 1));

      const state = await withEngine(single.dir, single.engine, bronzeState);
      expect(state.orphans).toEqual([{ n: 0 }]);
      expect(await withEngine(grouped.dir, grouped.engine, bronzeState)).toEqual(state);

      // a rerun skips every file; a changed file is a new batch, a new file loads
      const names = (await readdir(single.messages)).filter((f) => !f.startsWith('invalid')).sort();
      for (const p of [single, grouped]) {
        await appendFile(join(p.messages, names[3]!), '\n<!-- sent again -->\n');
        // new content (the same message with a comment): it loads as a new batch, its message a repeat
        await writeFile(
          join(p.messages, 'zz-new.xml'),
          `${await readFile(join(p.messages, names[5]!), 'utf8')}<!-- new -->\n`,
        );
        await writeFile(join(p.messages, 'zz-not-xml.xml'), 'not a message');
      }
      const again = await ingest(single.dir, single.engine, ONE_BY_ONE);
      const againGrouped = await ingest(grouped.dir, grouped.engine, GROUPED);
      expect(statuses(againGrouped.report.results)).toEqual(statuses(again.report.results));
      expect(again.report.results.filter((r) => r.status !== 'unchanged').map((r) => r.file)).toEqual([
        `messages/${names[3]!}`,
        'messages/zz-new.xml',
        'messages/zz-not-xml.xml',
      ]);
      const after = await withEngine(single.dir, single.engine, bronzeState);
      expect(await withEngine(grouped.dir, grouped.engine, bronzeState)).toEqual(after);

      const model = releasePath('v2.5.1');
      for (const p of [single, grouped]) {
        const run = await runProject(p.dir, { model });
        expect(run.outcomes.filter((o) => o.status !== 'succeeded')).toEqual([]);
      }
      const silver = await withEngine(single.dir, single.engine, silverState);
      expect(Object.values(silver).some((rows) => rows.length > 0)).toBe(true);
      expect(await withEngine(grouped.dir, grouped.engine, silverState)).toEqual(silver);
    }, 240_000);

    it('commits each file on its own when a group fails, leaving no part of the group behind', async () => {
      const single = await project();
      const grouped = await project();
      await ingest(single.dir, single.engine, ONE_BY_ONE);
      const { config } = await loadProjectConfig(grouped.dir, {
        ...process.env,
        ISTANDAARDEN_DIR: 'messages',
      });
      const report = await withEngine(grouped.dir, grouped.engine, (e) =>
        ingestSources(failingGroups(e), config!, ['istandaarden'], undefined, undefined, GROUPED),
      );
      expect(report.ok).toBe(true);
      expect(report.results.every((r) => r.status !== 'failed')).toBe(true);
      expect(await withEngine(grouped.dir, grouped.engine, bronzeState)).toEqual(
        await withEngine(single.dir, single.engine, bronzeState),
      );
    }, 120_000);
  },
);
