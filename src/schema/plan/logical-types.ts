import type { GeometryKind, PrimitiveKind } from '../../model/model-types.js';
import type { LogicalType } from '../schema-plan.js';

type Primitive = { primitive: PrimitiveKind; length?: number; precision?: number; scale?: number };

/** GGM primitive → engine-neutral type. The reasons for each choice are in docs/schema.md. */
const PRIMITIVE_TYPES: Record<PrimitiveKind, (t: Primitive) => LogicalType> = {
  string: (t) => (t.length ? { kind: 'varchar', length: t.length } : { kind: 'text' }),
  text: () => ({ kind: 'text' }),
  // N<n>: up to 9 digits fit an integer, more need a bigint.
  integer: (t) => ((t.precision ?? 0) > 9 ? { kind: 'bigint' } : { kind: 'integer' }),
  decimal: (t) => ({ kind: 'decimal', precision: t.precision ?? 18, scale: t.scale ?? 6 }),
  money: (t) => ({ kind: 'decimal', precision: t.precision ?? 15, scale: t.scale ?? 2 }),
  boolean: () => ({ kind: 'boolean' }),
  date: () => ({ kind: 'date' }),
  datetime: () => ({ kind: 'timestamp' }),
  time: () => ({ kind: 'time' }),
  year: () => ({ kind: 'smallint' }),
  // OnvolledigeDatum: a date whose day or month may be unknown, `2020-00-00` or `2020`.
  partialDate: () => ({ kind: 'varchar', length: 10 }),
  uuid: () => ({ kind: 'uuid' }),
  nen3610id: () => ({ kind: 'varchar', length: 255 }),
  geometry: () => ({ kind: 'geometry', geometry: 'any' }),
  blob: () => ({ kind: 'blob' }),
  email: () => ({ kind: 'varchar', length: 254 }),
  url: () => ({ kind: 'varchar', length: 2048 }),
  iban: () => ({ kind: 'varchar', length: 34 }),
  phone: () => ({ kind: 'varchar', length: 20 }),
};

export function primitiveType(t: Primitive & { geometry?: GeometryKind }): LogicalType {
  if (t.primitive === 'geometry') return { kind: 'geometry', geometry: t.geometry ?? 'any' };
  return PRIMITIVE_TYPES[t.primitive](t);
}

export const KEY_TYPE: LogicalType = { kind: 'bigint' };
export const ENUM_KEY_TYPE: LogicalType = { kind: 'integer' };
export const TEXT_TYPE: LogicalType = { kind: 'text' };
export const TIMESTAMP_TYPE: LogicalType = { kind: 'timestamp' };
