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
  const response = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery ${response.status}`);
  const doc = (await response.json()) as { authorization_endpoint?: string; token_endpoint?: string };
  if (!doc.authorization_endpoint || !doc.token_endpoint) throw new Error('discovery document incomplete');
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

/** Back from the provider: checks the state, exchanges the code for tokens, returns the user. */
export async function completeOidcSignIn(search: string): Promise<OidcUser> {
  const params = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!raw) throw new Error('no sign-in in progress');
  const pending = JSON.parse(raw) as Pending;
  const error = params.get('error');
  if (error) throw new Error(params.get('error_description') ?? error);
  if (params.get('state') !== pending.state) throw new Error('state does not match');
  const code = params.get('code');
  if (!code) throw new Error('no code');
  const response = await fetch(pending.tokenEndpoint, {
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
  if (!response.ok) throw new Error(`token ${response.status}`);
  const tokens = (await response.json()) as { access_token?: string; id_token?: string };
  const token = tokens.access_token ?? tokens.id_token;
  if (!token) throw new Error('no token');
  const claims = jwtClaims(token);
  const idClaims = tokens.id_token ? jwtClaims(tokens.id_token) : claims;
  const name = [idClaims['name'], idClaims['preferred_username'], claims['sub']].find(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return { name: name ?? 'gebruiker', roles: rolesAt(claims, pending.rolClaim), token };
}
