// One pagination style everywhere (Haal Centraal): 1-based `page` and `pageSize`; out of range → 400.
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';
import { API_CODES } from './server-codes.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const PAGE_QUERY = {
  page: {
    type: 'integer',
    minimum: 1,
    maximum: 1_000_000,
    default: 1,
    description: 'Paginanummer (vanaf 1).',
  },
  pageSize: {
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    description: `Aantal resultaten per pagina (1 tot en met ${MAX_PAGE_SIZE}).`,
  },
} as const;

export interface PageQuery {
  page: number;
  pageSize: number;
}

export interface Link {
  href: string;
}

/** The request's URL with another page number (the other parameters kept, in their order). */
export function pageHref(request: FastifyRequest, page: number): string {
  const url = new URL(request.url, 'http://x');
  url.searchParams.set('page', String(page));
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** A page of a list whose length is known; a page past the end (other than page 1) is a 400. */
export function pageOf<T>(request: FastifyRequest, items: readonly T[], query: PageQuery, name: string) {
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / query.pageSize));
  if (query.page > totalPages) throw pageOutOfRange(totalPages);
  const start = (query.page - 1) * query.pageSize;
  return envelope(request, name, items.slice(start, start + query.pageSize), query, {
    totalElements: total,
    totalPages,
  });
}

export function pageOutOfRange(totalPages: number): ProblemError {
  return new ProblemError(400, API_CODES.invalidParameters, 'De gevraagde pagina bestaat niet.', [
    { name: 'page', code: 'range', reason: `De pagina moet tussen 1 en ${totalPages} liggen.` },
  ]);
}

/** The HAL envelope of a page: links, the items under their name, and the page's numbers. */
export function envelope<T>(
  request: FastifyRequest,
  name: string,
  items: readonly T[],
  query: PageQuery,
  totals: { totalElements: number; totalPages: number } | { hasNext: boolean },
) {
  const hasNext = 'hasNext' in totals ? totals.hasNext : query.page < totals.totalPages;
  const links: Record<string, Link> = { self: { href: pageHref(request, query.page) } };
  if (query.page > 1) links['prev'] = { href: pageHref(request, query.page - 1) };
  if (hasNext) links['next'] = { href: pageHref(request, query.page + 1) };
  return {
    _links: links,
    _embedded: { [name]: items },
    page: {
      number: query.page,
      size: query.pageSize,
      ...('totalElements' in totals
        ? { totalElements: totals.totalElements, totalPages: totals.totalPages }
        : {}),
    },
  };
}

/** The JSON schema of such a page, for the OpenAPI document. */
export function pageSchema(name: string, item: object) {
  return {
    type: 'object',
    properties: {
      _links: {
        type: 'object',
        properties: { self: LINK_SCHEMA, prev: LINK_SCHEMA, next: LINK_SCHEMA },
      },
      _embedded: { type: 'object', properties: { [name]: { type: 'array', items: item } } },
      page: {
        type: 'object',
        properties: {
          number: { type: 'integer' },
          size: { type: 'integer' },
          totalElements: { type: 'integer' },
          totalPages: { type: 'integer' },
        },
      },
    },
  };
}

export const LINK_SCHEMA = { type: 'object', properties: { href: { type: 'string' } } } as const;
