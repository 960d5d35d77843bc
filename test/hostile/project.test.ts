import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SERVER_URL } from '../../src/engines/postgres/postgres-test-database.js';
import { runCli } from '../helpers/run-cli.js';

/** One hostile ggm.yaml (plus files next to it) and the coded error `ggm ingest` must print. */
interface ProjectCase {
  id: string;
  yaml: string;
  files?: Record<string, string | Buffer | 'folder'>;
  expect: RegExp;
}

const STACK = /\n\s+at .+:\d+:\d+/;
const SOURCE = 'sources:\n  - name: a\n    path: sources/a.csv\n';
const ENGINE = 'engine: duckdb:w.duckdb\n';

const CASES: ProjectCase[] = [
  {
    id: 'engine_is_csv',
    yaml: `engine: duckdb:sources/good.csv\n${SOURCE}`,
    files: { 'sources/good.csv': 'id\n1\n' },
    expect: /GGM-I114 .*ggm.yaml: the engine file .*good.csv is not a DuckDB database/,
  },
  {
    id: 'engine_is_folder',
    yaml: `engine: duckdb:sources\n${SOURCE}`,
    expect: /GGM-I114 .*is a folder, not a DuckDB database/,
  },
  {
    id: 'engine_is_xlsx_text',
    yaml: `engine: duckdb:notes.txt\n${SOURCE}`,
    files: { 'notes.txt': 'DUCK but not really a database file' },
    expect: /GGM-I114 .*not a DuckDB database/,
  },
  {
    id: 'engine_unreachable',
    yaml: `engine: postgres://etl:geheim@127.0.0.1:1/warehouse\n${SOURCE}`,
    expect: /ggm: GGM-I113 cannot open the warehouse postgres:\/\/etl:\*\*\*@127\.0\.0\.1:1\/warehouse/,
  },
  {
    id: 'engine_empty',
    yaml: `engine: 'duckdb:'\n${SOURCE}`,
    expect: /GGM-I105 .*duckdb: needs a database file/,
  },
  {
    id: 'engine_unknown',
    yaml: `engine: sqlite:x.db\n${SOURCE}`,
    expect: /GGM-I105 .*unknown engine "sqlite:x.db"/,
  },
  {
    id: 'engine_bad_url',
    yaml: `engine: postgres://[::1\n${SOURCE}`,
    expect: /GGM-I105 .*not a valid PostgreSQL URL/,
  },
  { id: 'engine_missing', yaml: SOURCE, expect: /GGM-I104 .*ggm.yaml.*engine/ },
  { id: 'engine_list', yaml: `engine: [a, b]\n${SOURCE}`, expect: /GGM-I103 .*ggm.yaml, line 1/ },
  {
    id: 'engine_env_unset',
    yaml: `engine: duckdb:\${GGM_HOSTILE_UNSET_VAR}.duckdb\n${SOURCE}`,
    expect: /GGM-I108 .*GGM_HOSTILE_UNSET_VAR/,
  },
  {
    id: 'yaml_tab_indent',
    yaml: `${ENGINE}sources:\n\t- name: a\n`,
    expect: /GGM-I101 at .*ggm.yaml, line 3/,
  },
  {
    id: 'yaml_unclosed_quote',
    yaml: `${ENGINE}sources:\n  - name: "a\n    path: x\n`,
    expect: /GGM-I101 at .*ggm.yaml, line \d/,
  },
  {
    id: 'yaml_duplicate_key',
    yaml: `${ENGINE}engine: duckdb:x.duckdb\n${SOURCE}`,
    expect: /GGM-I101 at .*ggm.yaml, line 2/,
  },
  {
    id: 'yaml_alias_bomb',
    yaml: `${ENGINE}x: &a [1,1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\nv: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n${SOURCE}`,
    expect: /GGM-I10[12] at .*ggm.yaml/,
  },
  {
    id: 'yaml_deep_nesting',
    yaml: `${ENGINE}deep: ${'['.repeat(2000)}${']'.repeat(2000)}\n${SOURCE}`,
    expect: /GGM-I10[12] at .*ggm.yaml/,
  },
  { id: 'yaml_not_a_map', yaml: '- engine: x\n', expect: /GGM-I10[13] at .*ggm.yaml/ },
  { id: 'yaml_empty_file', yaml: '', expect: /GGM-I10[34] at .*ggm.yaml/ },
  { id: 'yaml_binary', yaml: '\u0000\u0001\u0002', expect: /GGM-I10[13] at .*ggm.yaml/ },
  {
    id: 'unknown_key_typo',
    yaml: `${ENGINE}sources:\n  - name: a\n    pth: sources/a.csv\n`,
    expect: /GGM-I102 at .*ggm.yaml, line 4.*did you mean path/,
  },
  { id: 'sources_not_list', yaml: `${ENGINE}sources: a.csv\n`, expect: /GGM-I103 at .*ggm.yaml, line 2/ },
  {
    id: 'source_no_path',
    yaml: `${ENGINE}sources:\n  - name: a\n`,
    expect: /GGM-I104 at .*ggm.yaml, line 3/,
  },
  {
    id: 'source_bad_encoding',
    yaml: `${ENGINE}${SOURCE}    csv:\n      encoding: windows1252\n`,
    expect: /GGM-I105 at .*ggm.yaml, line 6.*windows-1252/,
  },
  {
    id: 'source_bad_format',
    yaml: `${ENGINE}${SOURCE}    format: parket\n`,
    expect: /GGM-I105 at .*ggm.yaml, line 5.*parquet/,
  },
  {
    id: 'source_duplicate_name',
    yaml: `${ENGINE}${SOURCE}  - name: a\n    path: sources/b.csv\n`,
    expect: /GGM-I106 at .*ggm.yaml, line 5/,
  },
  {
    id: 'source_sql_name',
    yaml: `${ENGINE}sources:\n  - name: "a; DROP TABLE meta.batches"\n    path: x.csv\n`,
    expect: /GGM-I107 at .*ggm.yaml, line 3/,
  },
  {
    id: 'source_name_quote',
    yaml: `${ENGINE}sources:\n  - name: 'a"b'\n    path: x.csv\n`,
    expect: /GGM-I107 at .*ggm.yaml, line 3/,
  },
  {
    id: 'source_header_row_text',
    yaml: `${ENGINE}${SOURCE}    headerRow: twee\n`,
    expect: /GGM-I10[35] at .*ggm.yaml, line 5/,
  },
  {
    id: 'source_header_row_negative',
    yaml: `${ENGINE}${SOURCE}    headerRow: -3\n`,
    expect: /GGM-I10[35] at .*ggm.yaml, line 5/,
  },
  {
    id: 'source_delimiter_long',
    yaml: `${ENGINE}${SOURCE}    csv:\n      delimiter: ';;'\n`,
    expect: /GGM-I10[35] at .*ggm.yaml, line 6/,
  },
  {
    id: 'source_missing_file',
    yaml: `${ENGINE}${SOURCE}`,
    expect: /GGM-I002 at .*ggm.yaml.*no file sources\/a.csv/,
  },
  {
    id: 'source_path_folder',
    yaml: `${ENGINE}${SOURCE}`,
    files: { 'sources/a.csv': 'folder' },
    expect: /GGM-I002 .*sources\/a.csv is a folder, not a file/,
  },
  { id: 'unknown_source_flag', yaml: `${ENGINE}${SOURCE}`, expect: /GGM-I002|GGM-I110/ },
];

describe('hostile ggm.yaml: ggm ingest refuses it with a coded error and its location', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ggm-hostile-project-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.id, c] as [string, ProjectCase]))('%s', async (id, c) => {
    const dir = join(root, id);
    mkdirSync(join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'ggm.yaml'), c.yaml);
    for (const [name, content] of Object.entries(c.files ?? {})) {
      if (content === 'folder') mkdirSync(join(dir, name), { recursive: true });
      else writeFileSync(join(dir, name), content);
    }
    const r = await runCli(['ingest', '--project', dir]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toMatch(c.expect);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/geheim/);
  });
});

describe('a real DuckDB warehouse file passes the engine check', () => {
  it('loads, then reports the same file unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ggm-hostile-real-'));
    try {
      mkdirSync(join(dir, 'sources'));
      writeFileSync(join(dir, 'sources', 'a.csv'), 'id\n1\n');
      writeFileSync(join(dir, 'ggm.yaml'), `${ENGINE}${SOURCE}`);
      expect((await runCli(['ingest', '--project', dir])).code).toBe(0);
      const again = await runCli(['ingest', '--project', dir]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/unchanged/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Database sources that fail while read: a coded error naming the source, nothing loaded. */
const DATABASE_CASES: { id: string; query: string; expect: RegExp }[] = [
  {
    id: 'connection_terminated',
    query: 'SELECT pg_terminate_backend(pg_backend_pid())',
    expect: /GGM-I003 .*(Connection terminated|terminat)/i,
  },
  { id: 'division_by_zero', query: 'SELECT 1/0 AS x', expect: /GGM-I003 .*division by zero/ },
  { id: 'unknown_table', query: 'SELECT * FROM bestaat_niet', expect: /GGM-I003 .*bestaat_niet/ },
  { id: 'bad_cast', query: "SELECT 'x'::integer AS x", expect: /GGM-I003 .*invalid input syntax/ },
];

describe('hostile database sources', () => {
  it.each(DATABASE_CASES.map((c) => [c.id, c] as [string, (typeof DATABASE_CASES)[number]]))(
    '%s',
    async (id, c) => {
      const dir = mkdtempSync(join(tmpdir(), `ggm-hostile-db-${id}-`));
      try {
        writeFileSync(
          join(dir, 'ggm.yaml'),
          `${ENGINE}sources:\n  - name: z\n    format: postgres\n    url: ${TEST_SERVER_URL}\n    query: ${JSON.stringify(c.query)}\n`,
        );
        const r = await runCli(['ingest', '--project', dir]);
        expect(r.code, r.stdout + r.stderr).toBe(1);
        expect(r.stderr).toMatch(c.expect);
        expect(r.stderr).not.toMatch(STACK);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
