import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../engines/engine.js';
import { loadProjectConfig } from '../../../project/project-config-loader.js';
import { ingestSources } from '../../bronze/ingest-project.js';
import { writeCorpus } from '../generator/write-corpus.js';
import { HOLD_RULES } from './held-messages.js';
import { plain, withEngine, WAREHOUSE_TARGETS } from './lakehouse-test-support.js';

/** A project with one `istandaarden` source over `messages/` and no mappings: bronze only. */
async function bronzeProject(engine: string): Promise<{ dir: string; messages: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'ggm-load-history-'));
  const yaml = `engine: ${engine}\nsources:\n  - name: istandaarden\n    format: istandaarden\n    path: messages/*.xml\n`;
  await writeFile(join(dir, 'ggm.yaml'), yaml);
  await mkdir(join(dir, 'messages'));
  return { dir, messages: join(dir, 'messages') };
}

async function load(dir: string, engine: string) {
  const { config } = await loadProjectConfig(dir);
  return withEngine(dir, engine, (e) => ingestSources(e, config!));
}

const quarantine = (e: Engine) =>
  e.query(`SELECT file, reason FROM meta.quarantine WHERE source = 'istandaarden' ORDER BY file`);

const bronzeFiles = async (e: Engine) =>
  plain(
    await e.query(
      `SELECT DISTINCT bestand FROM bronze.istandaarden WHERE bestand NOT LIKE 'context-%' ORDER BY bestand`,
    ),
  ).map((r) => r['bestand']);

describe.each(WAREHOUSE_TARGETS)('history rules at load time on $name', (target) => {
  let corpus: string;
  let cases: { rule: string; file: string; history: boolean }[];
  let chain: string[];
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'ggm-load-history-corpus-'));
    await writeCorpus(corpus, { seed: 11, clients: 1, envelopes: false });
    const manifest = JSON.parse(await readFile(join(corpus, 'invalid', 'manifest.json'), 'utf8'));
    cases = manifest.cases;
    chain = (await readdir(join(corpus, 'valid'))).filter((f) => /WMO30[157]-/.test(f)).sort();
  });
  afterAll(async () => {
    for (const c of cleanup) await c();
    await rm(corpus, { recursive: true, force: true });
  });

  async function project() {
    const w = await target.warehouse('ggm_load_history');
    const p = await bronzeProject(w.engine);
    cleanup.push(async () => {
      await w.drop();
      await rm(p.dir, { recursive: true, force: true });
    });
    return { ...p, engine: w.engine };
  }

  it('quarantines every history case against what an earlier run loaded, held or rejected by its rule', async () => {
    const p = await project();
    for (const c of await readdir(join(corpus, 'invalid', 'context')))
      await cp(join(corpus, 'invalid', 'context', c), join(p.messages, `context-${c}`));
    await load(p.dir, p.engine);
    const all = cases.filter((c) => c.history);
    for (const c of all) await cp(join(corpus, 'invalid', c.file), join(p.messages, `case-${c.file}`));
    const report = await load(p.dir, p.engine);
    // the TR056 case is a context file sent again byte for byte: the same file twice changes nothing
    // (the third test below sends the identification again with other content)
    expect(report.results.find((r) => r.file === 'messages/case-TR056.xml')?.status).toBe('unchanged');
    const history = all.filter((c) => c.rule !== 'TR056');
    expect(history.length).toBeGreaterThan(10);

    await withEngine(p.dir, p.engine, async (e) => {
      const rows = plain(await quarantine(e));
      // the context loaded whole; every case is quarantined with its own rule, held when it waits
      expect(rows.map((r) => r['file'])).toEqual(history.map((c) => `messages/case-${c.file}`).sort());
      for (const c of history) {
        const reason = String(rows.find((r) => r['file'] === `messages/case-${c.file}`)!['reason']);
        expect(reason, c.rule).toContain(`GGM-W-${c.rule} `);
        // held only when every error is one a later message can cure (a case may break other rules too)
        const rules = [...reason.matchAll(/GGM-W-(\S+) /g)].map((m) => m[1]!);
        expect(reason.startsWith('held '), c.rule).toBe(rules.every((r) => HOLD_RULES.has(r)));
      }
      const held = rows.filter((r) => String(r['reason']).startsWith('held '));
      expect(held.map((r) => r['file'])).toEqual(
        expect.arrayContaining(['messages/case-TR019.xml', 'messages/case-TR366.xml']),
      );
      expect(await bronzeFiles(e)).toEqual([]);
    });
  }, 120_000);

  it('holds a start whose toewijzing is not loaded yet and loads it once the 301 arrives (OP080)', async () => {
    const p = await project();
    const starts = chain.filter((f) => f.includes('WMO305'));
    const toewijzingen = chain.filter((f) => f.includes('WMO301'));
    for (const f of starts) await cp(join(corpus, 'valid', f), join(p.messages, f));
    const first = await load(p.dir, p.engine);
    expect(first.results.map((r) => r.format?.['held'])).toEqual(starts.map(() => 1));

    await withEngine(p.dir, p.engine, async (e) => {
      const rows = plain(await quarantine(e));
      expect(rows).toHaveLength(starts.length);
      for (const r of rows) expect(String(r['reason'])).toMatch(/^held .*GGM-W-TR019 /);
      expect(await bronzeFiles(e)).toEqual([]);
    });

    for (const f of toewijzingen) await cp(join(corpus, 'valid', f), join(p.messages, f));
    const second = await load(p.dir, p.engine);
    expect(second.results.at(-1)).toMatchObject({
      file: '(held messages, tried again)',
      status: 'loaded',
      format: { retried: starts.length },
    });
    await withEngine(p.dir, p.engine, async (e) => {
      expect(await quarantine(e)).toEqual([]);
      expect(await bronzeFiles(e)).toEqual([...starts, ...toewijzingen].sort());
    });

    // nothing left to try, nothing new: a third load changes nothing
    const third = await load(p.dir, p.engine);
    expect(third.results.every((r) => r.status === 'unchanged')).toBe(true);
  }, 120_000);

  it('accepts a start before its 301 within one run, and of two uses of one identification the first', async () => {
    const p = await project();
    const start = chain.find((f) => f.includes('WMO305'))!;
    const toewijzing = chain.find((f) => f.includes('WMO301'))!;
    // the start sorts before its 301: order within a run carries no meaning
    await cp(join(corpus, 'valid', start), join(p.messages, `a-${start}`));
    await cp(join(corpus, 'valid', toewijzing), join(p.messages, `b-${toewijzing}`));
    // the same 301 again with other content (another comment) but the same Identificatie: TR056
    const xml = await readFile(join(corpus, 'valid', toewijzing), 'utf8');
    await writeFile(join(p.messages, `c-${toewijzing}`), `${xml}\n<!-- sent again -->\n`);
    const report = await load(p.dir, p.engine);
    // the start waited in its own batch until the run's files were in, then loaded with the retry
    expect(report.results.map((r) => r.format?.['held'] ?? r.format?.['retried'])).toEqual([
      1,
      undefined,
      undefined,
      1,
    ]);
    await withEngine(p.dir, p.engine, async (e) => {
      const rows = plain(await quarantine(e));
      expect(rows.map((r) => r['file'])).toEqual([`messages/c-${toewijzing}`]);
      expect(String(rows[0]!['reason'])).toMatch(/^invalid .*GGM-W-TR056 /);
      expect(await bronzeFiles(e)).toEqual([`a-${start}`, `b-${toewijzing}`]);
    });

    // and in a later run against bronze
    await writeFile(join(p.messages, `d-${toewijzing}`), `${xml}\n<!-- and again -->\n`);
    await load(p.dir, p.engine);
    await withEngine(p.dir, p.engine, async (e) => {
      const rows = plain(await quarantine(e));
      expect(rows.map((r) => r['file'])).toEqual([`messages/c-${toewijzing}`, `messages/d-${toewijzing}`]);
      expect(String(rows[1]!['reason'])).toContain('GGM-W-TR056 ');
    });
  }, 120_000);
});
