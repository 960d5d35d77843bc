import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { mappingDialectOf } from '../../dialects/engine-names.js';
import type { Engine } from '../../engines/engine.js';
import type { GovernanceCatalog } from '../../governance/governance-catalog.js';
import type { GovernancePolicy } from '../../governance/governance-policy.js';
import { validatePolicy } from '../../governance/validate-policy.js';
import { ProjectError, type OpenedProject } from '../opened-project.js';
import { buildGovernanceCatalog, type CatalogOptions } from './build-governance-catalog.js';
import { loadGovernance } from './load-governance.js';

/** A project's policy with the catalog of its warehouse, checked against each other. */
export interface ProjectGovernance {
  policy: GovernancePolicy;
  catalog: GovernanceCatalog;
  /** The engine the reads compile for (`duckdb`, `postgres`). */
  dialect: string;
  /** Warnings (no governance.yaml, treatments that do not apply); errors never get this far. */
  diagnostics: Diagnostic[];
}

export interface GovernanceOptions extends CatalogOptions {
  /** An engine the caller holds open on the warehouse (the server); else it is opened and closed here. */
  engine?: Engine;
  /** Release workbook or version instead of ggm.yaml's `model`. */
  model?: string;
}

/**
 * Reads governance.yaml, builds the catalog on `engine` and validates the policy against it. Throws
 * `ProjectError` with the diagnostics when the policy has errors.
 */
export async function projectGovernance(
  project: OpenedProject,
  engine: Engine,
  options: CatalogOptions = {},
): Promise<ProjectGovernance> {
  const loaded = await loadGovernance(project.config.dir);
  if (!loaded.policy)
    throw new ProjectError(
      'governance.yaml has errors',
      loaded.diagnostics.filter((d) => d.severity !== 'info'),
    );
  const { catalog, diagnostics } = await buildGovernanceCatalog(project, engine, options);
  const checked = validatePolicy(loaded.policy, catalog);
  const all = [...loaded.diagnostics, ...diagnostics, ...checked];
  if (checked.some((d) => d.severity === 'error'))
    throw new ProjectError(
      'governance.yaml does not fit the warehouse',
      all.filter((d) => d.severity !== 'info'),
    );
  return { policy: loaded.policy, catalog, dialect: mappingDialectOf(engine.kind), diagnostics: all };
}
