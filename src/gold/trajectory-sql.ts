import type { GoldSyntax } from '../dialects/gold-syntax.js';
import type { ResolvedMetric } from './resolved-metric.js';

/** The far end of an open interval while merging trajectories. */
const OPEN_END = '9999-12-31';

/**
 * The CBS rule: per person × the `by` keys, intervals that overlap or touch (next start ≤ previous end
 * + 1 day) merge into one trajectory (gaps and islands over a running maximum of the end dates).
 */
export function trajectoryCtes(metric: ResolvedMetric, g: GoldSyntax, dimCols: string[]): string[] {
  const keys = ['ggm_person', ...metric.trajectories!.by.map((_, i) => `ggm_by${i}`)];
  const open = g.date(OPEN_END);
  // The window of ggm_ordered cannot name ggm_end_x (PostgreSQL: an alias of the same SELECT).
  const partition = (end: string) => `PARTITION BY ${keys.join(', ')} ORDER BY ggm_start, ${end}`;
  return [
    `ggm_ordered AS (\n  SELECT ${keys.join(', ')}, ggm_start, COALESCE(ggm_end, ${open}) AS ggm_end_x${dimCols.map((c) => `, ${c}`).join('')},\n    MAX(COALESCE(ggm_end, ${open})) OVER (${partition(`COALESCE(ggm_end, ${open})`)} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ggm_prev_end\n  FROM ggm_facts WHERE ggm_start IS NOT NULL AND ggm_person IS NOT NULL\n)`,
    `ggm_islands AS (\n  SELECT *, SUM(CASE WHEN ggm_prev_end IS NOT NULL AND ggm_start <= ${g.addDays('ggm_prev_end', 1)} THEN 0 ELSE 1 END) OVER (${partition('ggm_end_x')} ROWS UNBOUNDED PRECEDING) AS ggm_island\n  FROM ggm_ordered\n)`,
    `ggm_trajectories AS (\n  SELECT ${keys.join(', ')}, ggm_island, MIN(ggm_start) AS ggm_start, CASE WHEN MAX(ggm_end_x) = ${open} THEN NULL ELSE MAX(ggm_end_x) END AS ggm_end, NULL AS ggm_measure${dimCols
      .map((c) => `, MIN(${c}) AS ${c}`)
      .join('')}\n  FROM ggm_islands GROUP BY ${keys.join(', ')}, ggm_island\n)`,
  ];
}
