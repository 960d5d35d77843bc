import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { hasReleases, releasePath } from '../../test/helpers/releases.js';
import { runCli } from '../../test/helpers/run-cli.js';

/** `ggm compile` on a project with the v2.5.1 release: SQL, explain, JSON, diagnostics and exit codes. */
describe.runIf(hasReleases())('ggm compile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ggm-compile-'));
    mkdirSync(join(dir, 'mappings'));
    writeFileSync(
      join(dir, 'ggm.yaml'),
      `model: ${JSON.stringify(releasePath('v2.5.1'))}\nengine: postgres://postgres@127.0.0.1/none\ndomains: [Kern]\nsources: []\n`,
    );
    writeFileSync(
      join(dir, 'mappings', 'panden.yaml'),
      `target: Model BAG/Pand
history: none
sources: [bag_panden]
key: pand_id
attributes:
  identificatie: pand_id
  oorspronkelijkBouwjaar: to_integer(bouwjaar)
  status:
    value: status
    values: { I: Pand in gebruik }
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the load SQL for the project engine', async () => {
    const r = await runCli(['compile', '--project', dir, '--model', releasePath('v2.5.1')]);
    expect(r.stderr).toContain('info GGM-S614');
    expect(r.stderr).toContain('pand.geo_object_id refers to geo_object');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('BEGIN;');
    expect(r.stdout).toContain('"meta"."ggm_try_date"');
    expect(r.stdout).toMatch(
      /INSERT INTO "silver"."pand" \("geo_object_id", "identificatie", "oorspronkelijk_bouwjaar", "status_enum_id"/,
    );
  });

  it('explains the plan, or prints it as JSON', async () => {
    const explain = await runCli(['compile', '--project', dir, '--dialect', 'duckdb', '--explain']);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain(
      'mapping panden: 99 Kern/BAG/Model BAG/Pand → silver.pand (history none)',
    );
    expect(explain.stdout).toContain(
      'pand.oorspronkelijk_bouwjaar ← bronze.bag_panden.bouwjaar  [expression] to_integer(bag_panden.bouwjaar)',
    );
    const json = await runCli(['compile', '--project', dir, '--json']);
    const [first] = JSON.parse(json.stdout) as {
      mapping: string;
      lineage: unknown[];
      sql: { statements: string[] };
    }[];
    expect(first!.mapping).toBe('panden');
    expect(first!.lineage).toHaveLength(4);
    expect(first!.sql.statements.length).toBeGreaterThan(10);
  });

  it('reports mapping errors with file, line and suggestions, and exits 1', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      'target: Model BAG/Pand\nsources: [bag_panden]\nkey: pand_id\nattributes:\n  identificate: pand_id\n',
    );
    const r = await runCli(['compile', '--mapping', file, '--model', releasePath('v2.5.1')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error GGM-S603 at');
    expect(r.stderr).toContain(
      'broken.yaml, line 5:3: Pand has no attribute identificate (did you mean identificatie',
    );
    expect(r.stderr).toContain('GGM-S611');
    const bad = await runCli(['compile', '--project', dir, '--dialect', 'oracle']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown dialect oracle');
  });

  it('checks names against the bronze tables of the warehouse with --introspect', async () => {
    const project = join(dir, 'warehouse');
    mkdirSync(join(project, 'mappings'), { recursive: true });
    writeFileSync(
      join(project, 'ggm.yaml'),
      `model: ${JSON.stringify(releasePath('v2.5.1'))}\nengine: duckdb:w.duckdb\ndomains: [Kern]\nsources: []\n`,
    );
    writeFileSync(
      join(project, 'mappings', 'panden.yaml'),
      'target: Model BAG/Pand\nhistory: none\nsources: [bag_panden]\nkey: pand_id\nattributes:\n  oorspronkelijkBouwjaar: to_integer(bouwjar)\n',
    );
    const engine = await DuckDbEngine.open({ path: join(project, 'w.duckdb') });
    await engine.execute('CREATE SCHEMA bronze');
    await engine.execute(
      'CREATE TABLE bronze.bag_panden (pand_id VARCHAR, bouwjaar VARCHAR, _batch_id VARCHAR)',
    );
    await engine.close();
    const r = await runCli(['compile', '--project', project, '--introspect']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'line 6:38: attribute oorspronkelijkBouwjaar: bag_panden has no column bouwjar (did you mean bouwjaar?)',
    );
  });
});
