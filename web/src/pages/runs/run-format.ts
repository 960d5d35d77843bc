// Small formatters shared by the overview, runs and quarantine pages.
import { formatDateTimeShort, formatNumber, type Language } from '../../i18n/local-format.js';

export type { Language };

/** "2,4 s", "3 min 5 s", or "–" when the end is unknown. */
export function duration(start: unknown, end: unknown, language: Language): string {
  if (typeof start !== 'string' || typeof end !== 'string') return '–';
  const ms = Date.parse(end) - Date.parse(start);
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 60_000) return `${formatNumber(ms / 1000, language, 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function dateTime(value: unknown, language: Language): string {
  if (typeof value !== 'string' || value === '') return '–';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatDateTimeShort(date, language);
}

export function amount(value: unknown, language: Language): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '–' : String(value);
  return formatNumber(value, language);
}

/** A cell value as text: null as a dash, objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
