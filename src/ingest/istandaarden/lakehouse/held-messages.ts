import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { SqlSession } from '../../../engines/engine.js';
import type { RecordSource, SourceRecord } from '../../formats/source-records.js';
import type { Finding } from '../finding.js';
import { readMessages, type ParsedMessage } from '../message-reader.js';
import { isValid, validateParsed } from '../validate-message.js';
import { ISTANDAARDEN_COLUMNS, messageRows } from './bronze-layout.js';
import { sha256OfFile, type LoadHistory } from './load-history.js';

/**
 * Rules that fail only because something the message refers to has not been loaded (yet): a start for a
 * toewijzing whose 301 is still to come, a 325 before its 323. Order carries no meaning (OP080), so a
 * message that fails on these alone is held: quarantined with a reason that starts with `HELD`, and
 * tried again on every later load of its source, until what it refers to is there.
 */
export const HOLD_RULES: ReadonlySet<string> = new Set([
  'TR019', // 305/307: no toewijzing for this client and aanbieder
  'TR338', // 323: no toewijzing for the prestatie
  'TR323', // 323: no earlier debet to credit
  'TR063', // 305/307: no earlier line to delete
  'TR366', // 325: no such declaratie
  'TR367', // 325: prestatie not in the declaratie
]);

export const HELD = 'held until what it refers to is loaded (tried again every run): ';

/** Whether a message that failed fails only on rules that later messages can satisfy. */
export function waitsForOthers(findings: readonly Finding[]): boolean {
  const errors = findings.filter((f) => f.severity === 'error');
  return errors.length > 0 && errors.every((f) => HOLD_RULES.has(f.rule));
}

/** The `raw` of an iWmo/iJw quarantine record: the message's place in its file and every finding. */
export function quarantineRaw(index: number, findings: readonly Finding[]): string {
  return JSON.stringify({ message: index, findings });
}

/** A held message: its quarantine record and where to read it again. */
export interface HeldMessage {
  batchId: string;
  rowNumber: number;
  /** As stored in meta.quarantine (relative to the project). */
  label: string;
  path: string;
  sha256: string;
  index: number;
}

/** The held messages of a source, oldest first (none before the first load). */
export async function findHeldMessages(
  session: SqlSession,
  source: string,
  projectDir: string,
): Promise<HeldMessage[]> {
  let rows;
  try {
    rows = await session.query(
      `SELECT q.batch_id, q.row_number, q.file, q.raw, b.file_sha256
       FROM meta.quarantine q JOIN meta.batches b ON b.batch_id = q.batch_id
       WHERE q.source = $1 AND q.reason LIKE 'held %'
       ORDER BY q.batch_id, q.row_number`,
      [source],
    );
  } catch {
    return []; // no meta tables yet
  }
  return rows.flatMap((r) => {
    // the index leads the JSON, so it survives when a long `raw` was clipped
    const index = /^\{"message":(\d+)/.exec(String(r['raw'] ?? ''))?.[1];
    if (index === undefined || !r['file_sha256']) return [];
    const label = String(r['file']);
    return [
      {
        batchId: String(r['batch_id']),
        rowNumber: Number(r['row_number']),
        label,
        path: resolve(projectDir, label),
        sha256: String(r['file_sha256']),
        index: Number(index),
      },
    ];
  });
}

/** Reads the held messages that are still where they were, file by file (a changed file is skipped). */
export async function* readHeld(
  held: readonly HeldMessage[],
): AsyncGenerator<{ held: HeldMessage; parsed: ParsedMessage }> {
  const byFile = new Map<string, HeldMessage[]>();
  for (const h of held) byFile.set(h.path, [...(byFile.get(h.path) ?? []), h]);
  for (const [path, list] of byFile) {
    if (!existsSync(path) || (await sha256OfFile(path)) !== list[0]!.sha256) continue;
    const wanted = new Map(list.map((h) => [h.index, h]));
    for await (const parsed of readMessages(path, basename(path))) {
      const h = wanted.get(parsed.index);
      if (h) yield { held: h, parsed };
    }
  }
}

/**
 * The held messages that the history now satisfies, as one bronze batch: their lines (with their own
 * provenance), and in the same transaction their quarantine records removed. Undefined when none is.
 * A message that passes joins the history at once (it arrives now), and the others are tried again
 * until no more pass: a 325 held for its 323 passes once that 323, held for its 301, has.
 */
export async function retryHeld(
  held: readonly HeldMessage[],
  history: LoadHistory,
): Promise<RecordSource | undefined> {
  const ready: HeldMessage[] = [];
  let waiting = held;
  for (;;) {
    const passed = new Set<HeldMessage>();
    for await (const { held: h, parsed } of readHeld(waiting)) {
      // validated as arriving after everything loaded so far
      const last = { id: `${h.sha256}#${h.index}`, file: parsed.file, seq: Number.MAX_SAFE_INTEGER };
      if (!parsed.record || !isValid(validateParsed(parsed, { store: history.store, self: last }))) continue;
      history.store.add(parsed.record, history.arrive(h.sha256, h.index, parsed.file));
      passed.add(h);
    }
    if (passed.size === 0) break;
    ready.push(...passed);
    waiting = waiting.filter((h) => !passed.has(h));
  }
  if (ready.length === 0) return undefined;
  return {
    columns: [...ISTANDAARDEN_COLUMNS],
    format: { retried: ready.length },
    async *records(): AsyncIterable<SourceRecord[]> {
      let row = 0;
      for await (const { held: h, parsed } of readHeld(ready)) {
        if (!parsed.record) continue;
        const provenance = { file: parsed.file, sha256: h.sha256, index: h.index, envelope: parsed.envelope };
        yield messageRows(parsed.record, provenance).map((values) => ({
          row: ++row,
          line: parsed.line,
          values,
        }));
      }
    },
    async finish(tx: SqlSession): Promise<void> {
      for (const h of ready) {
        await tx.execute('DELETE FROM meta.quarantine WHERE batch_id = $1 AND row_number = $2', [
          h.batchId,
          h.rowNumber,
        ]);
      }
    },
  };
}
