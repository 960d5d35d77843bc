import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../../test/fixtures/mappings/mini-model.js';
import { MINI_BRONZE, miniSchema } from '../../test/fixtures/mappings/mini-schema.js';
import { compileMapping } from './compile-mapping.js';
import { MAPPING_DIALECT_NAMES } from '../dialects/dialect-registry.js';
import { explainLoadPlan } from './plan/explain-load-plan.js';

/**
 * Golden files: test/golden/mappings/<case>/expected.<engine>.sql (and the explained plan and lineage)
 * for each mapping in test/fixtures/mappings. `GGM_UPDATE_GOLDEN=1 npx vitest run …` rewrites them.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'mappings');
const GOLDEN = join(import.meta.dirname, '..', '..', 'test', 'golden', 'mappings');
const UPDATE = process.env['GGM_UPDATE_GOLDEN'] === '1';
/** Case → mapping file and the silver layout it compiles against (see miniSchema). */
const CASES: [string, string, 'stable-key' | 'versioned'][] = [
  ['pand-snapshot', 'pand-snapshot', 'stable-key'],
  ['pand-events', 'pand-events', 'stable-key'],
  ['vbo-none', 'vbo-none', 'stable-key'],
  ['pand-snapshot-versioned', 'pand-snapshot', 'versioned'],
  ['vbo-none-versioned', 'vbo-none', 'versioned'],
  ['pand-deletes-snapshot', 'pand-deletes', 'stable-key'],
  ['pand-deletes-snapshot-versioned', 'pand-deletes', 'versioned'],
  ['pand-deletes-none', 'pand-deletes-none', 'stable-key'],
  ['pand-latest', 'pand-latest', 'stable-key'],
];

function golden(file: string, actual: string): void {
  if (UPDATE || !existsSync(file)) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('mapping golden files', () => {
  for (const [name, file, layout] of CASES) {
    it(name, () => {
      const { targets } = miniSchema(layout);
      const text = readFileSync(join(FIXTURES, `${file}.yaml`), 'utf8');
      const dialects = [...MAPPING_DIALECT_NAMES];
      const compiled = compileMapping(
        text,
        `${file}.yaml`,
        { index: miniIndex(), targets, bronze: MINI_BRONZE },
        dialects,
      );
      expect(compiled.diagnostics).toEqual([]);
      for (const dialect of dialects)
        golden(join(GOLDEN, name, `expected.${dialect}.sql`), compiled.sql[dialect]!.script);
      golden(join(GOLDEN, name, 'expected.plan.txt'), `${explainLoadPlan(compiled.plan!)}\n`);
      golden(join(GOLDEN, name, 'expected.lineage.json'), `${JSON.stringify(compiled.lineage, null, 2)}\n`);
    });
  }

  it('are the same on a second compile (deterministic)', () => {
    const { targets } = miniSchema();
    const text = readFileSync(join(FIXTURES, 'pand-snapshot.yaml'), 'utf8');
    const ctx = { index: miniIndex(), targets, bronze: MINI_BRONZE };
    expect(compileMapping(text, 'a.yaml', ctx).sql).toEqual(compileMapping(text, 'a.yaml', ctx).sql);
  });
});
