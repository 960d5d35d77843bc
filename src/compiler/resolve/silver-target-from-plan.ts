import { getNameStyle } from '../../schema/naming/name-style.js';
import { systemColumnNames } from '../../schema/plan/system-columns.js';
import type { PlanColumn, PlanTable, SchemaPlan } from '../../schema/schema-plan.js';
import type { SilverColumn, SilverTarget, SilverTargets } from './silver-target.js';

/** The silver tables of a schema plan, by class id. Names come from the plan, never re-derived. */
export function silverTargetsFromPlan(plan: SchemaPlan, schema = 'silver'): SilverTargets {
  const byName = new Map(plan.tables.map((t) => [t.name, t]));
  const system = systemColumnNames(getNameStyle(plan.options.naming));
  const targets = new Map<string, SilverTarget>();
  for (const table of plan.tables) {
    if (table.kind !== 'entity' || !table.modelId) continue;
    targets.set(table.modelId, toTarget(table, byName, system, schema));
  }
  return (classId) => targets.get(classId);
}

function toTarget(
  table: PlanTable,
  byName: Map<string, PlanTable>,
  system: ReturnType<typeof systemColumnNames>,
  schema: string,
): SilverTarget {
  const key = table.columns.find((c) => c.role === 'key') ?? table.columns[0]!;
  const has = (name: string) => table.columns.some((c) => c.name === name);
  const columns: SilverColumn[] = [];
  for (const c of table.columns) {
    if ((c.role !== 'attribute' && c.role !== 'enumeration' && c.role !== 'reference') || !c.modelId)
      continue;
    columns.push({
      name: c.name,
      type: c.type,
      nullable: c.nullable,
      role: c.role,
      modelId: c.modelId,
      ...(c.modelPath ? { modelPath: c.modelPath } : {}),
      ...(c.role === 'enumeration' ? { enumeration: enumerationStorage(table, c, byName) } : {}),
    });
  }
  const load: NonNullable<SilverTarget['load']> = {};
  if (has(system.batchId)) load.batchId = system.batchId;
  if (has(system.source)) load.source = system.source;
  if (has(system.loadedAt)) load.loadedAt = system.loadedAt;
  if (has(system.rowHash)) load.rowHash = system.rowHash;
  return {
    schema,
    table: table.name,
    classId: table.modelId!,
    keyColumn: key.name,
    keyType: key.type,
    primaryKey: table.primaryKey.columns,
    ...keyReferences(table, key.name),
    ...identity(table, system.validFrom),
    columns,
    ...(has(system.validFrom) && has(system.validTo)
      ? {
          history: {
            validFrom: system.validFrom,
            validTo: system.validTo,
            ...(has(system.registeredAt) ? { registeredAt: system.registeredAt } : {}),
          },
        }
      : {}),
    ...(Object.keys(load).length > 0 ? { load } : {}),
  };
}

/** A column with a foreign key to a seeded reference table stores the literal's key, else its name. */
function enumerationStorage(
  table: PlanTable,
  column: PlanColumn,
  byName: Map<string, PlanTable>,
): SilverColumn['enumeration'] {
  const fk = table.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === column.name);
  const ref = fk ? byName.get(fk.table) : undefined;
  const enumerationId = ref?.modelIds?.[0] ?? ref?.modelId ?? column.modelId ?? '';
  if (!ref?.seed) return { enumerationId, stored: 'name' };
  const keyIndex = ref.seed.columns.indexOf(fk!.referencedColumns[0]!);
  const valueIndex = ref.seed.columns.findIndex(
    (name) => ref.columns.find((c) => c.name === name)?.role === 'seed',
  );
  const ids: Record<string, number> = {};
  for (const row of ref.seed.rows) {
    const id = row[keyIndex];
    const value = row[valueIndex];
    if (typeof id === 'number' && typeof value === 'string') ids[value] = id;
  }
  return { enumerationId, stored: 'id', ids };
}

function keyReferences(table: PlanTable, key: string): { keyReferences?: string[] } {
  const tables = table.foreignKeys
    .filter((f) => f.columns.length === 1 && f.columns[0] === key)
    .map((f) => f.table);
  return tables.length > 0 ? { keyReferences: tables } : {};
}

/** The object identity of a table whose key identifies a version: a UNIQUE (columns…, valid_from). */
function identity(table: PlanTable, validFrom: string): { identity?: string[] } {
  if (table.primaryKey.columns.includes(validFrom)) return {};
  const unique = table.uniques.find((u) => u.columns.length > 1 && u.columns.at(-1) === validFrom);
  return unique ? { identity: unique.columns.slice(0, -1) } : {};
}
