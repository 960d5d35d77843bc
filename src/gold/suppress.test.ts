import { describe, expect, it } from 'vitest';
import { GOLD_TOTAL } from './gold-table.js';
import { cellKey, recomputableCells, suppressCells, type GoldCell } from './suppress.js';

/** Every cell of a CUBE over the leaves (additive, as counts of persons in disjoint groups are). */
function cube(leaves: Record<string, number>, dims: string[], period = '2025H1'): GoldCell[] {
  const sums = new Map<string, { dims: Record<string, string>; n: number }>();
  for (const [key, n] of Object.entries(leaves)) {
    const values = key.split('|');
    for (let mask = 0; mask < 1 << dims.length; mask++) {
      const cellDims = Object.fromEntries(dims.map((d, i) => [d, mask & (1 << i) ? GOLD_TOTAL : values[i]!]));
      const k = dims.map((d) => cellDims[d]).join('|');
      const s = sums.get(k) ?? { dims: cellDims, n: 0 };
      s.n += n;
      sums.set(k, s);
    }
  }
  return [...sums.values()].map((s) => ({
    period,
    periodStart: '2025-01-01',
    periodEnd: '2025-06-30',
    grain: 'halfyear',
    dims: s.dims,
    numerator: s.n,
    denominator: null,
    persons: s.n,
    value: s.n,
    suppressed: false,
  }));
}

/** What is published: suppressed cells without figures. */
const published = (cells: GoldCell[]) =>
  cells.map((c) => ({ ...c, numerator: c.suppressed ? null : c.numerator }));

/** A small deterministic PRNG, so the random tables are the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('suppressCells', () => {
  it('hides a small cell and enough others that the margins do not give it back', () => {
    const dims = ['wet', 'leeftijd'];
    const cells = cube({ 'Wmo|0-17': 3, 'Wmo|18+': 40, 'Jeugdwet|0-17': 25, 'Jeugdwet|18+': 12 }, dims);
    // without secondary suppression the checker recovers the small cell (it can fail)
    const primaryOnly = cells.map((c) => ({ ...c, suppressed: (c.persons ?? 0) < 5 }));
    expect(recomputableCells(published(primaryOnly), dims).map((r) => r.recovered)).toContain(3);
    const { primary, secondary } = suppressCells(cells, dims, 5);
    expect(primary).toBe(1);
    expect(secondary).toBeGreaterThanOrEqual(3);
    expect(recomputableCells(published(cells), dims)).toEqual([]);
    // deterministic: the next-smallest cells are chosen (12 in the row of Wmo|0-17's column partner …)
    const hidden = cells.filter((c) => c.suppressed).map((c) => cellKey(c, dims));
    const again = cube({ 'Wmo|0-17': 3, 'Wmo|18+': 40, 'Jeugdwet|0-17': 25, 'Jeugdwet|18+': 12 }, dims);
    suppressCells(again, dims, 5);
    expect(again.filter((c) => c.suppressed).map((c) => cellKey(c, dims))).toEqual(hidden);
  });

  it('hides a total whose only part is small', () => {
    const dims = ['wet'];
    const cells = cube({ Wmo: 2 }, dims);
    suppressCells(cells, dims, 5);
    expect(cells.every((c) => c.suppressed)).toBe(true);
  });

  it('leaves a table without small cells alone, and threshold 0 switches suppression off', () => {
    const dims = ['wet'];
    const cells = cube({ Wmo: 20, Jeugdwet: 30 }, dims);
    expect(suppressCells(cells, dims, 5)).toEqual({ primary: 0, secondary: 0 });
    const small = cube({ Wmo: 1, Jeugdwet: 2 }, dims);
    expect(suppressCells(small, dims, 0)).toEqual({ primary: 0, secondary: 0 });
  });

  it('for sums of events, also protects a small half-year against the year minus the other half', () => {
    const cell = (
      period: string,
      grain: string,
      start: string,
      end: string,
      persons: number,
      euro: number,
    ) => ({
      period,
      periodStart: start,
      periodEnd: end,
      grain,
      dims: {},
      numerator: euro,
      denominator: null,
      persons,
      value: euro,
      suppressed: false,
    });
    const make = () => [
      cell('2025H1', 'halfyear', '2025-01-01', '2025-06-30', 2, 100),
      cell('2025H2', 'halfyear', '2025-07-01', '2025-12-31', 10, 500),
      cell('2025', 'year', '2025-01-01', '2025-12-31', 11, 600),
    ];
    const primaryOnly = make().map((c) => ({ ...c, suppressed: c.persons < 5 }));
    expect(recomputableCells(published(primaryOnly), [], true).map((r) => r.recovered)).toEqual([100]);
    const cells = make();
    expect(suppressCells(cells, [], 5, true)).toEqual({ primary: 1, secondary: 1 });
    expect(cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(recomputableCells(published(cells), [], true)).toEqual([]);
  });

  it('on random tables of 1–3 dimensions: every small cell hidden, none recomputable', () => {
    const random = prng(42);
    for (let round = 0; round < 300; round++) {
      const dims = ['a', 'b', 'c'].slice(0, 1 + Math.floor(random() * 3));
      const sizes = dims.map(() => 1 + Math.floor(random() * 4));
      const leaves: Record<string, number> = {};
      const walk = (prefix: string[]) => {
        if (prefix.length === dims.length) {
          // some leaves absent (no persons), many small
          if (random() < 0.2) return;
          leaves[prefix.join('|')] = 1 + Math.floor(random() ** 2 * 30);
          return;
        }
        for (let v = 0; v < sizes[prefix.length]!; v++) walk([...prefix, `v${v}`]);
      };
      walk([]);
      if (Object.keys(leaves).length === 0) continue;
      const cells = [...cube(leaves, dims, '2025H1'), ...cube(leaves, dims, '2025H2')];
      suppressCells(cells, dims, 5);
      for (const c of cells) if ((c.persons ?? 0) < 5) expect(c.suppressed).toBe(true);
      expect(recomputableCells(published(cells), dims), `round ${round}`).toEqual([]);
    }
  });
});
