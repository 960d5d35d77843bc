import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import type { Engine } from '../../engines/engine.js';
import type { ProjectConfig, SourceConfig } from '../../project/project-config.js';
import type { BatchResult } from './bronze-loader.js';
import { ensureWarehouse } from './meta-tables.js';
import { loadSource, type LoadOptions } from './source-loader.js';

export interface IngestReport {
  /** Per file (or table) of each selected source, in config order. */
  results: BatchResult[];
  /** Config and selection problems; per-batch problems are in each result. */
  diagnostics: Diagnostic[];
  /** False when a source could not be loaded (quarantined records alone do not make it false). */
  ok: boolean;
}

/** Picks the sources to load by name; unknown names are diagnostics with the nearest names. */
export function selectSources(
  config: ProjectConfig,
  names: readonly string[] | undefined,
): { sources: SourceConfig[]; diagnostics: Diagnostic[] } {
  if (!names || names.length === 0) return { sources: config.sources, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const all = config.sources.map((s) => s.name);
  for (const n of names) {
    if (!all.includes(n)) {
      diagnostics.push({
        code: 'GGM-I110',
        severity: 'error',
        message: `no source named ${n}`,
        at: { file: config.file },
        hint:
          didYouMean(n, all) ??
          (all.length > 0 ? `sources: ${all.join(', ')}` : 'the project has no sources yet'),
      });
    }
  }
  return { sources: config.sources.filter((s) => names.includes(s.name)), diagnostics };
}

/**
 * Loads sources of a project into bronze on an open engine: the function `ggm ingest` and `ggm run`
 * call. Sources run one after another; each batch commits on its own, so a failing source does not undo
 * the others.
 */
export async function ingestSources(
  engine: Engine,
  config: ProjectConfig,
  names?: readonly string[],
  onResult?: (result: BatchResult) => void,
  /** Files done of the files matched, per source, after each file. */
  onFile?: (source: string, done: number, total: number, result: BatchResult) => void,
  options: LoadOptions = {},
): Promise<IngestReport> {
  const { sources, diagnostics } = selectSources(config, names);
  if (diagnostics.length > 0) return { results: [], diagnostics, ok: false };
  await ensureWarehouse(engine);
  const results: BatchResult[] = [];
  for (const source of sources) {
    const progress =
      onFile && ((done: number, total: number, r: BatchResult) => onFile(source.name, done, total, r));
    for (const r of await loadSource(engine, config.dir, source, config.allowPaths, progress, options)) {
      results.push(r);
      onResult?.(r);
    }
  }
  return { results, diagnostics, ok: results.every((r) => r.status !== 'failed') };
}
