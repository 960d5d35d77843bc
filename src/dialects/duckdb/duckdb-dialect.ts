import { COMMON_RESERVED_WORDS, wordSet } from '../common-reserved-words.js';
import type { SqlDialect } from '../sql-dialect.js';
import { duckdbGold } from './duckdb-gold.js';
import { duckdbMigration } from './duckdb-migration.js';
import { duckdbMappingFunctions } from './duckdb-mapping-functions.js';
import { DUCKDB_TREATMENTS } from './duckdb-treatments.js';
import { DUCKDB_QUERY_SYNTAX } from '../query-syntax.js';

const duckdbBase: Omit<SqlDialect, 'mapping'> = {
  name: 'duckdb',
  label: 'DuckDB',
  parserDialect: 'duckdb',
  quote: { open: '"', close: '"' },
  maxIdentifierLength: 255,
  reservedWords: wordSet(
    COMMON_RESERVED_WORDS,
    'analyse analyze anti asymmetric binary deferrable do',
    'ilike initially isnull notnull pivot placing positional qualify returning semi similar symmetric unpivot variadic',
  ),
  types: {
    templates: {
      varchar: 'VARCHAR({length})',
      text: 'VARCHAR',
      smallint: 'SMALLINT',
      integer: 'INTEGER',
      bigint: 'BIGINT',
      decimal: 'DECIMAL({precision},{scale})',
      boolean: 'BOOLEAN',
      date: 'DATE',
      timestamp: 'TIMESTAMP',
      time: 'TIME',
      uuid: 'UUID',
      blob: 'BLOB',
      json: 'JSON',
    },
    // WKT text: the spatial extension is optional and not always installable offline.
    geometry: {
      point: 'VARCHAR',
      curve: 'VARCHAR',
      surface: 'VARCHAR',
      multipoint: 'VARCHAR',
      multicurve: 'VARCHAR',
      multisurface: 'VARCHAR',
      any: 'VARCHAR',
    },
    maxVarcharLength: 1_000_000,
  },
  capabilities: {
    foreignKeys: 'inline',
    forwardReferences: false,
    keyConstraints: 'inline',
    uniqueConstraints: true,
    uniqueNullsDistinct: true,
    checkConstraints: 'inline',
    comments: 'comment-on',
    keySuffix: '',
    keyModifier: '',
    maxInsertRows: 1000,
    foldCase: 'lower',
    maxCommentLength: 100_000,
    maxLiteralLength: 1_000_000,
  },
  preamble: [],
  postamble: [],
  tableSuffix: '',
  nationalStrings: false,
  backslashEscapes: false,
  query: DUCKDB_QUERY_SYNTAX,
  treatments: DUCKDB_TREATMENTS,
  migration: duckdbMigration,
  gold: duckdbGold,
};

/** DuckDB: no ALTER TABLE … ADD FOREIGN KEY, so foreign keys are inline and tables are ordered. */
export const duckdbDialect: SqlDialect = { ...duckdbBase, mapping: duckdbMappingFunctions(duckdbBase) };
