import { silverTargetsFromPlan } from '../../src/compiler/resolve/silver-target-from-plan.js';
import type { SilverTarget } from '../../src/compiler/resolve/silver-target.js';
import type { Engine } from '../../src/engines/engine.js';
import { buildSchemaPlan } from '../../src/schema/plan/build-schema-plan.js';
import type { SchemaPlan } from '../../src/schema/schema-plan.js';
import { emitDdl } from '../../src/schema/emit/ddl-emitter.js';
import { silverProfile, tablesNeeded } from '../../src/pipeline/silver-schema.js';
import { loadReleaseIndex } from './releases.js';
import type { ModelIndex } from '../../src/model/model-index.js';
import type { GoldContext } from '../../src/gold/resolve-metric.js';

/** The social domain of v2.5.1 as a project plans it: model, schema plan, silver targets. */
export async function sociaalContext(): Promise<GoldContext & { plan: SchemaPlan; index: ModelIndex }> {
  const index = await loadReleaseIndex('v2.5.1');
  const { plan } = buildSchemaPlan(index, { domains: ['6 Sociaal Domein'] });
  return { index, plan, targets: silverTargetsFromPlan(plan) };
}

/** The silver target of a class by name (first match with a table). */
export function targetOf(ctx: GoldContext, className: string): SilverTarget {
  for (const c of ctx.index.findClasses(className)) {
    const t = ctx.targets(c.id);
    if (t) return t;
  }
  throw new Error(`no silver table for ${className}`);
}

/** Creates the silver tables of these classes (and what they need) as `ggm run` would. */
export async function createSilver(
  engine: Engine,
  plan: SchemaPlan,
  tables: readonly string[],
): Promise<void> {
  const wanted = new Set(tablesNeeded(plan, new Set(tables)));
  const silver = silverProfile(plan);
  const { statements } = emitDdl(
    { ...silver, tables: silver.tables.filter((t) => wanted.has(t.name)) },
    engine.dialect,
    { schema: 'silver' },
  );
  await engine.execute('CREATE SCHEMA IF NOT EXISTS silver');
  for (const s of statements) await engine.execute(s);
}

/** Inserts rows (column → value; dates as ISO text) with one multi-row INSERT per table. */
export async function insertRows(
  engine: Engine,
  target: SilverTarget,
  rows: readonly Record<string, string | number | null>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const types = new Map(target.columns.map((c) => [c.name, c.type]));
  const values = rows.map(
    (r, i) =>
      `(${columns
        .map((c, j) => {
          const n = i * columns.length + j + 1;
          const t = types.get(c);
          return t?.kind === 'date' ? `CAST($${n} AS DATE)` : `$${n}`;
        })
        .join(', ')})`,
  );
  const q = (n: string) => `"${n}"`;
  await engine.execute(
    `INSERT INTO ${q(target.schema)}.${q(target.table)} (${columns.map(q).join(', ')}) VALUES ${values.join(', ')}`,
    rows.flatMap((r) => columns.map((c) => r[c] ?? null)),
  );
}
