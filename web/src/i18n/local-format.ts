// Numbers and dates in Dutch and English, written without Intl. The first Intl formatter a page makes
// loads the browser's locale data: 40–110 ms on the main thread (measured in headless Chromium), and the
// overview wrote its first date before it could show anything. The app knows two languages and a few
// fixed patterns, which are these (test/web/local-format.test.ts holds them to what Intl writes).

export type Language = 'nl' | 'en';

const SEPARATORS = { nl: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;
const MONTHS = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
} as const;

const two = (n: number) => String(n).padStart(2, '0');

/** `1.234.567,9` (nl) or `1,234,567.9` (en): grouped thousands, at most `maximumFractionDigits`. */
export function formatNumber(
  value: number,
  language: Language,
  maximumFractionDigits = 0,
  minimumFractionDigits = 0,
): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value < 0 ? '-∞' : '∞';
  const { group, decimal } = SEPARATORS[language];
  const fixed = Math.abs(value).toFixed(maximumFractionDigits);
  // toFixed writes 1e21 and beyond with an exponent
  if (/e/i.test(fixed)) return value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');
  const [whole = '0', fraction = ''] = fixed.split('.');
  let digits = fraction.replace(/0+$/, '');
  if (digits.length < minimumFractionDigits) digits = digits.padEnd(minimumFractionDigits, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${digits ? decimal + digits : ''}`;
}

/** `7 mrt 2026, 08:04` (nl) or `7 Mar 2026, 08:04` (en), in the browser's time zone. */
export function formatDateTimeShort(date: Date, language: Language): string {
  return (
    `${date.getDate()} ${MONTHS[language][date.getMonth()]} ${date.getFullYear()}, ` +
    `${two(date.getHours())}:${two(date.getMinutes())}`
  );
}

/** `7-3-2026` (nl) or `07/03/2026` (en). */
export function formatDate(date: Date, language: Language): string {
  return language === 'nl'
    ? `${date.getDate()}-${date.getMonth() + 1}-${date.getFullYear()}`
    : `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** `7-3-2026, 08:04:05` (nl) or `07/03/2026, 08:04:05` (en). */
export function formatDateTime(date: Date, language: Language): string {
  return `${formatDate(date, language)}, ${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}
