import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'caption'
  | 'run'
  | 'status'
  | 'started'
  | 'duration'
  | 'steps'
  | 'message'
  | 'none'
  | 'stepsTitle'
  | 'stepsCaption'
  | 'step'
  | 'kind'
  | 'batches'
  | 'rows'
  | 'findings'
  | 'noFindings'
  | 'back'
  | 'previous'
  | 'next'
  | 'pageOf';

export const RUNS_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Runs',
    intro:
      'Elke run laadt de bronnen, bouwt de GGM-tabellen (silver), de indicatoren (gold) en controleert de kwaliteit.',
    caption: 'Runs, nieuwste eerst',
    run: 'Run',
    status: 'Status',
    started: 'Gestart',
    duration: 'Duur',
    steps: 'Stappen',
    message: 'Melding',
    none: 'Er zijn nog geen runs.',
    stepsTitle: 'Run {id}',
    stepsCaption: 'Stappen van run {id}, in volgorde',
    step: 'Stap',
    kind: 'Soort',
    batches: 'Batches',
    rows: 'Rijen',
    findings: 'Bevindingen',
    noFindings: 'Geen bevindingen: geen enkele stap gaf een melding.',
    back: 'Alle runs',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: 'Pagina {page}',
  },
  en: {
    title: 'Runs',
    intro:
      'Each run loads the sources, builds the GGM tables (silver), the indicators (gold) and checks quality.',
    caption: 'Runs, newest first',
    run: 'Run',
    status: 'Status',
    started: 'Started',
    duration: 'Duration',
    steps: 'Steps',
    message: 'Message',
    none: 'There are no runs yet.',
    stepsTitle: 'Run {id}',
    stepsCaption: 'Steps of run {id}, in order',
    step: 'Step',
    kind: 'Kind',
    batches: 'Batches',
    rows: 'Rows',
    findings: 'Findings',
    noFindings: 'No findings: no step reported a message.',
    back: 'All runs',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {page}',
  },
};
