import { basename } from 'node:path';
import type { Row, SqlSession } from '../../../engines/engine.js';
import { qualifiedName } from '../../../engines/sql-text.js';
import { bronzeTable } from '../../bronze/bronze-table.js';
import { hashFile } from '../../bronze/file-hash.js';
import type { Standard } from '../message-catalog.js';
import { readMessages } from '../message-reader.js';
import type { Prestatie, StartProduct, StopProduct, ToegewezenProduct } from '../message-types.js';
import { InMemoryMessageHistory, type MessageRef } from '../rules/message-history.js';
import { isValid, validateParsed } from '../validate-message.js';
import { readHeld, type HeldMessage } from './held-messages.js';

/**
 * The history the rules of layer 4 read while a run loads messages: every message already in bronze
 * (arrived first, `seq` 0), then every message of the run's new files in load order (`seq` 1, 2 …).
 * A message is validated against all of it, so a 305 finds its 301 whether that came in an earlier
 * run or in a later file of this one (OP080), while a second use of a number clashes only with what
 * arrived before it (see `arrivedBefore`).
 */
export interface LoadHistory {
  store: InMemoryMessageHistory;
  /** The reference of a message of this run by file hash and index in the file. */
  refOf(sha256: string, index: number, file: string): MessageRef;
  /** Messages read from bronze and from the run's files. */
  stored: { bronze: number; run: number };
}

export const messageId = (sha256: string, index: number) => `${sha256}#${index}`;

export const sha256OfFile = async (file: string): Promise<string> => (await hashFile(file)).sha256;

/** The columns a history needs; `regel_json` only for the lines whose parsed content a rule reads. */
const HISTORY_SQL = (table: string) =>
  `SELECT standaard, regel_soort, berichtcode, afzender, ontvanger, identificatie, bsn,
     referentie_aanbieder, declaratie_nummer, bestand, bestand_sha256, bericht_index,
     CASE WHEN regel_soort IN ('toewijzing', 'start', 'stop', 'prestatie') THEN regel_json END AS regel_json
   FROM ${table}`;

const text = (row: Row, column: string): string => String(row[column] ?? '');

/** Adds one bronze line to the history (the message's identification once per message). */
function addLine(store: InMemoryMessageHistory, row: Row, seen: Set<string>): number {
  const ref: MessageRef = {
    id: messageId(text(row, 'bestand_sha256'), Number(row['bericht_index'])),
    file: text(row, 'bestand'),
    seq: 0,
  };
  const wet = text(row, 'standaard') as Standard;
  const afzender = text(row, 'afzender');
  const ontvanger = text(row, 'ontvanger');
  const bsn = text(row, 'bsn');
  const identificatie = text(row, 'identificatie');
  const first = !seen.has(ref.id);
  if (first) {
    seen.add(ref.id);
    store.addIdentification(afzender, Number(row['berichtcode']), identificatie, ref);
  }
  const json = () => JSON.parse(text(row, 'regel_json')) as unknown;
  switch (text(row, 'regel_soort')) {
    case 'toewijzing':
      store.addToewijzing({
        ref,
        gemeente: afzender,
        aanbieder: ontvanger,
        wet,
        bsn,
        product: json() as ToegewezenProduct,
      });
      break;
    case 'start':
    case 'stop':
      store.addStartStop({
        ref,
        kind: text(row, 'regel_soort') as 'start' | 'stop',
        aanbieder: afzender,
        gemeente: ontvanger,
        wet,
        bsn,
        line: json() as StartProduct | StopProduct,
      });
      break;
    case 'aanvraag':
      store.addVerzoek(afzender, wet, text(row, 'referentie_aanbieder'), ref);
      break;
    case 'prestatie': {
      const declaratieNummer = text(row, 'declaratie_nummer');
      const keys = { ref, aanbieder: afzender, gemeente: ontvanger, wet, identificatie, declaratieNummer };
      if (first) store.addDeclaratie(keys);
      store.addPrestatie({ ...keys, bsn, prestatie: json() as Prestatie });
      break;
    }
  }
  return first ? 1 : 0;
}

/** Loads what bronze holds of this source into a history (nothing when the table does not exist yet). */
async function addBronze(session: SqlSession, source: string, store: InMemoryMessageHistory) {
  const table = bronzeTable(source);
  if (!(await session.describeTable(table))) return 0;
  const seen = new Set<string>();
  let messages = 0;
  for await (const rows of session.stream(HISTORY_SQL(qualifiedName(table)), [], 5000)) {
    for (const row of rows) messages += addLine(store, row, seen);
  }
  return messages;
}

/**
 * Builds the load history of one `istandaarden` source: bronze, then the held messages (they arrived
 * before this run's files, see `held-messages.ts`), then a first pass over the files this run will load
 * (files whose content is already loaded are left out: their messages are in bronze).
 * The first pass reads each file once more than the load itself; only messages valid in themselves
 * (layers 1–3) become history.
 */
export async function buildLoadHistory(
  session: SqlSession,
  source: string,
  files: readonly string[],
  loadedSha256: ReadonlySet<string>,
  held: readonly HeldMessage[] = [],
): Promise<LoadHistory> {
  const store = new InMemoryMessageHistory();
  const bronze = await addBronze(session, source, store);
  const seqs = new Map<string, number>();
  for await (const { held: h, parsed: p } of readHeld(held)) {
    if (!p.record || !isValid(validateParsed(p))) continue;
    const ref: MessageRef = { id: messageId(h.sha256, h.index), file: p.file, seq: seqs.size + 1 };
    seqs.set(ref.id, ref.seq!);
    store.add(p.record, ref);
  }
  const seenFiles = new Set<string>(loadedSha256);
  for (const file of files) {
    let sha256: string;
    try {
      sha256 = await sha256OfFile(file);
    } catch {
      continue; // unreadable: the load itself reports it
    }
    if (seenFiles.has(sha256)) continue;
    seenFiles.add(sha256);
    for await (const p of readMessages(file, basename(file))) {
      if (!p.record || !isValid(validateParsed(p))) continue;
      const ref: MessageRef = { id: messageId(sha256, p.index), file: p.file, seq: seqs.size + 1 };
      seqs.set(ref.id, ref.seq!);
      store.add(p.record, ref);
    }
  }
  return {
    store,
    stored: { bronze, run: seqs.size },
    refOf: (sha256, index, file) => {
      const id = messageId(sha256, index);
      // a message the first pass did not see (a file changed in between) comes after all others
      return { id, file, seq: seqs.get(id) ?? Number.MAX_SAFE_INTEGER };
    },
  };
}
