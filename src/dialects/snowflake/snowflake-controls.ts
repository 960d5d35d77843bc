import type { PlatformControlSyntax, ValueKind } from '../platform-controls.js';

const TYPES: Record<ValueKind, string> = {
  text: 'VARCHAR',
  integer: 'NUMBER(38,0)',
  number: 'FLOAT',
  date: 'DATE',
  timestamp: 'TIMESTAMP_NTZ',
  boolean: 'BOOLEAN',
  other: 'VARCHAR',
};

const quote = (name: string) => `"${name.toUpperCase().replace(/"/g, '""')}"`;
/** A row access policy's argument: not the column's own name, which a lookup subquery would take for its table's column. */
const parameter = (column: string) => quote(`p_${column}`);
const literal = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Snowflake: a role × purpose is a role (`USE ROLE` / secondary roles choose the purpose); masking
 * policies and row access policies hold the treatments and row filters. A masking policy cannot read a
 * secret, so the key's padded blocks live in a table of the control schema that only the policy owner
 * reads (loaded from the municipality's vault at deploy time; reported as a limit).
 */
export const SNOWFLAKE_CONTROLS: PlatformControlSyntax = {
  platform: 'snowflake',
  controlSchema: 'GGM_GOVERNANCE',
  principalName: (role, purpose) => `GGM_${role}__${purpose}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_'),
  createPrincipal: (principal) => `CREATE ROLE IF NOT EXISTS ${principal}`,
  isMember: (principal) => `IS_ROLE_IN_SESSION(${literal(principal)})`,
  grantSelectOnTable: (table, principal) => `GRANT SELECT ON TABLE ${table} TO ROLE ${principal}`,
  typeOf: (kind) => TYPES[kind],
  hmacSha256Hex: (value, key) => {
    const block = (part: 'inner' | 'outer') =>
      `(SELECT HEX_DECODE_BINARY(K.BLOCK_HEX) FROM GGM_GOVERNANCE.PSEUDONYM_KEYS K WHERE K.KEY_NAME = ${literal(key)} AND K.PART = '${part}')`;
    return `SHA2(${block('outer')} || HEX_DECODE_BINARY(SHA2(${block('inner')} || TO_BINARY(${value}, 'UTF-8'), 256)), 256)`;
  },
  hexToBigint: (hex) => `TO_NUMBER(SUBSTR(${hex}, 1, 15), 'XXXXXXXXXXXXXXX')`,
  yearStart: (value, kind) =>
    kind === 'date' ? `DATE_TRUNC('YEAR', ${value})` : `DATE_TRUNC('YEAR', ${value})`,
  text: (value) => `TO_VARCHAR(${value})`,
  columnMask: (name, type, parameter, body) =>
    `CREATE OR REPLACE MASKING POLICY ${name} AS (${parameter} ${type}) RETURNS ${type} -> ${body}`,
  attachMask: (table, column, mask) =>
    `ALTER TABLE ${table} MODIFY COLUMN ${quote(column)} SET MASKING POLICY ${mask}`,
  rowFilter: (name, table, columns, predicate) => [
    `CREATE OR REPLACE ROW ACCESS POLICY ${name} AS (${columns.map((c) => `${parameter(c.name)} ${c.type}`).join(', ')}) RETURNS BOOLEAN -> ${predicate}`,
    `ALTER TABLE ${table} ADD ROW ACCESS POLICY ${name} ON (${columns.map((c) => quote(c.name)).join(', ')})`,
  ],
  filterColumnRef: parameter,
};
