/** A parsed to_date/to_timestamp format: `DD-MM-YYYY`, `YYYYMMDD`, `YYYY-MM-DD HH24:MI:SS`. */
export type DateFormatPart =
  { kind: 'field'; field: 'YYYY' | 'MM' | 'DD' | 'HH24' | 'MI' | 'SS' } | { kind: 'literal'; text: string };

const FIELDS = ['YYYY', 'HH24', 'MM', 'DD', 'MI', 'SS'] as const;

export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD';
export const DEFAULT_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS';

export function parseDateFormat(format: string): DateFormatPart[] {
  const parts: DateFormatPart[] = [];
  let i = 0;
  while (i < format.length) {
    const field = FIELDS.find((f) => format.startsWith(f, i));
    if (field) {
      parts.push({ kind: 'field', field });
      i += field.length;
      continue;
    }
    const last = parts[parts.length - 1];
    if (last?.kind === 'literal') last.text += format[i];
    else parts.push({ kind: 'literal', text: format[i]! });
    i++;
  }
  return parts;
}

/** Unknown letters in a format are almost always a typo (`YYY`, `mm`); reported by the resolver. */
export function invalidFormatLetters(format: string): string[] {
  return parseDateFormat(format)
    .filter((p): p is { kind: 'literal'; text: string } => p.kind === 'literal')
    .flatMap((p) => p.text.match(/[A-Za-z]+/g) ?? []);
}

/**
 * A regular expression accepting the shape of the format (digits where fields are). Month and day 0
 * are refused here: PostgreSQL's to_date reads them as 1 (`20111200` → 2011-12-01), where an unknown
 * day (the BRP writes 00) must stay unknown on every engine.
 */
export function dateFormatPattern(parts: DateFormatPart[]): string {
  const field: Record<string, string> = {
    YYYY: '[0-9]{4}',
    MM: '(0?[1-9]|1[0-9])',
    DD: '(0?[1-9]|[1-3][0-9])',
    HH24: '[0-9]{1,2}',
    MI: '[0-9]{2}',
    SS: '[0-9]{2}',
  };
  return `^${parts.map((p) => (p.kind === 'field' ? field[p.field] : p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`;
}
