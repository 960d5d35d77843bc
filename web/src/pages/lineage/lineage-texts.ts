// The lineage pages' texts, Dutch and English.
import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'column'
  | 'columnHint'
  | 'show'
  | 'examples'
  | 'focus'
  | 'graphTitle'
  | 'graphLabel'
  | 'graphHelp'
  | 'moreUp'
  | 'moreDown'
  | 'lessUp'
  | 'lessDown'
  | 'depth'
  | 'nothing'
  | 'listTitle'
  | 'nodesCaption'
  | 'edgesCaption'
  | 'colNode'
  | 'colDirection'
  | 'colHops'
  | 'colFrom'
  | 'colTo'
  | 'colTransform'
  | 'colMapping'
  | 'colExpression'
  | 'dir.focus'
  | 'dir.up'
  | 'dir.down'
  | 'kind.source'
  | 'kind.constant'
  | 'sourceTitle'
  | 'sourceFiles'
  | 'sourcePattern'
  | 'sourceBronze'
  | 'filesCaption'
  | 'colFile'
  | 'colLoaded'
  | 'colRows'
  | 'colQuarantined'
  | 'failed'
  | 'moreFiles'
  | 'refocus'
  | 'catalogLink';

export const LINEAGE_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Herkomst',
    intro:
      'Waar een kolom vandaan komt (bovenstrooms, tot de bronbestanden) en wat ervan gemaakt wordt (benedenstrooms, tot gold).',
    column: 'Kolom',
    columnHint: 'Als schema.tabel.kolom, bijvoorbeeld gold.wmo_clienten.teller of silver.client.code.',
    show: 'Toon herkomst',
    examples: 'Voorbeelden',
    focus: 'In focus: {column}',
    graphTitle: 'Graaf',
    graphLabel: 'Herkomstgraaf van {column}',
    graphHelp:
      'Kies een knoop (met muis, of met Tab en Enter) om die in focus te zetten. De lijst hieronder bevat dezelfde knopen en verbindingen.',
    moreUp: 'Verder bovenstrooms ({n} verborgen)',
    moreDown: 'Verder benedenstrooms ({n} verborgen)',
    lessUp: 'Minder bovenstrooms',
    lessDown: 'Minder benedenstrooms',
    depth: 'Getoond: {up} stap(pen) bovenstrooms, {down} stap(pen) benedenstrooms.',
    nothing: 'Er is geen herkomst vastgelegd voor deze kolom. Controleer de naam, of draai eerst een run.',
    listTitle: 'Knopen en verbindingen',
    nodesCaption: 'Knopen in beeld',
    edgesCaption: 'Verbindingen in beeld',
    colNode: 'Knoop',
    colDirection: 'Richting',
    colHops: 'Stappen',
    colFrom: 'Van',
    colTo: 'Naar',
    colTransform: 'Transformatie',
    colMapping: 'Mapping',
    colExpression: 'Expressie',
    'dir.focus': 'focus',
    'dir.up': 'bovenstrooms',
    'dir.down': 'benedenstrooms',
    'kind.source': 'Bronbestanden van {source}',
    'kind.constant': '(constante)',
    sourceTitle: 'Bron {source}',
    sourceFiles: '{n} bestand(en) geladen',
    sourcePattern: 'Bestanden',
    sourceBronze: 'Bronze-tabel',
    filesCaption: 'Bestanden van bron {source}, nieuwste eerst',
    colFile: 'Bestand',
    colLoaded: 'Geladen op',
    colRows: 'Rijen geladen',
    colQuarantined: 'In quarantaine',
    failed: 'mislukt',
    moreFiles: 'De nieuwste {shown} van {total} bestanden.',
    refocus: 'Zet {node} in focus',
    catalogLink: 'Tabel in de catalogus',
  },
  en: {
    title: 'Lineage',
    intro:
      'Where a column comes from (upstream, down to the source files) and what is made from it (downstream, up to gold).',
    column: 'Column',
    columnHint: 'As schema.table.column, for example gold.wmo_clienten.teller or silver.client.code.',
    show: 'Show lineage',
    examples: 'Examples',
    focus: 'In focus: {column}',
    graphTitle: 'Graph',
    graphLabel: 'Lineage graph of {column}',
    graphHelp:
      'Choose a node (with the mouse, or with Tab and Enter) to put it in focus. The list below has the same nodes and links.',
    moreUp: 'Further upstream ({n} hidden)',
    moreDown: 'Further downstream ({n} hidden)',
    lessUp: 'Less upstream',
    lessDown: 'Less downstream',
    depth: 'Shown: {up} hop(s) upstream, {down} hop(s) downstream.',
    nothing: 'No lineage is recorded for this column. Check the name, or run the pipeline first.',
    listTitle: 'Nodes and links',
    nodesCaption: 'Nodes shown',
    edgesCaption: 'Links shown',
    colNode: 'Node',
    colDirection: 'Direction',
    colHops: 'Hops',
    colFrom: 'From',
    colTo: 'To',
    colTransform: 'Transform',
    colMapping: 'Mapping',
    colExpression: 'Expression',
    'dir.focus': 'focus',
    'dir.up': 'upstream',
    'dir.down': 'downstream',
    'kind.source': 'Source files of {source}',
    'kind.constant': '(constant)',
    sourceTitle: 'Source {source}',
    sourceFiles: '{n} file(s) loaded',
    sourcePattern: 'Files',
    sourceBronze: 'Bronze table',
    filesCaption: 'Files of source {source}, newest first',
    colFile: 'File',
    colLoaded: 'Loaded at',
    colRows: 'Rows loaded',
    colQuarantined: 'Quarantined',
    failed: 'failed',
    moreFiles: 'The newest {shown} of {total} files.',
    refocus: 'Put {node} in focus',
    catalogLink: 'Table in the catalog',
  },
};
