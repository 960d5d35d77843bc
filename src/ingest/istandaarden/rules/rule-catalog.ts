import type { RuleLayer } from '../finding.js';

/**
 * Where a rule comes from. Only what the facts document (docs/istandaarden.md, §-numbers there) and the
 * official XSDs say: every CD/CS/TR/OP id refers to Zorginstituut Nederland's Informatiemodel iWmo 3.2 /
 * iJw 3.2; the XSD-… ids are what the official message schemas and the basisschema enforce.
 */
export type RuleSource = 'xsd' | 'xsd+im' | 'im' | 'xml' | 'envelope';

export const SOURCE_TEXT: Record<RuleSource, string> = {
  xsd: 'XSD iWmo/iJw 3.2 (message schema + basisschema, Zorginstituut Nederland)',
  'xsd+im': 'XSD iWmo/iJw 3.2 (fixed value) and Informatiemodel iWmo/iJw 3.2 (Zorginstituut Nederland)',
  im: 'Informatiemodel iWmo/iJw 3.2 (Zorginstituut Nederland)',
  xml: 'XML 1.0 well-formedness; file conventions OP192/OP179 of the Informatiemodel',
  envelope: 'VECOZO SOAP IndienenBericht / StUF-GGk vrij bericht (facts §11)',
};

/** Every rule this validator implements, as data: the docs table, the CLI and the tests come from here. */
export interface RuleInfo {
  /** The iStandaarden id (CD041, TR358 …) or, for what only the XSD enforces, an `XSD-…` id. */
  id: string;
  layer: RuleLayer;
  /** What the rule asks, as implemented. */
  checks: string;
  /**
   * The 3.2 elements it applies to: `NNN Path` with the message number (iWmo and iJw alike) and the end of
   * the element path under `Bericht`; `*` = every element of every message. Checked against the schema.
   */
  appliesTo: readonly string[];
  /** Needs earlier messages (layer 4): the stored toewijzingen, declarations, identifications. */
  history: boolean;
  source: RuleSource;
  /** Where the facts document states it. */
  facts: string;
}

type Extra = Partial<Pick<RuleInfo, 'source' | 'facts'>>;

function r(
  layer: RuleLayer,
  id: string,
  checks: string,
  appliesTo: readonly string[],
  extra: Extra = {},
): RuleInfo {
  const source: RuleSource = extra.source ?? (id.startsWith('XSD-') ? 'xsd' : 'im');
  return { id, layer, checks, appliesTo, history: layer === 'history', source, facts: extra.facts ?? '§8' };
}

/** `on(['301', '315'], 'Omvang')` → ['301 Omvang', '315 Omvang']. */
const on = (messages: readonly string[], ...paths: string[]): string[] =>
  messages.flatMap((m) => paths.map((p) => `${m} ${p}`));

const ALL = ['*'];
const TOEWIJZING = [
  '301 ToegewezenProduct',
  '315 AangevraagdProduct',
  '317 TeWijzigenProduct',
  '317 NieuwProduct',
];
const products = (path: string) => TOEWIJZING.map((p) => `${p}/${path}`);
const PRESTATIE = '323 Prestatie';
const CONTACT = ['301 Contactgegevens/Contact', '301 Relatie/Contact'];
const contacts = (path: string) => CONTACT.map((p) => `${p}/${path}`);
const START_STOP = ['305 StartProduct', '307 StopProduct'];
const HEADERS = [
  '301',
  '302',
  '305',
  '306',
  '307',
  '308',
  '315',
  '316',
  '317',
  '318',
  '319',
  '320',
  '323',
  '325',
];

export const RULES: readonly RuleInfo[] = [
  r('file', 'XML', 'well-formed XML; the finding carries line and column', ALL, {
    source: 'xml',
    facts: '§3',
  }),
  r('file', 'XSD-root', 'the file holds at least one Bericht', ['* Bericht'], { facts: '§3' }),
  r('file', 'XSD-namespace', 'iWmo/iJw 3.2 message and basisschema namespaces, per element', ALL, {
    facts: '§3',
  }),
  r('file', 'ENVELOPE', 'an envelope payload (base64, zipped or not) can be decoded', ['* Bericht'], {
    source: 'envelope',
    facts: '§11',
  }),
  r('file', 'OP192', 'UTF-8 without byte order mark (warning)', ['* Bericht'], { facts: '§3' }),
  r('structure', 'XSD-element', 'only the elements the sequence allows; no text in composite elements', ALL, {
    facts: '§3',
  }),
  r('structure', 'XSD-missing', 'required elements are present', ALL, { facts: '§6' }),
  r('structure', 'XSD-order', 'elements in sequence order', ALL, { facts: '§3' }),
  r('structure', 'XSD-occurs', 'non-repeating elements occur once', ALL, { facts: '§6' }),
  r('structure', 'XSD-attribute', 'no attributes', ALL, { facts: '§3' }),
  r('structure', 'XSD-datatype', 'dates, times and integers are well formed (no timezone)', ALL, {
    facts: '§4',
  }),
  r('structure', 'XSD-range', 'integers and amounts within their bounds', ALL, { facts: '§4' }),
  r('structure', 'XSD-length', 'string lengths', ALL, { facts: '§4' }),
  r(
    'structure',
    'XSD-pattern',
    'patterns (BSN, AGB, gemeente, versie, phone, 323 DeclaratieNummer …) and not-blank',
    ALL,
    {
      facts: '§4',
    },
  ),
  r('structure', 'XSD-enumeration', 'code lists, exact (leading zeros count)', ALL, { facts: '§7' }),
  r('structure', 'XSD-fixed', 'BerichtCode of the message type', on(HEADERS, 'Header/BerichtCode'), {
    facts: '§2',
  }),
  r('structure', 'CS015', 'BerichtVersie is 3', on(HEADERS, 'Header/BerichtVersie'), {
    source: 'xsd+im',
    facts: '§1',
  }),
  r('structure', 'CS025', 'BerichtSubversie is 2', on(HEADERS, 'Header/BerichtSubversie'), {
    source: 'xsd+im',
    facts: '§1',
  }),
  r('content', 'CD041', 'product Code filled ⇒ Omvang required', products('Omvang')),
  r('content', 'CD080', '301: category only (Einddatum empty or after 2020) ⇒ no Omvang', [
    '301 ToegewezenProduct/Omvang',
  ]),
  r('content', 'CD095', '315: as CD080', ['315 AangevraagdProduct/Omvang']),
  r('content', 'CD096', '317: as CD080 (NieuwProduct)', ['317 NieuwProduct/Omvang']),
  r('content', 'CD077', 'Budget ⇒ no Omvang', products('Omvang')),
  r('content', 'CD078', 'Omvang ⇒ no Budget', products('Budget')),
  r('content', 'CD079', 'no Budget ⇒ Product required', [
    '301 ToegewezenProduct/Product',
    '315 AangevraagdProduct/Product',
    '317 NieuwProduct/Product',
  ]),
  r('content', 'CD075', 'Budget ⇒ Einddatum required', [
    '301 ToegewezenProduct/Einddatum',
    '315 AangevraagdProduct/ToewijzingEinddatum',
    '317 TeWijzigenProduct/Einddatum',
    '317 NieuwProduct/Einddatum',
  ]),
  r('content', 'CD076', 'Frequentie 2 (per week) ⇒ Einddatum required', [
    '301 ToegewezenProduct/Einddatum',
    '315 AangevraagdProduct/ToewijzingEinddatum',
    '317 TeWijzigenProduct/Einddatum',
    '317 NieuwProduct/Einddatum',
  ]),
  r('content', 'CS338', '301: Eenheid 14/16/83/84 ⇒ Frequentie 2, 4 or 6', [
    '301 ToegewezenProduct/Omvang/Frequentie',
  ]),
  r('content', 'CS343', '315/317: as CS338', [
    '315 AangevraagdProduct/Omvang/Frequentie',
    '317 TeWijzigenProduct/Omvang/Frequentie',
    '317 NieuwProduct/Omvang/Frequentie',
  ]),
  r('content', 'CS003', 'toewijzing Einddatum ≥ Ingangsdatum', [
    '301 ToegewezenProduct/Einddatum',
    '315 AangevraagdProduct/ToewijzingEinddatum',
    '317 TeWijzigenProduct/Einddatum',
    '317 NieuwProduct/Einddatum',
  ]),
  r('content', 'CS335', 'RedenWijziging 13 ⇒ Einddatum = Ingangsdatum', [
    '301 ToegewezenProduct/RedenWijziging',
  ]),
  r('content', 'CS336', 'no RedenWijziging 01', ['301 ToegewezenProduct/RedenWijziging']),
  r('content', 'CS002', 'BSN 11-proef', [
    ...on(['301', '305', '307', '315', '317'], 'Client/Bsn'),
    '323 Client/Bsn',
  ]),
  r('content', 'CS139', 'Geboortedatum fits DatumGebruik', [
    ...on(['301', '305', '307', '315'], 'Client/Geboortedatum/Datum'),
    '301 Relatie/Geboortedatum/Datum',
  ]),
  r('content', 'CS050', 'NaamGebruik 1–4 with Partnernaam, else 1 or 6', [
    '301 Client/Naam/NaamGebruik',
    '301 Relatie/Naam/NaamGebruik',
  ]),
  r('content', 'CS318', 'client NaamGebruik is not 6', ['301 Client/Naam/NaamGebruik']),
  r('content', 'CD007', 'Communicatie Taal ⇔ Vorm 1', ['301 Client/Communicatie/Taal']),
  r('content', 'CD025', 'Dutch address ⇒ Huis', contacts('Adres/Huis')),
  r('content', 'CD034', 'Dutch address of Soort 01/03 ⇒ Postcode', contacts('Adres/Postcode')),
  r('content', 'CS089', 'Dutch postcode format 1234AB', contacts('Adres/Postcode')),
  r('content', 'CD005', 'foreign address (LandCode ≠ NL) ⇒ no Postcode', contacts('Adres/Postcode')),
  r('content', 'CD009', 'Contact Periode only for Soort 04', contacts('Periode')),
  r('content', 'CD043', '315: BeschikkingIngangsdatum ⇔ BeschikkingNummer', [
    '315 AangevraagdProduct/BeschikkingIngangsdatum',
  ]),
  r('content', 'CD066', '315: Verwijzer 02–05 ⇒ ZorgverlenerCode or Naam', [
    '315 AangevraagdProduct/Verwijzer',
  ]),
  r('content', 'CD067', '315: other Verwijzer types ⇒ no ZorgverlenerCode', [
    '315 AangevraagdProduct/Verwijzer/ZorgverlenerCode',
  ]),
  r('content', 'CD085', '319: VerzoekAntwoord 1 ⇒ RedenAfwijzingVerzoek', [
    '319 Antwoord/RedenAfwijzingVerzoek',
  ]),
  r('content', 'CD086', '319: no RedenAfwijzingVerzoek unless VerzoekAntwoord 1', [
    '319 Antwoord/RedenAfwijzingVerzoek',
  ]),
  r(
    'content',
    'CS058',
    '305/307: StatusAanlevering 1 or 3',
    START_STOP.map((s) => `${s}/StatusAanlevering`),
  ),
  r('content', 'CD060', '323: VorigReferentieNummer ⇔ credit', [
    `${PRESTATIE}/ProductReferentie/VorigReferentieNummer`,
  ]),
  r('content', 'CD087', '323: ProductTarief unless Eenheid 83 (and empty with 83)', [
    `${PRESTATIE}/ProductTarief`,
  ]),
  r('content', 'CS339', '323: Eenheid 83 ⇒ Bedrag = GeleverdVolume', [`${PRESTATIE}/IngediendBedrag/Bedrag`]),
  r('content', 'CS337', '323: ProductPeriode within one month', [`${PRESTATIE}/ProductPeriode`]),
  r('content', 'CS340', '323: DeclaratiePeriode is one calendar month', ['323 Declaratie/DeclaratiePeriode']),
  r('content', 'CS100', '323: DeclaratiePeriode from 2021-01-01', [
    '323 Declaratie/DeclaratiePeriode/Begindatum',
  ]),
  r(
    'content',
    'CS319',
    '323: ReferentieNummer alphanumeric (the XSD already enforces it on DeclaratieNummer)',
    [`${PRESTATIE}/ProductReferentie/ReferentieNummer`, '323 Declaratie/DeclaratieNummer'],
  ),
  r('content', 'CS325', '323: a zero amount is debet', [
    '323 Declaratie/TotaalIngediendBedrag/DebetCredit',
    `${PRESTATIE}/IngediendBedrag/DebetCredit`,
  ]),
  r('message', 'TR002', 'Geboortedatum at most 120 years before Dagtekening', [
    ...on(['301', '305', '307', '315'], 'Client/Geboortedatum/Datum'),
  ]),
  r('message', 'TR018', 'end ≥ begin (contact and stop periods; 323: TR137)', [
    '301 Contactgegevens/Contact/Periode/Einddatum',
    '307 StopProduct/Einddatum',
  ]),
  r('message', 'TR134', 'no Geboortedatum, Toewijzingsdatum, start or stop after Dagtekening (323: TR137)', [
    ...on(['301', '305', '307', '315'], 'Client/Geboortedatum/Datum'),
    '301 ToegewezenProduct/Toewijzingsdatum',
    '305 StartProduct/Begindatum',
    '307 StopProduct/Einddatum',
  ]),
  r('message', 'TR137', "323: an Einddatum ≥ its period's Begindatum and not after the Dagtekening", [
    '323 Declaratie/DeclaratiePeriode/Einddatum',
    `${PRESTATIE}/ProductPeriode/Einddatum`,
  ]),
  r('message', 'TR319', '323: ProductPeriode in the current or an earlier DeclaratiePeriode (9319)', [
    `${PRESTATIE}/ProductPeriode`,
  ]),
  r('message', 'TR335', '323: ProductPeriode at most 5 years before Dagtekening', [
    `${PRESTATIE}/ProductPeriode/Begindatum`,
  ]),
  r('message', 'TR380', '317: NieuwProduct GewensteIngangsdatum after Dagtekening', [
    '317 NieuwProduct/GewensteIngangsdatum',
  ]),
  r('message', 'TR006', '301: Contact has a phone and/or Huis + Postcode', ['301 Contactgegevens/Contact']),
  r('message', 'TR061', '301: an address of Soort 01, 02 or 03', ['301 Contactgegevens/Contact/Soort']),
  r('message', 'TR101', '305/307/323: no duplicate lines (323: nor a ReferentieNummer twice)', [
    ...START_STOP,
    PRESTATIE,
    `${PRESTATIE}/ProductReferentie/ReferentieNummer`,
  ]),
  r('message', 'TR302', '301: same product only without overlap', ['301 ToegewezenProduct']),
  r('message', 'TR386', '315: same product only without overlap', ['315 AangevraagdProduct']),
  r('message', 'TR410', '317: same new product only without overlap', ['317 NieuwProduct']),
  r('message', 'TR315', '323: VorigReferentieNummer unique in the message', [
    `${PRESTATIE}/ProductReferentie/VorigReferentieNummer`,
  ]),
  r('message', 'TR383', '315: ReferentieAanbieder unique in the message', [
    '315 AangevraagdProduct/ReferentieAanbieder',
  ]),
  r('message', 'TR352', '317: at least one product to change or add', ['317 Verzoek']),
  r('message', 'TR353', '317: a toewijzing is not both unchanged and to change', [
    '317 TeWijzigenProduct/ToewijzingNummer',
  ]),
  r('message', 'TR358', '323: TotaalIngediendBedrag = Σ signed IngediendBedrag', [
    '323 Declaratie/TotaalIngediendBedrag',
  ]),
  r('message', 'TR316', '323: no debet and credit for the same prestatie', [PRESTATIE]),
  r('message', 'TR416', '323: no second debet for the same prestatie', [PRESTATIE]),
  r(
    'message',
    'TR342',
    '325: lists only rejected prestaties (a code other than 0200)',
    ['325 Prestatie/RetourCodes'],
    {
      facts: '§6',
    },
  ),
  r(
    'history',
    'TR056',
    'Identificatie unique per sender + message type (9056)',
    on(HEADERS, 'Header/BerichtIdentificatie/Identificatie'),
  ),
  r(
    'history',
    'TR332',
    '301: ToewijzingNummer belongs to one client and aanbieder per gemeente + wet (9332)',
    ['301 ToegewezenProduct/ToewijzingNummer'],
  ),
  r(
    'history',
    'TR019',
    '305/307: the toewijzing is known for this client and aanbieder (9019)',
    START_STOP.map((s) => `${s}/ToewijzingNummer`),
  ),
  r(
    'history',
    'TR063',
    '305/307: a delete (status 3) follows an earlier line (9063)',
    START_STOP.map((s) => `${s}/StatusAanlevering`),
  ),
  r('history', 'TR326', '305: no second start of a toewijzing while an earlier start has no stop (9326)', [
    '305 StartProduct/Begindatum',
  ]),
  r('history', 'TR349', '317: every current toewijzing of the client at the aanbieder is listed (9349)', [
    '317 Verzoek',
  ]),
  r(
    'history',
    'TR357',
    '317: a TeWijzigenProduct on or before the Dagtekening keeps the toewijzing Ingangsdatum (9357)',
    ['317 TeWijzigenProduct/GewensteIngangsdatum'],
  ),
  r('history', 'TR411', '317: a change of a toewijzing with a product code has Omvang (9411)', [
    '317 TeWijzigenProduct/Omvang',
  ]),
  r('history', 'TR412', '317: a change of a toewijzing without a product code has no Omvang (9412)', [
    '317 TeWijzigenProduct/Omvang',
  ]),
  r('history', 'TR347', '315: ReferentieAanbieder not used before (9347)', [
    '315 AangevraagdProduct/ReferentieAanbieder',
  ]),
  r('history', 'TR333', '323: DeclaratieNummer not used before (9333)', ['323 Declaratie/DeclaratieNummer']),
  r('history', 'TR314', '323: ReferentieNummer not delivered before, in this or an earlier message (8021)', [
    `${PRESTATIE}/ProductReferentie/ReferentieNummer`,
  ]),
  r('history', 'TR323', '323: a credit names an earlier debet (8017)', [
    `${PRESTATIE}/ProductReferentie/VorigReferentieNummer`,
  ]),
  r('history', 'TR338', '323: the toewijzing exists for this client and aanbieder (9338)', [
    `${PRESTATIE}/ToewijzingNummer`,
  ]),
  r('history', 'TR339', '323: ProductCategorie matches the toewijzing (9339)', [
    `${PRESTATIE}/ProductCategorie`,
  ]),
  r('history', 'TR340', '323: ProductCode matches the toewijzing (9340)', [`${PRESTATIE}/ProductCode`]),
  r('history', 'TR307', '323: ProductPeriode starts on/after the toewijzing Ingangsdatum (9307)', [
    `${PRESTATIE}/ProductPeriode/Begindatum`,
  ]),
  r('history', 'TR308', '323: ProductPeriode ends on/before the toewijzing Einddatum (9308)', [
    `${PRESTATIE}/ProductPeriode/Einddatum`,
  ]),
  r('history', 'TR321', '323: Eenheid matches the toegewezen Omvang (9321)', [`${PRESTATIE}/Eenheid`]),
  r('history', 'TR322', '323: GeleverdVolume within the toegewezen volume for the period (9322)', [
    `${PRESTATIE}/GeleverdVolume`,
  ]),
  r('history', 'TR369', '323: Σ declared on a budget toewijzing ≤ Budget (9369)', [
    `${PRESTATIE}/IngediendBedrag/Bedrag`,
  ]),
  r('history', 'TR366', '325: answers a known 323 (DeclaratieIdentificatie)', [
    '325 Header/DeclaratieIdentificatie/Identificatie',
  ]),
  r('history', 'TR367', '325: every rejected prestatie is in that 323', [
    '325 Prestatie/ProductReferentie/ReferentieNummer',
  ]),
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((x) => x.id));

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The rule audit as a Markdown table (docs/istandaarden.md holds exactly this; `ggm istandaarden rules --markdown`). */
export function rulesMarkdown(): string {
  const rows = RULES.map((x) =>
    [
      x.id,
      x.layer,
      cell(x.checks),
      x.appliesTo.map((a) => (a === '*' ? 'every element' : `\`${a}\``)).join(', '),
      x.history ? 'yes' : 'no',
      `${SOURCE_TEXT[x.source]}; facts ${x.facts}`,
    ].join(' | '),
  );
  return [
    '| Rule | Layer | Checks | Applies to (3.2, iWmo and iJw) | History | Source |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
