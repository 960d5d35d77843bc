import { castTypeName } from '../cast-types.js';
import type { DateFormatPart } from '../date-format.js';
import { dateFormatPattern } from '../date-format.js';
import { STANDARD_MAPPING_CAPABILITIES, type MappingDialect } from '../mapping-dialect.js';
import { sqlName, sqlString } from '../identifiers.js';
import type { SqlDialect } from '../sql-dialect.js';

/** GGM format fields → strptime specifiers. */
const STRPTIME: Record<string, string> = { YYYY: '%Y', MM: '%m', DD: '%d', HH24: '%H', MI: '%M', SS: '%S' };

const quoteString = (text: string) => sqlString(text);

/** How mappings compile for DuckDB: strptime-based parsing, native md5, hex casts. */
export function duckdbMappingFunctions(dialect: Omit<SqlDialect, 'mapping'>): MappingDialect {
  return {
    name: 'duckdb',
    capabilities: STANDARD_MAPPING_CAPABILITIES,
    query: dialect.query,
    quoteIdentifier: (name) => sqlName(dialect, name, 'exact'),
    quoteString,
    type: (t) => castTypeName(dialect.types, t),
    numericType: 'DECIMAL(38, 10)',
    md5: (text) => `md5(${text})`,
    hexToBigint: (hex) => `CAST(('0x' || substr(${hex}, 1, 15)) AS BIGINT)`,
    regexMatch: (text, pattern) => `regexp_matches(${text}, ${quoteString(pattern)})`,
    parseDate(text: string, format: DateFormatPart[], withTime: boolean): string {
      const spec = format
        .map((p) => (p.kind === 'field' ? STRPTIME[p.field] : p.text.replace(/%/g, '%%')))
        .join('');
      const parsed = `try_strptime(${text}, ${quoteString(spec)})`;
      return `CASE WHEN regexp_matches(${text}, ${quoteString(dateFormatPattern(format))}) THEN ${withTime ? parsed : `CAST(${parsed} AS DATE)`} END`;
    },
    prelude: [],
    createTempTable: (name, select) => `CREATE TEMP TABLE "${name}" AS ${select}`,
    tempTable: (name) => sqlName(dialect, name, 'exact'),
    correlatedUpdate: true,
    beginTransaction: 'BEGIN TRANSACTION',
    commitTransaction: 'COMMIT',
    currentTimestamp: 'CAST(current_timestamp AS TIMESTAMP)',
  };
}
