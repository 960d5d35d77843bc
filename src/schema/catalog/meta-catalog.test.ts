import { describe, expect, it } from 'vitest';
import { getDialect } from '../../dialects/dialect-registry.js';
import { emitDdl } from '../emit/ddl-emitter.js';
import {
  META_CATALOG,
  META_CATALOG_PLAN,
  META_TABLES,
  ensureSchemaSql,
  metaCatalogDdl,
  metaTables,
} from './meta-catalog.js';

describe('the meta catalog', () => {
  it('describes every meta table once, by its name constant', () => {
    const names = Object.values(META_TABLES);
    expect(new Set(names).size).toBe(names.length);
    expect(META_CATALOG_PLAN.tables.map((t) => t.name)).toEqual(names);
    for (const [key, name] of Object.entries(META_TABLES)) {
      const table = META_CATALOG[key as keyof typeof META_TABLES];
      expect(table).toMatchObject({ name, kind: 'meta', modelId: `meta:${name}` });
      expect(table.comment).toBeTruthy();
    }
  });

  it('keeps the primary keys the tables had, and no others', () => {
    const keys = Object.fromEntries(META_CATALOG_PLAN.tables.map((t) => [t.name, t.primaryKey.columns]));
    expect(keys).toEqual({
      batches: ['batch_id'],
      quarantine: [],
      loaded_files: ['source', 'file_sha256'],
      runs: ['run_id'],
      run_steps: [],
      applied_batches: ['mapping', 'batch_id'],
      load_findings: [],
      lineage: [],
      check_results: [],
      check_samples: [],
      gold_metrics: ['metric_id'],
    });
  });

  it('bounds identifiers and codes; only free text is unbounded', () => {
    const unbounded = META_CATALOG_PLAN.tables.flatMap((t) =>
      t.columns.filter((c) => c.type.kind === 'text').map((c) => `${t.name}.${c.name}`),
    );
    expect(unbounded).toEqual([
      'batches.file',
      'batches.format',
      'batches.message',
      'quarantine.file',
      'quarantine.reason',
      'quarantine.raw',
      'runs.project',
      'runs.message',
      'run_steps.message',
      'load_findings.value',
      'lineage.expression',
      'check_results.description',
      'check_results.message',
      'check_samples.row_json',
      'gold_metrics.title',
      'gold_metrics.descriptor_json',
    ]);
  });

  for (const engine of ['duckdb', 'postgres'] as const) {
    it(`is created on ${engine} only when missing, without comments or diagnostics`, () => {
      const dialect = getDialect(engine);
      const statements = metaCatalogDdl(dialect);
      expect(statements).toHaveLength(META_CATALOG_PLAN.tables.length);
      for (const [i, t] of META_CATALOG_PLAN.tables.entries())
        expect(statements[i]!.startsWith(`CREATE TABLE IF NOT EXISTS meta.${t.name} (\n`)).toBe(true);
      expect(statements.join('\n')).not.toMatch(/COMMENT/);
      expect(emitDdl(META_CATALOG_PLAN, dialect).diagnostics).toEqual([]);
    });
  }

  it('renders lengths through the dialect', () => {
    expect(metaCatalogDdl(getDialect('postgres'), metaTables('loadedFiles', 'quarantine'))).toEqual([
      `CREATE TABLE IF NOT EXISTS meta.loaded_files (
  source VARCHAR(255) NOT NULL,
  file_sha256 VARCHAR(64) NOT NULL,
  batch_id VARCHAR(255) NOT NULL,
  CONSTRAINT loaded_files_pkey PRIMARY KEY (source, file_sha256)
)`,
      `CREATE TABLE IF NOT EXISTS meta.quarantine (
  batch_id VARCHAR(255) NOT NULL,
  source VARCHAR(255) NOT NULL,
  file TEXT NOT NULL,
  row_number BIGINT,
  line BIGINT,
  reason TEXT NOT NULL,
  raw TEXT
)`,
    ]);
  });

  it('leaves out an extension preamble and declares no key for a table that has none', () => {
    const postgis = metaCatalogDdl(getDialect('postgres', { postgis: true }), metaTables('runs'));
    expect(postgis).toHaveLength(1);
    // Fabric adds keys by ALTER TABLE: one for runs, none for the keyless quarantine.
    const fabric = metaCatalogDdl(getDialect('fabric'), metaTables('runs', 'quarantine'));
    // T-SQL has no IF NOT EXISTS: each statement is guarded by the object it makes
    expect(fabric.filter((s) => s.includes('PRIMARY KEY'))).toEqual([
      expect.stringMatching(
        /^IF OBJECT_ID\('meta\.runs_pkey'\) IS NULL ALTER TABLE .*runs.* ADD CONSTRAINT .*runs_pkey.* PRIMARY KEY/,
      ),
    ]);
    expect(fabric.every((s) => s.startsWith('IF OBJECT_ID('))).toBe(true);
    expect(fabric.some((s) => s.includes('IF NOT EXISTS'))).toBe(false);
    expect(ensureSchemaSql(getDialect('fabric'), 'meta')).toBe(
      "IF SCHEMA_ID('meta') IS NULL EXEC('CREATE SCHEMA [meta]')",
    );
    expect(ensureSchemaSql(getDialect('duckdb'), 'meta')).toBe('CREATE SCHEMA IF NOT EXISTS "meta"');
  });
});
