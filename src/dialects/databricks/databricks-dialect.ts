import { COMMON_RESERVED_WORDS, wordSet } from '../common-reserved-words.js';
import { databricksGold } from './databricks-gold.js';
import type { SqlDialect } from '../sql-dialect.js';
import { databricksMappingFunctions } from './databricks-mapping-functions.js';
import { databricksMigration } from './databricks-migration.js';
import { DATABRICKS_QUERY_SYNTAX } from '../query-syntax.js';
import { DATABRICKS_CONTROLS } from './databricks-controls.js';

/**
 * Databricks (Spark SQL on Delta, Unity Catalog): primary and foreign keys are informational, no
 * UNIQUE constraints, CHECK constraints only by ALTER TABLE. Strings are STRING (no length).
 */
const databricksDialectBase: Omit<SqlDialect, 'mapping'> = {
  name: 'databricks',
  label: 'Databricks (Delta)',
  parserDialect: 'databricks',
  controls: DATABRICKS_CONTROLS,
  quote: { open: '`', close: '`' },
  maxIdentifierLength: 255,
  reservedWords: wordSet(
    COMMON_RESERVED_WORDS,
    'at commit cube describe escape external filter function global grouping interval local none out partition position',
    'range revoke rollback rollup row rows set start tablesample time truncate unknown',
  ),
  types: {
    templates: {
      varchar: 'STRING',
      text: 'STRING',
      smallint: 'SMALLINT',
      integer: 'INT',
      bigint: 'BIGINT',
      decimal: 'DECIMAL({precision},{scale})',
      boolean: 'BOOLEAN',
      date: 'DATE',
      timestamp: 'TIMESTAMP',
      time: 'STRING',
      uuid: 'STRING',
      blob: 'BINARY',
      json: 'STRING',
    },
    // WKT text: GEOMETRY columns need a recent runtime.
    geometry: {
      point: 'STRING',
      curve: 'STRING',
      surface: 'STRING',
      multipoint: 'STRING',
      multicurve: 'STRING',
      multisurface: 'STRING',
      any: 'STRING',
    },
    maxVarcharLength: 1_000_000,
  },
  capabilities: {
    foreignKeys: 'alter',
    forwardReferences: false,
    keyConstraints: 'inline',
    uniqueConstraints: false,
    uniqueNullsDistinct: true,
    checkConstraints: 'alter',
    comments: 'inline',
    keySuffix: '',
    keyModifier: '',
    maxInsertRows: 1000,
    foldCase: 'lower',
    maxCommentLength: 10_000,
    maxLiteralLength: 1_000_000,
  },
  preamble: [],
  postamble: [],
  tableSuffix: ' USING DELTA',
  // No inline table comment: COMMENT ON TABLE (the parsers we check with reject COMMENT after USING).
  nationalStrings: false,
  backslashEscapes: true,
  query: DATABRICKS_QUERY_SYNTAX,
  migration: databricksMigration,
  gold: databricksGold,
};

export const databricksDialect: SqlDialect = {
  ...databricksDialectBase,
  mapping: databricksMappingFunctions(databricksDialectBase),
};
