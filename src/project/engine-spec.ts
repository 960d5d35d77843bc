import { isAbsolute, resolve } from 'node:path';

/**
 * A parsed `engine:` setting: `duckdb:<file>` (relative to the project) or a `postgres://` URL. No
 * driver is loaded here; `openEngine` (src/engines) opens it.
 */
export type EngineSpec = { kind: 'duckdb'; path: string } | { kind: 'postgres'; url: string };

/** Parses an engine setting; returns a message when it is neither form. */
export function parseEngineSpec(text: string, baseDir = '.'): EngineSpec | { error: string } {
  const value = text.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      return { error: `not a valid PostgreSQL URL: ${value}` };
    }
    return { kind: 'postgres', url: value };
  }
  if (value.toLowerCase().startsWith('duckdb:')) {
    const path = value.slice('duckdb:'.length);
    if (path === '') return { error: 'duckdb: needs a database file, e.g. duckdb:warehouse.duckdb' };
    if (path === ':memory:') return { kind: 'duckdb', path };
    return { kind: 'duckdb', path: isAbsolute(path) ? path : resolve(baseDir, path) };
  }
  return { error: `unknown engine "${value}": use duckdb:<file> or postgres://user@host/database` };
}
