import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_KNOWN_RELEASE } from '../../src/model/release-download.js';
import { openProject } from '../../src/pipeline/project-service.js';
import { loadProjectConfig } from '../../src/project/project-config-loader.js';
import { hasReleases, releasePath, SHARED_DIR, TEST_CACHE_DIR } from '../helpers/releases.js';
import { runCli } from '../helpers/run-cli.js';

const EXAMPLES = resolve(import.meta.dirname, '..', '..', 'examples');

/** The environment a project's model resolution reads; each test sets its own and gets the old one back. */
const ENV_KEYS = [
  'GGM_MODEL',
  'GGM_RELEASES_DIR',
  'GGM_CACHE_DIR',
  'GGM_RELEASE_BASE_URL',
  'BAG_EXTRACT_DIR',
  'ISTANDAARDEN_DIR',
] as const;
let savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string>> = {};
beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.flatMap((k) => (k in process.env ? [[k, process.env[k]]] : [])));
  delete process.env['GGM_MODEL'];
  // the example sources name these; openProject does not read the files
  process.env['BAG_EXTRACT_DIR'] = tmpdir();
  process.env['ISTANDAARDEN_DIR'] = tmpdir();
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    const v = savedEnv[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** A base URL nothing listens on: a download attempt fails at once, as offline. */
let offlineUrl: string;
beforeAll(async () => {
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  offlineUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
  await new Promise<void>((done) => closed.close(() => done()));
});

const temp: string[] = [];
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temp.push(dir);
  return dir;
}

describe('ggm init pins the model', () => {
  it('writes the newest release the platform knows into ggm.yaml, or the one given', async () => {
    const root = await tempDir('ggm-init-pin-');
    const r = await runCli(['init', join(root, 'latest')]);
    expect(r.code).toBe(0);
    expect(LATEST_KNOWN_RELEASE).toBe('v2.5.1');
    expect(await readFile(join(root, 'latest', 'ggm.yaml'), 'utf8')).toMatch(/^model: v2\.5\.1\s+#/m);
    expect((await loadProjectConfig(join(root, 'latest'))).config?.model).toBe('v2.5.1');

    expect((await runCli(['init', join(root, 'older'), '--model', 'v2.5.0'])).code).toBe(0);
    expect((await loadProjectConfig(join(root, 'older'))).config?.model).toBe('v2.5.0');
  });
});

describe('the example projects', () => {
  it.each(['bag', 'sociaal'])('examples/%s pins model v2.5.1', async (name) => {
    const { config, diagnostics } = await loadProjectConfig(join(EXAMPLES, name));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(config?.model).toBe('v2.5.1');
  });

  it('say how to get the pinned release when it is neither local nor cached, and offline', async () => {
    process.env['GGM_CACHE_DIR'] = await tempDir('ggm-empty-cache-');
    process.env['GGM_RELEASE_BASE_URL'] = offlineUrl;
    delete process.env['GGM_RELEASES_DIR'];
    await expect(openProject(join(EXAMPLES, 'bag'))).rejects.toThrow(
      /cannot download GGM v2\.5\.1 .*--model <path>.*GGM_RELEASES_DIR/,
    );
  });
});

describe.skipIf(!hasReleases())('a pinned release from GGM_RELEASES_DIR, without GGM_MODEL', () => {
  it.each(['bag', 'sociaal'])(
    'openProject(examples/%s) loads v2.5.1 from the releases directory, offline',
    async (name) => {
      process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');
      process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR; // compiled models shared with the other tests
      process.env['GGM_RELEASE_BASE_URL'] = offlineUrl; // a download would fail
      expect(process.env['GGM_MODEL']).toBeUndefined();
      const project = await openProject(join(EXAMPLES, name));
      expect(project.config.model).toBe('v2.5.1');
      expect(project.index.model.version).toBe('2.5.1');
      expect(project.index.model.source.file).toBe(releasePath('v2.5.1'));
      expect(project.mappings.length).toBeGreaterThanOrEqual(10);
      expect(project.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    },
  );
});
