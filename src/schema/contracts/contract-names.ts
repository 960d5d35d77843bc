import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef, Enumeration } from '../../model/model-types.js';

/**
 * Names every generated contract uses for one model, computed over the whole model so that a class
 * keeps its name whatever the selection:
 * - `key`: PascalCase segments joined by `.`; the class or enumeration name when it is unique in the
 *   model, else qualified by the shortest package suffix that tells the duplicates apart (`BAG.Pand`,
 *   `RSGB.Pand`). Valid as an OpenAPI component key and a `$defs` key.
 * - `path`: kebab-case package path plus name (`kern/bag/pand`), the stable part of a class's `$id`.
 * True duplicates (same name in the same package) get the first 8 characters of their id appended.
 */
export interface ContractNames {
  classKey(id: string): string;
  classPath(id: string): string[];
  enumerationKey(id: string): string;
  /** Enumerations with the same qualified name and the same literals share one key: the first id. */
  canonicalEnumerationId(id: string): string;
}

/** Keys the generators use for their own shared definitions; a class with such a name is qualified. */
export const RESERVED_KEYS = [
  'ObjectReference',
  'GeoJSONPoint',
  'GeoJSONLineString',
  'GeoJSONPolygon',
  'GeoJSONMultiPoint',
  'GeoJSONMultiLineString',
  'GeoJSONMultiPolygon',
  'GeoJSONGeometry',
  'GeoJSONPosition',
  'Problem',
];

const cache = new WeakMap<ModelIndex, ContractNames>();

export function getContractNames(index: ModelIndex): ContractNames {
  let names = cache.get(index);
  if (!names) {
    names = buildContractNames(index);
    cache.set(index, names);
  }
  return names;
}

function buildContractNames(index: ModelIndex): ContractNames {
  const canonicalEnum = new Map<string, string>();
  const enumBySignature = new Map<string, string>();
  const enums: Enumeration[] = [];
  for (const e of index.model.enumerations) {
    const signature = `${index.qualifiedName(e)}\u0000${e.literals.map((l) => l.name).join('\u0000')}`;
    const first = enumBySignature.get(signature);
    if (first) canonicalEnum.set(e.id, first);
    else {
      enumBySignature.set(signature, e.id);
      canonicalEnum.set(e.id, e.id);
      enums.push(e);
    }
  }
  const elements: (ClassDef | Enumeration)[] = [...index.model.classes, ...enums];
  const keys = uniqueNames(
    elements.map((e) => ({ id: e.id, segments: packageSegments(index, e.packageId).map(pascalCase) })),
    elements.map((e) => pascalCase(e.name) || 'Unnamed'),
    (segments) => segments.join('.'),
    RESERVED_KEYS,
  );
  const paths = new Map<string, string[]>();
  const seenPaths = new Set<string>();
  for (const c of index.model.classes) {
    const segments = [...packageSegments(index, c.packageId).map(kebabCase), kebabCase(c.name) || 'unnamed'];
    if (seenPaths.has(segments.join('/'))) segments[segments.length - 1] += `-${shortId(c.id)}`;
    seenPaths.add(segments.join('/'));
    paths.set(c.id, segments);
  }
  return {
    classKey: (id) => keys.get(id) ?? `Class_${shortId(id)}`,
    classPath: (id) => paths.get(id) ?? ['unknown', shortId(id)],
    enumerationKey: (id) => keys.get(canonicalEnum.get(id) ?? id) ?? `Enumeration_${shortId(id)}`,
    canonicalEnumerationId: (id) => canonicalEnum.get(id) ?? id,
  };
}

/**
 * For each element the shortest `[...package suffix, name]` that no other element shares (compared
 * case- and punctuation-insensitively, so file names derived from keys stay distinct too).
 */
function uniqueNames(
  elements: { id: string; segments: string[] }[],
  baseNames: string[],
  join: (segments: string[]) => string,
  reserved: string[],
): Map<string, string> {
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const result = new Map<string, string>();
  const taken = new Set(reserved.map(fold));
  const maxDepth = Math.max(0, ...elements.map((e) => e.segments.length));
  let pending = elements.map((e, i) => ({ ...e, base: baseNames[i]! }));
  for (let depth = 0; depth <= maxDepth && pending.length > 0; depth++) {
    const candidate = (e: (typeof pending)[number]) =>
      join([...e.segments.slice(Math.max(0, e.segments.length - depth)), e.base]);
    const counts = new Map<string, number>();
    for (const e of pending) counts.set(fold(candidate(e)), (counts.get(fold(candidate(e))) ?? 0) + 1);
    const next: typeof pending = [];
    for (const e of pending) {
      const name = candidate(e);
      if (counts.get(fold(name)) === 1 && !taken.has(fold(name))) {
        result.set(e.id, name);
        taken.add(fold(name));
      } else next.push(e);
    }
    pending = next;
  }
  for (const e of pending) {
    const name = join([...e.segments, `${e.base}_${shortId(e.id)}`]);
    result.set(e.id, name);
    taken.add(fold(name));
  }
  return result;
}

/**
 * The package path below the root, tidied for names: the domain without its number, `Model X` as `X`,
 * and a segment equal to its parent left out (`Griffie/Model Griffie` → `Griffie`).
 */
export function packageSegments(index: ModelIndex, packageId: string): string[] {
  const path = index.packages.get(packageId)?.path ?? [];
  const out: string[] = [];
  path.forEach((name, i) => {
    let s = i === 0 ? name.replace(/^\d+\s+/, '') : name;
    s = s
      .replace(/^(model|diagram)\s+/i, '')
      .replace(/\s+model$/i, '')
      .trim();
    if (s === '' || (out.length > 0 && out[out.length - 1]!.toLowerCase() === s.toLowerCase())) return;
    out.push(s);
  });
  return out;
}

/** The words of a name, ASCII only: `Beschikte Voorziening` → [Beschikte, Voorziening]. */
export function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** `Beschikte Voorziening` → `BeschikteVoorziening`; `VTH-Melding` → `VTHMelding`. */
export function pascalCase(name: string): string {
  return words(name)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A JSON property name in lowerCamelCase (NL API Design Rules): `Feitelijke Einddatum` →
 * `feitelijkeEinddatum`, `CBS-code` → `cbsCode`; names already in camelCase stay as they are.
 */
export function camelCase(name: string): string {
  const parts = words(name);
  return parts
    .map((w, i) => {
      if (i > 0) return w[0]!.toUpperCase() + w.slice(1);
      if (/^[A-Z0-9]+$/.test(w)) return w.toLowerCase();
      return w[0]!.toLowerCase() + w.slice(1);
    })
    .join('');
}

/**
 * `Beschikte Voorziening` → `beschikte-voorziening`, `NatuurlijkPersoon` → `natuurlijk-persoon`. A run of
 * capitals stays one word (`VTHzaak` → `vthzaak`): where the acronym ends is a guess.
 */
export function kebabCase(name: string): string {
  return words(name.replace(/([a-z0-9])([A-Z])/g, '$1 $2'))
    .map((w) => w.toLowerCase())
    .join('-');
}

export function shortId(id: string): string {
  return id
    .replace(/^EA(ID|PK)_/, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8);
}

const TS_RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with implements interface let package private protected public static yield ' +
    'any boolean number string symbol object never unknown undefined bigint type'
  ).split(' '),
);

/** A TypeScript type name from a key: `BAG.Pand` → `BAG_Pand`, `24Uurs` → `_24Uurs`. */
export function typeScriptName(key: string): string {
  const name = key.replace(/[^A-Za-z0-9_$]/g, '_');
  return /^[0-9]/.test(name) || TS_RESERVED.has(name) ? `_${name}` : name;
}
