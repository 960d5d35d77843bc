// The web app writes numbers and dates without Intl (its first use costs a page 40–110 ms): the same
// text Intl writes for the app's two languages, checked here against Node's Intl.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateTimeShort,
  formatNumber,
} from '../../web/src/i18n/local-format.js';
import { amount, dateTime, duration } from '../../web/src/pages/runs/run-format.js';

const LOCALES = [
  ['nl', 'nl-NL'],
  ['en', 'en-GB'],
] as const;

describe('numbers and dates without Intl', () => {
  it('writes numbers as toLocaleString does', () => {
    const values = [
      0,
      -0,
      1,
      7,
      999,
      1000,
      1234567,
      1234567.891,
      -1234.5,
      0.05,
      -0.04,
      2.45,
      99.96,
      1e20,
      NaN,
    ];
    for (const [language, locale] of LOCALES)
      for (const value of values)
        for (const digits of [0, 1, 2, 3]) {
          expect(formatNumber(value, language, digits), `${value} ${locale} ${digits}`).toBe(
            value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
          );
        }
    expect(formatNumber(1234567, 'nl')).toBe('1.234.567');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1e22, 'nl')).toBe((1e22).toLocaleString('nl-NL'));
  });

  it('writes dates as toLocaleString does, every month, morning and evening', () => {
    for (const [language, locale] of LOCALES)
      for (let month = 0; month < 12; month++)
        for (const [day, hour] of [
          [1, 8],
          [28, 23],
        ] as const) {
          const date = new Date(2026, month, day, hour, 4, 5);
          expect(formatDateTimeShort(date, language)).toBe(
            date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }),
          );
          expect(formatDate(date, language)).toBe(date.toLocaleDateString(locale));
          expect(formatDateTime(date, language)).toBe(date.toLocaleString(locale));
        }
  });

  it('gives the run pages their dates, amounts and durations, and a dash or the value for what is none', () => {
    const iso = '2026-12-07T18:04:05.000Z';
    expect(dateTime(iso, 'nl')).toBe(formatDateTimeShort(new Date(iso), 'nl'));
    expect(amount(1234567, 'nl')).toBe('1.234.567');
    expect(duration(iso, '2026-12-07T18:04:07.450Z', 'nl')).toBe('2,5 s');
    expect(duration(iso, '2026-12-07T18:07:10.000Z', 'en')).toBe('3 min 5 s');
    expect(dateTime('gisteren', 'nl')).toBe('gisteren');
    expect(dateTime('', 'nl')).toBe('–');
    expect(amount(null, 'nl')).toBe('–');
    expect(duration(iso, 'nooit', 'nl')).toBe('–');
  });
});
