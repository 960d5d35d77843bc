// The one way the web application reaches data: the platform's HTTP API under /api/v1, with the
// signed-in user's bearer token. Errors arrive as application/problem+json and become ApiProblem.

export const API_BASE = '/api/v1';

export interface InvalidParam {
  name: string;
  code?: string;
  reason: string;
}

/** A problem+json answer (NL API Design Rules), or a network failure as status 0. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code?: string,
    readonly invalidParams: readonly InvalidParam[] = [],
  ) {
    super(`${status} ${title}: ${detail}`);
  }
}

let currentToken: string | undefined;

/** Set by the session when a user signs in or switches; undefined when signed out. */
export function setApiToken(token: string | undefined): void {
  currentToken = token;
}

export type QueryValue = string | number | boolean | undefined | readonly string[];

function urlOf(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) params.set(key, value.join(','));
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function send<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (currentToken) headers['authorization'] = `Bearer ${currentToken}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw new ApiProblem(0, 'Geen verbinding', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const p = (json ?? {}) as Record<string, unknown>;
    throw new ApiProblem(
      response.status,
      typeof p['title'] === 'string' ? p['title'] : response.statusText,
      typeof p['detail'] === 'string' ? p['detail'] : '',
      typeof p['code'] === 'string' ? p['code'] : undefined,
      Array.isArray(p['invalidParams']) ? (p['invalidParams'] as InvalidParam[]) : [],
    );
  }
  return json as T;
}

/** GET `/api/v1<path>?<query>`; arrays become comma lists. */
export function apiGet<T>(path: string, query?: Record<string, QueryValue>): Promise<T> {
  return send<T>('GET', urlOf(path, query));
}

/** POST a JSON body (BSN searches go in a body, never in a URL). */
export function apiPost<T>(path: string, body: unknown, query?: Record<string, QueryValue>): Promise<T> {
  return send<T>('POST', urlOf(path, query), body);
}
