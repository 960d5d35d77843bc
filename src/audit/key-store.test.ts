import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyEnvName, keyFilePath, resolveKey } from './key-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ggm-keys-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codeOf = async (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: { code?: string }) => e.code,
  );

describe('resolveKey', () => {
  it('reads GGM_KEY_<NAME> as hex or base64', async () => {
    const key = randomBytes(32);
    expect(keyEnvName('pseudo-zorg')).toBe('GGM_KEY_PSEUDO_ZORG');
    const hex = await resolveKey('audit', {
      projectDir: dir,
      env: { GGM_KEY_AUDIT: key.toString('hex') },
      mode: 'production',
    });
    expect(hex.equals(key)).toBe(true);
    const b64 = await resolveKey('audit', {
      projectDir: dir,
      env: { GGM_KEY_AUDIT: key.toString('base64') },
      mode: 'production',
    });
    expect(b64.equals(key)).toBe(true);
  });

  it('refuses a short or malformed key without printing it', async () => {
    const short = randomBytes(16).toString('hex');
    const error = (await resolveKey('audit', {
      projectDir: dir,
      env: { GGM_KEY_AUDIT: short },
      mode: 'production',
    }).catch((e: unknown) => e)) as Error & { code: string };
    expect(error.code).toBe('GGM-A101');
    expect(error.message).toContain('16 bytes');
    expect(error.message).not.toContain(short);
    expect(
      await codeOf(
        resolveKey('audit', { projectDir: dir, env: { GGM_KEY_AUDIT: 'not a key!' }, mode: 'development' }),
      ),
    ).toBe('GGM-A101');
    expect(await codeOf(resolveKey('../etc', { projectDir: dir, env: {}, mode: 'development' }))).toBe(
      'GGM-A105',
    );
  });

  it('in production a missing key is GGM-A102 telling how to provide it, and nothing is written', async () => {
    const error = (await resolveKey('audit', { projectDir: dir, env: {}, mode: 'production' }).catch(
      (e: unknown) => e,
    )) as Error & { code: string };
    expect(error.code).toBe('GGM-A102');
    expect(error.message).toContain('GGM_KEY_AUDIT');
    expect(error.message).toContain(keyFilePath(dir, 'audit'));
    await expect(stat(join(dir, '.ggm'))).rejects.toThrow();
  });

  it('in development generates a key once (0600 in a 0700 folder) and returns the same key later', async () => {
    const first = await resolveKey('audit', { projectDir: dir, env: {}, mode: 'development' });
    expect(first.length).toBe(32);
    const file = keyFilePath(dir, 'audit');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, '.ggm', 'keys'))).mode & 0o777).toBe(0o700);
    expect((await readFile(file, 'utf8')).trim()).toBe(first.toString('hex'));
    const again = await resolveKey('audit', { projectDir: dir, env: {}, mode: 'production' });
    expect(again.equals(first)).toBe(true);
    // concurrent first use agrees on one key
    const keys = await Promise.all(
      [1, 2, 3, 4].map(() => resolveKey('other', { projectDir: dir, env: {}, mode: 'development' })),
    );
    for (const k of keys) expect(k.equals(keys[0]!)).toBe(true);
  });

  it('the environment wins over the file; production refuses a key file others can read', async () => {
    const file = keyFilePath(dir, 'audit');
    await mkdir(join(dir, '.ggm', 'keys'), { recursive: true });
    await writeFile(file, randomBytes(32).toString('base64'));
    await chmod(file, 0o644);
    expect(await codeOf(resolveKey('audit', { projectDir: dir, env: {}, mode: 'production' }))).toBe(
      'GGM-A104',
    );
    const fromEnv = randomBytes(48);
    const key = await resolveKey('audit', {
      projectDir: dir,
      env: { GGM_KEY_AUDIT: fromEnv.toString('hex') },
      mode: 'production',
    });
    expect(key.equals(fromEnv)).toBe(true);
    await chmod(file, 0o600);
    expect((await resolveKey('audit', { projectDir: dir, env: {}, mode: 'production' })).length).toBe(32);
  });
});
