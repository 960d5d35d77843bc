import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { SelectionSpec } from '../../model/model-selection.js';
import { orderByReferences } from '../emit/table-order.js';
import { buildSchemaPlan } from '../plan/build-schema-plan.js';
import type { PlanTable, SchemaOptions, SchemaPlan } from '../schema-plan.js';
import { planColumnSteps } from './column-steps.js';
import { constraintsOf, describe, diffConstraints, type NameMaps } from './constraint-changes.js';
import { planDestructiveSteps } from './destructive-steps.js';
import { MIGRATION_CODES, migrationDiagnostic } from './migration-codes.js';
import type { MigrationContext } from './migration-context.js';
import {
  MIGRATION_PHASES,
  MIGRATION_PLAN_FORMAT_VERSION,
  type MigrationPlan,
  type MigrationStep,
} from './migration-plan.js';
import { buildModelIdentity, type ModelIdentity } from './model-identity.js';
import { planReferenceRows } from './reference-rows.js';
import { planValueRemaps } from './value-remaps.js';
import { orderRenames, retiredName } from './rename-order.js';
import { matchColumns, matchTables, type TableMatch } from './schema-matching.js';

export interface MigrationOptions {
  /** The same selection spec is resolved in both models (an empty spec: the whole model). */
  selection?: SelectionSpec;
  options?: Partial<SchemaOptions>;
  /** Run destructive steps (drops, narrowing, deleted literals) instead of listing them as skipped. */
  allowDestructive?: boolean;
}

/**
 * The migration from the schema of one model version to another's: both plans are built with the same
 * selection and options, then compared element by element (`diffSchemaPlans`). Pure.
 */
export function planMigration(
  from: ModelIndex,
  to: ModelIndex,
  options: MigrationOptions = {},
): MigrationPlan {
  const a = buildSchemaPlan(from, options.selection ?? {}, options.options ?? {});
  const b = buildSchemaPlan(to, options.selection ?? {}, options.options ?? {});
  const problems = [...a.diagnostics, ...b.diagnostics].filter((d) => d.severity === 'error');
  const plan = diffSchemaPlans(a.plan, b.plan, buildModelIdentity(from, to), {
    allowDestructive: options.allowDestructive === true,
    elementName: (id) => elementName(to, id) ?? elementName(from, id),
  });
  const selection = problems.map((d) =>
    migrationDiagnostic(
      MIGRATION_CODES.selectionProblem,
      'error',
      d.message,
      d.hint ?? `${d.code} while planning one of the schemas`,
    ),
  );
  return { ...plan, diagnostics: [...selection, ...plan.diagnostics] };
}

function elementName(index: ModelIndex, id: string): string | undefined {
  const attribute = index.attribute(id);
  if (attribute) {
    const owner = index.classes.get(attribute.classId);
    return `${owner?.name ?? '?'}.${attribute.name}`;
  }
  const c = index.classes.get(id) ?? index.enumerations.get(id);
  if (c) return c.name;
  const a = index.associations.get(id);
  return a ? `association ${a.name ?? id}` : undefined;
}

/** The migration between two plans, given which model elements are the same (`identity`). Pure. */
export function diffSchemaPlans(
  from: SchemaPlan,
  to: SchemaPlan,
  identity: ModelIdentity,
  settings: { allowDestructive: boolean; elementName?: (id: string) => string | undefined },
): MigrationPlan {
  const steps: MigrationStep[] = [];
  const ctx: MigrationContext = {
    options: to.options,
    diagnostics: [...identity.diagnostics],
    add: (s) => steps.push(s),
    referencedTables: new Set(
      from.tables.flatMap((t) => t.foreignKeys.filter((f) => f.table !== t.name).map((f) => f.table)),
    ),
    elementName: settings.elementName ?? (() => undefined),
  };
  if (JSON.stringify(from.options) !== JSON.stringify(to.options)) {
    ctx.diagnostics.push(
      migrationDiagnostic(
        MIGRATION_CODES.selectionProblem,
        'warning',
        'the two plans were built with different options; physical choices changed too',
      ),
    );
  }
  const match = matchTables(from, to, identity);
  const tableName = planTableRenames(ctx, from, to, match);

  const paired = new Map<string, Map<string, string>>();
  const current = new Map<string, Map<string, string>>();
  for (const pair of match.pairs) {
    const columns = matchColumns(pair.from, pair.to, from, to, identity);
    const maps = planColumnSteps(ctx, pair, columns);
    paired.set(pair.from.name, maps.paired);
    current.set(pair.from.name, maps.current);
  }
  const names: NameMaps = {
    table: (t) => match.toOf.get(t)?.name,
    column: (t, c) => paired.get(t)?.get(c),
  };

  const keyMaps = new Map<string, Map<number, number>>();
  const leftovers = new Map<string, { key: number; value: string }[]>();
  for (const pair of match.pairs) {
    if (pair.from.kind !== 'reference') continue;
    const rows = planReferenceRows(pair.from, pair.to, identity);
    keyMaps.set(pair.from.name, rows.keyMap);
    if (rows.leftovers.length > 0) leftovers.set(pair.to.name, rows.leftovers);
    for (const s of rows.steps) ctx.add(s);
  }
  const forced = planValueRemaps(ctx, { from, to, match, names, identity, keyMaps });

  const constraintRenames: MigrationStep[] = [];
  for (const pair of match.pairs) {
    const changes = diffConstraints(pair, names, forced);
    for (const s of [...changes.drops, ...changes.adds]) ctx.add(s);
    constraintRenames.push(...changes.renames);
  }
  planConstraintRenames(ctx, from, to, match, tableName, constraintRenames);
  planNewTables(ctx, match);
  planDestructiveSteps(ctx, { from, to, match, tableName, current, leftovers });

  const order = (s: MigrationStep) => MIGRATION_PHASES.indexOf(s.phase);
  const sorted = steps
    .map((s, i) => ({ s, i }))
    .sort((x, y) => order(x.s) - order(y.s) || x.i - y.i)
    .map((x) => x.s);
  const run = sorted.filter((s) => !s.destructive || settings.allowDestructive);
  const skipped = sorted.filter((s) => s.destructive && !settings.allowDestructive);
  for (const s of skipped) ctx.diagnostics.push(skippedDiagnostic(s));
  return {
    formatVersion: MIGRATION_PLAN_FORMAT_VERSION,
    from: side(from),
    to: side(to),
    options: to.options,
    allowDestructive: settings.allowDestructive,
    steps: run,
    skipped,
    diagnostics: ctx.diagnostics,
  };
}

function side(p: SchemaPlan): MigrationPlan['from'] {
  return {
    name: p.model.name,
    ...(p.model.version ? { version: p.model.version } : {}),
    sha256: p.model.sha256,
    tables: p.tables.length,
  };
}

/** Renames paired tables whose name changed; a table that goes but holds a needed name is retired. */
function planTableRenames(
  ctx: MigrationContext,
  from: SchemaPlan,
  to: SchemaPlan,
  match: TableMatch,
): Map<string, string> {
  const needed = new Set(to.tables.map((t) => t.name.toLowerCase()));
  const taken = new Set([...from.tables, ...to.tables].map((t) => t.name.toLowerCase()));
  const isTaken = (n: string) => taken.has(n.toLowerCase());
  const current = new Map<string, string>();
  const renames = match.pairs.map((p) => ({ from: p.from.name, to: p.to.name }));
  const reasons = new Map(
    match.pairs.map((p) => [
      p.from.name,
      `${p.from.kind} table of ${p.to.qualifiedName ?? p.to.modelId ?? p.to.name}: its physical name changed`,
    ]),
  );
  for (const t of match.removed) {
    current.set(t.name, t.name);
    if (!needed.has(t.name.toLowerCase())) continue;
    const name = retiredName(t.name, isTaken);
    taken.add(name.toLowerCase());
    renames.push({ from: t.name, to: name });
    current.set(t.name, name);
    reasons.set(t.name, `goes, but another table takes its name; kept as ${name} until it is dropped`);
    ctx.diagnostics.push(
      migrationDiagnostic(MIGRATION_CODES.retiredName, 'info', `table ${t.name} ${reasons.get(t.name)!}`),
    );
  }
  for (const p of match.pairs) current.set(p.from.name, p.to.name);
  const referenced = new Set(
    from.tables.flatMap((t) => t.foreignKeys.filter((f) => f.table !== t.name).map((f) => f.table)),
  );
  for (const r of orderRenames(renames, isTaken)) {
    const original = r.from.replace(/_ggm_tmp\d*$/, '');
    ctx.add({
      kind: 'rename-table',
      phase: 'rename-tables',
      table: r.from,
      newName: r.to,
      reason: reasons.get(original) ?? reasons.get(r.from) ?? 'rename',
      destructive: false,
      facts: { referenced: referenced.has(original) },
    });
  }
  return current;
}

/**
 * Constraint renames in an order without clashes (PostgreSQL keys and uniques are indexes, whose names
 * are unique in a schema); constraints of tables that go make room under a retired name.
 */
function planConstraintRenames(
  ctx: MigrationContext,
  from: SchemaPlan,
  to: SchemaPlan,
  match: TableMatch,
  tableName: Map<string, string>,
  renames: MigrationStep[],
): void {
  const all = [...from.tables, ...to.tables].flatMap((t) =>
    constraintsOf(t).map((c) => c.name.toLowerCase()),
  );
  const taken = new Set(all);
  const isTaken = (n: string) => taken.has(n.toLowerCase());
  const needed = new Set(to.tables.flatMap((t) => constraintsOf(t).map((c) => c.name.toLowerCase())));
  const steps = new Map<string, MigrationStep & { kind: 'rename-constraint' }>();
  for (const s of renames) if (s.kind === 'rename-constraint') steps.set(s.oldName, s);
  for (const t of match.removed) {
    for (const c of constraintsOf(t)) {
      if (!needed.has(c.name.toLowerCase())) continue;
      const name = retiredName(c.name, isTaken);
      taken.add(name.toLowerCase());
      steps.set(c.name, {
        kind: 'rename-constraint',
        phase: 'rename-tables',
        table: tableName.get(t.name) ?? t.name,
        oldName: c.name,
        constraint: { ...c, name },
        reason: `${t.name} goes; its constraint makes room for a new one of that name`,
        destructive: false,
      });
    }
  }
  const order = orderRenames(
    [...steps.values()].map((s) => ({ from: s.oldName, to: s.constraint.name })),
    isTaken,
  );
  for (const r of order) {
    const original = steps.get(r.from) ?? steps.get(r.from.replace(/_ggm_tmp\d*$/, ''))!;
    ctx.add({ ...original, oldName: r.from, constraint: { ...original.constraint, name: r.to } });
  }
}

/** New tables in an order where referenced tables come first; their foreign keys are added after. */
function planNewTables(ctx: MigrationContext, match: TableMatch): void {
  for (const t of orderByReferences(match.added).ordered) {
    ctx.add({
      kind: 'create-table',
      phase: 'create-tables',
      table: t.name,
      definition: t,
      reason: reasonForNewTable(t),
      destructive: false,
    });
    for (const fk of t.foreignKeys) {
      ctx.add({
        kind: 'add-constraint',
        phase: 'add-constraints',
        table: t.name,
        constraint: { kind: 'foreign-key', ...fk },
        newTable: true,
        reason: describe({ kind: 'foreign-key', ...fk }),
        destructive: false,
      });
    }
  }
}

function reasonForNewTable(t: PlanTable): string {
  const what = t.kind === 'entity' ? 'class' : t.kind === 'link' ? 'association' : 'enumeration';
  return `new ${what} ${t.qualifiedName ?? t.modelId ?? t.name}`;
}

function skippedDiagnostic(s: MigrationStep): Diagnostic {
  const where = `${s.table}${s.column ? `.${s.column}` : ''}`;
  return migrationDiagnostic(
    MIGRATION_CODES.destructiveSkipped,
    'warning',
    `skipped destructive step ${s.kind} ${where}: ${s.reason}`,
    'run with --allow-destructive to include it',
  );
}
