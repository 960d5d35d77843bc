import { afterEach, describe, expect, it } from 'vitest';
import { ensureCheckStore, storeCheckResults } from './checks/check-store.js';
import type { CheckResult } from '../checks/check-types.js';
import { LoadEmitter } from '../compiler/emit/emit-load-sql.js';
import { getDialect, getMappingDialect } from '../dialects/dialect-registry.js';
import type { LogicalType } from '../dialects/logical-type.js';
import type { Engine } from '../engines/engine.js';
import { ensureWarehouse, findLoadedBatch, insertBatch } from '../ingest/bronze/meta-tables.js';
import { META_CATALOG_PLAN, META_SCHEMA, metaCatalogDdl } from '../schema/catalog/meta-catalog.js';
import { ensureLineageStore, queryLineage, storeLineage } from './lineage-store.js';
import { ensureRunLedger, finishRun, recordStep, startRun } from './run-ledger.js';
import { ensureGoldStore, recordGoldMetric } from './gold/materialise-metric.js';
import { TEST_ENGINES as ENGINES } from '../engines/testing/test-engines.js';

/** Every function that creates meta tables: the stores', and the load SQL's first statements. */
async function ensureEverything(engine: Engine): Promise<void> {
  await ensureWarehouse(engine);
  await ensureRunLedger(engine);
  await ensureLineageStore(engine);
  await ensureCheckStore(engine);
  await ensureGoldStore(engine);
  for (const s of new LoadEmitter(getMappingDialect(engine.kind)).ensureMeta()) await engine.execute(s);
}

type ColumnRow = {
  table_name: string;
  column_name: string;
  data_type: string;
  character_maximum_length: number | null;
  is_nullable: string;
};

async function metaColumns(engine: Engine): Promise<ColumnRow[]> {
  return engine.query<ColumnRow>(
    `SELECT table_name, column_name, data_type, character_maximum_length, is_nullable
       FROM information_schema.columns
      WHERE table_catalog = current_database() AND table_schema = $1
      ORDER BY table_name, ordinal_position`,
    [META_SCHEMA],
  );
}

async function primaryKeys(engine: Engine): Promise<Record<string, string[]>> {
  const rows = await engine.query<{ table_name: string; column_name: string }>(
    `SELECT k.table_name, k.column_name
       FROM information_schema.table_constraints c
       JOIN information_schema.key_column_usage k
         ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
        AND k.table_name = c.table_name
      WHERE c.table_schema = $1 AND c.constraint_type = 'PRIMARY KEY'
      ORDER BY k.table_name, k.ordinal_position`,
    [META_SCHEMA],
  );
  const keys: Record<string, string[]> = {};
  for (const r of rows) (keys[r.table_name] ??= []).push(r.column_name);
  return keys;
}

/** The engine's information_schema type for a logical type (length separately). */
function expectedType(kind: Engine['kind'], type: LogicalType): string {
  const postgres: Partial<Record<LogicalType['kind'], string>> = {
    varchar: 'character varying',
    text: 'text',
    bigint: 'bigint',
    integer: 'integer',
    timestamp: 'timestamp without time zone',
  };
  const duckdb: Partial<Record<LogicalType['kind'], string>> = {
    varchar: 'VARCHAR',
    text: 'VARCHAR',
    bigint: 'BIGINT',
    integer: 'INTEGER',
    timestamp: 'TIMESTAMP',
  };
  return (kind === 'postgres' ? postgres : duckdb)[type.kind]!;
}

/** The DDL of the meta tables before the catalog, as the earlier versions ran it (the stores' text). */
function previousVersionDdl(kind: Engine['kind']): string[] {
  const text = kind === 'postgres' ? 'TEXT' : 'VARCHAR';
  return [
    'CREATE SCHEMA IF NOT EXISTS meta',
    `CREATE TABLE IF NOT EXISTS meta.batches (
  batch_id VARCHAR PRIMARY KEY,
  source VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  file_sha256 VARCHAR,
  file_bytes BIGINT,
  format VARCHAR,
  loaded_at TIMESTAMP NOT NULL,
  rows_read BIGINT NOT NULL,
  rows_loaded BIGINT NOT NULL,
  rows_quarantined BIGINT NOT NULL,
  status VARCHAR NOT NULL,
  message VARCHAR
)`,
    `CREATE TABLE IF NOT EXISTS meta.quarantine (
  batch_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  row_number BIGINT,
  line BIGINT,
  reason VARCHAR NOT NULL,
  raw VARCHAR
)`,
    `CREATE TABLE IF NOT EXISTS meta.loaded_files (
  source VARCHAR NOT NULL,
  file_sha256 VARCHAR NOT NULL,
  batch_id VARCHAR NOT NULL,
  PRIMARY KEY (source, file_sha256)
)`,
    `CREATE TABLE IF NOT EXISTS meta.runs (
  run_id VARCHAR PRIMARY KEY,
  project VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  status VARCHAR NOT NULL,
  steps_planned INTEGER NOT NULL,
  message VARCHAR
)`,
    `CREATE TABLE IF NOT EXISTS meta.run_steps (
  run_id VARCHAR NOT NULL,
  step_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP,
  status VARCHAR NOT NULL,
  batches BIGINT,
  rows_affected BIGINT,
  message VARCHAR
)`,
    `CREATE TABLE IF NOT EXISTS meta.lineage (
  mapping VARCHAR NOT NULL,
  target_schema VARCHAR NOT NULL,
  target_table VARCHAR NOT NULL,
  target_column VARCHAR NOT NULL,
  model_id VARCHAR,
  source_schema VARCHAR NOT NULL,
  source_table VARCHAR NOT NULL,
  source_column VARCHAR NOT NULL,
  transform VARCHAR NOT NULL,
  expression VARCHAR NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS meta.check_results (
  run_id VARCHAR NOT NULL,
  check_id VARCHAR NOT NULL,
  table_name VARCHAR NOT NULL,
  column_name VARCHAR,
  kind VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  violations BIGINT NOT NULL,
  description VARCHAR,
  message VARCHAR,
  checked_at TIMESTAMP NOT NULL,
  duration_ms BIGINT NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS meta.check_samples (
  run_id VARCHAR NOT NULL,
  check_id VARCHAR NOT NULL,
  sample_number INTEGER NOT NULL,
  row_json VARCHAR NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS "meta"."applied_batches" (mapping ${text} NOT NULL, target_table ${text} NOT NULL, batch_id ${text} NOT NULL, batch_loaded_at TIMESTAMP, rows_read BIGINT, rows_rejected BIGINT, applied_at TIMESTAMP, PRIMARY KEY (mapping, batch_id))`,
    `CREATE TABLE IF NOT EXISTS "meta"."load_findings" (mapping ${text} NOT NULL, target_table ${text} NOT NULL, batch_id ${text} NOT NULL, row_number BIGINT, kind ${text} NOT NULL, column_name ${text}, value ${text}, recorded_at TIMESTAMP)`,
  ];
}

/** Writes and reads every meta table through the code that uses it. */
async function useEveryTable(engine: Engine): Promise<void> {
  const at = new Date('2026-01-02T03:04:05Z');
  await insertBatch(engine, {
    batchId: 'b1',
    source: 'brp',
    file: 'data/brp.csv',
    sha256: 'a'.repeat(64),
    bytes: 10,
    format: { delimiter: ';' },
    loadedAt: at,
    rowsRead: 2,
    rowsLoaded: 1,
    rowsQuarantined: 1,
    status: 'loaded',
  });
  expect(await findLoadedBatch(engine, 'brp', 'a'.repeat(64))).toBe('b1');
  await engine.execute(
    `INSERT INTO meta.quarantine (batch_id, source, file, row_number, line, reason, raw) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    ['b1', 'brp', 'data/brp.csv', 2, 3, 'expected 4 fields, found 2', 'x;y'],
  );
  await startRun(engine, { runId: 'r1', project: '/tmp/project', startedAt: at, steps: 1 });
  await recordStep(engine, {
    runId: 'r1',
    stepId: 'build:personen',
    kind: 'build',
    startedAt: at,
    finishedAt: at,
    status: 'succeeded',
    batches: 1,
    rows: 1,
    message: null,
  });
  await finishRun(engine, 'r1', 'succeeded', at, null);
  await storeLineage(engine, 'personen', [
    {
      mapping: 'personen',
      target: { schema: 'silver', table: 'persoon', column: 'naam', modelId: 'EAID_1' },
      sources: [{ schema: 'bronze', table: 'brp', column: 'naam' }],
      transform: 'direct',
      expression: 'naam',
    },
  ]);
  expect((await queryLineage(engine, 'silver.persoon.naam')).upstream).toHaveLength(1);
  const result: CheckResult = {
    check: {
      id: 'persoon.mandatory.naam',
      table: 'persoon',
      column: 'naam',
      severity: 'warn',
      description: 'naam is mandatory',
      origin: 'model',
      keyColumns: ['id'],
      kind: 'mandatory',
      sql: 'SELECT 1',
    },
    status: 'fail',
    violations: 1,
    samples: [{ id: 1 }],
    ms: 3,
  };
  await engine.transaction((tx) => storeCheckResults(tx, 'r1', at, [result]));
  // The load SQL's own statements write the ledger and the findings with these column lists.
  await engine.execute(
    `INSERT INTO meta.applied_batches (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    ['personen', 'persoon', 'b1', at, 1, 0, at],
  );
  await engine.execute(
    `INSERT INTO meta.load_findings (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    ['personen', 'persoon', 'b1', 1, 'unmapped-code', 'geslacht', 'X', at],
  );
  await recordGoldMetric(engine, {
    descriptor: {
      id: 'clienten',
      title: 'Cliënten',
      definition: 'Unieke cliënten.',
      unit: 'persons',
      grains: ['year'],
      dimensions: [],
      sources: ['silver.client'],
    },
    definitionHash: 'a'.repeat(64),
    fingerprint: 'b'.repeat(64),
    computedAt: at,
    cells: 3,
    suppressed: 1,
  });
  const counts = await engine.query<{ t: string; n: number }>(
    META_CATALOG_PLAN.tables
      .map((t) => `SELECT '${t.name}' AS t, count(*) AS n FROM meta.${t.name}`)
      .join(' UNION ALL '),
  );
  expect(Object.fromEntries(counts.map((r) => [r.t, Number(r.n)]))).toEqual(
    Object.fromEntries(META_CATALOG_PLAN.tables.map((t) => [t.name, 1])),
  );
}

for (const { name, open } of ENGINES) {
  describe(`the meta catalog on ${name}`, () => {
    let close: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await close?.();
      close = undefined;
    });
    const warehouse = async () => {
      const opened = await open('ggm_meta');
      close = opened.close;
      return opened.engine;
    };

    it('is created whole, twice without error, with its columns, types, lengths and keys', async () => {
      const engine = await warehouse();
      await engine.execute(`CREATE SCHEMA IF NOT EXISTS ${META_SCHEMA}`);
      for (let i = 0; i < 2; i++)
        for (const s of metaCatalogDdl(getDialect(engine.kind))) await engine.execute(s);

      const tables = await engine.listTables(META_SCHEMA);
      expect(tables.map((t) => t.name).sort()).toEqual(META_CATALOG_PLAN.tables.map((t) => t.name).sort());
      const columns = await metaColumns(engine);
      for (const t of META_CATALOG_PLAN.tables) {
        const actual = columns.filter((c) => c.table_name === t.name);
        expect(
          actual.map((c) => c.column_name),
          t.name,
        ).toEqual(t.columns.map((c) => c.name));
        for (const [i, c] of t.columns.entries()) {
          const where = `${t.name}.${c.name}`;
          expect(actual[i]!.data_type, where).toBe(expectedType(engine.kind, c.type));
          expect(actual[i]!.is_nullable, where).toBe(c.nullable ? 'YES' : 'NO');
          // DuckDB accepts VARCHAR(n) but keeps no length; PostgreSQL keeps and enforces it.
          if (engine.kind === 'postgres')
            expect(actual[i]!.character_maximum_length, where).toBe(
              c.type.kind === 'varchar' ? c.type.length : null,
            );
        }
      }
      expect(await primaryKeys(engine)).toEqual({
        applied_batches: ['mapping', 'batch_id'],
        batches: ['batch_id'],
        gold_metrics: ['metric_id'],
        loaded_files: ['source', 'file_sha256'],
        runs: ['run_id'],
      });
    });

    it('is created whole by the functions that own its tables, run twice, and every table is usable', async () => {
      const engine = await warehouse();
      await ensureEverything(engine);
      await ensureEverything(engine);
      const tables = await engine.listTables(META_SCHEMA);
      expect(tables.map((t) => t.name).sort()).toEqual(META_CATALOG_PLAN.tables.map((t) => t.name).sort());
      await useEveryTable(engine);
    });

    it('leaves a warehouse of the previous version as it is, and it keeps working', async () => {
      const engine = await warehouse();
      for (const s of previousVersionDdl(engine.kind)) await engine.execute(s);
      const before = await metaColumns(engine);
      await ensureEverything(engine);
      await ensureEverything(engine);
      // the tables it had are as they were (tables added since, such as gold_metrics, are new)
      const had = new Set(before.map((c) => c.table_name));
      expect((await metaColumns(engine)).filter((c) => had.has(c.table_name))).toEqual(before);
      if (engine.kind === 'postgres')
        expect(before.filter((c) => c.character_maximum_length !== null)).toEqual([]);
      await useEveryTable(engine);
    });
  });
}
