import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import type { Io } from '../output.js';

const FIXTURES = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'ingest');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('ggm init and ggm ingest', () => {
  const root = mkdtempSync(join(tmpdir(), 'ggm-cli-ingest-'));
  const dir = join(root, 'gemeente');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates a project that loads as it is', async () => {
    const r = await run(['init', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ggm.yaml');
    expect(readFileSync(join(dir, 'ggm.yaml'), 'utf8')).toContain('engine: duckdb:warehouse.duckdb');
    const again = await run(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    const empty = await run(['ingest', '--project', dir]);
    expect(empty.code).toBe(0);
    expect(empty.out).toContain('No sources configured');
  });

  it('loads sources, warns about quarantined records, and skips unchanged files', async () => {
    copyFileSync(join(FIXTURES, 'uitkeringen-cp1252.csv'), join(dir, 'sources', 'uitkeringen.csv'));
    const yaml = readFileSync(join(dir, 'ggm.yaml'), 'utf8').replace(
      'sources: []',
      'sources:\n  - name: uitkeringen\n    path: sources/uitkeringen.csv',
    );
    writeFileSync(join(dir, 'ggm.yaml'), yaml);
    const first = await run(['ingest', '--project', dir]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /uitkeringen\s+sources\/uitkeringen.csv\s+loaded\s+4\s+3\s+1\s+stream\s+windows-1252 ';' decimal ','/,
    );
    expect(first.err).toContain('GGM-I001');
    expect(first.err).toContain('line 5');
    const second = await run(['ingest', '--project', dir, '--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out).results[0].status).toBe('unchanged');
  });

  it('stops with the nearest name for an unknown source', async () => {
    const r = await run(['ingest', '--project', dir, '--source', 'uitkering']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('did you mean uitkeringen?');
  });

  it('reports config errors with line, column and a suggestion', async () => {
    writeFileSync(join(dir, 'ggm.yaml'), 'engine: duckdb:w.duckdb\nsources:\n  - name: a\n    pth: x.csv\n');
    const r = await run(['ingest', '--project', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('GGM-I102');
    expect(r.err).toMatch(/ggm\.yaml, line 4:5: sources\[0\]: unknown key "pth" \(did you mean path\?\)/);
  });

  it('exits 1 when a source cannot be loaded', async () => {
    writeFileSync(
      join(dir, 'ggm.yaml'),
      'engine: duckdb:w.duckdb\nsources:\n  - name: a\n    path: sources/none.csv\n',
    );
    const r = await run(['ingest', '--project', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('GGM-I002');
  });
});
