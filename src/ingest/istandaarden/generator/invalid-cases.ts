import type {
  IstandaardMessage,
  Message301,
  Message315,
  Message317,
  Message323,
  Message325,
} from '../message-types.js';
import { writeMessage } from '../message-writer.js';
import { vecozoEnvelope } from './message-factory.js';
import {
  REF,
  ref301,
  ref305,
  ref307,
  ref315,
  ref317,
  ref319,
  ref323,
  ref325,
  referenceContext,
  refPrestaties,
  withTotal,
} from './reference-chain.js';

/**
 * One deliberately invalid file per implemented rule, each a small mutation of the reference chain, and
 * the finding it must produce. `history` cases are validated together with the reference context.
 */
export interface InvalidCase {
  rule: string;
  file: string;
  history: boolean;
  description: string;
  content: string;
}

interface CaseSpec {
  rule: string;
  description: string;
  history?: boolean;
  make: () => IstandaardMessage | string;
}

const clone = <T>(x: T): T => structuredClone(x);
function with301(f: (m: Message301) => void): () => Message301 {
  return () => {
    const m = ref301();
    m.Header.BerichtIdentificatie.Identificatie = 'BAD301';
    f(m);
    return m;
  };
}
const t = (m: Message301, i: number) => m.Client.ToegewezenProducten.ToegewezenProduct[i]!;
const contact = (m: Message301) => m.Client.Contactgegevens.Contact[0]!;
function with315(f: (m: Message315) => void): () => Message315 {
  return () => {
    const m = ref315();
    m.Header.BerichtIdentificatie.Identificatie = 'BAD315';
    f(m);
    return m;
  };
}
const vot = (m: Message315) => m.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
function with317(f: (m: Message317) => void): () => Message317 {
  return () => {
    const m = ref317();
    m.Header.BerichtIdentificatie.Identificatie = 'BAD317';
    f(m);
    return m;
  };
}
/** A 323 mutated and re-totalled; new identification and numbers unless the case reuses them. */
function with323(f: (m: Message323) => void, retotal = true): () => Message323 {
  return () => {
    const m = ref323(refPrestaties(), 'BAD323', 'BADD1');
    for (const c of m.Declaratie.Clienten.Client) {
      for (const p of c.Prestaties.Prestatie)
        p.ProductReferentie.ReferentieNummer = `BAD${p.ProductReferentie.ReferentieNummer}`;
    }
    f(m);
    return retotal ? withTotal(m) : m;
  };
}
const pr = (m: Message323, i: number) => m.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[i]!;
const xml301 = (edit: (xml: string) => string) => () => edit(writeMessage(ref301()));

const SPECS: CaseSpec[] = [
  {
    rule: 'XML',
    description: 'file cut off in the middle',
    make: xml301((x) => x.slice(0, Math.floor(x.length / 2))),
  },
  {
    rule: 'XSD-root',
    description: 'no Bericht at all',
    make: () => '<?xml version="1.0" encoding="UTF-8"?>\r\n<Leeg/>\r\n',
  },
  {
    rule: 'XSD-namespace',
    description: 'a 2.3 namespace',
    make: xml301((x) => x.replaceAll('/3_2/', '/2_3/')),
  },
  {
    rule: 'ENVELOPE',
    description: 'VECOZO envelope whose Data is not base64',
    make: () =>
      vecozoEnvelope(ref305(), 'x.xml').replace(
        /<vz:Data>[^<]*<\/vz:Data>/,
        '<vz:Data>not base64!</vz:Data>',
      ),
  },
  { rule: 'OP192', description: 'UTF-8 with a byte order mark', make: xml301((x) => `\uFEFF${x}`) },
  {
    rule: 'XSD-element',
    description: 'unknown element in Client',
    make: xml301((x) => x.replace('</wmo301:Bsn>', '</wmo301:Bsn>\r\n<wmo301:Onbekend>x</wmo301:Onbekend>')),
  },
  {
    rule: 'XSD-missing',
    description: 'Geslacht left out',
    make: xml301((x) => x.replace(/\s*<wmo301:Geslacht>.<\/wmo301:Geslacht>/, '')),
  },
  {
    rule: 'XSD-order',
    description: 'Geslacht before Bsn',
    make: xml301((x) => {
      const g = /\s*<wmo301:Geslacht>.<\/wmo301:Geslacht>/.exec(x)![0];
      return x.replace(g, '').replace('<wmo301:Bsn>', `${g.trim()}\r\n<wmo301:Bsn>`);
    }),
  },
  {
    rule: 'XSD-occurs',
    description: 'Geslacht twice',
    make: xml301((x) => x.replace(/(<wmo301:Geslacht>.<\/wmo301:Geslacht>)/, '$1\r\n$1')),
  },
  {
    rule: 'XSD-attribute',
    description: 'an attribute on Client',
    make: xml301((x) => x.replace('<wmo301:Client>', '<wmo301:Client id="1">')),
  },
  {
    rule: 'XSD-datatype',
    description: 'Dagtekening 2025-02-30',
    make: with301((m) => (m.Header.BerichtIdentificatie.Dagtekening = '2025-02-30')),
  },
  {
    rule: 'XSD-range',
    description: 'Huisnummer 123456',
    make: with301((m) => (contact(m).Adres!.Huis!.Huisnummer = 123_456)),
  },
  {
    rule: 'XSD-length',
    description: 'Straatnaam of 30 characters',
    make: with301((m) => (contact(m).Adres!.Straatnaam = 'Zeer Lange Straatnaam Zonder E')),
  },
  {
    rule: 'XSD-pattern',
    description: 'Bsn with a letter',
    make: with301((m) => (m.Client.Bsn = '12345678A')),
  },
  { rule: 'XSD-enumeration', description: 'Geslacht 3', make: with301((m) => (m.Client.Geslacht = '3')) },
  { rule: 'XSD-fixed', description: 'BerichtCode 999', make: with301((m) => (m.Header.BerichtCode = 999)) },
  { rule: 'CS015', description: 'BerichtVersie 2', make: with301((m) => (m.Header.BerichtVersie = 2)) },
  { rule: 'CS025', description: 'BerichtSubversie 1', make: with301((m) => (m.Header.BerichtSubversie = 1)) },
  { rule: 'CD041', description: 'product code without Omvang', make: with301((m) => delete t(m, 0).Omvang) },
  {
    rule: 'CD080',
    description: 'category-only toewijzing with Omvang',
    make: with301((m) => (t(m, 1).Omvang = { Volume: 3, Eenheid: '04', Frequentie: '4' })),
  },
  {
    rule: 'CD095',
    description: '315 category only with Omvang',
    make: with315((m) => (vot(m).Product = { Categorie: '01' })),
  },
  {
    rule: 'CD096',
    description: '317 new category-only product with Omvang',
    make: with317((m) => (m.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Product = { Categorie: '07' })),
  },
  {
    rule: 'CD077',
    description: 'Budget and Omvang',
    make: with301((m) => (t(m, 2).Omvang = { Volume: 5, Eenheid: '04', Frequentie: '4' })),
  },
  {
    rule: 'CD078',
    description: 'Omvang and Budget',
    make: with301((m) => (t(m, 0).Budget = { value: 1000, unit: 'eurocent' })),
  },
  { rule: 'CD079', description: 'no Budget and no Product', make: with301((m) => delete t(m, 2).Budget) },
  { rule: 'CD075', description: 'Budget without Einddatum', make: with301((m) => delete t(m, 2).Einddatum) },
  {
    rule: 'CD076',
    description: 'Frequentie 2 without Einddatum',
    make: with301((m) => delete t(m, 0).Einddatum),
  },
  {
    rule: 'CS338',
    description: 'Eenheid 14 per dag',
    make: with301((m) => (t(m, 0).Omvang = { Volume: 1, Eenheid: '14', Frequentie: '1' })),
  },
  {
    rule: 'CS343',
    description: '315 Eenheid 16 per dag',
    make: with315((m) => (vot(m).Omvang = { Volume: 1, Eenheid: '16', Frequentie: '1' })),
  },
  {
    rule: 'CS003',
    description: 'Einddatum before Ingangsdatum',
    make: with301((m) => (t(m, 0).Einddatum = '2025-03-01')),
  },
  {
    rule: 'CS335',
    description: 'RedenWijziging 13 with a period',
    make: with301((m) => (t(m, 0).RedenWijziging = '13')),
  },
  { rule: 'CS336', description: 'RedenWijziging 01', make: with301((m) => (t(m, 0).RedenWijziging = '01')) },
  {
    rule: 'CS002',
    description: 'Bsn failing the 11-proef',
    make: with301((m) => (m.Client.Bsn = '123456789')),
  },
  {
    rule: 'CS139',
    description: 'DatumGebruik 2 with a day',
    make: with301((m) => (m.Client.Geboortedatum.DatumGebruik = '2')),
  },
  {
    rule: 'CS050',
    description: 'NaamGebruik 2 without Partnernaam',
    make: with301((m) => (m.Client.Naam.NaamGebruik = '2')),
  },
  {
    rule: 'CS318',
    description: 'client NaamGebruik 6',
    make: with301((m) => (m.Client.Naam.NaamGebruik = '6')),
  },
  {
    rule: 'CD007',
    description: 'Taal with Vorm 2',
    make: with301((m) => (m.Client.Communicatie = { Vorm: '2', Taal: 'Pools' })),
  },
  {
    rule: 'CD025',
    description: 'Dutch address without Huis',
    make: with301((m) => delete contact(m).Adres!.Huis),
  },
  {
    rule: 'CD034',
    description: 'BRP address without Postcode',
    make: with301((m) => delete contact(m).Adres!.Postcode),
  },
  {
    rule: 'CS089',
    description: 'postcode 0123AB',
    make: with301((m) => (contact(m).Adres!.Postcode = '0123AB')),
  },
  {
    rule: 'CD005',
    description: 'Belgian address with a Postcode',
    make: with301((m) => (contact(m).Adres!.LandCode = 'BE')),
  },
  {
    rule: 'CD009',
    description: 'Periode on a BRP address',
    make: with301((m) => (contact(m).Periode = { Begindatum: '2025-01-01' })),
  },
  {
    rule: 'CD043',
    description: 'BeschikkingNummer without its date',
    make: with315((m) => (vot(m).BeschikkingNummer = 12345)),
  },
  {
    rule: 'CD066',
    description: 'huisarts without code or name',
    make: with315((m) => (vot(m).Verwijzer = { Type: '02' })),
  },
  {
    rule: 'CD067',
    description: 'gemeente as verwijzer with a code',
    make: with315((m) => (vot(m).Verwijzer = { Type: '01', ZorgverlenerCode: '01234567' })),
  },
  {
    rule: 'CD085',
    description: 'rejection without reason',
    make: () => ({ ...ref319(), Antwoord: { ReferentieAanbieder: 'REFVOW1', VerzoekAntwoord: '1' } }),
  },
  {
    rule: 'CD086',
    description: 'in onderzoek with a reason',
    make: () => ({
      ...ref319(),
      Antwoord: { ReferentieAanbieder: 'REFVOW1', VerzoekAntwoord: '2', RedenAfwijzingVerzoek: '7' },
    }),
  },
  {
    rule: 'CS058',
    description: 'StatusAanlevering 2',
    make: () => {
      const m = ref305();
      m.Client.StartProducten.StartProduct[0]!.StatusAanlevering = '2';
      return m;
    },
  },
  {
    rule: 'CD060',
    description: 'debet with VorigReferentieNummer',
    make: with323((m) => (pr(m, 0).ProductReferentie.VorigReferentieNummer = 'REFP0')),
  },
  {
    rule: 'CD087',
    description: 'hours without ProductTarief',
    make: with323((m) => delete pr(m, 0).ProductTarief),
  },
  {
    rule: 'CS339',
    description: "euro's with Bedrag ≠ volume",
    make: with323((m) => (pr(m, 1).IngediendBedrag.Bedrag = { value: 29_000, unit: 'eurocent' })),
  },
  {
    rule: 'CS337',
    description: 'ProductPeriode over two months',
    make: with323((m) => (pr(m, 0).ProductPeriode.Einddatum = '2025-04-02')),
  },
  {
    rule: 'CS340',
    description: 'DeclaratiePeriode not a whole month',
    make: with323((m) => (m.Declaratie.DeclaratiePeriode.Einddatum = '2025-03-30')),
  },
  {
    rule: 'CS100',
    description: 'DeclaratiePeriode in 2020',
    make: with323(
      (m) => (m.Declaratie.DeclaratiePeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' }),
    ),
  },
  {
    rule: 'CS319',
    description: 'ReferentieNummer with a dash (the XSD already rejects a DeclaratieNummer with one)',
    make: with323((m) => (pr(m, 0).ProductReferentie.ReferentieNummer = 'REF-1')),
  },
  {
    rule: 'CS325',
    description: 'zero credit',
    make: with323((m) => {
      pr(m, 0).IngediendBedrag = { Bedrag: { value: 0, unit: 'eurocent' }, DebetCredit: 'C' };
      pr(m, 0).ProductReferentie.VorigReferentieNummer = 'REFP0';
    }),
  },
  {
    rule: 'TR002',
    description: 'born in 1890',
    make: with301((m) => (m.Client.Geboortedatum.Datum = '1890-01-01')),
  },
  {
    rule: 'TR018',
    description: 'stop before start',
    make: () => {
      const m = ref307();
      m.Client.StopProducten.StopProduct[0]!.Einddatum = '2025-03-01';
      return m;
    },
  },
  {
    rule: 'TR134',
    description: 'start after Dagtekening',
    make: () => {
      const m = ref305();
      m.Client.StartProducten.StartProduct[0]!.Begindatum = '2025-03-20';
      return m;
    },
  },
  {
    rule: 'TR137',
    description: 'ProductPeriode Einddatum before its Begindatum',
    make: with323((m) => (pr(m, 0).ProductPeriode = { Begindatum: '2025-03-20', Einddatum: '2025-03-10' })),
  },
  {
    rule: 'TR319',
    description: 'ProductPeriode in a later month than the DeclaratiePeriode',
    make: with323((m) => (pr(m, 0).ProductPeriode = { Begindatum: '2025-04-01', Einddatum: '2025-04-03' })),
  },
  {
    rule: 'TR335',
    description: 'declaring six years late',
    make: with323((m) => {
      m.Header.BerichtIdentificatie.Dagtekening = '2031-04-05';
      m.Declaratie.DeclaratieDagtekening = '2031-04-05';
    }),
  },
  {
    rule: 'TR380',
    description: 'a NieuwProduct wanted from the Dagtekening',
    make: with317(
      (m) => (m.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.GewensteIngangsdatum = '2025-05-01'),
    ),
  },
  {
    rule: 'TR006',
    description: 'correspondence contact without phone or postcode',
    make: with301((m) =>
      m.Client.Contactgegevens.Contact.push({
        Soort: '02',
        Adres: { Huis: { Huisnummer: 3 }, Straatnaam: 'Postbusweg', Plaatsnaam: 'Duinwaarde' },
      }),
    ),
  },
  {
    rule: 'TR061',
    description: 'only a temporary address',
    make: with301((m) => {
      contact(m).Soort = '04';
      contact(m).Periode = { Begindatum: '2025-01-01', Einddatum: '2025-06-30' };
    }),
  },
  {
    rule: 'TR101',
    description: 'the same start line twice',
    make: () => {
      const m = ref305();
      const lines = m.Client.StartProducten.StartProduct;
      lines.push(clone(lines[0]!));
      return m;
    },
  },
  {
    rule: 'TR302',
    description: 'the same product twice, overlapping',
    make: with301((m) =>
      m.Client.ToegewezenProducten.ToegewezenProduct.push({
        ...clone(t(m, 0)),
        ToewijzingNummer: 900_009,
        ReferentieAanbieder: undefined,
      }),
    ),
  },
  {
    rule: 'TR386',
    description: 'the same product requested twice, overlapping',
    make: with315((m) =>
      m.Client.AangevraagdeProducten.AangevraagdProduct.push({
        ...clone(vot(m)),
        ReferentieAanbieder: 'REFVOT2',
      }),
    ),
  },
  {
    rule: 'TR410',
    description: 'the same new product twice, overlapping',
    make: with317((m) =>
      m.Client.Verzoek.NieuweProducten!.NieuwProduct.push(
        clone(m.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!),
      ),
    ),
  },
  {
    rule: 'TR315',
    description: 'two credits with the same VorigReferentieNummer',
    make: with323((m) => {
      for (const i of [0, 1]) {
        pr(m, i).IngediendBedrag.DebetCredit = 'C';
        pr(m, i).ProductReferentie.VorigReferentieNummer = 'REFP1';
      }
    }),
  },
  {
    rule: 'TR383',
    description: 'a ReferentieAanbieder twice',
    make: with315((m) =>
      m.Client.AangevraagdeProducten.AangevraagdProduct.push({
        ...clone(vot(m)),
        Product: { Categorie: '07', Code: '07A01' },
      }),
    ),
  },
  {
    rule: 'TR352',
    description: 'a VOW without changes',
    make: with317((m) => {
      delete m.Client.Verzoek.TeWijzigenProducten;
      delete m.Client.Verzoek.NieuweProducten;
    }),
  },
  {
    rule: 'TR353',
    description: 'unchanged and to change',
    make: with317((m) =>
      m.Client.Verzoek.OngewijzigdeProducten!.OngewijzigdProduct.push({ ToewijzingNummer: REF.t1 }),
    ),
  },
  {
    rule: 'TR358',
    description: 'wrong total',
    make: with323(
      (m) => (m.Declaratie.TotaalIngediendBedrag.TotaalBedrag = { value: 1, unit: 'eurocent' }),
      false,
    ),
  },
  {
    rule: 'TR316',
    description: 'debet and credit of one prestatie',
    make: with323((m) => {
      const credit = clone(pr(m, 0));
      credit.ProductReferentie = {
        ReferentieNummer: 'BADCREDIT',
        VorigReferentieNummer: pr(m, 0).ProductReferentie.ReferentieNummer,
      };
      credit.IngediendBedrag.DebetCredit = 'C';
      m.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.push(credit);
    }),
  },
  {
    rule: 'TR416',
    description: 'a second debet',
    make: with323((m) => {
      const second = clone(pr(m, 0));
      second.ProductReferentie = { ReferentieNummer: 'BADSECOND' };
      second.GeleverdVolume = 2;
      second.IngediendBedrag.Bedrag = { value: 13_000, unit: 'eurocent' };
      m.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.push(second);
    }),
  },
  {
    rule: 'TR342',
    description: '325 listing an accepted prestatie',
    make: () => {
      const m: Message325 = ref325(ref323(), 'BAD325');
      const p = { ...refPrestaties()[0]!, RetourCodes: { RetourCode: ['0200'] } };
      m.DeclaratieAntwoord!.Clienten = {
        Client: [{ Bsn: REF.bsn, Prestaties: { Prestatie: [p] }, RetourCodes: { RetourCode: ['0200'] } }],
      };
      return m;
    },
  },
  // history rules: validated together with the reference context
  {
    rule: 'TR326',
    history: true,
    description: 'a second start while the first is open',
    make: () => {
      const m = ref305();
      m.Header.BerichtIdentificatie = { Identificatie: 'BAD305', Dagtekening: '2025-04-02' };
      m.Client.StartProducten.StartProduct = [
        { ...m.Client.StartProducten.StartProduct[0]!, Begindatum: '2025-04-01' },
      ];
      return m;
    },
  },
  {
    rule: 'TR349',
    history: true,
    description: 'a VOW that leaves out current toewijzingen',
    make: with317((m) => delete m.Client.Verzoek.OngewijzigdeProducten),
  },
  {
    rule: 'TR411',
    history: true,
    description: 'a change without Omvang of a toewijzing with a code',
    make: with317((m) => delete m.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Omvang),
  },
  {
    rule: 'TR412',
    history: true,
    description: 'a change with Omvang of a category-only toewijzing',
    make: with317((m) => {
      const v = m.Client.Verzoek;
      v.OngewijzigdeProducten = {
        OngewijzigdProduct: [{ ToewijzingNummer: REF.t1 }, { ToewijzingNummer: REF.t3 }],
      };
      v.TeWijzigenProducten = {
        TeWijzigenProduct: [
          {
            ToewijzingNummer: REF.t2,
            GewensteIngangsdatum: '2025-05-15',
            Omvang: { Volume: 2, Eenheid: '04', Frequentie: '4' },
          },
        ],
      };
    }),
  },
  {
    rule: 'TR056',
    history: true,
    description: 'a second 305 with the same Identificatie',
    make: () => ref305(),
  },
  {
    rule: 'TR332',
    history: true,
    description: 'toewijzing number of another client',
    make: with301((m) => {
      m.Client.Bsn = REF.otherBsn;
      m.Client.ToegewezenProducten.ToegewezenProduct.splice(1);
      delete t(m, 0).ReferentieAanbieder;
    }),
  },
  {
    rule: 'TR019',
    history: true,
    description: 'start of an unknown toewijzing',
    make: () => {
      const m = ref305();
      m.Header.BerichtIdentificatie.Identificatie = 'BAD305';
      m.Client.StartProducten.StartProduct = [
        { ...m.Client.StartProducten.StartProduct[0]!, ToewijzingNummer: 999_999 },
      ];
      return m;
    },
  },
  {
    rule: 'TR063',
    history: true,
    description: 'delete of a start that was never sent',
    make: () => {
      const m = ref305();
      m.Header.BerichtIdentificatie.Identificatie = 'BAD305';
      m.Client.StartProducten.StartProduct = [
        { ...m.Client.StartProducten.StartProduct[0]!, Begindatum: '2025-03-11', StatusAanlevering: '3' },
      ];
      return m;
    },
  },
  {
    rule: 'TR347',
    history: true,
    description: 'ReferentieAanbieder of an earlier VOT',
    make: with315(() => undefined),
  },
  {
    rule: 'TR333',
    history: true,
    description: 'DeclaratieNummer used before',
    make: with323((m) => (m.Declaratie.DeclaratieNummer = 'REFD1')),
  },
  {
    rule: 'TR357',
    history: true,
    description: 'a TeWijzigenProduct from before the Dagtekening that is not the original Ingangsdatum',
    make: with317(
      (m) =>
        (m.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.GewensteIngangsdatum = '2025-04-01'),
    ),
  },
  {
    rule: 'TR314',
    history: true,
    description: 'ReferentieNummer used before',
    make: with323((m) => (pr(m, 0).ProductReferentie.ReferentieNummer = 'REFP1')),
  },
  {
    rule: 'TR323',
    history: true,
    description: 'credit of an unknown debet',
    make: with323((m) => {
      pr(m, 0).ProductReferentie.VorigReferentieNummer = 'ONBEKEND';
      pr(m, 0).IngediendBedrag.DebetCredit = 'C';
      m.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie.splice(1);
    }),
  },
  {
    rule: 'TR338',
    history: true,
    description: 'declaring an unknown toewijzing',
    make: with323((m) => (pr(m, 0).ToewijzingNummer = 999_999)),
  },
  {
    rule: 'TR339',
    history: true,
    description: 'another category',
    make: with323((m) => (pr(m, 0).ProductCategorie = '02')),
  },
  {
    rule: 'TR340',
    history: true,
    description: 'another product code',
    make: with323((m) => (pr(m, 0).ProductCode = '01A02')),
  },
  {
    rule: 'TR307',
    history: true,
    description: 'care before the toewijzing',
    make: with323((m) => {
      pr(m, 0).ProductPeriode = { Begindatum: '2025-03-01', Einddatum: '2025-03-05' };
      pr(m, 0).GeleverdVolume = 2;
      pr(m, 0).IngediendBedrag.Bedrag = { value: 13_000, unit: 'eurocent' };
    }),
  },
  {
    rule: 'TR308',
    history: true,
    description: 'care after the toewijzing ended',
    make: () => {
      const p = refPrestaties().slice(0, 1);
      p[0]!.ProductReferentie.ReferentieNummer = 'BADJAN';
      p[0]!.ProductPeriode = { Begindatum: '2026-01-05', Einddatum: '2026-01-20' };
      return ref323(p, 'BAD323', 'BADD1', '2026-01');
    },
  },
  {
    rule: 'TR321',
    history: true,
    description: 'minutes on an hours toewijzing',
    make: with323((m) => (pr(m, 0).Eenheid = '01')),
  },
  {
    rule: 'TR322',
    history: true,
    description: 'more hours than assigned',
    make: with323((m) => {
      pr(m, 0).GeleverdVolume = 50;
      pr(m, 0).IngediendBedrag.Bedrag = { value: 325_000, unit: 'eurocent' };
    }),
  },
  {
    rule: 'TR369',
    history: true,
    description: 'over budget',
    make: with323((m) => {
      pr(m, 1).GeleverdVolume = 90_000;
      pr(m, 1).IngediendBedrag.Bedrag = { value: 90_000, unit: 'eurocent' };
    }),
  },
  {
    rule: 'TR366',
    history: true,
    description: '325 on an unknown 323',
    make: () => {
      const m = ref325(ref323(refPrestaties(), 'ONBEKEND'), 'BAD325');
      return m;
    },
  },
  {
    rule: 'TR367',
    history: true,
    description: '325 rejecting a prestatie not in the 323',
    make: () => {
      const m: Message325 = ref325(ref323(), 'BAD325');
      const p = { ...refPrestaties()[0]!, RetourCodes: { RetourCode: ['9322'] } };
      p.ProductReferentie = { ReferentieNummer: 'ANDERS' };
      m.DeclaratieAntwoord!.Clienten = {
        Client: [{ Bsn: REF.bsn, Prestaties: { Prestatie: [p] }, RetourCodes: { RetourCode: ['0200'] } }],
      };
      return m;
    },
  },
];

export function generateInvalidCases(): {
  context: { name: string; content: string }[];
  cases: InvalidCase[];
} {
  const context = referenceContext().map((m) => ({
    name: `${m.name}-${m.Header.BerichtIdentificatie.Identificatie}.xml`,
    content: writeMessage(m),
  }));
  const cases = SPECS.map((s) => {
    const made = s.make();
    if (typeof made !== 'string' && s.rule !== 'TR056') makeUnique(made, s.rule);
    return {
      rule: s.rule,
      file: `${s.rule}.xml`,
      history: s.history ?? false,
      description: s.description,
      content: typeof made === 'string' ? made : writeMessage(made),
    };
  });
  return { context, cases };
}

/**
 * Gives a case its own identification and numbers, so that validating all cases together adds no
 * findings between them (TR056, TR333, TR314) beyond the rule each one is about.
 */
function makeUnique(m: IstandaardMessage, rule: string): void {
  const tag = rule.replace(/[^A-Za-z0-9]/g, '');
  if (m.Header.BerichtIdentificatie.Identificatie.startsWith('BAD'))
    m.Header.BerichtIdentificatie.Identificatie = `X${tag}`.slice(0, 12);
  if (m.messageType !== '323') return;
  if (m.Declaratie.DeclaratieNummer === 'BADD1') m.Declaratie.DeclaratieNummer = `X${tag}`;
  for (const c of m.Declaratie.Clienten.Client) {
    for (const p of c.Prestaties.Prestatie) {
      const r = p.ProductReferentie;
      if (r.ReferentieNummer.startsWith('BAD'))
        r.ReferentieNummer = `${tag}${r.ReferentieNummer.slice(3)}`.slice(0, 20);
      if (r.VorigReferentieNummer?.startsWith('BAD'))
        r.VorigReferentieNummer = `${tag}${r.VorigReferentieNummer.slice(3)}`.slice(0, 20);
    }
  }
}
