import { basename, resolve } from 'node:path';
import { chooseAdapter } from '../../dbt/dbt-adapters.js';
import { exportDbt, type DbtFile } from '../../dbt/export-dbt.js';
import { DBT_CODES } from '../../dbt/dbt-codes.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { projectChecks } from '../checks/project-checks.js';
import { projectGold } from '../gold/project-gold.js';
import type { ProjectService } from '../project-service.js';

/**
 * `ggm export dbt`'s input from an open project: the mappings compiled for the adapter's engine, the
 * silver plan, the sources and the checks; then the pure generator. The CLI writes the files.
 */
export async function projectDbt(
  service: ProjectService,
  adapterName: string,
  /** `periods`: the range gold metrics are computed over when a metric names none. */
  options: { model?: string; periods?: { from: string; to: string } } = {},
): Promise<{ files: DbtFile[]; diagnostics: Diagnostic[] }> {
  const chosen = chooseAdapter(adapterName);
  if ('diagnostic' in chosen) return { files: [], diagnostics: [chosen.diagnostic] };
  const project = await service.compile({
    dialect: chosen.engine,
    keepErrors: true,
    ...(options.model ? { model: options.model } : {}),
  });
  const diagnostics: Diagnostic[] = [];
  const mappings = project.mappings.flatMap(({ file, compiled }) => {
    if (compiled.plan) return [{ file, plan: compiled.plan }];
    diagnostics.push({
      code: DBT_CODES.mappingLeftOut,
      severity: 'error',
      message: `mapping ${file} does not compile; it has no model`,
      at: { file },
    });
    return [];
  });
  const checks = await projectChecks(project);
  const gold = options.periods ? await projectGold(project) : undefined;
  if (gold) diagnostics.push(...gold.diagnostics);
  const exported = exportDbt({
    name: basename(resolve(service.config.dir)),
    adapter: chosen.adapter.name,
    mappings,
    silverPlan: project.silverPlan,
    sources: service.config.sources.map((s) => ({
      name: s.name,
      ...(s.description ? { description: s.description } : {}),
    })),
    checks: checks.definitions,
    ...(gold && options.periods ? { gold: { metrics: gold.metrics, ...options.periods } } : {}),
  });
  return { files: exported.files, diagnostics: [...diagnostics, ...exported.diagnostics] };
}
