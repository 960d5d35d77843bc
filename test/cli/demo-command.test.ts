import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath } from '../helpers/releases.js';
import { runCli } from '../helpers/run-cli.js';

describe.skipIf(!hasReleases())('ggm demo (npm start)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('sets up the demo municipality, runs it on DuckDB and prints its figures; a second run changes nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ggm-demo-'));
    dirs.push(root);
    const dir = join(root, 'gemeente');
    const args = ['demo', '--dir', dir, '--clients', '12', '--model', releasePath('v2.5.1')];
    const first = await runCli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Demo municipality set up in .*: \d+ iWmo\/iJw messages/);
    expect(first.stdout).toMatch(/run run-\S+ succeeded/);
    // the figures come from silver: toewijzingen per wet, declared amounts, the two invalid samples
    expect(first.stdout).toMatch(
      /Toewijzingen per wet[^\n]*\nwet +toewijzingen +aanbieders\n[- ]+\n(Jeugdwet|Wmo) +[1-9]/,
    );
    expect(first.stdout).toMatch(/Declared per wet[\s\S]*(Jeugdwet|Wmo) +[1-9]\d* +\d+\.\d+/);
    expect(first.stdout).toContain('berichten/zz-ongeldig-CS002.xml');
    // gold: the example metric is computed after the checks and its half-year totals printed
    expect(first.stdout).toMatch(/compute gold\.wmo_clienten .* \d+ cells/);
    expect(first.stdout).toMatch(/Gold: Wmo-cliënten per halfjaar[\s\S]*2025H1 +\d+/);
    expect(first.stdout).toContain('GGM-W-CS002');

    const second = await runCli(args);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('set up before: running it again');
    expect(second.stdout).not.toMatch(/[1-9]\d* batch\(es\)/);
    const figures = (out: string) => out.slice(out.indexOf('Toewijzingen per wet'));
    expect(figures(second.stdout)).toBe(figures(first.stdout));
  }, 180_000);
});
