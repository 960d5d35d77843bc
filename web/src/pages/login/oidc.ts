// Signing in at the OIDC provider the API trusts: authorization code flow with PKCE (S256), entirely in
// the browser (a public client, no secret). The provider's discovery document gives the endpoints; the
// state and code_verifier wait in sessionStorage until the provider sends the browser back to
// /inloggen/terug. The access token (else the id token) becomes the session's bearer token; the roles
// are read from the claim the API reads them from.

export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
  rolClaim: string;
}

export interface OidcUser {
  name: string;
  roles: string[];
  token: string;
}

import { jwtClaims, rolesAt } from './token-claims.js';

/** Why signing in failed, as a key the login page turns into a sentence in the user's language. */
export type OidcFailure =
  'discovery' | 'noPending' | 'provider' | 'state' | 'noCode' | 'tokenRefused' | 'noToken' | 'noRoles';

export class OidcSignInError extends Error {
  constructor(
    readonly failure: OidcFailure,
    /** What the provider said (its `error` or `error_description`), shown as is. */
    readonly detail?: string,
  ) {
    super(detail ? `${failure}: ${detail}` : failure);
  }
}

const PENDING_KEY = 'ggm.oidc';
export const CALLBACK_PATH = '/inloggen/terug';

interface Pending {
  state: string;
  verifier: string;
  tokenEndpoint: string;
  clientId: string;
  redirectUri: string;
  rolClaim: string;
}

function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

async function discovery(
  issuer: string,
): Promise<{ authorization_endpoint: string; token_endpoint: string }> {
  let doc: { authorization_endpoint?: string; token_endpoint?: string };
  try {
    const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
    if (!response.ok) throw new OidcSignInError('discovery', `HTTP ${response.status}`);
    doc = (await response.json()) as typeof doc;
  } catch (error) {
    // a provider that cannot be reached (or is refused by the CSP) is a TypeError from fetch
    if (error instanceof OidcSignInError) throw error;
    throw new OidcSignInError('discovery');
  }
  if (!doc.authorization_endpoint || !doc.token_endpoint) throw new OidcSignInError('discovery');
  return { authorization_endpoint: doc.authorization_endpoint, token_endpoint: doc.token_endpoint };
}

/** Sends the browser to the provider's sign-in page. */
export async function startOidcSignIn(settings: OidcSettings): Promise<void> {
  const endpoints = await discovery(settings.issuer);
  const pending: Pending = {
    state: randomText(),
    verifier: randomText(),
    tokenEndpoint: endpoints.token_endpoint,
    clientId: settings.clientId,
    redirectUri: `${window.location.origin}${CALLBACK_PATH}`,
    rolClaim: settings.rolClaim,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(endpoints.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: pending.redirectUri,
    scope: settings.scope,
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/**
 * Back from the provider: checks the state, exchanges the code for tokens, returns the user. The pending
 * sign-in is used once; the same address read again (React's development double effect, a reload)
 * gets the same answer, not a second exchange.
 */
export function completeOidcSignIn(search: string): Promise<OidcUser> {
  if (completion?.search !== search) completion = { search, user: exchangeCode(search) };
  return completion.user;
}

let completion: { search: string; user: Promise<OidcUser> } | undefined;

async function exchangeCode(search: string): Promise<OidcUser> {
  const params = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!raw) throw new OidcSignInError('noPending');
  const pending = JSON.parse(raw) as Pending;
  const error = params.get('error');
  if (error) throw new OidcSignInError('provider', params.get('error_description') ?? error);
  if (params.get('state') !== pending.state) throw new OidcSignInError('state');
  const code = params.get('code');
  if (!code) throw new OidcSignInError('noCode');
  let response: Response;
  try {
    response = await fetch(pending.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: pending.redirectUri,
        client_id: pending.clientId,
        code_verifier: pending.verifier,
      }).toString(),
    });
  } catch {
    throw new OidcSignInError('tokenRefused');
  }
  if (!response.ok) throw new OidcSignInError('tokenRefused', await oauthError(response));
  const tokens = (await response.json()) as { access_token?: string; id_token?: string };
  const token = tokens.access_token ?? tokens.id_token;
  if (!token) throw new OidcSignInError('noToken');
  const claims = jwtClaims(token);
  const idClaims = tokens.id_token ? jwtClaims(tokens.id_token) : claims;
  const name = [idClaims['name'], idClaims['preferred_username'], claims['sub']].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  const roles = rolesAt(claims, pending.rolClaim);
  if (roles.length === 0) throw new OidcSignInError('noRoles', pending.rolClaim);
  return { name: name ?? 'gebruiker', roles, token };
}

/** The OAuth error code of a refused token request (RFC 6749 5.2), else the HTTP status. */
async function oauthError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON
  }
  return `HTTP ${response.status}`;
}
