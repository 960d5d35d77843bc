import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProjectConfig, parseProjectConfig } from './project-config-loader.js';
import { hasReleases, loadReleaseIndex } from '../../test/helpers/releases.js';
import { initProject } from './project-init.js';
import { resolveProjectDomains } from './project-domains.js';

const parse = (text: string, env: Record<string, string> = {}) =>
  parseProjectConfig(text, '/p/ggm.yaml', env);
const summary = (text: string, env: Record<string, string> = {}) =>
  parse(text, env).diagnostics.map((d) => ({ code: d.code, line: d.at?.line, col: d.at?.col, hint: d.hint }));

describe('project config', () => {
  it('reads a full config into typed sources', () => {
    const { config, diagnostics } = parse(
      `model: v2.5.1
engine: postgres://etl:\${PGPASS}@db/warehouse
domains: [Sociaal Domein, 6]
sources:
  - name: personen
    path: sources/brp.csv
    csv: { delimiter: ';', encoding: windows-1252, decimal: ',', header: true }
  - name: lijst
    path: sources/lijst.xlsx
    sheet: Blad1
    headerRow: 2
  - name: zaken
    format: postgres
    url: postgres://reader@zaak/db
    query: SELECT * FROM zaak
`,
      { PGPASS: 'geheim' },
    );
    expect(diagnostics).toEqual([]);
    expect(config).toMatchObject({
      dir: '/p',
      model: 'v2.5.1',
      engine: 'postgres://etl:geheim@db/warehouse',
      domains: ['Sociaal Domein', '6'],
    });
    expect(config?.sources).toMatchObject([
      {
        name: 'personen',
        kind: 'file',
        format: 'csv',
        csv: { delimiter: ';', encoding: 'windows-1252', decimal: ',', header: true },
        at: { line: 5, col: 5 },
      },
      { name: 'lijst', kind: 'file', format: 'xlsx', sheet: 'Blad1', headerRow: 2 },
      { name: 'zaken', kind: 'database', format: 'postgres', query: 'SELECT * FROM zaak' },
    ]);
  });

  it('reports unknown keys with line, column and the nearest key', () => {
    expect(
      summary(
        'engin: duckdb:x.duckdb\nsources:\n  - name: a\n    path: a.csv\n    csv:\n      delimeter: ";"\n',
      ),
    ).toEqual([
      { code: 'GGM-I102', line: 1, col: 1, hint: 'did you mean engine, engine_settings?' },
      { code: 'GGM-I104', line: 1, col: 1, hint: undefined },
      { code: 'GGM-I102', line: 6, col: 7, hint: 'did you mean delimiter?' },
    ]);
  });

  it('reports wrong types and invalid values where they are', () => {
    expect(
      summary(`engine: mysql://x
domains: 6
sources:
  - name: a
    path: a.csv
    csv: { encoding: windows1252, delimiter: ab, header: yes please }
  - name: b
    path: b.dat
    format: parket
`),
    ).toEqual([
      { code: 'GGM-I105', line: 1, col: 9, hint: undefined },
      { code: 'GGM-I103', line: 2, col: 10, hint: undefined },
      { code: 'GGM-I105', line: 6, col: 46, hint: undefined },
      { code: 'GGM-I105', line: 6, col: 22, hint: 'did you mean windows-1252?' },
      { code: 'GGM-I103', line: 6, col: 58, hint: undefined },
      { code: 'GGM-I105', line: 9, col: 13, hint: 'did you mean parquet?' },
    ]);
  });

  it('rejects duplicate and invalid source names, and unset variables', () => {
    const d = summary(
      'engine: ${WAREHOUSE}\nsources:\n  - name: Personen BRP\n    path: a.csv\n  - name: x\n    path: a.csv\n  - name: x\n    path: b.csv\n',
    );
    expect(d.map((x) => x.code)).toEqual(['GGM-I108', 'GGM-I105', 'GGM-I107', 'GGM-I106']);
    expect(d[2]?.hint).toBe('for example personen_brp');
    expect(d[3]).toMatchObject({ line: 7, hint: 'first at line 5' });
  });

  it('keeps source paths in the project folder unless allow_paths names their directory', () => {
    expect(
      summary(
        'engine: duckdb:x.duckdb\nsources:\n  - name: pw\n    format: csv\n    path: ../../etc/passwd\n  - name: abs\n    path: /etc/hosts.csv\n  - name: ok\n    path: sources/../data/a.csv\n',
      ),
    ).toEqual([
      {
        code: 'GGM-I112',
        line: 5,
        col: 11,
        hint: 'to read it, list its directory under allow_paths in ggm.yaml',
      },
      {
        code: 'GGM-I112',
        line: 7,
        col: 11,
        hint: 'to read it, list its directory under allow_paths in ggm.yaml',
      },
    ]);
    const allowed = parse(
      'engine: duckdb:x.duckdb\nallow_paths: [/data/exports, ../shared, "${EXPORTS}"]\nsources:\n  - name: brp\n    path: /data/exports/brp/*.csv\n  - name: zorg\n    path: ../shared/zorg.csv\n  - name: wmo\n    path: /mnt/wmo/wmo.csv\n',
      { EXPORTS: '/mnt/wmo' },
    );
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.config?.allowPaths).toEqual(['/data/exports', '/shared', '/mnt/wmo']);
    expect(allowed.config?.sources.map((x) => x.name)).toEqual(['brp', 'zorg', 'wmo']);
    // a sibling whose name starts like an allowed directory is not inside it
    expect(
      summary(
        'engine: duckdb:x.duckdb\nallow_paths: [/data/exports]\nsources:\n  - name: a\n    path: /data/exports-old/a.csv\n',
      ).map((d) => d.code),
    ).toEqual(['GGM-I112']);
    expect(
      summary('engine: duckdb:x.duckdb\nallow_paths: [/, 3]\n').map((d) => [d.code, d.line, d.col]),
    ).toEqual([
      ['GGM-I105', 2, 15],
      ['GGM-I103', 2, 18],
    ]);
  });

  it('reads engine_settings (memory bound and spill directory) and refuses what DuckDB cannot take', () => {
    const { config, diagnostics } = parse(
      `engine: duckdb:warehouse.duckdb
engine_settings:
  memory_limit: 40%
  temp_directory: spill
`,
    );
    expect(diagnostics).toEqual([]);
    expect(config?.engineSettings).toEqual({ memoryLimit: '40%', tempDirectory: 'spill' });
    expect(
      summary(`engine: duckdb:w.duckdb
engine_settings:
  memory_limit: veel
  temp_dir: /tmp
`),
    ).toEqual([
      { code: 'GGM-I102', line: 4, col: 3, hint: 'did you mean temp_directory?' },
      { code: 'GGM-I105', line: 3, col: 17, hint: undefined },
    ]);
    expect(summary('engine: duckdb:w.duckdb\nengine_settings:\n  memory_limit: 0GB\n')[0]?.code).toBe(
      'GGM-I105',
    );
    expect(summary('engine: duckdb:w.duckdb\nengine_settings:\n  memory_limit: 150%\n')[0]?.code).toBe(
      'GGM-I105',
    );
    expect(summary('engine: duckdb:w.duckdb\nengine_settings: 4GB\n')[0]?.code).toBe('GGM-I103');
  });

  it('reports YAML syntax errors with their position', () => {
    const d = parse('engine: duckdb:x\nsources: [\n  - name: a\n').diagnostics;
    expect(d[0]).toMatchObject({ code: 'GGM-I101', at: { file: '/p/ggm.yaml', line: expect.any(Number) } });
  });

  it('says where to start when there is no project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ggm-noproject-'));
    try {
      const { diagnostics } = await loadProjectConfig(dir);
      expect(diagnostics[0]).toMatchObject({ code: 'GGM-I109', hint: 'create one with ggm init <dir>' });
      await initProject(dir, { engine: 'duckdb:w.duckdb', domains: ['Sociaal Domein'] });
      const loaded = await loadProjectConfig(dir);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.config).toMatchObject({
        engine: 'duckdb:w.duckdb',
        domains: ['Sociaal Domein'],
        sources: [],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(hasReleases())('project domains against the model', () => {
  it('resolves names and numbers, and suggests the nearest domain for a typo', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const { config } = parse(
      'engine: duckdb:w.duckdb\ndomains:\n  - Sociaal Domein\n  - 99\n  - Sociaal Domien\n',
    );
    const { domains, diagnostics } = resolveProjectDomains(config!, index);
    expect(domains.map((d) => d.name)).toEqual([
      index.findDomain('Sociaal Domein')?.name,
      index.findDomain('99')?.name,
    ]);
    expect(diagnostics).toEqual([
      {
        code: 'GGM-I111',
        severity: 'error',
        message: 'the model has no domain "Sociaal Domien"',
        at: { file: '/p/ggm.yaml', line: 5, col: 5 },
        hint: expect.stringContaining('Sociaal Domein'),
      },
    ]);
  });
});
