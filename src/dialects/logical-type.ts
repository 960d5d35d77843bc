import type { GeometryKind } from '../model/model-types.js';

/** Engine-neutral column types; each dialect maps them to its own (`types` in each engine's dialect). */
export type LogicalType =
  | { kind: 'varchar'; length: number }
  | { kind: 'text' }
  | { kind: 'smallint' }
  | { kind: 'integer' }
  | { kind: 'bigint' }
  | { kind: 'decimal'; precision: number; scale: number }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'time' }
  | { kind: 'uuid' }
  | { kind: 'geometry'; geometry: GeometryKind }
  | { kind: 'blob' }
  | { kind: 'json' };

export type LogicalTypeKind = LogicalType['kind'];
