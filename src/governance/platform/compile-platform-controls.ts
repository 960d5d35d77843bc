// governance.yaml → a platform's own controls (pure). Every role × purpose of a grant becomes a
// principal of the platform; tables are granted to the principals whose grants name them; columns that
// some principal may not see in clear get a mask (or, on Fabric, a governed view or dynamic data
// masking) that applies the treatment of the caller's principal; row filters become the platform's row
// filters. Default deny holds: a principal without a grant gets no SELECT, and a mask gives NULL to
// every principal it does not name.
import { sqlName, sqlString, sqlTableName } from '../../dialects/identifiers.js';
import type { PlatformControlSyntax } from '../../dialects/platform-controls.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { classificationOf, MASK, treatmentOf } from '../column-treatments.js';
import {
  findCatalogTable,
  type CatalogColumn,
  type CatalogTable,
  type GovernanceCatalog,
} from '../governance-catalog.js';
import { GOLD_WILDCARD, keyOfPurpose, type GovernancePolicy, type Grant } from '../governance-policy.js';
import type { Treatment } from '../governed-read.js';
import { Parameters, rowFilterSql } from '../row-filter-sql.js';
import { PLATFORM_LIMIT_CODES as L } from './platform-limit-codes.js';
import type {
  ControlStatement,
  PlatformControlOptions,
  PlatformControls,
  PlatformLimit,
} from './platform-controls-types.js';

interface Access {
  principal: string;
  grant: Grant;
}

/** Least revealing first: a caller in two principals gets the narrower treatment. */
const REVEALING: Record<Treatment, number> = {
  withheld: 0,
  masked: 1,
  generalised: 2,
  pseudonymised: 3,
  clear: 4,
};

export function compilePlatformControls(
  policy: GovernancePolicy,
  catalog: GovernanceCatalog,
  dialect: SqlDialect,
  options: PlatformControlOptions = {},
): PlatformControls {
  const syntax = dialect.controls;
  if (!syntax) throw new Error(`${dialect.name} has no platform controls`);
  const statements: ControlStatement[] = [];
  const limits: PlatformLimit[] = [];
  const prefix = options.catalog ? `${sqlName(dialect, options.catalog, 'plain')}.` : '';
  const tableName = (t: CatalogTable) => `${prefix}${sqlTableName(dialect, t.schema, t.name, 'plain')}`;
  const controlName = (name: string) =>
    `${prefix}${sqlName(dialect, syntax.controlSchema, 'plain')}.${sqlName(dialect, name, 'plain')}`;

  statements.push({
    kind: 'schema',
    sql: `CREATE SCHEMA ${syntax.platform === 'fabric' ? '' : 'IF NOT EXISTS '}${prefix}${sqlName(dialect, syntax.controlSchema, 'plain')}`,
  });
  const usesKeys = policy.grants.some(
    (g) =>
      Object.values(g.treatments.byColumn).includes('pseudonymised') ||
      Object.values(g.treatments.byClassification).includes('pseudonymised'),
  );
  if (usesKeys) keyStore(syntax, prefix, statements, limits);

  // Principals, in policy order.
  const accessByTable = new Map<CatalogTable, Access[]>();
  const principals: string[] = [];
  for (const grant of policy.grants) {
    const principal = syntax.principalName(grant.role, grant.purpose);
    if (!principals.includes(principal)) principals.push(principal);
    for (const named of grant.tables) {
      const tables =
        named.name === GOLD_WILDCARD
          ? catalog.tables.filter((t) => t.schema === 'gold')
          : [findCatalogTable(catalog, named.name)].filter((t): t is CatalogTable => t !== undefined);
      if (tables.length === 0)
        limits.push({
          code: L.unknownTable,
          message: `${named.name} is not in the warehouse catalog: not granted`,
        });
      for (const table of tables) {
        const list = accessByTable.get(table) ?? [];
        if (!list.some((a) => a.principal === principal)) list.push({ principal, grant });
        accessByTable.set(table, list);
      }
    }
  }
  for (const principal of principals) {
    const sql = syntax.createPrincipal(principal);
    if (sql) statements.push({ kind: 'principal', sql });
  }
  if (syntax.platform === 'databricks' && principals.length > 0)
    limits.push({
      code: L.principalsOutsideSql,
      message: `create the account groups ${principals.join(', ')} in the account console or by SCIM, and add users to the group of the purpose they work for`,
    });
  limits.push({
    code: L.purposeBinding,
    message:
      syntax.platform === 'snowflake'
        ? 'a purpose is a role here: users choose it with USE ROLE; secondary roles would combine purposes, so disable them for these roles'
        : 'a purpose is a group/role membership here, not chosen per request: give a user only the principal of the purpose they work for',
  });
  limits.push({
    code: L.pageCap,
    message:
      'max_page_size is enforced by ggm serve only; direct SQL on the platform reads any number of rows',
  });
  limits.push({
    code: L.audit,
    message:
      'the Logboek Dataverwerkingen records are written by ggm serve; reads with SQL on the platform appear in its own audit log (Unity Catalog system.access.audit, Snowflake ACCESS_HISTORY, Fabric auditing) instead',
  });

  for (const [table, accesses] of accessByTable) {
    const name = tableName(table);
    const key = `${table.schema}.${table.name}`;
    const columns = table.columns.map((column) => ({
      column,
      treatments: accesses.map((a) => ({
        ...a,
        treatment: treatmentOf(a.grant, column, classificationOf(policy, table, column)),
      })),
    }));
    const filter = rowFilter(policy, table, accesses, dialect, syntax, limits, prefix);
    const pushRowFilter = () => {
      if (!filter) return;
      const rf = controlName(`rf_${table.name}`);
      for (const sql of syntax.rowFilter(rf, name, filter.columns, filter.predicate))
        statements.push({ kind: 'row-filter', sql, table: key });
    };
    const needsTreatment = columns.some((c) => c.treatments.some((t) => t.treatment !== 'clear'));

    if (syntax.platform === 'fabric') {
      const onlyMasking = columns.every((c) =>
        c.treatments.every((t) => t.treatment === 'clear' || t.treatment === 'masked'),
      );
      pushRowFilter();
      if (!needsTreatment || onlyMasking) {
        for (const a of accesses)
          statements.push({ kind: 'grant', sql: syntax.grantSelectOnTable(name, a.principal), table: key });
        for (const c of columns.filter((c) => c.treatments.some((t) => t.treatment === 'masked'))) {
          statements.push({
            kind: 'masked-column',
            sql: syntax.maskedColumn!(name, c.column.name),
            table: key,
          });
          for (const t of c.treatments.filter((t) => t.treatment === 'clear'))
            statements.push({
              kind: 'unmask',
              sql: syntax.grantUnmask!(name, c.column.name, t.principal),
              table: key,
            });
        }
        continue;
      }
      const view = controlName(table.name);
      const expressions = columns.map((c) => ({
        name: c.column.name,
        expression: maskBody(
          c.column,
          c.treatments,
          `t.${sqlName(dialect, c.column.name, 'plain')}`,
          policy,
          syntax,
          limits,
          table,
          true,
        ),
      }));
      statements.push({
        kind: 'governed-view',
        sql: syntax.governedView!(view, name, expressions),
        table: key,
      });
      for (const a of accesses)
        statements.push({ kind: 'grant', sql: syntax.grantSelectOnTable(view, a.principal), table: key });
      limits.push({
        code: L.governedView,
        table: key,
        message: `Fabric's dynamic data masking cannot pseudonymise or generalise: ${key} is granted as the view ${view} (read it instead of the table)`,
      });
      continue;
    }

    for (const a of accesses)
      statements.push({ kind: 'grant', sql: syntax.grantSelectOnTable(name, a.principal), table: key });
    for (const c of columns) {
      if (c.treatments.every((t) => t.treatment === 'clear')) continue;
      const mask = controlName(`mask_${table.name}__${c.column.name}`);
      const parameter = 'waarde';
      const body = maskBody(c.column, c.treatments, parameter, policy, syntax, limits, table, false);
      statements.push({
        kind: 'column-mask',
        sql: syntax.columnMask!(mask, syntax.typeOf(c.column.kind), parameter, body),
        table: key,
      });
      statements.push({
        kind: 'attach-mask',
        sql: syntax.attachMask!(name, c.column.name, mask),
        table: key,
      });
      if (c.treatments.some((t) => t.treatment === 'withheld'))
        limits.push({
          code: L.withheldAsNull,
          table: key,
          column: c.column.name,
          message: 'withheld from some principals: the columns stay in the table and read as NULL for them',
        });
    }
    pushRowFilter();
  }
  return { platform: syntax.platform, statements, limits: groupColumnLimits(limits) };
}

/** One limit per code, table and message for the per-column ones, listing the columns. */
function groupColumnLimits(limits: readonly PlatformLimit[]): PlatformLimit[] {
  const out: PlatformLimit[] = [];
  const grouped = new Map<string, { limit: PlatformLimit; columns: string[] }>();
  for (const limit of limits) {
    if (!limit.column) {
      out.push(limit);
      continue;
    }
    const key = `${limit.code}|${limit.table}|${limit.message}`;
    const group = grouped.get(key);
    if (group) group.columns.push(limit.column);
    else {
      const entry = { limit: { ...limit }, columns: [limit.column] };
      grouped.set(key, entry);
      out.push(entry.limit);
    }
  }
  for (const { limit, columns } of grouped.values()) {
    delete limit.column;
    limit.message = `${limit.message}: ${columns.join(', ')}`;
  }
  return out;
}

/** CASE over the principals (least revealing first): each gets its treatment of `value`; others NULL. */
function maskBody(
  column: CatalogColumn,
  treatments: readonly (Access & { treatment: Treatment })[],
  value: string,
  policy: GovernancePolicy,
  syntax: PlatformControlSyntax,
  limits: PlatformLimit[],
  table: CatalogTable,
  typeMayChange: boolean,
): string {
  const ordered = [...treatments].sort((a, b) => REVEALING[a.treatment] - REVEALING[b.treatment]);
  const branches = ordered.map((t) => {
    const sql = treatedValue(
      column,
      t.treatment,
      value,
      keyOfPurpose(policy, t.grant.purpose),
      syntax,
      typeMayChange,
    );
    if (sql === undefined) {
      limits.push({
        code: L.treatmentKeepsType,
        table: `${table.schema}.${table.name}`,
        column: column.name,
        message: `${t.treatment} for ${t.principal} cannot keep the column type in a mask, so it reads as NULL`,
      });
      return `WHEN ${syntax.isMember(t.principal)} THEN NULL`;
    }
    return `WHEN ${syntax.isMember(t.principal)} THEN ${sql}`;
  });
  return `CASE ${branches.join(' ')} ELSE NULL END`;
}

function treatedValue(
  column: CatalogColumn,
  treatment: Treatment,
  value: string,
  key: string,
  syntax: PlatformControlSyntax,
  typeMayChange: boolean,
): string | undefined {
  const text = column.kind === 'text' || column.kind === 'other' || typeMayChange;
  switch (treatment) {
    case 'clear':
      return value;
    case 'withheld':
      return 'NULL';
    case 'masked':
      return text ? sqlString(MASK) : undefined;
    case 'pseudonymised':
      if (text) return syntax.hmacSha256Hex(syntax.text(value), key);
      // an integer key keeps its type: the first 60 bits of the HMAC, still keyed and linkable
      return column.kind === 'integer'
        ? syntax.hexToBigint(syntax.hmacSha256Hex(syntax.text(value), key))
        : undefined;
    case 'generalised':
      if (column.kind === 'date' || column.kind === 'timestamp') return syntax.yearStart(value, column.kind);
      if (column.kind === 'text' && /postcode/i.test(`${column.name} ${column.attribute ?? ''}`))
        return `UPPER(SUBSTRING(REPLACE(${value}, ' ', ''), 1, 4))`;
      // dates kept as text (`1953-05-20`, `19530520`): the year, as ggm serve gives it
      if (column.kind === 'text' && /datum|date|geboorte/i.test(`${column.name} ${column.attribute ?? ''}`))
        return `SUBSTRING(${value}, 1, 4)`;
      return undefined;
  }
}

/** The OR of each principal's row filter (TRUE where its grant has none); undefined when no grant filters. */
function rowFilter(
  policy: GovernancePolicy,
  table: CatalogTable,
  accesses: readonly Access[],
  dialect: SqlDialect,
  syntax: PlatformControlSyntax,
  limits: PlatformLimit[],
  prefix: string,
): { columns: { name: string; type: string }[]; predicate: string } | undefined {
  if (!accesses.some((a) => a.grant.rows)) return undefined;
  const used = new Set<string>();
  const refs = [...table.columns]
    .map((c) => ({ c, ref: `t.${sqlName(dialect, c.name, 'plain')}` }))
    .sort((a, b) => b.ref.length - a.ref.length);
  const parts: string[] = [];
  for (const a of accesses) {
    if (!a.grant.rows) {
      parts.push(syntax.isMember(a.principal));
      continue;
    }
    const params = new Parameters();
    const result = rowFilterSql(a.grant.rows.text, table, dialect, params, 'plain');
    if (!result.ok) {
      limits.push({
        code: L.rowFilter,
        table: `${table.schema}.${table.name}`,
        message: `the row filter of ${a.grant.role} × ${a.grant.purpose} cannot be translated (${result.message}): that principal gets no rows`,
      });
      continue;
    }
    let sql = result.sql.replace(/\$(\d+)/g, (_m, n: string) =>
      literalOf(params.values[Number(n) - 1], syntax),
    );
    for (const { c, ref } of refs) {
      const pattern = new RegExp(`${escapeRegExp(ref)}(?![A-Za-z0-9_"\`\\]])`, 'g');
      if (pattern.test(sql)) {
        used.add(c.name);
        sql = sql.replace(pattern, syntax.filterColumnRef(c.name));
      }
    }
    // lookups of enumeration values: the platform resolves the function body in its own catalog
    for (const c of table.columns.filter((c) => c.enumeration)) {
      const lookup = ` FROM ${sqlTableName(dialect, table.schema, c.enumeration!.table, 'plain')} e `;
      sql = sql.split(lookup).join(` FROM ${prefix}${lookup.slice(6)}`);
    }
    if (syntax.platform === 'fabric') sql = sql.replace(/\bsubstr\(/g, 'SUBSTRING(');
    parts.push(`(${syntax.isMember(a.principal)} AND ${sql})`);
  }
  const columns = table.columns
    .filter((c) => used.has(c.name))
    .map((c) => ({ name: c.name, type: syntax.typeOf(c.kind) }));
  if (columns.length === 0)
    columns.push(...table.columns.slice(0, 1).map((c) => ({ name: c.name, type: syntax.typeOf(c.kind) })));
  return { columns, predicate: parts.length > 0 ? parts.join(' OR ') : '1 = 0' };
}

function literalOf(value: unknown, syntax: PlatformControlSyntax): string {
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return syntax.platform === 'fabric'
    ? `'${text.replace(/'/g, "''")}'`
    : `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the pseudonymisation key's padded blocks live on the platform. */
function keyStore(
  syntax: PlatformControlSyntax,
  prefix: string,
  statements: ControlStatement[],
  limits: PlatformLimit[],
): void {
  if (syntax.platform === 'databricks') {
    limits.push({
      code: L.keyStore,
      message:
        "pseudonymisation keys: put each key's padded blocks (hex of k⊕ipad and k⊕opad, as `ggm` computes them) in the secret scope `ggm` as <key>-inner and <key>-outer; the masks read them with secret()",
    });
    return;
  }
  const table =
    syntax.platform === 'snowflake'
      ? `${prefix}GGM_GOVERNANCE.PSEUDONYM_KEYS`
      : 'ggm_governance.pseudonym_keys';
  statements.push({
    kind: 'key-table',
    sql:
      syntax.platform === 'snowflake'
        ? `CREATE TABLE IF NOT EXISTS ${table} (KEY_NAME VARCHAR NOT NULL, PART VARCHAR NOT NULL, BLOCK_HEX VARCHAR NOT NULL)`
        : `CREATE TABLE ${table} (key_name VARCHAR(200) NOT NULL, part VARCHAR(10) NOT NULL, block_hex VARCHAR(128) NOT NULL)`,
  });
  limits.push({
    code: L.keyStore,
    message: `pseudonymisation keys: ${syntax.platform === 'snowflake' ? 'a masking policy' : 'a view'} cannot read a vault, so the padded key blocks live in ${table}; load them from the vault at deploy time and let only the policy owner read that table`,
  });
}
