import type { LogicalType } from '../../schema/schema-plan.js';
import { coerce, typeOf } from '../resolve/expression-types.js';
import type { ResolvedColumn, ResolvedMapping } from '../resolve/resolved-mapping.js';
import type { Expr } from '../spec/expression-ast.js';
import {
  LOAD_PLAN_FORMAT_VERSION,
  type LoadPlan,
  type PlanExpr,
  type StageColumn,
  type TargetWrite,
} from './load-plan.js';

/** Parsers whose failure leaves NULL: a NULL result from a non-NULL input is reported as unparsable. */
const PARSERS = new Set(['to_date', 'to_timestamp', 'to_number', 'to_integer', 'to_boolean']);
const WHOLE_NUMBERS = new Set(['smallint', 'integer', 'bigint']);
const TEXT: LogicalType = { kind: 'text' };

/** Resolved mapping → engine-neutral load plan (with a high-level `merge`, see expandHistoryPass). */
export function buildLoadPlan(m: ResolvedMapping): LoadPlan {
  const t = m.target;
  // When versions are told apart by identity columns, a row without them cannot be placed.
  const identity = new Set(m.versionedKey ? (t.identity ?? []) : []);
  const columns = m.columns
    .map(stageColumn)
    .map((c) => (identity.has(c.name) ? { ...c, required: true, locates: true } : c));
  const tombstones = m.deleteWhen !== undefined;
  const write: TargetWrite = {
    schema: t.schema,
    table: t.table,
    keyColumn: t.keyColumn,
    ...(m.versionedKey && t.identity ? { identity: t.identity } : {}),
    columns: columns.map((c) => c.name),
    types: Object.fromEntries(columns.map((c) => [c.name, c.type])),
    ...(t.history ? { history: t.history } : {}),
    ...(t.load ? { load: t.load } : {}),
    source: m.name,
    ...(tombstones ? { tombstones } : {}),
  };
  const driving = m.sources[0]!;
  return {
    formatVersion: LOAD_PLAN_FORMAT_VERSION,
    mapping: m.name,
    targetClass: m.qualifiedName,
    target: { schema: t.schema, table: t.table },
    history: m.history.mode,
    steps: [
      { kind: 'ensure-meta' },
      { kind: 'pick-batch', mapping: m.name, source: driving.table },
      {
        kind: 'stage',
        sources: m.sources,
        key: m.key.map(asText),
        keyType: t.keyType,
        versionedKey: m.versionedKey,
        ...(m.versionedKey && t.identity ? { keyStaysInStage: true } : {}),
        validFrom: m.history.validFrom ?? { kind: 'batch', field: 'loaded-at' },
        columns,
        dedupeBy: m.history.mode === 'events' ? 'key-and-valid-from' : 'key',
        ...(m.where ? { where: m.where } : {}),
        ...(m.deleteWhen ? { deleteWhen: m.deleteWhen } : {}),
      },
      {
        kind: 'record-findings',
        mapping: m.name,
        targetTable: `${t.schema}.${t.table}`,
        columns,
        keyParts: m.key.length,
        ...(m.versionedKey && t.identity ? { keyIsText: true } : {}),
        ...(tombstones ? { tombstones } : {}),
      },
      { kind: 'merge', mode: m.history.mode, closeMissing: m.history.closeMissing, write },
      { kind: 'record-batch', mapping: m.name, targetTable: `${t.schema}.${t.table}` },
      { kind: 'drop-stage' },
    ],
    lineage: m.lineage,
  };
}

function asText(e: Expr): Expr {
  return coerce(e, typeOf(e), 'text') ?? e;
}

function stageColumn(c: ResolvedColumn): StageColumn {
  const type = c.column.type;
  const required = !c.column.nullable;
  const base = { name: c.column.name, type, required };
  switch (c.kind) {
    case 'reference': {
      const parts = c.key.map(asText);
      if (!c.lookup) return { ...base, value: { kind: 'surrogate-key', parts, type } };
      const input: PlanExpr =
        parts.length === 1 ? parts[0]! : { kind: 'call', name: 'concat', args: parts as Expr[], at: 0 };
      return {
        ...base,
        value: { kind: 'lookup', ...c.lookup, parts },
        probe: { input, finding: 'unresolved-reference' },
      };
    }
    case 'enumeration':
      return {
        ...base,
        value: { kind: 'cast', expr: { kind: 'code-map', expr: c.expr, codes: c.codes }, type },
        probe: { input: c.expr, finding: 'unmapped-code' },
      };
    case 'value': {
      if (type.kind === 'varchar') {
        const text: PlanExpr = { kind: 'cast', expr: c.expr, type: TEXT };
        return {
          ...base,
          value: { kind: 'truncate', expr: text, length: type.length },
          probe: { input: text, finding: 'truncated', maxLength: type.length },
        };
      }
      const value: PlanExpr = { kind: 'cast', expr: c.expr, type };
      if (c.expr.kind === 'call' && PARSERS.has(c.expr.name)) {
        return { ...base, value, probe: { input: c.expr.args[0]!, finding: 'unparsable' } };
      }
      // A fraction into a whole-number column would be rounded away without a trace: record it.
      if (c.type === 'decimal' && WHOLE_NUMBERS.has(type.kind)) {
        return { ...base, value, probe: { input: c.expr, finding: 'rounded' } };
      }
      return { ...base, value };
    }
  }
}
