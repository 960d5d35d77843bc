import type { Standard } from '../message-catalog.js';

/** The fictional municipality and its providers the generator writes messages for. */
export const GEMEENTE = { code: '1999', naam: 'Duinwaarde' };

export interface Aanbieder {
  agb: string;
  naam: string;
  wet: Standard;
}

export const AANBIEDERS: readonly Aanbieder[] = [
  { agb: '98000011', naam: 'Zorggroep Duinrand', wet: 'iWmo' },
  { agb: '98000022', naam: 'Thuishulp Kustlijn', wet: 'iWmo' },
  { agb: '98000033', naam: 'Dagbesteding De Helm', wet: 'iWmo' },
  { agb: '98000044', naam: 'Beschermd Wonen Strandpaal', wet: 'iWmo' },
  { agb: '98000055', naam: 'Jeugdhulp Zeewind', wet: 'iJw' },
  { agb: '98000066', naam: 'Kindpraktijk Branding', wet: 'iJw' },
  { agb: '98000077', naam: 'Gezinshuis Het Wad', wet: 'iJw' },
];

export const ACHTERNAMEN = [
  'Jansen',
  'de Vries',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Yilmaz',
  'El Amrani',
  'Nguyen',
];
export const VOORNAMEN = [
  'Anna',
  'Daan',
  'Sanne',
  'Luuk',
  'Fatima',
  'Noah',
  'Emma',
  'Sem',
  'Julia',
  'Mohamed',
  'Lotte',
  'Finn',
  'Eva',
  'Bram',
  'Aylin',
  'Jesse',
];
export const STRATEN = [
  'Duinweg',
  'Helmgras',
  'Strandlaan',
  'Zeereep',
  'Vuurtorenpad',
  'Schelpenstraat',
  'Kwelderlaan',
  'Ebbehof',
];
export const PLAATSEN = ['Duinwaarde', 'Zeedorp', 'Helmond aan Zee'];
/** The gemeente's PC4 areas: every generated address lies in one (the demo's denominators per PC4). */
export const PC4_GEBIEDEN = ['1991', '1992', '1993', '1994', '1995', '1996'];

/** Product categories with product codes (NNXNN) per law, as a fictional contract would list them. */
export const PRODUCTEN: Record<Standard, readonly { categorie: string; codes: readonly string[] }[]> = {
  iWmo: [
    { categorie: '01', codes: ['01A01', '01A02'] },
    { categorie: '02', codes: ['02A01', '02A05'] },
    { categorie: '07', codes: ['07A01', '07A03'] },
    { categorie: '15', codes: ['15A01'] },
  ],
  iJw: [
    { categorie: '43', codes: ['43A01'] },
    { categorie: '45', codes: ['45A03', '45A07'] },
    { categorie: '47', codes: ['47A01'] },
    { categorie: '54', codes: ['54A02'] },
  ],
};
