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

  it('sets up the demo municipality, runs it on DuckDB and prints its figures; a second run changes nothing (--no-serve exits)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ggm-demo-'));
    dirs.push(root);
    const dir = join(root, 'gemeente');
    const args = ['demo', '--dir', dir, '--clients', '12', '--model', releasePath('v2.5.1'), '--no-serve'];
    const first = await runCli(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Demo municipality set up in .*: \d+ iWmo\/iJw messages/);
    expect(first.stdout).toMatch(/run run-\S+ succeeded/);
    // the figures come from silver: toewijzingen per wet, declared amounts, the two invalid samples
    expect(first.stdout).toMatch(
      /Toewijzingen per wet[^\n]*\nwet +toewijzingen +aanbieders\n[- ]+\n(Jeugdwet|Wmo) +[1-9]/,
    );
    expect(first.stdout).toMatch(/Declared per wet[\s\S]*(Jeugdwet|Wmo) +[1-9]\d* +\d+\.\d+/);
    // the BRP population and the uitkeringen (Centric SSD) come with the messages, consistent with them
    expect(first.stdout).toMatch(/\d+ inhabitants in \d+ households, \d+ uitkeringsdossiers/);
    expect(first.stdout).toMatch(
      /Inwoners op 31-12-2025[^\n]*\n.*\n[- ]+\n0-17 +[1-9]\d* +\d+\n18-66 +[1-9]/,
    );
    expect(first.stdout).toMatch(/Wmo\/Jeugd clients in the BRP[^\n]*\n.*\n[- ]+\n(\d+) +\1 +\d+\n/);
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

    // every client of the messages is the same person in the BRP: birth date and gender agree
    const agree = await runCli([
      'query',
      '-p',
      dir,
      `SELECT count(*) AS clients, count(*) FILTER (WHERE n.datum_geboorte = b.geboortedatum AND n.geslachtsaanduiding =
         CASE b.geslacht WHEN '1' THEN 'M' WHEN '2' THEN 'V' ELSE 'O' END) AS gelijk
       FROM (SELECT DISTINCT bsn, geboortedatum, geslacht FROM bronze.istandaarden
             WHERE regel_soort IN ('toewijzing', 'aanvraag')) b
       LEFT JOIN silver.natuurlijk_persoon n ON n.burgerservicenummer = b.bsn`,
    ]);
    expect(agree.code, agree.stderr).toBe(0);
    expect(agree.stdout).toMatch(/clients +gelijk\n[- ]+\n(1[0-9]) +\1\n/);
  }, 180_000);
});
