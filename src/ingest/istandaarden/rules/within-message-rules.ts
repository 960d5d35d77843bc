import type {
  Contact,
  IstandaardMessage,
  Message301,
  Message317,
  Message323,
  Product,
} from '../message-types.js';
import { addYears, idx, overlaps, type Reporter } from './rule-support.js';

/** The TR rules that need only the message itself (§8 "TR within one message"), retourcode 0001. */
export function checkWithinMessage(message: IstandaardMessage, r: Reporter): void {
  const dagtekening = message.Header.BerichtIdentificatie.Dagtekening;
  switch (message.messageType) {
    case '301':
      checkBirth(message.Client.Geboortedatum.Datum, dagtekening, r);
      check301(message, dagtekening, r);
      return;
    case '305':
    case '307':
      checkBirth(message.Client.Geboortedatum.Datum, dagtekening, r);
      checkStartStop(message, dagtekening, r);
      return;
    case '315':
      checkBirth(message.Client.Geboortedatum.Datum, dagtekening, r);
      check315(message, r);
      return;
    case '317':
      check317(message, dagtekening, r);
      return;
    case '323':
      check323(message, dagtekening, r);
      return;
    default:
      return;
  }
}

function checkBirth(datum: string, dagtekening: string, r: Reporter): void {
  if (datum < addYears(dagtekening, -120)) {
    r.report(
      'TR002',
      '/Bericht/Client/Geboortedatum/Datum',
      `Geboortedatum ${datum} is more than 120 years before Dagtekening`,
    );
  }
  if (datum > dagtekening) {
    r.report(
      'TR134',
      '/Bericht/Client/Geboortedatum/Datum',
      `Geboortedatum ${datum} is after Dagtekening ${dagtekening}`,
    );
  }
}

const productKey = (p: Product | undefined) => (p ? `${p.Categorie}/${p.Code ?? ''}` : '(generiek)');

function check301(message: Message301, dagtekening: string, r: Reporter): void {
  const c = message.Client;
  const contacts = c.Contactgegevens.Contact;
  contacts.forEach((k, i) => {
    const path = idx('/Bericht/Client/Contactgegevens', 'Contact', i);
    if (!hasPhone(k) && !(k.Adres?.Huis && k.Adres.Postcode !== undefined)) {
      r.report('TR006', path, 'a Contact has a Telefoon and/or an address with Huis and Postcode');
    }
    if (k.Periode?.Begindatum && k.Periode.Einddatum && k.Periode.Einddatum < k.Periode.Begindatum) {
      r.report('TR018', `${path}/Periode/Einddatum`, 'Einddatum is before Begindatum');
    }
  });
  if (!contacts.some((k) => ['01', '02', '03'].includes(k.Soort) && k.Adres)) {
    r.report('TR061', '/Bericht/Client/Contactgegevens', 'the client needs an address of Soort 01, 02 or 03');
  }
  const products = c.ToegewezenProducten.ToegewezenProduct;
  products.forEach((p, i) => {
    const path = idx('/Bericht/Client/ToegewezenProducten', 'ToegewezenProduct', i);
    if (p.Toewijzingsdatum > dagtekening) {
      r.report(
        'TR134',
        `${path}/Toewijzingsdatum`,
        `Toewijzingsdatum ${p.Toewijzingsdatum} is after Dagtekening ${dagtekening}`,
      );
    }
    for (let j = 0; j < i; j++) {
      const q = products[j]!;
      if (p.RedenWijziging === '13' || q.RedenWijziging === '13') continue;
      if (productKey(p.Product) !== productKey(q.Product)) continue;
      if (
        overlaps({ begin: p.Ingangsdatum, end: p.Einddatum }, { begin: q.Ingangsdatum, end: q.Einddatum })
      ) {
        r.report(
          'TR302',
          path,
          `the same product ${productKey(p.Product)} is already assigned for an overlapping period (ToegewezenProduct[${j + 1}])`,
        );
        break;
      }
    }
  });
}

function hasPhone(k: Contact): boolean {
  return k.Telefoon !== undefined;
}

function checkStartStop(message: IstandaardMessage, dagtekening: string, r: Reporter): void {
  const lines =
    message.messageType === '305'
      ? message.Client.StartProducten.StartProduct.map((p) => ({ p, end: undefined as string | undefined }))
      : message.messageType === '307'
        ? message.Client.StopProducten.StopProduct.map((p) => ({ p, end: p.Einddatum as string | undefined }))
        : [];
  const list = message.messageType === '305' ? 'StartProducten' : 'StopProducten';
  const item = message.messageType === '305' ? 'StartProduct' : 'StopProduct';
  const seen = new Map<string, number>();
  lines.forEach(({ p, end }, i) => {
    const path = idx(`/Bericht/Client/${list}`, item, i);
    const date = end ?? p.Begindatum;
    if (date > dagtekening) {
      r.report(
        'TR134',
        `${path}/${end ? 'Einddatum' : 'Begindatum'}`,
        `${date} is after Dagtekening ${dagtekening}`,
      );
    }
    if (end !== undefined && end < p.Begindatum)
      r.report('TR018', `${path}/Einddatum`, `Einddatum ${end} is before Begindatum ${p.Begindatum}`);
    const key = JSON.stringify(p);
    const first = seen.get(key);
    if (first !== undefined) r.report('TR101', path, `the same line occurs twice (${item}[${first + 1}])`);
    else seen.set(key, i);
  });
}

function check315(message: IstandaardMessage & { messageType: '315' }, r: Reporter): void {
  const products = message.Client.AangevraagdeProducten.AangevraagdProduct;
  const refs = new Map<string, number>();
  products.forEach((p, i) => {
    const path = idx('/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct', i);
    const first = refs.get(p.ReferentieAanbieder);
    if (first !== undefined) {
      r.report(
        'TR383',
        `${path}/ReferentieAanbieder`,
        `ReferentieAanbieder ${p.ReferentieAanbieder} is already used by AangevraagdProduct[${first + 1}]`,
      );
    } else refs.set(p.ReferentieAanbieder, i);
    for (let j = 0; j < i; j++) {
      const q = products[j]!;
      if (productKey(p.Product) !== productKey(q.Product)) continue;
      if (
        overlaps(
          { begin: p.ToewijzingIngangsdatum, end: p.ToewijzingEinddatum },
          { begin: q.ToewijzingIngangsdatum, end: q.ToewijzingEinddatum },
        )
      ) {
        r.report(
          'TR386',
          path,
          `the same product ${productKey(p.Product)} is requested for an overlapping period (AangevraagdProduct[${j + 1}])`,
        );
        break;
      }
    }
  });
}

function check317(message: Message317, dagtekening: string, r: Reporter): void {
  const v = message.Client.Verzoek;
  const base = '/Bericht/Client/Verzoek';
  const changes = v.TeWijzigenProducten?.TeWijzigenProduct ?? [];
  const news = v.NieuweProducten?.NieuwProduct ?? [];
  if (changes.length === 0 && news.length === 0) {
    r.report('TR352', base, 'a VOW asks for at least one change or new product');
  }
  const unchanged = new Set(v.OngewijzigdeProducten?.OngewijzigdProduct.map((p) => p.ToewijzingNummer));
  changes.forEach((p, i) => {
    const path = idx(`${base}/TeWijzigenProducten`, 'TeWijzigenProduct', i);
    if (unchanged.has(p.ToewijzingNummer)) {
      r.report(
        'TR353',
        `${path}/ToewijzingNummer`,
        `toewijzing ${p.ToewijzingNummer} is listed both as unchanged and to change`,
      );
    }
    if (p.GewensteIngangsdatum <= dagtekening) {
      r.report(
        'TR380',
        `${path}/GewensteIngangsdatum`,
        `GewensteIngangsdatum ${p.GewensteIngangsdatum} is not after Dagtekening ${dagtekening}`,
      );
    }
  });
  news.forEach((p, i) => {
    const path = idx(`${base}/NieuweProducten`, 'NieuwProduct', i);
    if (p.GewensteIngangsdatum <= dagtekening) {
      r.report(
        'TR380',
        `${path}/GewensteIngangsdatum`,
        `GewensteIngangsdatum ${p.GewensteIngangsdatum} is not after Dagtekening ${dagtekening}`,
      );
    }
    for (let j = 0; j < i; j++) {
      const q = news[j]!;
      if (productKey(p.Product) !== productKey(q.Product)) continue;
      if (
        overlaps(
          { begin: p.GewensteIngangsdatum, end: p.Einddatum },
          { begin: q.GewensteIngangsdatum, end: q.Einddatum },
        )
      ) {
        r.report(
          'TR410',
          path,
          `the same new product ${productKey(p.Product)} is asked for an overlapping period (NieuwProduct[${j + 1}])`,
        );
        break;
      }
    }
  });
}

function check323(message: Message323, dagtekening: string, r: Reporter): void {
  const d = message.Declaratie;
  const base = '/Bericht/Declaratie';
  const period = d.DeclaratiePeriode;
  if (period.Einddatum < period.Begindatum)
    r.report('TR018', `${base}/DeclaratiePeriode/Einddatum`, 'Einddatum is before Begindatum');
  let total = 0;
  const refs = new Map<string, string>();
  const lines = new Map<string, { debet?: string; credit?: string }>();
  const seen = new Map<string, string>();
  d.Clienten.Client.forEach((c, ci) => {
    const cpath = idx(`${base}/Clienten`, 'Client', ci);
    c.Prestaties.Prestatie.forEach((p, pi) => {
      const path = idx(`${cpath}/Prestaties`, 'Prestatie', pi);
      const { Begindatum, Einddatum } = p.ProductPeriode;
      const signed =
        p.IngediendBedrag.DebetCredit === 'C'
          ? -p.IngediendBedrag.Bedrag.value
          : p.IngediendBedrag.Bedrag.value;
      total += signed;
      if (Einddatum < Begindatum)
        r.report('TR018', `${path}/ProductPeriode/Einddatum`, 'Einddatum is before Begindatum');
      if (Einddatum > dagtekening)
        r.report(
          'TR134',
          `${path}/ProductPeriode/Einddatum`,
          `${Einddatum} is after Dagtekening ${dagtekening}`,
        );
      if (Begindatum < period.Begindatum || Einddatum > period.Einddatum) {
        r.report(
          'TR137',
          `${path}/ProductPeriode`,
          `ProductPeriode ${Begindatum}–${Einddatum} is outside the DeclaratiePeriode`,
        );
      }
      if (Begindatum < addYears(dagtekening, -5)) {
        r.report(
          'TR335',
          `${path}/ProductPeriode/Begindatum`,
          `${Begindatum} is more than 5 years before Dagtekening`,
        );
      }
      const ref = p.ProductReferentie.ReferentieNummer;
      const earlier = refs.get(ref);
      if (earlier)
        r.report(
          'TR315',
          `${path}/ProductReferentie/ReferentieNummer`,
          `ReferentieNummer ${ref} is already used at ${earlier}`,
        );
      else refs.set(ref, path);
      const { ProductReferentie: _r, ...content } = p;
      const contentKey = `${c.Bsn}|${JSON.stringify(content)}`;
      const dup = seen.get(contentKey);
      if (dup) r.report('TR101', path, `the same prestatie is declared twice (${dup})`);
      else seen.set(contentKey, path);
      const key = `${c.Bsn}|${p.ToewijzingNummer}|${p.ProductCode}|${Begindatum}|${Einddatum}`;
      const entry = lines.get(key) ?? {};
      if (p.IngediendBedrag.DebetCredit === 'D') {
        if (entry.debet && !dup)
          r.report('TR416', path, `a second debet for the same prestatie (${entry.debet})`);
        entry.debet ??= path;
      } else entry.credit ??= path;
      if (entry.debet && entry.credit && (entry.debet === path || entry.credit === path)) {
        r.report('TR316', path, 'a debet and a credit for the same prestatie in one declaration');
      }
      lines.set(key, entry);
    });
  });
  const declared =
    d.TotaalIngediendBedrag.DebetCredit === 'C'
      ? -d.TotaalIngediendBedrag.TotaalBedrag.value
      : d.TotaalIngediendBedrag.TotaalBedrag.value;
  if (declared !== total) {
    r.report(
      'TR358',
      `${base}/TotaalIngediendBedrag`,
      `TotaalIngediendBedrag ${declared} is not the sum of the prestaties (${total}, eurocents, credit negative)`,
    );
  }
}
