/** The datatypes of the basisschema as data (§4 of the facts doc), and the check the XSD would do. */

export type BaseKind = 'string' | 'int' | 'date' | 'time' | 'amount';

export interface SimpleType {
  id: string;
  base: BaseKind;
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** Human-readable form of `pattern` for messages. */
  patternText?: string;
  min?: number;
  max?: number;
  /** A code list: exact strings, so leading zeros count. */
  values?: readonly string[];
  /** Not only whitespace. */
  notBlank?: boolean;
  /** A value the schema fixes, with the rule id that reports it. */
  fixed?: { value: string; rule: string };
}

/** Eurocents with the unit spelled out, so a reader never mistakes cents for euros. */
export interface Amount {
  value: number;
  unit: 'eurocent';
}

export type LeafValue = string | number | Amount;

const str = (
  id: string,
  minLength: number,
  maxLength?: number,
  extra: Partial<SimpleType> = {},
): SimpleType => ({
  id,
  base: 'string',
  minLength,
  ...(maxLength !== undefined ? { maxLength } : {}),
  ...extra,
});
const int = (id: string, max: number): SimpleType => ({ id, base: 'int', min: 0, max });
const codes = (id: string, values: readonly string[]): SimpleType => ({ id, base: 'string', values });
const range = (from: number, to: number, width = 2): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(width, '0'));
/**
 * The basisschema's `.*[^\s].*`: at least one character that is not XSD whitespace (space, tab, CR, LF),
 * on one line (an XSD `.` matches neither CR nor LF).
 */
const FILLED = { pattern: /^[^\r\n]*[^ \t\r\n][^\r\n]*$/, patternText: '.*[^\\s].*' } as const;
const filled = (id: string, minLength: number, maxLength: number): SimpleType =>
  str(id, minLength, maxLength, FILLED);
const pat = (id: string, pattern: RegExp, patternText: string): SimpleType => ({
  id,
  base: 'string',
  pattern,
  patternText,
});

export const T = {
  Datum: { id: 'Datum', base: 'date' },
  Tijd: { id: 'Tijd', base: 'time' },
  Gemeente: pat('Gemeente', /^[0-9]{4}$/, '[0-9]{4}'),
  AgbCode: pat('AgbCode', /^[0-9]{8}$/, '[0-9]{8}'),
  Bsn: pat('Bsn', /^[0-9]{9}$/, '[0-9]{9}'),
  IdentificatieBericht: filled('IdentificatieBericht', 1, 12),
  Versie: pat('Versie', /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/, 'n.n.n, no leading zeros'),
  Nummer: int('Nummer', 999_999_999),
  Volume: int('Volume', 99_999_999),
  Bedrag: { id: 'Bedrag', base: 'amount', min: 0, max: 99_999_999 },
  TotaalBedrag: { id: 'TotaalBedrag', base: 'amount', min: 0, max: 999_999_999_999 },
  ReferentieAanbieder: filled('ReferentieAanbieder', 1, 36),
  ReferentieNummer: str('ReferentieNummer', 1, 20),
  DeclaratieNummer: str('DeclaratieNummer', 1, 12),
  /** In a 323 the message XSD restricts DeclaratieNummer to letters and digits (CS319 at the XSD level). */
  DeclaratieNummer323: str('DeclaratieNummer', 1, 12, {
    pattern: /^[a-zA-Z0-9]+$/,
    patternText: '([a-zA-Z0-9])+',
  }),
  ProductCode: filled('ProductCode', 1, 5),
  Achternaam: filled('Achternaam', 1, 200),
  Voornamen: filled('Voornamen', 1, 200),
  Voorvoegsel: filled('Voorvoegsel', 1, 10),
  Voorletters: {
    ...pat('Voorletters', /^[a-zA-Z\u00C0-\u1EF3]+$/, '([a-zA-ZÀ-ỳ])+'),
    minLength: 1,
    maxLength: 6,
  },
  Straatnaam: filled('Straatnaam', 1, 24),
  Plaatsnaam: filled('Plaatsnaam', 1, 80),
  Postcode: filled('Postcode', 1, 8),
  Huisnummer: int('Huisnummer', 99_999),
  Huisletter: filled('Huisletter', 1, 1),
  HuisnummerToevoeging: filled('HuisnummerToevoeging', 1, 4),
  Telefoonnummer: pat('Telefoonnummer', /^[0-9]{1,15}$/, 'up to 15 digits'),
  Landnummer: filled('Landnummer', 1, 4),
  Emailadres: filled('Emailadres', 1, 80),
  Organisatie: filled('Organisatie', 1, 35),
  Taal: filled('Taal', 1, 25),
  NaamVerwijzer: filled('NaamVerwijzer', 1, 64),
  Persoonsid: filled('Persoonsid', 1, 20),
  Volgorde: int('Volgorde', 99),
  Commentaar: str('Commentaar', 1, undefined, { notBlank: true }),
  LandCode: pat('LandCode', /^[A-Z]{2}$/, 'ISO 3166 alpha-2'),
  RetourCode: pat('RetourCode', /^[0-9A-Z]{4}$/, '4 characters (WJ001)'),
  Eenheid: codes('Eenheid', ['01', '04', '14', '16', '82', '83', '84']),
  Frequentie: codes('Frequentie', ['1', '2', '4', '6']),
  Geslacht: codes('Geslacht', ['0', '1', '2']),
  DatumGebruik: codes('DatumGebruik', ['1', '2', '3']),
  NaamGebruik: codes('NaamGebruik', ['1', '2', '3', '4', '5', '6']),
  CategorieWmo: codes('ProductCategorie', range(1, 18)),
  CategorieJw: codes('ProductCategorie', [...range(31, 38), ...range(40, 55)]),
  RedenWijziging: codes('RedenWijziging', range(1, 14)),
  RedenBeeindigingWmo: codes('RedenBeeindiging', [
    '02',
    '19',
    '20',
    '21',
    '22',
    '23',
    '31',
    '36',
    '37',
    '38',
    '39',
  ]),
  RedenBeeindigingJw: codes('RedenBeeindiging', ['02', '20', ...range(31, 39)]),
  StatusAanlevering: codes('StatusAanlevering', ['1', '2', '3', '9']),
  VerzoekAntwoord: codes('VerzoekAntwoord', ['1', '2']),
  RedenVerzoek: codes('RedenVerzoek', ['1', '2']),
  RedenAfwijzingVerzoek: codes('RedenAfwijzingVerzoek', range(1, 9, 1)),
  SoortAdres: codes('SoortAdres', range(1, 4)),
  SoortRelatie: codes('SoortRelatie', range(3, 25)),
  TypeVerwijzer: codes('TypeVerwijzer', ['01', '02', '03', '04', '05', '06', '08']),
  JuridischeStatus: codes('JuridischeStatus', ['01', '02', '03', '04', '05', '11', '12']),
  WettelijkeVertegenwoordiging: codes('WettelijkeVertegenwoordiging', range(6, 10)),
  Communicatievorm: codes('Communicatievorm', ['1', '2', '3']),
  AanduidingWoonadres: codes('AanduidingWoonadres', ['AB', 'BY', 'TO', 'WW']),
  JaNee: codes('JaNee', ['1', '2']),
  DebetCredit: codes('DebetCredit', ['D', 'C']),
} satisfies Record<string, SimpleType>;

/** A type whose value the schema fixes (BerichtCode, BerichtVersie 3, BerichtSubversie 2). */
export function fixedType(id: string, value: string, rule: string): SimpleType {
  return { id, base: 'int', min: 0, max: 999, fixed: { value, rule } };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?$/;
const INT = /^[+-]?\d+$/;

/** Why a value does not fit its type (a class, so the happy path returns the bare value, unwrapped). */
export class LeafProblem {
  constructor(
    readonly rule: string,
    readonly message: string,
  ) {}
}

const problem = (rule: string, message: string) => new LeafProblem(rule, message);

/** Checks one text value against its type; returns the converted value or a `LeafProblem`. */
export function checkLeaf(type: SimpleType, raw: string): LeafValue | LeafProblem {
  if (type.base === 'string') return checkString(type, raw);
  const text = raw.trim();
  switch (type.base) {
    case 'date':
      return isDate(text)
        ? text
        : problem('XSD-datatype', `"${raw}" is not a date (yyyy-mm-dd, no timezone)`);
    case 'time':
      return TIME.test(text)
        ? text
        : problem('XSD-datatype', `"${raw}" is not a time (hh:mm:ss, no timezone)`);
    case 'int':
    case 'amount': {
      if (!INT.test(text)) return problem('XSD-datatype', `"${raw}" is not an integer`);
      const n = Number(text);
      if (type.fixed && text !== type.fixed.value) {
        return problem(type.fixed.rule, `${type.id} must be ${type.fixed.value}, not ${text}`);
      }
      if ((type.min !== undefined && n < type.min) || (type.max !== undefined && n > type.max)) {
        return problem('XSD-range', `${n} is outside ${type.min ?? '…'}–${type.max ?? '…'}`);
      }
      return type.base === 'amount' ? { value: n, unit: 'eurocent' } : n;
    }
  }
}

function checkString(type: SimpleType, raw: string): LeafValue | LeafProblem {
  if (type.values) {
    if (type.values.includes(raw)) return raw;
    return problem('XSD-enumeration', `"${raw}" is not in code list ${type.id} (${type.values.join(', ')})`);
  }
  // XSD lengths count characters (code points); raw.length only overcounts, so count exactly only when needed
  if (type.minLength !== undefined && raw.length < type.minLength) {
    return problem('XSD-length', `${type.id} needs at least ${type.minLength} character(s)`);
  }
  if (type.maxLength !== undefined && raw.length > type.maxLength) {
    const length = [...raw].length;
    if (length > type.maxLength) {
      return problem('XSD-length', `${type.id} allows at most ${type.maxLength} characters, got ${length}`);
    }
  }
  if (type.notBlank && /^[ \t\r\n]*$/.test(raw))
    return problem('XSD-pattern', `${type.id} must not be only whitespace`);
  if (type.pattern && !type.pattern.test(raw)) {
    return problem('XSD-pattern', `"${raw}" does not match ${type.id} (${type.patternText})`);
  }
  return raw;
}

export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1]!;
}
