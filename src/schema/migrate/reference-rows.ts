import type { PlanTable } from '../schema-plan.js';
import type { MigrationStep, SeedValue } from './migration-plan.js';
import type { ModelIdentity } from './model-identity.js';

export interface ReferenceRows {
  /** Old key → key after the migration, for every row of the old table (leftovers included). */
  keyMap: Map<number, number>;
  /** Key remap of the table itself, row updates and inserts (phase `seed-rows`). */
  steps: MigrationStep[];
  /** Rows the new release no longer has: deleted by a destructive step. */
  leftovers: { key: number; value: string }[];
}

interface SeedRow {
  key: number;
  value: string;
  row: SeedValue[];
}

/**
 * The rows of a paired reference table. A row is the same literal when the enumerations' literals pair
 * (by id, else name, as in the version diff), so a renamed literal is an UPDATE that keeps its key.
 * Every row ends with the key a fresh schema gives it (1..n in the model's order); rows whose key
 * changes are remapped (the stored values too, by the caller). Rows the new release lacks keep their
 * key when it is free, else get one after the last.
 */
export function planReferenceRows(from: PlanTable, to: PlanTable, identity: ModelIdentity): ReferenceRows {
  const table = to.name;
  const fromRows = seedRows(from);
  const toRows = seedRows(to);
  const toByValue = new Map(toRows.map((r) => [r.value, r]));
  const renamed = from.modelId ? identity.literalNames(from.modelId) : new Map<string, string>();
  const columns = to.seed?.columns ?? [];
  const keyColumn = columns[0] ?? to.primaryKey.columns[0]!;

  const keyMap = new Map<number, number>();
  const kept = new Set<SeedRow>();
  const updates: MigrationStep[] = [];
  const leftoverRows: SeedRow[] = [];
  for (const r of fromRows) {
    const target = toByValue.get(renamed.get(r.value) ?? r.value) ?? toByValue.get(r.value);
    if (!target || kept.has(target)) {
      leftoverRows.push(r);
      continue;
    }
    kept.add(target);
    keyMap.set(r.key, target.key);
    const set: Record<string, SeedValue> = {};
    columns.forEach((c, i) => {
      if (i > 0 && (from.seed?.columns[i] === c ? r.row[i] : undefined) !== target.row[i])
        set[c] = target.row[i] ?? null;
    });
    if (Object.keys(set).length > 0) {
      updates.push({
        kind: 'update-row',
        phase: 'seed-rows',
        table,
        keyColumn,
        key: target.key,
        set,
        reason: `literal ${r.value}${target.value !== r.value ? ` renamed to ${target.value}` : ''}: ${Object.keys(set).join(', ')} changed`,
        destructive: false,
        facts: { referenced: true },
      });
    }
  }
  const taken = new Set(toRows.map((r) => r.key));
  let next = Math.max(0, ...toRows.map((r) => r.key), ...fromRows.map((r) => r.key)) + 1;
  const leftovers = leftoverRows.map((r) => {
    const key = taken.has(r.key) ? next++ : r.key;
    taken.add(key);
    keyMap.set(r.key, key);
    return { key, value: r.value };
  });

  const steps: MigrationStep[] = [];
  const moved = [...keyMap].filter(([a, b]) => a !== b);
  if (moved.length > 0) {
    steps.push({
      kind: 'remap-values',
      phase: 'seed-rows',
      table,
      column: keyColumn,
      mapping: moved,
      unique: true,
      referenceTable: table,
      reason: `keys follow the model's literal order (${moved.length} rows move)`,
      destructive: false,
    });
  }
  steps.push(...updates);
  const inserts = toRows.filter((r) => !kept.has(r));
  if (inserts.length > 0) {
    steps.push({
      kind: 'insert-rows',
      phase: 'seed-rows',
      table,
      columns,
      rows: inserts.map((r) => r.row),
      reason: `new literals ${inserts.map((r) => r.value).join(', ')}`,
      destructive: false,
    });
  }
  return { keyMap, steps, leftovers };
}

/** Key → key of the same literal in another reference table, by value; null where it has none. */
export function mapByValue(
  from: PlanTable,
  to: PlanTable,
  renamed: Map<string, string>,
): Map<number, number | null> {
  const toByValue = new Map(seedRows(to).map((r) => [r.value, r.key]));
  const map = new Map<number, number | null>();
  for (const r of seedRows(from))
    map.set(r.key, toByValue.get(renamed.get(r.value) ?? r.value) ?? toByValue.get(r.value) ?? null);
  return map;
}

function seedRows(t: PlanTable): SeedRow[] {
  return (t.seed?.rows ?? []).map((row) => ({ key: Number(row[0]), value: String(row[1]), row }));
}
