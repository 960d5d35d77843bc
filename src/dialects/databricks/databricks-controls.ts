import type { PlatformControlSyntax, ValueKind } from '../platform-controls.js';

const TYPES: Record<ValueKind, string> = {
  text: 'STRING',
  integer: 'BIGINT',
  number: 'DOUBLE',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  boolean: 'BOOLEAN',
  other: 'STRING',
};

const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;
/** A row filter's parameter: not the column's own name, which a lookup subquery would take for its table's column. */
const parameter = (column: string) => quote(`p_${column}`);
const literal = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Unity Catalog: a role × purpose is an account group (created in the account console or by SCIM, not
 * in SQL); masks are SQL UDFs attached with `ALTER COLUMN … SET MASK`, row filters with `SET ROW
 * FILTER`; the pseudonymisation key's padded blocks come from a Databricks secret scope (`secret()`),
 * so the key never sits in the warehouse.
 */
export const DATABRICKS_CONTROLS: PlatformControlSyntax = {
  platform: 'databricks',
  controlSchema: 'ggm_governance',
  principalName: (role, purpose) => `ggm-${role}--${purpose}`,
  createPrincipal: () => undefined,
  isMember: (principal) => `is_account_group_member(${literal(principal)})`,
  grantSelectOnTable: (table, principal) => `GRANT SELECT ON TABLE ${table} TO ${quote(principal)}`,
  typeOf: (kind) => TYPES[kind],
  hmacSha256Hex: (value, key) =>
    `sha2(concat(unhex(secret('ggm', ${literal(`${key}-outer`)})), unhex(sha2(concat(unhex(secret('ggm', ${literal(`${key}-inner`)})), encode(${value}, 'UTF-8')), 256))), 256)`,
  hexToBigint: (hex) => `CAST(conv(substr(${hex}, 1, 15), 16, 10) AS BIGINT)`,
  yearStart: (value) => `CAST(date_trunc('YEAR', ${value}) AS DATE)`,
  text: (value) => `CAST(${value} AS STRING)`,
  columnMask: (name, type, parameter, body) =>
    `CREATE OR REPLACE FUNCTION ${name}(${parameter} ${type}) RETURNS ${type} RETURN ${body}`,
  attachMask: (table, column, mask) => `ALTER TABLE ${table} ALTER COLUMN ${quote(column)} SET MASK ${mask}`,
  rowFilter: (name, table, columns, predicate) => [
    `CREATE OR REPLACE FUNCTION ${name}(${columns.map((c) => `${parameter(c.name)} ${c.type}`).join(', ')}) RETURNS BOOLEAN RETURN ${predicate}`,
    `ALTER TABLE ${table} SET ROW FILTER ${name} ON (${columns.map((c) => quote(c.name)).join(', ')})`,
  ],
  filterColumnRef: parameter,
};
