// Small SQL pieces the standard set repeats; portable between DuckDB and PostgreSQL.

/** An interval [start, end] (end NULL: open) that has at least one day in the period `p`. */
export function activeIn(start: string, end: string, p = 'p'): string {
  return `${start} <= ${p}.periode_eind AND (${end} IS NULL OR ${end} >= ${p}.periode_start)`;
}

/** A date inside the period `p`. */
export function within(date: string, p = 'p'): string {
  return `${date} BETWEEN ${p}.periode_start AND ${p}.periode_eind`;
}
