import { COMMON_RESERVED_WORDS, wordSet } from '../common-reserved-words.js';
import { snowflakeGold } from './snowflake-gold.js';
import type { SqlDialect } from '../sql-dialect.js';
import { snowflakeMappingFunctions } from './snowflake-mapping-functions.js';
import { snowflakeMigration } from './snowflake-migration.js';
import { SNOWFLAKE_QUERY_SYNTAX } from '../query-syntax.js';
import { SNOWFLAKE_CONTROLS } from './snowflake-controls.js';

/** Snowflake: keys and foreign keys are recorded but not enforced; no CHECK constraints. */
const snowflakeDialectBase: Omit<SqlDialect, 'mapping'> = {
  name: 'snowflake',
  label: 'Snowflake',
  parserDialect: 'snowflake',
  controls: SNOWFLAKE_CONTROLS,
  quote: { open: '"', close: '"' },
  maxIdentifierLength: 255,
  reservedWords: wordSet(
    COMMON_RESERVED_WORDS,
    'account connect connection database following gscluster ilike increment issue minus organization qualify regexp',
    'revoke rlike row rows sample schema set start tablesample trigger try_cast view whenever',
  ),
  types: {
    templates: {
      varchar: 'VARCHAR({length})',
      text: 'VARCHAR',
      smallint: 'SMALLINT',
      integer: 'INTEGER',
      bigint: 'BIGINT',
      decimal: 'NUMBER({precision},{scale})',
      boolean: 'BOOLEAN',
      date: 'DATE',
      timestamp: 'TIMESTAMP_NTZ',
      time: 'TIME',
      uuid: 'VARCHAR(36)',
      blob: 'BINARY',
      json: 'VARIANT',
    },
    geometry: {
      point: 'GEOMETRY',
      curve: 'GEOMETRY',
      surface: 'GEOMETRY',
      multipoint: 'GEOMETRY',
      multicurve: 'GEOMETRY',
      multisurface: 'GEOMETRY',
      any: 'GEOMETRY',
    },
    maxVarcharLength: 16_777_216,
  },
  capabilities: {
    foreignKeys: 'alter',
    forwardReferences: false,
    keyConstraints: 'inline',
    uniqueConstraints: true,
    uniqueNullsDistinct: true,
    checkConstraints: 'none',
    comments: 'inline',
    keySuffix: '',
    keyModifier: '',
    maxInsertRows: 1000,
    foldCase: 'upper',
    maxCommentLength: 10_000,
    maxLiteralLength: 1_000_000,
  },
  preamble: [],
  postamble: [],
  tableSuffix: '',
  nationalStrings: false,
  backslashEscapes: true,
  query: SNOWFLAKE_QUERY_SYNTAX,
  migration: snowflakeMigration,
  gold: snowflakeGold,
  tableComment: (literal) => ` COMMENT = ${literal}`,
};

export const snowflakeDialect: SqlDialect = {
  ...snowflakeDialectBase,
  mapping: snowflakeMappingFunctions(snowflakeDialectBase),
};
