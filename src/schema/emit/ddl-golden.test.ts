import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '@polyglot-sql/sdk';
import { describe, expect, it } from 'vitest';
import type { SelectionSpec } from '../../model/model-selection.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { emitDdl } from './ddl-emitter.js';
import { buildSchemaPlan } from '../plan/build-schema-plan.js';
import type { SchemaOptions } from '../schema-plan.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { DIALECT_NAMES, type DialectName } from '../../dialects/sql-dialect.js';

/** Golden DDL per engine for small selections; `UPDATE_GOLDEN=1 npx vitest run …` rewrites the files. */
const GOLDEN_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test', 'golden', 'ddl');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** Engines we cannot run here: every statement must parse in the engine's dialect. */
const PARSED_ONLY: DialectName[] = ['mssql', 'synapse', 'fabric', 'oracle', 'snowflake', 'databricks'];

interface GoldenCase {
  name: string;
  selection: SelectionSpec;
  options: Partial<SchemaOptions>;
  dialects: readonly DialectName[];
  plan?: boolean;
}

const BAG: SelectionSpec = { packages: ['Kern/BAG'], closure: false };
const DATATYPES: SelectionSpec = {
  classes: ['Tenaamstelling', 'KoopsomKadastraleOnroerendeZaak', 'Kunstwerkdeel'],
  closure: false,
};

const CASES: GoldenCase[] = [
  { name: 'kern-bag', selection: BAG, options: {}, dialects: DIALECT_NAMES, plan: true },
  {
    name: 'kern-bag-ggm-check',
    selection: BAG,
    options: { naming: 'ggm', enums: 'check', history: false, loadMetadata: false },
    dialects: ['postgres', 'mssql', 'oracle', 'databricks'],
  },
  { name: 'datatypes', selection: DATATYPES, options: {}, dialects: ['postgres', 'mysql', 'snowflake'] },
  {
    name: 'datatypes-json-flatten',
    selection: DATATYPES,
    options: { datatypes: 'json', generalization: 'flatten', comments: false },
    dialects: ['duckdb', 'postgres', 'oracle'],
  },
];

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

describe.skipIf(!hasReleases())('golden DDL', () => {
  for (const c of CASES) {
    for (const dialectName of c.dialects) {
      it(`${c.name} for ${dialectName}`, async () => {
        const index = await loadReleaseIndex('v2.5.1');
        const { plan, diagnostics } = buildSchemaPlan(index, c.selection, c.options);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const dialect = getDialect(dialectName);
        const { statements } = emitDdl(plan, dialect);
        golden(`${c.name}.${dialectName}.sql`, `${statements.join(';\n\n')};\n`);
        if (PARSED_ONLY.includes(dialectName)) {
          for (const statement of statements) {
            const result = parse(statement, dialect.parserDialect as never);
            expect(result.error ?? '', statement).toBe('');
          }
        }
      });
    }
    if (c.plan) {
      it(`${c.name} plan`, async () => {
        const index = await loadReleaseIndex('v2.5.1');
        const { plan } = buildSchemaPlan(index, c.selection, c.options);
        golden(
          `${c.name}.plan.json`,
          `${JSON.stringify({ ...plan, model: { ...plan.model, sha256: '…' } }, null, 2)}\n`,
        );
      });
    }
  }
});

describe.skipIf(!hasReleases())('every statement for the full model parses', () => {
  for (const dialectName of PARSED_ONLY) {
    it(
      dialectName,
      async () => {
        const index = await loadReleaseIndex('v2.5.1');
        const { plan } = buildSchemaPlan(index, {}, {});
        const dialect = getDialect(dialectName);
        const failures: string[] = [];
        for (const statement of emitDdl(plan, dialect).statements) {
          // The T-SQL parser is slow on EXEC; those statements share one template, checked in the goldens.
          if (statement.startsWith('EXEC ')) continue;
          const result = parse(statement, dialect.parserDialect as never);
          if (!result.success) failures.push(`${result.error}: ${statement.slice(0, 200)}`);
        }
        expect(failures.slice(0, 5)).toEqual([]);
      },
      120_000,
    );
  }
});
