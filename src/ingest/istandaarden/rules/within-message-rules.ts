import type {
  Contact,
  IstandaardMessage,
  Message301,
  Message317,
  Message323,
  Prestatie,
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
    case '325':
      // a 325 lists only the prestaties it rejects (TR342): each has a code other than 0200
      message.DeclaratieAntwoord?.Clienten?.Client.forEach((c, ci) =>
        c.Prestaties.Prestatie.forEach((p, pi) => {
          if (p.RetourCodes.RetourCode.every((code) => code === '0200')) {
            const path = idx(
              `${idx('/Bericht/DeclaratieAntwoord/Clienten', 'Client', ci)}/Prestaties`,
              'Prestatie',
              pi,
            );
            r.report(
              'TR342',
              `${path}/RetourCodes`,
              'a 325 lists only rejected prestaties, not one with 0200',
            );
          }
        }),
      );
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
    // a TeWijzigenProduct may start on or before the Dagtekening (TR357, checked against the history)
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

interface SeenPrestatie {
  bsn: string;
  p: Prestatie;
  at: string;
}

const samePrestatie = (a: Prestatie, b: Prestatie) =>
  a.ProductCode === b.ProductCode &&
  a.ProductPeriode.Begindatum === b.ProductPeriode.Begindatum &&
  a.ProductPeriode.Einddatum === b.ProductPeriode.Einddatum;
const sameContent = (a: Prestatie, b: Prestatie) =>
  a.ProductCategorie === b.ProductCategorie &&
  a.GeleverdVolume === b.GeleverdVolume &&
  a.Eenheid === b.Eenheid &&
  a.ProductTarief?.value === b.ProductTarief?.value &&
  a.IngediendBedrag.Bedrag.value === b.IngediendBedrag.Bedrag.value &&
  a.IngediendBedrag.DebetCredit === b.IngediendBedrag.DebetCredit;

function check323(message: Message323, dagtekening: string, r: Reporter): void {
  const d = message.Declaratie;
  const base = '/Bericht/Declaratie';
  const period = d.DeclaratiePeriode;
  checkEinddatum137(period, `${base}/DeclaratiePeriode/Einddatum`, dagtekening, r);
  const fiveYears = addYears(dagtekening, -5);
  // paths are built only when something is reported: this loop runs for every prestatie
  const at = (ci: number, pi: number) =>
    idx(`${idx(`${base}/Clienten`, 'Client', ci)}/Prestaties`, 'Prestatie', pi);
  let total = 0;
  const refs = new Map<string, [number, number]>();
  const vorigRefs = new Map<string, [number, number]>();
  const byNummer = new Map<number, SeenPrestatie[]>();
  const clients = d.Clienten.Client;
  for (let ci = 0; ci < clients.length; ci++) {
    const c = clients[ci]!;
    const list = c.Prestaties.Prestatie;
    for (let pi = 0; pi < list.length; pi++) {
      const p = list[pi]!;
      const { Begindatum, Einddatum } = p.ProductPeriode;
      const bedrag = p.IngediendBedrag.Bedrag.value;
      const credit = p.IngediendBedrag.DebetCredit === 'C';
      total += credit ? -bedrag : bedrag;
      if (Einddatum < Begindatum || Einddatum > dagtekening) {
        checkEinddatum137(p.ProductPeriode, `${at(ci, pi)}/ProductPeriode/Einddatum`, dagtekening, r);
      }
      if (Einddatum > period.Einddatum) {
        const message = `ProductPeriode ${Begindatum}–${Einddatum} is later than the DeclaratiePeriode (only the current or an earlier one)`;
        r.report('TR319', `${at(ci, pi)}/ProductPeriode`, message, '9319');
      }
      if (Begindatum < fiveYears) {
        const message = `${Begindatum} is more than 5 years before Dagtekening`;
        r.report('TR335', `${at(ci, pi)}/ProductPeriode/Begindatum`, message);
      }
      // a ReferentieNummer twice: a duplicate line (TR101) and a reference already delivered (TR314, 8021)
      const ref = p.ProductReferentie.ReferentieNummer;
      const earlier = refs.get(ref);
      if (earlier) {
        const path = `${at(ci, pi)}/ProductReferentie/ReferentieNummer`;
        const message = `ReferentieNummer ${ref} is already used at ${at(...earlier)}`;
        r.report('TR101', path, message);
        r.report('TR314', path, message, '8021');
      } else refs.set(ref, [ci, pi]);
      const vorig = p.ProductReferentie.VorigReferentieNummer;
      if (vorig !== undefined) {
        const first = vorigRefs.get(vorig);
        if (first) {
          const message = `VorigReferentieNummer ${vorig} is already used at ${at(...first)}`;
          r.report('TR315', `${at(ci, pi)}/ProductReferentie/VorigReferentieNummer`, message);
        } else vorigRefs.set(vorig, [ci, pi]);
      }
      // the same prestatie (client, toewijzing, product, period) more than once: TR101 / TR416 / TR316
      let seen = byNummer.get(p.ToewijzingNummer);
      if (!seen) byNummer.set(p.ToewijzingNummer, (seen = []));
      const same = seen.filter((x) => x.bsn === c.Bsn && samePrestatie(x.p, p));
      if (same.length > 0) {
        const here = at(ci, pi);
        const dup = same.find((x) => sameContent(x.p, p));
        const debet = same.find((x) => x.p.IngediendBedrag.DebetCredit === 'D');
        const other = same.find((x) => x.p.IngediendBedrag.DebetCredit !== p.IngediendBedrag.DebetCredit);
        const sameRef = dup?.p.ProductReferentie.ReferentieNummer === p.ProductReferentie.ReferentieNummer;
        if (dup && !sameRef) r.report('TR101', here, `the same prestatie is declared twice (${dup.at})`);
        else if (!credit && debet)
          r.report('TR416', here, `a second debet for the same prestatie (${debet.at})`);
        if (other && !same.some((x) => x.p.IngediendBedrag.DebetCredit === p.IngediendBedrag.DebetCredit)) {
          r.report(
            'TR316',
            here,
            `a debet and a credit for the same prestatie in one declaration (${other.at})`,
          );
        }
        seen.push({ bsn: c.Bsn, p, at: here });
      } else seen.push({ bsn: c.Bsn, p, at: '' });
    }
  }
  const declared =
    d.TotaalIngediendBedrag.DebetCredit === 'C'
      ? -d.TotaalIngediendBedrag.TotaalBedrag.value
      : d.TotaalIngediendBedrag.TotaalBedrag.value;
  if (declared !== total) {
    const message = `TotaalIngediendBedrag ${declared} is not the sum of the prestaties (${total}, eurocents, credit negative)`;
    r.report('TR358', `${base}/TotaalIngediendBedrag`, message);
  }
}

/** TR137: an Einddatum is on or after its period's Begindatum and not after the Dagtekening. */
function checkEinddatum137(
  period: { Begindatum: string; Einddatum: string },
  path: string,
  dagtekening: string,
  r: Reporter,
): void {
  if (period.Einddatum < period.Begindatum) {
    r.report('TR137', path, `Einddatum ${period.Einddatum} is before Begindatum ${period.Begindatum}`);
  } else if (period.Einddatum > dagtekening) {
    r.report('TR137', path, `Einddatum ${period.Einddatum} is after Dagtekening ${dagtekening}`);
  }
}
