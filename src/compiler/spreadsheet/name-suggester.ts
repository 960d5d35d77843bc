import { foldName, nearestNames } from '../../diagnostics/suggest.js';

/**
 * `nearestNames` over a fixed, large list (all classes, all enumerations), folding the list once.
 * Candidates that `nearestNames` would reject by length alone are left out before calling it, so the
 * answer is the same, only cheaper when a workbook has many unknown names.
 */
export class NameSuggester {
  private readonly folded: { name: string; folded: string }[];

  constructor(names: Iterable<string>) {
    this.folded = [...new Set(names)].map((name) => ({ name, folded: foldName(name) }));
  }

  nearest(name: string, limit = 3): string[] {
    const target = foldName(name);
    const reach = Math.max(2, Math.ceil(target.length / 3));
    const possible = this.folded.filter(
      (c) =>
        Math.abs(c.folded.length - target.length) <= reach ||
        (target.length >= 3 && (c.folded.includes(target) || target.includes(c.folded))),
    );
    return nearestNames(
      name,
      possible.map((c) => c.name),
      limit,
    );
  }
}
