// Rows of a gold table as OData JSON entities: each value written as its Edm type asks, whatever the
// engine returned it as (decimals as text, big integers as bigint, dates as text or Date).

import type { EdmType, ODataProperty } from './odata-entity.js';

export type EngineValue = string | number | bigint | boolean | Date | null | undefined;

export function edmValue(type: EdmType, value: EngineValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'Edm.String':
      return value instanceof Date ? value.toISOString() : String(value);
    case 'Edm.Date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? value : value === 't' || value === 'true' || value === 1;
    case 'Edm.Int64':
    case 'Edm.Decimal':
    case 'Edm.Double': {
      const n = Number(value);
      return Number.isFinite(n) ? n : null;
    }
  }
}

/** One entity: the columns in order, keyed by property name. */
export function entityOf(
  row: Record<string, EngineValue>,
  columns: readonly ODataProperty[],
): Record<string, string | number | boolean | null> {
  const entity: Record<string, string | number | boolean | null> = {};
  for (const c of columns) entity[c.name] = edmValue(c.type, row[c.name]);
  return entity;
}
