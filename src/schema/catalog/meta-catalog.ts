import { sqlName } from '../../dialects/identifiers.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { emitDdl } from '../emit/ddl-emitter.js';
import { DEFAULT_SCHEMA_OPTIONS } from '../schema-options.js';
import {
  SCHEMA_PLAN_FORMAT_VERSION,
  type LogicalType,
  type PlanColumn,
  type PlanTable,
  type SchemaPlan,
} from '../schema-plan.js';

/**
 * The warehouse catalog: every table of schema `meta` (what was loaded, run, applied, found and
 * checked), described once as plan data and created through the dialects like silver. A new meta table
 * is a new entry here, never hand-written DDL. Column names and nullability are the ones the stores'
 * INSERT and SELECT statements use; warehouses created before this catalog existed have the same
 * columns (with unbounded VARCHARs), which `CREATE TABLE IF NOT EXISTS` leaves as they are.
 */

export const META_SCHEMA = 'meta';

/** The table names of the catalog, so callers never write them as strings. */
export const META_TABLES = {
  batches: 'batches',
  quarantine: 'quarantine',
  loadedFiles: 'loaded_files',
  runs: 'runs',
  runSteps: 'run_steps',
  appliedBatches: 'applied_batches',
  loadFindings: 'load_findings',
  lineage: 'lineage',
  checkResults: 'check_results',
  checkSamples: 'check_samples',
  goldMetrics: 'gold_metrics',
} as const;

export type MetaTable = keyof typeof META_TABLES;

// Identifiers and names (batch, run, step, check ids; sources, mappings, tables, columns).
const NAME: LogicalType = { kind: 'varchar', length: 255 };
// Short codes out of a fixed list (status, severity, kinds).
const CODE: LogicalType = { kind: 'varchar', length: 32 };
const SHA256: LogicalType = { kind: 'varchar', length: 64 };
// Free text: messages, reasons, raw records, expressions, JSON, paths (a source's `file` may be a query).
const TEXT: LogicalType = { kind: 'text' };
const BIGINT: LogicalType = { kind: 'bigint' };
const INTEGER: LogicalType = { kind: 'integer' };
const TIMESTAMP: LogicalType = { kind: 'timestamp' };

type ColumnSpec = [name: string, type: LogicalType, nullable: 'null' | 'not null', comment?: string];

/** A catalog table; `key` empty for logs that have no primary key (as before the catalog). */
function metaTable(name: string, comment: string, columns: ColumnSpec[], key: string[] = []): PlanTable {
  return {
    name,
    kind: 'meta',
    modelId: `meta:${name}`,
    comment,
    columns: columns.map(([column, type, nullable, columnComment]): PlanColumn => ({
      name: column,
      type,
      nullable: nullable === 'null' && !key.includes(column),
      role: key.includes(column) ? 'key' : 'attribute',
      ...(columnComment ? { comment: columnComment } : {}),
    })),
    // PostgreSQL's own name for an unnamed key, so older warehouses and new ones name it alike.
    primaryKey: { name: `${name}_pkey`, columns: key },
    uniques: [],
    checks: [],
    foreignKeys: [],
  };
}

export const META_CATALOG: Readonly<Record<MetaTable, PlanTable>> = {
  batches: metaTable(
    META_TABLES.batches,
    'one row per load attempt of one file (or table) of one source',
    [
      ['batch_id', NAME, 'not null'],
      ['source', NAME, 'not null'],
      ['file', TEXT, 'not null', 'relative to the project, or the table or query of a database source'],
      ['file_sha256', SHA256, 'null'],
      ['file_bytes', BIGINT, 'null'],
      ['format', TEXT, 'null', 'JSON: the format read, as detected or declared'],
      ['loaded_at', TIMESTAMP, 'not null'],
      ['rows_read', BIGINT, 'not null'],
      ['rows_loaded', BIGINT, 'not null'],
      ['rows_quarantined', BIGINT, 'not null'],
      ['status', CODE, 'not null', 'loaded (data committed with this row) or failed (nothing loaded)'],
      ['message', TEXT, 'null'],
    ],
    ['batch_id'],
  ),
  quarantine: metaTable(
    META_TABLES.quarantine,
    'every record that could not be read, with where it was and why',
    [
      ['batch_id', NAME, 'not null'],
      ['source', NAME, 'not null'],
      ['file', TEXT, 'not null'],
      ['row_number', BIGINT, 'null'],
      ['line', BIGINT, 'null', 'the physical line where the record starts'],
      ['reason', TEXT, 'not null'],
      ['raw', TEXT, 'null', "the record's text, cut at 8 KB"],
    ],
  ),
  loadedFiles: metaTable(
    META_TABLES.loadedFiles,
    'the content each source has loaded; its key makes a concurrent second load of the same content fail',
    [
      ['source', NAME, 'not null'],
      ['file_sha256', SHA256, 'not null'],
      ['batch_id', NAME, 'not null'],
    ],
    ['source', 'file_sha256'],
  ),
  runs: metaTable(
    META_TABLES.runs,
    'every ggm run: running from its start; a killed run is marked interrupted by the next one',
    [
      ['run_id', NAME, 'not null'],
      ['project', TEXT, 'not null', 'the project directory'],
      ['started_at', TIMESTAMP, 'not null'],
      ['finished_at', TIMESTAMP, 'null'],
      ['status', CODE, 'not null', 'running, succeeded, failed or interrupted'],
      ['steps_planned', INTEGER, 'not null'],
      ['message', TEXT, 'null'],
    ],
    ['run_id'],
  ),
  runSteps: metaTable(META_TABLES.runSteps, 'every step of every run, recorded when it ends', [
    ['run_id', NAME, 'not null'],
    ['step_id', NAME, 'not null'],
    ['kind', CODE, 'not null'],
    ['started_at', TIMESTAMP, 'not null'],
    ['finished_at', TIMESTAMP, 'null'],
    ['status', CODE, 'not null', 'succeeded, failed or skipped'],
    ['batches', BIGINT, 'null'],
    ['rows_affected', BIGINT, 'null'],
    ['message', TEXT, 'null'],
  ]),
  appliedBatches: metaTable(
    META_TABLES.appliedBatches,
    'the bronze batches each mapping has applied to silver, written in the load transaction',
    [
      ['mapping', NAME, 'not null'],
      ['target_table', NAME, 'not null'],
      ['batch_id', NAME, 'not null'],
      ['batch_loaded_at', TIMESTAMP, 'null'],
      ['rows_read', BIGINT, 'null'],
      ['rows_rejected', BIGINT, 'null'],
      ['applied_at', TIMESTAMP, 'null'],
    ],
    ['mapping', 'batch_id'],
  ),
  loadFindings: metaTable(
    META_TABLES.loadFindings,
    'every value a mapping could not keep, per batch and row',
    [
      ['mapping', NAME, 'not null'],
      ['target_table', NAME, 'not null'],
      ['batch_id', NAME, 'not null'],
      ['row_number', BIGINT, 'null'],
      ['kind', NAME, 'not null'],
      ['column_name', NAME, 'null'],
      ['value', TEXT, 'null'],
      ['recorded_at', TIMESTAMP, 'null'],
    ],
  ),
  lineage: metaTable(
    META_TABLES.lineage,
    'source column to silver column, per mapping; replaced whenever the mapping is built',
    [
      ['mapping', NAME, 'not null'],
      ['target_schema', NAME, 'not null'],
      ['target_table', NAME, 'not null'],
      ['target_column', NAME, 'not null'],
      ['model_id', NAME, 'null'],
      ['source_schema', NAME, 'not null'],
      ['source_table', NAME, 'not null'],
      ['source_column', NAME, 'not null'],
      ['transform', CODE, 'not null'],
      ['expression', TEXT, 'not null'],
    ],
  ),
  checkResults: metaTable(META_TABLES.checkResults, 'one row per data-quality check per run', [
    ['run_id', NAME, 'not null'],
    ['check_id', NAME, 'not null'],
    ['table_name', NAME, 'not null'],
    ['column_name', NAME, 'null'],
    ['kind', CODE, 'not null'],
    ['origin', CODE, 'not null'],
    ['severity', CODE, 'not null'],
    ['status', CODE, 'not null', 'pass, fail or error'],
    ['violations', BIGINT, 'not null'],
    ['description', TEXT, 'null'],
    ['message', TEXT, 'null'],
    ['checked_at', TIMESTAMP, 'not null'],
    ['duration_ms', BIGINT, 'not null'],
  ]),
  checkSamples: metaTable(
    META_TABLES.checkSamples,
    'the first violating rows of each failed check, as JSON',
    [
      ['run_id', NAME, 'not null'],
      ['check_id', NAME, 'not null'],
      ['sample_number', INTEGER, 'not null'],
      ['row_json', TEXT, 'not null'],
    ],
  ),
  goldMetrics: metaTable(
    META_TABLES.goldMetrics,
    'one row per gold metric: its descriptor and when and from what state it was last computed',
    [
      ['metric_id', NAME, 'not null'],
      ['title', TEXT, 'not null'],
      ['descriptor_json', TEXT, 'not null', 'the GoldMetricDescriptor as JSON'],
      ['definition_sha256', SHA256, 'not null', 'sha256 of the metric file'],
      ['fingerprint', SHA256, 'not null', 'definition, compiled SQL and the state of every input table'],
      ['computed_at', TIMESTAMP, 'not null'],
      ['cells', BIGINT, 'not null'],
      ['suppressed', BIGINT, 'not null', 'cells suppressed, primary and secondary'],
    ],
    ['metric_id'],
  ),
};

/** The catalog as a schema plan (not from a model), for the DDL emitter. */
export const META_CATALOG_PLAN: SchemaPlan = {
  formatVersion: SCHEMA_PLAN_FORMAT_VERSION,
  model: { name: 'warehouse catalog', sha256: '' },
  options: { ...DEFAULT_SCHEMA_OPTIONS, history: false, loadMetadata: false, comments: false },
  tables: Object.values(META_CATALOG),
};

/** The catalog tables of these keys, in this order. */
export function metaTables(...keys: MetaTable[]): PlanTable[] {
  return keys.map((k) => META_CATALOG[k]);
}

/**
 * `CREATE TABLE IF NOT EXISTS meta.…` for these catalog tables (default: all), for one engine. Pure.
 * The schema itself is not created here. Runs on every run and inside every load transaction, so it
 * carries no comments (COMMENT ON would write the catalog each time and, on PostgreSQL, lock the table
 * against concurrent loads) and no preamble (extensions); the comments stay in the catalog data.
 */
export function metaCatalogDdl(
  dialect: SqlDialect,
  tables: readonly PlanTable[] = META_CATALOG_PLAN.tables,
  /** false for engines without `IF NOT EXISTS`, whose caller guards each statement itself (T-SQL). */
  ifNotExists = true,
): string[] {
  const plain = tables.map(({ comment: _comment, ...t }): PlanTable => ({
    ...t,
    columns: t.columns.map(({ comment: _c, ...c }) => c),
  }));
  // T-SQL has no IF NOT EXISTS: there each statement runs only when the object it makes is missing
  const guard = ifNotExists ? createGuard(dialect) : undefined;
  const { statements } = emitDdl(
    { ...META_CATALOG_PLAN, tables: plain },
    { ...dialect, preamble: [], postamble: [] },
    { schema: META_SCHEMA, ifNotExists: ifNotExists && !guard },
  );
  if (!guard) return statements;
  return statements.map((st) => {
    const object = /ADD CONSTRAINT (\S+)/.exec(st)?.[1] ?? /^CREATE TABLE (\S+)/.exec(st)?.[1] ?? '';
    const name = object.replace(/[[\]"]/g, '');
    return guard('object', name.includes('.') ? name : `${META_SCHEMA}.${name}`, st);
  });
}

/** The dialect's `IF … IS NULL` guard where it lacks `CREATE … IF NOT EXISTS` (T-SQL), else none. */
function createGuard(dialect: SqlDialect) {
  const mapping = dialect.mapping;
  if (mapping?.capabilities.createIfMissing !== 'guard' || !mapping.ifMissing) return undefined;
  return mapping.ifMissing.bind(mapping);
}

/** `CREATE SCHEMA` when the schema is missing, as the dialect writes it. Pure. */
export function ensureSchemaSql(dialect: SqlDialect, schema: string): string {
  const guard = createGuard(dialect);
  const name = sqlName(dialect, schema);
  return guard ? guard('schema', schema, `CREATE SCHEMA ${name}`) : `CREATE SCHEMA IF NOT EXISTS ${name}`;
}
