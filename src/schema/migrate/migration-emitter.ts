import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { emitDdl } from '../emit/ddl-emitter.js';
import { SqlText } from '../emit/sql-text.js';
import type { PlanColumn, PlanTable } from '../schema-plan.js';
import { MIGRATION_CODES, migrationDiagnostic } from './migration-codes.js';
import type { ConstraintDefinition, MigrationPlan, MigrationStep } from './migration-plan.js';
import type { MigrationSyntax } from '../../dialects/migration-syntax.js';

export interface MigrationSql {
  /** The statements to run, in order, without trailing semicolons. */
  statements: string[];
  /** The whole script: a header, each statement after a comment with its reason, then what was left out. */
  script: string;
  /** Steps this engine cannot perform, with the reason; also GGM-S302 diagnostics. */
  notApplied: { step: MigrationStep; why: string }[];
  diagnostics: Diagnostic[];
}

interface EmitState {
  sql: SqlText;
  dialect: SqlDialect;
  syntax: MigrationSyntax;
  /** Tables created by an earlier step or already there (for inline foreign keys). */
  pendingCreates: Set<string>;
  /** `table.column` names still held by a column that could only be copied, not renamed. */
  heldNames: Set<string>;
  /** Reference tables whose keys could not be renumbered: their inserts, updates and remaps would clash. */
  unrenumbered: Set<string>;
  /** Constraints an engine without RENAME CONSTRAINT re-adds after the columns have their new names. */
  deferredAdds: { step: MigrationStep; constraint: ConstraintDefinition }[];
}

/** Statements, or why the step cannot run; `partly`: the statements do part of it and `why` says what is left. */
type Emitted = string[] | { why: string; partly?: string[] };

/** Migration plan → SQL for one engine. Pure. */
export function emitMigration(plan: MigrationPlan, dialect: SqlDialect): MigrationSql {
  const diagnostics: Diagnostic[] = [];
  const state: EmitState = {
    sql: new SqlText(dialect, diagnostics),
    dialect,
    syntax: dialect.migration,
    pendingCreates: new Set(plan.steps.filter((s) => s.kind === 'create-table').map((s) => s.table)),
    deferredAdds: [],
    unrenumbered: new Set(),
    heldNames: new Set(),
  };
  const statements: string[] = [];
  const body: string[] = [];
  const notApplied: MigrationSql['notApplied'] = [];
  const write = (step: MigrationStep | undefined, sqls: string[]) => {
    if (sqls.length === 0) return;
    if (step)
      body.push(`-- ${step.kind} ${step.table}${step.column ? `.${step.column}` : ''}: ${step.reason}`);
    for (const s of sqls) body.push(`${s};`);
    body.push('');
    statements.push(...sqls);
  };
  const needsPreamble = plan.steps.some((s) => s.kind === 'create-table' || s.kind === 'add-column');
  if (needsPreamble) write(undefined, [...dialect.preamble]);
  for (const step of plan.steps) {
    if (step.phase === 'add-constraints' || step.phase === 'comments' || step.phase === 'destructive')
      flushDeferred(state, write);
    const out = emitStep(state, step);
    if (Array.isArray(out)) write(step, out);
    else {
      if (out.partly) write(step, out.partly);
      notApplied.push({ step, why: out.why });
    }
  }
  flushDeferred(state, write);
  for (const { step, why } of notApplied) {
    diagnostics.push(
      migrationDiagnostic(
        MIGRATION_CODES.notOnEngine,
        'warning',
        `${dialect.label}: ${step.kind} ${step.table}${step.column ? `.${step.column}` : ''} left out: ${why}`,
      ),
    );
  }
  // A skipped type change this engine renders as the same type (geometry kinds as WKT text) is no change here.
  const skipped = plan.skipped.filter(
    (s) => s.kind !== 'alter-column-type' || state.sql.type(s.fromType) !== state.sql.type(s.toType),
  );
  const script = [
    ...header(plan, dialect, state.syntax),
    ...body,
    ...leftOut(skipped, notApplied, dialect),
  ].join('\n');
  return { statements, script: `${script.trimEnd()}\n`, notApplied, diagnostics: dedupe(diagnostics) };
}

function flushDeferred(
  state: EmitState,
  write: (step: MigrationStep | undefined, sqls: string[]) => void,
): void {
  for (const { step, constraint } of state.deferredAdds.splice(0))
    write(step, [addConstraint(state, step.table, constraint)]);
}

function emitStep(state: EmitState, step: MigrationStep): Emitted {
  const { sql, syntax, dialect } = state;
  const t = sql.ident(step.table);
  const { limits } = syntax;
  switch (step.kind) {
    case 'create-table':
      return createTable(state, step.definition);
    case 'rename-table':
      if (step.facts.referenced && !limits.renameReferencedTable)
        return { why: 'other tables refer to it by foreign key' };
      return [syntax.renameTable(sql, t, step.newName)];
    case 'drop-table':
      if (step.facts.referenced && !limits.alterConstraints)
        return { why: 'tables that stay refer to it, and their foreign keys cannot be dropped' };
      return [`DROP TABLE ${t}`];
    case 'add-column':
      if (state.heldNames.has(`${step.table}.${step.column}`))
        return { why: `an old column ${step.column} could not be renamed away` };
      return [
        syntax.addColumn(t, columnDefinition(state, step.definition)),
        ...columnCommentOnAdd(state, step.table, step.definition),
      ];
    case 'rename-column':
      if (step.facts.constrained && !limits.alterConstrainedColumn)
        return { why: 'a key or foreign key uses the column' };
      if (state.heldNames.has(`${step.table}.${step.newName}`))
        return { why: `an old column ${step.newName} could not be renamed away` };
      if (step.facts.tableReferenced && !limits.alterReferencedTable) {
        state.heldNames.add(`${step.table}.${step.column}`);
        const copy = [
          syntax.addColumn(t, columnDefinition(state, { ...step.definition, nullable: true })),
          `UPDATE ${t} SET ${sql.ident(step.newName)} = ${sql.ident(step.column)}`,
        ];
        return {
          why: `other tables refer to ${step.table}: values copied to ${step.newName}, the old column stays`,
          partly: copy,
        };
      }
      return [syntax.renameColumn(sql, t, sql.ident(step.column), step.newName)];
    case 'alter-column-type': {
      if (step.facts.constrained && !limits.alterConstrainedColumn)
        return { why: 'a key or foreign key uses the column' };
      if (step.facts.tableReferenced && !limits.alterReferencedTable)
        return { why: `other tables refer to ${step.table} by foreign key` };
      const type = sql.type(step.toType);
      if (type === sql.type(step.fromType)) return [];
      return [syntax.alterType(t, sql.ident(step.column), type, columnDefinition(state, step.definition))];
    }
    case 'set-nullable':
      if (step.facts.tableReferenced && !limits.alterReferencedTable)
        return { why: `other tables refer to ${step.table} by foreign key` };
      return [
        syntax.setNullable(
          t,
          sql.ident(step.column),
          step.nullable,
          columnDefinition(state, step.definition),
          sql.type(step.definition.type),
        ),
      ];
    case 'drop-column':
      if (!limits.dropIndexedTableColumn)
        return { why: 'the engine cannot drop a column of a table with a key index' };
      if (step.facts.tableReferenced && !limits.alterReferencedTable)
        return { why: `other tables refer to ${step.table} by foreign key` };
      return [syntax.dropColumn(t, sql.ident(step.column))];
    case 'insert-rows':
      if (state.unrenumbered.has(step.table))
        return { why: `the keys of ${step.table} could not be renumbered first` };
      return insertRows(state, t, step.columns, step.rows);
    case 'update-row': {
      if (state.unrenumbered.has(step.table))
        return { why: `the keys of ${step.table} could not be renumbered first` };
      const set = Object.entries(step.set).map(([c, v]) => `${sql.ident(c)} = ${sql.literal(v)}`);
      return [`UPDATE ${t} SET ${set.join(', ')} WHERE ${sql.ident(step.keyColumn)} = ${step.key}`];
    }
    case 'delete-rows': {
      if (state.unrenumbered.has(step.table))
        return { why: `the keys of ${step.table} could not be renumbered first` };
      const keys = step.keys.join(', ');
      const clear = step.clear.map(
        (c) =>
          `UPDATE ${sql.ident(c.table)} SET ${sql.ident(c.column)} = NULL WHERE ${sql.ident(c.column)} IN (${keys})`,
      );
      return [...clear, `DELETE FROM ${t} WHERE ${sql.ident(step.keyColumn)} IN (${keys})`];
    }
    case 'remap-values':
      if (state.unrenumbered.has(step.referenceTable))
        return { why: `the keys of ${step.referenceTable} could not be renumbered` };
      if (step.unique && !limits.alterConstraints) {
        state.unrenumbered.add(step.table);
        return { why: 'the keys are referenced and foreign keys cannot be dropped first' };
      }
      return remapValues(state, t, sql.ident(step.column), step.mapping, step.unique);
    case 'add-constraint':
      return addConstraintStep(state, step, step.constraint, step.newTable);
    case 'drop-constraint':
      if (!constraintSupported(dialect, step.constraint)) return [];
      if (!limits.alterConstraints) return { why: 'the engine cannot drop constraints of an existing table' };
      return [syntax.dropConstraint(t, sql.ident(step.constraint.name), step.constraint.kind)];
    case 'rename-constraint':
      return renameConstraint(state, step);
    case 'set-comment': {
      const literal =
        step.comment === null ? null : sql.string(step.comment, dialect.capabilities.maxCommentLength);
      if (!step.column)
        return syntax.tableComment ? [syntax.tableComment(sql, t, literal, step.hadComment)] : [];
      if (!syntax.columnComment) return [];
      return [
        syntax.columnComment(
          sql,
          t,
          sql.ident(step.column),
          literal,
          step.hadComment,
          columnDefinition(state, step.definition!),
        ),
      ];
    }
  }
}

/** CREATE TABLE, seed rows and comments as the schema emitter writes them; foreign keys follow later. */
function createTable(state: EmitState, table: PlanTable): Emitted {
  const { dialect } = state;
  state.pendingCreates.delete(table.name);
  const inline = dialect.capabilities.foreignKeys === 'inline';
  const foreignKeys = inline
    ? table.foreignKeys.filter((f) => !state.pendingCreates.has(f.table) || f.table === table.name)
    : [];
  const plan = {
    formatVersion: 1 as const,
    model: { name: '', sha256: '' },
    options: {} as never,
    tables: [{ ...table, foreignKeys }],
  };
  const { statements, diagnostics } = emitDdl(plan, dialect);
  state.sql.diagnostics.push(...diagnostics);
  return statements.slice(dialect.preamble.length);
}

function addConstraintStep(
  state: EmitState,
  step: MigrationStep,
  c: ConstraintDefinition,
  newTable: boolean,
): Emitted {
  const caps = state.dialect.capabilities;
  if (!constraintSupported(state.dialect, c)) return [];
  if (c.kind === 'foreign-key' && caps.foreignKeys === 'inline') {
    if (newTable) return []; // declared in CREATE TABLE (or reported there as a cycle)
    if (!state.syntax.limits.alterConstraints)
      return { why: 'the engine declares foreign keys only in CREATE TABLE' };
  }
  if (!newTable && !state.syntax.limits.alterConstraints)
    return { why: 'the engine cannot add constraints to an existing table' };
  return [addConstraint(state, step.table, c)];
}

/** Whether the engine declares this kind of constraint at all (the schema emitter reports the gap). */
function constraintSupported(dialect: SqlDialect, c: ConstraintDefinition): boolean {
  const caps = dialect.capabilities;
  if (c.kind === 'foreign-key') return caps.foreignKeys !== 'none';
  if (c.kind === 'check') return caps.checkConstraints !== 'none';
  if (c.kind === 'unique') return caps.uniqueConstraints;
  return true;
}

function addConstraint(state: EmitState, table: string, c: ConstraintDefinition): string {
  const { sql } = state;
  const { keyModifier, keySuffix } = state.dialect.capabilities;
  const list = (names: string[]) => names.map((n) => sql.ident(n)).join(', ');
  const head = `ALTER TABLE ${sql.ident(table)} ADD CONSTRAINT ${sql.ident(c.name)}`;
  switch (c.kind) {
    case 'primary-key':
      return `${head} PRIMARY KEY${keyModifier} (${list(c.columns)})${keySuffix}`;
    case 'unique':
      return `${head} UNIQUE${keyModifier} (${list(c.columns)})${keySuffix}`;
    case 'check':
      return `${head} CHECK (${sql.ident(c.column)} IN (${c.values.map((v) => sql.string(v)).join(', ')}))`;
    case 'foreign-key':
      return `${head} FOREIGN KEY (${list(c.columns)}) REFERENCES ${sql.ident(c.table)} (${list(c.referencedColumns)})${keySuffix}`;
  }
}

function renameConstraint(state: EmitState, step: MigrationStep & { kind: 'rename-constraint' }): Emitted {
  const { sql, syntax, dialect } = state;
  const c = step.constraint;
  if (!constraintSupported(dialect, c)) return [];
  if (syntax.renameConstraint)
    return [syntax.renameConstraint(sql, sql.ident(step.table), step.oldName, c.name)];
  if (!syntax.limits.alterConstraints)
    return { why: `the engine cannot rename constraints; it keeps the name ${step.oldName}` };
  // MySQL/MariaDB name every primary key PRIMARY: nothing to rename.
  if (c.kind === 'primary-key' && syntax.dropConstraint('t', 'n', 'primary-key').endsWith('DROP PRIMARY KEY'))
    return [];
  state.deferredAdds.push({ step, constraint: c });
  return [syntax.dropConstraint(sql.ident(step.table), sql.ident(step.oldName), c.kind)];
}

function columnDefinition(state: EmitState, c: PlanColumn): string {
  const { sql, dialect } = state;
  const caps = dialect.capabilities;
  const comment =
    caps.comments === 'inline' && c.comment ? ` COMMENT ${sql.string(c.comment, caps.maxCommentLength)}` : '';
  return `${sql.ident(c.name)} ${sql.type(c.type)}${c.nullable ? '' : ' NOT NULL'}${comment}`;
}

/** A new column's comment on engines that comment by statement (inline engines have it in the definition). */
function columnCommentOnAdd(state: EmitState, table: string, c: PlanColumn): string[] {
  const { sql, syntax, dialect } = state;
  if (!c.comment || dialect.capabilities.comments === 'inline' || !syntax.columnComment) return [];
  const literal = sql.string(c.comment, dialect.capabilities.maxCommentLength);
  return [
    syntax.columnComment(
      sql,
      sql.ident(table),
      sql.ident(c.name),
      literal,
      false,
      columnDefinition(state, c),
    ),
  ];
}

function insertRows(
  state: EmitState,
  table: string,
  columns: string[],
  rows: (string | number | null)[][],
): string[] {
  const { sql } = state;
  const head = `INSERT INTO ${table} (${columns.map((c) => sql.ident(c)).join(', ')}) VALUES`;
  const step = state.dialect.capabilities.maxInsertRows;
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += step) {
    const values = rows.slice(i, i + step).map((r) => `(${r.map((v) => sql.literal(v)).join(', ')})`);
    out.push(`${head} ${values.join(', ')}`);
  }
  return out;
}

/** Moves stored keys with one CASE; a key column goes through negative values so no two rows clash. */
function remapValues(
  state: EmitState,
  table: string,
  column: string,
  mapping: [number, number | null][],
  unique: boolean,
): string[] {
  const olds = mapping.map(([a]) => a).join(', ');
  const cases = (sign: string) =>
    `CASE ${column} ${mapping.map(([a, b]) => `WHEN ${sign}${a} THEN ${b === null ? 'NULL' : b}`).join(' ')} END`;
  if (!unique) return [`UPDATE ${table} SET ${column} = ${cases('')} WHERE ${column} IN (${olds})`];
  return [
    `UPDATE ${table} SET ${column} = -${column} WHERE ${column} IN (${olds})`,
    `UPDATE ${table} SET ${column} = ${cases('-')} WHERE ${column} < 0`,
  ];
}

function header(plan: MigrationPlan, dialect: SqlDialect, syntax: MigrationSyntax): string[] {
  const side = (s: MigrationPlan['from']) => `${s.name}${s.version ? ` ${s.version}` : ''}`;
  const lines = [
    `-- GGM schema migration: ${side(plan.from)} → ${side(plan.to)} (${dialect.label})`,
    `-- ${plan.steps.length} steps${plan.allowDestructive ? ', destructive steps included' : `; ${plan.skipped.length} destructive steps skipped (listed at the end)`}`,
    ...syntax.notes.map((n) => `-- ${n}`),
    '',
  ];
  return lines;
}

function leftOut(
  skipped: MigrationStep[],
  notApplied: MigrationSql['notApplied'],
  dialect: SqlDialect,
): string[] {
  const line = (s: MigrationStep, extra = '') =>
    `--   ${s.kind} ${s.table}${s.column ? `.${s.column}` : ''}: ${s.reason}${extra}`;
  const out: string[] = [];
  if (skipped.length > 0) {
    out.push(`-- Skipped destructive steps (GGM-S301; run with --allow-destructive to include them):`);
    for (const s of skipped) out.push(line(s));
    out.push('');
  }
  if (notApplied.length > 0) {
    out.push(`-- Not possible on ${dialect.label} (GGM-S302), do these by hand or rebuild the table:`);
    for (const { step, why } of notApplied) out.push(line(step, ` (${why})`));
    out.push('');
  }
  return out;
}

/** The schema emitter's notes repeat per statement; one each is enough. Left-out steps stay one per step. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    if (d.code === MIGRATION_CODES.notOnEngine) return true;
    const key = `${d.code}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
