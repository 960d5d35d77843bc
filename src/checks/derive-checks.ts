import type { Attribute } from '../model/model-types.js';
import type { ModelIndex } from '../model/model-index.js';
import type { PlanColumn, PlanTable, SchemaPlan } from '../schema/schema-plan.js';
import type { CheckDefinition, CheckRule, CheckSeverity } from './check-types.js';

export interface DeriveChecksInput {
  /** The project's full schema plan (with foreign keys), as `OpenedProject.schemaPlan`. */
  plan: SchemaPlan;
  index: ModelIndex;
  /** Silver tables to check: the ones the project builds. */
  tables: readonly string[];
  /** Silver tables that exist in the warehouse (targets of references may be missing). */
  available: ReadonlySet<string>;
  /**
   * Tables filled by `events` mappings: every version stays open (`valid_to` empty), so there is no
   * single open version to check; mandatory values are checked on every row instead.
   */
  eventTables?: ReadonlySet<string>;
}

/**
 * Severity per derived rule. Derived checks warn, as municipalities run silver checks non-blocking;
 * only two open versions of one object are an error, because that breaks every lookup of the object
 * and can only come from a broken history load, never from the source data alone.
 */
export const DERIVED_SEVERITY: Record<string, CheckSeverity> = {
  'max-length': 'warn',
  pattern: 'warn',
  mandatory: 'warn',
  'accepted-values': 'warn',
  reference: 'warn',
  'reference-absent': 'warn',
  'open-version-unique': 'error',
  bsn: 'warn',
};

const BSN_NAMES = /^(bsn|burgerservicenummer)$|bsn$|burgerservicenummer$/i;

/** The checks the model implies for each built silver table, in table and column order. Pure. */
export function deriveChecks(input: DeriveChecksInput): CheckDefinition[] {
  const byName = new Map(input.plan.tables.map((t) => [t.name, t]));
  const checks: CheckDefinition[] = [];
  for (const name of input.tables) {
    const table = byName.get(name);
    if (table && table.kind !== 'reference') checks.push(...tableChecks(table, byName, input));
  }
  return checks;
}

/** The columns that name a version: business key and `valid_from`, or the primary key. */
export function keyColumnsOf(table: PlanTable): string[] {
  const identity = identityColumns(table);
  const hasValidFrom = table.columns.some((c) => c.name === 'valid_from');
  if (identity.length > 0) return hasValidFrom ? [...identity, 'valid_from'] : identity;
  return [...table.primaryKey.columns];
}

/** Business-key columns of a versioned table: the UNIQUE (or key) with `valid_from`, without it. */
function identityColumns(table: PlanTable): string[] {
  const withValidFrom = [table.primaryKey, ...table.uniques].find((u) => u.columns.includes('valid_from'));
  return withValidFrom ? withValidFrom.columns.filter((c) => c !== 'valid_from') : [];
}

function tableChecks(
  table: PlanTable,
  byName: ReadonlyMap<string, PlanTable>,
  input: DeriveChecksInput,
): CheckDefinition[] {
  const out: CheckDefinition[] = [];
  const keyColumns = keyColumnsOf(table);
  const add = (rule: CheckRule, column: string | undefined, description: string, modelId?: string) => {
    const id = `${table.name}.${rule.kind}${column ? `.${column}` : ''}`;
    // A column can be mandatory twice over (attribute cardinality and association multiplicity).
    if (out.some((c) => c.id === id)) return;
    out.push({
      id,
      table: table.name,
      ...(column ? { column } : {}),
      severity: DERIVED_SEVERITY[rule.kind] ?? 'warn',
      description,
      origin: 'model',
      ...(modelId ? { modelId } : {}),
      rule,
      keyColumns,
    });
  };
  const versioned = table.columns.some((c) => c.name === 'valid_to') && !input.eventTables?.has(table.name);

  const identity = identityColumns(table);
  if (versioned && identity.length > 0)
    add(
      { kind: 'open-version-unique', columns: identity },
      identity.join(','),
      `at most one open version per ${identity.join(', ')}`,
    );

  for (const column of table.columns) {
    const attribute = attributeOf(column, input.index);
    if (!attribute) continue;
    const text = column.type.kind === 'varchar' || column.type.kind === 'text';
    const type = attribute.type;
    if (text && type.kind === 'primitive' && type.length && type.length > 0)
      add(
        { kind: 'max-length', column: column.name, length: type.length },
        column.name,
        `${attribute.name} is at most ${type.length} characters`,
        attribute.id,
      );
    const pattern = regexOf(attribute);
    if (text && pattern)
      add(
        { kind: 'pattern', column: column.name, pattern },
        column.name,
        `${attribute.name} matches ${pattern}`,
        attribute.id,
      );
    if (attribute.cardinality.min >= 1 && column.role !== 'key')
      add(
        { kind: 'mandatory', column: column.name, openOnly: versioned },
        column.name,
        `${attribute.name} is mandatory (cardinality ${attribute.cardinality.min}..${attribute.cardinality.max ?? '*'})${versioned ? ' on open versions' : ''}`,
        attribute.id,
      );
    if (BSN_NAMES.test(attribute.name) && column.role === 'attribute')
      add(
        { kind: 'bsn', column: column.name },
        column.name,
        `${attribute.name} passes the BSN 11-proef`,
        attribute.id,
      );
  }

  for (const check of table.checks)
    add(
      { kind: 'accepted-values', column: check.column, values: check.values },
      check.column,
      `${check.column} is one of the ${check.values.length} values of the enumeration`,
      check.modelId,
    );

  for (const fk of table.foreignKeys) {
    const target = byName.get(fk.table);
    const column = fk.columns.join(',');
    const keyColumn = fk.columns.every((c) => table.columns.find((x) => x.name === c)?.role === 'key');
    if (!input.available.has(fk.table)) {
      // A shared key into a superclass the project does not build is reported when mapping (GGM-S614).
      if (keyColumn || fk.columns.length !== 1) continue;
      add(
        { kind: 'reference-absent', column: fk.columns[0]!, table: fk.table },
        column,
        `${column} refers to ${fk.table}, which this project does not build, so it must stay empty`,
        fk.modelId,
      );
      continue;
    }
    const enumeration = target?.kind === 'reference';
    add(
      {
        kind: 'reference',
        columns: fk.columns,
        table: fk.table,
        referencedColumns: fk.referencedColumns,
        enumeration,
      },
      column,
      enumeration
        ? `${column} is a key of the enumeration table ${fk.table}`
        : `${column} points to an existing ${fk.table}${target?.columns.some((c) => c.name === 'valid_to') ? ' (some version)' : ''}`,
      fk.modelId,
    );
  }

  for (const column of table.columns) {
    if (column.role !== 'reference' || !column.modelId) continue;
    const min = farEndMinimum(table, column, input.index, byName);
    if (min !== undefined && min >= 1)
      add(
        { kind: 'mandatory', column: column.name, openOnly: versioned },
        column.name,
        `${column.name} is mandatory (association multiplicity ${min}..)${versioned ? ' on open versions' : ''}`,
        column.modelId,
      );
  }
  return out;
}

function attributeOf(column: PlanColumn, index: ModelIndex): Attribute | undefined {
  if (column.role !== 'attribute' && column.role !== 'enumeration' && column.role !== 'reference')
    return undefined;
  const id = column.modelPath?.at(-1) ?? column.modelId;
  return id ? index.attribute(id) : undefined;
}

/** The model's formal pattern, or an informal one that is a valid regular expression. */
function regexOf(attribute: Attribute): string | undefined {
  const candidates = [attribute.formalPattern, attribute.pattern].filter((p): p is string => !!p?.trim());
  for (const [i, p] of candidates.entries()) {
    // An informal pattern is often prose ("zie tabel 49"); only take it when it looks like a regex.
    if (i > 0 || attribute.formalPattern === undefined) {
      if (!/[\\[\]^$+*{}]/.test(p)) continue;
    }
    try {
      new RegExp(p, 'u');
      return p.trim();
    } catch {
      continue;
    }
  }
  return undefined;
}

/** Minimum multiplicity of the association end a reference column points to, when unambiguous. */
function farEndMinimum(
  table: PlanTable,
  column: PlanColumn,
  index: ModelIndex,
  byName: ReadonlyMap<string, PlanTable>,
): number | undefined {
  const association = index.associations.get(column.modelId!);
  if (!association || association.source.classId === association.target.classId) return undefined;
  if (association.source.classId === table.modelId) return association.target.multiplicity.min;
  if (association.target.classId === table.modelId) return association.source.multiplicity.min;
  const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column.name);
  const targetClass = fk ? byName.get(fk.table)?.modelId : undefined;
  if (targetClass === association.target.classId) return association.target.multiplicity.min;
  if (targetClass === association.source.classId) return association.source.multiplicity.min;
  return undefined;
}
