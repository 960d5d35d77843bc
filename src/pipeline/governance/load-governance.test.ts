import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGovernedRead } from '../../governance/compile-governed-read.js';
import { TEST_CATALOG } from '../../governance/governance-test-support.js';
import { initProject } from '../../project/project-init.js';
import { loadGovernance } from './load-governance.js';

describe('loadGovernance', () => {
  const dirs: string[] = [];
  const temp = async () => {
    const d = await mkdtemp(join(tmpdir(), 'ggm-gov-load-'));
    dirs.push(d);
    return d;
  };
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('without governance.yaml: the deny-all policy and a warning', async () => {
    const { policy, diagnostics } = await loadGovernance(await temp());
    expect(diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning GGM-G013']);
    const read = compileGovernedRead(
      policy!,
      TEST_CATALOG,
      { roles: ['admin'], purpose: 'alles', table: 'NatuurlijkPersoon', page: 1, pageSize: 1 },
      'duckdb',
    );
    expect(read).toMatchObject({ denied: true, status: 403 });
  });

  it('a file with errors gives no policy, only the diagnostics with their place', async () => {
    const dir = await temp();
    await writeFile(
      join(dir, 'governance.yaml'),
      'mode: production\nroles:\n  - name: x\n    purposes: [nope]\n',
    );
    const { policy, diagnostics } = await loadGovernance(dir);
    expect(policy).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ code: 'GGM-G007', at: { line: 4, col: 16 } });
  });

  it('ggm init writes a deny-all governance.yaml that parses, and never overwrites one', async () => {
    const dir = await temp();
    await initProject(dir, { engine: 'duckdb:w.duckdb' });
    const { policy, diagnostics } = await loadGovernance(dir);
    expect(diagnostics).toEqual([]);
    expect(policy).toMatchObject({ mode: 'development', grants: [], roles: [], purposes: [] });
    await writeFile(join(dir, 'governance.yaml'), 'mode: production\n');
    await initProject(dir, { engine: 'duckdb:w.duckdb', force: true });
    expect(await readFile(join(dir, 'governance.yaml'), 'utf8')).toBe('mode: production\n');
  });
});
