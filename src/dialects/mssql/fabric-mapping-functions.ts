import { castTypeName } from '../cast-types.js';
import type { DateFormatPart } from '../date-format.js';
import { dateFormatPattern } from '../date-format.js';
import type { MappingCapabilities, MappingDialect } from '../mapping-dialect.js';
import { sqlName, sqlString } from '../identifiers.js';
import type { SqlDialect } from '../sql-dialect.js';

/** T-SQL has no boolean values, no `||`, no NULLS LAST and no CREATE … IF NOT EXISTS. */
export const TSQL_MAPPING_CAPABILITIES: MappingCapabilities = {
  booleans: 'bit',
  concat: '+',
  substring: 'SUBSTRING',
  length: 'LEN',
  substringNeedsLength: true,
  nullsLast: false,
  createIfMissing: 'guard',
};

/** A format part's regular expression without the anchors, its own groups non-capturing. */
function partPattern(part: DateFormatPart): string {
  return dateFormatPattern([part])
    .slice(1, -1)
    .replace(/\((?!\?)/g, '(?:');
}

/**
 * A date format → the text rewritten to `yyyy-m-d h:mi:ss` (REGEXP_REPLACE with one group per field),
 * its lone digits padded, so that one style (120, ODBC canonical) reads every format. Undefined when
 * the format lacks a year, month or day.
 */
export function canonicalDateText(
  text: string,
  format: DateFormatPart[],
  quote: (s: string) => string,
): string | undefined {
  const group: Partial<Record<string, number>> = {};
  let n = 0;
  const capture = format
    .map((p) => {
      if (p.kind === 'literal') return partPattern(p);
      group[p.field] = ++n;
      return `(${partPattern(p)})`;
    })
    .join('');
  const field = (name: string, missing?: string) => (group[name] ? `\\${group[name]}` : missing);
  const [year, month, day] = [field('YYYY'), field('MM'), field('DD')];
  if (!year || !month || !day) return undefined;
  const iso = `${year}-${month}-${day} ${field('HH24', '00')}:${field('MI', '00')}:${field('SS', '00')}`;
  const rewritten = `REGEXP_REPLACE(${text}, ${quote(`^${capture}$`)}, ${quote(iso)})`;
  return `REGEXP_REPLACE(${rewritten}, ${quote('\\b([0-9])\\b')}, ${quote('0\\1')})`;
}

/**
 * How mappings compile for Microsoft Fabric Warehouse (T-SQL). Predicates are no values there: the
 * stage's flags are 1/0 (`TSQL_MAPPING_CAPABILITIES`). Stage tables are session `#temp` tables made
 * by SELECT … INTO; versions close by UPDATE … FROM (MERGE is a preview feature on Fabric); MD5 is
 * HASHBYTES; regular expressions are REGEXP_LIKE (Fabric Warehouse has them; SQL Server from 2025).
 */
export function fabricMappingFunctions(dialect: Omit<SqlDialect, 'mapping'>): MappingDialect {
  const quoteString = (text: string) => sqlString(text, dialect);
  const q = (name: string) => sqlName(dialect, name, 'exact');
  const tempTable = (name: string) => `#${name}`;
  return {
    name: 'fabric',
    capabilities: TSQL_MAPPING_CAPABILITIES,
    query: dialect.query,
    quoteIdentifier: q,
    quoteString,
    type: (t) => castTypeName(dialect.types, t),
    numericType: 'DECIMAL(38, 10)',
    // VARCHAR is UTF-8 on Fabric, so the bytes hashed are those the other engines hash.
    md5: (text) => `LOWER(CONVERT(VARCHAR(32), HASHBYTES('MD5', ${text}), 2))`,
    // A leading 0 makes 16 hex digits: 8 bytes, read big-endian as a non-negative BIGINT.
    hexToBigint: (hex) => `CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(${hex}, 1, 15), 2))`,
    regexMatch: (text, pattern) => `REGEXP_LIKE(${text}, ${quoteString(pattern)})`,
    parseDate(text: string, format: DateFormatPart[], withTime: boolean): string | undefined {
      const canonical = canonicalDateText(text, format, quoteString);
      if (canonical === undefined) return undefined;
      const type = withTime ? castTypeName(dialect.types, { kind: 'timestamp' }) : 'DATE';
      return `CASE WHEN REGEXP_LIKE(${text}, ${quoteString(dateFormatPattern(format))}) THEN TRY_CONVERT(${type}, ${canonical}, 120) END`;
    },
    prelude: [],
    createTempTable: (name, select) => `SELECT * INTO ${tempTable(name)} FROM (${select}) AS src`,
    tempTable,
    ifMissing: (kind, object, statement) =>
      kind === 'schema'
        ? `IF SCHEMA_ID(${quoteString(object)}) IS NULL EXEC(${quoteString(statement)})`
        : `IF OBJECT_ID(${quoteString(object)}) IS NULL ${statement}`,
    correlatedUpdate: false,
    beginTransaction: 'BEGIN TRANSACTION',
    commitTransaction: 'COMMIT TRANSACTION',
    currentTimestamp: 'CAST(SYSDATETIME() AS DATETIME2(6))',
  };
}
