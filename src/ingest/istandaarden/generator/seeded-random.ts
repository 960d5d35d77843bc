/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** ISO date arithmetic without a clock. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function monthStart(date: string): string {
  return `${date.slice(0, 8)}01`;
}

export function nextMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function monthEnd(date: string): string {
  return addDays(nextMonth(date), -1);
}

/** A BSN that passes the 11-proef, derived from a counter so clients never share one. */
export function makeBsn(n: number): string {
  // Two candidate prefixes per n: their weighted sums differ by 2, so at most one gives remainder 10.
  for (const prefix of [10_000_000 + 2 * n, 10_000_001 + 2 * n]) {
    const digits = String(prefix);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
    const last = sum % 11;
    if (last < 10) return `${digits}${last}`;
  }
  throw new Error('unreachable');
}
