import { foldName } from '../diagnostics/suggest.js';
import type { ModelIndex } from './model-index.js';

export interface SearchHit {
  kind: 'class' | 'attribute' | 'enumeration';
  id: string;
  name: string;
  /** Qualified name of the element (for an attribute: its class's qualified name + `.name`). */
  qualifiedName: string;
  score: number;
  /** Where the text matched: name, synonym or definition. */
  matchedIn: 'name' | 'synonym' | 'definition';
  definition?: string;
}

const KIND_WEIGHT = { class: 1, enumeration: 0.9, attribute: 0.8 } as const;

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** How well `query` matches a name: exact > prefix > contains, on folded names. */
function nameScore(query: string, name: string): number {
  const q = foldName(query);
  const n = foldName(name);
  if (q === '' || n === '') return 0;
  if (n === q) return 100;
  if (n.startsWith(q)) return 70 - Math.min(20, n.length - q.length);
  if (n.includes(q)) return 50 - Math.min(20, n.length - q.length);
  return 0;
}

/** Share of query words found in a text, weighted. */
function textScore(queryWords: string[], text: string | undefined, weight: number): number {
  if (!text || queryWords.length === 0) return 0;
  const have = new Set(words(text));
  const found = queryWords.filter(
    (w) => have.has(w) || [...have].some((h) => h.startsWith(w) && w.length >= 4),
  );
  return (found.length / queryWords.length) * weight;
}

/**
 * Ranks classes, enumerations and attributes by how well their name, synonyms and definition match the
 * query. Name matches outrank synonym matches, which outrank definition matches; classes outrank
 * enumerations, which outrank attributes, at equal strength.
 */
export function searchModel(index: ModelIndex, query: string, limit = 20): SearchHit[] {
  const queryWords = words(query);
  const hits: SearchHit[] = [];
  const consider = (
    kind: SearchHit['kind'],
    id: string,
    name: string,
    qualifiedName: string,
    synonyms: string[],
    definition: string | undefined,
  ) => {
    const byName = nameScore(query, name);
    const bySynonym = Math.max(0, ...synonyms.map((s) => nameScore(query, s) * 0.8));
    const byDefinition = textScore(queryWords, definition, 30);
    const best = Math.max(byName, bySynonym, byDefinition);
    if (best <= 0) return;
    const matchedIn = best === byName ? 'name' : best === bySynonym ? 'synonym' : 'definition';
    const score = Math.round((best + byDefinition * 0.1) * KIND_WEIGHT[kind] * 10) / 10;
    hits.push({ kind, id, name, qualifiedName, score, matchedIn, ...(definition ? { definition } : {}) });
  };
  for (const c of index.model.classes) {
    const qn = index.qualifiedName(c);
    consider('class', c.id, c.name, qn, c.synonyms, c.definition);
    for (const a of c.attributes)
      consider('attribute', a.id, a.name, `${qn}.${a.name}`, a.synonyms, a.definition);
  }
  for (const e of index.model.enumerations) {
    consider('enumeration', e.id, e.name, index.qualifiedName(e), [], e.definition);
  }
  return hits
    .sort((a, b) => b.score - a.score || a.qualifiedName.localeCompare(b.qualifiedName))
    .slice(0, limit);
}
