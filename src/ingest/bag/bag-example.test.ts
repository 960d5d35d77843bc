import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../../engines/engine.js';
import { PostgresEngine } from '../../engines/postgres/postgres-engine.js';
import { createTestDatabase } from '../../engines/postgres/postgres-test-database.js';
import { parseProjectConfig } from '../../project/project-config-loader.js';
import type { ProjectConfig } from '../../project/project-config.js';
import { hasReleases, releasePath } from '../../../test/helpers/releases.js';
import { runProject } from '../../pipeline/run-project.js';
import { ingestSources } from '../bronze/ingest-project.js';
import { DOESBURG_DIR, DOESBURG_SKIP_REASON, HAS_DOESBURG } from './bag-test-support.js';

const EXAMPLE = resolve(import.meta.dirname, '..', '..', '..', 'examples', 'bag');

function exampleConfig(): ProjectConfig {
  const file = join(EXAMPLE, 'ggm.yaml');
  const { config, diagnostics } = parseProjectConfig(readFileSync(file, 'utf8'), file, {
    BAG_EXTRACT_DIR: DOESBURG_DIR,
  });
  expect(diagnostics).toEqual([]);
  return config!;
}

const EXPECTED_BRONZE = {
  bag_pand: 13_098,
  bag_verblijfsobject: 5,
  bag_nummeraanduiding: 15,
  bag_openbare_ruimte: 201,
  bag_woonplaats: 1,
  bag_ligplaats: 2,
  bag_standplaats: 2,
};

async function count(engine: Engine, sql: string): Promise<Record<string, number>> {
  const [row] = await engine.query(sql);
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

/** Loads the example's sources; a second run must find every file unchanged and add nothing. */
async function checkBronze(engine: Engine): Promise<void> {
  const config = exampleConfig();
  const first = await ingestSources(engine, config);
  expect(first.ok).toBe(true);
  expect(Object.fromEntries(first.results.map((r) => [r.source, r.rowsLoaded]))).toEqual(EXPECTED_BRONZE);
  expect(first.results.every((r) => r.status === 'loaded' && r.rowsQuarantined === 0)).toBe(true);
  expect(
    await count(engine, 'SELECT count(*) AS n, count(DISTINCT identificatie) AS ids FROM bronze.bag_pand'),
  ).toEqual({
    n: 13_098,
    ids: 7_797,
  });
  const [pand] = await engine.query(
    `SELECT geometrie, bag_bestand, bag_regel, _row_number FROM bronze.bag_pand WHERE identificatie = '0221100000312938' AND voorkomenidentificatie = '1'`,
  );
  // The object element's line inside the zip part (the part writes several objects per line).
  expect(pand).toMatchObject({ bag_bestand: '0221PND15092020-000001.xml', bag_regel: '12709' });
  expect(String(pand!['geometrie'])).toMatch(/^SRID=28992;POLYGON Z \(\(206341\.621 447531\.645 0\.0, /);

  const again = await ingestSources(engine, config);
  expect(again.results.map((r) => r.status)).toEqual(Object.keys(EXPECTED_BRONZE).map(() => 'unchanged'));
  expect(await count(engine, 'SELECT count(*) AS n FROM bronze.bag_pand')).toEqual({ n: 13_098 });
  expect(await count(engine, `SELECT count(*) AS n FROM meta.batches WHERE status = 'loaded'`)).toEqual({
    n: 7,
  });
  expect(await count(engine, 'SELECT count(*) AS n FROM meta.quarantine')).toEqual({ n: 0 });
}

describe.skipIf(!HAS_DOESBURG)('examples/bag: the Doesburg extract into bronze', () => {
  it('loads on DuckDB, and loading twice is a no-op', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ggm-bag-duckdb-'));
    const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
    try {
      await checkBronze(engine);
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads on PostgreSQL, and loading twice is a no-op', async () => {
    const db = await createTestDatabase('ggm_bag');
    const engine = await PostgresEngine.open(db.url);
    try {
      await checkBronze(engine);
      // The geometry text is EWKT that PostGIS reads as it is (when PostGIS is installed).
      const postgis = await engine.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`);
      if (postgis.length > 0) {
        await engine.execute('CREATE EXTENSION IF NOT EXISTS postgis');
        expect(
          await count(
            engine,
            `SELECT count(ST_GeomFromEWKT(geometrie)) AS n, count(*) FILTER (WHERE ST_SRID(ST_GeomFromEWKT(geometrie)) = 28992 AND ST_NDims(ST_GeomFromEWKT(geometrie)) = 3) AS rd3d FROM bronze.bag_pand`,
          ),
        ).toEqual({ n: 13_098, rd3d: 13_098 });
      }
    } finally {
      await engine.close();
      await db.drop();
    }
  });
});

if (!HAS_DOESBURG) console.warn(DOESBURG_SKIP_REASON);

/**
 * The whole example through `ggm run` (`runProject`): bronze, silver tables from the schema compiler,
 * the ten mappings. A copy of the project in a temporary directory, so the warehouse file stays there.
 */
describe.skipIf(!HAS_DOESBURG || !hasReleases())('examples/bag: ggm run into the GGM BAG classes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ggm-bag-run-'));
    cpSync(EXAMPLE, dir, { recursive: true, filter: (f) => !/warehouse\.duckdb/.test(f) });
    process.env['BAG_EXTRACT_DIR'] = DOESBURG_DIR;
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps all 13,098 voorkomens of the 7,797 panden with their history; a second run changes nothing', async () => {
    const model = releasePath('v2.5.1');
    const first = await runProject(dir, { model });
    expect(first.outcomes.filter((o) => o.status !== 'succeeded')).toEqual([]);
    expect(first.outcomes.filter((o) => o.step.kind === 'build')).toHaveLength(10);
    const second = await runProject(dir, { model });
    expect(second.status).toBe('succeeded');
    expect(second.outcomes.reduce((n, o) => n + o.batches, 0)).toBe(0);

    const engine = await DuckDbEngine.open({ path: join(dir, 'warehouse.duckdb') });
    try {
      expect(
        await count(engine, 'SELECT count(*) AS n, count(DISTINCT identificatie) AS ids FROM silver.pand'),
      ).toEqual({
        n: 13_098,
        ids: 7_797,
      });
      const versions = await engine.query(
        `SELECT versie, CAST(begin_geldigheid AS VARCHAR) AS begin, CAST(eind_geldigheid AS VARCHAR) AS eind,
           oorspronkelijk_bouwjaar AS bouwjaar, substring(geometrie_bovenaanzicht, 1, 36) AS geometrie
         FROM silver.pand WHERE identificatie = '0221100000312938' ORDER BY valid_from`,
      );
      expect(versions.map((v) => [v['versie'], v['begin'], v['eind']])).toEqual([
        [1, '1995-01-18', '2011-06-30'],
        [2, '2011-06-30', '2011-09-06'],
        [3, '2011-09-06', '2015-11-23'],
        [4, '2015-11-23', null],
      ]);
      expect(versions[0]).toMatchObject({
        bouwjaar: 9999,
        geometrie: 'SRID=28992;POLYGON Z ((206341.621 44',
      });
      expect(
        await count(
          engine,
          `SELECT (SELECT count(*) FROM silver.verblijfsobject) AS vbo, (SELECT count(*) FROM silver.nummeraanduiding) AS num,
            (SELECT count(*) FROM silver.openbare_ruimte) AS opr, (SELECT count(*) FROM silver.woonplaats) AS wpl,
            (SELECT count(*) FROM silver.ligplaats) AS lig, (SELECT count(*) FROM silver.standplaats) AS sta,
            (SELECT count(*) FROM silver.adresseerbaar_object) AS ao`,
        ),
      ).toEqual({ vbo: 5, num: 15, opr: 201, wpl: 1, lig: 2, sta: 2, ao: 9 });
      // Every status, type and J/N value maps onto a GGM literal; the only findings are two references
      // of the test data to objects outside Doesburg (an Amsterdam openbare ruimte, woonplaats 1050).
      const findings = await engine.query(
        `SELECT mapping, kind, column_name, value FROM meta.load_findings ORDER BY column_name`,
      );
      expect(findings).toEqual([
        {
          mapping: 'bag-nummeraanduiding',
          kind: 'unresolved-reference',
          column_name: 'ligt_aan_openbare_ruimte_id',
          value: '0363300000003944',
        },
        {
          mapping: 'bag-nummeraanduiding',
          kind: 'unresolved-reference',
          column_name: 'ligt_in_woonplaats_id',
          value: '1050',
        },
      ]);
    } finally {
      await engine.close();
    }
  });
});
