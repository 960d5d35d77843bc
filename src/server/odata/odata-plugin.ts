// The OData v4 feed of gold as a fastify plugin: the service document, $metadata (CSDL XML), each
// metric as an entity set with $select/$filter/$orderby/$top/$skip/$count, /{set}/$count, and
// server-driven paging by @odata.nextLink. Read-only; every answer carries `OData-Version: 4.0`, every
// problem is an OData JSON error with a 4xx status and a GGM-O… code.
//
// Routes (below the prefix the plugin is registered at, e.g. /api/v1/odata):
//   GET /{purpose}            service document   GET /{purpose}/$metadata   CSDL XML
//   GET /{purpose}/{set}      entities           GET /{purpose}/{set}/$count   plain number

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Row } from '../../engines/engine.js';
import { metadataXml, serviceDocument } from '../../gold/odata/csdl-xml.js';
import { compileGoldQuery, type CompiledGoldQuery } from '../../gold/odata/gold-query-sql.js';
import { entitySetsOf, type ODataEntitySet } from '../../gold/odata/odata-entity.js';
import { entityOf, type EngineValue } from '../../gold/odata/odata-json.js';
import { ODATA_CODES } from '../../gold/odata/odata-error.js';
import {
  DEFAULT_QUERY_LIMITS,
  parseQueryOptions,
  skipToken,
  type QueryLimits,
  type RawQuery,
} from '../../gold/odata/query-options.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { GoldFeedDenied, type GoldFeedMetric, type GoldFeedSource } from './gold-feed-source.js';
import { ODATA_JSON, ODATA_XML, odataHeaders, sendODataError, sendProblem } from './odata-response.js';

export interface ODataFeedOptions {
  source: GoldFeedSource;
  /** Rows per page unless the client prefers fewer (`Prefer: odata.maxpagesize`); default 1000. */
  pageSize?: number;
  limits?: QueryLimits;
  /**
   * The address clients reach the server at (`https://data.gemeente.nl`), for @odata.context and
   * @odata.nextLink behind a proxy; default: the request's protocol and Host header.
   */
  publicUrl?: string;
}

export const DEFAULT_PAGE_SIZE = 1000;

/** Codes of failures that are not the caller's request. */
export const ODATA_SERVER_CODES = { internal: 'GGM-O090' } as const;

interface Feed {
  root: string;
  sets: ODataEntitySet[];
  tables: Map<string, GoldFeedMetric>;
}

/** Not in the REST API's OpenAPI document: the feed describes itself in $metadata. */
const HIDDEN = { schema: { hide: true } };

export const odataFeed: FastifyPluginAsync<ODataFeedOptions> = async (app, options) => {
  const { source } = options;
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const serverPageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const prefix = app.prefix;

  async function feedOf(request: FastifyRequest, purpose: string): Promise<Feed> {
    const metrics = await source.metrics(request, purpose);
    const { sets, diagnostics } = entitySetsOf(metrics.map((m) => m.descriptor));
    for (const d of diagnostics) request.log.warn({ code: d.code }, d.message);
    const tables = new Map(metrics.map((m) => [m.descriptor.id, m]));
    const origin = options.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`;
    const root = `${origin}${prefix}/${encodeURIComponent(purpose)}`;
    return { root, sets, tables };
  }

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof GoldFeedDenied)
      return sendODataError(reply, error.status, error.code, error.message);
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500)
      return sendODataError(
        reply,
        400,
        ODATA_CODES.unsupportedOption,
        'Het verzoek kan niet worden gelezen.',
      );
    request.log.error({ err: error }, 'odata feed failed');
    return sendODataError(reply, 500, ODATA_SERVER_CODES.internal, 'Er ging iets mis; de fout is gelogd.');
  });

  app.setNotFoundHandler((_request, reply) =>
    sendODataError(reply, 404, ODATA_CODES.unknownEntitySet, 'Deze resource bestaat niet in de OData-feed.'),
  );

  const serviceRoot = async (
    request: FastifyRequest<{ Params: { purpose: string } }>,
    reply: FastifyReply,
  ) => {
    const feed = await feedOf(request, request.params.purpose);
    return odataHeaders(reply, ODATA_JSON).send(JSON.stringify(serviceDocument(feed.sets, feed.root)));
  };
  // the service root has no trailing slash, like CBS StatLine's (the API refuses trailing slashes)
  app.get('/:purpose', HIDDEN, serviceRoot);

  app.get<{ Params: { purpose: string } }>('/:purpose/$metadata', HIDDEN, async (request, reply) => {
    const feed = await feedOf(request, request.params.purpose);
    return odataHeaders(reply, ODATA_XML).send(metadataXml(feed.sets));
  });

  /** The entity set named in the path, or a 404 naming the nearest sets. */
  function setOf(feed: Feed, name: string, reply: FastifyReply): ODataEntitySet | undefined {
    const set = feed.sets.find((s) => s.name === name);
    if (set) return set;
    const hint = didYouMean(
      name,
      feed.sets.map((s) => s.name),
    );
    sendODataError(
      reply,
      404,
      ODATA_CODES.unknownEntitySet,
      `Er is geen entiteitset ${JSON.stringify(name)} in deze feed${hint ? ` (${hint})` : ''}.`,
    );
    return undefined;
  }

  /** Parses and compiles the request; undefined when a problem was answered. */
  function compileFor(
    request: FastifyRequest,
    reply: FastifyReply,
    set: ODataEntitySet,
    feed: Feed,
    pageSize: number,
    forceCount: boolean,
  ): CompiledGoldQuery | undefined {
    const parsed = parseQueryOptions(request.query as RawQuery, set, limits);
    if ('problem' in parsed) {
      sendProblem(reply, parsed.problem);
      return undefined;
    }
    const query = forceCount ? { ...parsed.query, count: true } : parsed.query;
    const compiled = compileGoldQuery(set, query, {
      dialect: source.dialect,
      pageSize,
      table: feed.tables.get(set.name)!.table,
    });
    if ('problem' in compiled) {
      sendProblem(reply, compiled.problem);
      return undefined;
    }
    return compiled;
  }

  async function countOf(
    request: FastifyRequest,
    metric: GoldFeedMetric,
    compiled: CompiledGoldQuery,
  ): Promise<number> {
    const rows = await source.query(request, metric, compiled.countSql!, compiled.countParams);
    return Number(rows[0]?.['n'] ?? 0);
  }

  app.get<{ Params: { purpose: string; set: string } }>(
    '/:purpose/:set/$count',
    HIDDEN,
    async (request, reply) => {
      const feed = await feedOf(request, request.params.purpose);
      const set = setOf(feed, request.params.set, reply);
      if (!set) return reply;
      const compiled = compileFor(request, reply, set, feed, 1, true);
      if (!compiled) return reply;
      const n = await countOf(request, feed.tables.get(set.name)!, compiled);
      return odataHeaders(reply, 'text/plain;charset=utf-8').send(String(n));
    },
  );

  app.get<{ Params: { purpose: string; set: string } }>('/:purpose/:set', HIDDEN, async (request, reply) => {
    const feed = await feedOf(request, request.params.purpose);
    const set = setOf(feed, request.params.set, reply);
    if (!set) return reply;
    const preferred = preferredPageSize(request.headers.prefer);
    const pageSize = Math.min(serverPageSize, preferred ?? serverPageSize);
    const compiled = compileFor(request, reply, set, feed, pageSize, false);
    if (!compiled) return reply;
    const metric = feed.tables.get(set.name)!;
    const rows: Row[] = await source.query(request, metric, compiled.sql, compiled.params);
    const body: Record<string, unknown> = {
      '@odata.context': `${feed.root}/$metadata#${set.name}${selectSuffix(request.query as RawQuery, compiled)}`,
    };
    if (compiled.countSql) body['@odata.count'] = await countOf(request, metric, compiled);
    if (rows.length > compiled.take) {
      const last = rows[compiled.take - 1]!;
      const after = compiled.keyset?.map((k) => String(last[k]));
      body['@odata.nextLink'] = nextLink(request, feed.root, set.name, compiled.take, after);
    }
    body['value'] = rows
      .slice(0, compiled.take)
      .map((r) => entityOf(r as Record<string, EngineValue>, compiled.columns));
    if (preferred !== undefined) reply.header('Preference-Applied', `odata.maxpagesize=${pageSize}`);
    return odataHeaders(reply, ODATA_JSON).send(JSON.stringify(body));
  });
};

function selectSuffix(raw: RawQuery, compiled: CompiledGoldQuery): string {
  const asked = Object.keys(raw).some((k) => k.toLowerCase() === '$select');
  return asked ? `(${compiled.columns.map((c) => c.name).join(',')})` : '';
}

/** `odata.maxpagesize=N` from a Prefer header, when present and sensible. */
export function preferredPageSize(prefer: string | string[] | undefined): number | undefined {
  const text = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  const m = /(?:^|[,;\s])odata\.maxpagesize\s*=\s*"?(\d{1,9})"?/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n : undefined;
}

/**
 * The same request one page further, $top (when given) reduced by this page; every other option as the
 * client sent it. Without $orderby the page after is the rows after the last key ($skiptoken, the same
 * cost for every page); with $orderby, $skip moves past this page.
 */
function nextLink(
  request: FastifyRequest,
  root: string,
  set: string,
  take: number,
  after: string[] | undefined,
): string {
  const search = new URLSearchParams(
    request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '',
  );
  const kept: [string, string][] = [];
  let skip = 0;
  let top: number | undefined;
  for (const [key, value] of search) {
    const k = key.toLowerCase();
    if (k === '$skip') skip = Number(value);
    else if (k === '$top') top = Number(value);
    else if (k !== '$skiptoken') kept.push([key, value]);
  }
  // the token already stands past any $skip of the first page
  if (after) kept.push(['$skiptoken', skipToken(after)]);
  else kept.push(['$skip', String(skip + take)]);
  if (top !== undefined) kept.push(['$top', String(top - take)]);
  const query = kept
    .map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`)
    .join('&');
  return `${root}/${set}?${query}`;
}
