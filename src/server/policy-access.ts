// The project's policy as the server's DataAccess: reads compiled by compileGovernedRead (default deny)
// and run by the GovernedReader on its long-lived sandboxed session.
import type { Engine } from '../engines/engine.js';
import { compileGovernedRead } from '../governance/compile-governed-read.js';
import { findCatalogTable } from '../governance/governance-catalog.js';
import { projectKeys } from '../pipeline/governance/key-blocks.js';
import type { ProjectGovernance } from '../pipeline/governance/project-governance.js';
import { cachedCompile } from './compiled-read-cache.js';
import { ReaderPool } from './reader-pool.js';
import type { DataAccess, ResourceName } from './server-context.js';

export function policyAccess(
  governance: ProjectGovernance,
  warehouse: Engine,
  projectDir: string,
  options: { resultCache?: boolean } = {},
): DataAccess & {
  warm: (statements?: readonly string[]) => Promise<void>;
  close: () => Promise<void>;
} {
  const { policy, catalog, dialect } = governance;
  const reader = new ReaderPool(
    warehouse,
    projectKeys(projectDir, policy.mode),
    undefined,
    options.resultCache === false ? undefined : {},
  );
  return {
    compile: cachedCompile((request) => compileGovernedRead(policy, catalog, request, dialect)),
    read: (read, readOptions) => reader.read(read, readOptions),
    resourcePurpose: (roles: readonly string[], resource: ResourceName) => {
      const purposesOf = new Set(
        policy.roles.filter((r) => roles.includes(r.name)).flatMap((r) => r.purposes),
      );
      return policy.grants.find(
        (g) =>
          roles.includes(g.role) && purposesOf.has(g.purpose) && g.tables.some((t) => t.name === resource),
      )?.purpose;
    },
    classify: (table, column) =>
      findCatalogTable(catalog, table)?.columns.find((c) => c.name === column)?.classification ?? 'none',
    purposes: () => policy.purposes.map((p) => p.id),
    roles: () => policy.roles,
    warm: (statements) => reader.warm(statements),
    close: () => reader.close(),
  };
}
