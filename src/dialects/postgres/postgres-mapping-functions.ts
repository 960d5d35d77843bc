import { castTypeName } from '../cast-types.js';
import type { DateFormatPart } from '../date-format.js';
import { dateFormatPattern } from '../date-format.js';
import { STANDARD_MAPPING_CAPABILITIES, type MappingDialect } from '../mapping-dialect.js';
import { sqlName, sqlString } from '../identifiers.js';
import type { SqlDialect } from '../sql-dialect.js';

const quoteString = (text: string) => sqlString(text);

/**
 * to_date/to_timestamp raise an error on impossible dates (31-02); these helpers turn that into NULL,
 * so one bad value becomes a finding instead of aborting the load.
 */
const HELPERS = [
  helper('ggm_try_date', 'DATE', 'to_date(value, format)'),
  helper('ggm_try_timestamp', 'TIMESTAMP', 'CAST(to_timestamp(value, format) AS TIMESTAMP)'),
];

/**
 * Created only when missing: CREATE OR REPLACE in every load would make concurrent loads wait on (and
 * fail with) "tuple concurrently updated". A changed body needs a new name.
 */
function helper(name: string, returns: string, body: string): string {
  const create = `CREATE FUNCTION "meta"."${name}"(value TEXT, format TEXT) RETURNS ${returns} LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN RETURN ${body}; EXCEPTION WHEN others THEN RETURN NULL; END $f$`;
  return `DO $$ BEGIN IF to_regprocedure('"meta"."${name}"(text, text)') IS NULL THEN ${create}; END IF; END $$`;
}

/** How mappings compile for PostgreSQL: regex guards, plpgsql try-parsers, bit-string hex casts. */
export function postgresMappingFunctions(dialect: Omit<SqlDialect, 'mapping'>): MappingDialect {
  return {
    name: 'postgres',
    capabilities: STANDARD_MAPPING_CAPABILITIES,
    query: dialect.query,
    quoteIdentifier: (name) => sqlName(dialect, name, 'exact'),
    quoteString,
    type: (t) => castTypeName(dialect.types, t),
    numericType: 'NUMERIC',
    md5: (text) => `md5(${text})`,
    hexToBigint: (hex) => `CAST(CAST(('x0' || substr(${hex}, 1, 15)) AS BIT(64)) AS BIGINT)`,
    regexMatch: (text, pattern) => `(${text} ~ ${quoteString(pattern)})`,
    parseDate(text: string, format: DateFormatPart[], withTime: boolean): string {
      const spec = format
        .map((p) => (p.kind === 'field' ? p.field : /[A-Za-z]/.test(p.text) ? `"${p.text}"` : p.text))
        .join('');
      const fn = withTime ? '"meta"."ggm_try_timestamp"' : '"meta"."ggm_try_date"';
      return `CASE WHEN (${text} ~ ${quoteString(dateFormatPattern(format))}) THEN ${fn}(${text}, ${quoteString(spec)}) END`;
    },
    prelude: HELPERS,
    createTempTable: (name, select) => `CREATE TEMP TABLE "${name}" AS ${select}`,
    tempTable: (name) => sqlName(dialect, name, 'exact'),
    correlatedUpdate: true,
    beginTransaction: 'BEGIN',
    commitTransaction: 'COMMIT',
    currentTimestamp: 'LOCALTIMESTAMP',
  };
}
