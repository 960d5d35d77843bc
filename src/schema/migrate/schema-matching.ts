import type { PlanColumn, PlanTable, SchemaPlan } from '../schema-plan.js';
import type { ModelIdentity } from './model-identity.js';

export interface TablePair {
  from: PlanTable;
  to: PlanTable;
}

export interface TableMatch {
  pairs: TablePair[];
  /** Tables only the old schema has. */
  removed: PlanTable[];
  /** Tables only the new schema has. */
  added: PlanTable[];
  /** Old table name → paired new table. */
  toOf: Map<string, PlanTable>;
}

/**
 * Pairs the tables of two plans by the model elements they come from, never by physical name: entity
 * tables by class, link tables by association, reference tables by their enumerations as the version
 * diff pairs them (their ids change every release). A reference table that held several identical
 * enumerations pairs with the new table of its first enumeration's match, else the one most of its
 * enumerations went to.
 */
export function matchTables(from: SchemaPlan, to: SchemaPlan, identity: ModelIdentity): TableMatch {
  const pairs: TablePair[] = [];
  const used = new Set<PlanTable>();
  const byKey = new Map<string, PlanTable>();
  for (const t of to.tables)
    if (t.kind !== 'reference')
      byKey.set(
        tableKey(t, (id) => id),
        t,
      );
  const referenceOf = new Map<string, PlanTable>();
  for (const t of to.tables)
    if (t.kind === 'reference') for (const id of t.modelIds ?? [t.modelId ?? '']) referenceOf.set(id, t);

  const removed: PlanTable[] = [];
  for (const f of from.tables) {
    const t =
      f.kind === 'reference'
        ? pairReference(f, identity, referenceOf, used)
        : byKey.get(tableKey(f, identity.toId));
    if (t && !used.has(t)) {
      used.add(t);
      pairs.push({ from: f, to: t });
    } else removed.push(f);
  }
  const added = to.tables.filter((t) => !used.has(t));
  return { pairs, removed, added, toOf: new Map(pairs.map((p) => [p.from.name, p.to])) };
}

function tableKey(t: PlanTable, toId: (id: string) => string): string {
  return t.modelId ? `${t.kind}:${toId(t.modelId)}` : `${t.kind}#${t.name}`;
}

function pairReference(
  f: PlanTable,
  identity: ModelIdentity,
  referenceOf: Map<string, PlanTable>,
  used: Set<PlanTable>,
): PlanTable | undefined {
  const targets = (f.modelIds ?? [f.modelId ?? ''])
    .map((id) => identity.enumeration(id))
    .map((id) => (id ? referenceOf.get(id) : undefined))
    .filter((t): t is PlanTable => t !== undefined && !used.has(t));
  if (targets.length === 0) return undefined;
  const first = f.modelId ? identity.enumeration(f.modelId) : undefined;
  const own = targets.find((t) => first !== undefined && (t.modelIds ?? [t.modelId]).includes(first));
  if (own) return own;
  const counts = new Map<PlanTable, number>();
  for (const t of targets) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

export interface ColumnMatch {
  pairs: { from: PlanColumn; to: PlanColumn }[];
  removed: PlanColumn[];
  added: PlanColumn[];
}

/**
 * Pairs the columns of two paired tables by what they hold: the key by role; attribute and
 * enumeration columns by attribute (the path of attribute ids for flattened datatypes); a reference
 * by attribute or association *and* the class it points to (pointing elsewhere means other data);
 * generalization and link-end columns by their element; system and seed columns by name.
 */
export function matchColumns(
  from: PlanTable,
  to: PlanTable,
  fromPlan: SchemaPlan,
  toPlan: SchemaPlan,
  identity: ModelIdentity,
): ColumnMatch {
  const fromKeys = columnKeys(from, fromPlan, identity.toId);
  const toKeys = columnKeys(to, toPlan, (id) => id);
  const waiting = new Map<string, PlanColumn>();
  to.columns.forEach((c, i) => waiting.set(toKeys[i]!, c));
  const pairs: ColumnMatch['pairs'] = [];
  const removed: PlanColumn[] = [];
  from.columns.forEach((c, i) => {
    const match = waiting.get(fromKeys[i]!);
    if (match) {
      waiting.delete(fromKeys[i]!);
      pairs.push({ from: c, to: match });
    } else removed.push(c);
  });
  return { pairs, removed, added: [...waiting.values()] };
}

function columnKeys(table: PlanTable, plan: SchemaPlan, toId: (id: string) => string): string[] {
  const seen = new Map<string, number>();
  return table.columns.map((c) => {
    const base = columnKey(table, c, plan, toId);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

function columnKey(table: PlanTable, c: PlanColumn, plan: SchemaPlan, toId: (id: string) => string): string {
  const element = c.modelPath ? c.modelPath.map(toId).join('/') : c.modelId ? toId(c.modelId) : undefined;
  switch (c.role) {
    case 'key':
      return 'key';
    case 'attribute':
    case 'enumeration':
    case 'superclass':
    case 'link-end':
      return element ? `${c.role}:${element}` : `${c.role}#${c.name}`;
    case 'reference': {
      const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === c.name);
      const target = fk ? tablesByName(plan).get(fk.table)?.modelId : undefined;
      return `reference:${element ?? c.name}->${target ? toId(target) : '?'}`;
    }
    default:
      return `${c.role}#${c.name}`;
  }
}

const byNameCache = new WeakMap<SchemaPlan, Map<string, PlanTable>>();

export function tablesByName(plan: SchemaPlan): Map<string, PlanTable> {
  let map = byNameCache.get(plan);
  if (!map) {
    map = new Map(plan.tables.map((t) => [t.name, t]));
    byNameCache.set(plan, map);
  }
  return map;
}
