import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

/**
 * The files a source path names, relative to the project: one file, or with `*` (and `?`) in the last
 * segment every match in name order, so monthly extracts load as one batch each, oldest first.
 */
export function sourceFiles(projectDir: string, path: string): { file: string; label: string }[] {
  const full = resolve(projectDir, path);
  const name = basename(full);
  if (!/[*?]/.test(name))
    return existsSync(full) && statSync(full).isFile() ? [{ file: full, label: path }] : [];
  const dir = dirname(full);
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(
    `^${name
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  return readdirSync(dir)
    .filter((f) => pattern.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => ({ file: join(dir, f), label: relative(projectDir, join(dir, f)) }));
}
