/** Normalises a name for comparison: lower case, no diacritics, no separators. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols);
    cur[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

/**
 * The candidates nearest to `name`, best first: names containing it or contained in it rank by length
 * difference, others by edit distance (up to a third of the name's length).
 */
export function nearestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const target = foldName(name);
  const scored: { candidate: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const folded = foldName(candidate);
    let score: number;
    if (folded === target) score = 0;
    else if (target.length >= 3 && (folded.includes(target) || target.includes(folded)))
      score = 1 + Math.abs(folded.length - target.length) / 100;
    else {
      const d = editDistance(target, folded);
      if (d > Math.max(2, Math.ceil(target.length / 3))) continue;
      score = 1 + d;
    }
    scored.push({ candidate, score });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** `did you mean X, Y?` or undefined when nothing is near. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const near = nearestNames(name, candidates);
  return near.length > 0 ? `did you mean ${near.join(', ')}?` : undefined;
}
