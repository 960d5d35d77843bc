import { MESSAGE_BY_NUMBER, type MessageNumber, type Standard } from '../message-catalog.js';
import {
  cdt,
  cls,
  leaf,
  list,
  plain,
  rootGroup,
  toRetour,
  type Child,
  type ElementDef,
  type GroupNode,
} from './schema-nodes.js';
import { fixedType, T } from './simple-types.js';

/** The element tree of each iWmo/iJw 3.2 message, as the XSDs define it (§5–§6 of the facts doc). */

const isGemeenteSender = (n: MessageNumber) => MESSAGE_BY_NUMBER.get(n)!.direction === 'G→A';

const xsdVersie = (name: string) =>
  cdt(name, [leaf('BasisschemaXsdVersie', T.Versie), leaf('BerichtXsdVersie', T.Versie)]);
const retourCodes = list('RetourCodes', leaf('RetourCode', T.RetourCode));

/** `own` is the message itself (its BerichtCode); `heen` decides who the Afzender is. */
function heenHeader(std: Standard, heen: MessageNumber, own: MessageNumber = heen): Child[] {
  const fromGemeente = isGemeenteSender(heen);
  return [
    leaf('BerichtCode', fixedType('BerichtCode', String(MESSAGE_BY_NUMBER.get(own)!.code[std]), 'XSD-fixed')),
    leaf('BerichtVersie', fixedType('BerichtVersie', '3', 'CS015')),
    leaf('BerichtSubversie', fixedType('BerichtSubversie', '2', 'CS025')),
    leaf('Afzender', fromGemeente ? T.Gemeente : T.AgbCode),
    leaf('Ontvanger', fromGemeente ? T.AgbCode : T.Gemeente),
    cdt('BerichtIdentificatie', [
      leaf('Identificatie', T.IdentificatieBericht),
      leaf('Dagtekening', T.Datum),
    ]),
    xsdVersie('XsdVersie'),
  ];
}

function retourHeader(std: Standard, heen: MessageNumber, own: MessageNumber): Child[] {
  return [
    ...heenHeader(std, heen, own),
    leaf('IdentificatieRetour', T.IdentificatieBericht),
    leaf('DagtekeningRetour', T.Datum),
    leaf('XsltVersie', T.Versie, '?'),
    xsdVersie('XsdVersieRetour'),
    { ...retourCodes, occurs: '?' },
  ];
}

function header325(std: Standard): Child[] {
  return [
    ...heenHeader(std, '325'),
    cdt('DeclaratieIdentificatie', [
      leaf('Identificatie', T.IdentificatieBericht),
      leaf('Dagtekening', T.Datum),
    ]),
    leaf('XsltVersie', T.Versie, '?'),
    xsdVersie('XsdVersieDeclaratie'),
    retourCodes,
  ];
}

const geboortedatum = (occurs: Child['occurs'] = '1') =>
  cdt('Geboortedatum', [leaf('Datum', T.Datum), leaf('DatumGebruik', T.DatumGebruik, '?')], occurs);
const geslachtsnaam = (name: string, occurs: Child['occurs'] = '1') =>
  cdt(name, [leaf('Achternaam', T.Achternaam), leaf('Voorvoegsel', T.Voorvoegsel, '?')], occurs);
const naam = cdt('Naam', [
  geslachtsnaam('Geslachtsnaam'),
  geslachtsnaam('Partnernaam', '?'),
  leaf('Voornamen', T.Voornamen, '?'),
  leaf('Voorletters', T.Voorletters, '?'),
  leaf('NaamGebruik', T.NaamGebruik),
]);
const naamKort = cdt('Naam', [
  geslachtsnaam('Geslachtsnaam'),
  leaf('Voornamen', T.Voornamen, '?'),
  leaf('Voorletters', T.Voorletters, '?'),
]);
const categorie = (std: Standard) => (std === 'iWmo' ? T.CategorieWmo : T.CategorieJw);
const product = (std: Standard, occurs: Child['occurs'] = '?') =>
  cdt('Product', [leaf('Categorie', categorie(std)), leaf('Code', T.ProductCode, '?')], occurs);
const omvang = cdt(
  'Omvang',
  [leaf('Volume', T.Volume), leaf('Eenheid', T.Eenheid), leaf('Frequentie', T.Frequentie)],
  '?',
);
const periode = (name: string, occurs: Child['occurs'], endRequired = true) =>
  cdt(
    name,
    [
      leaf('Begindatum', T.Datum, endRequired ? '1' : '?'),
      leaf('Einddatum', T.Datum, endRequired ? '1' : '?'),
    ],
    occurs,
  );
const telefoon = (name: string, occurs: Child['occurs']) =>
  cdt(name, [leaf('Telefoonnummer', T.Telefoonnummer), leaf('Landnummer', T.Landnummer)], occurs);

const contactChildren: Child[] = [
  leaf('Soort', T.SoortAdres),
  cdt(
    'Adres',
    [
      cdt(
        'Huis',
        [
          leaf('Huisnummer', T.Huisnummer),
          leaf('Huisletter', T.Huisletter, '?'),
          leaf('HuisnummerToevoeging', T.HuisnummerToevoeging, '?'),
          leaf('AanduidingWoonadres', T.AanduidingWoonadres, '?'),
        ],
        '?',
      ),
      leaf('Postcode', T.Postcode, '?'),
      leaf('Straatnaam', T.Straatnaam, '?'),
      leaf('Plaatsnaam', T.Plaatsnaam, '?'),
      leaf('LandCode', T.LandCode, '?'),
    ],
    '?',
  ),
  leaf('Organisatie', T.Organisatie, '?'),
  cdt('Telefoon', [telefoon('Telefoon01', '1'), telefoon('Telefoon02', '?')], '?'),
  leaf('Emailadres', T.Emailadres, '?'),
  periode('Periode', '?', false),
];

function body301(std: Standard): Child[] {
  return [
    cls('Client', [
      leaf('Bsn', T.Bsn),
      geboortedatum(),
      leaf('Geslacht', T.Geslacht),
      naam,
      cdt('Communicatie', [leaf('Vorm', T.Communicatievorm), leaf('Taal', T.Taal, '?')], '?'),
      leaf('JuridischeStatus', T.JuridischeStatus, '?'),
      leaf('WettelijkeVertegenwoordiging', T.WettelijkeVertegenwoordiging, '?'),
      leaf('Commentaar', T.Commentaar, '?'),
      list(
        'Relaties',
        cls('Relatie', [
          leaf('Nummer', T.Persoonsid),
          leaf('Volgorde', T.Volgorde, '?'),
          leaf('Soort', T.SoortRelatie),
          geboortedatum('?'),
          leaf('Geslacht', T.Geslacht, '?'),
          naam,
          cls('Contact', contactChildren),
        ]),
        '?',
      ),
      list('Contactgegevens', cls('Contact', contactChildren)),
      list(
        'ToegewezenProducten',
        cls('ToegewezenProduct', [
          leaf('ToewijzingNummer', T.Nummer),
          leaf('ReferentieAanbieder', T.ReferentieAanbieder, '?'),
          product(std),
          leaf('Toewijzingsdatum', T.Datum),
          leaf('Toewijzingstijd', T.Tijd),
          leaf('Ingangsdatum', T.Datum),
          leaf('Einddatum', T.Datum, '?'),
          leaf('RedenWijziging', T.RedenWijziging, '?'),
          omvang,
          leaf('Budget', T.Bedrag, '?'),
          leaf('Commentaar', T.Commentaar, '?'),
        ]),
      ),
    ]),
  ];
}

const clientKort: Child[] = [leaf('Bsn', T.Bsn), geboortedatum(), leaf('Geslacht', T.Geslacht), naamKort];

function body305(std: Standard): Child[] {
  return [
    cls('Client', [
      ...clientKort,
      list(
        'StartProducten',
        cls('StartProduct', [
          leaf('ToewijzingNummer', T.Nummer, '?'),
          product(std),
          leaf('ToewijzingIngangsdatum', T.Datum, '?'),
          leaf('Begindatum', T.Datum),
          leaf('StatusAanlevering', T.StatusAanlevering),
        ]),
      ),
    ]),
  ];
}

function body307(std: Standard): Child[] {
  return [
    cls('Client', [
      ...clientKort,
      list(
        'StopProducten',
        cls('StopProduct', [
          leaf('ToewijzingNummer', T.Nummer, '?'),
          product(std),
          leaf('ToewijzingIngangsdatum', T.Datum, '?'),
          leaf('Begindatum', T.Datum),
          leaf('RedenBeeindiging', std === 'iWmo' ? T.RedenBeeindigingWmo : T.RedenBeeindigingJw),
          leaf('Einddatum', T.Datum),
          leaf('StatusAanlevering', T.StatusAanlevering),
        ]),
      ),
    ]),
  ];
}

function body315(std: Standard): Child[] {
  return [
    cls('Client', [
      ...clientKort,
      ...(std === 'iJw' ? [leaf('GezagsdragerBekend', T.JaNee, '?')] : []),
      leaf('Commentaar', T.Commentaar, '?'),
      list(
        'AangevraagdeProducten',
        cls('AangevraagdProduct', [
          leaf('ReferentieAanbieder', T.ReferentieAanbieder),
          leaf('BeschikkingNummer', T.Nummer, '?'),
          product(std),
          leaf('BeschikkingIngangsdatum', T.Datum, '?'),
          leaf('ToewijzingIngangsdatum', T.Datum),
          leaf('ToewijzingEinddatum', T.Datum, '?'),
          omvang,
          leaf('Budget', T.Bedrag, '?'),
          cdt('Verwijzer', [
            leaf('Type', T.TypeVerwijzer),
            leaf('Naam', T.NaamVerwijzer, '?'),
            leaf('ZorgverlenerCode', T.AgbCode, '?'),
          ]),
          leaf('Raamcontract', T.JaNee, '?'),
          leaf('Commentaar', T.Commentaar, '?'),
        ]),
      ),
    ]),
  ];
}

function body317(std: Standard): Child[] {
  return [
    cls('Client', [
      leaf('Bsn', T.Bsn),
      cls('Verzoek', [
        leaf('ReferentieAanbieder', T.ReferentieAanbieder),
        leaf('RedenVerzoek', T.RedenVerzoek),
        list('OngewijzigdeProducten', cls('OngewijzigdProduct', [leaf('ToewijzingNummer', T.Nummer)]), '?'),
        list(
          'TeWijzigenProducten',
          cls('TeWijzigenProduct', [
            leaf('ToewijzingNummer', T.Nummer),
            leaf('GewensteIngangsdatum', T.Datum),
            leaf('Einddatum', T.Datum, '?'),
            omvang,
            leaf('Budget', T.Bedrag, '?'),
          ]),
          '?',
        ),
        list(
          'NieuweProducten',
          cls('NieuwProduct', [
            product(std),
            leaf('GewensteIngangsdatum', T.Datum),
            leaf('Einddatum', T.Datum, '?'),
            omvang,
            leaf('Budget', T.Bedrag, '?'),
          ]),
          '?',
        ),
      ]),
    ]),
  ];
}

function body319(std: Standard): Child[] {
  return [
    cls('Antwoord', [
      leaf('ReferentieAanbieder', T.ReferentieAanbieder),
      leaf('VerzoekAntwoord', T.VerzoekAntwoord),
      leaf('RedenAfwijzingVerzoek', T.RedenAfwijzingVerzoek, '?'),
      ...(std === 'iJw' ? [cls('Woonplaatsbeginsel', [leaf('Gemeente', T.Gemeente)], '?')] : []),
    ]),
  ];
}

const bedrag = (name: string, amountName: string, amountType = T.Bedrag) =>
  cdt(name, [leaf(amountName, amountType), leaf('DebetCredit', T.DebetCredit)]);

function prestatie(std: Standard, withRetourCodes: boolean): Child {
  return cls('Prestatie', [
    cdt('ProductReferentie', [
      leaf('ReferentieNummer', T.ReferentieNummer),
      leaf('VorigReferentieNummer', T.ReferentieNummer, '?'),
    ]),
    leaf('ToewijzingNummer', T.Nummer),
    leaf('ProductCategorie', categorie(std)),
    leaf('ProductCode', T.ProductCode),
    periode('ProductPeriode', '1'),
    leaf('GeleverdVolume', T.Volume),
    leaf('Eenheid', T.Eenheid),
    leaf('ProductTarief', T.Bedrag, '?'),
    bedrag('IngediendBedrag', 'Bedrag'),
    ...(withRetourCodes ? [retourCodes] : []),
  ]);
}

function body323(std: Standard): Child[] {
  return [
    cls('Declaratie', [
      leaf('DeclaratieNummer', T.DeclaratieNummer323),
      periode('DeclaratiePeriode', '1'),
      leaf('DeclaratieDagtekening', T.Datum),
      bedrag('TotaalIngediendBedrag', 'TotaalBedrag', T.TotaalBedrag),
      list('Clienten', cls('Client', [leaf('Bsn', T.Bsn), list('Prestaties', prestatie(std, false))])),
    ]),
  ];
}

function body325(std: Standard): Child[] {
  return [
    plain(
      'DeclaratieAntwoord',
      [
        leaf('DeclaratieNummer', T.DeclaratieNummer),
        bedrag('TotaalIngediendBedrag', 'TotaalBedrag', T.TotaalBedrag),
        bedrag('TotaalToegekendBedrag', 'TotaalBedrag', T.TotaalBedrag),
        list(
          'Clienten',
          plain('Client', [leaf('Bsn', T.Bsn), list('Prestaties', prestatie(std, true)), retourCodes]),
          '?',
        ),
        retourCodes,
      ],
      '?',
    ),
  ];
}

const HEEN_BODY: Partial<Record<MessageNumber, (std: Standard) => Child[]>> = {
  '301': body301,
  '305': body305,
  '307': body307,
  '315': body315,
  '317': body317,
  '319': body319,
  '323': body323,
};

export interface MessageSchema {
  standard: Standard;
  number: MessageNumber;
  /** The children of `Bericht`. */
  root: GroupNode;
}

function buildSchema(std: Standard, number: MessageNumber): MessageSchema {
  const info = MESSAGE_BY_NUMBER.get(number)!;
  let children: Child[];
  if (number === '325') children = [plain('Header', header325(std)), ...body325(std)];
  else if (info.kind === 'retour') {
    const heen = info.answers!;
    children = [
      plain('Header', retourHeader(std, heen, number)),
      ...toRetour(HEEN_BODY[heen]!(std), retourCodes),
    ];
  } else children = [plain('Header', heenHeader(std, number)), ...HEEN_BODY[number]!(std)];
  return { standard: std, number, root: rootGroup(children) };
}

const cache = new Map<string, MessageSchema>();

export function getMessageSchema(std: Standard, number: MessageNumber): MessageSchema {
  const key = `${std}${number}`;
  let schema = cache.get(key);
  if (!schema) {
    schema = buildSchema(std, number);
    cache.set(key, schema);
  }
  return schema;
}

/** Finds the definition of a child element by name. */
export function childDef(group: GroupNode, name: string): ElementDef | undefined {
  const i = group.index.get(name);
  return i === undefined ? undefined : group.children[i];
}
