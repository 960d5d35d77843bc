// The quality page's texts, Dutch and English.
import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'denied'
  | 'none'
  | 'table'
  | 'allTables'
  | 'onlyFailing'
  | 'summaryTitle'
  | 'summaryCaption'
  | 'colTable'
  | 'colChecks'
  | 'colFailing'
  | 'colCheck'
  | 'colColumn'
  | 'colKind'
  | 'colSeverity'
  | 'colRun'
  | 'colSamples'
  | 'checksTitle'
  | 'checksCaption'
  | 'runsNote'
  | 'status.pass'
  | 'status.fail'
  | 'status.error'
  | 'status.none'
  | 'violations'
  | 'showSamples'
  | 'hideSamples'
  | 'samplesCaption'
  | 'samplesUnavailable'
  | 'samplesDenied'
  | 'samplesNone'
  | 'catalogLink';

export const QUALITY_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Kwaliteit',
    intro:
      'De kwaliteitscontroles per tabel en hun uitkomst in de laatste runs. Voorbeelden van fouten alleen voor wie ze onder het beleid mag zien.',
    denied:
      'Uw rol heeft geen toegang tot de kwaliteitsgegevens. Kies een rol of doel met toegang (bijvoorbeeld de data-engineer met doel kwaliteitsbewaking).',
    none: 'Er zijn nog geen controles uitgevoerd.',
    table: 'Tabel',
    allTables: 'Alle tabellen',
    onlyFailing: 'Alleen controles die nu falen',
    summaryTitle: 'Per tabel',
    summaryCaption: 'Controles per tabel in de laatste run',
    colTable: 'Tabel',
    colChecks: 'Controles',
    colFailing: 'Falend',
    colCheck: 'Controle',
    colColumn: 'Kolom',
    colKind: 'Soort',
    colSeverity: 'Ernst',
    colRun: 'Run {date}',
    colSamples: 'Voorbeelden',
    checksTitle: 'Controles',
    checksCaption: 'Uitkomst per controle in de laatste {n} run(s), nieuwste eerst',
    runsNote: 'Een lege cel: de controle draaide niet in die run.',
    'status.pass': '✓ geslaagd',
    'status.fail': '✗ gefaald',
    'status.error': '! fout',
    'status.none': '–',
    violations: '{n} overtreding(en)',
    showSamples: 'Toon voorbeelden van {check}',
    hideSamples: 'Verberg voorbeelden',
    samplesCaption: 'Voorbeelden van rijen die {check} niet halen',
    samplesUnavailable: 'Voorbeelden van fouten zijn (nog) niet beschikbaar in deze versie van de API.',
    samplesDenied: 'U mag de voorbeelden van deze controle niet zien onder uw rol en doel.',
    samplesNone: 'Er zijn geen voorbeelden bewaard voor deze controle.',
    catalogLink: 'in de catalogus',
  },
  en: {
    title: 'Quality',
    intro:
      'The data-quality checks per table and their outcome in the latest runs. Failing samples only for those the policy lets see them.',
    denied:
      'Your role has no access to the quality records. Choose a role or purpose with access (for example the data engineer with purpose kwaliteitsbewaking).',
    none: 'No checks have run yet.',
    table: 'Table',
    allTables: 'All tables',
    onlyFailing: 'Only checks failing now',
    summaryTitle: 'Per table',
    summaryCaption: 'Checks per table in the latest run',
    colTable: 'Table',
    colChecks: 'Checks',
    colFailing: 'Failing',
    colCheck: 'Check',
    colColumn: 'Column',
    colKind: 'Kind',
    colSeverity: 'Severity',
    colRun: 'Run {date}',
    colSamples: 'Samples',
    checksTitle: 'Checks',
    checksCaption: 'Outcome per check in the latest {n} run(s), newest first',
    runsNote: 'An empty cell: the check did not run in that run.',
    'status.pass': '✓ passed',
    'status.fail': '✗ failed',
    'status.error': '! error',
    'status.none': '–',
    violations: '{n} violation(s)',
    showSamples: 'Show samples of {check}',
    hideSamples: 'Hide samples',
    samplesCaption: 'Samples of rows that fail {check}',
    samplesUnavailable: 'Failing samples are not available (yet) in this version of the API.',
    samplesDenied: 'You may not see the samples of this check under your role and purpose.',
    samplesNone: 'No samples were kept for this check.',
    catalogLink: 'in the catalog',
  },
};
