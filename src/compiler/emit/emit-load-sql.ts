import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { metaCatalogDdl, metaTables } from '../../schema/catalog/meta-catalog.js';
import type { LogicalType } from '../../schema/schema-plan.js';
import {
  BATCH_SET,
  META,
  STAGE,
  type BatchBound,
  type LoadPlan,
  type PlanExpr,
  type PlanStep,
  type StageColumn,
  type TargetWrite,
} from '../plan/load-plan.js';
import {
  batchSetColumns,
  batchSetJoinRows,
  batchSetJoins,
  chainBatches,
  perRowBatch,
  pickBatchSet,
} from './emit-batch-set.js';
import { ExpressionEmitter, PLAIN_TEXT_TYPES } from './emit-expression.js';
import type { LoadSqlWriter } from './load-sql-writer.js';
import { flagTest, flagValue, nullsLastItem, type MappingDialect } from '../../dialects/mapping-dialect.js';
import type { ResolvedSource } from '../resolve/resolved-mapping.js';

export interface EmittedLoad {
  /** Statements to run in this order, in one transaction (BEGIN/COMMIT not included). */
  statements: string[];
  diagnostics: Diagnostic[];
}

type StepEmitters = {
  [K in PlanStep['kind']]: (step: Extract<PlanStep, { kind: K }>, e: LoadEmitter) => string[];
};

/** One function per step kind; a new kind fails type-checking until it is handled here. */
const STEPS: StepEmitters = {
  'ensure-meta': (_s, e) => e.ensureMeta(),
  'pick-batch': (s, e) => e.pickBatch(s),
  stage: (s, e) => e.stage(s),
  'record-findings': (s, e) => e.findings(s),
  'chain-batches': (s, e) => chainBatches(e, s),
  merge: () => {
    throw new Error('merge must be lowered by expandHistoryPass before emitting');
  },
  'close-changed': (s, e) => e.closeChanged(s.write),
  'close-missing': (s, e) => e.closeMissing(s.write),
  'delete-changed': (s, e) => e.deleteChanged(s.write),
  'delete-tombstoned': (s, e) => e.deleteTombstoned(s.write),
  'close-tombstoned': (s, e) => e.closeTombstoned(s.write),
  'insert-rows': (s, e) => e.insertRows(s.write, s.unless),
  'record-batch': (s, e) => e.recordBatch(s),
  'drop-stage': (_s, e) => [
    ...(e.set ? [`DROP TABLE ${e.temp(BATCH_SET.chain)}`] : []),
    `DROP TABLE ${e.temp(STAGE.stage)}`,
    `DROP TABLE ${e.temp(STAGE.batch)}`,
  ],
};

/** A lowered load plan → SQL statements for one engine. Pure. */
export function emitLoadSql(plan: LoadPlan, dialect: MappingDialect): EmittedLoad {
  const e = new LoadEmitter(dialect, batchSetOf(plan));
  const statements: string[] = [];
  for (const step of plan.steps) {
    const emit = STEPS[step.kind] as (s: PlanStep, e: LoadEmitter) => string[];
    statements.push(...emit(step, e));
    // Helper functions live in schema meta, which ensure-meta creates.
    if (step.kind === 'ensure-meta') statements.push(...dialect.prelude);
  }
  return { statements: statements.map((s) => s.replace(/ +\n/g, '\n')), diagnostics: e.x.diagnostics };
}

/** The statements as a script that runs in one transaction. */
export function formatLoadScript(
  statements: string[],
  dialect: MappingDialect,
  header: string[] = [],
): string {
  return [
    ...header.map((h) => `-- ${h}`),
    `${dialect.beginTransaction};`,
    ...statements.map((s) => `${s};`),
    `${dialect.commitTransaction};`,
    '',
  ].join('\n\n');
}

/** A query returning how many batches of the driving table are not yet applied for the mapping. */
export function pendingBatchesSql(plan: LoadPlan, dialect: MappingDialect): string {
  const e = new LoadEmitter(dialect);
  const pick = plan.steps.find(
    (s): s is Extract<PlanStep, { kind: 'pick-batch' }> => s.kind === 'pick-batch',
  )!;
  return `SELECT COUNT(DISTINCT ${e.id('_batch_id')}) AS pending FROM ${e.table('bronze', pick.source)} WHERE ${e.notApplied(pick.mapping, e.id('_batch_id'))}`;
}

/** The bound of a plan that applies several batches per pass (batchSetPass), else undefined. */
export function batchSetOf(plan: LoadPlan): BatchBound | undefined {
  const pick = plan.steps.find((s) => s.kind === 'pick-batch');
  return pick?.kind === 'pick-batch' && plan.steps.some((s) => s.kind === 'chain-batches')
    ? pick.set
    : undefined;
}

export class LoadEmitter implements LoadSqlWriter {
  readonly x: ExpressionEmitter;

  constructor(
    readonly d: MappingDialect,
    /** Set when one pass applies several batches: rows carry their batch, merges read ggm_chain. */
    readonly set?: BatchBound,
  ) {
    this.x = new ExpressionEmitter(d);
  }

  id(name: string): string {
    return this.d.quoteIdentifier(name);
  }

  table(schema: string, name: string): string {
    return `${this.id(schema)}.${this.id(name)}`;
  }

  temp(name: string): string {
    return this.d.tempTable(name);
  }

  flag(predicate: string): string {
    return flagValue(this.d.capabilities, predicate);
  }

  isSet(flag: string): string {
    return flagTest(this.d.capabilities, flag);
  }

  str(text: string): string {
    return this.d.quoteString(text);
  }

  type(t: LogicalType): string {
    return this.d.type(t);
  }

  /** The schema, and the ledger and findings tables of the meta catalog, through the engine's DDL dialect. */
  ensureMeta(): string[] {
    const tables = metaTables('appliedBatches', 'loadFindings');
    if (this.d.capabilities.createIfMissing === 'clause') {
      return [
        `CREATE SCHEMA IF NOT EXISTS ${this.id(META.schema)}`,
        ...metaCatalogDdl(getDialect(this.d.name), tables),
      ];
    }
    // No IF NOT EXISTS: each statement guarded by the object it makes (the table, then its constraints).
    const guard = this.d.ifMissing!.bind(this.d);
    const statements = [guard('schema', META.schema, `CREATE SCHEMA ${this.id(META.schema)}`)];
    for (const t of tables) {
      for (const st of metaCatalogDdl(getDialect(this.d.name), [t], false)) {
        const constraint = /ADD CONSTRAINT (\S+)/.exec(st)?.[1];
        statements.push(guard('object', `${META.schema}.${constraint ?? t.name}`, st));
      }
    }
    return statements;
  }

  /** The newest batch of a bronze table loaded at or before `atSql`, as a scalar subquery. */
  latestBatchOf(table: string, atSql: string): string {
    const l = (c: string) => `l.${this.id(c)}`;
    const select = `SELECT ${l('_batch_id')} FROM ${this.table('bronze', table)} l WHERE CAST(${l('_loaded_at')} AS ${this.type({ kind: 'timestamp' })}) <= ${atSql} ORDER BY ${l('_loaded_at')} DESC, ${this.x.text(l('_batch_id'))} DESC`;
    return `(${this.d.query.limit(select, 1)})`;
  }

  notApplied(mapping: string, batchSql: string): string {
    return `NOT EXISTS (SELECT 1 FROM ${this.table(META.schema, META.appliedBatches)} a WHERE a.mapping = ${this.str(mapping)} AND a.batch_id = ${this.x.text(batchSql)})`;
  }

  /** The oldest batch of the driving table that this mapping has not applied yet (none: empty). */
  pickBatch(s: Extract<PlanStep, { kind: 'pick-batch' }>): string[] {
    if (this.set) return pickBatchSet(this, s, this.set);
    const b = this.id('_batch_id');
    const select = this.d.query.limit(
      `SELECT b.batch_id, ${this.x.text('b.batch_id')} AS batch_text, b.loaded_at FROM (` +
        `SELECT ${b} AS batch_id, MIN(CAST(${this.id('_loaded_at')} AS ${this.type({ kind: 'timestamp' })})) AS loaded_at FROM ${this.table('bronze', s.source)} GROUP BY ${b}) b\n` +
        `WHERE ${this.notApplied(s.mapping, 'b.batch_id')}\nORDER BY b.loaded_at, ${this.x.text('b.batch_id')}`,
      1,
      '\n',
    );
    return [
      `DROP TABLE IF EXISTS ${this.temp(STAGE.stage)}`,
      `DROP TABLE IF EXISTS ${this.temp(STAGE.batch)}`,
      this.d.createTempTable(STAGE.batch, select),
    ];
  }

  stage(s: Extract<PlanStep, { kind: 'stage' }>): string[] {
    return [this.d.createTempTable(STAGE.stage, this.stageSelect(s))];
  }

  /** The stage's query: the driving rows of the batch (or set) with keys, values, probes and flags. */
  stageSelect(s: Extract<PlanStep, { kind: 'stage' }>): string {
    const [driving, ...joined] = s.sources;
    const batchId = `(SELECT batch_id FROM ${this.temp(STAGE.batch)})`;
    // In a batch set every row reads its own batch; one batch: the picked one.
    const ex = (e: PlanExpr) => this.x.emit(this.set ? perRowBatch(e) : e);
    const exWhen = (e: PlanExpr) => this.x.predicate(this.set ? perRowBatch(e) : e);
    const inner: string[] = [
      ...(this.set ? batchSetColumns(this) : []),
      `${this.id(driving!.alias)}.${this.id('_row_number')} AS ${this.id(STAGE.rowNumber)}`,
      `${s.keyStaysInStage ? this.keyText(s.key, ex) : ex({ kind: 'surrogate-key', parts: s.key, type: s.keyType })} AS ${this.id(STAGE.key)}`,
      // A one-part key kept as text is its part's text: the findings read `_key` instead of a copy.
      ...(s.keyStaysInStage && s.key.length === 1
        ? []
        : s.key.map((k, i) => `${ex(k)} AS ${this.id(`_key_${i + 1}`)}`)),
      `${ex({ kind: 'cast', expr: s.validFrom, type: { kind: 'timestamp' } })} AS ${this.id(STAGE.validFrom)}`,
    ];
    if (s.versionedKey) {
      const validFrom: PlanExpr = {
        kind: 'cast',
        expr: { kind: 'cast', expr: s.validFrom, type: { kind: 'timestamp' } },
        type: { kind: 'text' },
      };
      inner.push(
        `${ex({ kind: 'surrogate-key', parts: [...s.key, validFrom], type: s.keyType })} AS ${this.id(STAGE.versionKey)}`,
      );
    }
    if (s.deleteWhen) inner.push(`${this.deleteFlag(exWhen(s.deleteWhen))} AS ${this.id(STAGE.delete)}`);
    for (const c of s.columns) {
      inner.push(`${ex(c.value)} AS ${this.id(c.name)}`);
      if (c.probe) inner.push(`${ex(c.probe.input)} AS ${this.id(STAGE.probe(c.name))}`);
    }
    let from = `${this.table('bronze', driving!.table)} ${this.id(driving!.alias)}`;
    if (this.set) from += batchSetJoins(this, driving!.alias, joined);
    for (const j of joined) {
      const alias = this.id(j.alias);
      if (j.latest) {
        from += `\n  ${j.join!.kind === 'inner' ? 'JOIN' : 'LEFT JOIN'} (${this.latestRows(j, ex, exWhen)}) ${alias} ON ${exWhen(j.join!.on)}`;
        continue;
      }
      const rows = this.set
        ? batchSetJoinRows(this, j)
        : j.join!.batch === 'same'
          ? `${alias}.${this.id('_batch_id')} = ${batchId}`
          : `${alias}.${this.id('_batch_id')} = ${this.latestBatchOf(j.table, `(SELECT loaded_at FROM ${this.temp(STAGE.batch)})`)}`;
      from += `\n  ${j.join!.kind === 'inner' ? 'JOIN' : 'LEFT JOIN'} ${this.table('bronze', j.table)} ${alias} ON ${exWhen(j.join!.on)} AND ${rows}`;
    }
    // A batch set selects its batches by the join with ggm_batch above.
    const where = this.set ? [] : [`${this.id(driving!.alias)}.${this.id('_batch_id')} = ${batchId}`];
    if (s.where) where.push(`(${exWhen(s.where)})`);
    const ref = (name: string): PlanExpr => ({ kind: 'column', source: 'i', column: name, at: 0 });
    const rowHash = this.x.emit({
      kind: 'row-hash',
      parts: s.columns.map((c) => ref(c.name)),
      plain: s.columns.map((c) => PLAIN_TEXT_TYPES.has(c.type.kind)),
    });
    const notNull = (c: StageColumn) => `i.${this.id(c.name)} IS NOT NULL`;
    const accepted = [`i.${this.id(STAGE.key)} IS NOT NULL`];
    if (s.deleteWhen) {
      // A tombstone needs only what finds its object; its values are never written.
      accepted.push(...s.columns.filter((c) => c.locates).map(notNull));
      const values = s.columns.filter((c) => c.required && !c.locates).map(notNull);
      if (values.length > 0)
        accepted.push(`(${this.isSet(`i.${this.id(STAGE.delete)}`)} OR (${values.join(' AND ')}))`);
    } else accepted.push(...s.columns.filter((c) => c.required).map(notNull));
    // Duplicates are told apart within a batch: the same key in two batches of a set is no duplicate.
    const partition = [
      ...(this.set ? [`i.${this.id(BATCH_SET.seq)}`] : []),
      `i.${this.id(STAGE.key)}`,
      ...(s.dedupeBy === 'key' ? [] : [`i.${this.id(STAGE.validFrom)}`]),
    ].join(', ');
    // A probe keeps its input only where its check fails (NULL elsewhere, which costs the stage
    // almost nothing): the findings then need no other test, and valid rows carry no copy of their input.
    // A probe keeps its input only where its check fails (NULL elsewhere costs the stage next to
    // nothing): the findings need no other test, and valid rows carry no copy of their input.
    const probed = new Map(s.columns.filter((c) => c.probe).map((c) => [STAGE.probe(c.name), c]));
    const outer = this.stageColumnNames(s).map((n) => {
      const c = probed.get(n);
      if (!c) return `i.${this.id(n)}`;
      return `CASE WHEN ${this.probeFails(c, `i.${this.id(n)}`, `i.${this.id(c.name)}`)} THEN i.${this.id(n)} END AS ${this.id(n)}`;
    });
    const select =
      `SELECT\n  ${outer.join(',\n  ')},\n  ${s.columns.length > 0 ? rowHash : this.d.md5(this.str(''))} AS ${this.id(STAGE.rowHash)},\n  ${this.flag(`(${accepted.join(' AND ')})`)} AS ${this.id(STAGE.accepted)},\n  ` +
      `${this.flag(`ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY i.${this.id(STAGE.rowNumber)} DESC) > 1`)} AS ${this.id(STAGE.duplicate)}\n` +
      `FROM (\n  SELECT\n    ${inner.join(',\n    ')}\n  FROM ${from}${where.length > 0 ? `\n  WHERE ${where.join('\n    AND ')}` : ''}\n) i`;
    return select;
  }

  /** The names of the inner stage query's columns, in its order. */
  private stageColumnNames(s: Extract<PlanStep, { kind: 'stage' }>): string[] {
    return [
      ...(this.set ? [BATCH_SET.seq, BATCH_SET.batchText, BATCH_SET.loadedAt] : []),
      STAGE.rowNumber,
      STAGE.key,
      ...(s.keyStaysInStage && s.key.length === 1 ? [] : s.key.map((_k, i) => `_key_${i + 1}`)),
      STAGE.validFrom,
      ...(s.versionedKey ? [STAGE.versionKey] : []),
      ...(s.deleteWhen ? [STAGE.delete] : []),
      ...s.columns.flatMap((c) => (c.probe ? [c.name, STAGE.probe(c.name)] : [c.name])),
    ];
  }

  /** A tombstone condition as the stage's flag: NULL is no tombstone. */
  private deleteFlag(predicate: string): string {
    const caps = this.d.capabilities;
    return caps.booleans === 'native' ? `COALESCE(${predicate}, FALSE)` : flagValue(caps, predicate);
  }

  /** The key parts as one text (NULL when one is NULL): one group per key, as their hash would give. */
  private keyText(parts: PlanExpr[], ex: (e: PlanExpr) => string): string {
    const sql = parts.map(ex);
    return `CASE WHEN ${sql.map((p) => `${p} IS NULL`).join(' OR ')} THEN NULL ELSE ${this.x.canonical(sql.map((p) => this.x.text(p)))} END`;
  }

  /**
   * A `latest` source: per key the row of every batch that sorts first, NULLs last; ties go to the row
   * loaded last (load time, batch id, row number), so the choice never depends on the engine.
   */
  private latestRows(
    j: ResolvedSource,
    ex: (e: PlanExpr) => string,
    exWhen: (e: PlanExpr) => string,
  ): string {
    const latest = j.latest!;
    const own = (c: string) => `${this.id(j.alias)}.${this.id(c)}`;
    return this.d.query.firstPerGroup({
      columns: `${this.id(j.alias)}.*`,
      from: `${this.table('bronze', j.table)} ${this.id(j.alias)}`,
      ...(latest.where ? { where: exWhen(latest.where) } : {}),
      partition: latest.per.map(ex),
      order: [
        ...latest.orderBy.map((o) =>
          nullsLastItem(this.d.capabilities, ex(o.expr), o.descending ? 'DESC' : 'ASC'),
        ),
        `${own('_loaded_at')} DESC`,
        `${this.x.text(own('_batch_id'))} DESC`,
        `${own('_row_number')} DESC`,
      ],
    });
  }

  /** Every value the load could not keep, with the row it came from; never silently dropped. */
  findings(s: Extract<PlanStep, { kind: 'record-findings' }>): string[] {
    const rows: { kind: string; column: string | null; value: string; when: string }[] = [];
    const col = (name: string) => this.id(name);
    const keyText = Array.from({ length: s.keyParts }, (_, i) => this.x.text(col(`_key_${i + 1}`)));
    // One part kept as text (no `_key_1` in the stage): a missing key is that part's NULL, a present
    // one is `_key` itself, the same texts the canonical form of `_key_1` gives.
    const onePart = s.keyIsText === true && s.keyParts === 1;
    rows.push({
      kind: 'missing-key',
      column: null,
      value: onePart ? this.str('\\N') : this.x.canonical(keyText),
      when: `${col(STAGE.key)} IS NULL`,
    });
    rows.push({
      kind: 'duplicate-key',
      column: null,
      value: onePart ? col(STAGE.key) : this.x.canonical(keyText),
      when: `${col(STAGE.key)} IS NOT NULL AND ${this.isSet(col(STAGE.duplicate))}`,
    });
    // A tombstone's values are not values: only what finds its object is checked.
    const value = (when: string) =>
      s.tombstones ? `${when} AND NOT ${this.isSet(col(STAGE.delete))}` : when;
    for (const c of s.columns) {
      if (c.probe) {
        const finding = this.probeFinding(c);
        rows.push({ ...finding, when: c.locates ? finding.when : value(finding.when) });
      }
      if (c.required) {
        const when = `${col(STAGE.key)} IS NOT NULL AND ${col(c.name)} IS NULL`;
        rows.push({
          kind: 'missing-required',
          column: c.name,
          value: 'NULL',
          when: c.locates ? when : value(when),
        });
      }
    }
    const selects = rows.map(
      (r) =>
        `SELECT ${this.str(s.mapping)}, ${this.str(s.targetTable)}, ${this.set ? col(BATCH_SET.batchText) : `(SELECT batch_text FROM ${this.temp(STAGE.batch)})`}, ${col(STAGE.rowNumber)}, ${this.str(r.kind)}, ${
          r.column === null ? 'NULL' : this.str(r.column)
        }, ${r.value}, ${this.d.currentTimestamp} FROM ${this.temp(STAGE.stage)} WHERE ${r.when}`,
    );
    return [
      `INSERT INTO ${this.table(META.schema, META.findings)} (mapping, target_table, batch_id, row_number, kind, column_name, value, recorded_at)\n${selects.join('\nUNION ALL\n')}`,
    ];
  }

  /** The stage keeps a probe's input only where its check fails, so any input left is a finding. */
  private probeFinding(c: StageColumn): { kind: string; column: string; value: string; when: string } {
    const probe = this.id(STAGE.probe(c.name));
    return {
      kind: c.probe!.finding,
      column: c.name,
      value: this.x.text(probe),
      when: `${probe} IS NOT NULL`,
    };
  }

  /** When a probe's check fails: its input `input` was cut, rounded or lost in the value `value`. */
  private probeFails(c: StageColumn, input: string, value: string): string {
    if (c.probe!.finding === 'truncated')
      return `${this.d.capabilities.length}(${input}) > ${c.probe!.maxLength}`;
    if (c.probe!.finding === 'rounded') return `${input} IS NOT NULL AND ${input} <> ${value}`;
    return `${input} IS NOT NULL AND ${value} IS NULL`;
  }

  /** Stage rows (alias s) that become silver rows: accepted, the last of their key, not tombstones. */
  loadable(w: TargetWrite): string {
    const rows = this.lastAccepted();
    return w.tombstones ? `${rows} AND NOT ${this.isSet(`s.${this.id(STAGE.delete)}`)}` : rows;
  }

  lastAccepted(): string {
    return `${this.isSet(`s.${this.id(STAGE.accepted)}`)} AND NOT ${this.isSet(`s.${this.id(STAGE.duplicate)}`)}`;
  }

  /** Stage rows (alias s) that delete their object: the last row of their key, and a tombstone. */
  private tombstone(): string {
    return `${this.lastAccepted()} AND ${this.isSet(`s.${this.id(STAGE.delete)}`)}`;
  }

  /** The current row's hash: the stored one, else recomputed from its columns as the stage does. */
  targetHash(w: TargetWrite, alias: string): string {
    if (w.load?.rowHash) return `${alias}.${this.id(w.load.rowHash)}`;
    if (w.columns.length === 0) return this.d.md5(this.str(''));
    return this.x.emit({
      kind: 'row-hash',
      parts: w.columns.map((c) => ({ kind: 'column', source: alias, column: c, at: 0 })),
    });
  }

  /** Target row `t` and stage row `s` are the same object: by key, or by identity columns when versioned. */
  sameObject(w: TargetWrite, t: string, s = 's'): string {
    if (w.identity) return w.identity.map((c) => `${t}.${this.id(c)} = ${s}.${this.id(c)}`).join(' AND ');
    return `${t}.${this.id(w.keyColumn)} = ${s}.${this.id(STAGE.key)}`;
  }

  /** Staged rows (alias s) of the same object as target row `t` that differ from it. */
  private changedRow(w: TargetWrite, t: string): string {
    return `SELECT 1 FROM ${this.temp(STAGE.stage)} s WHERE ${this.sameObject(w, t)} AND ${this.loadable(w)} AND ${this.targetHash(w, t)} <> s.${this.id(STAGE.rowHash)}`;
  }

  closeChanged(w: TargetWrite): string[] {
    const h = w.history!;
    const t = this.table(w.schema, w.table);
    if (this.set) {
      // As the batches one by one: the first row of the object in the set closes every open version
      // that differs from it; one equal to it stays open until the first row that changes it. Per
      // object once (UPDATE … FROM), so no engine runs a subquery per silver row.
      const k = BATCH_SET;
      const objects =
        (w.identity ?? []).length > 0 ? w.identity!.map((c) => this.id(c)) : [this.id(STAGE.key)];
      const when = (flag: string, value: string) =>
        `MAX(CASE WHEN ${this.isSet(`s.${this.id(flag)}`)} THEN ${value} END)`;
      const vf = `s.${this.id(STAGE.validFrom)}`;
      const perObject =
        `SELECT ${objects.map((c) => `s.${c}`).join(', ')}, ${when(k.firstRow, `s.${this.id(k.hash)}`)} AS _ggm_first_hash, ` +
        `${when(k.firstRow, vf)} AS _ggm_first_from, ${when(k.firstChange, vf)} AS _ggm_change_from, ` +
        `MAX(CASE WHEN ${this.isSet(`s.${this.id(k.firstChange)}`)} THEN 1 ELSE 0 END) AS _ggm_has_change\n` +
        `FROM ${this.temp(k.chain)} s GROUP BY ${objects.map((c) => `s.${c}`).join(', ')}`;
      const differs = `${this.targetHash(w, t)} <> x._ggm_first_hash`;
      return [
        this.d.query.updateFrom(
          t,
          `${this.id(h.validTo)} = CASE WHEN ${differs} THEN x._ggm_first_from ELSE x._ggm_change_from END`,
          `(${perObject})`,
          'x',
          `${this.sameObject(w, t, 'x')} AND ${t}.${this.id(h.validTo)} IS NULL\n  AND (${differs} OR x._ggm_has_change = 1)`,
        ),
      ];
    }
    if (!this.d.correlatedUpdate) {
      const differs = `${this.targetHash(w, t)} <> x.${this.id(STAGE.rowHash)}`;
      return [this.closeFromStage(w, this.loadable(w), differs)];
    }
    const validTo = `(SELECT s.${this.id(STAGE.validFrom)} FROM ${this.temp(STAGE.stage)} s WHERE ${this.sameObject(w, t)} AND ${this.loadable(w)})`;
    return [
      `UPDATE ${t} SET ${this.id(h.validTo)} = ${validTo}\nWHERE ${this.id(h.validTo)} IS NULL\n  AND EXISTS (${this.changedRow(w, t)})`,
    ];
  }

  closeMissing(w: TargetWrite): string[] {
    const h = w.history!;
    const t = this.table(w.schema, w.table);
    const own = w.load?.source ? ` AND ${this.id(w.load.source)} = ${this.str(w.source)}` : '';
    return [
      `UPDATE ${t} SET ${this.id(h.validTo)} = (SELECT loaded_at FROM ${this.temp(STAGE.batch)})\nWHERE ${this.id(h.validTo)} IS NULL${own}\n  AND EXISTS (SELECT 1 FROM ${this.temp(STAGE.batch)})\n  AND NOT EXISTS (SELECT 1 FROM ${this.temp(STAGE.stage)} s WHERE ${this.sameObject(w, t)} AND s.${this.id(STAGE.key)} IS NOT NULL)`,
    ];
  }

  deleteChanged(w: TargetWrite): string[] {
    const t = this.table(w.schema, w.table);
    if (this.set) {
      // As the batches one by one: the object's first row in the set removes the rows that differ
      // from it; a later row that changes the object removes them all.
      const k = BATCH_SET;
      const first = this.isSet(`s.${this.id(k.firstRow)}`);
      const which = `(${first} AND s.${this.id(k.hash)} <> ${this.targetHash(w, t)}) OR (${this.isSet(`s.${this.id(k.changes)}`)} AND NOT ${first})`;
      return [
        `DELETE FROM ${t}\nWHERE EXISTS (SELECT 1 FROM ${this.temp(k.chain)} s WHERE ${this.sameObject(w, t)} AND (${which}))`,
      ];
    }
    return [`DELETE FROM ${t}\nWHERE EXISTS (${this.changedRow(w, t)})`];
  }

  /** none: the rows of objects a tombstone names are deleted; an unknown key deletes nothing. */
  deleteTombstoned(w: TargetWrite): string[] {
    if (this.set) return []; // in a batch set the chain deletes (a tombstone is a change, deleteChanged)
    const t = this.table(w.schema, w.table);
    return [
      `DELETE FROM ${t}\nWHERE EXISTS (SELECT 1 FROM ${this.temp(STAGE.stage)} s WHERE ${this.sameObject(w, t)} AND ${this.tombstone()})`,
    ];
  }

  /** snapshot: the open version of an object a tombstone names ends where the tombstone starts. */
  closeTombstoned(w: TargetWrite): string[] {
    if (this.set) return []; // in a batch set the chain closes (a tombstone is a change, closeChanged)
    const h = w.history!;
    const t = this.table(w.schema, w.table);
    if (!this.d.correlatedUpdate) return [this.closeFromStage(w, this.tombstone())];
    const match = `FROM ${this.temp(STAGE.stage)} s WHERE ${this.sameObject(w, t)} AND ${this.tombstone()}`;
    return [
      `UPDATE ${t} SET ${this.id(h.validTo)} = (SELECT s.${this.id(STAGE.validFrom)} ${match})\nWHERE ${this.id(h.validTo)} IS NULL\n  AND EXISTS (SELECT 1 ${match})`,
    ];
  }

  /**
   * For engines without a correlated UPDATE (`correlatedUpdate`): the open version of each object with
   * a staged row (alias s) matching `rows` ends where that row starts; `also` narrows it (alias x).
   */
  private closeFromStage(w: TargetWrite, rows: string, also?: string): string {
    const t = this.table(w.schema, w.table);
    const validTo = this.id(w.history!.validTo);
    return this.d.query.updateFrom(
      t,
      `${validTo} = x.${this.id(STAGE.validFrom)}`,
      `(SELECT * FROM ${this.temp(STAGE.stage)} s WHERE ${rows})`,
      'x',
      `${this.sameObject(w, t, 'x')} AND ${t}.${validTo} IS NULL${also ? ` AND ${also}` : ''}`,
    );
  }

  insertRows(w: TargetWrite, unless: 'open-version' | 'same-key' | 'same-version'): string[] {
    const t = this.table(w.schema, w.table);
    const { columns, values, rows, which } = this.insertedRows(w, unless);
    const same = this.sameObject(w, 'c');
    const condition =
      unless === 'open-version' && w.history
        ? `${same} AND c.${this.id(w.history.validTo)} IS NULL`
        : unless === 'same-version' && w.history
          ? `${same} AND c.${this.id(w.history.validFrom)} = s.${this.id(STAGE.validFrom)}`
          : same;
    return [
      `INSERT INTO ${t} (${columns.map((c) => this.id(c)).join(', ')})\nSELECT ${values.join(', ')} \nFROM ${rows} s\nWHERE ${which}\n  AND NOT EXISTS (SELECT 1 FROM ${t} c WHERE ${condition})`,
    ];
  }

  /** The silver columns an insert writes, their values over the rows (alias s) and which rows. */
  insertedRows(
    w: TargetWrite,
    unless: 'open-version' | 'same-key' | 'same-version',
  ): { columns: string[]; values: string[]; rows: string; which: string } {
    const columns = [w.keyColumn];
    const values = [`s.${this.id(w.identity ? STAGE.versionKey : STAGE.key)}`];
    for (const c of w.columns) {
      columns.push(c);
      values.push(`s.${this.id(c)}`);
    }
    const batch = (field: 'id' | 'loaded-at') =>
      this.set
        ? `s.${this.id(field === 'id' ? BATCH_SET.batchText : BATCH_SET.loadedAt)}`
        : this.x.emit({ kind: 'batch', field });
    if (w.history) {
      // In a batch set a snapshot version is closed by the next change of its object in the set.
      const validTo =
        this.set && unless === 'open-version' ? `s.${this.id(BATCH_SET.nextValidFrom)}` : 'NULL';
      columns.push(w.history.validFrom, w.history.validTo);
      values.push(`s.${this.id(STAGE.validFrom)}`, validTo);
      if (w.history.registeredAt) {
        columns.push(w.history.registeredAt);
        values.push(batch('loaded-at'));
      }
    }
    const load = w.load ?? {};
    const extra: [string | undefined, string][] = [
      [load.batchId, batch('id')],
      [load.source, this.str(w.source)],
      [load.loadedAt, this.d.currentTimestamp],
      [load.rowHash, `s.${this.id(STAGE.rowHash)}`],
    ];
    for (const [column, value] of extra) {
      if (!column) continue;
      columns.push(column);
      values.push(value);
    }
    const [rows, which] = this.set
      ? [
          this.temp(BATCH_SET.chain),
          `${this.isSet(`s.${this.id(this.chainFilter(unless))}`)}${w.tombstones ? ` AND NOT ${this.isSet(`s.${this.id(STAGE.delete)}`)}` : ''}`,
        ]
      : [this.temp(STAGE.stage), this.loadable(w)];
    return { columns, values, rows, which };
  }

  /** Which chained rows an insert writes: every change (snapshot), the last (none), the first seen (events). */
  private chainFilter(unless: 'open-version' | 'same-key' | 'same-version'): string {
    return unless === 'open-version'
      ? BATCH_SET.changes
      : unless === 'same-key'
        ? BATCH_SET.lastChange
        : BATCH_SET.firstSeen;
  }

  recordBatch(s: Extract<PlanStep, { kind: 'record-batch' }>): string[] {
    const stage = this.temp(STAGE.stage);
    if (this.set) {
      // One row per batch of the set, each with its own counts (one pass over the stage).
      const seq = this.id(BATCH_SET.seq);
      const counts = `SELECT ${seq} AS seq, COUNT(*) AS rows_read, COUNT(CASE WHEN NOT ${this.isSet(this.id(STAGE.accepted))} THEN 1 END) AS rows_rejected FROM ${stage} GROUP BY ${seq}`;
      return [
        `INSERT INTO ${this.table(META.schema, META.appliedBatches)} (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)\nSELECT ${this.str(s.mapping)}, ${this.str(s.targetTable)}, b.batch_text, b.loaded_at, COALESCE(n.rows_read, 0), COALESCE(n.rows_rejected, 0), ${this.d.currentTimestamp}\nFROM ${this.temp(STAGE.batch)} b LEFT JOIN (${counts}) n ON n.seq = b.seq`,
      ];
    }
    return [
      `INSERT INTO ${this.table(META.schema, META.appliedBatches)} (mapping, target_table, batch_id, batch_loaded_at, rows_read, rows_rejected, applied_at)\nSELECT ${this.str(s.mapping)}, ${this.str(s.targetTable)}, b.batch_text, b.loaded_at, (SELECT COUNT(*) FROM ${stage}), (SELECT COUNT(*) FROM ${stage} WHERE NOT ${this.isSet(this.id(STAGE.accepted))}), ${this.d.currentTimestamp} FROM ${this.temp(STAGE.batch)} b`,
    ];
  }
}
