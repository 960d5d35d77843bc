// `ggm token`: a development token only in development mode, for a known role, on stdout only; the server's
// authenticator accepts it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/server/auth/authenticator.js';
import { runCli } from '../helpers/run-cli.js';

const POLICY = resolve(import.meta.dirname, '..', '..', 'examples', 'sociaal', 'governance.yaml');

describe('ggm token', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-token-'));
    await writeFile(join(dir, 'ggm.yaml'), 'engine: duckdb:warehouse.duckdb\n');
    await writeFile(join(dir, 'governance.yaml'), await readFile(POLICY, 'utf8'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('mints a token the development server accepts', async () => {
    const r = await runCli([
      'token',
      '-p',
      dir,
      '--role',
      'wmo-consulent',
      '--sub',
      'j.jansen',
      '--ttl',
      '30m',
    ]);
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      sub: 'j.jansen',
      roles: ['wmo-consulent'],
      iss: 'urn:ggm-platform:development',
    });
    expect(claims.exp! - claims.iat!).toBe(1800);
    const auth = await createAuthenticator({ config: { apiKeys: [] }, mode: 'development', projectDir: dir });
    expect(await auth.authenticate({ authorization: `Bearer ${token}` })).toEqual({
      principal: { user: 'j.jansen', roles: ['wmo-consulent'], via: 'development' },
    });
    // the same token means nothing to a production server
    const production = await createAuthenticator({
      config: { apiKeys: [] },
      mode: 'production',
      projectDir: dir,
    });
    expect(await production.authenticate({ authorization: `Bearer ${token}` })).toMatchObject({
      failure: { code: 'GGM-H105' },
    });
  });

  it('refuses an unknown role with a suggestion, and a bad ttl', async () => {
    const r = await runCli(['token', '-p', dir, '--role', 'wmo-consulnt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean wmo-consulent');
    expect((await runCli(['token', '-p', dir, '--role', 'wmo-consulent', '--ttl', '30y'])).code).toBe(2);
  });

  it('refuses in production mode', async () => {
    const text = (await readFile(POLICY, 'utf8')).replace('mode: development', 'mode: production');
    await writeFile(join(dir, 'governance.yaml'), text);
    const r = await runCli(['token', '-p', dir, '--role', 'wmo-consulent']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('development mode');
  });
});
