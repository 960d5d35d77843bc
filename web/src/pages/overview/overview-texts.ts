import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'lastRun'
  | 'noRun'
  | 'allRuns'
  | 'runSummary'
  | 'layers'
  | 'layersCaption'
  | 'layer'
  | 'tables'
  | 'rows'
  | 'sources'
  | 'sourcesCaption'
  | 'source'
  | 'loaded'
  | 'quarantined'
  | 'lastLoaded'
  | 'failedBatches'
  | 'quarantine'
  | 'quarantineTotal'
  | 'quarantineLink'
  | 'checks'
  | 'checksCaption'
  | 'noFailingChecks'
  | 'check'
  | 'table'
  | 'violations'
  | 'allChecks'
  | 'signInFirst'
  | 'bronze'
  | 'silver'
  | 'gold';

export const OVERVIEW_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Overzicht',
    intro: 'De stand van het dataplatform: de laatste run, de bronnen, de lagen en de kwaliteit.',
    lastRun: 'Laatste run',
    noRun: 'Er is nog geen run geweest.',
    allRuns: 'Alle runs',
    runSummary: 'Run {id}, gestart {started}, duur {duration}:',
    layers: 'Rijen per laag',
    layersCaption: 'Aantal tabellen en rijen per laag',
    layer: 'Laag',
    tables: 'Tabellen',
    rows: 'Rijen',
    sources: 'Bronnen en versheid',
    sourcesCaption: 'Per bron: geladen rijen en het laatste laadmoment',
    source: 'Bron',
    loaded: 'Geladen rijen',
    quarantined: 'In quarantaine',
    lastLoaded: 'Laatst geladen',
    failedBatches: 'Mislukte batches',
    quarantine: 'Quarantaine',
    quarantineTotal: '{count} records staan in quarantaine: ze konden niet worden geladen.',
    quarantineLink: 'Bekijk de quarantaine',
    checks: 'Falende controles',
    checksCaption: 'Controles van de laatste run die niet slaagden',
    noFailingChecks: 'Alle controles van de laatste run zijn geslaagd.',
    check: 'Controle',
    table: 'Tabel',
    violations: 'Overtredingen',
    allChecks: 'Alle controles',
    signInFirst: 'Log in om de stand van het platform te zien.',
    bronze: 'brons (ruwe brongegevens)',
    silver: 'zilver (GGM-tabellen)',
    gold: 'goud (indicatoren)',
  },
  en: {
    title: 'Overview',
    intro: 'The state of the data platform: the last run, the sources, the layers and the quality.',
    lastRun: 'Last run',
    noRun: 'There has been no run yet.',
    allRuns: 'All runs',
    runSummary: 'Run {id}, started {started}, took {duration}:',
    layers: 'Rows per layer',
    layersCaption: 'Number of tables and rows per layer',
    layer: 'Layer',
    tables: 'Tables',
    rows: 'Rows',
    sources: 'Sources and freshness',
    sourcesCaption: 'Per source: rows loaded and the last load',
    source: 'Source',
    loaded: 'Rows loaded',
    quarantined: 'In quarantine',
    lastLoaded: 'Last loaded',
    failedBatches: 'Failed batches',
    quarantine: 'Quarantine',
    quarantineTotal: '{count} records are in quarantine: they could not be loaded.',
    quarantineLink: 'View the quarantine',
    checks: 'Failing checks',
    checksCaption: 'Checks of the last run that did not pass',
    noFailingChecks: 'All checks of the last run passed.',
    check: 'Check',
    table: 'Table',
    violations: 'Violations',
    allChecks: 'All checks',
    signInFirst: 'Sign in to see the state of the platform.',
    bronze: 'bronze (raw source data)',
    silver: 'silver (GGM tables)',
    gold: 'gold (indicators)',
  },
};
