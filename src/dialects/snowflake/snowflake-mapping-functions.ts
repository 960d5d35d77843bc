import { castTypeName } from '../cast-types.js';
import type { DateFormatPart } from '../date-format.js';
import { dateFormatPattern } from '../date-format.js';
import { STANDARD_MAPPING_CAPABILITIES, type MappingDialect } from '../mapping-dialect.js';
import { sqlName, sqlString } from '../identifiers.js';
import type { SqlDialect } from '../sql-dialect.js';

/**
 * How mappings compile for Snowflake: TRY_TO_DATE/TRY_TO_TIMESTAMP_NTZ, REGEXP_LIKE, hex through
 * TO_NUMBER. Names are written as the Snowflake DDL writes them (`plain`: unquoted, else quoted in
 * upper case), so the load finds the tables `ggm generate ddl --engine snowflake` creates.
 */
export function snowflakeMappingFunctions(dialect: Omit<SqlDialect, 'mapping'>): MappingDialect {
  const quoteString = (text: string) => sqlString(text, dialect);
  const q = (name: string) => sqlName(dialect, name, 'plain');
  return {
    name: 'snowflake',
    capabilities: STANDARD_MAPPING_CAPABILITIES,
    query: dialect.query,
    quoteIdentifier: q,
    quoteString,
    type: (t) => castTypeName(dialect.types, t),
    numericType: 'NUMBER(38, 10)',
    md5: (text) => `MD5(${text})`,
    hexToBigint: (hex) => `CAST(TO_NUMBER(UPPER(SUBSTR(${hex}, 1, 15)), 'XXXXXXXXXXXXXXX') AS BIGINT)`,
    // POSIX ERE: no non-capturing groups, and a capturing group matches the same text.
    regexMatch: (text, pattern) => `REGEXP_LIKE(${text}, ${quoteString(pattern.replace(/\(\?:/g, '('))})`,
    parseDate(text: string, format: DateFormatPart[], withTime: boolean): string {
      const spec = format
        .map((p) => (p.kind === 'field' ? p.field : /[A-Za-z]/.test(p.text) ? `"${p.text}"` : p.text))
        .join('');
      const fn = withTime ? 'TRY_TO_TIMESTAMP_NTZ' : 'TRY_TO_DATE';
      return `CASE WHEN REGEXP_LIKE(${text}, ${quoteString(dateFormatPattern(format).replace(/\(\?:/g, '('))}) THEN ${fn}(${text}, ${quoteString(spec)}) END`;
    },
    prelude: [],
    createTempTable: (name, select) => `CREATE TEMPORARY TABLE ${q(name)} AS ${select}`,
    tempTable: q,
    correlatedUpdate: true,
    beginTransaction: 'BEGIN TRANSACTION',
    commitTransaction: 'COMMIT',
    currentTimestamp: 'CAST(CURRENT_TIMESTAMP() AS TIMESTAMP_NTZ)',
  };
}
