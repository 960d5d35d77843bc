import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMappingWorkbook } from '../../compiler/spreadsheet/load-mapping-workbook.js';
import { hasReleases, releasePath, SHARED_DIR, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';

const EXAMPLES = join(SHARED_DIR, 'data', 'ggm-mappings');

describe.skipIf(!hasReleases())('ggm mapping import|export', () => {
  const model = releasePath('v2.5.1');
  let dir: string;
  let previousCache: string | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-mapping-sheet-cli-'));
    previousCache = process.env['GGM_CACHE_DIR'];
    process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    if (previousCache === undefined) delete process.env['GGM_CACHE_DIR'];
    else process.env['GGM_CACHE_DIR'] = previousCache;
  });

  it('imports a workbook: one file per class, a summary, located diagnostics on stderr', async () => {
    const out = join(dir, 'vicrea');
    const xlsx = join(EXAMPLES, 'Vicrea-Neuron-IMBAG.xlsx');
    const r = await runCli(['mapping', 'import', xlsx, '--out', out, '--model', model]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('24 class block(s) in sheet(s) VBO, LIGPLAATS ETC (table-blocks)');
    expect(r.stdout).toMatch(
      /wrote 10 mapping\(s\) to .*: 85 attributes, 0 associations, 9 rule\(s\) kept as TODO/,
    );
    expect(r.stdout).toMatch(/pand\.yaml\s+99 Kern\/BAG\/Model BAG\/Pand\s+VBO, LIGPLAATS ETC\s+11\s+0\s+1/);
    expect(r.stderr).toContain(
      'warning GGM-S805 at Vicrea-Neuron-IMBAG.xlsx, sheet VBO, LIGPLAATS ETC, row 7, column B: Ligplaats has no attribute DatumBeginGeldigheid',
    );
    expect((await readdir(out)).sort()).toContain('woonplaats.yaml');

    const again = await runCli(['mapping', 'import', xlsx, '--out', out, '--model', model]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('use --force to overwrite');
    const forced = await runCli(['mapping', 'import', xlsx, '-o', out, '-m', model, '--force', '--strict']);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(/ggm: \d+ warning\(s\) \(--strict\)/);
  });

  it('prints JSON with --json', async () => {
    const out = join(dir, 'pink');
    const xlsx = join(EXAMPLES, 'PinkRoccade-Civision-Samenlevingszaken.xlsx');
    const r = await runCli(['mapping', 'import', xlsx, '--out', out, '--model', model, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { files: { file: string; text?: string }[]; diagnostics: unknown[] };
    expect(json.files.map((f) => f.file)).toContain('natuurlijk-persoon.yaml');
    expect(json.files[0]!.text).toBeUndefined();
    expect(json.diagnostics.length).toBeGreaterThan(0);
  });

  it('exports mapping files in the layout of the community template', async () => {
    const xlsx = join(dir, 'vicrea.xlsx');
    const r = await runCli([
      'mapping',
      'export',
      join(dir, 'vicrea'),
      '--out',
      xlsx,
      '--model',
      model,
      '--application',
      'Neuron',
      '--author',
      'Gemeente Delft',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote 10 mapping\(s\), \d+ rows, to .*vicrea\.xlsx/);
    const template = await loadMappingWorkbook(join(EXAMPLES, 'Mapping-Template.xlsx'));
    const written = await loadMappingWorkbook(xlsx);
    expect(written.sheets.map((s) => s.name)).toEqual(template.sheets.map((s) => s.name));
    for (const name of ['GGM', 'Datamart', 'Contactpersoon']) {
      const header = (w: typeof written) => w.sheets.find((s) => s.name === name)!.rows[0]!.values;
      expect(header(written)).toEqual(header(template));
    }
    const ggm = written.sheets.find((s) => s.name === 'GGM')!;
    expect(ggm.rows[1]!.values[0]).toBe('Neuron');
    expect(ggm.rows[1]!.values[6]).toBe('Gemeente Delft');
    expect(written.sheets[0]!.rows[1]!.values).toEqual([undefined, 'Kern', 'RSGBPlus, BAG']);

    // The exported workbook imports back into the same mappings.
    const back = join(dir, 'back');
    const again = await runCli(['mapping', 'import', xlsx, '--out', back, '--model', model]);
    expect(again.code).toBe(0);
    const names = (await readdir(back)).sort();
    expect(names).toEqual((await readdir(join(dir, 'vicrea'))).sort());
    const before = await readFile(join(dir, 'vicrea', 'pand.yaml'), 'utf8');
    const after = await readFile(join(back, 'pand.yaml'), 'utf8');
    // Comments aside, the same file.
    const body = (t: string) => t.split('\n').filter((l) => /^\s*[^#\s]/.test(l));
    expect(body(after)).toEqual(body(before));
  });

  it('refuses a folder with broken mapping files, and missing arguments', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad, { recursive: true });
    await writeFile(join(bad, 'broken.yaml'), 'target: Pand\nsources: []\n');
    const r = await runCli(['mapping', 'export', bad, '--out', join(dir, 'bad.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GGM-S812');
    expect(r.stderr).toContain('no valid mapping files');
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);

    expect((await runCli(['mapping', 'import', join(dir, 'nope.xlsx'), '--out', bad])).code).toBe(1);
    expect((await runCli(['mapping', 'import', join(EXAMPLES, 'Mapping-Template.xlsx')])).code).toBe(2);
    const notXlsx = await runCli(['mapping', 'import', join(bad, 'broken.yaml'), '--out', bad, '-m', model]);
    expect(notXlsx.code).toBe(1);
    expect(notXlsx.stderr).toContain('cannot read');
  });
});
