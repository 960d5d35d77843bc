// The catalog's texts, Dutch and English.
import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'search'
  | 'searchHint'
  | 'schema'
  | 'schemaAll'
  | 'onlyRows'
  | 'onlyPersonal'
  | 'results'
  | 'showMore'
  | 'caption'
  | 'colTable'
  | 'colSchema'
  | 'colClass'
  | 'colRows'
  | 'colUpdated'
  | 'colQuality'
  | 'colClassification'
  | 'colColumn'
  | 'colType'
  | 'colRequired'
  | 'colDefinition'
  | 'colLineage'
  | 'lineageOf'
  | 'yes'
  | 'no'
  | 'unknown'
  | 'back'
  | 'definition'
  | 'noDefinition'
  | 'facts'
  | 'rows'
  | 'updated'
  | 'quality'
  | 'qualityLink'
  | 'suppressedCells'
  | 'dashboardLink'
  | 'columns'
  | 'columnFilter'
  | 'columnsCaption'
  | 'kind'
  | 'ggmClass'
  | 'quality.goed'
  | 'quality.fouten'
  | 'quality.onbekend'
  | 'badge.bsn'
  | 'badge.special'
  | 'badge.personal'
  | 'legend';

export const CATALOG_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Catalogus',
    intro:
      'De tabellen van het warehouse: silver (naar het GGM) en gold (indicatoren), met definities, kolommen en classificatie.',
    search: 'Zoek een tabel, klasse of kolom',
    searchHint: 'Een exacte naam staat bovenaan, bijvoorbeeld client of silver.client.',
    schema: 'Laag',
    schemaAll: 'Alle lagen',
    onlyRows: 'Alleen tabellen met rijen',
    onlyPersonal: 'Alleen tabellen met persoonsgegevens',
    results: '{n} tabellen gevonden',
    showMore: 'Toon meer tabellen',
    caption: 'Tabellen in de catalogus',
    colTable: 'Tabel',
    colSchema: 'Laag',
    colClass: 'GGM-klasse of titel',
    colRows: 'Rijen',
    colUpdated: 'Bijgewerkt',
    colQuality: 'Kwaliteit',
    colClassification: 'Classificatie',
    colColumn: 'Kolom',
    colType: 'Type',
    colRequired: 'Verplicht',
    colDefinition: 'Definitie',
    colLineage: 'Herkomst',
    lineageOf: 'Herkomst van {column}',
    yes: 'ja',
    no: 'nee',
    unknown: 'onbekend',
    back: 'Alle tabellen',
    definition: 'Definitie',
    noDefinition: 'Geen definitie in het GGM.',
    facts: 'Kenmerken',
    rows: 'Rijen',
    updated: 'Bijgewerkt op',
    quality: 'Kwaliteit',
    qualityLink: 'Controles van deze tabel',
    suppressedCells: 'Onderdrukte cellen',
    dashboardLink: 'Dashboard van deze indicator',
    columns: 'Kolommen',
    columnFilter: 'Filter kolommen',
    columnsCaption: 'Kolommen van {table}',
    kind: 'Soort',
    ggmClass: 'GGM-klasse',
    'quality.goed': 'goed',
    'quality.fouten': 'fouten ({failed} van {checks})',
    'quality.onbekend': 'niet gecontroleerd',
    'badge.bsn': 'BSN',
    'badge.special': 'Bijzonder persoonsgegeven',
    'badge.personal': 'Persoonsgegeven',
    legend:
      'Classificatie: BSN, bijzonder persoonsgegeven (AVG art. 9) of persoonsgegeven; zonder label is een kolom geen persoonsgegeven.',
  },
  en: {
    title: 'Catalog',
    intro:
      'The warehouse’s tables: silver (after the GGM) and gold (metrics), with definitions, columns and classification.',
    search: 'Search a table, class or column',
    searchHint: 'An exact name comes first, for example client or silver.client.',
    schema: 'Layer',
    schemaAll: 'All layers',
    onlyRows: 'Only tables with rows',
    onlyPersonal: 'Only tables with personal data',
    results: '{n} tables found',
    showMore: 'Show more tables',
    caption: 'Tables in the catalog',
    colTable: 'Table',
    colSchema: 'Layer',
    colClass: 'GGM class or title',
    colRows: 'Rows',
    colUpdated: 'Updated',
    colQuality: 'Quality',
    colClassification: 'Classification',
    colColumn: 'Column',
    colType: 'Type',
    colRequired: 'Required',
    colDefinition: 'Definition',
    colLineage: 'Lineage',
    lineageOf: 'Lineage of {column}',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    back: 'All tables',
    definition: 'Definition',
    noDefinition: 'No definition in the GGM.',
    facts: 'Facts',
    rows: 'Rows',
    updated: 'Updated at',
    quality: 'Quality',
    qualityLink: 'Checks of this table',
    suppressedCells: 'Suppressed cells',
    dashboardLink: 'Dashboard of this metric',
    columns: 'Columns',
    columnFilter: 'Filter columns',
    columnsCaption: 'Columns of {table}',
    kind: 'Kind',
    ggmClass: 'GGM class',
    'quality.goed': 'good',
    'quality.fouten': 'failures ({failed} of {checks})',
    'quality.onbekend': 'not checked',
    'badge.bsn': 'BSN',
    'badge.special': 'Special category',
    'badge.personal': 'Personal data',
    legend:
      'Classification: BSN, special category (GDPR art. 9) or personal data; a column without a label is not personal data.',
  },
};
