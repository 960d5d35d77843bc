import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { getDialect, MAIN_DIALECTS } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

/**
 * `npm run bench -- ddl [workbook]`: plan + DDL for the whole model for all seven engines (aim: under
 * one second together), against loading the model in the same run: warm (compiled cache) as the
 * baseline, cold (parse the workbook) for scale.
 */
export async function run(args: string[]): Promise<void> {
  const file = resolve(args[0] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const cacheDir = await mkdtemp(join(tmpdir(), 'ggm-bench-ddl-'));
  const memory = trackPeakMemory();
  try {
    const repeat = 7;
    const cold = await time(() => loadModel(file, { cacheDir, noCache: true }), 3);
    await loadModel(file, { cacheDir });
    const warm = await time(() => loadModel(file, { cacheDir }), repeat);
    const index = new ModelIndex((await loadModel(file, { cacheDir })).model);

    let statements = 0;
    const cpuRuns: number[] = [];
    const all = await time(() => {
      const before = process.cpuUsage();
      const { plan } = buildSchemaPlan(index);
      statements = 0;
      for (const name of MAIN_DIALECTS) statements += emitDdl(plan, getDialect(name)).statements.length;
      const used = process.cpuUsage(before);
      cpuRuns.push((used.user + used.system) / 1000);
    }, repeat);
    // CPU time as well: on a busy machine the wall time mostly measures the other processes.
    const cpuMs = [...cpuRuns].sort((a, b) => a - b)[Math.floor(cpuRuns.length / 2)]!;
    const planOnly = await time(() => buildSchemaPlan(index), repeat);
    const { plan } = buildSchemaPlan(index);
    const perEngine: Record<string, number> = {};
    for (const name of MAIN_DIALECTS) {
      perEngine[name] = round((await time(() => emitDdl(plan, getDialect(name)), repeat)).ms, 1);
    }
    const peakMb = round(memory.stop() / 1024 / 1024, 0);
    console.log(`workbook                 ${file}`);
    console.log(`model cold load          ${round(cold.ms, 1)} ms`);
    console.log(`model warm load (cache)  ${round(warm.ms, 1)} ms   (baseline)`);
    console.log(`plan (whole model)       ${round(planOnly.ms, 1)} ms   ${plan.tables.length} tables`);
    for (const [name, ms] of Object.entries(perEngine)) console.log(`emit ${name.padEnd(20)}${ms} ms`);
    console.log(
      `plan + 7 engines         ${round(all.ms, 1)} ms   ${statements} statements (aim: under 1000 ms)`,
    );
    console.log(`peak RSS                 ${peakMb} MB`);
    console.log(
      resultLine('ddl', 'all_engines_ms', all.ms, warm.ms, {
        cpu_ms: round(cpuMs, 1),
        plan_ms: round(planOnly.ms, 1),
        cold_load_ms: round(cold.ms, 1),
        tables: plan.tables.length,
        peak_mb: peakMb,
      }),
    );
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}
