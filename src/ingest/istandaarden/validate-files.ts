import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
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
 * Validates a file or every `.xml` file in a folder. With history on, the files form the history: first
 * all messages are read and checked in themselves (layers 1–3), then each is checked against all others.
 */
export async function validatePath(target: string, options: ValidateOptions = {}): Promise<MessageReport[]> {
  const isDir = (await stat(target)).isDirectory();
  const files = isDir ? await listMessageFiles(target) : [target];
  const withHistory = options.history ?? isDir;
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
