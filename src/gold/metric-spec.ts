import type { Location } from '../diagnostics/diagnostic.js';
import type { ExprSpec, Located } from '../compiler/spec/mapping-spec.js';
import type { GoldMetricDescriptor, PeriodGrain } from './gold-table.js';

/**
 * A metric file (`gold/<id>.yaml`) as written: GGM names, not yet checked against the model. Every
 * value keeps its place in the file for diagnostics. docs/gold.md describes every key.
 */
export interface MetricSpec {
  file: string;
  id: Located<string>;
  title: string;
  definition: string;
  unit: GoldMetricDescriptor['unit'];
  population: PopulationSpec;
  measure: MeasureSpec;
  time: TimeSpec;
  grains: PeriodGrain[];
  /** Fixed period range; without it the range is the data's (first to last date of the facts). */
  periods?: { from: string; to: string };
  dimensions: DimensionSpec[];
  denominator?: DenominatorSpec;
  scale?: 1 | 100 | 1000 | 10000;
  /** Cells with fewer persons are suppressed (default 5; 0 switches suppression off for non-person metrics). */
  threshold: number;
  trajectories?: TrajectorySpec;
  at: Location;
}

/** A class with aliases reached through associations, a filter, and which alias is the person. */
export interface PopulationSpec {
  class: Located<string>;
  alias: string;
  /** `alias: from.association name`, in file order (a join may start from an earlier join). */
  joins: JoinSpec[];
  where?: ExprSpec;
  /** Alias whose rows are persons (distinct keys are counted). */
  person?: Located<string>;
  /** Or an expression whose distinct values are the persons (`x.bsn`). */
  personValue?: ExprSpec;
  /** Only rows whose person has an age in this band at the period's reference date. */
  age?: { birth: ExprSpec; band: AgeBand; at: Location };
}

/**
 * `alias: from.association name`, or a join on a condition: `alias: {class: C, on: expr}` or
 * `alias: {table: schema.table, on: expr}` (a table outside the model: columns by their own names).
 */
export interface JoinSpec {
  alias: string;
  from: string;
  association: string;
  on?: ExprSpec;
  joinClass?: Located<string>;
  joinTable?: Located<string>;
  at: Location;
}

export type MeasureKind = 'persons' | 'count' | 'sum' | 'duration';

export interface MeasureSpec {
  kind: MeasureKind;
  /** The amount summed (`sum`). */
  value?: ExprSpec;
  at: Location;
}

export type TimeSpec =
  | { kind: 'interval'; start: ExprSpec; end?: ExprSpec; reference: 'start' | 'end'; at: Location }
  | { kind: 'event'; date: ExprSpec; reference: 'start' | 'end'; at: Location };

export type DimensionSpec =
  | {
      kind: 'value';
      name: string;
      title: string;
      value: ExprSpec;
      /** Code → label shown in gold. */
      labels?: Record<string, string>;
      /** Values looked up in a table (`postcode → wijk`): key column matched, value column shown. */
      lookup?: { table: Located<string>; key: string; value: string };
      at: Location;
    }
  | { kind: 'age'; name: string; title: string; birth: ExprSpec; bands: AgeBand[]; at: Location };

/** An age band `0-17`, `65+`: ages from..to inclusive (to undefined: and older). */
export interface AgeBand {
  label: string;
  from: number;
  to?: number;
}

export type DenominatorSpec =
  | {
      kind: 'population';
      class: Located<string>;
      alias: string;
      joins: JoinSpec[];
      where?: ExprSpec;
      /** Registered from..until (either may be absent: always); counted when active at the reference date. */
      start?: ExprSpec;
      end?: ExprSpec;
      /** Per dimension of the metric the denominator can split by: its value (age: the birth date). */
      dimensions: Record<string, ExprSpec>;
      /** The birth date, when the population has an age band: only persons of that band are counted. */
      age?: ExprSpec;
      /** `end` is the first day no longer registered (default: the last day registered). */
      endExclusive?: boolean;
      at: Location;
    }
  /** The distinct persons of each cell (costs per client): `denominator: persons`. */
  | { kind: 'persons'; at: Location }
  | {
      kind: 'table';
      table: Located<string>;
      /** Column holding the gold period label (`2025`, `2025H1`). */
      period: string;
      value: string;
      /** Per dimension of the metric: the table's column holding the same labels. */
      dimensions: Record<string, string>;
      at: Location;
    };

/** The CBS rule: intervals of one person × these keys that overlap or touch merge into one trajectory. */
export interface TrajectorySpec {
  /** Besides the person: hulpvorm, provider … */
  by: ExprSpec[];
  /** What is counted per period. */
  count: 'running' | 'started' | 'ended' | 'mean_duration';
  at: Location;
}
