import type { Standard } from '../message-catalog.js';
import type {
  IstandaardMessage,
  Prestatie,
  StartProduct,
  StopProduct,
  ToegewezenProduct,
} from '../message-types.js';

/**
 * What the history rules may ask about earlier (or other) messages. Every fact carries the `ref` of the
 * message it came from, so a rule can leave the message under validation out. The lakehouse implements
 * this over stored messages; `InMemoryMessageHistory` serves tests and the CLI's directory mode.
 */
export interface MessageRef {
  /** Unique per stored message (e.g. file#index). */
  id: string;
  file?: string;
  /**
   * Arrival order, where there is one (the lakehouse: what bronze holds, then the files of a run in
   * order). Rules that forbid a second use of something (an identification, a number, a second open
   * start) count only messages that arrived before; rules that need something to exist count all.
   * Without `seq` (a folder validated as a whole) every other message counts both ways.
   */
  seq?: number;
}

/** Whether `ref` is another message that arrived before `self` (or, without an order, any other). */
export function arrivedBefore(ref: MessageRef, self: MessageRef): boolean {
  if (ref.id === self.id) return false;
  return ref.seq === undefined || self.seq === undefined || ref.seq < self.seq;
}

export interface StoredToewijzing {
  ref: MessageRef;
  gemeente: string;
  aanbieder: string;
  wet: Standard;
  bsn: string;
  product: ToegewezenProduct;
}
export interface StoredStartStop {
  ref: MessageRef;
  kind: 'start' | 'stop';
  aanbieder: string;
  gemeente: string;
  wet: Standard;
  bsn: string;
  line: StartProduct | StopProduct;
}
export interface StoredPrestatie {
  ref: MessageRef;
  aanbieder: string;
  gemeente: string;
  wet: Standard;
  bsn: string;
  declaratieNummer: string;
  /** Identificatie of the 323 that declared it (what a 325 refers to). */
  identificatie: string;
  prestatie: Prestatie;
}
/** A 323 by its keys only; its prestaties are stored one by one (a history need not keep whole messages). */
export interface StoredDeclaratie {
  ref: MessageRef;
  aanbieder: string;
  gemeente: string;
  wet: Standard;
  identificatie: string;
  declaratieNummer: string;
}

export interface MessageHistory {
  /** Messages with this (Afzender, BerichtCode, Identificatie), TR056. */
  messagesWithIdentification(sender: string, berichtCode: number, identificatie: string): MessageRef[];
  /** Every version of a toewijzing (each 301 that carries it), TR019/TR332/TR307. */
  toewijzingen(gemeente: string, wet: Standard, toewijzingNummer: number): readonly StoredToewijzing[];
  startStops(
    aanbieder: string,
    wet: Standard,
    bsn: string,
    toewijzingNummer: number | undefined,
  ): StoredStartStop[];
  prestatiesByReferentie(
    aanbieder: string,
    wet: Standard,
    referentieNummer: string,
  ): readonly StoredPrestatie[];
  prestatiesByToewijzing(
    gemeente: string,
    wet: Standard,
    toewijzingNummer: number,
  ): readonly StoredPrestatie[];
  declaratiesByNummer(aanbieder: string, wet: Standard, declaratieNummer: string): StoredDeclaratie[];
  declaratiesByIdentificatie(aanbieder: string, wet: Standard, identificatie: string): StoredDeclaratie[];
  /** Every toewijzing version the gemeente sent for this client (TR349). */
  toewijzingenOfClient(gemeente: string, wet: Standard, bsn: string): readonly StoredToewijzing[];
  /** 315 requests with this ReferentieAanbieder, TR347. */
  verzoeken(aanbieder: string, wet: Standard, referentieAanbieder: string): MessageRef[];
}

/** The entries that match; the stored list itself when all do (the usual case), so lookups rarely allocate. */
function matching<T>(all: readonly T[], keep: (t: T) => boolean): readonly T[] {
  return all.every(keep) ? all : all.filter(keep);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes whole messages in memory by the natural keys of §9. */
export class InMemoryMessageHistory implements MessageHistory {
  private readonly ids = new Map<string, MessageRef[]>();
  // the hot indexes are keyed by the most selective value only and filtered on lookup (cheaper than
  // building a composite string key for every prestatie)
  private readonly toew = new Map<number, StoredToewijzing[]>();
  private readonly starts = new Map<string, StoredStartStop[]>();
  private readonly prestRef = new Map<string, StoredPrestatie[]>();
  private readonly prestToew = new Map<number, StoredPrestatie[]>();
  private readonly declNr = new Map<string, StoredDeclaratie[]>();
  private readonly declId = new Map<string, StoredDeclaratie[]>();
  private readonly vot = new Map<string, MessageRef[]>();
  private readonly toewByBsn = new Map<string, StoredToewijzing[]>();
  size = 0;

  add(message: IstandaardMessage, ref: MessageRef): void {
    this.size++;
    const h = message.Header;
    const wet = message.standard;
    this.addIdentification(h.Afzender, h.BerichtCode, h.BerichtIdentificatie.Identificatie, ref);
    switch (message.messageType) {
      case '301':
        for (const product of message.Client.ToegewezenProducten.ToegewezenProduct) {
          this.addToewijzing({
            ref,
            gemeente: h.Afzender,
            aanbieder: h.Ontvanger,
            wet,
            bsn: message.Client.Bsn,
            product,
          });
        }
        return;
      case '305':
      case '307': {
        const lines: (StartProduct | StopProduct)[] =
          message.messageType === '305'
            ? message.Client.StartProducten.StartProduct
            : message.Client.StopProducten.StopProduct;
        const kind = message.messageType === '305' ? 'start' : 'stop';
        for (const line of lines) {
          this.addStartStop({
            ref,
            kind,
            aanbieder: h.Afzender,
            gemeente: h.Ontvanger,
            wet,
            bsn: message.Client.Bsn,
            line,
          });
        }
        return;
      }
      case '315':
        for (const p of message.Client.AangevraagdeProducten.AangevraagdProduct) {
          this.addVerzoek(h.Afzender, wet, p.ReferentieAanbieder, ref);
        }
        return;
      case '323': {
        const d = message.Declaratie;
        const declaratie: StoredDeclaratie = {
          ref,
          aanbieder: h.Afzender,
          gemeente: h.Ontvanger,
          wet,
          identificatie: h.BerichtIdentificatie.Identificatie,
          declaratieNummer: d.DeclaratieNummer,
        };
        this.addDeclaratie(declaratie);
        for (const c of d.Clienten.Client) {
          for (const prestatie of c.Prestaties.Prestatie) {
            this.addPrestatie({
              ref,
              aanbieder: h.Afzender,
              gemeente: h.Ontvanger,
              wet,
              bsn: c.Bsn,
              declaratieNummer: d.DeclaratieNummer,
              identificatie: declaratie.identificatie,
              prestatie,
            });
          }
        }
        return;
      }
      default:
        return;
    }
  }

  // Fact by fact: `add` uses these for a whole message, the lakehouse for the lines bronze keeps.
  addIdentification(sender: string, berichtCode: number, identificatie: string, ref: MessageRef): void {
    push(this.ids, `${sender}|${berichtCode}|${identificatie}`, ref);
  }
  addToewijzing(stored: StoredToewijzing): void {
    push(this.toew, stored.product.ToewijzingNummer, stored);
    push(this.toewByBsn, stored.bsn, stored);
  }
  addStartStop(stored: StoredStartStop): void {
    const nummer = stored.line.ToewijzingNummer ?? '';
    push(this.starts, `${stored.aanbieder}|${stored.wet}|${stored.bsn}|${nummer}`, stored);
  }
  addVerzoek(aanbieder: string, wet: Standard, referentieAanbieder: string, ref: MessageRef): void {
    push(this.vot, `${aanbieder}|${wet}|${referentieAanbieder}`, ref);
  }
  addDeclaratie(stored: StoredDeclaratie): void {
    push(this.declNr, `${stored.aanbieder}|${stored.wet}|${stored.declaratieNummer}`, stored);
    push(this.declId, `${stored.aanbieder}|${stored.wet}|${stored.identificatie}`, stored);
  }
  addPrestatie(stored: StoredPrestatie): void {
    push(this.prestRef, stored.prestatie.ProductReferentie.ReferentieNummer, stored);
    push(this.prestToew, stored.prestatie.ToewijzingNummer, stored);
  }

  messagesWithIdentification(sender: string, berichtCode: number, identificatie: string): MessageRef[] {
    return this.ids.get(`${sender}|${berichtCode}|${identificatie}`) ?? [];
  }
  toewijzingen(gemeente: string, wet: Standard, nummer: number): readonly StoredToewijzing[] {
    const all = this.toew.get(nummer);
    return all ? matching(all, (t) => t.gemeente === gemeente && t.wet === wet) : [];
  }
  startStops(aanbieder: string, wet: Standard, bsn: string, nummer: number | undefined): StoredStartStop[] {
    return this.starts.get(`${aanbieder}|${wet}|${bsn}|${nummer ?? ''}`) ?? [];
  }
  prestatiesByReferentie(
    aanbieder: string,
    wet: Standard,
    referentieNummer: string,
  ): readonly StoredPrestatie[] {
    const all = this.prestRef.get(referentieNummer);
    return all ? matching(all, (p) => p.aanbieder === aanbieder && p.wet === wet) : [];
  }
  prestatiesByToewijzing(gemeente: string, wet: Standard, nummer: number): readonly StoredPrestatie[] {
    const all = this.prestToew.get(nummer);
    return all ? matching(all, (p) => p.gemeente === gemeente && p.wet === wet) : [];
  }
  declaratiesByNummer(aanbieder: string, wet: Standard, declaratieNummer: string): StoredDeclaratie[] {
    return this.declNr.get(`${aanbieder}|${wet}|${declaratieNummer}`) ?? [];
  }
  declaratiesByIdentificatie(aanbieder: string, wet: Standard, identificatie: string): StoredDeclaratie[] {
    return this.declId.get(`${aanbieder}|${wet}|${identificatie}`) ?? [];
  }
  toewijzingenOfClient(gemeente: string, wet: Standard, bsn: string): readonly StoredToewijzing[] {
    const all = this.toewByBsn.get(bsn);
    return all ? matching(all, (t) => t.gemeente === gemeente && t.wet === wet) : [];
  }
  verzoeken(aanbieder: string, wet: Standard, referentieAanbieder: string): MessageRef[] {
    return this.vot.get(`${aanbieder}|${wet}|${referentieAanbieder}`) ?? [];
  }
}
