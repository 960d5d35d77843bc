import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';
import { runCli } from '../helpers/run-cli.js';

const STACK = /\n\s+at .+:\d+:\d+/;

/** Mappings that compile but fail on the engine: the run names the mapping file. */
const RUNTIME_CASES: { id: string; sql: string }[] = [
  { id: 'bad_cast', sql: 'cast(p.naam as integer)' },
  { id: 'bad_date', sql: 'cast(cast(p.naam as date) as varchar)' },
  { id: 'unknown_column', sql: 'p.bestaat_niet' },
  { id: 'unknown_table', sql: '(select x from bronze.bestaat_niet)' },
  { id: 'subquery_rows', sql: '(select naam from bronze.panden)' },
];

describe.each(['duckdb'])(
  'hostile SQL at run time on %s: the failing step names its mapping file',
  (engine) => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), `ggm-hostile-run-${engine}-`));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(RUNTIME_CASES.map((c) => [c.id, c] as [string, (typeof RUNTIME_CASES)[number]]))(
      '%s',
      async (id, c) => {
        const project = join(dir, id);
        mkdirSync(join(project, 'sources'), { recursive: true });
        mkdirSync(join(project, 'mappings'));
        writeFileSync(join(project, 'model.xlsx'), fixtureWorkbook());
        writeFileSync(join(project, 'sources', 'panden.csv'), 'id,naam\n1,een\n2,twee\n');
        writeFileSync(
          join(project, 'ggm.yaml'),
          `model: ${join(project, 'model.xlsx')}\nengine: duckdb:w.duckdb\nsources:\n  - name: panden\n    path: sources/panden.csv\n`,
        );
        writeFileSync(
          join(project, 'mappings', 'pand.yaml'),
          `name: pand\ntarget: 99 Kern/BAG/Pand\nsources:\n  - table: panden\n    alias: p\nkey: p.id\nattributes:\n  identificatie:\n    sql: ${JSON.stringify(c.sql)}\n`,
        );
        const r = await runCli(['run', '-p', project]);
        const printed = r.stdout + r.stderr;
        expect(r.code, printed).toBe(1);
        expect(printed).toMatch(/mappings\/pand\.yaml \(mapping pand/);
        expect(printed).not.toMatch(STACK);
      },
    );
  },
);
