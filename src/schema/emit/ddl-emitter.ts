import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import type { PlanColumn, PlanForeignKey, PlanTable, SchemaPlan } from '../schema-plan.js';
import { fitRowSize } from './row-size.js';
import { SqlText } from './sql-text.js';
import { orderByReferences } from './table-order.js';

export interface DdlOptions {
  /** Qualify every table with this schema (the warehouse's `silver`, `meta`); else names are bare. */
  schema?: string;
  /** `CREATE TABLE IF NOT EXISTS`: for catalogs created on every run (the meta tables). */
  ifNotExists?: boolean;
}

export interface DdlResult {
  /** One SQL statement per entry, without a trailing semicolon. */
  statements: string[];
  diagnostics: Diagnostic[];
}

/**
 * Plan → DDL for one engine. Pure. Order: preamble, CREATE TABLE (keys, uniques, checks and, where
 * the engine wants them inline, foreign keys), seed rows, ALTER TABLE constraints, comments.
 */
export function emitDdl(plan: SchemaPlan, dialect: SqlDialect, options: DdlOptions = {}): DdlResult {
  const diagnostics: Diagnostic[] = [];
  const sql = new SqlText(dialect, diagnostics, options.schema);
  const caps = dialect.capabilities;
  const statements: string[] = [...dialect.preamble];
  let tables = plan.tables;
  let cyclic = new Set<string>();
  if (caps.foreignKeys === 'inline') ({ ordered: tables, cyclic } = orderByReferences(plan.tables));
  if (caps.forwardReferences) cyclic = new Set();
  const gaps = { unique: 0, check: 0, foreignKey: cyclic.size };

  const keyAlters: string[] = [];
  const alters: string[] = [];
  const comments: string[] = [];
  for (const t of tables) {
    const columns = caps.maxRowBytes ? fitRowSize(t, dialect, diagnostics) : t.columns;
    const indexes: string[] = [];
    statements.push(createTable(sql, t, columns, cyclic, gaps, indexes, options.ifNotExists), ...indexes);
    if (caps.keyConstraints === 'alter') keyAlters.push(...keyConstraintAlters(sql, t, gaps));
    if (caps.checkConstraints === 'alter') {
      for (const c of t.checks)
        alters.push(
          `ALTER TABLE ${sql.table(t.name)} ADD CONSTRAINT ${sql.ident(c.name)} ${checkClause(sql, c.column, c.values)}`,
        );
    }
    if (caps.foreignKeys === 'alter') {
      for (const fk of t.foreignKeys)
        alters.push(`ALTER TABLE ${sql.table(t.name)} ADD ${foreignKeyClause(sql, fk)}`);
    } else if (caps.foreignKeys === 'none') gaps.foreignKey += t.foreignKeys.length;
    comments.push(...commentStatements(sql, t));
  }
  for (const t of tables) statements.push(...seedStatements(sql, t));
  statements.push(...keyAlters, ...alters, ...comments, ...dialect.postamble);
  reportGaps(dialect, gaps, diagnostics);
  if (sql.truncated > 0) {
    diagnostics.push(
      schemaDiagnostic(
        SCHEMA_CODES.commentTruncated,
        'info',
        `${sql.truncated} comments or texts are longer than ${dialect.label} accepts and were cut (ending in …)`,
      ),
    );
  }
  return { statements, diagnostics };
}

function createTable(
  sql: SqlText,
  t: PlanTable,
  columns: PlanColumn[],
  cyclic: Set<string>,
  gaps: { unique: number; check: number; foreignKey: number },
  indexes: string[],
  ifNotExists = false,
): string {
  const { capabilities: caps } = sql.dialect;
  const inlineComments = caps.comments === 'inline';
  const lines = columns.map((c) => {
    const comment =
      inlineComments && c.comment ? ` COMMENT ${sql.string(c.comment, caps.maxCommentLength)}` : '';
    return `${sql.ident(c.name)} ${sql.type(c.type)}${c.nullable ? '' : ' NOT NULL'}${comment}`;
  });
  if (caps.keyConstraints === 'inline') {
    if (t.primaryKey.columns.length > 0)
      lines.push(
        `CONSTRAINT ${sql.ident(t.primaryKey.name)} PRIMARY KEY${caps.keyModifier} (${identList(sql, t.primaryKey.columns)})${caps.keySuffix}`,
      );
    if (caps.uniqueConstraints) {
      for (const u of t.uniques) {
        const nullable = u.columns.filter((c) => columns.find((col) => col.name === c)?.nullable !== false);
        if (!caps.uniqueNullsDistinct && nullable.length > 0) {
          // NULLs count as equal here: a filtered unique index constrains only complete keys.
          const where = nullable.map((c) => `${sql.ident(c)} IS NOT NULL`).join(' AND ');
          indexes.push(
            `CREATE UNIQUE INDEX ${sql.ident(u.name)} ON ${sql.table(t.name)} (${identList(sql, u.columns)}) WHERE ${where}`,
          );
          continue;
        }
        lines.push(
          `CONSTRAINT ${sql.ident(u.name)} UNIQUE${caps.keyModifier} (${identList(sql, u.columns)})${caps.keySuffix}`,
        );
      }
    } else gaps.unique += t.uniques.length;
  }
  if (caps.checkConstraints === 'inline') {
    for (const c of t.checks)
      lines.push(`CONSTRAINT ${sql.ident(c.name)} ${checkClause(sql, c.column, c.values)}`);
  } else if (caps.checkConstraints === 'none') gaps.check += t.checks.length;
  if (caps.foreignKeys === 'inline') {
    for (const fk of t.foreignKeys) if (!cyclic.has(fk.name)) lines.push(foreignKeyClause(sql, fk));
  }
  const comment =
    inlineComments && t.comment && sql.dialect.tableComment
      ? sql.dialect.tableComment(sql.string(t.comment, caps.maxCommentLength))
      : '';
  return `CREATE TABLE ${ifNotExists ? 'IF NOT EXISTS ' : ''}${sql.table(t.name)} (\n  ${lines.join(',\n  ')}\n)${sql.dialect.tableSuffix}${comment}`;
}

function keyConstraintAlters(sql: SqlText, t: PlanTable, gaps: { unique: number }): string[] {
  const { keyModifier, keySuffix, uniqueConstraints } = sql.dialect.capabilities;
  const table = sql.table(t.name);
  const out =
    t.primaryKey.columns.length === 0
      ? []
      : [
          `ALTER TABLE ${table} ADD CONSTRAINT ${sql.ident(t.primaryKey.name)} PRIMARY KEY${keyModifier} (${identList(sql, t.primaryKey.columns)})${keySuffix}`,
        ];
  if (!uniqueConstraints) gaps.unique += t.uniques.length;
  else
    for (const u of t.uniques)
      out.push(
        `ALTER TABLE ${table} ADD CONSTRAINT ${sql.ident(u.name)} UNIQUE${keyModifier} (${identList(sql, u.columns)})${keySuffix}`,
      );
  return out;
}

function foreignKeyClause(sql: SqlText, fk: PlanForeignKey): string {
  return `CONSTRAINT ${sql.ident(fk.name)} FOREIGN KEY (${identList(sql, fk.columns)}) REFERENCES ${sql.table(fk.table)} (${identList(sql, fk.referencedColumns)})${sql.dialect.capabilities.keySuffix}`;
}

function checkClause(sql: SqlText, column: string, values: string[]): string {
  return `CHECK (${sql.ident(column)} IN (${values.map((v) => sql.string(v)).join(', ')}))`;
}

function identList(sql: SqlText, names: string[]): string {
  return names.map((n) => sql.ident(n)).join(', ');
}

function seedStatements(sql: SqlText, t: PlanTable): string[] {
  if (!t.seed || t.seed.rows.length === 0) return [];
  const head = `INSERT INTO ${sql.table(t.name)} (${identList(sql, t.seed.columns)}) VALUES`;
  const step = sql.dialect.capabilities.maxInsertRows;
  const out: string[] = [];
  for (let i = 0; i < t.seed.rows.length; i += step) {
    const rows = t.seed.rows.slice(i, i + step).map((r) => `(${r.map((v) => sql.literal(v)).join(', ')})`);
    out.push(`${head}${rows.length === 1 ? ' ' : '\n  '}${rows.join(',\n  ')}`);
  }
  return out;
}

function commentStatements(sql: SqlText, t: PlanTable): string[] {
  const { comments, maxCommentLength } = sql.dialect.capabilities;
  const out: string[] = [];
  const text = (s: string) => sql.string(s, maxCommentLength);
  // Inline column comments, but no inline table comment clause (Databricks): COMMENT ON TABLE.
  if (comments === 'inline' && !sql.dialect.tableComment && t.comment) {
    return [`COMMENT ON TABLE ${sql.table(t.name)} IS ${text(t.comment)}`];
  }
  if (comments !== 'comment-on' && comments !== 'extended-property') return [];
  if (comments === 'comment-on') {
    if (t.comment) out.push(`COMMENT ON TABLE ${sql.table(t.name)} IS ${text(t.comment)}`);
    for (const c of t.columns)
      if (c.comment)
        out.push(`COMMENT ON COLUMN ${sql.table(t.name)}.${sql.ident(c.name)} IS ${text(c.comment)}`);
    return out;
  }
  const statement = sql.dialect.commentStatement!;
  if (t.comment) out.push(statement(text(t.comment), sql.name(t.name)));
  for (const c of t.columns)
    if (c.comment) out.push(statement(text(c.comment), sql.name(t.name), sql.name(c.name)));
  return out;
}

function reportGaps(
  dialect: SqlDialect,
  gaps: { unique: number; check: number; foreignKey: number },
  diagnostics: Diagnostic[],
): void {
  const what: string[] = [];
  if (gaps.unique > 0) what.push(`${gaps.unique} unique constraints`);
  if (gaps.check > 0) what.push(`${gaps.check} CHECK constraints`);
  if (gaps.foreignKey > 0) {
    what.push(
      dialect.capabilities.foreignKeys === 'inline'
        ? `${gaps.foreignKey} foreign keys that close a cycle of references`
        : `${gaps.foreignKey} foreign keys`,
    );
  }
  if (what.length === 0) return;
  diagnostics.push(
    schemaDiagnostic(
      dialect.capabilities.foreignKeys === 'inline'
        ? SCHEMA_CODES.foreignKeyCycle
        : SCHEMA_CODES.unsupportedConstraint,
      'info',
      `${dialect.label} cannot declare ${what.join(', ')}; they are left out of the DDL but kept in the plan`,
      'check them as data-quality rules instead',
    ),
  );
}
