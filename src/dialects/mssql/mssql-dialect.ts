import { COMMON_RESERVED_WORDS, wordSet } from '../common-reserved-words.js';
import type { SqlDialect, TypeMap } from '../sql-dialect.js';
import { sqlServerMigration, synapseMigration } from './mssql-migration.js';
import { SQLSERVER_QUERY_SYNTAX } from '../query-syntax.js';
import { FABRIC_CONTROLS } from './fabric-controls.js';
import { fabricGold } from './fabric-gold.js';
import { fabricMappingFunctions } from './fabric-mapping-functions.js';

export const MSSQL_RESERVED_WORDS = wordSet(
  COMMON_RESERVED_WORDS,
  'add backup begin break browse bulk cascade checkpoint close clustered coalesce commit compute contains containstable',
  'continue convert cursor database dbcc deallocate declare deny disk distributed double dump errlvl escape exec execute',
  'exit external file fillfactor freetext freetexttable function goto holdlock identity identity_insert identitycol if',
  'kill lineno load merge national nocheck nonclustered nullif off offsets open opendatasource openquery openrowset',
  'openxml option over percent pivot plan precision print proc procedure public raiserror read readtext reconfigure',
  'replication restore restrict return revert revoke rollback rowcount rowguidcol rule save schema securityaudit',
  'semantickeytable semanticsimilaritydetailstable semanticsimilaritytable set setuser shutdown statistics system_user',
  'textsize top tran transaction trigger truncate try_convert tsequal unpivot updatetext use varying view waitfor while',
  'within writetext',
);

const SQLSERVER_TYPES: TypeMap = {
  templates: {
    varchar: 'NVARCHAR({length})',
    text: 'NVARCHAR(MAX)',
    smallint: 'SMALLINT',
    integer: 'INT',
    bigint: 'BIGINT',
    decimal: 'DECIMAL({precision},{scale})',
    boolean: 'BIT',
    date: 'DATE',
    timestamp: 'DATETIME2',
    time: 'TIME',
    uuid: 'UNIQUEIDENTIFIER',
    blob: 'VARBINARY(MAX)',
    json: 'NVARCHAR(MAX)',
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
  maxVarcharLength: 4000,
};

const wkt = (type: string) => ({
  point: type,
  curve: type,
  surface: type,
  multipoint: type,
  multicurve: type,
  multisurface: type,
  any: type,
});

const base: SqlDialect = {
  name: 'mssql',
  label: 'SQL Server / Azure SQL',
  parserDialect: 'tsql',
  quote: { open: '[', close: ']' },
  maxIdentifierLength: 128,
  reservedWords: MSSQL_RESERVED_WORDS,
  types: SQLSERVER_TYPES,
  capabilities: {
    foreignKeys: 'alter',
    forwardReferences: false,
    keyConstraints: 'inline',
    uniqueConstraints: true,
    uniqueNullsDistinct: false,
    checkConstraints: 'inline',
    comments: 'extended-property',
    keySuffix: '',
    keyModifier: '',
    maxInsertRows: 1000,
    foldCase: 'none',
    maxCommentLength: 3750,
    maxLiteralLength: 1_000_000,
  },
  preamble: [],
  postamble: [],
  tableSuffix: '',
  nationalStrings: true,
  backslashEscapes: false,
  query: SQLSERVER_QUERY_SYNTAX,
  migration: sqlServerMigration(true),
  commentStatement: (literal, table, column) =>
    `EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = ${literal}, @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'${table}'${
      column ? `, @level2type = N'COLUMN', @level2name = N'${column}'` : ''
    }`,
};

export const mssqlDialect: SqlDialect = base;

/**
 * Azure Synapse dedicated SQL pool: keys only as `NONCLUSTERED … NOT ENFORCED`, no foreign keys, no
 * CHECK constraints, no extended properties, no spatial types.
 */
export const synapseDialect: SqlDialect = {
  ...base,
  name: 'synapse',
  label: 'Azure Synapse (dedicated SQL pool)',
  migration: synapseMigration,
  types: { ...SQLSERVER_TYPES, geometry: wkt('NVARCHAR(MAX)') },
  capabilities: {
    ...base.capabilities,
    foreignKeys: 'none',
    uniqueNullsDistinct: true, // NOT ENFORCED: nothing to violate
    checkConstraints: 'none',
    comments: 'none',
    keyModifier: ' NONCLUSTERED',
    keySuffix: ' NOT ENFORCED',
  },
};

/**
 * Microsoft Fabric Warehouse: VARCHAR only (UTF-8 collation), DATETIME2(6), constraints added by ALTER
 * TABLE as `NONCLUSTERED … NOT ENFORCED`, no CHECK, no extended properties, no spatial types.
 */
const fabricBase: SqlDialect = {
  ...base,
  name: 'fabric',
  label: 'Microsoft Fabric Warehouse',
  migration: sqlServerMigration(false),
  parserDialect: 'fabric',
  controls: FABRIC_CONTROLS,
  types: {
    templates: {
      ...SQLSERVER_TYPES.templates,
      varchar: 'VARCHAR({length})',
      text: 'VARCHAR(MAX)',
      json: 'VARCHAR(MAX)',
      timestamp: 'DATETIME2(6)',
      time: 'TIME(6)',
    },
    geometry: wkt('VARCHAR(MAX)'),
    maxVarcharLength: 8000,
  },
  capabilities: {
    ...base.capabilities,
    keyConstraints: 'alter',
    uniqueNullsDistinct: true, // NOT ENFORCED: nothing to violate
    checkConstraints: 'none',
    comments: 'none',
    keyModifier: ' NONCLUSTERED',
    keySuffix: ' NOT ENFORCED',
  },
  nationalStrings: false,
};

/** Fabric Warehouse with its mapping functions and gold syntax: mappings, checks and metrics compile for it. */
export const fabricDialect: SqlDialect = {
  ...fabricBase,
  mapping: fabricMappingFunctions(fabricBase),
  gold: fabricGold,
};
