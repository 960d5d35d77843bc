import { describe, expect, it } from 'vitest';
import { hasReleases, loadRelease, releasePath } from '../../../test/helpers/releases.js';
import { runCli } from '../../../test/helpers/run-cli.js';
import { diffModels } from '../../model/diff/diff-models.js';
import { DIFF_KINDS } from '../../model/diff/diff-types.js';

const a = releasePath('v2.5.0');
const b = releasePath('v2.5.1');

describe.skipIf(!hasReleases())('ggm model diff', () => {
  it('--json prints the ModelDiff with every kind', async () => {
    const r = await runCli(['model', 'diff', a, b, '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as Record<string, unknown> & { summary: Record<string, unknown> };
    expect(Object.keys(d)).toEqual(
      expect.arrayContaining(['formatVersion', 'from', 'to', 'summary', 'diagnostics', ...DIFF_KINDS]),
    );
    expect(Object.keys(d.summary)).toEqual([...DIFF_KINDS]);
    for (const kind of DIFF_KINDS) {
      expect(Object.keys(d[kind] as object)).toEqual(['added', 'removed', 'changed', 'renamed']);
    }
    expect(d.summary['attributes']).toEqual({ added: 0, removed: 0, changed: 2, renamed: 4 });
    expect(d['from']).toMatchObject({ version: '2.5.0' });
    expect(d).toEqual(diffModels(await loadRelease('v2.5.0'), await loadRelease('v2.5.1')));
  });

  it('--kind keeps only the kinds asked for', async () => {
    const r = await runCli(['model', 'diff', a, b, '--json', '--kind', 'attribute,enumerations']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as Record<string, unknown> & { summary: Record<string, unknown> };
    expect(Object.keys(d.summary)).toEqual(['attributes', 'enumerations']);
    expect(d['classes']).toBeUndefined();
    expect(d['attributes']).toBeDefined();
  });

  it('prints a summary table and readable changes', async () => {
    const r = await runCli(['model', 'diff', a, b]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/attributes\s+0\s+0\s+4\s+2/);
    expect(r.stdout).toContain('attributes renamed (4)');
    expect(r.stdout).toMatch(/Standplaats\.Datum Einde\s+name\s+Datum Einde\s+datumEinde/);
    expect(r.stdout).toMatch(
      /opTalud\s+type\s+boolean\s+enum 99 Kern\/RSGBPlus\/RSGB Model\/Model Kern RSGB\/Boolean/,
    );
    expect(r.stdout).toContain('enumerations added (2)');
    expect(r.stdout).toContain('notes\ninfo GGM-D003');
  });

  it('--limit counts elements, not rows', async () => {
    const r = await runCli(['model', 'diff', a, b, '--kind', 'attributes', '--limit', '1']);
    expect(r.stdout).toContain('attributes renamed (4)');
    expect(r.stdout).toContain('… 3 more (--limit 0 shows all)');
    expect(r.stdout).not.toContain('classes');
  });

  it('rejects an unknown kind with the nearest names', async () => {
    const r = await runCli(['model', 'diff', a, b, '--kind', 'atributes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean attributes');
  });
});
