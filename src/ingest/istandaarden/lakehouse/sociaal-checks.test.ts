import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../../../../test/helpers/releases.js';
import { runCli } from '../../../../test/helpers/run-cli.js';
import { runProject } from '../../../pipeline/run-project.js';
import {
  addMessages,
  generateMessages,
  removeAll,
  sociaalProject,
  withEngine,
} from './lakehouse-test-support.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

/** The standard's rules on the resulting GGM data, shipped in examples/sociaal/checks/. */
const RULE_CHECKS = [
  'cs003_toewijzing_einde_na_begin',
  'tr018_levering_stop_na_start',
  'tr307_prestatie_binnen_toewijzing',
  'tr326_een_lopende_levering_per_toewijzing',
  'tr332_toewijzingnummer_uniek',
  'tr358_declaratie_is_som_van_regels',
];

describe.skipIf(!hasReleases())('examples/sociaal: iWmo/iJw rules as checks on silver', () => {
  let corpus: string;
  let dir: string;

  beforeAll(async () => {
    const generated = await generateMessages(424242, 3, 4);
    corpus = generated.dir;
    const p = await sociaalProject('duckdb:warehouse.duckdb');
    dir = p.dir;
    await addMessages(corpus, p.messages, generated.valid);
  });
  afterAll(async () => {
    await removeAll(corpus);
    await removeAll(dir);
  });

  it('pass on the silver data of valid messages', async () => {
    const result = await runProject(dir, { model: releasePath('v2.5.1') });
    expect(result.status).toBe('succeeded');
    const { code, stdout } = await runCli([
      'check',
      '--project',
      dir,
      '--json',
      '--model',
      releasePath('v2.5.1'),
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { checks: { id: string; status: string }[] };
    const rules = report.checks.filter((r) => RULE_CHECKS.includes(r.id));
    expect(rules.map((r) => `${r.id} ${r.status}`).sort()).toEqual(RULE_CHECKS.map((id) => `${id} pass`));
  });

  it('find a toewijzing that ends before it starts and a declaratie whose total is off', async () => {
    await withEngine(dir, 'duckdb:warehouse.duckdb', async (e) => {
      await e.execute(
        `UPDATE silver.toewijzing SET datum_einde_toewijzing = datum_start_toewijzing - INTERVAL 1 DAY
         WHERE toewijzing_id = (SELECT min(toewijzing_id) FROM silver.toewijzing WHERE datum_start_toewijzing IS NOT NULL)`,
      );
      await e.execute(
        `UPDATE silver.declaratie_generiek_jeugd_en_wmo SET declaratie_bedrag = declaratie_bedrag + 1
         WHERE declaratie_generiek_jeugd_en_wmo_id = (SELECT min(declaratie_generiek_jeugd_en_wmo_id) FROM silver.declaratie_generiek_jeugd_en_wmo)`,
      );
    });
    const { code, stdout } = await runCli([
      'check',
      '--project',
      dir,
      '--json',
      '--model',
      releasePath('v2.5.1'),
    ]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { checks: { id: string; status: string; violations: number }[] };
    const byId = new Map(report.checks.map((r) => [r.id, r]));
    expect(byId.get('cs003_toewijzing_einde_na_begin')).toMatchObject({ status: 'fail', violations: 1 });
    expect(byId.get('tr358_declaratie_is_som_van_regels')).toMatchObject({ status: 'fail', violations: 1 });
  });
});
