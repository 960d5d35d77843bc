/** Who is calling: the token's subject or the API key's name, and the roles it carries. */
export interface Principal {
  user: string;
  roles: string[];
  via: 'oidc' | 'development' | 'api-key';
}

/** Why a caller is not authenticated: always a 401, with a code; the detail names no secret. */
export interface AuthFailure {
  code: string;
  detail: string;
}

export type AuthResult = { principal: Principal } | { failure: AuthFailure };

/** The value at a dotted path (`realm_access.roles`) of a claims object. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Roles from a claim that is a string (space or comma separated) or an array of strings. */
export function rolesFrom(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter((r) => r !== '');
  if (Array.isArray(value)) return value.filter((r): r is string => typeof r === 'string' && r !== '');
  return [];
}
