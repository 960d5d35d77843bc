import { nearestNames } from '../diagnostics/suggest.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { sqlName, sqlTableName } from '../dialects/identifiers.js';
import type { TreatmentSyntax } from '../dialects/treatment-syntax.js';
import { columnRef, hmacSql, treatedSql, visibleColumns } from './column-treatments.js';
import { findCatalogTable, type CatalogTable, type GovernanceCatalog } from './governance-catalog.js';
import { GOVERNANCE_CODES as G } from './governance-codes.js';
import {
  GOLD_INTERNAL_WILDCARD,
  GOLD_WILDCARD,
  keyOfPurpose,
  type GovernancePolicy,
  type Grant,
  type Purpose,
} from './governance-policy.js';
import type {
  FilterOperator,
  GovernedColumn,
  GovernedRead,
  GovernedReadRequest,
  PolicyDenial,
  ReadFilter,
} from './governed-read.js';
import { Parameters, rowFilterSql } from './row-filter-sql.js';
import { deny, SUBJECT_COLUMN, type ReadContext } from './read-context.js';
import { compileSampleRead } from './sample-read.js';
import { subjectBsnSql } from './subject-sql.js';

export { SUBJECT_COLUMN } from './read-context.js';
/** At most this many values in an `in` filter or BSNs in one subject search. */
export const MAX_LIST_VALUES = 1000;
/** Rows beyond this offset are not paged to (a request for them is refused, not run). */
const MAX_OFFSET = 10_000_000;

const OPERATORS: Record<Exclude<FilterOperator, 'in' | 'like'>, string> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
};

export function isDenial(result: GovernedRead | PolicyDenial): result is PolicyDenial {
  return 'denied' in result;
}

/**
 * Whether a grant names this table (by class name, silver name, `schema.name` or alias, a wildcard of its
 * gold schema, or the resource it comes with).
 */
export function grantCovers(grant: Grant, table: CatalogTable, catalog: GovernanceCatalog): boolean {
  return grant.tables.some((t) => {
    if (t.name === GOLD_WILDCARD) return table.schema === 'gold';
    if (t.name === GOLD_INTERNAL_WILDCARD) return table.schema === 'gold_intern';
    if (table.grantedWith !== undefined && t.name.toLowerCase() === table.grantedWith) return true;
    return findCatalogTable(catalog, t.name) === table;
  });
}

/**
 * The grant that lets one of `roles` use `resource` (`logboek`, a table) for `purpose`, or the denial:
 * for resources the server serves itself (the audit log) under the same default deny.
 */
export function resourceGrant(
  policy: GovernancePolicy,
  roles: readonly string[],
  purposeId: string,
  resource: string,
): { grant: Grant; purpose: Purpose } | PolicyDenial {
  const purpose = policy.purposes.find((p) => p.id === purposeId);
  if (!purpose)
    return deny(403, G.deniedUnknownPurpose, `no processing activity "${String(purposeId)}" is registered`);
  const own = policy.roles.filter((r) => roles.includes(r.name) && r.purposes.includes(purpose.id));
  if (own.length === 0)
    return deny(
      403,
      G.deniedPurposeNotOfRole,
      `none of the caller's roles may process data for ${purpose.id}`,
    );
  const grant = policy.grants.find(
    (g) =>
      g.purpose === purpose.id &&
      own.some((r) => r.name === g.role) &&
      g.tables.some((t) => t.name.toLowerCase() === resource.toLowerCase()),
  );
  return grant
    ? { grant, purpose }
    : deny(403, G.deniedNoGrant, `${resource} is not granted for ${purpose.id} to the caller's roles`);
}

/**
 * A request → one SELECT for `dialectName`, or a denial. Default deny: the purpose must exist and be a
 * purpose of one of the caller's roles, and a grant of that role × purpose must name the table. Fields,
 * filters and sort name visible columns only; every value is a bound parameter; keys are parameters
 * the reader binds (`KeyParameter`). Pure.
 */
export function compileGovernedRead(
  policy: GovernancePolicy,
  catalog: GovernanceCatalog,
  request: GovernedReadRequest,
  dialectName: string,
): GovernedRead | PolicyDenial {
  const shape = shapeProblem(request);
  if (shape)
    return deny(400, G.deniedBadFilter, `invalid request: ${shape}`, [
      { name: shape.split(' ')[0]!, reason: shape },
    ]);
  const dialect = getDialect(dialectName);
  const syntax = dialect.treatments;
  if (!syntax) return deny(403, G.deniedEngine, `governed reads are not available on ${dialect.label}`);

  const purpose = policy.purposes.find((p) => p.id === request.purpose);
  if (!purpose)
    return deny(
      403,
      G.deniedUnknownPurpose,
      `no processing activity "${String(request.purpose)}" is registered`,
    );
  const roles = policy.roles.filter((r) => request.roles.includes(r.name) && r.purposes.includes(purpose.id));
  if (roles.length === 0)
    return deny(
      403,
      G.deniedPurposeNotOfRole,
      `none of the caller's roles may process data for ${purpose.id}`,
    );

  const grants = policy.grants.filter(
    (g) => g.purpose === purpose.id && roles.some((r) => r.name === g.role),
  );
  const table = findCatalogTable(catalog, request.table);
  if (!table) {
    const granted = grants.flatMap((g) => g.tables.map((t) => t.name));
    const near = nearestNames(request.table, granted, 1);
    return deny(
      404,
      G.deniedUnknownTable,
      `no table ${request.table}${near.length ? `; did you mean ${near[0]}?` : ''}`,
    );
  }
  const grant = grants.find((g) => grantCovers(g, table, catalog));
  if (!grant)
    return deny(
      403,
      G.deniedNoGrant,
      `${request.table} is not granted for ${purpose.id} to the caller's roles`,
    );

  const params = new Parameters();
  const ctx = { dialect, syntax, purpose, grant, table, params };
  if (request.samples !== undefined) return compileSampleRead(policy, request, ctx);
  return compileForGrant(policy, catalog, request, ctx);
}

function compileForGrant(
  policy: GovernancePolicy,
  catalog: GovernanceCatalog,
  request: GovernedReadRequest,
  ctx: ReadContext,
): GovernedRead | PolicyDenial {
  const { dialect, syntax, purpose, grant, table, params } = ctx;
  const visible = visibleColumns(policy, grant, table);
  const visibleNames = visible.map((v) => v.column.name);
  const invalid: { name: string; reason: string }[] = [];
  const unknown = (param: string, name: unknown) => {
    const near = typeof name === 'string' ? nearestNames(name, visibleNames, 1) : [];
    invalid.push({
      name: param,
      reason: `unknown field ${String(name)}${near.length ? `; did you mean ${near[0]}?` : ''}`,
    });
  };

  // page and size first: they bound what is read
  const pageNumber = request.page;
  const size = request.pageSize;
  if (!Number.isInteger(pageNumber) || pageNumber < 1)
    invalid.push({ name: 'page', reason: 'page must be a whole number from 1' });
  if (!Number.isInteger(size) || size < 1 || size > grant.maxPageSize)
    invalid.push({
      name: 'pageSize',
      reason: `pageSize must be a whole number from 1 to ${grant.maxPageSize}`,
    });
  else if (Number.isInteger(pageNumber) && (pageNumber - 1) * size > MAX_OFFSET)
    invalid.push({ name: 'page', reason: `pages beyond row ${MAX_OFFSET} are not served` });

  const key = keyOfPurpose(policy, purpose.id);
  const expression = new Map<string, string>();
  const exprOf = (name: string) => {
    let sql = expression.get(name);
    if (sql === undefined) {
      const v = visible.find((x) => x.column.name === name)!;
      sql = treatedSql(
        columnRef(dialect, name),
        v.column,
        v.treatment as Exclude<typeof v.treatment, 'withheld'>,
        syntax,
        key,
        params,
      );
      expression.set(name, sql);
    }
    return sql;
  };

  const fields = request.fields ?? visibleNames;
  if (!Array.isArray(fields)) invalid.push({ name: 'fields', reason: 'fields must be a list of names' });
  const chosen: GovernedColumn[] = [];
  for (const f of Array.isArray(fields) ? fields : []) {
    const v = visible.find((x) => x.column.name === f);
    if (!v) unknown('fields', f);
    else if (!chosen.some((c) => c.name === f))
      chosen.push({ name: v.column.name, classification: v.classification, treatment: v.treatment });
  }
  if (invalid.length > 0) {
    const paging = invalid.some((i) => i.name === 'page' || i.name === 'pageSize');
    return paging
      ? deny(400, G.deniedBadPage, 'the page or page size is out of range', invalid)
      : deny(400, G.deniedUnknownColumn, 'the request names fields it may not read', invalid);
  }

  const select = chosen.map((c) => `${exprOf(c.name)} AS ${sqlName(dialect, c.name)}`);
  const subject = table.subject ? subjectBsnSql(table, dialect) : undefined;
  if (subject)
    select.push(
      `${hmacSql(syntax.text(subject), policy.auditKey, syntax, params)} AS ${sqlName(dialect, SUBJECT_COLUMN)}`,
    );

  const where: string[] = [];
  if (grant.rows) {
    const filter = rowFilterSql(grant.rows.text, table, dialect, params);
    if (!filter.ok)
      return deny(403, G.rowFilter, `the grant's row filter cannot be applied: ${filter.message}`);
    where.push(filter.sql);
  }
  for (const [i, f] of (request.filters ?? []).entries()) {
    const sql = filterSql(f, visibleNames, exprOf, params, syntax);
    if (typeof sql === 'string') where.push(sql);
    else if (sql.unknown) unknown(`filters[${i}].column`, f?.column);
    else invalid.push({ name: `filters[${i}]`, reason: sql.reason });
  }
  if (request.subjects !== undefined) {
    const problem = subjectProblem(request.subjects, grant, policy, table, subject);
    if (problem)
      return deny(problem.status, G.deniedNoSubjects, problem.reason, [
        { name: 'subjects', reason: problem.reason },
      ]);
    where.push(`${subject!} IN (${request.subjects.map((s) => params.add(s)).join(', ')})`);
  }

  const order: string[] = [];
  for (const [i, s] of (request.sort ?? []).entries()) {
    if (!s || typeof s.column !== 'string' || !visibleNames.includes(s.column))
      unknown(`sort[${i}].column`, s?.column);
    else order.push(`${exprOf(s.column)} ${s.descending === true ? 'DESC' : 'ASC'}`);
  }
  if (invalid.length > 0)
    return deny(400, G.deniedBadFilter, 'the request has invalid filters or sort', invalid);
  for (const k of table.orderBy) order.push(columnRef(dialect, k));

  const from = sqlTableName(dialect, table.schema, table.name);
  // The page is cut first and the treatments (HMACs, the subject's subquery) run on its rows only; the
  // outer query orders the page again by the same expressions.
  let page = `SELECT t.*\n  FROM ${from} t`;
  if (where.length > 0) page += `\n  WHERE ${where.join('\n    AND ')}`;
  if (order.length > 0) page += `\n  ORDER BY ${order.join(', ')}`;
  const limit = params.add(size);
  const offset = params.add((pageNumber - 1) * size);
  page = `${dialect.query.limit(page, limit, '\n  ')} OFFSET ${offset}`;
  let sql = `SELECT ${select.join(', ')}\nFROM (\n  ${page}\n) t`;
  if (order.length > 0) sql += `\nORDER BY ${order.join(', ')}`;

  return {
    sql,
    parameters: params.values,
    columns: chosen,
    subjectColumn: subject ? SUBJECT_COLUMN : null,
    personal: chosen.some((c) => c.classification !== 'none') || subject !== undefined,
    purpose: { id: purpose.id, uri: purpose.uri, name: purpose.name },
    role: grant.role,
    table: from,
  };
}

/** Whatever reaches the compiler is checked for its shape first: a bad request is a 400, never a crash. */
function shapeProblem(r: GovernedReadRequest): string | undefined {
  const list = (v: unknown) => v === undefined || Array.isArray(v);
  if (typeof r !== 'object' || r === null) return 'request must be an object';
  if (!Array.isArray(r.roles) || !r.roles.every((x) => typeof x === 'string'))
    return 'roles must be a list of names';
  if (typeof r.purpose !== 'string') return 'purpose must be a name';
  if (typeof r.table !== 'string') return 'table must be a name';
  if (!list(r.fields)) return 'fields must be a list';
  if (!list(r.filters) || !(r.filters ?? []).every((f) => typeof f === 'object' && f !== null))
    return 'filters must be a list of filters';
  if (!list(r.sort) || !(r.sort ?? []).every((x) => typeof x === 'object' && x !== null))
    return 'sort must be a list of sort keys';
  if (!list(r.subjects)) return 'subjects must be a list of BSNs';
  if (r.samples !== undefined) {
    const s = r.samples as { run?: unknown; check?: unknown } | null;
    if (typeof s !== 'object' || s === null || typeof s.run !== 'string' || typeof s.check !== 'string')
      return 'samples must name a run and a check';
    if (r.fields !== undefined || (r.filters ?? []).length > 0 || (r.sort ?? []).length > 0 || r.subjects)
      return 'samples cannot be combined with fields, filters, sort or subjects';
  }
  return undefined;
}

type FilterProblem = { unknown: true } | { unknown: false; reason: string };

function filterSql(
  f: ReadFilter,
  visible: readonly string[],
  exprOf: (name: string) => string,
  params: Parameters,
  syntax: TreatmentSyntax,
): string | FilterProblem {
  if (!f || typeof f.column !== 'string' || !visible.includes(f.column)) return { unknown: true };
  const column = exprOf(f.column);
  const scalar = (v: unknown) =>
    typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';
  if (f.op === 'in') {
    if (
      !Array.isArray(f.value) ||
      f.value.length === 0 ||
      f.value.length > MAX_LIST_VALUES ||
      !f.value.every(scalar)
    )
      return { unknown: false, reason: `in needs a list of 1 to ${MAX_LIST_VALUES} values` };
    return `${column} IN (${f.value.map((v) => params.add(v)).join(', ')})`;
  }
  if (f.op === 'like') {
    if (typeof f.value !== 'string') return { unknown: false, reason: 'like needs a text value' };
    return `${syntax.text(column)} LIKE ${params.add(f.value)}`;
  }
  const op = Object.hasOwn(OPERATORS, f.op) ? OPERATORS[f.op as keyof typeof OPERATORS] : undefined;
  if (!op) return { unknown: false, reason: `unknown operator ${String(f.op)}` };
  if (f.value === null) {
    if (f.op === 'eq') return `${column} IS NULL`;
    if (f.op === 'ne') return `${column} IS NOT NULL`;
    return { unknown: false, reason: `${f.op} cannot compare with null` };
  }
  if (!scalar(f.value)) return { unknown: false, reason: `${f.op} needs one text, number or boolean` };
  return `${column} ${op} ${params.add(f.value)}`;
}

const BSN = /^\d{9}$/;

/** Why a subject search is refused: no BSN behind the rows, BSNs not shown in clear, bad values. */
function subjectProblem(
  subjects: readonly string[],
  grant: Grant,
  policy: GovernancePolicy,
  table: CatalogTable,
  subject: string | undefined,
): { status: 400 | 403; reason: string } | undefined {
  if (!subject)
    return { status: 400, reason: `the rows of ${table.name} are not about identifiable persons` };
  // searching by BSN under a grant that hides BSNs would link a pseudonym to its person
  if ((grant.treatments.byClassification.bsn ?? 'withheld') !== 'clear')
    return { status: 403, reason: 'searching by BSN needs a grant that shows BSNs in clear' };
  void policy;
  if (!Array.isArray(subjects) || subjects.length === 0 || subjects.length > MAX_LIST_VALUES)
    return { status: 400, reason: `subjects must list 1 to ${MAX_LIST_VALUES} BSNs` };
  if (!subjects.every((s) => typeof s === 'string' && BSN.test(s)))
    return { status: 400, reason: 'every subject must be a BSN of 9 digits' };
  return undefined;
}
