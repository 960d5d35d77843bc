import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';

describe.skipIf(!hasReleases())('ggm generate jsonschema|openapi|types', () => {
  const model = releasePath('v2.5.1');
  let dir: string;
  let previousCache: string | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-contracts-cli-'));
    previousCache = process.env['GGM_CACHE_DIR'];
    process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    if (previousCache === undefined) delete process.env['GGM_CACHE_DIR'];
    else process.env['GGM_CACHE_DIR'] = previousCache;
  });

  it('prints one JSON Schema bundle for the selection', async () => {
    const r = await runCli([
      'generate',
      'jsonschema',
      '--model',
      model,
      '--class',
      'Onderwijssoort',
      '--no-closure',
    ]);
    expect(r.code).toBe(0);
    const bundle = JSON.parse(r.stdout) as { $schema: string; $defs: Record<string, unknown> };
    expect(bundle.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(bundle.$defs)).toEqual(['Onderwijssoort', 'Onderwijstype']);
  });

  it('writes one file per class and one per domain into a folder', async () => {
    const out = join(dir, 'schemas');
    const r = await runCli([
      'generate',
      'jsonschema',
      '-m',
      model,
      '-d',
      'Dienstverlening',
      '-d',
      '3',
      '--no-closure',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote \d+ class schemas and \d+ domain bundles/);
    const top = (await readdir(out)).sort();
    expect(top).toContain('dienstverlening.schema.json');
    expect(top).toContain('economie.schema.json');
    const klant = JSON.parse(
      await readFile(join(out, 'dienstverlening', 'klantbeoordeling.schema.json'), 'utf8'),
    ) as { $id: string };
    expect(klant.$id).toBe('https://example.org/ggm/2.5.1/dienstverlening/klantbeoordeling.schema.json');
  });

  it('writes OpenAPI as YAML with paths and the given version and contact', async () => {
    const out = join(dir, 'api.yaml');
    const r = await runCli([
      'generate',
      'openapi',
      '-m',
      model,
      '-c',
      'Klantbeoordeling',
      '--no-closure',
      '--paths',
      '--api-version',
      '1.2.0',
      '--contact-email',
      'api@example.nl',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const doc = parseYaml(await readFile(out, 'utf8')) as {
      info: { version: string; contact: { email: string } };
      paths: object;
    };
    expect(doc.info.version).toBe('1.2.0');
    expect(doc.info.contact.email).toBe('api@example.nl');
    expect(Object.keys(doc.paths)).toEqual(['/klantbeoordelingen', '/klantbeoordelingen/{id}']);
    expect(r.stderr).not.toContain('GGM-S42');
  });

  it('warns when the OpenAPI document breaks an NL API Design Rule', async () => {
    const r = await runCli(['generate', 'openapi', '-m', model, '-c', 'Klantbeoordeling', '--no-closure']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning GGM-S420');
    expect(r.stderr).toContain('/core/doc-openapi-contact');
    expect(JSON.parse(r.stdout)).toMatchObject({ openapi: '3.1.0' });
  });

  it('rejects a version that is not SemVer', async () => {
    const r = await runCli(['generate', 'openapi', '-m', model, '--api-version', 'v1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SemVer');
  });

  it('prints TypeScript declarations and summarises the model problems on stderr', async () => {
    const r = await runCli(['generate', 'types', '-m', model, '-p', 'Kern/BAG']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('export interface BAG_Pand');
    expect(r.stderr).toMatch(/GGM-S40\d ×\d+/);
  });

  it('names the nearest class when one is unknown', async () => {
    const r = await runCli(['generate', 'types', '-m', model, '-c', 'Klantbeordeling']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('GGM-M110');
    expect(r.stderr).toContain('Klantbeoordeling');
    expect(r.stdout).toBe('');
  });
});
