// RFC 9457 problem details, the only shape an error leaves the API in (NL API Design Rules).
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface InvalidParam {
  /** The parameter as the caller named it (`page`, `filter`, `body.bsn`). */
  name: string;
  code: string;
  /** Why it is invalid; never repeats the value (it may be a BSN or an attack string). */
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  /** A stable GGM-H… (HTTP API) or GGM-G… (governance) code. */
  code: string;
  invalidParams?: InvalidParam[];
}

/** Dutch titles per status, for people reading the response. */
const TITLES: Record<number, string> = {
  400: 'Ten minste één parameter is niet correct.',
  401: 'Niet geauthenticeerd.',
  403: 'Geen toegang tot deze gegevens.',
  404: 'Niet gevonden.',
  405: 'Methode niet toegestaan.',
  406: 'Gevraagde representatie wordt niet ondersteund.',
  413: 'Het verzoek is te groot.',
  415: 'Het formaat van het verzoek wordt niet ondersteund.',
  429: 'Te veel verzoeken.',
  500: 'Interne fout.',
  503: 'De dienst is tijdelijk niet beschikbaar.',
};

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

/**
 * The route the problem is about, as a pattern (`/api/v1/klassen/:naam`): the URL itself may hold a BSN
 * or an attack string and is never echoed.
 */
export function instanceOf(request: FastifyRequest): string {
  return request.routeOptions?.url ?? '/api/v1';
}

export function buildProblem(
  request: FastifyRequest,
  status: number,
  code: string,
  detail: string,
  invalidParams?: InvalidParam[],
): Problem {
  return {
    type: `https://ggm-platform.nl/problemen/${code}`,
    title: TITLES[status] ?? 'Fout in het verzoek.',
    status,
    detail,
    instance: instanceOf(request),
    code,
    ...(invalidParams && invalidParams.length > 0 ? { invalidParams } : {}),
  };
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  invalidParams?: InvalidParam[],
): FastifyReply {
  const problem = buildProblem(request, status, code, detail, invalidParams);
  request.log.warn({ problem: { status, code, detail } }, 'problem response');
  if (status === 401) reply.header('WWW-Authenticate', 'Bearer');
  return reply.code(status).type('application/problem+json').send(problem);
}

/** The OpenAPI schema of a problem response (the Logius ruleset wants status, title and detail). */
export const PROBLEM_SCHEMA = {
  $id: 'Problem',
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'reason'],
        properties: {
          name: { type: 'string' },
          code: { type: 'string' },
          reason: { type: 'string' },
        },
      },
    },
  },
} as const;
