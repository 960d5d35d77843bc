// The data parameters as the caller writes them (`fields`, `sort`, `filter`) → the governed read's terms.
// Names are only checked for their shape here; whether a column may be used is the policy's to say.
import type { FilterOperator, ReadFilter, ReadSort } from '../governance/governed-read.js';

const NAME = '[a-z0-9_]{1,63}';
export const FIELDS_PATTERN = `^${NAME}(,${NAME})*$`;
export const SORT_PATTERN = `^-?${NAME}(,-?${NAME})*$`;
export const FILTER_PATTERN = `^${NAME}:(eq|ne|lt|le|gt|ge|in|like):[^\\u0000]{0,200}$`;

export const DATA_PARAMS = {
  fields: { type: 'string', pattern: FIELDS_PATTERN, description: 'Kolommen, gescheiden door komma’s.' },
  sort: {
    type: 'string',
    pattern: SORT_PATTERN,
    description: 'Sorteerkolommen, gescheiden door komma’s; een - ervoor sorteert aflopend.',
  },
  filter: {
    type: 'array',
    maxItems: 10,
    items: { type: 'string', pattern: FILTER_PATTERN },
    description:
      'Filters `kolom:operator:waarde` (eq, ne, lt, le, gt, ge, in met waarden gescheiden door |, like).',
  },
} as const;

export function parseFields(fields: string | undefined): string[] | undefined {
  return fields ? fields.split(',') : undefined;
}

export function parseSort(sort: string | undefined): ReadSort[] {
  if (!sort) return [];
  return sort
    .split(',')
    .map((s) =>
      s.startsWith('-') ? { column: s.slice(1), descending: true } : { column: s, descending: false },
    );
}

export function parseFilters(filters: readonly string[] | undefined): ReadFilter[] {
  return (filters ?? []).map((f) => {
    const first = f.indexOf(':');
    const second = f.indexOf(':', first + 1);
    const column = f.slice(0, first);
    const op = f.slice(first + 1, second) as FilterOperator;
    const raw = f.slice(second + 1);
    return { column, op, value: op === 'in' ? raw.split('|') : raw };
  });
}
