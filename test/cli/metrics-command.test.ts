import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../src/engines/duckdb/duckdb-engine.js';
import { createSilver, insertRows, sociaalContext, targetOf } from '../helpers/gold-silver.js';
import { hasReleases, releasePath, TEST_CACHE_DIR } from '../helpers/releases.js';
import { runCli } from '../helpers/run-cli.js';

process.env['GGM_CACHE_DIR'] = TEST_CACHE_DIR;

const METRIC = `id: clienten
title: Cliënten per productcategorie
definition: Unieke cliënten met een levering in de periode.
population:
  class: Levering
  alias: l
  join: { c: l.prestatie voor }
  person: c
time: { start: l.datumStart, end: l.datumStop }
grains: [year]
periods: { from: 2025-01-01, to: 2025-12-31 }
dimensions:
  - name: categorie
    title: Productcategorie
    value: substring(l.code, 1, 2)
`;

/** A project whose silver is built by hand: 12 clients in category 01, 2 in 02 (a small cell). */
describe.skipIf(!hasReleases())('ggm metrics', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ggm-metrics-'));
    await mkdir(join(dir, 'gold'));
    await writeFile(
      join(dir, 'ggm.yaml'),
      `model: ${releasePath('v2.5.1')}\nengine: duckdb:warehouse.duckdb\ndomains:\n  - 6 Sociaal Domein\n`,
    );
    await writeFile(join(dir, 'gold', 'clienten.yaml'), METRIC);
    const ctx = await sociaalContext();
    const engine = await DuckDbEngine.open({ path: join(dir, 'warehouse.duckdb') });
    try {
      const levering = targetOf(ctx, 'Levering');
      await createSilver(engine, ctx.plan, [levering.table, targetOf(ctx, 'Client').table]);
      await insertRows(
        engine,
        targetOf(ctx, 'Client'),
        Array.from({ length: 14 }, (_, i) => ({
          rechtspersoon_id: 100 + i,
          valid_from: '2020-01-01 00:00:00',
        })),
      );
      await insertRows(
        engine,
        levering,
        Array.from({ length: 14 }, (_, i) => ({
          levering_id: i + 1,
          prestatie_voor_client_id: 100 + i,
          code: i < 12 ? '01A01' : '02A01',
          datum_start: '2025-02-01',
          datum_stop: null,
          valid_from: '2020-01-01 00:00:00',
        })),
      );
    } finally {
      await engine.close();
    }
    const run = await runCli(['run', '-p', dir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /compute gold\.clienten .* 3 cells, 2 suppressed \(1 small, 1 to protect them\)/,
    );
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('lists and shows the metrics', async () => {
    const list = await runCli(['metrics', 'list', '-p', dir, '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ id: 'clienten', unit: 'persons', suppressionThreshold: 5 }),
    ]);
    const show = await runCli(['metrics', 'show', 'clienten', '-p', dir]);
    expect(show.stdout).toContain('Unieke cliënten met een levering in de periode.');
    expect(show.stdout).toContain('bronnen:      silver.client, silver.levering');
  });

  it('queries the published figures: a small cell, and the cells that would give it away, without figures', async () => {
    const q = await runCli(['metrics', 'query', 'clienten', '-p', dir, '--by', 'categorie', '--json']);
    expect(q.code).toBe(0);
    // 02 has 2 persons; 01 (12) is hidden too, else 14 − 12 gives 02 back. The total stays.
    expect(JSON.parse(q.stdout)).toEqual([
      {
        periode: '2025',
        grain: 'year',
        categorie: '01',
        teller: null,
        noemer: null,
        waarde: null,
        onderdrukt: true,
      },
      {
        periode: '2025',
        grain: 'year',
        categorie: '02',
        teller: null,
        noemer: null,
        waarde: null,
        onderdrukt: true,
      },
    ]);
    const csv = await runCli(['metrics', 'query', 'clienten', '-p', dir, '--csv', '--period', '2025']);
    expect(csv.stdout).toBe(
      'periode,grain,categorie,teller,noemer,waarde,onderdrukt\n2025,year,Totaal,14,,14,false\n',
    );
  });

  it('names the nearest metric and dimension for a wrong one', async () => {
    const id = await runCli(['metrics', 'query', 'clienen', '-p', dir]);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('GGM-K022 no metric clienen (did you mean clienten?)');
    const by = await runCli(['metrics', 'query', 'clienten', '-p', dir, '--by', 'categori']);
    expect(by.stderr).toContain('GGM-K017 clienten has no dimension categori (did you mean categorie?)');
    const period = await runCli(['metrics', 'query', 'clienten', '-p', dir, '--period', '2025H3']);
    expect(period.stderr).toContain('GGM-K004 2025H3 is not a period');
  });

  it('does not recompute when nothing changed', async () => {
    const run = await runCli(['run', '-p', dir]);
    expect(run.stdout).toMatch(/compute gold\.clienten .* inputs unchanged/);
  });
});
