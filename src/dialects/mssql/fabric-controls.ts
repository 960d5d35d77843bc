import type { PlatformControlSyntax, ValueKind } from '../platform-controls.js';

const TYPES: Record<ValueKind, string> = {
  text: 'VARCHAR(8000)',
  integer: 'BIGINT',
  number: 'FLOAT',
  date: 'DATE',
  timestamp: 'DATETIME2(6)',
  boolean: 'BIT',
  other: 'VARCHAR(8000)',
};

const quote = (name: string) => `[${name.replace(/]/g, ']]')}]`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Fabric Warehouse (T-SQL): a role × purpose is a database role; rows are filtered by a security policy
 * over an inline predicate function (IS_ROLEMEMBER); dynamic data masking hides personal columns from
 * everyone without UNMASK. DDM cannot pseudonymise or generalise, so those treatments go into a governed
 * view per table in the control schema, granted instead of the table. Key blocks as on Snowflake.
 */
export const FABRIC_CONTROLS: PlatformControlSyntax = {
  platform: 'fabric',
  controlSchema: 'ggm_governance',
  principalName: (role, purpose) => `ggm_${role}__${purpose}`.replace(/[^A-Za-z0-9_]/g, '_'),
  createPrincipal: (principal) => `CREATE ROLE ${quote(principal)}`,
  isMember: (principal) => `IS_ROLEMEMBER(${literal(principal)}) = 1`,
  grantSelectOnTable: (table, principal) => `GRANT SELECT ON ${table} TO ${quote(principal)}`,
  typeOf: (kind) => TYPES[kind],
  hmacSha256Hex: (value, key) => {
    const block = (part: 'inner' | 'outer') =>
      `(SELECT CONVERT(VARBINARY(64), k.block_hex, 2) FROM ggm_governance.pseudonym_keys k WHERE k.key_name = ${literal(key)} AND k.part = '${part}')`;
    return `LOWER(CONVERT(VARCHAR(64), HASHBYTES('SHA2_256', ${block('outer')} + HASHBYTES('SHA2_256', ${block('inner')} + CAST(${value} AS VARBINARY(8000)))), 2))`;
  },
  hexToBigint: (hex) => `CONVERT(BIGINT, CONVERT(VARBINARY(8), '0' + SUBSTRING(${hex}, 1, 15), 2))`,
  yearStart: (value) => `DATEFROMPARTS(YEAR(${value}), 1, 1)`,
  text: (value) => `CAST(${value} AS VARCHAR(8000))`,
  rowFilter: (name, table, columns, predicate) => [
    `CREATE FUNCTION ${name}(${columns.map((c) => `@${c.name} ${c.type}`).join(', ')}) RETURNS TABLE WITH SCHEMABINDING AS RETURN SELECT 1 AS toegestaan WHERE ${predicate}`,
    `CREATE SECURITY POLICY ${name}_beleid ADD FILTER PREDICATE ${name}(${columns.map((c) => quote(c.name)).join(', ')}) ON ${table} WITH (STATE = ON)`,
  ],
  filterColumnRef: (column) => `@${column}`,
  governedView: (name, table, columns) =>
    `CREATE OR ALTER VIEW ${name} AS SELECT ${columns.map((c) => `${c.expression} AS ${quote(c.name)}`).join(', ')} FROM ${table} AS t`,
  maskedColumn: (table, column) =>
    `ALTER TABLE ${table} ALTER COLUMN ${quote(column)} ADD MASKED WITH (FUNCTION = 'default()')`,
  grantUnmask: (table, column, principal) =>
    `GRANT UNMASK ON ${table}(${quote(column)}) TO ${quote(principal)}`,
};
