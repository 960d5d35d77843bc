import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { classificationOf, generalisable, treatmentOf } from './column-treatments.js';
import { catalogNames, findCatalogTable, type GovernanceCatalog } from './governance-catalog.js';
import { GOVERNANCE_CODES as G } from './governance-codes.js';
import {
  GOLD_INTERNAL_WILDCARD,
  GOLD_WILDCARD,
  RESOURCES,
  type GovernancePolicy,
} from './governance-policy.js';
import { Parameters, rowFilterSql } from './row-filter-sql.js';
import { CLASSIFICATIONS } from './parse-governance.js';

const offset = (at: Location | undefined, by: number): Location | undefined =>
  at && at.col !== undefined ? { ...at, col: at.col + by } : at;

/**
 * A parsed policy against the warehouse catalog: every table, column and row filter a grant names must
 * exist, and a grant that shows special-category data (AVG art. 9) in clear or pseudonymised form needs a
 * purpose with an art. 9(2) exception. Pure.
 */
export function validatePolicy(policy: GovernancePolicy, catalog: GovernanceCatalog): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (code: string, at: Location | undefined, message: string, hint?: string) =>
    out.push({ code, severity: 'error', message, ...(at ? { at } : {}), ...(hint ? { hint } : {}) });
  const names = catalogNames(catalog);
  const dialect = getDialect('duckdb');

  for (const grant of policy.grants) {
    const where = `grant ${grant.role} × ${grant.purpose}`;
    const purpose = policy.purposes.find((p) => p.id === grant.purpose);
    for (const ref of grant.tables) {
      // resources the server serves itself (the audit log) and every gold table are no catalog tables
      if (
        ref.name === GOLD_WILDCARD ||
        ref.name === GOLD_INTERNAL_WILDCARD ||
        (RESOURCES as readonly string[]).includes(ref.name.toLowerCase())
      )
        continue;
      const table = findCatalogTable(catalog, ref.name);
      if (!table) {
        error(
          G.unknownTable,
          ref.at,
          `${where}: no table or class ${ref.name} in the warehouse`,
          didYouMean(ref.name, names),
        );
        continue;
      }
      const columnNames = table.columns.map((c) => c.name);
      if (grant.columns !== '*')
        for (const c of grant.columns)
          if (!columnNames.includes(c))
            error(
              G.unknownColumn,
              grant.at,
              `${where}: ${table.name} has no column ${c}`,
              didYouMean(c, columnNames),
            );
      for (const [c, treatment] of Object.entries(grant.treatments.byColumn)) {
        const column = table.columns.find((x) => x.name === c);
        // a treatment by column name applies to the tables that have it; one that none has is a typo
        if (!column) {
          if (!grant.tables.some((t) => findCatalogTable(catalog, t.name)?.columns.some((x) => x.name === c)))
            error(
              G.unknownColumn,
              grant.at,
              `${where}: treatment for ${c}, a column none of its tables has`,
              didYouMean(c, [...columnNames, ...CLASSIFICATIONS]),
            );
          continue;
        }
        if (treatment === 'generalised' && !generalisable(column))
          out.push({
            code: G.treatmentNotApplicable,
            severity: 'warning',
            message: `${where}: ${table.name}.${c} cannot be generalised (not a date, postcode or age); it is withheld`,
            ...(grant.at ? { at: grant.at } : {}),
          });
      }
      if (grant.rows) {
        const filter = rowFilterSql(grant.rows.text, table, dialect, new Parameters());
        if (!filter.ok)
          error(
            G.rowFilter,
            offset(grant.rows.at, filter.at),
            `${where}: row filter on ${table.name}: ${filter.message}`,
          );
      }
      if (purpose && !purpose.specialCategoryException) {
        const exposed = table.columns.filter((c) => {
          if (classificationOf(policy, table, c) !== 'special') return false;
          const t = treatmentOf(grant, c, 'special');
          return t === 'clear' || t === 'pseudonymised';
        });
        if (exposed.length > 0)
          error(
            G.legalBasis,
            grant.at,
            `${where}: ${table.name} shows special-category data (${exposed.map((c) => c.name).join(', ')}) but purpose ${purpose.id} has no AVG art. 9(2) exception`,
            'add special_category_exception to the purpose, or generalise, mask or withhold the columns',
          );
      }
    }
  }
  for (const o of policy.classification) {
    const table = findCatalogTable(catalog, o.table);
    if (!table)
      error(G.unknownTable, o.at, `classification: no table ${o.table}`, didYouMean(o.table, names));
    else if (!table.columns.some((c) => c.name === o.column))
      error(
        G.unknownColumn,
        o.at,
        `classification: ${table.name} has no column ${o.column}`,
        didYouMean(
          o.column,
          table.columns.map((c) => c.name),
        ),
      );
  }
  return out;
}
