import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orderStageDdlFirst } from './stage-ddl-order.js';

/** The statements of a pinned load script, without its comments and its BEGIN/COMMIT. */
function statementsOf(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/;\n/)
    .map((s) => s.replace(/^(--[^\n]*\n|\s)+/, '').trim())
    .filter((s) => s !== '' && !/^(BEGIN TRANSACTION|COMMIT)$/i.test(s.replace(/;$/, '')));
}

function goldenScripts(): string[] {
  const files: string[] = [];
  for (const root of ['test/golden/scale-out', 'test/golden/mappings'])
    for (const dir of readdirSync(root))
      for (const f of readdirSync(join(root, dir)))
        if (/\.(snowflake|databricks)\.sql$/.test(f) && !f.startsWith('checks'))
          files.push(join(root, dir, f));
  return files;
}

describe('stage DDL out of the load transaction', () => {
  const scripts = goldenScripts();

  it('finds the pinned Snowflake and Databricks load scripts', () => {
    expect(scripts.length).toBeGreaterThan(10);
  });

  it.each(scripts)('%s: DDL first, changes in order, drops of stage tables last', (file) => {
    const statements = statementsOf(file);
    const ordered = orderStageDdlFirst(statements);
    if ('error' in ordered) throw new Error(ordered.error);
    const ddl = (s: string) => /^(CREATE|DROP|ALTER)\b/i.test(s);
    const out = ordered.statements;
    expect([...out].sort()).toEqual([...statements].sort());
    expect(out.filter((s) => !ddl(s))).toEqual(statements.filter((s) => !ddl(s)));
    const firstChange = out.findIndex((s) => !ddl(s));
    const lastChange = out.length - 1 - [...out].reverse().findIndex((s) => !ddl(s));
    expect(out.slice(firstChange, lastChange + 1).every((s) => !ddl(s))).toBe(true);
    expect(out.slice(lastChange + 1).every((s) => /^DROP TABLE/i.test(s))).toBe(true);
    // the ledger row is among the changes: it commits with the data
    expect(out.slice(firstChange, lastChange + 1).some((s) => /applied_batches/.test(s))).toBe(true);
  });

  it('refuses to move DDL that reads what the load wrote before it', () => {
    expect(
      orderStageDdlFirst([
        'CREATE TEMPORARY TABLE ggm_stage AS SELECT 1 AS a',
        'UPDATE ggm_stage SET a = 2',
        'CREATE TEMPORARY TABLE ggm_chain AS SELECT * FROM ggm_stage',
      ]),
    ).toEqual({
      error:
        'CREATE TEMPORARY TABLE ggm_chain AS SELECT * FROM ggm_stage reads ggm_stage, which the load writes before it',
    });
  });

  it('refuses to create a table twice around a change', () => {
    expect(
      orderStageDdlFirst([
        'CREATE TEMPORARY TABLE t AS SELECT 1 AS a',
        'INSERT INTO silver.x SELECT * FROM t',
        'DROP TABLE t',
        'CREATE TEMPORARY TABLE t AS SELECT 2 AS a',
      ]),
    ).toMatchObject({ error: expect.stringContaining('creates t a second time') });
  });
});
