import type {
  IstandaardMessage,
  Message301,
  Message317,
  Message323,
  Message325,
  ToegewezenProduct,
} from '../message-types.js';
import {
  arrivedBefore,
  type MessageHistory,
  type MessageRef,
  type StoredStartStop,
  type StoredToewijzing,
} from './message-history.js';
import { daysBetween, idx, once, type Reporter } from './rule-support.js';

/**
 * The TR rules that need other messages (§8 "TR needing stored state"), as pure functions over a
 * `MessageHistory`. Facts from the message itself (same `ref.id`) are left out, so the result does not
 * depend on whether the message was already stored. Rules that need something to exist (TR019, TR338 …)
 * look at every other message, so the order messages arrived in does not matter (OP080); rules that
 * forbid a second use (TR056, TR314, TR332, TR333, TR347, TR326, TR369) count only the messages that
 * arrived before (`arrivedBefore`), so of two clashing messages loaded together the first is accepted.
 */
export function checkHistory(
  message: IstandaardMessage,
  self: MessageRef,
  history: MessageHistory,
  r: Reporter,
): void {
  const h = message.Header;
  const others = history
    .messagesWithIdentification(h.Afzender, h.BerichtCode, h.BerichtIdentificatie.Identificatie)
    .filter((ref) => arrivedBefore(ref, self));
  if (others.length > 0) {
    r.report(
      'TR056',
      '/Bericht/Header/BerichtIdentificatie/Identificatie',
      `Identificatie ${h.BerichtIdentificatie.Identificatie} is already used by ${h.Afzender} for this message type (${describe(others[0]!)})`,
      '9056',
    );
  }
  switch (message.messageType) {
    case '301':
      return check301(message, self, history, r);
    case '305':
    case '307':
      return checkStartStop(message, self, history, r);
    case '315':
      message.Client.AangevraagdeProducten.AangevraagdProduct.forEach((p, i) => {
        const used = history
          .verzoeken(h.Afzender, message.standard, p.ReferentieAanbieder)
          .filter((ref) => arrivedBefore(ref, self));
        if (used.length > 0) {
          r.report(
            'TR347',
            `${idx('/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct', i)}/ReferentieAanbieder`,
            `ReferentieAanbieder ${p.ReferentieAanbieder} was used before (${describe(used[0]!)})`,
            '9347',
          );
        }
      });
      return;
    case '323':
      return check323(message, self, history, r);
    case '317':
      return check317(message, history, r);
    case '325':
      return check325(message, self, history, r);
    default:
      return;
  }
}

const describe = (ref: MessageRef) => ref.file ?? ref.id;

/** The current version of a toewijzing: the latest by Toewijzingsdatum + Toewijzingstijd (IV013). */
export function currentToewijzing(
  versions: readonly StoredToewijzing[],
  keep: (t: StoredToewijzing) => boolean = () => true,
): StoredToewijzing | undefined {
  let best: StoredToewijzing | undefined;
  for (const v of versions) {
    if (!keep(v)) continue;
    if (!best) best = v;
    else {
      const a = v.product;
      const b = best.product;
      if (
        a.Toewijzingsdatum > b.Toewijzingsdatum ||
        (a.Toewijzingsdatum === b.Toewijzingsdatum && a.Toewijzingstijd > b.Toewijzingstijd)
      )
        best = v;
    }
  }
  return best;
}

function check301(message: Message301, self: MessageRef, history: MessageHistory, r: Reporter): void {
  const h = message.Header;
  message.Client.ToegewezenProducten.ToegewezenProduct.forEach((p, i) => {
    const clash = history
      .toewijzingen(h.Afzender, message.standard, p.ToewijzingNummer)
      .find(
        (t) => arrivedBefore(t.ref, self) && (t.bsn !== message.Client.Bsn || t.aanbieder !== h.Ontvanger),
      );
    if (clash) {
      r.report(
        'TR332',
        `${idx('/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct', i)}/ToewijzingNummer`,
        `ToewijzingNummer ${p.ToewijzingNummer} already belongs to another client or aanbieder (${describe(clash.ref)})`,
        '9332',
      );
    }
  });
}

function checkStartStop(
  message: IstandaardMessage & { messageType: '305' | '307' },
  self: MessageRef,
  history: MessageHistory,
  r: Reporter,
): void {
  const h = message.Header;
  const bsn = message.Client.Bsn;
  const lines =
    message.messageType === '305'
      ? message.Client.StartProducten.StartProduct
      : message.Client.StopProducten.StopProduct;
  const base =
    message.messageType === '305' ? '/Bericht/Client/StartProducten' : '/Bericht/Client/StopProducten';
  const item = message.messageType === '305' ? 'StartProduct' : 'StopProduct';
  lines.forEach((line, i) => {
    const path = once(() => idx(base, item, i));
    if (line.ToewijzingNummer !== undefined) {
      const known = history
        .toewijzingen(h.Ontvanger, message.standard, line.ToewijzingNummer)
        .some((t) => t.bsn === bsn && t.aanbieder === h.Afzender);
      if (!known) {
        r.report(
          'TR019',
          `${path()}/ToewijzingNummer`,
          `no toewijzing ${line.ToewijzingNummer} for this client and aanbieder is known`,
          '9019',
        );
      }
    }
    if (
      message.messageType === '305' &&
      line.StatusAanlevering === '1' &&
      line.ToewijzingNummer !== undefined
    ) {
      const open = openStarts(
        history.startStops(h.Afzender, message.standard, bsn, line.ToewijzingNummer),
        self,
      );
      const other = open.find((b) => b !== line.Begindatum);
      if (other) {
        r.report(
          'TR326',
          `${path()}/Begindatum`,
          `toewijzing ${line.ToewijzingNummer} already has a start on ${other} without a stop`,
          '9326',
        );
      }
    }
    if (line.StatusAanlevering === '3') {
      const kind = message.messageType === '305' ? 'start' : 'stop';
      const earlier = history
        .startStops(h.Afzender, message.standard, bsn, line.ToewijzingNummer)
        .some(
          (s) =>
            s.ref.id !== self.id &&
            s.kind === kind &&
            s.line.Begindatum === line.Begindatum &&
            s.line.StatusAanlevering === '1',
        );
      if (!earlier) {
        r.report(
          'TR063',
          `${path()}/StatusAanlevering`,
          `there is no earlier ${kind} line with Begindatum ${line.Begindatum} to delete`,
          '9063',
        );
      }
    }
  });
}

function check323(message: Message323, self: MessageRef, history: MessageHistory, r: Reporter): void {
  const h = message.Header;
  const wet = message.standard;
  const d = message.Declaratie;
  const agb = h.Afzender;
  const gemeente = h.Ontvanger;
  if (history.declaratiesByNummer(agb, wet, d.DeclaratieNummer).some((x) => arrivedBefore(x.ref, self))) {
    r.report(
      'TR333',
      '/Bericht/Declaratie/DeclaratieNummer',
      `DeclaratieNummer ${d.DeclaratieNummer} was used before`,
      '9333',
    );
  }
  const budgetChecked = new Set<number>();
  d.Clienten.Client.forEach((c, ci) => {
    const cpath = once(() => idx('/Bericht/Declaratie/Clienten', 'Client', ci));
    c.Prestaties.Prestatie.forEach((p, pi) => {
      const path = once(() => idx(`${cpath()}/Prestaties`, 'Prestatie', pi));
      const ref = p.ProductReferentie;
      const earlier = history.prestatiesByReferentie(agb, wet, ref.ReferentieNummer);
      if (earlier.some((x) => arrivedBefore(x.ref, self))) {
        r.report(
          'TR314',
          `${path()}/ProductReferentie/ReferentieNummer`,
          `ReferentieNummer ${ref.ReferentieNummer} was used before`,
          '8021',
        );
      }
      if (ref.VorigReferentieNummer !== undefined) {
        const debet = history
          .prestatiesByReferentie(agb, wet, ref.VorigReferentieNummer)
          .some((x) => x.ref.id !== self.id && x.prestatie.IngediendBedrag.DebetCredit === 'D');
        if (!debet) {
          r.report(
            'TR323',
            `${path()}/ProductReferentie/VorigReferentieNummer`,
            `no earlier debet ${ref.VorigReferentieNummer} to credit`,
            '8017',
          );
        }
      }
      const current = currentToewijzing(
        history.toewijzingen(gemeente, wet, p.ToewijzingNummer),
        (t) => t.bsn === c.Bsn && t.aanbieder === agb,
      );
      if (!current) {
        r.report(
          'TR338',
          `${path()}/ToewijzingNummer`,
          `no toewijzing ${p.ToewijzingNummer} for this client and aanbieder`,
          '9338',
        );
        return;
      }
      checkAgainstToewijzing(p, current.product, path, r);
      if (current.product.Budget && !budgetChecked.has(p.ToewijzingNummer)) {
        budgetChecked.add(p.ToewijzingNummer);
        checkBudget(message, self, history, p.ToewijzingNummer, current.product, path, r);
      }
    });
  });
}

function checkAgainstToewijzing(
  p: Message323['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number],
  t: ToegewezenProduct,
  path: () => string,
  r: Reporter,
): void {
  if (t.Product && t.Product.Categorie !== p.ProductCategorie) {
    r.report(
      'TR339',
      `${path()}/ProductCategorie`,
      `the toewijzing is for category ${t.Product.Categorie}, not ${p.ProductCategorie}`,
      '9339',
    );
  }
  if (t.Product?.Code !== undefined && t.Product.Code !== p.ProductCode) {
    r.report(
      'TR340',
      `${path()}/ProductCode`,
      `the toewijzing is for product ${t.Product.Code}, not ${p.ProductCode}`,
      '9340',
    );
  }
  if (p.ProductPeriode.Begindatum < t.Ingangsdatum) {
    r.report(
      'TR307',
      `${path()}/ProductPeriode/Begindatum`,
      `the prestatie starts before the toewijzing (${t.Ingangsdatum})`,
      '9307',
    );
  }
  if (t.Einddatum !== undefined && p.ProductPeriode.Einddatum > t.Einddatum) {
    r.report(
      'TR308',
      `${path()}/ProductPeriode/Einddatum`,
      `the prestatie ends after the toewijzing (${t.Einddatum})`,
      '9308',
    );
  }
  const o = t.Omvang;
  if (!o) return;
  if (o.Eenheid !== p.Eenheid) {
    r.report(
      'TR321',
      `${path()}/Eenheid`,
      `the toewijzing is in Eenheid ${o.Eenheid}, not ${p.Eenheid}`,
      '9321',
    );
    return;
  }
  const max = maxVolume(o.Volume, o.Frequentie, p.ProductPeriode.Begindatum, p.ProductPeriode.Einddatum);
  if (max !== undefined && p.GeleverdVolume > max) {
    r.report(
      'TR322',
      `${path()}/GeleverdVolume`,
      `GeleverdVolume ${p.GeleverdVolume} exceeds the ${max} the toewijzing allows for this period`,
      '9322',
    );
  }
}

/** The volume a toewijzing allows for one product period, by Frequentie (1 day, 2 week, 4 month, 6 total). */
export function maxVolume(
  volume: number,
  frequentie: string,
  begin: string,
  end: string,
): number | undefined {
  const days = daysBetween(begin, end) + 1;
  switch (frequentie) {
    case '1':
      return volume * days;
    case '2':
      return volume * Math.ceil(days / 7);
    case '4':
      return volume;
    case '6':
      return volume;
    default:
      return undefined;
  }
}

/** TR369: the signed sum of everything declared on a budget toewijzing stays within its Budget. */
function checkBudget(
  message: Message323,
  self: MessageRef,
  history: MessageHistory,
  nummer: number,
  t: ToegewezenProduct,
  path: () => string,
  r: Reporter,
): void {
  const signed = (p: { IngediendBedrag: { Bedrag: { value: number }; DebetCredit: string } }) =>
    p.IngediendBedrag.DebetCredit === 'C' ? -p.IngediendBedrag.Bedrag.value : p.IngediendBedrag.Bedrag.value;
  let total = 0;
  for (const x of history.prestatiesByToewijzing(message.Header.Ontvanger, message.standard, nummer)) {
    if (arrivedBefore(x.ref, self)) total += signed(x.prestatie);
  }
  for (const c of message.Declaratie.Clienten.Client) {
    for (const p of c.Prestaties.Prestatie) if (p.ToewijzingNummer === nummer) total += signed(p);
  }
  if (total > t.Budget!.value) {
    r.report(
      'TR369',
      `${path()}/IngediendBedrag/Bedrag`,
      `declared ${total} eurocents in total on toewijzing ${nummer}, more than its Budget ${t.Budget!.value}`,
      '9369',
    );
  }
}

function check325(message: Message325, _self: MessageRef, history: MessageHistory, r: Reporter): void {
  const h = message.Header;
  const decl = history.declaratiesByIdentificatie(
    h.Ontvanger,
    message.standard,
    h.DeclaratieIdentificatie.Identificatie,
  );
  if (decl.length === 0) {
    r.report(
      'TR366',
      '/Bericht/Header/DeclaratieIdentificatie/Identificatie',
      `no declaratie ${h.DeclaratieIdentificatie.Identificatie} from ${h.Ontvanger} is known`,
      '9366',
    );
    return;
  }
  const a = message.DeclaratieAntwoord;
  if (!a) return;
  const id = h.DeclaratieIdentificatie.Identificatie;
  const inDeclaratie = (ref: string) =>
    history.prestatiesByReferentie(h.Ontvanger, message.standard, ref).some((x) => x.identificatie === id);
  a.Clienten?.Client.forEach((c, ci) =>
    c.Prestaties.Prestatie.forEach((p, pi) => {
      if (!inDeclaratie(p.ProductReferentie.ReferentieNummer)) {
        const path = once(() =>
          idx(`${idx('/Bericht/DeclaratieAntwoord/Clienten', 'Client', ci)}/Prestaties`, 'Prestatie', pi),
        );
        r.report(
          'TR367',
          `${path()}/ProductReferentie/ReferentieNummer`,
          `prestatie ${p.ProductReferentie.ReferentieNummer} is not in the declaratie`,
          '9367',
        );
      }
    }),
  );
}

/**
 * A VOW (317) against the stored toewijzingen of the client at this aanbieder: TR349 every current one is
 * listed (unchanged or to change); TR411/TR412 a change has Omvang exactly when the toewijzing has a Code;
 * TR357 a change that starts on or before the Dagtekening keeps the toewijzing's Ingangsdatum.
 */
function check317(message: Message317, history: MessageHistory, r: Reporter): void {
  const h = message.Header;
  const v = message.Client.Verzoek;
  const base = '/Bericht/Client/Verzoek';
  const versions = history
    .toewijzingenOfClient(h.Ontvanger, message.standard, message.Client.Bsn)
    .filter((t) => t.aanbieder === h.Afzender);
  const byNummer = new Map<number, StoredToewijzing[]>();
  for (const t of versions) {
    const list = byNummer.get(t.product.ToewijzingNummer);
    if (list) list.push(t);
    else byNummer.set(t.product.ToewijzingNummer, [t]);
  }
  const listed = new Set<number>([
    ...(v.OngewijzigdeProducten?.OngewijzigdProduct.map((p) => p.ToewijzingNummer) ?? []),
    ...(v.TeWijzigenProducten?.TeWijzigenProduct.map((p) => p.ToewijzingNummer) ?? []),
  ]);
  const dagtekening = h.BerichtIdentificatie.Dagtekening;
  for (const [nummer, list] of byNummer) {
    const t = currentToewijzing(list)!.product;
    const current = t.RedenWijziging !== '13' && (t.Einddatum === undefined || t.Einddatum >= dagtekening);
    if (current && !listed.has(nummer)) {
      const message = `current toewijzing ${nummer} is not listed as unchanged or to change`;
      r.report('TR349', base, message, '9349');
    }
  }
  v.TeWijzigenProducten?.TeWijzigenProduct.forEach((p, i) => {
    const t = currentToewijzing(byNummer.get(p.ToewijzingNummer) ?? [])?.product;
    if (!t) return;
    const at = idx(`${base}/TeWijzigenProducten`, 'TeWijzigenProduct', i);
    const path = () => `${at}/Omvang`;
    if (p.GewensteIngangsdatum <= dagtekening && p.GewensteIngangsdatum !== t.Ingangsdatum) {
      r.report(
        'TR357',
        `${at}/GewensteIngangsdatum`,
        `GewensteIngangsdatum ${p.GewensteIngangsdatum} is not after Dagtekening ${dagtekening}, so it must be the Ingangsdatum ${t.Ingangsdatum} of toewijzing ${p.ToewijzingNummer}`,
        '9357',
      );
    }
    if (t.Product?.Code !== undefined && !p.Omvang) {
      r.report(
        'TR411',
        path(),
        `toewijzing ${p.ToewijzingNummer} has product code ${t.Product.Code}, so Omvang is required`,
        '9411',
      );
    }
    if (t.Product?.Code === undefined && p.Omvang) {
      r.report(
        'TR412',
        path(),
        `toewijzing ${p.ToewijzingNummer} has no product code, so Omvang stays empty`,
        '9412',
      );
    }
  });
}

/**
 * Begindatums of starts (not deleted) that no stop closes (TR326): starts that arrived before, closed or
 * deleted by any other message (a stop that arrives later still closes the interval).
 */
function openStarts(lines: readonly StoredStartStop[], self: MessageRef): string[] {
  const others = lines.filter((s) => s.ref.id !== self.id);
  const key = (s: StoredStartStop, status: string) => s.line.StatusAanlevering === status;
  const deleted = new Set(
    others.filter((s) => s.kind === 'start' && key(s, '3')).map((s) => s.line.Begindatum),
  );
  const stopped = new Set(
    others.filter((s) => s.kind === 'stop' && key(s, '1')).map((s) => s.line.Begindatum),
  );
  return others
    .filter((s) => s.kind === 'start' && key(s, '1') && arrivedBefore(s.ref, self))
    .map((s) => s.line.Begindatum)
    .filter((b) => !deleted.has(b) && !stopped.has(b));
}
