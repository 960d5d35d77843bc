import { mapBatchRefs } from '../passes/batch-set-pass.js';
import { BATCH_SET, STAGE, type BatchBound, type PlanExpr, type PlanStep } from '../plan/load-plan.js';
import type { ResolvedSource } from '../resolve/resolved-mapping.js';
import type { LoadSqlWriter } from './load-sql-writer.js';

// Batch sets (batchSetPass): the SQL that lets one pass apply several pending batches, as if one by
// one. The load emitter calls these where its plan has a set (`LoadEmitter.set`).

/**
 * The oldest pending batches in load order, numbered 1, 2, … (`seq`): at most `maxBatches`, and past
 * the first only while their driving rows add up to at most `maxRows`.
 */
export function pickBatchSet(
  e: LoadSqlWriter,
  s: Extract<PlanStep, { kind: 'pick-batch' }>,
  bound: BatchBound,
): string[] {
  const b = e.id('_batch_id');
  const order = `ORDER BY p.loaded_at, p.batch_text`;
  const pending =
    `SELECT b.batch_id, ${e.x.text('b.batch_id')} AS batch_text, b.loaded_at, b.row_count FROM (` +
    `SELECT ${b} AS batch_id, MIN(CAST(${e.id('_loaded_at')} AS ${e.type({ kind: 'timestamp' })})) AS loaded_at, COUNT(*) AS row_count FROM ${e.table('bronze', s.source)} GROUP BY ${b}) b\n` +
    `WHERE ${e.notApplied(s.mapping, 'b.batch_id')}`;
  const select =
    `SELECT q.batch_id, q.batch_text, q.loaded_at, q.seq FROM (\n` +
    `SELECT p.batch_id, p.batch_text, p.loaded_at, ROW_NUMBER() OVER (${order}) AS seq, SUM(p.row_count) OVER (${order} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rows_upto\n` +
    `FROM (${pending}) p) q\n` +
    `WHERE q.seq <= ${Math.floor(bound.maxBatches)} AND (q.seq = 1 OR q.rows_upto <= ${Math.floor(bound.maxRows)})`;
  return [
    `DROP TABLE IF EXISTS ${e.temp(BATCH_SET.chain)}`,
    `DROP TABLE IF EXISTS ${e.temp(STAGE.stage)}`,
    `DROP TABLE IF EXISTS ${e.temp(STAGE.batch)}`,
    e.d.createTempTable(STAGE.batch, select),
  ];
}

/** A `batch` expression read from the row's own batch (the ggm_batch row joined as _ggm_b). */
export function perRowBatch(expr: PlanExpr): PlanExpr {
  return mapBatchRefs(expr, (field) => ({
    kind: 'column',
    source: BATCH_SET.alias,
    column: field === 'id' ? 'batch_text' : 'loaded_at',
    at: 0,
  }));
}

export function batchSetColumns(e: LoadSqlWriter): string[] {
  const b = (c: string) => `${e.id(BATCH_SET.alias)}.${e.id(c)}`;
  return [
    `${b('seq')} AS ${e.id(BATCH_SET.seq)}`,
    `${b('batch_text')} AS ${e.id(BATCH_SET.batchText)}`,
    `${b('loaded_at')} AS ${e.id(BATCH_SET.loadedAt)}`,
  ];
}

/**
 * The batches of the set joined to the driving rows, and per `latest` source the newest batch of
 * that table loaded at or before each batch of the set.
 */
export function batchSetJoins(e: LoadSqlWriter, driving: string, joined: ResolvedSource[]): string {
  const b = e.id(BATCH_SET.alias);
  let from = `\n  JOIN ${e.temp(STAGE.batch)} ${b} ON ${e.id(driving)}.${e.id('_batch_id')} = ${b}.batch_id`;
  for (const j of joined) {
    // `latest` reads every batch; `same` joins on the row's own batch.
    if (j.latest || j.join!.batch === 'same') continue;
    const latest = e.id(`_ggm_latest_${j.alias}`);
    const pick = e.latestBatchOf(j.table, 'x.loaded_at');
    from += `\n  JOIN (SELECT x.seq, ${pick} AS batch_id FROM ${e.temp(STAGE.batch)} x) ${latest} ON ${latest}.seq = ${b}.seq`;
  }
  return from;
}

export function batchSetJoinRows(e: LoadSqlWriter, j: ResolvedSource): string {
  const batch =
    j.join!.batch === 'same'
      ? `${e.id(BATCH_SET.alias)}.batch_id`
      : `${e.id(`_ggm_latest_${j.alias}`)}.batch_id`;
  return `${e.id(j.alias)}.${e.id('_batch_id')} = ${batch}`;
}

/**
 * ggm_chain: the loadable staged rows, with what batch-by-batch application would do with each.
 * Per object in batch order (`_first_row` is its first row in the set), a row `_changes` the object
 * when it differs from the row before it, or, for the first, when no current silver row equals it.
 * Snapshot: every change becomes a version, closed by the next change (`_next_valid_from`); the
 * first row closes the open versions that differ from it (closeChanged). None: the last change is
 * the row that stays (deleteChanged, insertRows). Events: the first row per object and valid_from
 * (`_first_seen`) is the one appended.
 */
export function chainBatches(e: LoadSqlWriter, step: Extract<PlanStep, { kind: 'chain-batches' }>): string[] {
  return [e.d.createTempTable(BATCH_SET.chain, chainSelect(e, step))];
}

/**
 * The query of ggm_chain. With `targetEmpty` the first row of an object always changes it (a model
 * that rebuilds the table from all of bronze compares with nothing).
 */
export function chainSelect(
  e: LoadSqlWriter,
  step: Extract<PlanStep, { kind: 'chain-batches' }>,
  targetEmpty = false,
): string {
  if (!e.set) throw new Error('chain-batches needs a batch set on pick-batch');
  const w = step.write;
  const k = BATCH_SET;
  const seq = (a: string) => `${a}.${e.id(k.seq)}`;
  const object = (a: string) =>
    (w.identity ?? []).length > 0
      ? w.identity!.map((c) => `${a}.${e.id(c)}`).join(', ')
      : `${a}.${e.id(STAGE.key)}`;
  // Tombstones stay in the chain: a tombstone is a change of its object (it deletes or closes it),
  // and the row after it is a change too, as it would be inserted anew batch by batch.
  const stage = `FROM ${e.temp(STAGE.stage)} s WHERE ${w.tombstones ? e.lastAccepted() : e.loadable(w)}`;
  if (step.mode === 'events') {
    const validFrom = `s.${e.id(STAGE.validFrom)}`;
    return `SELECT s.*, ${e.flag(`(${validFrom} IS NULL OR ROW_NUMBER() OVER (PARTITION BY ${object('s')}, ${validFrom} ORDER BY ${seq('s')}) = 1)`)} AS ${e.id(k.firstSeen)}\n${stage}`;
  }
  const t = e.table(w.schema, w.table);
  const open = step.mode === 'snapshot' && w.history ? ` AND t.${e.id(w.history.validTo)} IS NULL` : '';
  const byObject = `PARTITION BY ${object('s')} ORDER BY ${seq('s')}`;
  const hash = w.tombstones
    ? `CASE WHEN ${e.isSet(`s.${e.id(STAGE.delete)}`)} THEN ${e.str('tombstone')} ELSE s.${e.id(STAGE.rowHash)} END`
    : `s.${e.id(STAGE.rowHash)}`;
  const prev =
    `SELECT s.*, ${hash} AS ${e.id(k.hash)}, ${e.flag(`ROW_NUMBER() OVER (${byObject}) = 1`)} AS ${e.id(k.firstRow)}, ` +
    `LAG(${hash}) OVER (${byObject}) AS ${e.id(k.prevHash)}\n${stage}`;
  // The first row changes the object unless a current silver row equals it; a later row when it
  // differs from the row before it.
  const p = (name: string) => `p.${e.id(name)}`;
  const first = e.isSet(p(k.firstRow));
  // With no target nothing equals the row: FALSE, or `1 = 0` where booleans are no values (T-SQL).
  const equalNow = targetEmpty
    ? e.d.capabilities.booleans === 'native'
      ? 'FALSE'
      : '1 = 0'
    : `EXISTS (SELECT 1 FROM ${t} t WHERE ${e.sameObject(w, 't', 'p')}${open} AND ${e.targetHash(w, 't')} = ${p(k.hash)})`;
  const changes =
    `SELECT p.*, ${e.flag(`((${first} AND NOT ${equalNow}) OR (NOT ${first} AND ${p(k.prevHash)} <> ${p(k.hash)}))`)} AS ${e.id(k.changes)}\n` +
    `FROM (${prev}) p`;
  const c = (name: string) => `c.${e.id(name)}`;
  const changed = e.isSet(c(k.changes));
  const byChange = `PARTITION BY ${c(k.changes)}, ${object('c')} ORDER BY ${seq('c')}`;
  const select =
    `SELECT c.*,\n  ${e.flag(`${changed} AND ROW_NUMBER() OVER (${byChange}) = 1`)} AS ${e.id(k.firstChange)},\n  ` +
    `${e.flag(`${changed} AND ROW_NUMBER() OVER (${byChange} DESC) = 1`)} AS ${e.id(k.lastChange)},\n  ` +
    `CASE WHEN ${changed} THEN LEAD(${c(STAGE.validFrom)}) OVER (${byChange}) END AS ${e.id(k.nextValidFrom)}\n` +
    `FROM (${changes}) c`;
  return select;
}
