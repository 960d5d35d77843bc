import { finding, type Finding } from '../finding.js';
import type { IstandaardMessage } from '../message-types.js';

/** Collects findings for one message; `retourCode` defaults to 0001 (CD/CS/in-message TR). */
export class Reporter {
  readonly findings: Finding[] = [];
  report(rule: string, path: string, message: string, retourCode = '0001'): void {
    this.findings.push(finding(rule, path, message, { retourCode }));
  }
}

/** A rule family: one function that may report several rule ids for the message types it knows. */
export type MessageCheck = (message: IstandaardMessage, r: Reporter) => void;

export const idx = (path: string, name: string, i: number): string => `${path}/${name}[${i + 1}]`;

/** Adds years to an ISO date (2024-02-29 + 1 → 2025-02-28 is close enough for these windows). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${date.slice(4)}`;
}

export function lastDayOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 8)}${String(d).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Periods [begin, end] with an open end meaning "no end"; true when they share at least one day. */
export function overlaps(a: { begin: string; end?: string }, b: { begin: string; end?: string }): boolean {
  return (a.end === undefined || b.begin <= a.end) && (b.end === undefined || a.begin <= b.end);
}

/** BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isValidBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (bsn.charCodeAt(i) - 48);
  sum -= bsn.charCodeAt(8) - 48;
  return sum !== 0 && sum % 11 === 0;
}

/** A value computed on first use: paths are only built when a rule reports. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}
