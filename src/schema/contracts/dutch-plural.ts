/**
 * The Dutch plural of a (lower-case) noun, for collection paths (NL API Design Rules: plural nouns).
 * A heuristic over the regular patterns; irregular nouns (`kind` → `kinderen`) come out regular.
 */
export function dutchPlural(word: string): string {
  const w = word.toLowerCase();
  if (w === '') return w;
  // compounds end in their last noun: raadslid → raadsleden
  for (const [singular, plural] of IRREGULAR_ENTRIES) {
    if (w.endsWith(singular)) return `${w.slice(0, w.length - singular.length)}${plural}`;
  }
  // -heid → -heden, -ing → -ingen
  if (w.endsWith('heid')) return `${w.slice(0, -4)}heden`;
  if (w.endsWith('ing')) return `${w}en`;
  // unstressed endings and most vowels take -s (medewerker → medewerkers, ziekte → ziektes)
  if (/(el|em|er|en|je|erd|aar|um)$/.test(w) && !/(eel|eem|eer|een|aar)$/.test(w)) return `${w}s`;
  if (/(ie|e|é)$/.test(w) && !/ee$/.test(w)) return `${w}s`;
  if (/[aiouy]$/.test(w)) return `${w}s`;
  // a long vowel written double loses a letter in the open syllable; s/f become z/v (zaak → zaken)
  const long = /^(.*?)(aa|ee|oo|uu)([^aeiouy])$/.exec(w);
  if (long) return `${long[1]}${long[2]![0]}${voiced(long[3]!)}en`;
  // diphthongs keep their spelling; s/f voice (huis → huizen, bedrijf → bedrijven)
  if (/(ie|ei|ij|ui|ou|eu|oe|au)[sf]$/.test(w)) return `${w.slice(0, -1)}${voiced(w.slice(-1))}en`;
  // a short stressed vowel before one consonant doubles it (adres → adressen, bus → bussen)
  if (/(^|[^aeiouy])[aeiou][bdklmnprst]$/.test(w) && !/(ig|lijk)$/.test(w)) return `${w}${w.slice(-1)}en`;
  return `${w}en`;
}

function voiced(consonant: string): string {
  return consonant === 's' ? 'z' : consonant === 'f' ? 'v' : consonant;
}

const IRREGULAR: Record<string, string> = {
  kind: 'kinderen',
  lid: 'leden',
  stad: 'steden',
  schip: 'schepen',
  gebrek: 'gebreken',
  bedrag: 'bedragen',
  verslag: 'verslagen',
  dag: 'dagen',
  weg: 'wegen',
  pad: 'paden',
  bad: 'baden',
  dak: 'daken',
  slot: 'sloten',
  spel: 'spellen',
  gebod: 'geboden',
  verbod: 'verboden',
  aanbod: 'aanbiedingen',
  oorlog: 'oorlogen',
  bevel: 'bevelen',
  gebed: 'gebeden',
  gat: 'gaten',
  vat: 'vaten',
  glas: 'glazen',
  graf: 'graven',
  hof: 'hoven',
  categorie: 'categorieen',
  museum: 'musea',
  centrum: 'centra',
  criterium: 'criteria',
  medium: 'media',
  status: 'statussen',
  bus: 'bussen',
  object: 'objecten',
  project: 'projecten',
  subject: 'subjecten',
};

/** Longest first, so `verslag` wins over `dag`-like endings. */
const IRREGULAR_ENTRIES = Object.entries(IRREGULAR).sort(([a], [b]) => b.length - a.length);
