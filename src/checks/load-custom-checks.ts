import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { CHECK_CODES as C } from './check-codes.js';
import type { CheckDefinition } from './check-types.js';
import { parseCheckSql, parseCheckYaml, type CheckTables, type ParsedChecks } from './parse-custom-checks.js';

/** Reads every `.yaml`, `.yml` and `.sql` file in `<project>/checks/`, in name order. */
export async function loadCustomChecks(projectDir: string, tables: CheckTables): Promise<ParsedChecks> {
  const dir = join(projectDir, 'checks');
  if (!existsSync(dir)) return { checks: [], diagnostics: [] };
  const checks: CheckDefinition[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const ext = extname(name).toLowerCase();
    if (!['.yaml', '.yml', '.sql'].includes(ext)) continue;
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    const text = await readFile(path, 'utf8');
    const parsed =
      ext === '.sql'
        ? parseCheckSql(text, shown, basename(name, ext), tables)
        : parseCheckYaml(text, shown, tables);
    checks.push(...parsed.checks);
    diagnostics.push(...parsed.diagnostics);
  }
  return { checks, diagnostics };
}

/** Reports check ids used twice (custom names clash with each other or with derived ids); keeps the first. */
export function uniqueChecks(checks: readonly CheckDefinition[]): ParsedChecks {
  const seen = new Map<string, CheckDefinition>();
  const diagnostics: Diagnostic[] = [];
  for (const c of checks) {
    const first = seen.get(c.id);
    if (!first) {
      seen.set(c.id, c);
      continue;
    }
    diagnostics.push({
      code: C.duplicateName,
      severity: 'error',
      message: `check name "${c.id}" is used twice`,
      at: { ...(c.file ? { file: c.file } : {}) },
      hint: first.file ? `first in ${first.file}` : 'it is the name of a check derived from the model',
    });
  }
  return { checks: [...seen.values()], diagnostics };
}
