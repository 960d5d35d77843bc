// A small OpenID Connect provider for the browser tests, on a real port: the discovery document, the
// JWKS, /authorize (no login page: it signs in the user the test chose and redirects straight back with
// a code) and /token (authorization code with PKCE S256 for one public client). Tokens are RS256; the
// access token is for the API's audience and carries the roles at `realm_access.roles`, the way
// Keycloak issues them. CORS is open, as at a real provider, so the app on another origin can call it.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

export interface IdpUser {
  subject: string;
  name: string;
  roles: readonly string[];
}

export interface LocalIdpOptions {
  clientId: string;
  /** The API's `audience`: the access token is for it. */
  audience: string;
  user: IdpUser;
}

export interface LocalIdp {
  /** http://127.0.0.1:<port>/realms/ggm */
  issuer: string;
  jwksUrl: string;
  /** Only these redirect URIs are accepted (exact match, as providers do). */
  allowRedirect(uri: string): void;
  /** The user /authorize signs in next. */
  user: IdpUser;
  /** Token requests refused, with the OAuth error code (for assertions). */
  readonly refusals: string[];
  close(): Promise<void>;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  user: IdpUser;
  until: number;
}

const REALM_PATH = '/realms/ggm';
const CODE_TTL_MS = 60_000;

const base64Url = (bytes: Buffer) => bytes.toString('base64url');

export async function startLocalIdp(options: LocalIdpOptions): Promise<LocalIdp> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk: JWK = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwks = { keys: [{ ...publicJwk, kid, alg: 'RS256', use: 'sig' }] };
  const redirects = new Set<string>();
  const codes = new Map<string, PendingCode>();
  const refusals: string[] = [];
  let issuer = '';

  const sign = (claims: Record<string, unknown>, audience: string, user: IdpUser) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(user.subject)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

  const authorize = (url: URL, response: ServerResponse) => {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri') ?? '';
    // Without a known client and redirect URI the provider must not redirect anywhere.
    if (q.get('client_id') !== options.clientId || !redirects.has(redirectUri))
      return send(response, 400, 'text/plain; charset=utf-8', 'unknown client or redirect_uri');
    const back = new URL(redirectUri);
    const state = q.get('state');
    if (state !== null) back.searchParams.set('state', state);
    const challenge = q.get('code_challenge');
    if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !challenge) {
      back.searchParams.set('error', 'invalid_request');
      back.searchParams.set('error_description', 'response_type=code and PKCE S256 are required');
    } else {
      const code = base64Url(randomBytes(24));
      codes.set(code, {
        clientId: options.clientId,
        redirectUri,
        challenge,
        user: idp.user,
        until: Date.now() + CODE_TTL_MS,
      });
      back.searchParams.set('code', code);
    }
    response.writeHead(302, { location: back.toString(), 'cache-control': 'no-store' });
    response.end();
  };

  const token = async (body: URLSearchParams, response: ServerResponse) => {
    const refuse = (error: string, description: string) => {
      refusals.push(error);
      return send(
        response,
        400,
        'application/json',
        JSON.stringify({ error, error_description: description }),
      );
    };
    if (body.get('grant_type') !== 'authorization_code')
      return refuse('unsupported_grant_type', 'only authorization_code');
    const code = body.get('code') ?? '';
    const pending = codes.get(code);
    codes.delete(code); // a code is used once, whatever the outcome
    if (!pending || pending.until < Date.now()) return refuse('invalid_grant', 'unknown or expired code');
    if (body.get('client_id') !== pending.clientId) return refuse('invalid_client', 'client_id differs');
    if (body.get('redirect_uri') !== pending.redirectUri)
      return refuse('invalid_grant', 'redirect_uri differs');
    const verifier = body.get('code_verifier') ?? '';
    const computed = base64Url(createHash('sha256').update(verifier).digest());
    if (verifier.length < 43 || computed !== pending.challenge)
      return refuse('invalid_grant', 'PKCE verification failed');
    const { user } = pending;
    const accessToken = await sign(
      { realm_access: { roles: [...user.roles] }, azp: pending.clientId, scope: 'openid profile' },
      options.audience,
      user,
    );
    const idToken = await sign({ name: user.name, azp: pending.clientId }, pending.clientId, user);
    send(
      response,
      200,
      'application/json',
      JSON.stringify({ access_token: accessToken, id_token: idToken, token_type: 'Bearer', expires_in: 600 }),
    );
  };

  const server = createServer((request, response) => {
    response.setHeader('access-control-allow-origin', '*');
    void handle(request, response).catch((error: unknown) =>
      send(response, 500, 'text/plain; charset=utf-8', String(error)),
    );
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', issuer);
    const path = url.pathname.slice(REALM_PATH.length);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
      });
      return response.end();
    }
    if (request.method === 'GET' && path === '/.well-known/openid-configuration')
      return send(response, 200, 'application/json', JSON.stringify(discovery(issuer)));
    if (request.method === 'GET' && path === '/protocol/openid-connect/certs')
      return send(response, 200, 'application/json', JSON.stringify(jwks));
    if (request.method === 'GET' && path === '/protocol/openid-connect/auth') return authorize(url, response);
    if (request.method === 'POST' && path === '/protocol/openid-connect/token')
      return token(new URLSearchParams(await bodyText(request)), response);
    send(response, 404, 'text/plain; charset=utf-8', 'not found');
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}${REALM_PATH}`;
  const idp: LocalIdp = {
    issuer,
    jwksUrl: `${issuer}/protocol/openid-connect/certs`,
    allowRedirect: (uri) => void redirects.add(uri),
    user: options.user,
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return idp;
}

function discovery(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
    token_endpoint: `${issuer}/protocol/openid-connect/token`,
    jwks_uri: `${issuer}/protocol/openid-connect/certs`,
    response_types_supported: ['code'],
    grant_types_supported: ['authorization_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['none'],
    scopes_supported: ['openid', 'profile'],
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

async function bodyText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
