/**
 * The seven BAG 2.0 object types of an LV-extract ("extract-deelbestand-lvc"), the columns the reader gives
 * each of them, and how the XML elements map onto those columns. Plain data: the reader and the bronze
 * format only look things up here.
 */

export const BAG_OBJECT_TYPES = ['LIG', 'NUM', 'OPR', 'PND', 'STA', 'VBO', 'WPL'] as const;
export type BagObjectType = (typeof BAG_OBJECT_TYPES)[number];

/** The XML element (local name) of each object type, as the child of `bagObject`. */
export const BAG_OBJECT_ELEMENTS: Readonly<Record<BagObjectType, string>> = {
  LIG: 'Ligplaats',
  NUM: 'Nummeraanduiding',
  OPR: 'OpenbareRuimte',
  PND: 'Pand',
  STA: 'Standplaats',
  VBO: 'Verblijfsobject',
  WPL: 'Woonplaats',
};

const ELEMENT_TO_TYPE = new Map<string, BagObjectType>(
  BAG_OBJECT_TYPES.map((type) => [BAG_OBJECT_ELEMENTS[type], type]),
);

export function getObjectTypeOfElement(localName: string): BagObjectType | undefined {
  return ELEMENT_TO_TYPE.get(localName);
}

export function isBagObjectType(value: string): value is BagObjectType {
  return (BAG_OBJECT_TYPES as readonly string[]).includes(value);
}

/**
 * Leaf elements inside `voorkomen/Historie:Voorkomen` (also inside `BeschikbaarLV`), by local name. The
 * `Inactief`/`NietBag` ones only occur in the national extract's inactive and non-BAG files.
 */
export const HISTORY_COLUMNS = [
  'voorkomenidentificatie',
  'beginGeldigheid',
  'eindGeldigheid',
  'tijdstipRegistratie',
  'eindRegistratie',
  'tijdstipInactief',
  'tijdstipRegistratieLV',
  'tijdstipEindRegistratieLV',
  'tijdstipInactiefLV',
  'tijdstipNietBagLV',
] as const;

/** Attributes every object type has, after `identificatie` and the history. */
const COMMON_COLUMNS = ['status', 'geconstateerd', 'documentdatum', 'documentnummer'] as const;

/**
 * The object's own attributes: the local names of the children of the object element. Reference
 * attributes (`heeftAlsHoofdadres`, `maaktDeelUitVan` …) hold the identificatie of the referenced object.
 */
const OWN_COLUMNS: Readonly<Record<BagObjectType, readonly string[]>> = {
  LIG: ['heeftAlsHoofdadres', 'heeftAlsNevenadres', 'geometrie'],
  NUM: [
    'huisnummer',
    'huisletter',
    'huisnummertoevoeging',
    'postcode',
    'typeAdresseerbaarObject',
    'ligtAan',
    'ligtIn',
  ],
  OPR: ['naam', 'type', 'ligtIn', 'verkorteNaam'],
  PND: ['oorspronkelijkBouwjaar', 'geometrie'],
  STA: ['heeftAlsHoofdadres', 'heeftAlsNevenadres', 'geometrie'],
  VBO: [
    'gebruiksdoel',
    'oppervlakte',
    'heeftAlsHoofdadres',
    'heeftAlsNevenadres',
    'maaktDeelUitVan',
    'geometrie',
  ],
  WPL: ['naam', 'geometrie'],
};

/**
 * Column that receives child elements the reader does not know (a newer schema version), as a JSON object
 * `{"element": "value"}`, so nothing is dropped; the reader also warns once per file and element.
 */
export const EXTRA_COLUMN = 'overigeGegevens';

/** Separator between the values of a multi-valued attribute (`gebruiksdoel`, `heeftAlsNevenadres` …). */
export const MULTI_VALUE_SEPARATOR = '|';

/** The columns of an object type, in order: identificatie, history, common attributes, own, extra. */
export function getBagColumns(type: BagObjectType): readonly string[] {
  return COLUMNS[type];
}

/** Column position by name, per object type. */
export function getColumnIndex(type: BagObjectType): ReadonlyMap<string, number> {
  return COLUMN_INDEX[type];
}

function byType<T>(make: (type: BagObjectType) => T): Readonly<Record<BagObjectType, T>> {
  const table = {} as Record<BagObjectType, T>;
  for (const type of BAG_OBJECT_TYPES) table[type] = make(type);
  return table;
}

const COLUMNS = byType((type): readonly string[] => [
  'identificatie',
  ...HISTORY_COLUMNS,
  ...COMMON_COLUMNS,
  ...OWN_COLUMNS[type],
  EXTRA_COLUMN,
]);

const COLUMN_INDEX = byType(
  (type): ReadonlyMap<string, number> => new Map(COLUMNS[type].map((name, i) => [name, i])),
);
