import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { silverTargetsFromPlan } from '../../compiler/resolve/silver-target-from-plan.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { resolveProjectMetrics, type GoldMetric } from '../../gold/project-metrics.js';
import type { OpenedProject } from '../opened-project.js';

export interface ProjectGold {
  /** The project's metrics (`gold/*.yaml`) that resolve, in file-name order. */
  metrics: GoldMetric[];
  diagnostics: Diagnostic[];
}

/** Reads `gold/*.yaml` and resolves each metric against the project's model and silver schema. */
export async function projectGold(project: OpenedProject): Promise<ProjectGold> {
  const dir = join(project.config.dir, 'gold');
  if (!existsSync(dir)) return { metrics: [], diagnostics: [] };
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const files = await Promise.all(
    names.map(async (n) => ({
      file: relative(process.cwd(), join(dir, n)) || n,
      text: await readFile(join(dir, n), 'utf8'),
    })),
  );
  return resolveProjectMetrics(files, {
    index: project.index,
    targets: silverTargetsFromPlan(project.schemaPlan),
  });
}
