import { totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMemoryLimit } from '../../project/engine-spec.js';

/**
 * The share of the machine's memory a DuckDB warehouse may use when ggm.yaml sets none. DuckDB's own
 * default is 80 %, which on a shared server lets one large mapping crowd out everything else; beyond
 * the limit DuckDB spills joins, sorts and aggregates to its temp directory instead.
 */
export const DEFAULT_MEMORY_SHARE = 0.5;

/** The amount for DuckDB: a share becomes megabytes of `totalMemory`. */
export function memoryLimitAmount(text: string | undefined, totalMemory = totalmem()): string {
  const parsed = text === undefined ? { percent: DEFAULT_MEMORY_SHARE * 100 } : parseMemoryLimit(text);
  if ('error' in parsed) throw new Error(parsed.error);
  if ('amount' in parsed) return parsed.amount;
  const share = parsed.percent;
  return `${Math.max(64, Math.floor((totalMemory * share) / 100 / 1024 / 1024))}MiB`;
}

let inMemoryInstances = 0;

/** The spill directory: the setting, else `<warehouse>.tmp`, else (in memory) one under the OS temp dir. */
export function tempDirectoryFor(path: string, setting?: string): string {
  if (setting) return setting;
  if (path === ':memory:' || path === '') {
    // One directory per instance: DuckDB names its spill files per directory, not per instance.
    return join(tmpdir(), `ggm-duckdb-${process.pid}-${++inMemoryInstances}.tmp`);
  }
  return `${path}.tmp`;
}

/** The instance settings for memory: DuckDB's `memory_limit` and `temp_directory`. */
export function memoryConfig(options: { path: string; memoryLimit?: string; tempDirectory?: string }): {
  memory_limit: string;
  temp_directory: string;
} {
  return {
    memory_limit: memoryLimitAmount(options.memoryLimit),
    temp_directory: tempDirectoryFor(options.path, options.tempDirectory),
  };
}
