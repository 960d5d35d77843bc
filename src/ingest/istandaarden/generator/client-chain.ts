import type { Standard } from '../message-catalog.js';
import type {
  AangevraagdProduct,
  Amount,
  Client301,
  ClientKort,
  IstandaardMessage,
  Message301,
  Message305,
  Message307,
  Message315,
  Message317,
  Message319,
  Omvang,
  Prestatie,
  Product,
  ToegewezenProduct,
} from '../message-types.js';
import {
  ACHTERNAMEN,
  GEMEENTE,
  PC4_GEBIEDEN,
  PLAATSEN,
  PRODUCTEN,
  STRATEN,
  VOORNAMEN,
  type Aanbieder,
} from './fictional-data.js';
import { base, heenHeader, retourOf } from './message-factory.js';
import { addDays, makeBsn, monthEnd, monthStart, nextMonth, type SeededRandom } from './seeded-random.js';

/** The toewijzing variants of §10; every one is generated. */
export type Variant = 'inspanning' | 'output' | 'traject' | 'categorie' | 'categorie-budget' | 'generiek';
export const VARIANTS: readonly Variant[] = [
  'inspanning',
  'output',
  'traject',
  'categorie',
  'categorie-budget',
  'generiek',
];

const TARIEF: Record<string, number> = {
  '01': 110,
  '04': 6500,
  '14': 15000,
  '16': 4800,
  '82': 9500,
  '84': 2500,
};
const INSPANNING: readonly { Eenheid: string; Frequentie: string; min: number; max: number }[] = [
  { Eenheid: '04', Frequentie: '2', min: 2, max: 6 },
  { Eenheid: '01', Frequentie: '4', min: 120, max: 600 },
  { Eenheid: '04', Frequentie: '4', min: 4, max: 20 },
  { Eenheid: '16', Frequentie: '2', min: 1, max: 5 },
  { Eenheid: '14', Frequentie: '4', min: 5, max: 30 },
  { Eenheid: '84', Frequentie: '6', min: 10, max: 50 },
  { Eenheid: '01', Frequentie: '1', min: 30, max: 60 },
];

const amount = (value: number): Amount => ({ value, unit: 'eurocent' });

/** Hands out message identifications, unique per sender and message type (TR056). */
export class Ids {
  private readonly counters = new Map<string, number>();
  next(sender: string, kind: string): string {
    const key = `${sender}|${kind}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return `${kind}${String(n).padStart(8, '0')}`;
  }
}

export interface PlannedProduct {
  variant: Variant;
  nummer: number;
  product?: Product;
  omvang?: Omvang;
  budget?: Amount;
  ingangsdatum: string;
  einddatum?: string;
  /** Last day care was given, when a 307 stopped it. */
  stop?: string;
}

/** A prestatie waiting to be put in a 323 of its aanbieder and month. */
export interface PendingPrestatie {
  aanbieder: Aanbieder;
  month: string;
  bsn: string;
  prestatie: Omit<Prestatie, 'ProductReferentie'>;
}

export interface ChainContext {
  rng: SeededRandom;
  ids: Ids;
  /** ToewijzingNummer counter of the gemeente (unique per gemeente + wet, TR332). */
  nextNummer: () => number;
  /** Messages are not dated after this day; declarations stop at its month. */
  horizon: string;
}

export interface ClientChain {
  messages: IstandaardMessage[];
  prestaties: PendingPrestatie[];
}

function person(
  rng: SeededRandom,
  n: number,
  std: Standard,
  start: string,
): ClientKort & { full: Client301['Naam'] } {
  const age = std === 'iJw' ? rng.int(1, 17) : rng.int(19, 94);
  const datum = `${Number(start.slice(0, 4)) - age}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const raw = rng.pick(ACHTERNAMEN);
  const space = raw.lastIndexOf(' ');
  const geslachtsnaam =
    space > 0 ? { Achternaam: raw.slice(space + 1), Voorvoegsel: raw.slice(0, space) } : { Achternaam: raw };
  const voornaam = rng.pick(VOORNAMEN);
  const naam = { Geslachtsnaam: geslachtsnaam, Voornamen: voornaam, Voorletters: voornaam[0]! };
  const partner = std === 'iWmo' && rng.chance(0.2);
  return {
    Bsn: makeBsn(n),
    Geboortedatum: { Datum: datum },
    Geslacht: rng.pick(['1', '2', '0']),
    Naam: naam,
    full: partner
      ? {
          ...naam,
          Partnernaam: { Achternaam: rng.pick(ACHTERNAMEN).replace(/^.* /, '') },
          NaamGebruik: rng.pick(['2', '3', '4']),
        }
      : { ...naam, NaamGebruik: '1' },
  };
}

function planProduct(
  rng: SeededRandom,
  std: Standard,
  variant: Variant,
  nummer: number,
  ingang: string,
): PlannedProduct {
  const cat = rng.pick(PRODUCTEN[std]);
  const code = rng.pick(cat.codes);
  const months = rng.int(3, 12);
  const end = addDays(ingang, months * 30);
  const p: PlannedProduct = { variant, nummer, ingangsdatum: ingang };
  switch (variant) {
    case 'inspanning': {
      const o = rng.pick(INSPANNING);
      p.product = { Categorie: cat.categorie, Code: code };
      p.omvang = { Volume: rng.int(o.min, o.max), Eenheid: o.Eenheid, Frequentie: o.Frequentie };
      if (o.Frequentie === '2' || rng.chance(0.5)) p.einddatum = end;
      break;
    }
    case 'output':
      p.product = { Categorie: cat.categorie, Code: code };
      p.omvang = rng.chance(0.5)
        ? { Volume: rng.int(4, 12), Eenheid: '82', Frequentie: '4' }
        : { Volume: rng.int(400, 1500) * 100, Eenheid: '83', Frequentie: '4' };
      if (rng.chance(0.5)) p.einddatum = end;
      break;
    case 'traject':
      p.product = { Categorie: cat.categorie, Code: code };
      p.omvang = { Volume: rng.int(3000, 9000) * 100, Eenheid: '83', Frequentie: '6' };
      p.einddatum = end;
      break;
    case 'categorie':
      p.product = { Categorie: cat.categorie };
      if (rng.chance(0.5)) p.einddatum = end;
      break;
    case 'categorie-budget':
      p.product = { Categorie: cat.categorie };
      p.budget = amount(rng.int(1000, 5000) * 100);
      p.einddatum = end;
      break;
    case 'generiek':
      p.budget = amount(rng.int(1000, 5000) * 100);
      p.einddatum = end;
      break;
  }
  return p;
}

function toegewezen(p: PlannedProduct, datum: string, referentie?: string): ToegewezenProduct {
  return {
    ToewijzingNummer: p.nummer,
    ...(referentie ? { ReferentieAanbieder: referentie } : {}),
    ...(p.product ? { Product: p.product } : {}),
    Toewijzingsdatum: datum,
    Toewijzingstijd: '10:15:00',
    Ingangsdatum: p.ingangsdatum,
    ...(p.einddatum ? { Einddatum: p.einddatum } : {}),
    ...(p.omvang ? { Omvang: p.omvang } : {}),
    ...(p.budget ? { Budget: p.budget } : {}),
  };
}

function client301(
  rng: SeededRandom,
  c: ReturnType<typeof person>,
  std: Standard,
  products: ToegewezenProduct[],
): Client301 {
  // one draw as before, so the rest of the corpus stays the same for a seed
  const postcode = `${PC4_GEBIEDEN[rng.int(1000, 9999) % PC4_GEBIEDEN.length]!}${rng.pick(['AB', 'CD', 'KL', 'XZ'])}`;
  const client: Client301 = {
    Bsn: c.Bsn,
    Geboortedatum: c.Geboortedatum,
    Geslacht: c.Geslacht,
    Naam: c.full,
    Contactgegevens: {
      Contact: [
        {
          Soort: '01',
          Adres: {
            Huis: { Huisnummer: rng.int(1, 250) },
            Postcode: postcode,
            Straatnaam: rng.pick(STRATEN),
            Plaatsnaam: rng.pick(PLAATSEN),
          },
          ...(rng.chance(0.6)
            ? {
                Telefoon: {
                  Telefoon01: { Telefoonnummer: `06${rng.int(10000000, 99999999)}`, Landnummer: '0031' },
                },
              }
            : {}),
        },
      ],
    },
    ToegewezenProducten: { ToegewezenProduct: products },
  };
  if (std === 'iJw') {
    client.Relaties = {
      Relatie: [
        {
          Nummer: '1',
          Soort: '03',
          Naam: {
            Geslachtsnaam: c.Naam.Geslachtsnaam,
            Voorletters: rng.pick(VOORNAMEN)[0]!,
            NaamGebruik: '1',
          },
          Contact: {
            Soort: '01',
            Telefoon: {
              Telefoon01: { Telefoonnummer: `06${rng.int(10000000, 99999999)}`, Landnummer: '0031' },
            },
          },
        },
      ],
    };
  }
  if (rng.chance(0.1)) client.Communicatie = { Vorm: '1', Taal: 'Arabisch' };
  return client;
}

/** One client's messages from request to stop, and the prestaties to declare. */
export function buildClientChain(
  ctx: ChainContext,
  n: number,
  aanbieder: Aanbieder,
  start: string,
): ClientChain {
  const { rng, ids } = ctx;
  const std = aanbieder.wet;
  const g = GEMEENTE.code;
  const a = aanbieder.agb;
  const c = person(rng, n, std, start);
  const kort: ClientKort = { Bsn: c.Bsn, Geboortedatum: c.Geboortedatum, Geslacht: c.Geslacht, Naam: c.Naam };
  const messages: IstandaardMessage[] = [];
  const ingang = addDays(start, 7);
  const variants = [rng.pick(VARIANTS)];
  if (rng.chance(0.2)) variants.push(rng.pick(VARIANTS.filter((v) => v !== variants[0])));
  const planned = variants.map((v) => planProduct(rng, std, v, ctx.nextNummer(), ingang));
  // the same product twice would overlap (TR302): keep products distinct
  if (
    planned.length === 2 &&
    JSON.stringify(planned[0]!.product ?? null) === JSON.stringify(planned[1]!.product ?? null)
  )
    planned.pop();

  const retour = (m: IstandaardMessage, day: string, reject = rng.chance(0.03)) =>
    messages.push(
      retourOf(m, ids.next(m.Header.Ontvanger, `R${m.messageType}`), day, reject ? '0001' : undefined),
    );

  const viaVot = rng.chance(0.6);
  const refs = planned.map((_, k) => `VOT${n}K${k}`);
  if (viaVot) {
    const vot: Message315 = {
      ...base(std, '315'),
      Header: heenHeader(std, '315', a, g, ids.next(a, '315'), start),
      Client: {
        ...kort,
        ...(std === 'iJw' ? { GezagsdragerBekend: '1' } : {}),
        AangevraagdeProducten: { AangevraagdProduct: planned.map((p, k) => aangevraagd(rng, p, refs[k]!)) },
      },
    };
    messages.push(vot);
    retour(vot, addDays(start, 1));
    if (rng.chance(0.05)) {
      const nee: Message319 = {
        ...base(std, '319'),
        Header: heenHeader(std, '319', g, a, ids.next(g, '319'), addDays(start, 3)),
        Antwoord: { ReferentieAanbieder: refs[0]!, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '3' },
      };
      messages.push(nee);
      retour(nee, addDays(start, 4));
      return { messages, prestaties: [] };
    }
  }
  const datum301 = addDays(start, 3);
  const t301: Message301 = {
    ...base(std, '301'),
    Header: heenHeader(std, '301', g, a, ids.next(g, '301'), datum301),
    Client: client301(
      rng,
      c,
      std,
      planned.map((p, k) => toegewezen(p, datum301, viaVot ? refs[k] : undefined)),
    ),
  };
  messages.push(t301);
  retour(t301, addDays(datum301, 1));

  const start305: Message305 = {
    ...base(std, '305'),
    Header: heenHeader(std, '305', a, g, ids.next(a, '305'), addDays(ingang, 2)),
    Client: {
      ...kort,
      StartProducten: {
        StartProduct: planned.map((p) => ({
          ToewijzingNummer: p.nummer,
          ...(p.product ? { Product: p.product } : {}),
          ToewijzingIngangsdatum: p.ingangsdatum,
          Begindatum: p.ingangsdatum,
          StatusAanlevering: '1',
        })),
      },
    },
  };
  messages.push(start305);
  retour(start305, addDays(ingang, 3));

  if (rng.chance(0.25)) {
    const stopDay = addDays(ingang, rng.int(40, 150));
    const stops = planned.filter((p) => (p.einddatum ?? '9999') > stopDay && stopDay < ctx.horizon);
    if (stops.length > 0) {
      for (const p of stops) p.stop = stopDay;
      const stop307: Message307 = {
        ...base(std, '307'),
        Header: heenHeader(std, '307', a, g, ids.next(a, '307'), addDays(stopDay, 2)),
        Client: {
          ...kort,
          StopProducten: {
            StopProduct: stops.map((p) => ({
              ToewijzingNummer: p.nummer,
              ...(p.product ? { Product: p.product } : {}),
              ToewijzingIngangsdatum: p.ingangsdatum,
              Begindatum: p.ingangsdatum,
              RedenBeeindiging: std === 'iWmo' ? rng.pick(['19', '21', '31']) : rng.pick(['31', '32', '35']),
              Einddatum: stopDay,
              StatusAanlevering: '1',
            })),
          },
        },
      };
      messages.push(stop307);
      retour(stop307, addDays(stopDay, 3));
    }
  } else if (rng.chance(0.12)) messages.push(...vow(ctx, std, a, g, n, planned, addDays(ingang, 30)));

  return { messages, prestaties: planned.flatMap((p) => prestaties(rng, aanbieder, c.Bsn, p, ctx.horizon)) };
}

function aangevraagd(rng: SeededRandom, p: PlannedProduct, referentie: string): AangevraagdProduct {
  const verwijzer = rng.pick([
    { Type: '01' },
    { Type: '02', ZorgverlenerCode: '01234567' },
    { Type: '06' },
    { Type: '03', Naam: 'GGD Duinwaarde' },
  ]);
  const beschikking = rng.chance(0.3);
  return {
    ReferentieAanbieder: referentie,
    ...(beschikking ? { BeschikkingNummer: 700000 + p.nummer } : {}),
    ...(p.product ? { Product: p.product } : {}),
    ...(beschikking ? { BeschikkingIngangsdatum: p.ingangsdatum } : {}),
    ToewijzingIngangsdatum: p.ingangsdatum,
    ...(p.einddatum ? { ToewijzingEinddatum: p.einddatum } : {}),
    ...(p.omvang ? { Omvang: p.omvang } : {}),
    ...(p.budget ? { Budget: p.budget } : {}),
    Verwijzer: verwijzer,
  };
}

/** A VOW asking to change the first product, with its retour, the antwoord (in onderzoek) and its retour. */
function vow(
  ctx: ChainContext,
  std: Standard,
  a: string,
  g: string,
  n: number,
  planned: PlannedProduct[],
  day: string,
): IstandaardMessage[] {
  const { rng, ids } = ctx;
  const [first, ...rest] = planned;
  const p = first!;
  const wish = addDays(day, 14);
  const end = addDays(p.einddatum ?? wish, 90);
  const verzoek: Message317 = {
    ...base(std, '317'),
    Header: heenHeader(std, '317', a, g, ids.next(a, '317'), day),
    Client: {
      Bsn: makeBsn(n),
      Verzoek: {
        ReferentieAanbieder: `VOW${n}`,
        RedenVerzoek: rng.pick(['1', '2']),
        ...(rest.length > 0
          ? {
              OngewijzigdeProducten: {
                OngewijzigdProduct: rest.map((r) => ({ ToewijzingNummer: r.nummer })),
              },
            }
          : {}),
        TeWijzigenProducten: {
          TeWijzigenProduct: [
            {
              ToewijzingNummer: p.nummer,
              GewensteIngangsdatum: wish,
              Einddatum: end,
              ...(p.omvang ? { Omvang: { ...p.omvang, Volume: p.omvang.Volume + 1 } } : {}),
              ...(p.budget ? { Budget: amount(p.budget.value + 50000) } : {}),
            },
          ],
        },
      },
    },
  };
  const antwoord: Message319 = {
    ...base(std, '319'),
    Header: heenHeader(std, '319', g, a, ids.next(g, '319'), addDays(day, 3)),
    Antwoord: {
      ReferentieAanbieder: `VOW${n}`,
      VerzoekAntwoord: '2',
      ...(std === 'iJw' && rng.chance(0.3) ? { Woonplaatsbeginsel: { Gemeente: g } } : {}),
    },
  };
  return [
    verzoek,
    retourOf(verzoek, ids.next(g, 'R317'), addDays(day, 1)),
    antwoord,
    retourOf(antwoord, ids.next(a, 'R319'), addDays(day, 4)),
  ];
}

/** One prestatie per month of care, volumes within the toewijzing (TR321/TR322/TR369). */
function prestaties(
  rng: SeededRandom,
  aanbieder: Aanbieder,
  bsn: string,
  p: PlannedProduct,
  horizon: string,
): PendingPrestatie[] {
  const last = [p.einddatum, p.stop, addDays(monthStart(horizon), -1)]
    .filter((d): d is string => d !== undefined)
    .sort()[0]!;
  const months: string[] = [];
  for (let m = monthStart(p.ingangsdatum); m <= last; m = nextMonth(m)) months.push(m);
  const cat = p.product?.Categorie ?? PRODUCTEN[aanbieder.wet][0]!.categorie;
  const code = p.product?.Code ?? PRODUCTEN[aanbieder.wet].find((x) => x.categorie === cat)!.codes[0]!;
  const out: PendingPrestatie[] = [];
  for (const month of months) {
    const begin = month < p.ingangsdatum ? p.ingangsdatum : month;
    const end = monthEnd(month) > last ? last : monthEnd(month);
    if (end < begin) continue;
    const days = Math.round((Date.parse(end) - Date.parse(begin)) / 86_400_000) + 1;
    let eenheid: string;
    let volume: number;
    if (p.omvang) {
      eenheid = p.omvang.Eenheid;
      const o = p.omvang;
      const max =
        o.Frequentie === '1'
          ? o.Volume * days
          : o.Frequentie === '2'
            ? o.Volume * Math.ceil(days / 7)
            : o.Frequentie === '6'
              ? Math.floor(o.Volume / months.length)
              : o.Volume;
      volume = Math.max(1, Math.floor(max * (0.6 + rng.next() * 0.4)));
      if (eenheid === '83') volume = Math.max(100, Math.floor(volume / 100) * 100);
      if (volume > max) volume = max;
    } else if (p.budget) {
      eenheid = '83';
      volume = Math.max(100, Math.floor((p.budget.value * 0.9) / months.length / 100) * 100);
    } else {
      eenheid = '04';
      volume = rng.int(2, 20);
    }
    if (volume <= 0) continue;
    const tarief = eenheid === '83' ? undefined : TARIEF[eenheid]!;
    const bedrag = tarief === undefined ? volume : volume * tarief;
    out.push({
      aanbieder,
      month,
      bsn,
      prestatie: {
        ToewijzingNummer: p.nummer,
        ProductCategorie: cat,
        ProductCode: code,
        ProductPeriode: { Begindatum: begin, Einddatum: end },
        GeleverdVolume: volume,
        Eenheid: eenheid,
        ...(tarief !== undefined ? { ProductTarief: amount(tarief) } : {}),
        IngediendBedrag: { Bedrag: amount(bedrag), DebetCredit: 'D' },
      },
    });
  }
  return out;
}
