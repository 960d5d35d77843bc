import { castTypeName } from '../cast-types.js';
import type { DateFormatPart } from '../date-format.js';
import { dateFormatPattern } from '../date-format.js';
import { STANDARD_MAPPING_CAPABILITIES, type MappingDialect } from '../mapping-dialect.js';
import { sqlName, sqlString } from '../identifiers.js';
import type { SqlDialect } from '../sql-dialect.js';

/** GGM format fields → Spark datetime pattern letters. */
const SPARK_PATTERN: Record<string, string> = {
  YYYY: 'yyyy',
  MM: 'MM',
  DD: 'dd',
  HH24: 'HH',
  MI: 'mm',
  SS: 'ss',
};

/**
 * How mappings compile for Databricks (Spark SQL on Delta): try_to_timestamp, RLIKE, conv() for hex.
 * Stage tables are session temporary tables (`CREATE TEMPORARY TABLE`) and the load one multi-statement
 * transaction: both need a current Databricks SQL warehouse or serverless compute.
 */
export function databricksMappingFunctions(dialect: Omit<SqlDialect, 'mapping'>): MappingDialect {
  const quoteString = (text: string) => sqlString(text, dialect);
  const q = (name: string) => sqlName(dialect, name, 'exact');
  return {
    name: 'databricks',
    capabilities: STANDARD_MAPPING_CAPABILITIES,
    query: dialect.query,
    quoteIdentifier: q,
    quoteString,
    type: (t) => castTypeName(dialect.types, t),
    numericType: 'DECIMAL(38, 10)',
    md5: (text) => `md5(${text})`,
    hexToBigint: (hex) => `CAST(conv(substr(${hex}, 1, 15), 16, 10) AS BIGINT)`,
    regexMatch: (text, pattern) => `(${text} RLIKE ${quoteString(pattern)})`,
    parseDate(text: string, format: DateFormatPart[], withTime: boolean): string {
      // Literal text is quoted inside a Spark pattern ('T'); a quote itself is doubled.
      const spec = format
        .map((p) =>
          p.kind === 'field'
            ? SPARK_PATTERN[p.field]
            : /[A-Za-z']/.test(p.text)
              ? `'${p.text.replace(/'/g, "''")}'`
              : p.text,
        )
        .join('');
      const parsed = `try_to_timestamp(${text}, ${quoteString(spec)})`;
      return `CASE WHEN (${text} RLIKE ${quoteString(dateFormatPattern(format))}) THEN ${withTime ? parsed : `CAST(${parsed} AS DATE)`} END`;
    },
    prelude: [],
    createTempTable: (name, select) => `CREATE TEMPORARY TABLE ${q(name)} AS ${select}`,
    tempTable: q,
    correlatedUpdate: false,
    beginTransaction: 'BEGIN TRANSACTION',
    commitTransaction: 'COMMIT',
    currentTimestamp: 'CAST(current_timestamp() AS TIMESTAMP)',
  };
}
