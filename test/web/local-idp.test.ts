// The browser tests' OIDC provider checks what a real one checks (PKCE S256, client, redirect URI, one
// use per code), and the API's authenticator accepts the access tokens it issues.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/server/auth/authenticator.js';
import { startLocalIdp, type LocalIdp } from './local-idp.js';

const CLIENT = 'ggm-web';
const REDIRECT = 'http://127.0.0.1:9/inloggen/terug';

describe('the local OIDC provider', () => {
  let idp: LocalIdp;
  beforeAll(async () => {
    idp = await startLocalIdp({
      clientId: CLIENT,
      audience: 'ggm-platform',
      user: { subject: 'u-1', name: 'Wmo-consulent Jansen', roles: ['wmo-consulent'] },
    });
    idp.allowRedirect(REDIRECT);
  });
  afterAll(() => idp.close());

  const verifier = () => randomBytes(32).toString('base64url');
  const challenge = (v: string) => createHash('sha256').update(v).digest('base64url');

  async function codeFor(v: string, redirect = REDIRECT): Promise<string> {
    const url = new URL(`${idp.issuer}/protocol/openid-connect/auth`);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: CLIENT,
      redirect_uri: redirect,
      state: 's1',
      code_challenge: challenge(v),
      code_challenge_method: 'S256',
    }).toString();
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const back = new URL(response.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe('s1');
    return back.searchParams.get('code')!;
  }

  const exchange = (fields: Record<string, string>) =>
    fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: CLIENT, ...fields }),
    });

  it('publishes discovery with PKCE S256', async () => {
    const doc = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(doc['issuer']).toBe(idp.issuer);
    expect(doc['code_challenge_methods_supported']).toEqual(['S256']);
    expect(doc['jwks_uri']).toBe(idp.jwksUrl);
  });

  it('refuses an unknown redirect URI without redirecting', async () => {
    const url = `${idp.issuer}/protocol/openid-connect/auth?response_type=code&client_id=${CLIENT}&redirect_uri=${encodeURIComponent('http://evil.example/x')}`;
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('refuses a wrong code_verifier, a wrong redirect_uri and a code used twice', async () => {
    const v = verifier();
    const wrongVerifier = await exchange({
      code: await codeFor(v),
      redirect_uri: REDIRECT,
      code_verifier: verifier(),
    });
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: 'invalid_grant' });
    const wrongRedirect = await exchange({
      code: await codeFor(v),
      redirect_uri: 'http://127.0.0.1:9/anders',
      code_verifier: v,
    });
    expect(wrongRedirect.status).toBe(400);
    const code = await codeFor(v);
    expect((await exchange({ code, redirect_uri: REDIRECT, code_verifier: v })).status).toBe(200);
    expect((await exchange({ code, redirect_uri: REDIRECT, code_verifier: v })).status).toBe(400);
  });

  it('issues an access token the API accepts, with the roles at realm_access.roles', async () => {
    const v = verifier();
    const response = await exchange({ code: await codeFor(v), redirect_uri: REDIRECT, code_verifier: v });
    const tokens = (await response.json()) as { access_token: string; id_token: string };
    const authenticator = await createAuthenticator({
      config: {
        oidc: {
          issuer: idp.issuer,
          audience: 'ggm-platform',
          jwksUrl: idp.jwksUrl,
          algorithms: ['RS256'],
          roleClaim: 'realm_access.roles',
        },
        apiKeys: [],
      },
      mode: 'production',
      projectDir: '.',
    });
    const accepted = await authenticator.authenticate({ authorization: `Bearer ${tokens.access_token}` });
    expect(accepted).toEqual({ principal: { user: 'u-1', roles: ['wmo-consulent'], via: 'oidc' } });
    // the id token is for the client, not for the API
    const idToken = await authenticator.authenticate({ authorization: `Bearer ${tokens.id_token}` });
    expect(idToken).toMatchObject({ failure: { code: expect.any(String) } });
  });
});
