import { basename } from 'node:path';
import { clipRaw, type RecordSource, type SourceRecord } from '../../formats/source-records.js';
import type { Finding } from '../finding.js';
import { readMessages, type ParsedMessage } from '../message-reader.js';
import { isValid, validateParsed } from '../validate-message.js';
import { ISTANDAARDEN_COLUMNS, messageRows } from './bronze-layout.js';
import { HELD, quarantineRaw, waitsForOthers } from './held-messages.js';
import { sha256OfFile, type LoadHistory } from './load-history.js';

/** At most this many findings are spelled out in a quarantine reason (all of them are in `raw`). */
const REASON_FINDINGS = 8;

/** `GGM-W-<rule> <path>` for every error finding: the quarantine reason of an invalid message. */
export function quarantineReason(p: ParsedMessage, findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const what = p.record
    ? `${p.record.name} ${p.record.Header.BerichtIdentificatie.Identificatie}`
    : 'message';
  const listed = errors
    .slice(0, REASON_FINDINGS)
    .map((f) => `GGM-W-${f.rule} ${f.path}: ${f.message}`)
    .join('; ');
  const more = errors.length > REASON_FINDINGS ? ` (+${errors.length - REASON_FINDINGS} more)` : '';
  return `invalid ${what} (message ${p.index} of the file): ${listed}${more}`;
}

/**
 * An iWmo/iJw 3.2 file as a bronze source (format `istandaarden`). Every message is validated before any
 * of its lines is yielded: in itself (structure, content and in-message rules) and, given a `history`,
 * against the messages loaded before and the other files of the run (layer 4, `load-history.ts`). A
 * valid message becomes its lines (see `bronze-layout.ts`), an invalid one a single quarantine record
 * with the rule ids and paths of its errors, so a message is never half-loaded. Warnings (e.g. OP192, a
 * byte order mark) are counted in the batch's format.
 */
export async function openIstandaardenFile(
  file: string,
  options: {
    history?: LoadHistory;
    /** The file's hash and bytes when the loader has them already (read once, not again here). */
    sha256?: string;
    content?: Buffer;
  } = {},
): Promise<RecordSource> {
  const sha256 = options.sha256 ?? (await sha256OfFile(file));
  const label = basename(file);
  const format: Record<string, string | number | boolean> = { messages: 0, invalid: 0, warnings: 0 };
  return {
    columns: [...ISTANDAARDEN_COLUMNS],
    format,
    async *records(): AsyncIterable<SourceRecord[]> {
      let row = 0;
      for await (const p of readMessages(file, label, options.content)) {
        format['messages'] = Number(format['messages']) + 1;
        const history = options.history;
        const self = history?.arrive(sha256, p.index, label);
        const findings = validateParsed(p, history && self ? { store: history.store, self } : undefined);
        if (history && self && p.record && isValid(findings)) history.store.add(p.record, self);
        const warnings = findings.filter((f) => f.severity === 'warning');
        if (warnings.length > 0) {
          format['warnings'] = Number(format['warnings']) + warnings.length;
          format['firstWarning'] ??=
            `GGM-W-${warnings[0]!.rule} ${warnings[0]!.path}: ${warnings[0]!.message}`;
        }
        if (!p.record || !isValid(findings)) {
          format['invalid'] = Number(format['invalid']) + 1;
          const held = waitsForOthers(findings);
          if (held) format['held'] = Number(format['held'] ?? 0) + 1;
          row++;
          yield [
            {
              row,
              line: p.line,
              error: (held ? HELD : '') + quarantineReason(p, findings),
              raw: clipRaw(quarantineRaw(p.index, findings)),
            },
          ];
          continue;
        }
        const lines = messageRows(p.record, { file: label, sha256, index: p.index, envelope: p.envelope });
        yield lines.map((values) => ({ row: ++row, line: p.line, values }));
      }
    },
  };
}
