import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { physicalName } from '../../dialects/identifiers.js';
import type { Engine } from '../../engines/engine.js';
import { bsnColumnsFromProbe, bsnProbeSql } from '../../governance/bsn-probe-sql.js';
import { catalogFromSchemaPlan, valueKind } from '../../governance/classify-model.js';
import type { CatalogTable, GovernanceCatalog } from '../../governance/governance-catalog.js';
import { goldCatalogTable, resourceTables } from '../../governance/resource-catalog.js';
import { GOLD_INTERNAL_SCHEMA, GOLD_SCHEMA } from '../../gold/gold-table.js';
import type { OpenedProject } from '../opened-project.js';
import { tablesNeeded } from '../silver-schema.js';

export interface CatalogOptions {
  /** Sample silver for columns whose values pass the BSN 11-proef (default true). */
  probe?: boolean;
  /** Tables to add (e.g. gold tables another component knows of); they win over discovered ones. */
  extraTables?: readonly CatalogTable[];
}

/**
 * The governance catalog of a project's warehouse: the silver tables its mappings fill that exist,
 * classified from the model and (probe) the data; the gold tables there are, and their unsuppressed
 * twins in gold_intern; the meta resources.
 */
export async function buildGovernanceCatalog(
  project: OpenedProject,
  engine: Engine,
  options: CatalogOptions = {},
): Promise<{ catalog: GovernanceCatalog; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const plan = project.schemaPlan;
  const targets = new Set(
    project.mappings.flatMap((m) => (m.compiled.resolved ? [m.compiled.resolved.target.table] : [])),
  );
  const needed = tablesNeeded(plan, targets);
  const existing = new Set((await engine.listTables('silver')).map((t) => t.name.toLowerCase()));
  const present = needed.filter((name) => existing.has(physicalName(engine.dialect, name).toLowerCase()));

  const probedBsn = new Set<string>();
  if (options.probe !== false) {
    for (const t of plan.tables.filter((x) => present.includes(x.name) && x.kind === 'entity')) {
      const columns = t.columns
        .filter((c) => c.role === 'attribute' && ['text', 'integer'].includes(valueKind(c.type.kind)))
        .map((c) => ({ name: c.name, integer: valueKind(c.type.kind) === 'integer' }));
      if (columns.length === 0) continue;
      const [row] = await engine.query(
        bsnProbeSql(engine.dialect, 'silver', physicalName(engine.dialect, t.name), columns),
      );
      for (const c of bsnColumnsFromProbe(columns, row ?? {})) probedBsn.add(`${t.name}.${c}`);
    }
  }
  // plan names: the compiler writes them through sqlName, which shortens them as the DDL did
  const silver = catalogFromSchemaPlan(plan, project.index, { tables: present, probedBsn });

  const gold = (await engine.listTables(GOLD_SCHEMA)).map((t) => goldCatalogTable(t));
  // the unsuppressed figures of the metrics only: gold_intern's base tables (sd_persoon …) hold BSNs
  const metricTables = new Set(gold.map((t) => t.name.toLowerCase()));
  const internal = (await engine.listTables(GOLD_INTERNAL_SCHEMA))
    .filter((t) => metricTables.has(t.name.toLowerCase()))
    .map((t) => goldCatalogTable(t, GOLD_INTERNAL_SCHEMA));
  const extra = options.extraTables ?? [];
  const replaced = (t: CatalogTable) => extra.some((e) => e.schema === t.schema && e.name === t.name);
  const tables = [...silver, ...gold, ...internal, ...resourceTables()].filter((t) => !replaced(t));
  return { catalog: { tables: [...tables, ...extra] }, diagnostics };
}
