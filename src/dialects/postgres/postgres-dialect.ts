import { COMMON_RESERVED_WORDS, wordSet } from '../common-reserved-words.js';
import type { SqlDialect } from '../sql-dialect.js';
import { postgresMigration } from './postgres-migration.js';
import { postgresGold } from './postgres-gold.js';
import { postgresMappingFunctions } from './postgres-mapping-functions.js';
import { POSTGRES_TREATMENTS } from './postgres-treatments.js';
import { POSTGRES_QUERY_SYNTAX } from '../query-syntax.js';

const GEOMETRY_AS_TEXT = {
  point: 'TEXT',
  curve: 'TEXT',
  surface: 'TEXT',
  multipoint: 'TEXT',
  multicurve: 'TEXT',
  multisurface: 'TEXT',
  any: 'TEXT',
};

/** PostGIS geometry in RD New (EPSG:28992), the Dutch national grid the GGM's sources use. */
const POSTGIS_GEOMETRY = {
  point: 'geometry(Point, 28992)',
  curve: 'geometry(LineString, 28992)',
  surface: 'geometry(Polygon, 28992)',
  multipoint: 'geometry(MultiPoint, 28992)',
  multicurve: 'geometry(MultiLineString, 28992)',
  multisurface: 'geometry(MultiPolygon, 28992)',
  any: 'geometry(Geometry, 28992)',
};

export interface PostgresOptions {
  /** Geometry as PostGIS types (and `CREATE EXTENSION postgis`); otherwise WKT text. */
  postgis?: boolean;
}

export function postgresDialect(options: PostgresOptions = {}): SqlDialect {
  const base: Omit<SqlDialect, 'mapping'> = {
    name: 'postgres',
    label: options.postgis ? 'PostgreSQL + PostGIS' : 'PostgreSQL',
    parserDialect: 'postgresql',
    quote: { open: '"', close: '"' },
    maxIdentifierLength: 63,
    reservedWords: wordSet(
      COMMON_RESERVED_WORDS,
      'analyse analyze asymmetric binary collation concurrently current_catalog current_role current_schema',
      'deferrable do freeze ilike initially isnull notnull placing returning similar symmetric tablesample variadic verbose',
    ),
    types: {
      templates: {
        varchar: 'VARCHAR({length})',
        text: 'TEXT',
        smallint: 'SMALLINT',
        integer: 'INTEGER',
        bigint: 'BIGINT',
        decimal: 'NUMERIC({precision},{scale})',
        boolean: 'BOOLEAN',
        date: 'DATE',
        timestamp: 'TIMESTAMP',
        time: 'TIME',
        uuid: 'UUID',
        blob: 'BYTEA',
        json: 'JSONB',
      },
      geometry: options.postgis ? POSTGIS_GEOMETRY : GEOMETRY_AS_TEXT,
      maxVarcharLength: 10_485_760,
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
      maxInsertRows: 1000,
      foldCase: 'lower',
      maxCommentLength: 100_000,
      maxLiteralLength: 1_000_000,
    },
    preamble: options.postgis ? ['CREATE EXTENSION IF NOT EXISTS postgis'] : [],
    postamble: [],
    tableSuffix: '',
    nationalStrings: false,
    backslashEscapes: false,
    query: POSTGRES_QUERY_SYNTAX,
    treatments: POSTGRES_TREATMENTS,
    migration: postgresMigration,
    gold: postgresGold,
  };
  // Mappings cast geometry to text, as the DDL without PostGIS writes it.
  return { ...base, mapping: postgresMappingFunctions(options.postgis ? postgresDialect({}) : base) };
}
