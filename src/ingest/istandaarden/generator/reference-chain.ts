import type {
  Message301,
  Message305,
  Message307,
  Message315,
  Message317,
  Message319,
  Message323,
  Message325,
  Prestatie,
} from '../message-types.js';
import { GEMEENTE } from './fictional-data.js';
import { base, heenHeader } from './message-factory.js';
import { makeBsn } from './seeded-random.js';

/**
 * A small, hand-set, valid chain for one iWmo client. The invalid cases are mutations of these records,
 * and the history cases are validated against them, so each case breaks exactly the rule it names.
 */
export const REF = {
  gemeente: GEMEENTE.code,
  agb: '98000011',
  bsn: makeBsn(900_001),
  otherBsn: makeBsn(900_002),
  /** T1 specific (04 × 2 per week), T2 category only, T3 generiek with budget. */
  t1: 900_001,
  t2: 900_002,
  t3: 900_003,
};

const std = 'iWmo' as const;
const kort = () => ({
  Bsn: REF.bsn,
  Geboortedatum: { Datum: '1950-06-15' },
  Geslacht: '2',
  Naam: { Geslachtsnaam: { Achternaam: 'Bakker' }, Voornamen: 'Anna', Voorletters: 'A' },
});
const eur = (value: number) => ({ value, unit: 'eurocent' as const });

export function ref315(): Message315 {
  return {
    ...base(std, '315'),
    Header: heenHeader(std, '315', REF.agb, REF.gemeente, 'REF315A', '2025-03-03'),
    Client: {
      ...kort(),
      AangevraagdeProducten: {
        AangevraagdProduct: [
          {
            ReferentieAanbieder: 'REFVOT1',
            Product: { Categorie: '01', Code: '01A01' },
            ToewijzingIngangsdatum: '2025-03-10',
            ToewijzingEinddatum: '2025-12-31',
            Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' },
            Verwijzer: { Type: '02', ZorgverlenerCode: '01234567' },
          },
        ],
      },
    },
  };
}

export function ref301(): Message301 {
  const day = '2025-03-06';
  return {
    ...base(std, '301'),
    Header: heenHeader(std, '301', REF.gemeente, REF.agb, 'REF301A', day),
    Client: {
      ...kort(),
      Naam: { ...kort().Naam, NaamGebruik: '1' },
      Contactgegevens: {
        Contact: [
          {
            Soort: '01',
            Adres: {
              Huis: { Huisnummer: 12 },
              Postcode: '2222AB',
              Straatnaam: 'Duinweg',
              Plaatsnaam: 'Duinwaarde',
            },
            Telefoon: { Telefoon01: { Telefoonnummer: '0612345678', Landnummer: '0031' } },
          },
        ],
      },
      ToegewezenProducten: {
        ToegewezenProduct: [
          {
            ToewijzingNummer: REF.t1,
            ReferentieAanbieder: 'REFVOT1',
            Product: { Categorie: '01', Code: '01A01' },
            Toewijzingsdatum: day,
            Toewijzingstijd: '09:00:00',
            Ingangsdatum: '2025-03-10',
            Einddatum: '2025-12-31',
            Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' },
          },
          {
            ToewijzingNummer: REF.t2,
            Product: { Categorie: '02' },
            Toewijzingsdatum: day,
            Toewijzingstijd: '09:00:00',
            Ingangsdatum: '2025-03-10',
          },
          {
            ToewijzingNummer: REF.t3,
            Toewijzingsdatum: day,
            Toewijzingstijd: '09:00:00',
            Ingangsdatum: '2025-03-10',
            Einddatum: '2025-12-31',
            Budget: eur(100_000),
          },
        ],
      },
    },
  };
}

export function ref305(): Message305 {
  return {
    ...base(std, '305'),
    Header: heenHeader(std, '305', REF.agb, REF.gemeente, 'REF305A', '2025-03-12'),
    Client: {
      ...kort(),
      StartProducten: {
        StartProduct: [REF.t1, REF.t2, REF.t3].map((n) => ({
          ToewijzingNummer: n,
          ToewijzingIngangsdatum: '2025-03-10',
          Begindatum: '2025-03-10',
          StatusAanlevering: '1',
        })),
      },
    },
  };
}

export function ref307(): Message307 {
  return {
    ...base(std, '307'),
    Header: heenHeader(std, '307', REF.agb, REF.gemeente, 'REF307A', '2025-06-03'),
    Client: {
      ...kort(),
      StopProducten: {
        StopProduct: [
          {
            ToewijzingNummer: REF.t2,
            ToewijzingIngangsdatum: '2025-03-10',
            Begindatum: '2025-03-10',
            RedenBeeindiging: '19',
            Einddatum: '2025-05-31',
            StatusAanlevering: '1',
          },
        ],
      },
    },
  };
}

export function ref317(): Message317 {
  return {
    ...base(std, '317'),
    Header: heenHeader(std, '317', REF.agb, REF.gemeente, 'REF317A', '2025-05-01'),
    Client: {
      Bsn: REF.bsn,
      Verzoek: {
        ReferentieAanbieder: 'REFVOW1',
        RedenVerzoek: '1',
        OngewijzigdeProducten: {
          OngewijzigdProduct: [{ ToewijzingNummer: REF.t2 }, { ToewijzingNummer: REF.t3 }],
        },
        TeWijzigenProducten: {
          TeWijzigenProduct: [
            {
              ToewijzingNummer: REF.t1,
              GewensteIngangsdatum: '2025-05-15',
              Einddatum: '2025-12-31',
              Omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' },
            },
          ],
        },
        NieuweProducten: {
          NieuwProduct: [
            {
              Product: { Categorie: '07', Code: '07A01' },
              GewensteIngangsdatum: '2025-05-15',
              Einddatum: '2025-12-31',
              Omvang: { Volume: 2, Eenheid: '16', Frequentie: '2' },
            },
          ],
        },
      },
    },
  };
}

export function ref319(): Message319 {
  return {
    ...base(std, '319'),
    Header: heenHeader(std, '319', REF.gemeente, REF.agb, 'REF319A', '2025-05-04'),
    Antwoord: { ReferentieAanbieder: 'REFVOW1', VerzoekAntwoord: '2' },
  };
}

export function refPrestaties(): Prestatie[] {
  return [
    {
      ProductReferentie: { ReferentieNummer: 'REFP1' },
      ToewijzingNummer: REF.t1,
      ProductCategorie: '01',
      ProductCode: '01A01',
      ProductPeriode: { Begindatum: '2025-03-10', Einddatum: '2025-03-31' },
      GeleverdVolume: 8,
      Eenheid: '04',
      ProductTarief: eur(6500),
      IngediendBedrag: { Bedrag: eur(52_000), DebetCredit: 'D' },
    },
    {
      ProductReferentie: { ReferentieNummer: 'REFP2' },
      ToewijzingNummer: REF.t3,
      ProductCategorie: '02',
      ProductCode: '02A01',
      ProductPeriode: { Begindatum: '2025-03-10', Einddatum: '2025-03-31' },
      GeleverdVolume: 30_000,
      Eenheid: '83',
      IngediendBedrag: { Bedrag: eur(30_000), DebetCredit: 'D' },
    },
  ];
}

/** A 323 for March 2025 (or `month`), totals computed from its prestaties. */
export function ref323(
  prestaties = refPrestaties(),
  id = 'REF323A',
  nummer = 'REFD1',
  month = '2025-03',
): Message323 {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const day = new Date(Date.UTC(y, m, 5)).toISOString().slice(0, 10);
  const decl: Message323 = {
    ...base(std, '323'),
    Header: heenHeader(std, '323', REF.agb, REF.gemeente, id, day),
    Declaratie: {
      DeclaratieNummer: nummer,
      DeclaratiePeriode: { Begindatum: `${month}-01`, Einddatum: end },
      DeclaratieDagtekening: day,
      TotaalIngediendBedrag: { TotaalBedrag: eur(0), DebetCredit: 'D' },
      Clienten: { Client: [{ Bsn: REF.bsn, Prestaties: { Prestatie: prestaties } }] },
    },
  };
  return withTotal(decl);
}

/** Recomputes TotaalIngediendBedrag after a mutation, so only the intended rule breaks. */
export function withTotal(decl: Message323): Message323 {
  let total = 0;
  for (const c of decl.Declaratie.Clienten.Client) {
    for (const p of c.Prestaties.Prestatie)
      total += (p.IngediendBedrag.DebetCredit === 'C' ? -1 : 1) * p.IngediendBedrag.Bedrag.value;
  }
  decl.Declaratie.TotaalIngediendBedrag = {
    TotaalBedrag: eur(Math.abs(total)),
    DebetCredit: total < 0 ? 'C' : 'D',
  };
  return decl;
}

export function ref325(decl = ref323(), id = 'REF325A'): Message325 {
  const h = decl.Header;
  return {
    ...base(std, '325'),
    Header: {
      ...heenHeader(std, '325', REF.gemeente, REF.agb, id, '2025-04-12'),
      DeclaratieIdentificatie: { ...h.BerichtIdentificatie },
      XsdVersieDeclaratie: { ...h.XsdVersie },
      RetourCodes: { RetourCode: ['0200'] },
    },
    DeclaratieAntwoord: {
      DeclaratieNummer: decl.Declaratie.DeclaratieNummer,
      TotaalIngediendBedrag: decl.Declaratie.TotaalIngediendBedrag,
      TotaalToegekendBedrag: decl.Declaratie.TotaalIngediendBedrag,
      RetourCodes: { RetourCode: ['0200'] },
    },
  };
}

/** The valid messages history cases are checked against. */
export function referenceContext() {
  return [ref315(), ref301(), ref305(), ref307(), ref317(), ref319(), ref323(), ref325()];
}
