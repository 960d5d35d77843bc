// The one place where a name becomes SQL for an engine: DDL, load SQL, checks, lineage, bronze and the
// meta catalog all call these, so a name over the engine's limit is shortened the same way everywhere.

/** What naming needs of a dialect (a `SqlDialect` has all of it). */
export interface NamingRules {
  maxIdentifierLength: number;
  quote: { open: string; close: string };
  reservedWords: ReadonlySet<string>;
  capabilities: { foldCase: 'lower' | 'upper' | 'none' };
}

/**
 * How a name is written:
 * - `plain`: unquoted when the engine would read it unchanged, else quoted in the case the engine folds
 *   unquoted names to, so quoted and unquoted uses name one object (DDL of names the plan derived);
 * - `exact`: always quoted, case kept (names that come from sources, and the load SQL).
 */
export type QuoteStyle = 'plain' | 'exact';

// A leading underscore is not a valid unquoted name everywhere (Oracle), so it is quoted too.
const PLAIN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** FNV-1a, 32 bit, as 8 hex digits: a short, deterministic fingerprint for names and ids. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

/**
 * A name cut to `max` bytes of UTF-8 (PostgreSQL counts bytes; for plain ASCII names bytes are
 * characters), deterministically: the first characters, `_` and an 8-digit hash of the full name. The
 * same long name always gives the same short one, so references stay consistent.
 */
export function shortenIdentifier(name: string, max: number): string {
  if (byteLength(name) <= max) return name;
  const hash = shortHash(name);
  const suffix = /[A-Z]/.test(name) && !/[a-z]/.test(name) ? hash.toUpperCase() : hash;
  let head = name.slice(0, Math.max(1, max - hash.length - 1));
  while (head.length > 1 && byteLength(head) + hash.length + 1 > max) head = head.slice(0, -1);
  return `${head.replace(/_+$/, '')}_${suffix}`;
}

/**
 * Bronze names fit PostgreSQL's 63 bytes on every engine, so a project's bronze layout (and the
 * mappings that read it) never depends on the engine.
 */
export const BRONZE_NAME_LIMIT = 63;

/** A source column's (or table's) name in bronze: as received, shortened past `BRONZE_NAME_LIMIT`. */
export function bronzeName(name: string): string {
  return shortenIdentifier(name, BRONZE_NAME_LIMIT);
}

/** The engine's physical name for `name`, unquoted: shortened when longer than the engine allows. */
export function physicalName(dialect: Pick<NamingRules, 'maxIdentifierLength'>, name: string): string {
  return shortenIdentifier(name, dialect.maxIdentifierLength);
}

/** `name` as an SQL identifier of this engine (shortened, then quoted as `style` says). */
export function sqlName(dialect: NamingRules, name: string, style: QuoteStyle = 'exact'): string {
  const short = physicalName(dialect, name);
  if (style === 'plain' && PLAIN.test(short) && !dialect.reservedWords.has(short.toLowerCase())) return short;
  const fold = style === 'plain' ? dialect.capabilities.foldCase : 'none';
  const folded = fold === 'lower' ? short.toLowerCase() : fold === 'upper' ? short.toUpperCase() : short;
  const { open, close } = dialect.quote;
  return `${open}${folded.split(close).join(close + close)}${close}`;
}

/** `schema.table` with both parts as `sqlName` writes them. */
export function sqlTableName(
  dialect: NamingRules,
  schema: string,
  table: string,
  style: QuoteStyle = 'exact',
): string {
  return `${sqlName(dialect, schema, style)}.${sqlName(dialect, table, style)}`;
}

/** What writing a string literal needs of a dialect (a `SqlDialect` has all of it). */
export interface LiteralRules {
  nationalStrings: boolean;
  backslashEscapes: boolean;
}

const STANDARD_LITERALS: LiteralRules = { nationalStrings: false, backslashEscapes: false };

/** `text` as a string literal of the engine: quotes doubled, backslashes where they escape, `N'…'`. */
export function sqlString(text: string, dialect: LiteralRules = STANDARD_LITERALS): string {
  const escaped = dialect.backslashEscapes ? text.replace(/\\/g, '\\\\') : text;
  return `${dialect.nationalStrings ? 'N' : ''}'${escaped.replace(/'/g, "''")}'`;
}
