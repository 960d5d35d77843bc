import type { CorpusClient } from '../../ingest/istandaarden/generator/corpus-clients.js';
import {
  ACHTERNAMEN,
  PC4_GEBIEDEN,
  PLAATSEN,
  STRATEN,
  VOORNAMEN,
} from '../../ingest/istandaarden/generator/fictional-data.js';
import { makeBsn, SeededRandom } from '../../ingest/istandaarden/generator/seeded-random.js';

/** The demo gemeente's BRP registrations: its code, and the day the extract describes. */
export const DEMO_GEMEENTE_CODE = '1999';
export const PEILDATUM = '20251231';

export interface DemoAddress {
  /** 16 digits: gemeente code, object type 20, sequence (BAG identificatie of the nummeraanduiding). */
  nummeraanduiding: string;
  verblijfsobject: string;
  straatnaam: string;
  huisnummer: number;
  postcode: string;
  woonplaats: string;
}

export interface DemoPerson {
  bsn: string;
  anummer: string;
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  /** YYYYMMDD, as LO3 writes dates. */
  geboortedatum: string;
  geslacht: 'M' | 'V' | 'O';
  adres: DemoAddress;
  /** When the person came to live at `adres` (YYYYMMDD). */
  datumAdres: string;
  datumInschrijving: string;
  /** The address before the last move, when there was one in the gemeente: an LO3 history row. */
  vorigAdres?: { adres: DemoAddress; datumAdres: string };
  ouder1?: string;
  ouder2?: string;
  partner?: string;
  datumOverlijden?: string;
  /** Index of the household (persons at one address). */
  huishouden: number;
  /** The message corpus's client this person is, if any. */
  client?: CorpusClient;
}

export interface DemoPopulation {
  persons: DemoPerson[];
  households: DemoPerson[][];
}

const GESLACHT: Record<string, DemoPerson['geslacht']> = { '1': 'M', '2': 'V', '0': 'O' };
const PEILJAAR = Number(PEILDATUM.slice(0, 4));

/** Adult age bands with weights close to a Dutch municipality's. */
const ADULT_AGES: readonly [number, number, number][] = [
  [18, 29, 17],
  [30, 44, 22],
  [45, 64, 34],
  [65, 79, 20],
  [80, 96, 7],
];

/**
 * A seeded population around the clients of the message corpus: every client with the BSN, birth date,
 * gender, name and address the messages carry, in a household (parents and siblings of a jeugd client, a
 * partner of some Wmo clients), plus other households until `inhabitants` persons live in the gemeente.
 */
export function generatePopulation(
  clients: readonly CorpusClient[],
  options: { seed: number; inhabitants: number },
): DemoPopulation {
  const rng = new SeededRandom(options.seed ^ 0x5eed_b4b);
  const persons: DemoPerson[] = [];
  const households: DemoPerson[][] = [];
  const addresses = new AddressBook(rng);
  let nextBsn = 100_000;
  let nextAnummer = 0;

  const birth = (age: number) =>
    `${PEILJAAR - age}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const ageOf = (geboortedatum: string) => PEILJAAR - Number(geboortedatum.slice(0, 4));
  const adultAge = () => {
    const total = ADULT_AGES.reduce((s, b) => s + b[2], 0);
    let pick = rng.next() * total;
    for (const [lo, hi, w] of ADULT_AGES) {
      if (pick < w) return rng.int(lo, hi);
      pick -= w;
    }
    return 40;
  };
  const person = (
    household: DemoPerson[],
    adres: DemoAddress,
    fields: Pick<DemoPerson, 'geboortedatum' | 'geslacht' | 'geslachtsnaam'> & Partial<DemoPerson>,
  ): DemoPerson => {
    const p: DemoPerson = {
      bsn: makeBsn(nextBsn++),
      anummer: String(5_000_000_000 + 7 * nextAnummer++),
      voornamen: rng.pick(VOORNAMEN),
      adres,
      datumAdres: fields.geboortedatum,
      datumInschrijving: fields.geboortedatum,
      huishouden: households.length,
      ...fields,
    };
    // most adults moved in at some point after birth
    const age = ageOf(p.geboortedatum);
    if (age >= 18 && !fields.datumAdres) {
      const since = Math.max(PEILJAAR - age + 18, PEILJAAR - rng.int(0, 30));
      p.datumAdres = `${since}${p.geboortedatum.slice(4)}`;
      p.datumInschrijving = rng.chance(0.6) ? p.geboortedatum : p.datumAdres;
    }
    household.push(p);
    persons.push(p);
    return p;
  };
  const surname = () => {
    const raw = rng.pick(ACHTERNAMEN);
    const space = raw.lastIndexOf(' ');
    return space > 0
      ? { geslachtsnaam: raw.slice(space + 1), voorvoegsel: raw.slice(0, space) }
      : { geslachtsnaam: raw };
  };
  const child = (h: DemoPerson[], adres: DemoAddress, parents: DemoPerson[], maxAge: number) => {
    const youngest = Math.min(...parents.map((p) => ageOf(p.geboortedatum)));
    const age = rng.int(0, Math.max(0, Math.min(maxAge, youngest - 20)));
    return person(h, adres, {
      ...surname(),
      geslachtsnaam: parents[0]!.geslachtsnaam,
      ...(parents[0]!.voorvoegsel ? { voorvoegsel: parents[0]!.voorvoegsel } : {}),
      geboortedatum: birth(age),
      geslacht: rng.chance(0.5) ? 'M' : 'V',
      ouder1: parents[0]!.bsn,
      ...(parents[1] ? { ouder2: parents[1].bsn } : {}),
    });
  };
  const couple = (h: DemoPerson[], adres: DemoAddress, first: DemoPerson) => {
    const age = Math.max(18, ageOf(first.geboortedatum) + rng.int(-4, 4));
    const partner = person(h, adres, {
      ...surname(),
      geboortedatum: birth(age),
      geslacht: first.geslacht === 'V' ? 'M' : 'V',
      partner: first.bsn,
      datumAdres: first.datumAdres,
    });
    first.partner = partner.bsn;
    return partner;
  };

  for (const c of clients) {
    const h: DemoPerson[] = [];
    const adres = c.adres ? addresses.of(c.adres) : addresses.fresh();
    const clientPerson = (fields: Partial<DemoPerson> = {}) =>
      person(h, adres, {
        geslachtsnaam: c.achternaam,
        ...(c.voorvoegsel ? { voorvoegsel: c.voorvoegsel } : {}),
        ...(c.voornamen ? { voornamen: c.voornamen } : {}),
        geboortedatum: c.geboortedatum.replaceAll('-', ''),
        geslacht: GESLACHT[c.geslacht] ?? 'O',
        bsn: c.bsn,
        client: c,
        ...fields,
      });
    if (c.wet === 'iJw') {
      const childAge = ageOf(c.geboortedatum.replaceAll('-', ''));
      const mother = person(h, adres, {
        ...surname(),
        geboortedatum: birth(childAge + rng.int(22, 38)),
        geslacht: 'V',
      });
      if (c.voorvoegsel) mother.voorvoegsel = c.voorvoegsel;
      else delete mother.voorvoegsel;
      mother.geslachtsnaam = c.achternaam;
      const parents = [mother];
      if (rng.chance(0.65)) parents.push(couple(h, adres, mother));
      clientPerson({ ouder1: mother.bsn, ...(parents[1] ? { ouder2: parents[1].bsn } : {}) });
      if (rng.chance(0.45)) child(h, adres, parents, 17);
    } else {
      const self = clientPerson();
      if (ageOf(self.geboortedatum) < 85 && rng.chance(0.4)) couple(h, adres, self);
      if (ageOf(self.geboortedatum) < 55 && rng.chance(0.3)) child(h, adres, h.slice(), 17);
    }
    households.push(h);
  }

  while (persons.length < options.inhabitants) {
    const h: DemoPerson[] = [];
    const adres = addresses.fresh();
    const kind = rng.next();
    const head = person(h, adres, {
      ...surname(),
      geboortedatum: birth(adultAge()),
      geslacht: rng.chance(0.5) ? 'M' : 'V',
    });
    const headAge = ageOf(head.geboortedatum);
    if (kind < 0.37) {
      // alone
    } else if (kind < 0.65 || headAge > 60) couple(h, adres, head);
    else if (kind < 0.92) {
      const parents = [head, couple(h, adres, head)];
      for (let k = rng.int(1, 3); k > 0; k--) child(h, adres, parents, 17);
      if (rng.chance(0.15)) child(h, adres, parents, 24);
    } else for (let k = rng.int(1, 2); k > 0; k--) child(h, adres, [head], 17);
    if (rng.chance(0.08)) {
      const vorig = { adres: addresses.fresh(), datumAdres: head.datumAdres };
      const moved = `${rng.int(2015, PEILJAAR)}${String(rng.int(1, 12)).padStart(2, '0')}01`;
      for (const p of h)
        if (p.datumAdres < moved) {
          p.vorigAdres = vorig;
          p.datumAdres = moved;
        }
    }
    if (headAge >= 80 && h.length === 1 && rng.chance(0.05))
      head.datumOverlijden = `${PEILJAAR}${String(rng.int(1, 11)).padStart(2, '0')}15`;
    households.push(h);
  }
  return { persons, households };
}

/** Addresses of the gemeente, one nummeraanduiding per postcode + huisnummer + street. */
class AddressBook {
  private readonly byKey = new Map<string, DemoAddress>();
  private readonly nextNumber = new Map<string, number>();
  constructor(private readonly rng: SeededRandom) {}

  of(a: { straatnaam: string; huisnummer: number; postcode: string; plaatsnaam: string }): DemoAddress {
    const key = `${a.postcode}|${a.huisnummer}|${a.straatnaam}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const seq = String(this.byKey.size + 1).padStart(6, '0');
    const adres: DemoAddress = {
      nummeraanduiding: `${DEMO_GEMEENTE_CODE}200000${seq}`,
      verblijfsobject: `${DEMO_GEMEENTE_CODE}010000${seq}`,
      straatnaam: a.straatnaam,
      huisnummer: a.huisnummer,
      postcode: a.postcode,
      woonplaats: a.plaatsnaam,
    };
    this.byKey.set(key, adres);
    return adres;
  }

  /** A new address: the next free house number in a street of a PC4 area. */
  fresh(): DemoAddress {
    const straatnaam = this.rng.pick(STRATEN);
    const pc4 = this.rng.pick(PC4_GEBIEDEN);
    const postcode = `${pc4}${this.rng.pick(['AB', 'CD', 'KL', 'XZ'])}`;
    const street = `${straatnaam}|${postcode}`;
    let huisnummer = this.nextNumber.get(street) ?? 251; // above the message corpus's 1–250
    while (this.byKey.has(`${postcode}|${huisnummer}|${straatnaam}`)) huisnummer++;
    this.nextNumber.set(street, huisnummer + 1);
    return this.of({
      straatnaam,
      huisnummer,
      postcode,
      plaatsnaam: PLAATSEN[PC4_GEBIEDEN.indexOf(pc4) % PLAATSEN.length]!,
    });
  }
}
