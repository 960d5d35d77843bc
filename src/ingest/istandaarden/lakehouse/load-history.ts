import type { Row, SqlSession } from '../../../engines/engine.js';
import { qualifiedName } from '../../../engines/sql-text.js';
import { bronzeTable } from '../../bronze/bronze-table.js';
import { hashFile } from '../../bronze/file-hash.js';
import type { Standard } from '../message-catalog.js';
import type { Prestatie, StartProduct, StopProduct, ToegewezenProduct } from '../message-types.js';
import { InMemoryMessageHistory, type MessageRef } from '../rules/message-history.js';

/**
 * The history the rules of layer 4 read while a run loads messages: every message already in bronze
 * (`seq` 0), then each message of the run as it is loaded (`seq` 1, 2 …, in load order). Rules that
 * forbid a second use count only what arrived before (`arrivedBefore`); a message that needs one still
 * to come is held and tried again once the run's files are loaded (`held-messages.ts`), so within a run
 * the order of the files carries no meaning (OP080).
 */
export interface LoadHistory {
  store: InMemoryMessageHistory;
  /** The next arrival: the reference a message of this run is validated and stored under. */
  arrive(sha256: string, index: number, file: string): MessageRef;
  /** Messages read from bronze. */
  bronze: number;
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
  for await (const rows of session.stream(HISTORY_SQL(qualifiedName(session.dialect, table)), [], 5000)) {
    for (const row of rows) messages += addLine(store, row, seen);
  }
  return messages;
}

/** The load history of one `istandaarden` source, filled from its bronze table. */
export async function buildLoadHistory(session: SqlSession, source: string): Promise<LoadHistory> {
  const store = new InMemoryMessageHistory();
  const bronze = await addBronze(session, source, store);
  let seq = 0;
  return {
    store,
    bronze,
    arrive: (sha256, index, file) => ({ id: messageId(sha256, index), file, seq: ++seq }),
  };
}
