import { sqlName, sqlString } from '../dialects/identifiers.js';
import type { SqlDialect } from '../dialects/sql-dialect.js';
import type { TreatmentSyntax } from '../dialects/treatment-syntax.js';
import type { CatalogColumn, CatalogTable } from './governance-catalog.js';
import type { GovernancePolicy, Grant } from './governance-policy.js';
import type { Parameters } from './row-filter-sql.js';
import type { Classification, Treatment } from './governed-read.js';

/** A pseudonymisation key in a GovernedRead's parameters: the reader binds the key's padded block. */
export interface KeyParameter {
  key: string;
  /** `inner` = key ⊕ ipad, `outer` = key ⊕ opad, each bound as 128 hex digits. */
  part: 'inner' | 'outer';
}

export function isKeyParameter(value: unknown): value is KeyParameter {
  return typeof value === 'object' && value !== null && 'key' in value && 'part' in value;
}

/** What masked values read as. */
export const MASK = '*****';

/** The classification of a column: governance.yaml's override, else the catalog's (model and data). */
export function classificationOf(
  policy: GovernancePolicy,
  table: CatalogTable,
  column: CatalogColumn,
): Classification {
  const names = [table.name, `${table.schema}.${table.name}`, ...table.aliases].map((n) => n.toLowerCase());
  const override = policy.classification.find(
    (o) => names.includes(o.table.toLowerCase()) && o.column === column.name,
  );
  return override?.classification ?? column.classification;
}

/** How a grant treats a column: named in the grant, else by classification; personal data is withheld unless said. */
export function treatmentOf(grant: Grant, column: CatalogColumn, classification: Classification): Treatment {
  if (grant.columns !== '*' && !grant.columns.includes(column.name)) return 'withheld';
  const chosen =
    grant.treatments.byColumn[column.name] ??
    grant.treatments.byClassification[classification] ??
    (classification === 'none' ? 'clear' : 'withheld');
  if (chosen === 'generalised' && !generalisable(column)) return 'withheld';
  return chosen;
}

const looksLikeDate = (c: CatalogColumn) => /datum|date|geboorte/i.test(`${c.name} ${c.attribute ?? ''}`);
const looksLikePostcode = (c: CatalogColumn) => /postcode/i.test(`${c.name} ${c.attribute ?? ''}`);
const looksLikeAge = (c: CatalogColumn) => /leeftijd|(^|_)age($|_)/i.test(`${c.name} ${c.attribute ?? ''}`);

/** Whether `generalised` has a meaning for the column (else it is withheld): dates, postcodes, ages. */
export function generalisable(c: CatalogColumn): boolean {
  if (c.kind === 'date' || c.kind === 'timestamp') return true;
  if (c.kind === 'text') return looksLikeDate(c) || looksLikePostcode(c);
  if (c.kind === 'integer') return looksLikeAge(c) || looksLikeDate(c);
  return false;
}

/** `value` as SQL with the treatment applied (not for `withheld`). */
export function treatedSql(
  value: string,
  column: CatalogColumn,
  treatment: Exclude<Treatment, 'withheld'>,
  syntax: TreatmentSyntax,
  key: string,
  params: Parameters,
): string {
  const unlessNull = (sql: string) => `CASE WHEN ${value} IS NULL THEN NULL ELSE ${sql} END`;
  switch (treatment) {
    case 'clear':
      return value;
    case 'pseudonymised':
      return unlessNull(hmacSql(syntax.text(value), key, syntax, params));
    case 'masked':
      return unlessNull(sqlString(MASK));
    case 'generalised':
      return generalisedSql(value, column, syntax);
  }
}

/** HMAC-SHA256 hex of `text` with the named key, its blocks bound as parameters. */
export function hmacSql(text: string, key: string, syntax: TreatmentSyntax, params: Parameters): string {
  const inner = params.add({ key, part: 'inner' } satisfies KeyParameter);
  const outer = params.add({ key, part: 'outer' } satisfies KeyParameter);
  return syntax.hmacSha256Hex(text, inner, outer);
}

function generalisedSql(value: string, c: CatalogColumn, syntax: TreatmentSyntax): string {
  if (c.kind === 'date' || c.kind === 'timestamp') return syntax.year(value);
  if (c.kind === 'text' && looksLikePostcode(c)) return `upper(substr(replace(${value}, ' ', ''), 1, 4))`;
  // dates kept as text (`1953-05-20`, `19530520`) → the year
  if (c.kind === 'text') return `substr(${value}, 1, 4)`;
  if (looksLikeAge(c)) {
    const low = `CAST(floor(${value} / 10.0) * 10 AS INTEGER)`;
    return `CASE WHEN ${value} IS NULL THEN NULL ELSE ${syntax.text(low)} || '-' || ${syntax.text(`${low} + 9`)} END`;
  }
  // whole-number dates (yyyymmdd) → the year
  return `CAST(floor(${value} / 10000.0) AS INTEGER)`;
}

/** The visible columns of a table under a grant, with classification and treatment, in table order. */
export function visibleColumns(policy: GovernancePolicy, grant: Grant, table: CatalogTable) {
  return table.columns.flatMap((column) => {
    const classification = classificationOf(policy, table, column);
    const treatment = treatmentOf(grant, column, classification);
    return treatment === 'withheld' ? [] : [{ column, classification, treatment }];
  });
}

/** `t.<column>` for the engine. */
export const columnRef = (dialect: SqlDialect, name: string) => `t.${sqlName(dialect, name)}`;
