import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planCheck } from '../checks/check-sql.js';
import { deriveChecks } from '../checks/derive-checks.js';
import { runChecks } from '../pipeline/checks/run-checks.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { ensureWarehouse } from '../ingest/bronze/meta-tables.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { silverProfile, tablesNeeded } from '../pipeline/silver-schema.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round, time } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

/**
 * `npm run bench -- checks [rows] [workbook]`: the derived checks of `silver.woonplaats` (v2.5.1) on a
 * DuckDB table of N rows (default 1 M, a few violations of each kind), run as `ggm check` runs them
 * (row-by-row checks sharing one scan). Baseline: one scan of the table with a single check's predicate,
 * the floor for any check at all. Also reported: the same checks run one query each.
 */
export async function run(args: string[]): Promise<void> {
  const rows = Number(args[0] ?? 1_000_000);
  const file = resolve(args[1] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-checks-'));
  const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
  try {
    const index = new ModelIndex((await loadModel(file)).model);
    const { plan } = buildSchemaPlan(index, { domains: ['99 Kern'] });
    const available = new Set(tablesNeeded(plan, new Set(['woonplaats'])));
    await ensureWarehouse(engine);
    const silver = silverProfile({ ...plan, tables: plan.tables.filter((t) => available.has(t.name)) });
    await engine.transaction(async (tx) => {
      for (const s of emitDdl(silver, getDialect('duckdb'), { schema: 'silver' }).statements)
        await tx.execute(s);
    });
    // Every 1000th row lacks its name, every 997th has an unknown status, every 5000th repeats an open key.
    await engine.execute(
      `INSERT INTO silver.woonplaats (woonplaats_id, identificatie, woonplaatsnaam, woonplaatsnaam_nen, status_enum_id, begin_geldigheid, valid_from)
       SELECT i, CAST(CASE WHEN i % 5000 = 0 THEN i - 1 ELSE i END AS VARCHAR),
              CASE WHEN i % 1000 = 0 THEN NULL ELSE 'Plaats ' || i END, 'P' || i,
              CASE WHEN i % 997 = 0 THEN 99 ELSE 1 END, DATE '2020-01-01', TIMESTAMP '2024-01-01' + INTERVAL (i % 7) DAY
       FROM range(1, ${rows + 1}) AS r(i)`,
    );
    const checks = deriveChecks({ plan, index, tables: ['woonplaats'], available }).map((c) =>
      planCheck(c, 'duckdb'),
    );
    const shared = await time(() => runChecks(engine, 'bench', checks), 3);
    const single = await time(() => runChecks(engine, 'bench', checks, { shareScans: false }), 3);
    // CHECKS_BENCH_DETAIL=1: the slowest checks, to see where the time goes.
    if (process.env['CHECKS_BENCH_DETAIL'])
      for (const r of (await runChecks(engine, 'bench', checks)).sort((a, b) => b.ms - a.ms).slice(0, 5))
        console.log(`  ${r.check.id.padEnd(50)} ${r.ms} ms  ${r.violations} violations`);
    const floor = checks.find((c) => c.id === 'woonplaats.mandatory.woonplaatsnaam')!;
    const baseline = await time(
      () => engine.query(`SELECT count(*) FROM silver.woonplaats AS t WHERE ${floor.predicate}`),
      3,
    );
    console.log(`rows                         ${rows}`);
    console.log(
      `derived checks               ${checks.length} (${checks.filter((c) => c.predicate).length} row-by-row)`,
    );
    console.log(`one scan, one predicate      ${round(baseline.ms, 1)} ms   (baseline)`);
    console.log(`all checks, shared scan      ${round(shared.ms, 1)} ms`);
    console.log(`all checks, one query each   ${round(single.ms, 1)} ms`);
    console.log(
      resultLine('checks', 'all_checks_ms', shared.ms, baseline.ms, {
        rows,
        checks: checks.length,
        one_query_each_ms: round(single.ms, 1),
      }),
    );
  } finally {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  }
}
