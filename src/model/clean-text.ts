import { decodeXmlText } from '../xlsx/xml-text.js';

const HTML_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  euro: '€',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  auml: 'ä',
  iuml: 'ï',
  icirc: 'î',
  ouml: 'ö',
  oacute: 'ó',
  ocirc: 'ô',
  uuml: 'ü',
  ccedil: 'ç',
  szlig: 'ß',
};

/** Values the EA export writes where there is no value. */
const PLACEHOLDERS = new Set(['<memo>', 'nan', 'None', 'null', 'NULL']);

/**
 * Cleans one free-text value from the release: drops placeholders (`<memo>`, `nan`), cuts EA's leaked tag
 * definitions (`Ja#NOTES#Description: …` → `Ja`), strips HTML markup and entities, trims. Returns
 * undefined when nothing is left.
 */
export function cleanText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let s = value;
  const notes = s.indexOf('#NOTES#');
  if (notes >= 0) s = s.slice(0, notes);
  s = s.trim();
  if (s === '' || PLACEHOLDERS.has(s)) return undefined;
  if (s.includes('<')) {
    s = s
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?(?:font|i|b|u|em|strong|span|p|div|a|sup|sub|ul|ol|li)\b[^>]*>/gi, '')
      .trim();
  }
  if (s.includes('&')) {
    s = decodeXmlText(s).replace(/&([a-zA-Z]+);/g, (whole, name: string) => HTML_ENTITIES[name] ?? whole);
  }
  s = s.replace(/\r\n?/g, '\n').trim();
  return s === '' ? undefined : s;
}

/** Splits a synonym list (`a, b; c`) into names. */
export function splitList(value: string | undefined): string[] {
  const s = cleanText(value);
  if (!s) return [];
  return s
    .split(/[;,\n]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
