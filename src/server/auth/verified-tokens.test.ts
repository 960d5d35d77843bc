// The authenticator keeps tokens it verified (keyed by the whole token): the cache must never accept
// what a full verification would refuse.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_CODES } from '../server-codes.js';
import { createAuthenticator } from './authenticator.js';
import { DEVELOPMENT_AUDIENCE, developmentPrivateKey, mintDevelopmentToken } from './development-key.js';

afterEach(() => {
  vi.useRealTimers();
});

async function setUp(dir: string) {
  const authenticator = await createAuthenticator({
    config: { apiKeys: [] },
    mode: 'development',
    projectDir: dir,
  });
  const key = (await developmentPrivateKey(dir, { create: true }))!;
  const mint = (options: { ttlSeconds?: number; audience?: string } = {}) =>
    mintDevelopmentToken(key, {
      roles: ['wmo-consulent'],
      subject: 'tester',
      ttlSeconds: options.ttlSeconds ?? 3600,
      audience: options.audience ?? DEVELOPMENT_AUDIENCE,
      roleClaim: 'roles',
    });
  const check = (token: string) => authenticator.authenticate({ authorization: `Bearer ${token}` });
  return { mint, check };
}

describe('verified-token cache', () => {
  it('refuses a token once it expired, though it was accepted (and held) before', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-tokens-'));
    try {
      const { mint, check } = await setUp(dir);
      const token = await mint({ ttlSeconds: 5 });
      expect(await check(token)).toMatchObject({ principal: { user: 'tester' } });
      expect(await check(token)).toMatchObject({ principal: { user: 'tester' } });
      vi.useFakeTimers({ toFake: ['Date'] });
      // past exp and the 30 s clock tolerance, within the cache's minute: only honouring exp refuses it
      vi.setSystemTime(Date.now() + 40_000);
      expect(await check(token)).toEqual({
        failure: expect.objectContaining({ code: API_CODES.expiredToken }),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a token for another audience, or one changed by a byte, after a good one was accepted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-tokens-'));
    try {
      const { mint, check } = await setUp(dir);
      const good = await mint();
      expect(await check(good)).toHaveProperty('principal');
      const other = await mint({ audience: 'een-andere-api' });
      expect(await check(other)).toEqual({
        failure: expect.objectContaining({ code: API_CODES.wrongClaims }),
      });
      expect(await check(other)).toEqual({
        failure: expect.objectContaining({ code: API_CODES.wrongClaims }),
      });
      const last = good.at(-2) === 'A' ? 'B' : 'A';
      const tampered = `${good.slice(0, -2)}${last}${good.at(-1)}`;
      expect(await check(tampered)).toHaveProperty('failure');
      expect(await check(good)).toHaveProperty('principal');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
