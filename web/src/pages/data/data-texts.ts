import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'classesCaption'
  | 'klasse'
  | 'table'
  | 'rows'
  | 'definition'
  | 'noPurpose'
  | 'classTitle'
  | 'classIntro'
  | 'rowsCaption'
  | 'noRows'
  | 'withheld'
  | 'sortBy'
  | 'sortedAsc'
  | 'sortedDesc'
  | 'filter'
  | 'filterColumn'
  | 'filterOp'
  | 'filterValue'
  | 'apply'
  | 'clear'
  | 'back'
  | 'clear_t'
  | 'pseudonymised'
  | 'masked'
  | 'generalised'
  | 'treatment'
  | 'personalHint';

export const DATA_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Gegevens',
    intro: 'Blader door de GGM-tabellen (silver) zoals uw rol ze onder het gekozen doel mag zien.',
    classesCaption: 'GGM-klassen met gegevens',
    klasse: 'Klasse',
    table: 'Tabel',
    rows: 'Rijen',
    definition: 'Definitie',
    noPurpose: 'Kies eerst een doel (bovenaan de pagina): elke raadpleging van gegevens heeft een doel.',
    classTitle: 'Gegevens: {klasse}',
    classIntro: 'Doel: {doel}. Persoonsgegevens worden getoond zoals het beleid voor uw rol bepaalt.',
    rowsCaption: '{klasse}, pagina {page}',
    noRows: 'Geen rijen die u mag zien.',
    withheld: 'Niet getoond (uw rol mag deze kolommen niet zien): {columns}.',
    sortBy: 'Sorteer op {column}',
    sortedAsc: 'oplopend gesorteerd',
    sortedDesc: 'aflopend gesorteerd',
    filter: 'Filteren',
    filterColumn: 'Kolom',
    filterOp: 'Vergelijking',
    filterValue: 'Waarde',
    apply: 'Filter toepassen',
    clear: 'Filter wissen',
    back: 'Alle klassen',
    clear_t: 'leesbaar',
    pseudonymised: 'gepseudonimiseerd',
    masked: 'gemaskeerd',
    generalised: 'gegeneraliseerd',
    treatment: 'behandeling',
    personalHint: 'Kolommen met een behandeling bevatten persoonsgegevens.',
  },
  en: {
    title: 'Data',
    intro: 'Browse the GGM tables (silver) as your role may see them under the chosen purpose.',
    classesCaption: 'GGM classes with data',
    klasse: 'Class',
    table: 'Table',
    rows: 'Rows',
    definition: 'Definition',
    noPurpose: 'Choose a purpose first (top of the page): every data request has a purpose.',
    classTitle: 'Data: {klasse}',
    classIntro: 'Purpose: {doel}. Personal data is shown as the policy decides for your role.',
    rowsCaption: '{klasse}, page {page}',
    noRows: 'No rows you may see.',
    withheld: 'Not shown (your role may not see these columns): {columns}.',
    sortBy: 'Sort by {column}',
    sortedAsc: 'sorted ascending',
    sortedDesc: 'sorted descending',
    filter: 'Filter',
    filterColumn: 'Column',
    filterOp: 'Comparison',
    filterValue: 'Value',
    apply: 'Apply filter',
    clear: 'Clear filter',
    back: 'All classes',
    clear_t: 'in clear',
    pseudonymised: 'pseudonymised',
    masked: 'masked',
    generalised: 'generalised',
    treatment: 'treatment',
    personalHint: 'Columns with a treatment hold personal data.',
  },
};
