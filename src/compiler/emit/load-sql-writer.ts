import type { BatchBound, TargetWrite } from '../plan/load-plan.js';
import type { LogicalType } from '../../dialects/logical-type.js';
import type { MappingDialect } from '../../dialects/mapping-dialect.js';
import type { ExpressionEmitter } from './emit-expression.js';

/**
 * What the batch-set emitters (emit-batch-set.ts) use of the load emitter: names, types and the shared
 * fragments. An interface of its own, so the load emitter and the batch-set SQL do not import each other.
 */
export interface LoadSqlWriter {
  readonly d: MappingDialect;
  readonly x: ExpressionEmitter;
  /** Set when one pass applies several batches. */
  readonly set?: BatchBound;
  id(name: string): string;
  /** A stage table (session temporary) by its name in STAGE or BATCH_SET. */
  temp(name: string): string;
  /** A predicate as a stored flag, and a stored flag as a predicate (the dialect's `booleans`). */
  flag(predicate: string): string;
  isSet(flag: string): string;
  table(schema: string, name: string): string;
  str(text: string): string;
  type(t: LogicalType): string;
  latestBatchOf(table: string, atSql: string): string;
  notApplied(mapping: string, batchSql: string): string;
  loadable(w: TargetWrite): string;
  lastAccepted(): string;
  targetHash(w: TargetWrite, alias: string): string;
  sameObject(w: TargetWrite, t: string, s?: string): string;
}
