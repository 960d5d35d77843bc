import type { BatchResult } from '../ingest/bronze/bronze-loader.js';
import { ingestSources, type IngestReport } from '../ingest/bronze/ingest-project.js';
import type { ProjectConfig } from '../project/project-config.js';
import { ProjectError, ProjectService } from './project-service.js';

/** `ggm ingest` as a library call: opens the project, loads the sources into bronze, closes the warehouse. */
export async function ingestProject(
  dir: string,
  options: {
    sources?: readonly string[];
    env?: Record<string, string | undefined>;
    onResult?: (r: BatchResult) => void;
  } = {},
): Promise<IngestReport & { config?: ProjectConfig }> {
  let service: ProjectService;
  try {
    service = await ProjectService.open(dir, options.env ? { env: options.env } : {});
  } catch (error) {
    if (error instanceof ProjectError) return { results: [], diagnostics: error.diagnostics, ok: false };
    throw error;
  }
  const { config } = service;
  const report = await service.withWarehouse((engine) =>
    ingestSources(engine, config, options.sources, options.onResult),
  );
  return { ...report, diagnostics: [...service.diagnostics, ...report.diagnostics], config };
}
