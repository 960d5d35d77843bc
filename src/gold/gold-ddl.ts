import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { LogicalType } from '../dialects/logical-type.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { DEFAULT_SCHEMA_OPTIONS } from '../schema/schema-options.js';
import { SCHEMA_PLAN_FORMAT_VERSION, type PlanColumn, type PlanTable } from '../schema/schema-plan.js';
import { GOLD_COLUMNS, GOLD_PERSONS_COLUMN, type GoldMetricDescriptor } from './gold-table.js';

const LABEL: LogicalType = { kind: 'varchar', length: 255 };
const NUMBER: LogicalType = { kind: 'decimal', precision: 18, scale: 4 };

/** The columns of a metric's gold table, in order (internal: plus the persons column). */
export function goldColumns(descriptor: GoldMetricDescriptor, internal: boolean): PlanColumn[] {
  const col = (name: string, type: LogicalType, nullable: boolean, comment: string): PlanColumn => ({
    name,
    type,
    nullable,
    role: 'attribute',
    comment,
  });
  return [
    col(
      GOLD_COLUMNS.period,
      { kind: 'varchar', length: 16 },
      false,
      'periode: 2025, 2025H1, 2025Q3, 2025-03',
    ),
    col(GOLD_COLUMNS.periodStart, { kind: 'date' }, false, 'eerste dag van de periode'),
    col(GOLD_COLUMNS.periodEnd, { kind: 'date' }, false, 'laatste dag van de periode'),
    col(GOLD_COLUMNS.grain, { kind: 'varchar', length: 16 }, false, 'month, quarter, halfyear of year'),
    ...descriptor.dimensions.map((d) => col(d.name, LABEL, false, d.title)),
    col(GOLD_COLUMNS.numerator, NUMBER, true, 'teller; leeg als de cel is onderdrukt'),
    col(GOLD_COLUMNS.denominator, NUMBER, true, 'noemer; leeg zonder noemer of als de cel is onderdrukt'),
    col(GOLD_COLUMNS.value, NUMBER, true, 'waarde; leeg als de cel is onderdrukt'),
    col(GOLD_COLUMNS.suppressed, { kind: 'boolean' }, false, 'onderdrukt (kleine aantallen)'),
    ...(internal
      ? [col(GOLD_PERSONS_COLUMN, { kind: 'bigint' }, true, 'aantal unieke personen in de cel')]
      : []),
  ];
}

/** CREATE TABLE for a metric's gold (or internal) table under `schema.table`, for one engine. Pure. */
export function goldTableDdl(
  dialect: SqlDialect,
  descriptor: GoldMetricDescriptor,
  schema: string,
  table: string,
  internal: boolean,
): string[] {
  const plan: PlanTable = {
    name: table,
    kind: 'meta',
    modelId: `gold:${descriptor.id}`,
    columns: goldColumns(descriptor, internal),
    primaryKey: { name: `${table}_pkey`, columns: [] },
    uniques: [],
    checks: [],
    foreignKeys: [],
  };
  return emitDdl(
    {
      formatVersion: SCHEMA_PLAN_FORMAT_VERSION,
      model: { name: 'gold', sha256: '' },
      options: { ...DEFAULT_SCHEMA_OPTIONS, history: false, loadMetadata: false, comments: false },
      tables: [plan],
    },
    { ...dialect, preamble: [], postamble: [] },
    { schema },
  ).statements;
}
