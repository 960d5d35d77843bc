// The contract between the policy compiler (src/governance) and whoever reads data for a person: the
// HTTP server, `ggm policy explain`, the OData feed. Plain serializable data: the compiler turns a
// request into a GovernedRead (SQL with bound parameters) or a PolicyDenial; nothing else may read
// silver or gold on behalf of a user.

/** How a column leaves the warehouse. */
export type Treatment = 'clear' | 'pseudonymised' | 'masked' | 'generalised' | 'withheld';

/** What a column holds, derived from the model and the data, overridable per column in governance.yaml. */
export type Classification = 'bsn' | 'personal' | 'special' | 'none';

export type FilterOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'in' | 'like';

export interface ReadFilter {
  column: string;
  op: FilterOperator;
  value: string | number | boolean | null | (string | number)[];
}

export interface ReadSort {
  column: string;
  descending: boolean;
}

/** One request to read rows, as the caller states it. Nothing here is trusted. */
export interface GovernedReadRequest {
  /** The roles of the authenticated caller (from the token's role claim or the API key). */
  roles: readonly string[];
  /** The purpose (processing activity) the caller names; must be granted to one of its roles. */
  purpose: string;
  /** A GGM class name, a silver table name, or `gold.<metric>`. */
  table: string;
  /** Columns asked for; undefined = every column the grant allows. */
  fields?: readonly string[];
  filters?: readonly ReadFilter[];
  sort?: readonly ReadSort[];
  /** 1-based page and its size; the policy caps the size. */
  page: number;
  pageSize: number;
  /** BSNs searched for (from a POST body, never a URL): rows of these data subjects only. */
  subjects?: readonly string[];
  /**
   * Read the stored failing samples of this check of `table` (meta.check_samples) instead of the table:
   * under the grant of `table`, its columns with the treatments that grant gives them. No fields,
   * filters, sort or subjects with it.
   */
  samples?: { run: string; check: string };
}

export interface GovernedColumn {
  /** The name in the response (the silver column name). */
  name: string;
  classification: Classification;
  treatment: Treatment;
}

/** A request the policy allows, compiled for one engine. */
export interface GovernedRead {
  /** One SELECT with placeholders; run it on a sandboxed, read-only session. */
  sql: string;
  /** Bound in order; pseudonymisation keys are parameters, never SQL text. */
  parameters: readonly unknown[];
  /** The visible columns, in order. Withheld columns are absent. */
  columns: readonly GovernedColumn[];
  /**
   * When the rows are about persons: the extra result column holding each row's data subject,
   * pseudonymised with the audit key (never the clear BSN). The reader strips it from the rows and
   * hands the values to the audit log.
   */
  subjectColumn: string | null;
  /** True when any visible column is personal, special or a BSN (the read must be audited). */
  personal: boolean;
  /** The processing activity the read runs under (its URI goes into the LDV record). */
  purpose: { id: string; uri: string; name: string };
  /** The role whose grant allowed the read. */
  role: string;
  /** The table actually read, schema-qualified and quoted for the engine. */
  table: string;
}

/** A request the policy refuses: default deny. The server turns it into a problem response. */
export interface PolicyDenial {
  denied: true;
  /** 400 for an invalid request (unknown column, bad filter), 403 for not granted, 404 for an unknown table. */
  status: 400 | 403 | 404;
  /** A stable GGM-G… code. */
  code: string;
  /** For the caller and the security log; names nothing the caller may not see. */
  reason: string;
  /** Each invalid parameter, for the problem response's invalidParams. */
  invalidParams?: { name: string; reason: string }[];
}
