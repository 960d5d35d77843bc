import { rewriteCode } from '../cloud/sql-code-parts.js';
import { WAREHOUSE_SCHEMAS } from '../engine.js';

const NAMES = WAREHOUSE_SCHEMAS.join('|');
/** A warehouse schema used as a qualifier (`silver.x`, `` `meta`.`y` ``), not after another dot. */
const QUALIFIER = new RegExp(`(^|[^.\\w\`])(\`?)(${NAMES})\\2(?=\\s*\\.)`, 'gi');
/** The schema of `CREATE|DROP SCHEMA [IF [NOT] EXISTS] <schema>` when it has no catalog. */
const SCHEMA_DDL = new RegExp(
  `\\b((?:CREATE|DROP)\\s+SCHEMA\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?)(\`?)(${NAMES})\\2(?![\\w\`]|\\s*\\.)`,
  'gi',
);

/**
 * Unity Catalog three-part names: every warehouse schema the SQL names is qualified by the engine's
 * catalog (`gemeente`.silver.x), outside literals and comments, so nothing depends on the session's
 * current catalog.
 */
export function qualifyCatalog(sql: string, catalog: string): string {
  const cat = `\`${catalog}\``;
  return rewriteCode(sql, (code) =>
    code
      .replace(SCHEMA_DDL, (_m, head: string, q: string, name: string) => `${head}${cat}.${q}${name}${q}`)
      .replace(QUALIFIER, (_m, before: string, q: string, name: string) => `${before}${cat}.${q}${name}${q}`),
  );
}
