// The shape every metric materialises in gold, shared by the metric compiler, `ggm metrics`, the API and
// the OData feed. One long table per metric: `gold.<metric id>`, one row per period × dimension values.

/** Fixed columns of a gold table, in order; the dimension columns come between `grain` and `teller`. */
export const GOLD_COLUMNS = {
  /** The period as people write it: `2025`, `2025H1`, `2025Q3`, `2025-03`. */
  period: 'periode',
  /** First and last day of the period (dates). */
  periodStart: 'periode_start',
  periodEnd: 'periode_eind',
  /** `month` | `quarter` | `halfyear` | `year`. */
  grain: 'grain',
  /** Numerator (persons, count, amount, duration). NULL when suppressed. */
  numerator: 'teller',
  /** Denominator (population), NULL when the metric has none or the cell is suppressed. */
  denominator: 'noemer',
  /** numerator / denominator × scale, or the numerator itself; NULL when suppressed. */
  value: 'waarde',
  /** True when the cell is suppressed (primary or secondary). */
  suppressed: 'onderdrukt',
} as const;

/** A dimension value meaning "all values" (the total over that dimension). */
export const GOLD_TOTAL = 'Totaal';

export type PeriodGrain = 'month' | 'quarter' | 'halfyear' | 'year';

export interface GoldDimension {
  /** Column name in the gold table (snake_case), e.g. `wet`, `leeftijd`, `pc4`. */
  name: string;
  /** Dutch label for people. */
  title: string;
}

/** What the API, the OData feed and `ggm metrics` know about a metric without reading its YAML. */
export interface GoldMetricDescriptor {
  /** snake_case id; the table is gold.<id>. */
  id: string;
  /** Dutch title, e.g. "Cliënten met een Wmo-maatwerkvoorziening per 10.000 inwoners". */
  title: string;
  /** The definition text for people (what is counted, period semantics, sources, known gaps). */
  definition: string;
  /** What `waarde` is: a count of persons, a count, an amount in euros, a duration in days, or a rate. */
  unit: 'persons' | 'count' | 'euro' | 'days' | 'rate';
  /** For rates: per 100 (percent), 1,000 or 10,000. */
  scale?: 1 | 100 | 1000 | 10000;
  grains: readonly PeriodGrain[];
  dimensions: readonly GoldDimension[];
  /** Cells with fewer persons than this are suppressed (default 5); absent when the unit is not persons. */
  suppressionThreshold?: number;
  /** The silver tables it reads (for lineage and freshness). */
  sources: readonly string[];
}

/** Schema of the published (suppressed) gold tables. */
export const GOLD_SCHEMA = 'gold';

/**
 * Schema of the unsuppressed figures (same table name as in `gold`, plus the `personen` column). Nobody
 * reads it unless the governance policy grants the table to a role.
 */
export const GOLD_INTERNAL_SCHEMA = 'gold_intern';

/** Column of the internal table with the number of distinct persons behind a cell. */
export const GOLD_PERSONS_COLUMN = 'personen';
