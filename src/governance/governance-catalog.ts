// What the policy compiler knows of the warehouse: the tables a request may name, their columns with
// classification, and how a row leads to its data subject's BSN. Built by the pipeline from the schema
// plan (src/pipeline/governance/build-catalog.ts) plus extra tables (gold, resources). Plain data.
import type { Classification } from './governed-read.js';

/** The kind of values a column holds, as far as treatments care. */
export type ValueKind = 'text' | 'integer' | 'number' | 'date' | 'timestamp' | 'boolean' | 'other';

export interface CatalogColumn {
  name: string;
  kind: ValueKind;
  classification: Classification;
  /** Why it has that classification (for `ggm policy check`). */
  reason?: string;
  /** An enumeration column: its readable value lives in `table.valueColumn` by `keyColumn`. */
  enumeration?: { table: string; keyColumn: string; valueColumn: string; alias: string };
  /** Model attribute name, when the column comes from one (e.g. `burgerservicenummer`). */
  attribute?: string;
}

/** One foreign-key step: `from` columns of the current table → `to` columns of `table`. */
export interface SubjectStep {
  table: string;
  from: string[];
  to: string[];
}

export interface CatalogTable {
  /** Schema (`silver`, `gold`, `meta`). */
  schema: string;
  /** Physical table name inside the schema. */
  name: string;
  /** Other names a request may use: the GGM class name, `gold.<id>`, a resource name. */
  aliases: string[];
  columns: CatalogColumn[];
  /**
   * How a row leads to its data subject: the BSN column of this table (no steps), or through foreign
   * keys to a table (in `schema`) holding it. Absent: the rows are not about identifiable persons.
   */
  subject?: { steps: SubjectStep[]; bsnColumn: string };
  /** Default order of pages (the primary key), so paging is stable. */
  orderBy: string[];
  /**
   * A grant of this resource (lower case) covers the table too: the steps of `runs`.
   */
  grantedWith?: string;
}

export interface GovernanceCatalog {
  tables: CatalogTable[];
}

/** The table a request or grant names: by physical name, `schema.name` or alias (case-insensitive). */
export function findCatalogTable(catalog: GovernanceCatalog, name: string): CatalogTable | undefined {
  const wanted = name.toLowerCase();
  return (
    catalog.tables.find(
      (t) => t.name.toLowerCase() === wanted || `${t.schema}.${t.name}`.toLowerCase() === wanted,
    ) ?? catalog.tables.find((t) => t.aliases.some((a) => a.toLowerCase() === wanted))
  );
}

/** Every name a table may be asked for by, for "did you mean" suggestions. */
export function catalogNames(catalog: GovernanceCatalog): string[] {
  const seen = new Set<string>();
  return catalog.tables
    .flatMap((t) => [...t.aliases, t.name])
    .filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}
