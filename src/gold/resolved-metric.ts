import type { PlanExpr } from '../compiler/plan/load-plan.js';
import type { GoldMetricDescriptor } from './gold-table.js';
import type { AgeBand, MeasureKind, TrajectorySpec } from './metric-spec.js';

/** A silver (or source) column a metric reads, by its physical name. */
export interface ColumnRef {
  schema: string;
  table: string;
  column: string;
}

/** One table of a query with its alias; joined tables say how. */
export interface QueryTable {
  schema: string;
  table: string;
  alias: string;
  /** `alias.column = otherAlias.otherColumn` (left join); absent for the driving table. */
  on?: { column: string; otherAlias: string; otherColumn: string };
  /** Or a join condition (a join on `on:` in the metric file). */
  onExpr?: PlanExpr;
  /** Versioned tables: only the open version (`valid_to IS NULL`). */
  validTo?: string;
}

/** The rows a metric counts (or a denominator population), with GGM names mapped to silver. */
export interface ResolvedQuery {
  tables: QueryTable[];
  where?: PlanExpr;
}

export type ResolvedDimension =
  | {
      kind: 'value';
      name: string;
      title: string;
      value: PlanExpr;
      labels?: Record<string, string>;
      lookup?: { schema: string; table: string; key: string; value: string };
    }
  | { kind: 'age'; name: string; title: string; birth: PlanExpr; bands: AgeBand[] };

export type ResolvedDenominator =
  | {
      kind: 'population';
      query: ResolvedQuery;
      person: PlanExpr;
      start?: PlanExpr;
      end?: PlanExpr;
      /** Values of the metric's dimensions this population can split by (age: birth date). */
      dimensions: Record<string, PlanExpr>;
      /** Birth date: only persons in the metric's age band are counted. */
      age?: PlanExpr;
      endExclusive?: boolean;
    }
  | { kind: 'persons' }
  | {
      kind: 'table';
      schema: string;
      table: string;
      period: string;
      value: string;
      dimensions: Record<string, string>;
    };

/**
 * A metric checked against the model and the silver schema: everything the SQL compiler needs, engine
 * neutral. Plain data (expressions as plan expressions over physical names).
 */
export interface ResolvedMetric {
  descriptor: GoldMetricDescriptor;
  file: string;
  /** sha256 of the metric file's text: part of the rebuild fingerprint. */
  definitionHash: string;
  query: ResolvedQuery;
  /** The person's key (distinct persons are counted and suppressed on). */
  person?: PlanExpr;
  measure: { kind: MeasureKind; value?: PlanExpr };
  time:
    | { kind: 'interval'; start: PlanExpr; end?: PlanExpr; reference: 'start' | 'end' }
    | { kind: 'event'; date: PlanExpr; reference: 'start' | 'end' };
  periods?: { from: string; to: string };
  dimensions: ResolvedDimension[];
  denominator?: ResolvedDenominator;
  trajectories?: { by: PlanExpr[]; count: TrajectorySpec['count'] };
  /** Only facts whose person is in this age band at the period's reference date. */
  age?: { birth: PlanExpr; band: AgeBand };
  /** Per gold column, the silver columns it is made from (lineage). */
  lineage: Record<string, ColumnRef[]>;
  /** Per gold column, how it is made, as the metric file says it (for lineage records). */
  lineageExpressions?: Record<string, string>;
}
