// Small SQL pieces the standard set repeats; portable between DuckDB and PostgreSQL.

/** Completed years at `ref` for a birth date `birth` (the birthday itself counts). */
export function ageAt(birth: string, ref: string): string {
  return `(EXTRACT(YEAR FROM ${ref}) - EXTRACT(YEAR FROM ${birth}) - CASE WHEN EXTRACT(MONTH FROM ${ref}) * 100 + EXTRACT(DAY FROM ${ref}) < EXTRACT(MONTH FROM ${birth}) * 100 + EXTRACT(DAY FROM ${birth}) THEN 1 ELSE 0 END)`;
}

/** An interval [start, end] (end NULL: open) that has at least one day in the period `p`. */
export function activeIn(start: string, end: string, p = 'p'): string {
  return `${start} <= ${p}.periode_eind AND (${end} IS NULL OR ${end} >= ${p}.periode_start)`;
}

/** A date inside the period `p`. */
export function within(date: string, p = 'p'): string {
  return `${date} BETWEEN ${p}.periode_start AND ${p}.periode_eind`;
}

/**
 * Inhabitants registered in the gemeente at the end of each period (the reference date), optionally
 * only ages `from`..`to` at that date: rows `(periode, n)` for every period, 0 when none.
 */
export function inhabitantsSql(ages?: { from: number; to: number }): string {
  const age = ages
    ? ` AND ${ageAt('i.geboortedatum', 'p.periode_eind')} BETWEEN ${ages.from} AND ${ages.to}`
    : '';
  return `SELECT p.periode, count(i.persoon_id) AS n FROM perioden p
LEFT JOIN gold_intern.sd_persoon i ON i.inschrijving_start <= p.periode_eind
  AND (i.inschrijving_eind IS NULL OR i.inschrijving_eind > p.periode_eind)${age}
GROUP BY p.periode`;
}
