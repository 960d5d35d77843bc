import { META_CATALOG, META_SCHEMA } from '../schema/catalog/meta-catalog.js';
import type { PlanTable } from '../schema/schema-plan.js';
import { valueKind } from './classify-model.js';
import type { CatalogColumn, CatalogTable, ValueKind } from './governance-catalog.js';
import type { Classification } from './governed-read.js';

/** Columns of the warehouse's own records that may hold what a source delivered (a BSN in a bad line). */
const PERSONAL_RECORD_COLUMNS = new Set(['raw', 'reason', 'message', 'value', 'sample']);

function metaCatalogTable(
  plan: PlanTable,
  alias: string,
  options: { grantedWith?: string; orderBy?: string[] } = {},
): CatalogTable {
  const { grantedWith } = options;
  return {
    schema: META_SCHEMA,
    name: plan.name,
    aliases: [alias],
    ...(grantedWith ? { grantedWith } : {}),
    columns: plan.columns.map((c): CatalogColumn => {
      const personal = PERSONAL_RECORD_COLUMNS.has(c.name);
      return {
        name: c.name,
        kind: valueKind(c.type.kind),
        classification: personal ? 'personal' : 'none',
        ...(personal ? { reason: 'may hold source values (personal data) verbatim' } : {}),
      };
    }),
    orderBy:
      options.orderBy ??
      (plan.primaryKey.columns.length > 0 ? plan.primaryKey.columns : [plan.columns[0]!.name]),
  };
}

/**
 * The resources that are warehouse records: `kwaliteit` (check results), `quarantaine` and `runs` (with
 * their steps, `runstappen`, granted with `runs`). (`logboek`, the audit log, is a file the server reads;
 * a grant names it like a table. The failing samples of checks are read under the grant of the table
 * they come from: see compileGovernedRead's `samples`.)
 */
export function resourceTables(): CatalogTable[] {
  return [
    // no primary key: a run's checks are unique by their id
    metaCatalogTable(META_CATALOG.checkResults, 'kwaliteit', { orderBy: ['run_id', 'check_id'] }),
    metaCatalogTable(META_CATALOG.quarantine, 'quarantaine'),
    metaCatalogTable(META_CATALOG.runs, 'runs'),
    metaCatalogTable(META_CATALOG.runSteps, 'runstappen', {
      grantedWith: 'runs',
      orderBy: ['run_id', 'started_at', 'step_id'],
    }),
  ];
}

/** An engine's type name (`VARCHAR`, `character varying`, `BIGINT`, `DATE` …) as a value kind. */
export function kindOfEngineType(type: string): ValueKind {
  const t = type.toLowerCase();
  if (/char|text|string|uuid/.test(t)) return 'text';
  if (/^(tinyint|smallint|integer|int|bigint|hugeint|int\d)$/.test(t)) return 'integer';
  if (/decimal|numeric|double|real|float/.test(t)) return 'number';
  if (/timestamp/.test(t)) return 'timestamp';
  if (/date/.test(t)) return 'date';
  if (/bool/.test(t)) return 'boolean';
  return 'other';
}

/**
 * A gold table (aggregates, suppressed below the threshold): no personal data, alias `gold.<id>`. With
 * schema `gold_intern`: the same metric unsuppressed (alias `gold_intern.<id>`), granted only by name or
 * `gold_intern.*`; its cells are no personal data either, but small ones may point at a person, which is
 * why the policy grants them apart.
 */
export function goldCatalogTable(
  table: { name: string; columns: readonly { name: string; type: string }[] },
  schema: 'gold' | 'gold_intern' = 'gold',
): CatalogTable {
  const classification: Classification = 'none';
  return {
    schema,
    name: table.name,
    aliases: [`${schema}.${table.name}`],
    columns: table.columns.map((c) => ({ name: c.name, kind: kindOfEngineType(c.type), classification })),
    orderBy: table.columns.map((c) => c.name),
  };
}
