// The web app's files compressed at build time and sent as the browser accepts them: a built folder
// precompressed by the build's own step, served by registerWebApp on a real port, read as raw bytes.
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chosenEncoding, loadWebApp, registerWebApp } from '../../src/server/web-app.js';
import { precompressDirectory } from '../../web/precompress.js';

const SCRIPT = `export const woorden = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `woord-${i % 37}`))};\n`;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the web app compressed at build time', () => {
  let dir: string;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-web-compress-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>GGM</title>');
    await writeFile(join(dir, 'assets', 'index-abc.js'), SCRIPT);
    await precompressDirectory(dir);
    app = Fastify();
    registerWebApp(app, loadWebApp(dir), '/api/v1');
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('sends brotli when accepted, else gzip, else the file itself, each with the same content', async () => {
    const br = await get(`${url}/assets/index-abc.js`, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('accept-encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gz = await get(`${url}/assets/index-abc.js`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    for (const plain of [
      await get(`${url}/assets/index-abc.js`),
      await get(`${url}/assets/index-abc.js`, 'br;q=0, gzip;q=0'),
    ]) {
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['vary']).toBe('accept-encoding');
      expect(plain.body.toString()).toBe(SCRIPT);
    }
  });

  it('never serves a compressed copy as a file of its own, and leaves small files as they are', async () => {
    expect((await get(`${url}/assets/index-abc.js.br`)).status).toBe(404);
    expect((await get(`${url}/assets/index-abc.js.gz`)).status).toBe(404);
    const index = await get(`${url}/`, 'br, gzip');
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.body.toString()).toContain('<title>GGM</title>');
  });

  it('reads Accept-Encoding with weights and wildcards', () => {
    expect(chosenEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
    expect(chosenEncoding('br;q=0, gzip;q=0.5', ['br', 'gzip'])).toBe('gzip');
    expect(chosenEncoding('*', ['gzip'])).toBe('gzip');
    expect(chosenEncoding('*;q=0, identity', ['br', 'gzip'])).toBeUndefined();
    expect(chosenEncoding('deflate', ['br', 'gzip'])).toBeUndefined();
    expect(chosenEncoding(undefined, ['br'])).toBeUndefined();
    expect(chosenEncoding('br', [])).toBeUndefined();
  });
});
