import type { LineageRecord } from '../../compiler/resolve/resolved-mapping.js';
import { sqlName, sqlTableName } from '../../dialects/identifiers.js';
import type { Engine, Row } from '../../engines/engine.js';
import { goldColumns, goldTableDdl } from '../../gold/gold-ddl.js';
import {
  GOLD_COLUMNS,
  GOLD_INTERNAL_SCHEMA,
  GOLD_SCHEMA,
  type GoldMetricDescriptor,
} from '../../gold/gold-table.js';
import type { GoldPeriod } from '../../gold/sociaal/periods.js';
import type { ColumnRef } from '../../gold/resolved-metric.js';
import type { StandardMetric } from '../../gold/sociaal/standard-metric.js';
import { standardMetricSelect } from '../../gold/sociaal/standard-set-sql.js';
import { suppressCells, type GoldCell } from '../../gold/suppress.js';
import { storeLineage } from '../lineage-store.js';
import { recordGoldMetric, swapStagingIntoPlace } from './gold-store.js';

export interface PublishStandard {
  descriptor: GoldMetricDescriptor;
  standard: StandardMetric;
  periods: readonly GoldPeriod[];
  threshold: number;
  definitionHash: string;
  fingerprint: string;
  /** Per gold column, the silver columns it is made from. */
  lineage: Record<string, readonly ColumnRef[]>;
}

/**
 * Computes a standard metric (src/gold/sociaal/) over the base tables into `gold_intern.<id>` (with
 * persons) and `gold.<id>` (suppressed), both under staging names, then swaps them in with the
 * `meta.gold_metrics` row and the lineage in one transaction: a crash leaves the previous figures.
 * The cells are computed in the engine (set-based); only the suppression pattern is decided in JS
 * (src/gold/suppress.ts) and written back by cell key.
 */
export async function publishStandardMetric(
  engine: Engine,
  p: PublishStandard,
): Promise<{ cells: number; primary: number; secondary: number }> {
  const d = engine.dialect;
  const { descriptor, standard: m } = p;
  const id = descriptor.id;
  const sql = standardMetricSelect(m, p.periods, 0);
  const dims = descriptor.dimensions.map((x) => x.name);
  const staging = `${id}__staging`;
  const intern = sqlTableName(d, GOLD_INTERNAL_SCHEMA, staging);
  const published = sqlTableName(d, GOLD_SCHEMA, staging);
  for (const [schema, internal] of [
    [GOLD_SCHEMA, false],
    [GOLD_INTERNAL_SCHEMA, true],
  ] as const) {
    await engine.execute(`DROP TABLE IF EXISTS ${sqlTableName(d, schema, staging)}`);
    for (const s of goldTableDdl(d, descriptor, schema, staging, internal)) await engine.execute(s);
  }
  const names = (internal: boolean) => goldColumns(descriptor, internal).map((c) => sqlName(d, c.name));
  const persons = m.suppressOn ? `c.${m.suppressOn}` : 'NULL';
  await engine.execute(
    `INSERT INTO ${intern} (${names(true).join(', ')})
     SELECT c.periode, c.periode_start, c.periode_eind, c.grain, ${dims.map((x) => `c.${x}, `).join('')}c.teller, c.noemer, c.waarde, FALSE, ${persons}
     FROM (${sql}) c`,
  );
  const rows = p.periods.length === 0 ? [] : await engine.query(`SELECT * FROM ${intern}`);
  const cells = rows.map((r) => toCell(r, dims));
  const { primary, secondary } = m.suppressOn
    ? suppressCells(cells, dims, p.threshold, m.additiveOverTime ?? false)
    : { primary: 0, secondary: 0 };
  const hidden = cells
    .filter((c) => c.suppressed)
    .map((c) => cellKeyText([c.period, ...dims.map((x) => c.dims[x]!)]));
  const keySql = `${[GOLD_COLUMNS.period, ...dims].map((x) => sqlName(d, x)).join(` || '${KEY_SEPARATOR}' || `)}`;
  for (let i = 0; i < hidden.length; i += 500) {
    const chunk = hidden.slice(i, i + 500).map((k) => `'${k.replace(/'/g, "''")}'`);
    await engine.execute(
      `UPDATE ${intern} SET ${sqlName(d, GOLD_COLUMNS.suppressed)} = TRUE WHERE ${keySql} IN (${chunk.join(', ')})`,
    );
  }
  const visible = (c: string) =>
    `CASE WHEN ${sqlName(d, GOLD_COLUMNS.suppressed)} THEN NULL ELSE ${sqlName(d, c)} END`;
  await engine.execute(
    `INSERT INTO ${published} (${names(false).join(', ')})
     SELECT ${[GOLD_COLUMNS.period, GOLD_COLUMNS.periodStart, GOLD_COLUMNS.periodEnd, GOLD_COLUMNS.grain, ...dims].map((x) => sqlName(d, x)).join(', ')},
       ${visible(GOLD_COLUMNS.numerator)}, ${visible(GOLD_COLUMNS.denominator)}, ${visible(GOLD_COLUMNS.value)}, ${sqlName(d, GOLD_COLUMNS.suppressed)}
     FROM ${intern}`,
  );
  await engine.transaction(async (tx) => {
    await swapStagingIntoPlace(tx, id, staging);
    await recordGoldMetric(tx, {
      descriptor,
      definitionHash: p.definitionHash,
      fingerprint: p.fingerprint,
      computedAt: new Date(),
      cells: cells.length,
      suppressed: primary + secondary,
    });
    await storeLineage(tx, `gold:${id}`, lineageRecords(id, m.id, p.lineage));
  });
  return { cells: cells.length, primary, secondary };
}

function lineageRecords(
  id: string,
  standardId: string,
  lineage: Record<string, readonly ColumnRef[]>,
): LineageRecord[] {
  return Object.entries(lineage)
    .filter(([, sources]) => sources.length > 0)
    .map(([column, sources]) => ({
      mapping: `gold:${id}`,
      target: { schema: GOLD_SCHEMA, table: id, column },
      sources: [...sources],
      transform: 'expression' as const,
      expression: `${id}.${column}: standaard ${standardId} (src/gold/sociaal)`,
    }));
}

const KEY_SEPARATOR = ' ¦ ';
const cellKeyText = (parts: readonly string[]) => parts.join(KEY_SEPARATOR);

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

function toCell(r: Row, dims: readonly string[]): GoldCell {
  return {
    period: String(r['periode']),
    periodStart: iso(r['periode_start']),
    periodEnd: iso(r['periode_eind']),
    grain: String(r['grain']),
    dims: Object.fromEntries(dims.map((name) => [name, String(r[name])])),
    numerator: num(r['teller']),
    denominator: num(r['noemer']),
    persons: num(r['personen']),
    value: num(r['waarde']),
    suppressed: false,
  };
}
