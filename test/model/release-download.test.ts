import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load-model.js';
import {
  compareVersions,
  KNOWN_RELEASES,
  LATEST_KNOWN_RELEASE,
  localReleaseFile,
  sha256,
} from '../../src/model/release-download.js';
import { fixtureWorkbook } from '../helpers/fixture-workbook.js';

const workbook = fixtureWorkbook();
let server: Server;
let baseUrl: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/releases/v9.9.9/Gemeentelijk%20Gegevensmodel.xlsx') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(workbook);
    } else if (req.url === '/releases/v8.8.8/Gemeentelijk%20Gegevensmodel.xlsx') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>not a workbook</html>');
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const freshCache = () => mkdtemp(join(tmpdir(), 'ggm-cache-'));

describe('loading a release by version', () => {
  it('downloads it into the cache once, records its checksum, and reuses it', async () => {
    const cacheDir = await freshCache();
    const first = await loadModel('v9.9.9', { cacheDir, releaseBaseUrl: baseUrl });
    expect(first.from).toBe('workbook');
    expect(first.model.version).toBe('9.9.9');
    expect(first.model.classes).toHaveLength(8);
    const manifest = JSON.parse(
      await readFile(join(cacheDir, 'releases', 'v9.9.9', 'manifest.json'), 'utf8'),
    );
    expect(manifest).toMatchObject({
      version: 'v9.9.9',
      url: `${baseUrl}v9.9.9/Gemeentelijk%20Gegevensmodel.xlsx`,
      sha256: sha256(workbook),
      size: workbook.length,
      matchesKnownChecksum: null,
    });
    const downloads = requests.length;
    const second = await loadModel('9.9.9', { cacheDir, releaseBaseUrl: baseUrl });
    expect(requests.length).toBe(downloads);
    expect(second.from).toBe('cache');
    expect(second.model.classes).toHaveLength(8);
  });

  it('downloads again when the cached copy was damaged', async () => {
    const cacheDir = await freshCache();
    await loadModel('v9.9.9', { cacheDir, releaseBaseUrl: baseUrl, noCache: true });
    await writeFile(join(cacheDir, 'releases', 'v9.9.9', 'Gemeentelijk Gegevensmodel.xlsx'), 'garbage');
    const before = requests.length;
    const again = await loadModel('v9.9.9', { cacheDir, releaseBaseUrl: baseUrl, noCache: true });
    expect(requests.length).toBe(before + 1);
    expect(again.model.classes).toHaveLength(8);
  });

  it('says which version is missing upstream and how to load a local file', async () => {
    const cacheDir = await freshCache();
    await expect(loadModel('v7.7.7', { cacheDir, releaseBaseUrl: baseUrl })).rejects.toThrow(
      /cannot download GGM v7\.7\.7 .*HTTP 404.*--model <path>/,
    );
  });

  it('refuses a download that is not a workbook', async () => {
    const cacheDir = await freshCache();
    await expect(loadModel('v8.8.8', { cacheDir, releaseBaseUrl: baseUrl })).rejects.toThrow(
      /not an xlsx workbook/,
    );
  });

  it('gives a clear error offline, naming the --model alternative', async () => {
    const cacheDir = await freshCache();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      loadModel('v9.9.9', { cacheDir, releaseBaseUrl: `http://127.0.0.1:${port}/` }),
    ).rejects.toThrow(/Offline\? Pass a local release workbook with --model <path>.*GGM_RELEASES_DIR/);
  });
});

describe('a local releases directory (GGM_RELEASES_DIR)', () => {
  /** A releases directory as the official repository lays it out, holding v9.9.9. */
  async function releasesDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'ggm-releases-'));
    await mkdir(join(dir, 'v9.9.9'));
    await writeFile(join(dir, 'v9.9.9', 'Gemeentelijk Gegevensmodel.xlsx'), workbook);
    return dir;
  }

  it('resolves a version from it without downloading', async () => {
    const [cacheDir, dir] = [await freshCache(), await releasesDir()];
    const before = requests.length;
    const loaded = await loadModel('v9.9.9', { cacheDir, releaseBaseUrl: baseUrl, releasesDir: dir });
    expect(requests.length).toBe(before);
    expect(loaded.file).toBe(join(dir, 'v9.9.9', 'Gemeentelijk Gegevensmodel.xlsx'));
    expect(loaded.model.version).toBe('9.9.9');
    expect(localReleaseFile('v9.9.9', dir)).toBe(loaded.file);
    expect(localReleaseFile('v9.9.8', dir)).toBeUndefined();
  });

  it('reads GGM_RELEASES_DIR, and falls back to the cache and a download for a version it lacks', async () => {
    const [cacheDir, dir] = [await freshCache(), await releasesDir()];
    const previous = process.env['GGM_RELEASES_DIR'];
    process.env['GGM_RELEASES_DIR'] = dir;
    try {
      const before = requests.length;
      expect((await loadModel('9.9.9', { cacheDir, releaseBaseUrl: baseUrl })).file).toContain(dir);
      expect(requests.length).toBe(before);
      await expect(loadModel('v7.7.7', { cacheDir, releaseBaseUrl: baseUrl })).rejects.toThrow(/HTTP 404/);
      expect(requests.length).toBe(before + 1);
    } finally {
      if (previous === undefined) delete process.env['GGM_RELEASES_DIR'];
      else process.env['GGM_RELEASES_DIR'] = previous;
    }
  });

  it('knows its releases in order, the newest last', () => {
    expect(KNOWN_RELEASES).toEqual(['v2.2.0', 'v2.4.0', 'v2.5.0', 'v2.5.1']);
    expect(LATEST_KNOWN_RELEASE).toBe('v2.5.1');
    expect(['v2.10.0', 'v2.9.1', 'v2.9.0'].sort(compareVersions)).toEqual(['v2.9.0', 'v2.9.1', 'v2.10.0']);
  });
});

describe('the compiled model cache', () => {
  it('serves the second load of a path from the cache, equal to a fresh parse', async () => {
    const cacheDir = await freshCache();
    const file = join(cacheDir, 'model.xlsx');
    await writeFile(file, workbook);
    const cold = await loadModel(file, { cacheDir });
    const warm = await loadModel(file, { cacheDir });
    expect(cold.from).toBe('workbook');
    expect(warm.from).toBe('cache');
    expect(warm.model).toEqual(cold.model);
  });

  it('ignores a damaged compiled model and parses again', async () => {
    const cacheDir = await freshCache();
    const file = join(cacheDir, 'model.xlsx');
    await writeFile(file, workbook);
    await loadModel(file, { cacheDir });
    const { readdir } = await import('node:fs/promises');
    const [compiled] = await readdir(join(cacheDir, 'models'));
    await writeFile(join(cacheDir, 'models', compiled!), '{"formatVersion": 1, "classes": [');
    const again = await loadModel(file, { cacheDir });
    expect(again.from).toBe('workbook');
    expect(again.model.classes).toHaveLength(8);
  });

  it('reports a missing file and a file that is no workbook clearly', async () => {
    const cacheDir = await freshCache();
    await expect(loadModel(join(cacheDir, 'nope.xlsx'), { cacheDir })).rejects.toThrow(
      /model file not found/,
    );
    const bogus = join(cacheDir, 'bogus.xlsx');
    await writeFile(bogus, 'this is not a zip');
    await expect(loadModel(bogus, { cacheDir })).rejects.toThrow(/not a zip archive/);
  });

  it('uses GGM_MODEL when no source is given', async () => {
    const cacheDir = await freshCache();
    const file = join(cacheDir, 'env.xlsx');
    await writeFile(file, workbook);
    process.env['GGM_MODEL'] = file;
    try {
      expect((await loadModel(undefined, { cacheDir })).model.classes).toHaveLength(8);
    } finally {
      delete process.env['GGM_MODEL'];
    }
    await expect(loadModel(undefined, { cacheDir })).rejects.toThrow(/--model/);
  });
});
