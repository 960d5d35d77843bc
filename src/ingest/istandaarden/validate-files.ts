import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Finding } from './finding.js';
import type { MessageNumber, Standard } from './message-catalog.js';
import { readMessages, type ParsedMessage } from './message-reader.js';
import { InMemoryMessageHistory } from './rules/message-history.js';
import { isValid, validateAgainstHistory, validateParsed } from './validate-message.js';

/** The result for one message; `index` is only set when a file holds more than one message. */
export interface MessageReport {
  file: string;
  index?: number;
  messageType: MessageNumber | null;
  standard: Standard | null;
  valid: boolean;
  findings: Finding[];
}

export interface ValidateOptions {
  /** Run the history rules (layer 4) over all files validated together. Default: on for a directory. */
  history?: boolean;
  /** Paths in reports relative to this folder. */
  relativeTo?: string;
}

/** Every `.xml` file under a folder, sorted, so reports are stable. */
export async function listMessageFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.xml')) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/**
 * Validates a file or every `.xml` file in a folder (see `validatePaths`). History is on for a folder.
 */
export function validatePath(target: string, options: ValidateOptions = {}): Promise<MessageReport[]> {
  return validatePaths([target], options);
}

/**
 * Validates several files and folders in one run: each folder contributes its `.xml` files (sorted), a
 * file given twice (also through its folder) is read once. With history on (default: when a folder or more
 * than one path is given) all these files form one history: first every message is read and checked in
 * itself (layers 1–3), then each is checked against all the others.
 */
export async function validatePaths(
  targets: readonly string[],
  options: ValidateOptions = {},
): Promise<MessageReport[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  let anyDir = false;
  for (const target of targets) {
    const isDir = (await stat(target)).isDirectory();
    anyDir ||= isDir;
    for (const f of isDir ? await listMessageFiles(target) : [target]) {
      const key = resolve(f);
      if (seen.has(key)) continue;
      seen.add(key);
      files.push(f);
    }
  }
  const withHistory = options.history ?? (anyDir || targets.length > 1);
  const label = (f: string) => (options.relativeTo ? relative(options.relativeTo, f) : f);
  const store = new InMemoryMessageHistory();
  const parsed: { p: ParsedMessage; findings: Finding[]; count: number }[] = [];
  for (const file of files) {
    const start = parsed.length;
    for await (const p of readMessages(file, label(file))) {
      const findings = validateParsed(p);
      if (withHistory && p.record && isValid(findings)) store.add(p.record, refOf(p));
      parsed.push({ p, findings, count: 0 });
    }
    for (let i = start; i < parsed.length; i++) parsed[i]!.count = parsed.length - start;
  }
  return parsed.map(({ p, findings, count }) => {
    const all =
      withHistory && p.record && isValid(findings)
        ? findings.concat(validateAgainstHistory(p.record, store, refOf(p)))
        : findings;
    return {
      file: p.file,
      ...(count > 1 ? { index: p.index } : {}),
      messageType: p.messageType ?? null,
      standard: p.standard ?? null,
      valid: isValid(all),
      findings: all,
    };
  });
}

export const refOf = (p: ParsedMessage) => ({ id: `${p.file}#${p.index}`, file: p.file });
