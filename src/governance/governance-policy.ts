// The governance policy of a project (governance.yaml) as plain data: processing activities (purposes),
// roles, grants, classification overrides and pseudonymisation keys. Parsed by parse-governance.ts,
// compiled per request by compile-governed-read.ts.
import type { Location } from '../diagnostics/diagnostic.js';
import type { AuthenticationConfig, GovernanceMode } from './authentication-config.js';
import type { Classification, Treatment } from './governed-read.js';

/** A processing activity (verwerkingsactiviteit) of the municipality's AVG art. 30 register. */
export interface Purpose {
  id: string;
  /** The entry in the register of processing activities. */
  uri: string;
  name: string;
  /** The AVG art. 6(1) ground: `a`…`f`. */
  legalBasis: string;
  /** The AVG art. 9(2) exception (`b`, `g`, `h`, `j`, …) when special categories are processed. */
  specialCategoryException?: string;
  /** How long the data may be kept for this purpose, as people write it (`15 jaar`). */
  retention?: string;
  at?: Location;
}

export interface Role {
  name: string;
  description?: string;
  purposes: string[];
  at?: Location;
}

/** How a grant treats columns: by column name first, then by classification; otherwise the default. */
export interface GrantTreatments {
  byColumn: Record<string, Treatment>;
  byClassification: Partial<Record<Classification, Treatment>>;
}

/** A table a grant names: a GGM class, a silver table, `gold.<metric>` or a resource. */
export interface GrantTable {
  name: string;
  at?: Location;
}

export interface Grant {
  role: string;
  purpose: string;
  tables: GrantTable[];
  /** `*` for every column, or the listed ones (silver column names). */
  columns: '*' | string[];
  /** A row filter in the mapping expression language; rows for which it is not true are not read. */
  rows?: { text: string; at?: Location };
  treatments: GrantTreatments;
  maxPageSize: number;
  at?: Location;
}

/** A classification set by hand: `table.column` → classification (wins over model and data). */
export interface ClassificationOverride {
  table: string;
  column: string;
  classification: Classification;
  at?: Location;
}

export interface GovernancePolicy {
  /** The file it came from ('' for the built-in default). */
  file: string;
  mode: GovernanceMode;
  purposes: Purpose[];
  roles: Role[];
  grants: Grant[];
  classification: ClassificationOverride[];
  /** Pseudonymisation key name per purpose; purposes sharing a key can link their pseudonyms. */
  keys: Record<string, string>;
  /** The key the data subject of an audited read is pseudonymised with (`audit` unless set). */
  auditKey: string;
  authentication: AuthenticationConfig;
}

/** Resources that are not silver tables: the warehouse's own records. */
export const RESOURCES = ['kwaliteit', 'quarantaine', 'runs', 'logboek'] as const;
export type ResourceName = (typeof RESOURCES)[number];

/** In a grant's tables: every gold table (aggregates), now and later. */
export const GOLD_WILDCARD = 'gold.*';
/**
 * In a grant's tables: every unsuppressed metric table (`gold_intern.<metric>`, small cells in clear),
 * now and later. Never the base tables of gold_intern (they hold BSNs): the catalog does not list them.
 */
export const GOLD_INTERNAL_WILDCARD = 'gold_intern.*';

/** The page size a grant allows when it does not say. */
export const DEFAULT_MAX_PAGE_SIZE = 100;
/** No grant may allow more rows per page than this. */
export const HARD_MAX_PAGE_SIZE = 10_000;

/** The policy when a project has no governance.yaml: nothing is granted. */
export function denyAllPolicy(): GovernancePolicy {
  return {
    file: '',
    mode: 'development',
    purposes: [],
    roles: [],
    grants: [],
    classification: [],
    keys: {},
    auditKey: 'audit',
    authentication: { apiKeys: [] },
  };
}

/** The key a purpose pseudonymises with: its own (`<purpose>`) unless `keys:` names a shared one. */
export function keyOfPurpose(policy: GovernancePolicy, purpose: string): string {
  return policy.keys[purpose] ?? purpose;
}
