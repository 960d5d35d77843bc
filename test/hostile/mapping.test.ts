import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';
import { runCli } from '../helpers/run-cli.js';
import { MAPPING_CASES, type MappingCase } from './mapping-cases.js';

const STACK = /\n\s+at .+:\d+:\d+/;

describe('hostile mapping files: ggm compile refuses them with a coded error at a line', () => {
  let dir: string;
  let model: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ggm-hostile-mapping-'));
    model = join(dir, 'model.xlsx');
    writeFileSync(model, fixtureWorkbook());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(MAPPING_CASES.map((c) => [c.id, c] as [string, MappingCase]))('%s', async (id, c) => {
    const file = join(dir, `${id}.yaml`);
    writeFileSync(file, c.yaml);
    const r = await runCli([
      'compile',
      '-p',
      dir,
      '--model',
      model,
      '--mapping',
      file,
      '--dialect',
      'duckdb',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(c.expect);
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('a mapping path that is no file', () => {
  it.each([
    ['missing', 'nope.yaml', /error GGM-S500 at .*nope\.yaml: no mapping file/],
    ['folder', 'folder.yaml', /error GGM-S500 at .*folder\.yaml: .*is a folder, not a mapping file/],
  ] as [string, string, RegExp][])('%s', async (_name, file, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'ggm-hostile-mapping-path-'));
    try {
      writeFileSync(join(dir, 'model.xlsx'), fixtureWorkbook());
      mkdirSync(join(dir, 'folder.yaml'));
      const r = await runCli([
        'compile',
        '-p',
        dir,
        '--model',
        join(dir, 'model.xlsx'),
        '--mapping',
        join(dir, file),
        '--dialect',
        'duckdb',
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
