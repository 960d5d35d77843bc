import type { GoldSyntax } from '../dialects/gold-syntax.js';
import type { ResolvedDimension } from './resolved-metric.js';

/** The label of a dimension value that is NULL or empty (no value, no match in the lookup). */
export const GOLD_UNKNOWN = 'Onbekend';

/** The gold label of a dimension value in a cell: code labels, lookups, age bands; NULL → Onbekend. */
export function dimensionLabel(
  d: ResolvedDimension,
  value: string,
  lookupAlias: string,
  g: GoldSyntax,
  text: string,
  q: (n: string) => string,
  str: (s: string) => string,
): string {
  const unknown = str(GOLD_UNKNOWN);
  if (d.kind === 'age') {
    const age = g.ageInYears(value, 'p.peildatum');
    const bands = d.bands.map(
      (b) =>
        `WHEN ${age} >= ${b.from}${b.to !== undefined ? ` AND ${age} <= ${b.to}` : ''} THEN ${str(b.label)}`,
    );
    return `CASE ${bands.join(' ')} ELSE ${unknown} END`;
  }
  const raw = d.lookup ? `${lookupAlias}.${q(d.lookup.value)}` : value;
  // An empty code is as unknown as a missing one.
  const asText = `NULLIF(CAST(${raw} AS ${text}), '')`;
  if (d.labels && Object.keys(d.labels).length > 0) {
    const whens = Object.entries(d.labels).map(([code, l]) => `WHEN ${str(code)} THEN ${str(l)}`);
    return `COALESCE(CASE ${asText} ${whens.join(' ')} ELSE ${asText} END, ${unknown})`;
  }
  return `COALESCE(${asText}, ${unknown})`;
}
