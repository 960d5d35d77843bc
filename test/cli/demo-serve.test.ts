// `npm start` serving: after the demo run the platform answers on the port asked until Ctrl-C. Runs the
// built command (dist/, as npm start does) in a child process and stops it with SIGINT.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath } from '../helpers/releases.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'ggm.js');
const BUILT = existsSync(resolve(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js'));

describe.skipIf(!hasReleases() || !BUILT)('ggm demo serving (npm start)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('serves the platform (API and web app) on the port asked, with the demo users, until Ctrl-C', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ggm-demo-serve-'));
    dirs.push(root);
    const env = { ...process.env };
    delete env['GGM_MODEL']; // the server must compile with the demo's model
    const child = spawn(
      process.execPath,
      [
        BIN,
        'demo',
        '--dir',
        join(root, 'gemeente'),
        '--clients',
        '8',
        '--model',
        releasePath('v2.5.1'),
        '--port',
        '0',
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      // the demo users are printed after the server address: wait for the last line
      for (let i = 0; i < 3000 && !out.includes('Stop with Ctrl-C.') && child.exitCode === null; i++)
        await new Promise((r) => setTimeout(r, 100));
      const api = /ggm serve: (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(out)?.[1];
      expect(api, `${out}\n${err}`).toBeDefined();
      expect(out).toMatch(/run run-\S+ succeeded/);
      expect(out).toMatch(/wmo-consulent +wmo-uitvoering/);
      expect(out).toMatch(/privacy-officer +inzage-en-privacy/);
      const base = api!.replace(/\/api\/v1$/, '');
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="app">');
      const config = await fetch(`${api}/webconfiguratie`);
      expect(((await config.json()) as { ontwikkelmodus: boolean }).ontwikkelmodus).toBe(true);
      expect((await fetch(`${api}/tabellen`)).status).toBe(401);
      expect((await fetch(`${api}/openapi.json`)).status).toBe(200);
      child.kill('SIGINT'); // Ctrl-C: the server closes and the command ends with 0
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 400_000);
});
