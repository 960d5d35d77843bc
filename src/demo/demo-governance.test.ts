// The demo municipality's policy (examples/sociaal/governance.yaml) fits the warehouse `ggm demo` builds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, SHARED_DIR, TEST_CACHE_DIR } from '../../test/helpers/releases.js';
import { isDenial, compileGovernedRead } from '../governance/compile-governed-read.js';
import { ProjectService } from '../pipeline/project-service.js';
import { runProject } from '../pipeline/run-project.js';
import { setUpDemo } from './demo-municipality.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;
process.env['GGM_RELEASES_DIR'] = join(SHARED_DIR, 'ggm');

describe.skipIf(!hasReleases())('the demo municipality', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has a governance policy that fits its warehouse, granting the consulent its clients', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-demo-gov-'));
    await setUpDemo(dir, { clients: 6, seed: 7 });
    const model = releasePath('v2.5.1');
    const run = await runProject(dir, { model });
    expect(run.status).toBe('succeeded');
    const service = await ProjectService.open(dir);
    const { policy, catalog, dialect, diagnostics } = await service.governance({ model });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const read = compileGovernedRead(
      policy,
      catalog,
      { roles: ['wmo-consulent'], purpose: 'wmo-uitvoering', table: 'Client', page: 1, pageSize: 10 },
      dialect,
    );
    expect(isDenial(read)).toBe(false);
  }, 600_000);
});
