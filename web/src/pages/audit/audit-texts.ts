import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'chain'
  | 'intact'
  | 'broken'
  | 'lines'
  | 'head'
  | 'problems'
  | 'search'
  | 'bsn'
  | 'bsnHint'
  | 'find'
  | 'searching'
  | 'resultTitle'
  | 'resultCaption'
  | 'none'
  | 'time'
  | 'action'
  | 'activity'
  | 'user'
  | 'roles'
  | 'outcome'
  | 'detail'
  | 'allowed'
  | 'denied'
  | 'incomplete'
  | 'invalid';

export const AUDIT_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Logboek dataverwerkingen',
    intro:
      'Voor de privacy officer: welke verwerkingen van een persoon zijn vastgelegd (inzageverzoek, AVG art. 15), en of het logboek ongeschonden is.',
    chain: 'Controle van het logboek',
    intact: 'Het logboek is intact: de hashketen klopt.',
    broken: 'Het logboek is NIET intact: de hashketen klopt niet.',
    lines: '{lines} regels gecontroleerd, tot en met record {sequence}.',
    head: 'Laatste hash: {hash}',
    problems: 'Gevonden problemen',
    search: 'Verwerkingen van een persoon zoeken',
    bsn: 'Burgerservicenummer (BSN)',
    bsnHint:
      'Negen cijfers. Het BSN gaat in de inhoud van het verzoek naar de server, nooit in de adresregel.',
    find: 'Zoeken',
    searching: 'Zoeken…',
    resultTitle: 'Verwerkingen van BSN {bsn}',
    resultCaption: 'Vastgelegde verwerkingen van BSN {bsn}, oudste eerst',
    none: 'Er zijn geen verwerkingen van deze persoon vastgelegd.',
    time: 'Tijdstip',
    action: 'Handeling',
    activity: 'Verwerkingsactiviteit',
    user: 'Gebruiker',
    roles: 'Rollen',
    outcome: 'Uitkomst',
    detail: 'Toelichting',
    allowed: 'toegestaan',
    denied: 'geweigerd',
    incomplete:
      'Let op: het logboek is niet intact of bevat onleesbare regels; dit antwoord kan onvolledig zijn.',
    invalid: 'Vul een geldig BSN in (negen cijfers).',
  },
  en: {
    title: 'Processing log',
    intro:
      'For the privacy officer: which processings of a person are recorded (subject access request, GDPR art. 15), and whether the log is untampered.',
    chain: 'Log verification',
    intact: 'The log is intact: the hash chain holds.',
    broken: 'The log is NOT intact: the hash chain does not hold.',
    lines: '{lines} lines checked, up to record {sequence}.',
    head: 'Last hash: {hash}',
    problems: 'Problems found',
    search: "Search a person's processings",
    bsn: 'Citizen service number (BSN)',
    bsnHint: 'Nine digits. The BSN goes to the server in the body of the request, never in the address bar.',
    find: 'Search',
    searching: 'Searching…',
    resultTitle: 'Processings of BSN {bsn}',
    resultCaption: 'Recorded processings of BSN {bsn}, oldest first',
    none: 'No processings of this person are recorded.',
    time: 'Time',
    action: 'Action',
    activity: 'Processing activity',
    user: 'User',
    roles: 'Roles',
    outcome: 'Outcome',
    detail: 'Detail',
    allowed: 'allowed',
    denied: 'denied',
    incomplete: 'Note: the log is not intact or has unreadable lines; this answer may be incomplete.',
    invalid: 'Enter a valid BSN (nine digits).',
  },
};
