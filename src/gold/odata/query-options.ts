// The system query options of a request on an entity set ($select, $filter, $orderby, $top, $skip,
// $count) read from the raw query string values and checked against the entity set. Pure.

import { didYouMean } from '../../diagnostics/suggest.js';
import { DEFAULT_FILTER_LIMITS, parseFilter, type FilterExpr, type FilterLimits } from './filter-parser.js';
import type { ODataEntitySet } from './odata-entity.js';
import { ODATA_CODES, odataProblem, ODataQueryError, type ODataProblem } from './odata-error.js';

export interface OrderByItem {
  property: string;
  descending: boolean;
}

export interface ODataQuery {
  /** Selected properties in the order asked; undefined = all. */
  select?: string[];
  filter?: FilterExpr;
  orderBy: OrderByItem[];
  top?: number;
  skip: number;
  count: boolean;
  /** From $skiptoken: the key of the last row of the previous page (rows after it in key order). */
  after?: string[];
}

export interface QueryLimits extends FilterLimits {
  /** Largest $top a client may ask for (paging beyond it goes by nextLink). */
  maxTop: number;
  /** Largest $skip. */
  maxSkip: number;
  maxOrderBy: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  ...DEFAULT_FILTER_LIMITS,
  maxTop: 100_000,
  maxSkip: 100_000_000,
  maxOrderBy: 16,
};

/** `$format=json` is read and ignored (JSON is what we answer); `$skiptoken` is what our nextLinks carry. */
const ACCEPTED = new Set([
  '$select',
  '$filter',
  '$orderby',
  '$top',
  '$skip',
  '$count',
  '$format',
  '$skiptoken',
]);
const NOT_SUPPORTED = ['$expand', '$search', '$apply', '$compute', '$levels', '$index', '$schemaversion'];

export type RawQuery = Record<string, string | string[] | undefined>;

/** The property `name` of the set, or a GGM-O010 error naming the nearest ones. */
export function requireProperty(set: ODataEntitySet, name: string, target: string): void {
  if (set.properties.some((p) => p.name === name)) return;
  const hint = didYouMean(
    name,
    set.properties.map((p) => p.name),
  );
  throw odataProblem(
    ODATA_CODES.unknownProperty,
    target,
    `${set.name} has no property ${JSON.stringify(name)}`,
    hint,
  );
}

function nonNegativeInteger(raw: string, option: string, max: number): number {
  if (!/^\d{1,15}$/.test(raw))
    throw odataProblem(
      ODATA_CODES.badTopSkip,
      option,
      `${option} must be a non-negative whole number, not ${JSON.stringify(raw)}`,
    );
  const n = Number(raw);
  if (n > max)
    throw odataProblem(ODATA_CODES.badTopSkip, option, `${option} may be at most ${max}, not ${n}`);
  return n;
}

/** A skip token: base64url of the JSON array of the last row's key values. */
export function skipToken(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function parseSkipToken(raw: string, set: ODataEntitySet, orderBy: readonly OrderByItem[]): string[] {
  const bad = (why: string) =>
    odataProblem(
      ODATA_CODES.badSkipToken,
      '$skiptoken',
      `$skiptoken ${why}; follow @odata.nextLink as given`,
    );
  if (orderBy.length > 0) throw bad('cannot be combined with $orderby');
  let value: unknown;
  try {
    value = /^[A-Za-z0-9_-]{1,4000}$/.test(raw)
      ? JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
      : undefined;
  } catch {
    value = undefined;
  }
  const isKeyValue = (v: unknown) => typeof v === 'string' && !v.includes('\u0000');
  if (!Array.isArray(value) || value.length !== set.key.length || !value.every(isKeyValue))
    throw bad('is not one this feed wrote');
  return value as string[];
}

function parseSelect(raw: string, set: ODataEntitySet): string[] | undefined {
  const out: string[] = [];
  let star = false;
  for (const item of raw.split(',').map((s) => s.trim())) {
    if (item === '*') {
      star = true;
      continue;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item))
      throw odataProblem(ODATA_CODES.badSelect, '$select', `${JSON.stringify(item)} is not a property name`);
    requireProperty(set, item, '$select');
    if (!out.includes(item)) out.push(item);
  }
  return star ? undefined : out;
}

function parseOrderBy(raw: string, set: ODataEntitySet, limits: QueryLimits): OrderByItem[] {
  const items = raw.split(',').map((s) => s.trim());
  if (items.length > limits.maxOrderBy)
    throw odataProblem(
      ODATA_CODES.badOrderBy,
      '$orderby',
      `$orderby names ${items.length} properties; at most ${limits.maxOrderBy}`,
    );
  return items.map((item) => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?$/.exec(item);
    if (!m)
      throw odataProblem(
        ODATA_CODES.badOrderBy,
        '$orderby',
        `${JSON.stringify(item)} is not "property", "property asc" or "property desc"`,
      );
    requireProperty(set, m[1]!, '$orderby');
    return { property: m[1]!, descending: m[2] === 'desc' };
  });
}

/**
 * The query of a request on `set`, or the first problem. Custom options (not starting with `$`) are
 * ignored as the protocol says; `$` options are matched case-insensitively (OData 4.01).
 */
export function parseQueryOptions(
  raw: RawQuery,
  set: ODataEntitySet,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): { query: ODataQuery } | { problem: ODataProblem } {
  try {
    const options = new Map<string, string>();
    for (const [name, value] of Object.entries(raw)) {
      if (!name.startsWith('$') || value === undefined) continue;
      const key = name.toLowerCase();
      if (Array.isArray(value) || options.has(key))
        throw odataProblem(ODATA_CODES.duplicateOption, key, `${key} is given more than once`);
      if (!ACCEPTED.has(key))
        throw odataProblem(
          ODATA_CODES.unsupportedOption,
          key,
          NOT_SUPPORTED.includes(key)
            ? `${key} is not supported by this feed`
            : `unknown system query option ${key}`,
          'supported: $select, $filter, $orderby, $top, $skip, $count',
        );
      options.set(key, value);
    }
    const format = options.get('$format');
    if (format !== undefined && !/^(json|application\/json)(;.*)?$/i.test(format))
      throw odataProblem(
        ODATA_CODES.unsupportedOption,
        '$format',
        `$format ${format} is not supported; use json`,
      );
    const count = options.get('$count');
    if (count !== undefined && count !== 'true' && count !== 'false')
      throw odataProblem(
        ODATA_CODES.badCount,
        '$count',
        `$count must be true or false, not ${JSON.stringify(count)}`,
      );
    const select = options.get('$select');
    const filter = options.get('$filter');
    const orderBy = options.get('$orderby');
    const top = options.get('$top');
    const skip = options.get('$skip');
    const query: ODataQuery = {
      orderBy: orderBy === undefined ? [] : parseOrderBy(orderBy, set, limits),
      skip: skip === undefined ? 0 : nonNegativeInteger(skip, '$skip', limits.maxSkip),
      count: count === 'true',
    };
    if (select !== undefined) {
      const s = parseSelect(select, set);
      if (s) query.select = s;
    }
    if (filter !== undefined) query.filter = parseFilter(filter, limits);
    if (top !== undefined) query.top = nonNegativeInteger(top, '$top', limits.maxTop);
    const token = options.get('$skiptoken');
    if (token !== undefined) query.after = parseSkipToken(token, set, query.orderBy);
    return { query };
  } catch (error) {
    if (error instanceof ODataQueryError) return { problem: error.problem };
    throw error;
  }
}
