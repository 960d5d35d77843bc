import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@polyglot-sql/sdk';
import { describe, expect, it } from 'vitest';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { DIALECT_NAMES, getDialect, type DialectName } from '../index.js';
import { emitMigration, planMigration, type MigrationPlan } from './index.js';

/** Golden migration SQL per engine; `UPDATE_GOLDEN=1 npx vitest run …` rewrites the files. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'migrations');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** Engines not run here: each statement must at least parse in the engine's dialect. */
const PARSED_ONLY: DialectName[] = ['mssql', 'synapse', 'fabric', 'oracle', 'snowflake', 'databricks'];

function golden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (UPDATE || !existsSync(path)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    if (!UPDATE) throw new Error(`golden file ${file} was missing and has been written; check it in`);
    return;
  }
  expect(actual, `${file} differs; rerun with UPDATE_GOLDEN=1 if the change is intended`).toBe(
    readFileSync(path, 'utf8'),
  );
}

describe.skipIf(!hasReleases())('golden migration SQL v2.5.0 → v2.5.1', () => {
  let plans: Promise<{ safe: MigrationPlan; destructive: MigrationPlan }> | undefined;
  const load = () =>
    (plans ??= (async () => {
      const [from, to] = await Promise.all([loadReleaseIndex('v2.5.0'), loadReleaseIndex('v2.5.1')]);
      return {
        safe: planMigration(from, to),
        destructive: planMigration(from, to, { allowDestructive: true }),
      };
    })());

  for (const name of DIALECT_NAMES) {
    it(name, async () => {
      const { safe } = await load();
      const dialect = getDialect(name);
      const sql = emitMigration(safe, dialect);
      golden(`v2.5.0-v2.5.1.${name}.sql`, sql.script);
      if (PARSED_ONLY.includes(name)) {
        for (const statement of sql.statements) {
          const result = parse(statement, dialect.parserDialect as never);
          expect(result.error ?? '', statement).toBe('');
        }
      }
    });
  }

  it('postgres with --allow-destructive', async () => {
    const { destructive } = await load();
    golden(
      'v2.5.0-v2.5.1.allow-destructive.postgres.sql',
      emitMigration(destructive, getDialect('postgres')).script,
    );
  });

  it('the plan as data', async () => {
    const { safe } = await load();
    const text = JSON.stringify(
      { ...safe, from: { ...safe.from, sha256: '…' }, to: { ...safe.to, sha256: '…' } },
      null,
      2,
    );
    golden('v2.5.0-v2.5.1.plan.json', `${text}\n`);
  });

  it('a release migrated to itself needs no step', async () => {
    const index = await loadReleaseIndex('v2.5.1');
    const plan = planMigration(index, index, { allowDestructive: true });
    expect(plan.steps).toEqual([]);
    expect(plan.diagnostics).toEqual([]);
  });
});
