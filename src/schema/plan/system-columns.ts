import type { NameStyle } from '../naming/name-style.js';
import type { PlanColumn, PlanTable } from '../schema-plan.js';
import { TIMESTAMP_TYPE } from './logical-types.js';
import { addColumn, type PlanContext } from './plan-context.js';

/** Names of the history and load-metadata columns, in the chosen naming style. */
export function systemColumnNames(style: NameStyle) {
  return {
    validFrom: style.join('valid', 'from'),
    validTo: style.join('valid', 'to'),
    registeredAt: style.join('registered', 'at'),
    batchId: style.join('load', 'batch', 'id'),
    source: style.join('load', 'source'),
    loadedAt: style.join('loaded', 'at'),
    rowHash: style.join('row', 'hash'),
  };
}

/** Appends history (tijdlijn geldigheid/registratie) and load-metadata columns when switched on. */
export function addSystemColumns(ctx: PlanContext, table: PlanTable): void {
  const n = systemColumnNames(ctx.style);
  const add = (name: string, type: PlanColumn['type'], role: 'history' | 'load', comment: string) =>
    addColumn(ctx, table, { name, type, nullable: true, role, ...(ctx.options.comments ? { comment } : {}) });
  if (ctx.options.history) {
    add(n.validFrom, TIMESTAMP_TYPE, 'history', 'start of validity (tijdlijn geldigheid)');
    add(n.validTo, TIMESTAMP_TYPE, 'history', 'end of validity, exclusive; empty while valid');
    add(n.registeredAt, TIMESTAMP_TYPE, 'history', 'when this version was registered (tijdlijn registratie)');
  }
  if (ctx.options.loadMetadata) {
    add(n.batchId, { kind: 'varchar', length: 64 }, 'load', 'load batch that wrote this row');
    add(n.source, { kind: 'varchar', length: 255 }, 'load', 'source system or file');
    add(n.loadedAt, TIMESTAMP_TYPE, 'load', 'when the row was loaded');
    add(
      n.rowHash,
      { kind: 'varchar', length: 64 },
      'load',
      'hash of the attribute values, for change detection',
    );
  }
}
