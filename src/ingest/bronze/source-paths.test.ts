import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import { parseProjectConfig } from '../../project/project-config-loader.js';
import { ingestSources } from './ingest-project.js';

/** Source files stay in the project folder and allow_paths, as written and with links followed. */
describe('source paths', () => {
  const root = mkdtempSync(join(tmpdir(), 'ggm-source-paths-'));
  const project = join(root, 'project');
  const exports = join(root, 'exports');
  const elsewhere = join(root, 'elsewhere');
  let engine: DuckDbEngine;

  beforeAll(async () => {
    for (const d of [project, join(project, 'sources'), exports, elsewhere])
      mkdirSync(d, { recursive: true });
    writeFileSync(join(exports, 'brp.csv'), 'bsn,naam\n999990019,Anna\n');
    writeFileSync(join(elsewhere, 'secret.csv'), 'key\ns3cr3t\n');
    symlinkSync(join(elsewhere, 'secret.csv'), join(project, 'sources', 'secret.csv'));
    engine = await DuckDbEngine.open({ path: join(project, 'warehouse.duckdb') });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(root, { recursive: true, force: true });
  });

  const parse = (yaml: string) => parseProjectConfig(yaml, join(project, 'ggm.yaml'), {});

  it('refuses a path that leads out of the project folder, at its line and column', () => {
    const { config, diagnostics } = parse(
      'engine: duckdb:warehouse.duckdb\nsources:\n  - name: pw\n    format: csv\n    path: ../../etc/passwd\n',
    );
    expect(config).toBeUndefined();
    expect(diagnostics).toMatchObject([
      {
        code: 'GGM-I112',
        severity: 'error',
        at: { line: 5, col: 11 },
        message: expect.stringContaining('outside'),
      },
    ]);
  });

  it('loads from a directory allow_paths lists', async () => {
    const { config, diagnostics } = parse(
      `engine: duckdb:warehouse.duckdb\nallow_paths: [${exports}]\nsources:\n  - name: brp\n    path: ${exports}/brp.csv\n`,
    );
    expect(diagnostics).toEqual([]);
    const report = await ingestSources(engine, config!);
    expect(report.results).toMatchObject([{ source: 'brp', status: 'loaded', rowsLoaded: 1 }]);
  });

  it('refuses a link in the project folder to a file outside it', async () => {
    const { config, diagnostics } = parse(
      'engine: duckdb:warehouse.duckdb\nsources:\n  - name: secret\n    path: sources/secret.csv\n',
    );
    expect(diagnostics).toEqual([]);
    const report = await ingestSources(engine, config!);
    expect(report.ok).toBe(false);
    expect(report.results).toMatchObject([
      { source: 'secret', status: 'failed', diagnostics: [{ code: 'GGM-I112' }] },
    ]);
    expect(await engine.describeTable({ schema: 'bronze', name: 'secret' })).toBeUndefined();
  });
});
