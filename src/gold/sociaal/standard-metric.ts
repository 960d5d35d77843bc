import type { GoldMetricDescriptor } from '../gold-table.js';

/**
 * A metric of the standard set: its descriptor (what the API and the catalogue show) and the SQL of its
 * cells. `cells` reads the CTE `perioden (periode, periode_start, periode_eind, grain)` and the CTEs of
 * `with`, and returns one row per period × dimension values: `periode`, the dimension columns in the
 * descriptor's order, `teller`, `noemer` (NULL when the metric has none).
 */
export interface StandardMetric extends GoldMetricDescriptor {
  /** Extra CTEs (`name AS (…)`), after `perioden`. */
  with?: readonly string[];
  cells: string;
  /** `ratio`: waarde = teller × scale / noemer (scale 1 for a mean); `teller`: waarde = teller. */
  value: 'ratio' | 'teller';
  /** Which count of persons decides suppression (below the threshold): the teller or the noemer. */
  suppressOn?: 'teller' | 'noemer';
  /**
   * The suppressed count adds up over time (events: ended trajectories, steps taken), so a year is the
   * sum of its half-years and suppression must hold across grains (src/gold/suppress.ts).
   */
  additiveOverTime?: boolean;
  /** What the GGM or the sources lack for this indicator (also in the definition). */
  gaps?: readonly string[];
}
