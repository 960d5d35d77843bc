import { COMMON_RESERVED_WORDS, wordSet } from '../common-reserved-words.js';
import type { SqlDialect } from '../sql-dialect.js';
import { oracleMigration } from './oracle-migration.js';
import { ORACLE_QUERY_SYNTAX } from '../query-syntax.js';

/** Oracle 19c and later (128-character names since 12.2; no BOOLEAN column type before 23ai). */
export const oracleDialect: SqlDialect = {
  name: 'oracle',
  label: 'Oracle',
  parserDialect: 'oracle',
  quote: { open: '"', close: '"' },
  maxIdentifierLength: 128,
  reservedWords: wordSet(
    COMMON_RESERVED_WORDS,
    'access add audit char cluster comment compress connect date decimal exclusive file float identified immediate',
    'increment initial integer level lock long maxextents minus mlslabel mode modify noaudit nocompress nowait number',
    'offline online option pctfree prior privileges public raw rename resource row rowid rownum rows session share size',
    'smallint start successful synonym sysdate uid validate varchar varchar2 view whenever',
  ),
  types: {
    templates: {
      varchar: 'VARCHAR2({length} CHAR)',
      text: 'CLOB',
      smallint: 'NUMBER(5)',
      integer: 'NUMBER(10)',
      bigint: 'NUMBER(19)',
      decimal: 'NUMBER({precision},{scale})',
      boolean: 'NUMBER(1)',
      date: 'DATE',
      timestamp: 'TIMESTAMP',
      time: 'VARCHAR2(15 CHAR)',
      uuid: 'VARCHAR2(36 CHAR)',
      blob: 'BLOB',
      json: 'CLOB',
    },
    geometry: {
      point: 'SDO_GEOMETRY',
      curve: 'SDO_GEOMETRY',
      surface: 'SDO_GEOMETRY',
      multipoint: 'SDO_GEOMETRY',
      multicurve: 'SDO_GEOMETRY',
      multisurface: 'SDO_GEOMETRY',
      any: 'SDO_GEOMETRY',
    },
    maxVarcharLength: 4000,
  },
  capabilities: {
    foreignKeys: 'alter',
    forwardReferences: false,
    keyConstraints: 'inline',
    uniqueConstraints: true,
    uniqueNullsDistinct: true,
    checkConstraints: 'inline',
    comments: 'comment-on',
    keySuffix: '',
    keyModifier: '',
    maxInsertRows: 1,
    foldCase: 'upper',
    // 4000 bytes; Dutch text is mostly ASCII, the margin covers the rest.
    maxCommentLength: 3000,
    maxLiteralLength: 3000,
  },
  preamble: [],
  postamble: [],
  tableSuffix: '',
  nationalStrings: false,
  backslashEscapes: false,
  query: ORACLE_QUERY_SYNTAX,
  migration: oracleMigration,
};
