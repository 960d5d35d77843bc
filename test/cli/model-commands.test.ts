import { describe, expect, it } from 'vitest';
import { releasePath, TEST_CACHE_DIR } from '../helpers/releases.js';
import { runCli } from '../helpers/run-cli.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
const MODEL = releasePath('v2.5.1');

describe('ggm model info', () => {
  it('prints the stable JSON summary', async () => {
    const { code, stdout } = await runCli(['model', 'info', '--model', MODEL, '--json']);
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect(Object.keys(info)).toEqual([
      'version',
      'name',
      'file',
      'sha256',
      'source',
      'model',
      'diagnostics',
    ]);
    expect(info.version).toBe('2.5.1');
    expect(info.source.classes).toBe(987);
    expect(info.source.attributes).toBe(4925);
    expect(info.model).toEqual({
      packages: 296,
      classes: 987,
      attributes: 4269,
      enumerations: 521,
      literals: 4453,
      associations: 1073,
      generalizations: 304,
      diagrams: 243,
    });
    expect(info.diagnostics['GGM-M040']).toBe(656);
  });

  it('prints readable tables', async () => {
    const { stdout } = await runCli(['model', 'info', '--model', MODEL]);
    expect(stdout).toMatch(/enumerationliterals\s+4453/);
    expect(stdout).toMatch(/GGM-M052\s+warning\s+225/);
  });

  it('fails clearly when the model is missing', async () => {
    const { code, stderr } = await runCli(['model', 'info', '--model', '/nowhere/model.xlsx']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/GGM-M101 model file not found/);
  });
});

describe('ggm model show', () => {
  it('shows a class with inherited attributes and associations', async () => {
    const { code, stdout } = await runCli(['model', 'show', 'Beschikking', '--model', MODEL, '--json']);
    expect(code).toBe(0);
    const [generic] = JSON.parse(stdout);
    expect(generic.qualifiedName).toBe(
      '6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Beschikking',
    );
    expect(generic.attributes.map((a: { name: string }) => a.name)).toContain('datumAfgifte');
    expect(generic.associations.length).toBe(11);
  });

  it('lists inherited attributes with their owner', async () => {
    const { stdout } = await runCli(['model', 'show', 'Ingeschreven Persoon', '--model', MODEL, '--json']);
    const classes = JSON.parse(stdout);
    const inherited = classes
      .flatMap((c: { attributes: { inheritedFrom?: string }[] }) => c.attributes)
      .filter((a: { inheritedFrom?: string }) => a.inheritedFrom);
    expect(inherited.length).toBeGreaterThan(0);
  });

  it('suggests the nearest names for an unknown class', async () => {
    const { code, stderr } = await runCli(['model', 'show', 'Beschiking', '--model', MODEL]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no class named Beschiking; did you mean Beschikking/);
  });
});

describe('ggm model search and tree', () => {
  it('ranks an exact class name first', async () => {
    const { stdout } = await runCli(['model', 'search', 'Pand', '--model', MODEL, '--json', '--limit', '5']);
    const hits = JSON.parse(stdout);
    expect(hits[0]).toMatchObject({ kind: 'class', name: 'Pand', matchedIn: 'name' });
  });

  it('prints the package tree of one domain', async () => {
    const { code, stdout } = await runCli(['model', 'tree', '--model', MODEL, '--domain', '6', '--json']);
    expect(code).toBe(0);
    const [social] = JSON.parse(stdout);
    expect(social.name).toBe('6 Sociaal Domein');
    expect(social.packages.length).toBeGreaterThan(3);
  });

  it('names the domains when an unknown one is asked for', async () => {
    const { code, stderr } = await runCli(['model', 'tree', '--model', MODEL, '--domain', 'Sociale Zaken']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no domain Sociale Zaken; the domains are: 0 Bestuur/);
  });

  it('treats a missing argument as a usage error', async () => {
    const { code } = await runCli(['model', 'show', '--model', MODEL]);
    expect(code).toBe(2);
  });
});
