/** Diagnostic codes of `ggm export dbt` (GGM-X0xx; GGM-X001 is the compiler's: no one-query form). */
export const DBT_CODES = {
  unknownAdapter: 'GGM-X002',
  adapterNotCompiling: 'GGM-X003',
  /** Two mappings write one silver table: one dbt model per table, so the second is left out. */
  sameTable: 'GGM-X004',
  /** A check dbt cannot hold (user SQL naming tables as text): left out of the dbt project. */
  checkLeftOut: 'GGM-X005',
  /** A gold metric that does not compile for the adapter's engine: left out. */
  metricLeftOut: 'GGM-X006',
  /** A mapping with errors: no model. */
  mappingLeftOut: 'GGM-X007',
} as const;
