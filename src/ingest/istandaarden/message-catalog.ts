/** The iWmo 3.2 / iJw 3.2 message types as data: numbers, Vektis BerichtCodes, direction and namespaces. */

export type Standard = 'iWmo' | 'iJw';
export type MessageNumber =
  | '301'
  | '302'
  | '305'
  | '306'
  | '307'
  | '308'
  | '315'
  | '316'
  | '317'
  | '318'
  | '319'
  | '320'
  | '323'
  | '325';

export interface MessageInfo {
  number: MessageNumber;
  /** BerichtCode (COD002) per standard, e.g. 414 for WMO301. */
  code: Record<Standard, number>;
  /** G = gemeente, A = aanbieder. */
  direction: 'G→A' | 'A→G';
  /** heen messages start an exchange; a retour copies its heen; 325 answers a 323. */
  kind: 'heen' | 'retour' | 'antwoord';
  /** For a retour or antwoord: the message it answers. */
  answers?: MessageNumber;
  purpose: string;
}

const m = (
  number: MessageNumber,
  wmo: number,
  jw: number,
  direction: MessageInfo['direction'],
  kind: MessageInfo['kind'],
  purpose: string,
  answers?: MessageNumber,
): MessageInfo => ({
  number,
  code: { iWmo: wmo, iJw: jw },
  direction,
  kind,
  purpose,
  ...(answers ? { answers } : {}),
});

export const MESSAGES: readonly MessageInfo[] = [
  m('301', 414, 436, 'G→A', 'heen', 'Toewijzing'),
  m('302', 415, 437, 'A→G', 'retour', 'Retour on 301', '301'),
  m('305', 418, 438, 'A→G', 'heen', 'Start zorg'),
  m('306', 419, 439, 'G→A', 'retour', 'Retour on 305', '305'),
  m('307', 420, 440, 'A→G', 'heen', 'Stop zorg'),
  m('308', 421, 441, 'G→A', 'retour', 'Retour on 307', '307'),
  m('315', 444, 446, 'A→G', 'heen', 'Verzoek om toewijzing'),
  m('316', 445, 447, 'G→A', 'retour', 'Retour on 315', '315'),
  m('317', 480, 486, 'A→G', 'heen', 'Verzoek om wijziging'),
  m('318', 481, 487, 'G→A', 'retour', 'Retour on 317', '317'),
  m('319', 482, 488, 'G→A', 'heen', 'Antwoord on VOT/VOW'),
  m('320', 483, 489, 'A→G', 'retour', 'Retour on 319', '319'),
  m('323', 484, 490, 'A→G', 'heen', 'Declaratie'),
  m('325', 485, 491, 'G→A', 'antwoord', 'Declaratie-antwoord', '323'),
];

export const MESSAGE_BY_NUMBER: ReadonlyMap<MessageNumber, MessageInfo> = new Map(
  MESSAGES.map((x) => [x.number, x]),
);

/** WMO301 / JW301: the name the standard gives the message. */
export function messageName(standard: Standard, number: MessageNumber): string {
  return `${standard === 'iWmo' ? 'WMO' : 'JW'}${number}`;
}

const WET_PATH: Record<Standard, string> = { iWmo: 'iwmo', iJw: 'ijw' };

export function messageNamespace(standard: Standard, number: MessageNumber): string {
  return `http://www.istandaarden.nl/${WET_PATH[standard]}/3_2/${standard === 'iWmo' ? 'wmo' : 'jw'}${number}/schema`;
}

export function baseNamespace(standard: Standard): string {
  return `http://www.istandaarden.nl/${WET_PATH[standard]}/3_2/basisschema/schema`;
}

export interface NamespaceInfo {
  standard: Standard;
  /** `3_2` → "3.2". */
  version: string;
  number: string;
}

const MESSAGE_NS = /^http:\/\/www\.istandaarden\.nl\/(iwmo|ijw)\/(\d+)_(\d+)\/(wmo|jw)(\d{3})\/schema$/;

/** Reads standard, version and number from a message namespace; undefined if it is not one. */
export function parseMessageNamespace(uri: string): NamespaceInfo | undefined {
  const match = MESSAGE_NS.exec(uri);
  if (!match) return undefined;
  return {
    standard: match[1] === 'iwmo' ? 'iWmo' : 'iJw',
    version: `${match[2]}.${match[3]}`,
    number: match[5]!,
  };
}

export function isMessageNumber(value: string): value is MessageNumber {
  return MESSAGE_BY_NUMBER.has(value as MessageNumber);
}
