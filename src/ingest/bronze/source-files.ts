import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

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
  // the directory entry tells a plain file without a stat per file (thousands of message files)
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) =>
        pattern.test(d.name) &&
        (d.isFile() ||
          (d.isSymbolicLink() && existsSync(join(dir, d.name)) && statSync(join(dir, d.name)).isFile())),
    )
    .map((d) => d.name)
    .sort()
    .map((f) => ({ file: join(dir, f), label: relative(projectDir, join(dir, f)) }));
}

/**
 * Whether a file, with its symbolic links followed, is inside one of `roots` (the project folder and
 * `allow_paths`): ggm.yaml's check reads the path as written, this catches a link that leads out.
 */
export function isInsideRoots(file: string, roots: readonly string[]): boolean {
  return insideRoots(roots)(file);
}

/** `isInsideRoots` for many files: the roots are resolved once. */
export function insideRoots(roots: readonly string[]): (file: string) => boolean {
  const bases = roots.map((root) => (existsSync(root) ? realpathSync.native(root) : resolve(root)));
  return (file) => {
    const real = realpathSync.native(file); // one system call, not one per path segment
    return bases.some((base) => {
      const rel = relative(base, real);
      return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
    });
  };
}
