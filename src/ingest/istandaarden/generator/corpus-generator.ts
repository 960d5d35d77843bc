import type { IstandaardMessage, Message323, Message325, Prestatie } from '../message-types.js';
import { writeMessage } from '../message-writer.js';
import { buildClientChain, Ids, type ChainContext, type PendingPrestatie } from './client-chain.js';
import { AANBIEDERS, GEMEENTE, type Aanbieder } from './fictional-data.js';
import { base, batchFile, heenHeader, stufEnvelope, vecozoEnvelope } from './message-factory.js';
import { addDays, monthEnd, nextMonth, SeededRandom } from './seeded-random.js';

export interface CorpusOptions {
  seed: number;
  clients: number;
  /** First day of the simulated year (default 2025-01-01). */
  startDate?: string;
  /** Wrap some files in VECOZO SOAP / StUF-GGk envelopes (default true; off when batching). */
  envelopes?: boolean;
  /** Messages per file; above 1 the messages share a `<Berichten>` wrapper (default 1). */
  batchSize?: number;
}

export interface GeneratedFile {
  name: string;
  content: string;
  /** How many messages the file holds. */
  messages: number;
}

const CLIENTS_PER_ROUND = 250;

/**
 * A lazily generated, seeded corpus of valid message files for the fictional gemeente: per client the
 * chain 315 → 316 → 301 → 302 → 305 → 306 (→ 307 → 308 | 317 → 318 → 319 → 320), and per aanbieder and
 * month a 323 with its 325 (sometimes a credit 323). Pure: no clock, no I/O; the caller writes the files.
 */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedFile> {
  const batchSize = Math.max(1, options.batchSize ?? 1);
  const envelopes = (options.envelopes ?? true) && batchSize === 1;
  let seq = 0;
  let batch: IstandaardMessage[] = [];

  function* out(messages: IstandaardMessage[]): Generator<GeneratedFile> {
    for (const m of messages) {
      seq++;
      if (batchSize > 1) {
        batch.push(m);
        if (batch.length === batchSize) {
          yield {
            name: `batch-${String(seq).padStart(7, '0')}.xml`,
            content: batchFile(batch),
            messages: batch.length,
          };
          batch = [];
        }
        continue;
      }
      const name = `${String(seq).padStart(7, '0')}-${m.name}-${m.Header.BerichtIdentificatie.Identificatie}.xml`;
      const fromAanbieder = /^[0-9]{8}$/.test(m.Header.Afzender);
      let content: string;
      if (envelopes && seq % 25 === 0 && fromAanbieder) content = vecozoEnvelope(m, name);
      else if (envelopes && seq % 25 === 0) content = stufEnvelope(m, String(seq));
      else content = writeMessage(m);
      yield { name, content, messages: 1 };
    }
  }

  for (const m of generateMessages(options)) yield* out([m]);
  if (batch.length > 0)
    yield {
      name: `batch-${String(seq).padStart(7, '0')}.xml`,
      content: batchFile(batch),
      messages: batch.length,
    };
}

/**
 * The corpus as message objects, in file order: per round of clients their chains, then the round's
 * declarations. `generateCorpus` writes these; the demo reads the clients (BSN, birth date, address) from them.
 */
export function* generateMessages(options: CorpusOptions): Generator<IstandaardMessage> {
  const start = options.startDate ?? '2025-01-01';
  const ctx = newContext(options.seed, start);
  const rng = ctx.rng;
  const declarations = new DeclarationWriter(ctx);
  for (let first = 0; first < options.clients; first += CLIENTS_PER_ROUND) {
    const pending: PendingPrestatie[] = [];
    for (let n = first; n < Math.min(options.clients, first + CLIENTS_PER_ROUND); n++) {
      const aanbieder = AANBIEDERS[n % AANBIEDERS.length]!;
      const chainStart = addDays(start, rng.int(0, 240));
      const chain = buildClientChain(ctx, n + 1, aanbieder, chainStart);
      pending.push(...chain.prestaties);
      yield* chain.messages;
    }
    yield* declarations.write(pending);
  }
}

function newContext(seed: number, start: string): ChainContext {
  let nummer = 100_000;
  return {
    rng: new SeededRandom(seed),
    ids: new Ids(),
    nextNummer: () => ++nummer,
    horizon: addDays(start, 365),
  };
}

/** Groups prestaties per aanbieder and month into 323s and answers each with a 325. */
class DeclarationWriter {
  private readonly counters = new Map<string, number>();
  constructor(private readonly ctx: ChainContext) {}

  private next(agb: string, kind: string): number {
    const n = (this.counters.get(`${agb}|${kind}`) ?? 0) + 1;
    this.counters.set(`${agb}|${kind}`, n);
    return n;
  }

  write(pending: readonly PendingPrestatie[]): IstandaardMessage[] {
    const groups = new Map<string, PendingPrestatie[]>();
    for (const p of pending) {
      const key = `${p.aanbieder.agb}|${p.month}`;
      const list = groups.get(key);
      if (list) list.push(p);
      else groups.set(key, [p]);
    }
    const out: IstandaardMessage[] = [];
    for (const key of [...groups.keys()].sort()) {
      const list = groups.get(key)!;
      const aanbieder = list[0]!.aanbieder;
      const month = list[0]!.month;
      const lines = list.map((p) => ({
        bsn: p.bsn,
        prestatie: {
          ProductReferentie: { ReferentieNummer: this.referentie(aanbieder) },
          ...p.prestatie,
        } as Prestatie,
      }));
      const day = addDays(nextMonth(month), 4);
      const decl = this.declaratie(aanbieder, month, day, lines);
      out.push(decl, this.antwoord(decl, addDays(day, 7)));
      if (this.ctx.rng.chance(0.05)) {
        const credited = this.ctx.rng.pick(lines);
        const credit: Prestatie = {
          ...credited.prestatie,
          ProductReferentie: {
            ReferentieNummer: this.referentie(aanbieder),
            VorigReferentieNummer: credited.prestatie.ProductReferentie.ReferentieNummer,
          },
          IngediendBedrag: { ...credited.prestatie.IngediendBedrag, DebetCredit: 'C' },
        };
        const correction = this.declaratie(aanbieder, month, addDays(day, 20), [
          { bsn: credited.bsn, prestatie: credit },
        ]);
        out.push(correction, this.antwoord(correction, addDays(day, 27)));
      }
    }
    return out;
  }

  private referentie(aanbieder: Aanbieder): string {
    return `P${String(this.next(aanbieder.agb, 'ref')).padStart(9, '0')}`;
  }

  private declaratie(
    aanbieder: Aanbieder,
    month: string,
    day: string,
    lines: { bsn: string; prestatie: Prestatie }[],
  ): Message323 {
    const std = aanbieder.wet;
    const clients = new Map<string, Prestatie[]>();
    let total = 0;
    for (const { bsn, prestatie } of lines) {
      const list = clients.get(bsn);
      if (list) list.push(prestatie);
      else clients.set(bsn, [prestatie]);
      total +=
        (prestatie.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * prestatie.IngediendBedrag.Bedrag.value;
    }
    return {
      ...base(std, '323'),
      Header: heenHeader(
        std,
        '323',
        aanbieder.agb,
        GEMEENTE.code,
        this.ctx.ids.next(aanbieder.agb, '323'),
        day,
      ),
      Declaratie: {
        DeclaratieNummer: `D${String(this.next(aanbieder.agb, 'decl')).padStart(8, '0')}`,
        DeclaratiePeriode: { Begindatum: month, Einddatum: monthEnd(month) },
        DeclaratieDagtekening: day,
        TotaalIngediendBedrag: {
          TotaalBedrag: { value: Math.abs(total), unit: 'eurocent' },
          DebetCredit: total < 0 ? 'C' : 'D',
        },
        Clienten: { Client: [...clients].map(([Bsn, p]) => ({ Bsn, Prestaties: { Prestatie: p } })) },
      },
    };
  }

  /** The 325: only rejected prestaties are listed (TR342); about one in ten declarations has one. */
  private antwoord(decl: Message323, day: string): Message325 {
    const d = decl.Declaratie;
    const h = decl.Header;
    const reject =
      d.TotaalIngediendBedrag.DebetCredit === 'D' && this.ctx.rng.chance(0.1)
        ? d.Clienten.Client[0]
        : undefined;
    const rejected = reject?.Prestaties.Prestatie[0];
    const toegekend =
      d.TotaalIngediendBedrag.TotaalBedrag.value - (rejected?.IngediendBedrag.Bedrag.value ?? 0);
    return {
      ...base(decl.standard, '325'),
      Header: {
        ...heenHeader(
          decl.standard,
          '325',
          h.Ontvanger,
          h.Afzender,
          this.ctx.ids.next(h.Ontvanger, '325'),
          day,
        ),
        DeclaratieIdentificatie: { ...h.BerichtIdentificatie },
        XsdVersieDeclaratie: { ...h.XsdVersie },
        RetourCodes: { RetourCode: ['0200'] },
      },
      DeclaratieAntwoord: {
        DeclaratieNummer: d.DeclaratieNummer,
        TotaalIngediendBedrag: d.TotaalIngediendBedrag,
        TotaalToegekendBedrag: {
          TotaalBedrag: { value: toegekend, unit: 'eurocent' },
          DebetCredit: d.TotaalIngediendBedrag.DebetCredit,
        },
        ...(reject && rejected
          ? {
              Clienten: {
                Client: [
                  {
                    Bsn: reject.Bsn,
                    Prestaties: { Prestatie: [{ ...rejected, RetourCodes: { RetourCode: ['9322'] } }] },
                    RetourCodes: { RetourCode: ['0200'] },
                  },
                ],
              },
            }
          : {}),
        RetourCodes: { RetourCode: ['0200'] },
      },
    };
  }
}
