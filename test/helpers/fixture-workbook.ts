import { buildWorkbook, type SheetData } from '../../src/xlsx/workbook-writer.js';
import type { CellValue } from '../../src/xlsx/sheet-scanner.js';

type Row = Record<string, CellValue | undefined>;

/** Column sets of the v2.5 export (trimmed to what the loader reads plus a few it must ignore). */
const COLUMNS = {
  diagram_class: ['class_id', 'diagram_id', 'schema_id'],
  diagram_enumeration: ['diagram_id', 'enumeration_id', 'schema_id'],
  diagram_association: ['association_id', 'diagram_id', 'schema_id'],
  diagram_generalization: ['diagram_id', 'generalization_id', 'schema_id'],
  packages: [
    'id',
    'alias',
    'definitie',
    'name',
    'parent_package_id',
    'release',
    'schema_id',
    'stereotype',
    'version',
  ],
  classes: [
    'id',
    'alias',
    'begrip',
    'definitie',
    'gemma_naam',
    'herkomst',
    'is_datatype',
    'name',
    'package_id',
    'schema_id',
    'stereotype',
    'synoniemen',
    'toelichting',
  ],
  attributes: [
    'id',
    'clazz_id',
    'definitie',
    'enumeration_id',
    'heeft_tijdlijn_geldigheid',
    'indicatie_formele_historie',
    'lengte',
    'mogelijk_geen_waarde',
    'name',
    'patroon',
    'primitive',
    'schema_id',
    'toelichting',
    'type_class_id',
    'verplicht',
  ],
  enumerations: ['id', 'definitie', 'name', 'package_id', 'schema_id', 'toelichting'],
  enumerationliterals: ['id', 'alias', 'definitie', 'enumeratie_id', 'name', 'schema_id'],
  associations: [
    'id',
    'definitie',
    'dst_class_id',
    'dst_mult_end',
    'dst_mult_start',
    'dst_role',
    'name',
    'schema_id',
    'src_class_id',
    'src_mult_end',
    'src_mult_start',
    'src_role',
    'toelichting',
  ],
  generalizations: ['id', 'name', 'schema_id', 'subclass_id', 'superclass_id'],
  diagrams: ['id', 'name', 'package_id', 'schema_id'],
} as const;

type SheetName = keyof typeof COLUMNS;

const ROOT = 'EAPK_ROOT';
const KERN = 'EAPK_KERN';
const BAG = 'EAPK_BAG';
const SOC = 'EAPK_SOC';
const RSGB = 'EAPK_RSGB';

/**
 * A tiny GGM release with one example of every wrinkle the real releases have: omitted cells, association
 * ends as attribute rows, the primitive type zoo, placeholders and leaked EA notes, HTML, duplicate names,
 * missing ids and names, and dangling references. The expected model is spelled out in the tests.
 */
export const FIXTURE: Record<SheetName, Row[]> = {
  packages: [
    { id: ROOT, name: 'Delfts Gemeentelijk Gegevensmodel', stereotype: 'Basismodel', version: '9.9.9' },
    {
      id: KERN,
      name: '99 Kern',
      parent_package_id: ROOT,
      stereotype: 'Domein',
      release: '20250101#NOTES#Description: x',
    },
    { id: BAG, name: 'BAG', parent_package_id: KERN, definitie: '<memo>' },
    { id: SOC, name: '6 Sociaal Domein', parent_package_id: ROOT, stereotype: 'Domein' },
    { id: RSGB, name: 'RSGB', parent_package_id: KERN },
    { id: 'EAPK_ORPHAN', name: 'Wees', parent_package_id: 'EAPK_MISSING' },
  ],
  classes: [
    {
      id: 'EAID_PAND',
      name: 'Pand',
      package_id: BAG,
      stereotype: 'Objecttype',
      definitie: 'Een <i>kleinste</i> bouwkundige eenheid &lsquo;pand&rsquo;',
      synoniemen: 'gebouw; opstal',
      begrip: '#NOTES#Description: MIM begrip',
      herkomst: 'Ja#NOTES#Description: leaked',
      is_datatype: false,
    },
    {
      id: 'EAID_PAND_RSGB',
      name: 'Pand',
      package_id: RSGB,
      stereotype: 'Objecttype',
      definitie: 'RSGB-pand',
    },
    { id: 'EAID_OBJECT', name: 'Object', package_id: KERN, stereotype: 'Objecttype' },
    { id: 'EAID_ADRES', name: 'Adres', package_id: KERN, is_datatype: true, stereotype: 'Datatype' },
    { id: 'EAID_BESCHIKKING', name: 'Beschikking', package_id: SOC, stereotype: 'Objecttype' },
    { id: 'EAID_CLIENT', name: 'Client', package_id: SOC, stereotype: 'Objecttype', toelichting: '<memo>' },
    { id: 'EAID_NONAME', package_id: SOC },
    { id: 'EAID_LOST', name: 'Verdwaald', package_id: 'EAPK_NOWHERE' },
  ],
  attributes: [
    {
      id: 'EAID_A1',
      clazz_id: 'EAID_PAND',
      name: 'identificatie',
      primitive: 'AN16',
      mogelijk_geen_waarde: 'Nee',
    },
    {
      id: 'EAID_A2',
      clazz_id: 'EAID_PAND',
      name: 'oorspronkelijkBouwjaar',
      primitive: 'N4',
      patroon: '<memo>',
    },
    {
      id: 'EAID_A3',
      clazz_id: 'EAID_PAND',
      name: 'status',
      primitive: 'StatusPand',
      enumeration_id: 'EAID_ENUM_STATUS',
    },
    { id: 'EAID_A4', clazz_id: 'EAID_PAND', name: 'geometrie', primitive: 'MultiSurface' },
    { id: 'EAID_A5', clazz_id: 'EAID_PAND', name: 'datumOpname', primitive: 'Date\n' },
    { id: 'EAID_A6', clazz_id: 'EAID_PAND', name: 'oppervlakte', primitive: 'N10.2' },
    { id: 'EAID_A7', clazz_id: 'EAID_PAND', name: 'adres', primitive: 'Adres', type_class_id: 'EAID_ADRES' },
    { id: 'EAID_A8', clazz_id: 'EAID_PAND', name: 'soort', primitive: 'Type' },
    { id: 'EAID_A9', clazz_id: 'EAID_PAND', name: 'wet', primitive: 'Wet' },
    { id: 'EAID_A10', clazz_id: 'EAID_PAND', name: 'eigenaar', primitive: 'Object' },
    { id: 'EAID_A11', clazz_id: 'EAID_PAND', name: 'omschrijving', primitive: 'AN', lengte: '50.0' },
    {
      id: 'EAID_A12',
      clazz_id: 'EAID_PAND',
      name: 'bedrag',
      primitive: 'Bedrag',
      heeft_tijdlijn_geldigheid: 'Ja',
    },
    {
      id: 'EAID_A13',
      clazz_id: 'EAID_PAND',
      name: 'verwijzing',
      primitive: 'Adres',
      type_class_id: 'EAID_GONE',
    },
    {
      id: 'EAID_A14',
      clazz_id: 'EAID_OBJECT',
      name: 'naam',
      primitive: 'AN80',
      indicatie_formele_historie: 'Ja',
    },
    {
      id: 'EAID_A15',
      clazz_id: 'EAID_BESCHIKKING',
      name: 'datumAfgifte',
      primitive: 'DATUM',
      verplicht: false,
    },
    { clazz_id: 'EAID_BESCHIKKING', name: 'Priotype', primitive: 'Wet', enumeration_id: 'EAID_ENUM_WET' },
    { id: 'EAID_A16', clazz_id: 'EAID_NOCLASS', name: 'verloren', primitive: 'AN10' },
    {
      id: 'EAID_dstAB12_0000',
      clazz_id: 'EAID_BESCHIKKING',
      primitive: 'Client',
      type_class_id: 'EAID_CLIENT',
    },
    {
      id: 'EAID_srcAB12_0000',
      clazz_id: 'EAID_CLIENT',
      primitive: 'Beschikking',
      type_class_id: 'EAID_BESCHIKKING',
    },
    {
      id: 'EAID_A17',
      clazz_id: 'EAID_CLIENT',
      name: 'bsn',
      primitive: 'AN9',
      definitie: 'Burger &amp; service',
    },
  ],
  enumerations: [
    { id: 'EAID_ENUM_STATUS', name: 'StatusPand', package_id: BAG, toelichting: '<memo>' },
    { id: 'EAID_ENUM_WET', name: 'Wet', package_id: SOC, definitie: 'Wetten' },
    { id: 'EAID_ENUM_EMPTY', name: 'Leeg', package_id: SOC },
  ],
  enumerationliterals: [
    { id: 'EAID_L1', enumeratie_id: 'EAID_ENUM_STATUS', name: 'Pand in gebruik' },
    { id: 'EAID_L2', enumeratie_id: 'EAID_ENUM_STATUS', name: 'Pand gesloopt' },
    { id: 'EAID_L3', enumeratie_id: 'EAID_ENUM_WET', name: 'WMO', alias: '1' },
    { id: 'EAID_L4', enumeratie_id: 'EAID_ENUM_WET', name: 'JW', alias: '2' },
    { id: 'EAID_L5', enumeratie_id: 'EAID_ENUM_GONE', name: 'Zwerver' },
  ],
  associations: [
    {
      id: 'EAID_AS1',
      name: 'betreft',
      src_class_id: 'EAID_BESCHIKKING',
      src_mult_start: '0',
      src_mult_end: '-1',
      dst_class_id: 'EAID_CLIENT',
      dst_mult_start: '1',
      dst_mult_end: '1',
      dst_role: 'client',
      toelichting: 'nan',
    },
    {
      id: 'EAID_AS2',
      src_class_id: 'EAID_PAND',
      src_mult_start: '`1',
      src_mult_end: 'None',
      dst_class_id: 'EAID_OBJECT',
      dst_mult_start: '2',
      dst_mult_end: '1',
    },
    {
      id: 'EAID_AS3',
      src_class_id: 'EAID_PAND',
      dst_class_id: 'EAID_VANISHED',
      dst_mult_start: '0',
      dst_mult_end: '1',
    },
  ],
  generalizations: [
    { id: 'EAID_G1', subclass_id: 'EAID_PAND', superclass_id: 'EAID_OBJECT' },
    { id: 'EAID_G2', subclass_id: 'EAID_CLIENT', superclass_id: 'EAID_NOBODY' },
  ],
  diagrams: [
    { id: 'EAID_D1', name: 'BAG', package_id: BAG },
    { id: 'EAID_D2', name: 'Sociaal', package_id: SOC },
  ],
  diagram_class: [
    { class_id: 'EAID_PAND', diagram_id: 'EAID_D1' },
    { class_id: 'EAID_OBJECT', diagram_id: 'EAID_D1' },
    { class_id: 'EAID_CLIENT', diagram_id: 'EAID_D2' },
    { class_id: 'EAID_CLIENT', diagram_id: 'EAID_NODIAGRAM' },
  ],
  diagram_enumeration: [{ enumeration_id: 'EAID_ENUM_STATUS', diagram_id: 'EAID_D1' }],
  diagram_association: [],
  diagram_generalization: [],
};

/** Sheet order of the real export. */
const ORDER: SheetName[] = [
  'diagram_class',
  'diagram_enumeration',
  'diagram_association',
  'diagram_generalization',
  'packages',
  'classes',
  'attributes',
  'enumerations',
  'enumerationliterals',
  'associations',
  'generalizations',
  'diagrams',
];

/** The fixture as sheets: header row, then rows with absent cells left out (as the export does). */
export function fixtureSheets(overrides: Partial<Record<SheetName, Row[]>> = {}): SheetData[] {
  return ORDER.map((name) => {
    const columns = COLUMNS[name];
    const rows = overrides[name] ?? FIXTURE[name];
    return {
      name,
      rows: [
        [...columns],
        ...rows.map((r) => columns.map((c) => (c === 'schema_id' ? 'GGM_ROOT_SCHEMA' : r[c]))),
      ],
    };
  });
}

export function fixtureWorkbook(overrides: Partial<Record<SheetName, Row[]>> = {}): Buffer {
  return buildWorkbook(fixtureSheets(overrides));
}
