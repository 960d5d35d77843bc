import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { OpenedProject } from '../opened-project.js';
import { tablesNeeded } from '../silver-schema.js';
import { planCheck } from '../../checks/check-sql.js';
import type { CheckDefinition, PlannedCheck } from '../../checks/check-types.js';
import { deriveChecks } from '../../checks/derive-checks.js';
import { loadCustomChecks, uniqueChecks } from '../../checks/load-custom-checks.js';

export interface ProjectChecks {
  /** Compiled for the project's engine, derived checks first, table by table, then custom ones. */
  checks: PlannedCheck[];
  definitions: CheckDefinition[];
  diagnostics: Diagnostic[];
}

/** The silver tables a project builds: its mappings' targets. */
export function builtTables(project: OpenedProject): string[] {
  const targets = project.mappings.flatMap((m) =>
    m.compiled.resolved && m.compiled.resolved.target.schema === 'silver'
      ? [m.compiled.resolved.target.table]
      : [],
  );
  return [...new Set(targets)];
}

/** Derived checks for every built table plus the project's `checks/` files, for its engine. */
export async function projectChecks(project: OpenedProject): Promise<ProjectChecks> {
  const built = builtTables(project);
  const available = new Set(tablesNeeded(project.schemaPlan, new Set(built)));
  const eventTables = new Set(
    project.mappings.flatMap((m) =>
      m.compiled.resolved?.history.mode === 'events' ? [m.compiled.resolved.target.table] : [],
    ),
  );
  const derived = deriveChecks({
    plan: project.schemaPlan,
    index: project.index,
    tables: built,
    available,
    eventTables,
  });
  const tables = new Map(
    project.schemaPlan.tables.filter((t) => available.has(t.name)).map((t) => [t.name, t]),
  );
  const custom = await loadCustomChecks(project.config.dir, tables);
  const unique = uniqueChecks([...derived, ...custom.checks]);
  // The engine the project was compiled for (`--dialect`), which is the runtime engine otherwise.
  const engine = project.dialect;
  return {
    checks: unique.checks.map((c) => planCheck(c, engine)),
    definitions: unique.checks,
    diagnostics: [...custom.diagnostics, ...unique.diagnostics],
  };
}
