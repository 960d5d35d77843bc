import type { GeometryKind } from '../model/model-types.js';
import type { LogicalTypeKind } from './logical-type.js';

import type { DialectName } from './engine-names.js';
import type { GoldSyntax } from './gold-syntax.js';
import type { MappingDialect } from './mapping-dialect.js';
import type { MigrationSyntax } from './migration-syntax.js';
import type { QuerySyntax } from './query-syntax.js';
import type { TreatmentSyntax } from './treatment-syntax.js';
import type { PlatformControlSyntax } from './platform-controls.js';

export { DIALECT_NAMES, type DialectName } from './engine-names.js';

/** Engine type per logical type, as templates: `{length}`, `{precision}`, `{scale}` are filled in. */
export interface TypeMap {
  templates: Record<Exclude<LogicalTypeKind, 'geometry'>, string>;
  geometry: Record<GeometryKind, string>;
  /** Longer `varchar`s use the `text` template. */
  maxVarcharLength: number;
}

/** What an engine can do, as data; the emitter reads these and never tests an engine's name. */
export interface DialectCapabilities {
  /** `alter`: ALTER TABLE … ADD CONSTRAINT after all tables; `inline`: in CREATE TABLE, so referenced tables go first. */
  foreignKeys: 'alter' | 'inline' | 'none';
  /** Inline foreign keys may name tables created later (MySQL with FOREIGN_KEY_CHECKS = 0). */
  forwardReferences: boolean;
  /** Primary keys and unique constraints in CREATE TABLE, or added by ALTER TABLE (Fabric). */
  keyConstraints: 'inline' | 'alter';
  uniqueConstraints: boolean;
  /**
   * Whether a UNIQUE constraint lets several rows have NULL in its columns. SQL Server does not, so
   * there unique keys become filtered unique indexes (`WHERE col IS NOT NULL`).
   */
  uniqueNullsDistinct: boolean;
  checkConstraints: 'inline' | 'alter' | 'none';
  comments: 'comment-on' | 'inline' | 'extended-property' | 'none';
  /** Extra words after PRIMARY KEY / UNIQUE / FOREIGN KEY clauses (`NOT ENFORCED`). */
  keySuffix: string;
  /** `NONCLUSTERED` for warehouses that require it, placed after PRIMARY KEY / UNIQUE. */
  keyModifier: string;
  /** Rows per INSERT … VALUES statement; 1 means one INSERT per row. */
  maxInsertRows: number;
  /** Unquoted identifiers are folded to this case; quoted names are folded the same way so both match. */
  foldCase: 'lower' | 'upper' | 'none';
  maxCommentLength: number;
  /** Longest string literal the engine accepts in a statement. */
  maxLiteralLength: number;
  /** Row size limit (MySQL/MariaDB): varchars beyond it become text. Bytes per character for varchars. */
  maxRowBytes?: { limit: number; bytesPerChar: number };
}

export interface SqlDialect {
  name: DialectName;
  label: string;
  /** The dialect name @polyglot-sql/sdk parses this engine's SQL with. */
  parserDialect: string;
  quote: { open: string; close: string };
  maxIdentifierLength: number;
  /** Lower-case words that must be quoted as identifiers. */
  reservedWords: ReadonlySet<string>;
  types: TypeMap;
  capabilities: DialectCapabilities;
  /** Statements before the tables (`CREATE EXTENSION postgis`). */
  preamble: string[];
  /** Statements after everything else. */
  postamble: string[];
  /** After the closing parenthesis of CREATE TABLE (`USING DELTA`). */
  tableSuffix: string;
  /** `N'…'` on engines that need national literals for Unicode. */
  nationalStrings: boolean;
  /** Backslash is an escape character in string literals (MySQL, Snowflake, Spark SQL). */
  backslashEscapes: boolean;
  /** Inline table comment clause, when comments are `inline`. */
  tableComment?: (literal: string) => string;
  /** Comment as a statement, when comments are `extended-property`. */
  commentStatement?: (literal: string, table: string, column?: string) => string;
  /** Query SQL the shared emitters ask for (first rows, UPDATE … FROM, conditional counts). */
  query: QuerySyntax;
  /** How a schema changes on this engine (migrations between releases). */
  migration: MigrationSyntax;
  /** Governance treatments (pseudonymisation, generalisation): present on the runtime engines. */
  treatments?: TreatmentSyntax;
  /** The platform's own access controls a governance policy translates into (`ggm policy export`). */
  controls?: PlatformControlSyntax;
  /** Mapping functions: present on the engines mappings and checks compile for (MAPPING_DIALECT_NAMES). */
  mapping?: MappingDialect;
  /** Date arithmetic for gold metrics: present on the engines gold compiles for (DuckDB, PostgreSQL,
   * Databricks, Snowflake, Fabric). */
  gold?: GoldSyntax;
}
