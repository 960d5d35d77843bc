import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';
import { runCli } from '../helpers/run-cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const C = (body: string) => `checks:\n  - name: c1\n${body}`;
const at = (code: string, line: number, text: string) =>
  new RegExp(`error ${code} at .*checks/x\\.yaml, line ${line}:\\d+: .*${text}`);

/** Hostile check files: `ggm check` refuses them with a coded error at a line, before running anything. */
const CASES: { id: string; yaml: string; expect: RegExp }[] = [
  { id: 'yaml_syntax', yaml: 'checks:\n  - name: [\n', expect: at('GGM-Q001', 3, 'YAML') },
  {
    id: 'unknown_key',
    yaml: C('    table: pand\n    severty: error\n    expect:\n      expression: 1 = 1\n'),
    expect: at('GGM-Q002', 4, 'did you mean severity'),
  },
  {
    id: 'unknown_table',
    yaml: C('    table: pnad\n    expect:\n      expression: 1 = 1\n'),
    expect: at('GGM-Q005', 3, 'unknown silver table "pnad" \\(did you mean pand\\?\\)'),
  },
  {
    id: 'sql_name_table',
    yaml: C('    table: "pand; drop table x"\n    expect:\n      expression: 1 = 1\n'),
    expect: at('GGM-Q005', 3, 'unknown silver table'),
  },
  {
    id: 'bad_severity',
    yaml: C('    table: pand\n    severity: fatal\n    expect:\n      expression: 1 = 1\n'),
    expect: at('GGM-Q003', 4, 'severity must be warn or error'),
  },
  { id: 'missing_expect', yaml: C('    table: pand\n'), expect: at('GGM-Q004', 2, 'needs sql') },
  {
    id: 'sql_and_expect',
    yaml: C('    table: pand\n    sql: SELECT 1\n    expect:\n      expression: 1 = 1\n'),
    expect: at('GGM-Q008', 5, 'either sql or expect'),
  },
  {
    id: 'duplicate_name',
    yaml: `${C('    table: pand\n    expect:\n      expression: 1 = 1\n')}  - name: c1\n    table: pand\n    expect:\n      expression: 1 = 1\n`,
    expect: /error GGM-Q007 at .*checks\/x\.yaml: check name "c1" is used twice/,
  },
  { id: 'not_a_map', yaml: '- a\n', expect: at('GGM-Q003', 1, 'a check file holds a check') },
  { id: 'binary', yaml: '\u0000\u0001', expect: at('GGM-Q003', 1, 'a check file holds a check') },
  {
    id: 'deep_yaml_flow',
    yaml: `checks: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`,
    expect: /error GGM-Q00\d at .*checks\/x\.yaml, line \d+:\d+/,
  },
  {
    id: 'alias_bomb',
    yaml: `a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n`,
    expect: /error GGM-Q00\d at .*checks\/x\.yaml, line \d+:\d+/,
  },
  { id: 'checks_not_list', yaml: 'checks: 3\n', expect: at('GGM-Q003', 1, 'checks must be a list') },
];

describe('hostile check files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ggm-hostile-checks-'));
    writeFileSync(join(root, 'model.xlsx'), fixtureWorkbook());
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.id, c] as [string, (typeof CASES)[number]]))('%s', async (id, c) => {
    const dir = join(root, id);
    mkdirSync(join(dir, 'checks'), { recursive: true });
    mkdirSync(join(dir, 'mappings'));
    writeFileSync(
      join(dir, 'ggm.yaml'),
      `model: ${join(root, 'model.xlsx')}\nengine: duckdb:w.duckdb\nsources:\n  - name: panden\n    path: sources/p.csv\n`,
    );
    writeFileSync(
      join(dir, 'mappings', 'pand.yaml'),
      'name: pand\ntarget: 99 Kern/BAG/Pand\nsources:\n  - table: panden\n    alias: p\nkey: p.id\nattributes:\n  identificatie: p.id\n',
    );
    writeFileSync(join(dir, 'checks', 'x.yaml'), c.yaml);
    const r = await runCli(['check', '-p', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toMatch(c.expect);
    expect(r.stderr).not.toMatch(STACK);
  });
});
