import { isAbsolute, resolve } from 'node:path';
import { isCloudEngineUrl, parseCloudEngineSpec, type CloudEngineSpec } from './cloud-engine-spec.js';

export type { CloudEngineSpec, DatabricksSpec, FabricSpec, SnowflakeSpec } from './cloud-engine-spec.js';

/**
 * A parsed `engine:` setting: `duckdb:<file>` (relative to the project), a `postgres://` URL or a cloud
 * platform's URL (`databricks://`, `snowflake://`, `fabric://`). No driver is loaded here; `openEngine`
 * (src/engines) opens it.
 */
export type EngineSpec =
  ({ kind: 'duckdb'; path: string } & DuckDbSettings) | { kind: 'postgres'; url: string } | CloudEngineSpec;

/** ggm.yaml's `engine_settings:` for DuckDB (paths absolute); PostgreSQL manages its own memory. */
export interface DuckDbSettings {
  /** `4GB`, `512MB` or a share of the machine's memory, `40%`; default half of it. */
  memoryLimit?: string;
  /** Where DuckDB spills what does not fit in memory; default `<warehouse>.tmp`. */
  tempDirectory?: string;
}

/** `4GB`, `512 MiB`, `1.5GB`: the amounts DuckDB's `memory_limit` takes. */
const AMOUNT = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$/i;
/** `40%`: a share of the machine's memory. */
const SHARE = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/** A memory limit setting: an amount as DuckDB writes it, a percentage of RAM, or why it is neither. */
export function parseMemoryLimit(text: string): { amount: string } | { percent: number } | { error: string } {
  const share = SHARE.exec(text);
  if (share) {
    const percent = Number(share[1]);
    if (percent > 0 && percent <= 100) return { percent };
    return { error: `memory_limit: ${text.trim()} is not a share between 0 % and 100 %` };
  }
  const amount = AMOUNT.exec(text);
  if (amount && Number(amount[1]) > 0) return { amount: `${amount[1]}${amount[2]}` };
  return {
    error: `memory_limit: "${text}" is neither an amount above zero (4GB, 512MB) nor a share of memory (40%)`,
  };
}

/** Parses an engine setting; returns a message when it is neither form. */
export function parseEngineSpec(
  text: string,
  baseDir = '.',
  settings: DuckDbSettings = {},
): EngineSpec | { error: string } {
  const value = text.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      return { error: `not a valid PostgreSQL URL: ${value}` };
    }
    return { kind: 'postgres', url: value };
  }
  if (isCloudEngineUrl(value)) return parseCloudEngineSpec(value);
  if (value.toLowerCase().startsWith('duckdb:')) {
    const path = value.slice('duckdb:'.length);
    if (path === '') return { error: 'duckdb: needs a database file, e.g. duckdb:warehouse.duckdb' };
    const spilled = {
      ...(settings.memoryLimit !== undefined ? { memoryLimit: settings.memoryLimit } : {}),
      ...(settings.tempDirectory !== undefined
        ? { tempDirectory: resolve(baseDir, settings.tempDirectory) }
        : {}),
    };
    if (path === ':memory:') return { kind: 'duckdb', path, ...spilled };
    return { kind: 'duckdb', path: isAbsolute(path) ? path : resolve(baseDir, path), ...spilled };
  }
  return {
    error: `unknown engine "${value}": use duckdb:<file>, postgres://user@host/database, databricks://…, snowflake://… or fabric://…`,
  };
}
