// The OpenAPI document the server generates from its routes passes the Logius API Design Rules ruleset
// (vendored in test/api-design-rules/) with 0 errors, offline.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectService } from '../../src/pipeline/project-service.js';
import { openProjectServer } from '../../src/server/open-server.js';
import { DENY_ALL } from '../../src/server/server-context.js';
import { hasReleases, releasePath } from '../helpers/releases.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const RULESET = join(ROOT, 'test', 'api-design-rules', 'linter.yaml');
const SPECTRAL = join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

interface SpectralResult {
  code: string;
  message: string;
  severity: number;
  path: string[];
}

async function lint(file: string): Promise<SpectralResult[]> {
  const run = promisify(execFile);
  try {
    const { stdout } = await run(
      process.execPath,
      [SPECTRAL, 'lint', '-q', '-f', 'json', '-r', RULESET, file],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return stdout.trim() ? (JSON.parse(stdout) as SpectralResult[]) : [];
  } catch (error) {
    // spectral exits 1 when it finds errors; its findings are still on stdout
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout.trim().startsWith('[')) throw error;
    return JSON.parse(stdout) as SpectralResult[];
  }
}

describe.skipIf(!hasReleases())('the OpenAPI document against the Logius API Design Rules', () => {
  let dir: string;
  let document: Record<string, unknown>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-openapi-lint-'));
    await writeFile(
      join(dir, 'ggm.yaml'),
      `model: ${JSON.stringify(releasePath('v2.5.1'))}\nengine: duckdb:warehouse.duckdb\ndomains:\n  - 6 Sociaal Domein\n`,
    );
    const app = await openProjectServer({
      service: await ProjectService.open(dir),
      access: DENY_ALL,
      audit: { append: async () => undefined, appendOperation: async () => undefined },
      authentication: { apiKeys: [] },
      mode: 'production',
    });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
      expect(response.statusCode).toBe(200);
      document = response.json();
    } finally {
      await app.close();
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has 0 errors', async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document, null, 2));
    const results = await lint(file);
    const errors = results.filter((r) => r.severity === 0);
    expect(errors.map((e) => `${e.code} ${e.path.join('.')}: ${e.message}`)).toEqual([]);
  });

  it('fails a document that breaks the rules (the linter is live)', async () => {
    const broken = structuredClone(document) as {
      info: Record<string, unknown>;
      paths: Record<string, unknown>;
    };
    delete broken.info['contact'];
    broken.paths['/Klassen_Lijst/'] = broken.paths['/klassen'];
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    const codes = (await lint(file)).filter((r) => r.severity === 0).map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining(['info-contact', 'nlgov:paths-kebab-case', 'path-keys-no-trailing-slash']),
    );
  });
});
