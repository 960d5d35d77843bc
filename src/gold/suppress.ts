import { GOLD_TOTAL } from './gold-table.js';

/** One aggregated cell of a metric before publication (unsuppressed figures). */
export interface GoldCell {
  period: string;
  periodStart: string;
  periodEnd: string;
  grain: string;
  /** Dimension values by dimension name, GOLD_TOTAL for a margin. */
  dims: Record<string, string>;
  numerator: number | null;
  denominator: number | null;
  /** Distinct persons behind the cell; null when the metric counts no persons. */
  persons: number | null;
  value: number | null;
  suppressed: boolean;
}

/**
 * An additive relation of one breakdown: the margin cell equals the sum of the cells that differ from
 * it only in one dimension (missing cells are known zeros).
 */
export interface MarginEquation {
  total: GoldCell;
  parts: GoldCell[];
}

/** The margin equations of one period's cells, over every dimension. Deterministic order. */
export function marginEquations(cells: readonly GoldCell[], dimensions: readonly string[]): MarginEquation[] {
  const byKey = new Map<string, GoldCell[]>();
  const equations: MarginEquation[] = [];
  for (const [i, dim] of dimensions.entries()) {
    byKey.clear();
    for (const c of cells) {
      if (c.dims[dim] === GOLD_TOTAL) continue;
      const k = keyWithout(c, dimensions, i);
      const list = byKey.get(k);
      if (list) list.push(c);
      else byKey.set(k, [c]);
    }
    for (const c of cells) {
      if (c.dims[dim] !== GOLD_TOTAL) continue;
      equations.push({ total: c, parts: byKey.get(keyWithout(c, dimensions, i)) ?? [] });
    }
  }
  return equations;
}

/**
 * Every additive relation among the cells: the margins of each period, and, when the figure adds up
 * over time (counts and sums of events), each period as the sum of the shorter periods inside it
 * (a year is its half-years, its quarters, its months) for the same dimension values.
 */
export function allEquations(
  cells: readonly GoldCell[],
  dimensions: readonly string[],
  additiveOverTime = false,
): MarginEquation[] {
  const equations = groupByPeriod(cells).flatMap((period) => marginEquations(period, dimensions));
  if (!additiveOverTime) return equations;
  const byDims = new Map<string, GoldCell[]>();
  for (const c of cells) {
    const k = dimensions.map((d) => c.dims[d]).join('\u0000');
    const list = byDims.get(k);
    if (list) list.push(c);
    else byDims.set(k, [c]);
  }
  for (const same of byDims.values()) {
    const grains = [...new Set(same.map((c) => c.grain))];
    for (const outer of same) {
      for (const grain of grains) {
        if (grain === outer.grain) continue;
        const parts = same.filter(
          (c) => c.grain === grain && c.periodStart >= outer.periodStart && c.periodEnd <= outer.periodEnd,
        );
        // only a finer grain tiles the period; a coarser one has no part inside it
        if (
          parts.length > 0 &&
          !(
            parts.length === 1 &&
            parts[0]!.periodStart === outer.periodStart &&
            parts[0]!.periodEnd === outer.periodEnd
          )
        )
          equations.push({ total: outer, parts });
      }
    }
  }
  return equations;
}

function keyWithout(c: GoldCell, dimensions: readonly string[], skip: number): string {
  return dimensions.map((d, j) => (j === skip ? '*' : c.dims[d])).join('\u0000');
}

export const cellKey = (c: GoldCell, dimensions: readonly string[]) =>
  [c.grain, c.period, ...dimensions.map((d) => c.dims[d])].join('\u0000');

/**
 * Small-cell suppression. Primary: cells with fewer than `threshold` persons. Secondary: while some
 * margin equation has exactly one suppressed cell (which its total and the other cells would give
 * away), the unsuppressed cell of that equation with the fewest persons (then the first by key) is
 * suppressed too — to a fixed point over every margin of every period. Marks `suppressed`; returns the
 * counts. Deterministic: the same cells give the same choice on every engine.
 */
export function suppressCells(
  cells: GoldCell[],
  dimensions: readonly string[],
  threshold: number,
  additiveOverTime = false,
): { primary: number; secondary: number } {
  let primary = 0;
  let secondary = 0;
  if (threshold <= 0) return { primary, secondary };
  for (const c of cells) {
    if (c.persons !== null && c.persons < threshold) {
      c.suppressed = true;
      primary++;
    }
  }
  {
    const equations = allEquations(cells, dimensions, additiveOverTime);
    let changed = true;
    while (changed) {
      changed = false;
      for (const eq of equations) {
        const members = [eq.total, ...eq.parts];
        const hidden = members.filter((m) => m.suppressed).length;
        if (hidden !== 1) continue;
        const candidates = members
          .filter((m) => !m.suppressed)
          .sort(
            (a, b) =>
              (a.persons ?? a.numerator ?? 0) - (b.persons ?? b.numerator ?? 0) ||
              cellKey(a, dimensions).localeCompare(cellKey(b, dimensions)),
          );
        const pick = candidates[0];
        if (!pick) continue;
        pick.suppressed = true;
        secondary++;
        changed = true;
      }
    }
  }
  return { primary, secondary };
}

export function groupByPeriod(cells: readonly GoldCell[]): GoldCell[][] {
  const groups = new Map<string, GoldCell[]>();
  for (const c of cells) {
    const k = `${c.grain}\u0000${c.period}`;
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()];
}

/**
 * An attacker's try: solve every margin equation with one unknown, again and again, starting from the
 * published cells. Returns the suppressed cells it recovers (with the value it finds); an empty list
 * means no suppressed value can be recomputed from the totals and the other cells of its breakdowns.
 */
export function recomputableCells(
  published: readonly GoldCell[],
  dimensions: readonly string[],
  additiveOverTime = false,
): { cell: GoldCell; recovered: number }[] {
  const found: { cell: GoldCell; recovered: number }[] = [];
  {
    const known = new Map<GoldCell, number>();
    for (const c of published) if (!c.suppressed && c.numerator !== null) known.set(c, c.numerator);
    const equations = allEquations(published, dimensions, additiveOverTime);
    let progress = true;
    while (progress) {
      progress = false;
      for (const eq of equations) {
        const unknown = [eq.total, ...eq.parts].filter((m) => !known.has(m));
        if (unknown.length !== 1) continue;
        const u = unknown[0]!;
        const partsSum = eq.parts.reduce((s, p) => s + (known.get(p) ?? 0), 0);
        const value = u === eq.total ? partsSum : known.get(eq.total)! - partsSum;
        known.set(u, value);
        found.push({ cell: u, recovered: value });
        progress = true;
      }
    }
  }
  return found;
}

/** numerator / denominator × scale (2 decimals), or the numerator; NULL for suppressed cells. */
/** Whether a metric's figures add up over time: counts and sums of events (not distinct persons). */
export function additiveOverTime(metric: {
  time: { kind: string };
  measure: { kind: string };
  trajectories?: unknown;
}): boolean {
  return (
    !metric.trajectories &&
    metric.time.kind === 'event' &&
    (metric.measure.kind === 'count' || metric.measure.kind === 'sum')
  );
}

export function cellValue(c: GoldCell, scale: number | undefined): number | null {
  if (c.numerator === null) return null;
  if (scale === undefined) return round(c.numerator);
  if (c.denominator === null || c.denominator === 0) return null;
  return round((c.numerator / c.denominator) * scale);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
