import type { AttributeType, GeometryKind, PrimitiveKind } from './model-types.js';

type Primitive = Extract<AttributeType, { kind: 'primitive' }>;

/**
 * The release's free-text type names (lower-cased) and what they mean. The synonyms follow the GGM
 * cookbook's list of modelling types plus the spellings that occur in releases 2.2–2.5.
 */
const NAMED_PRIMITIVES: Record<string, Primitive> = {};

function add(names: string[], type: Primitive): void {
  for (const n of names) NAMED_PRIMITIVES[n] = type;
}

const p = (primitive: PrimitiveKind, extra: Partial<Primitive> = {}): Primitive => ({
  kind: 'primitive',
  primitive,
  ...extra,
});
const geo = (geometry: GeometryKind): Primitive => p('geometry', { geometry });

add(['string', 'characterstring', 'varchar', 'char', 'an', 'a', 'alfanumeriek'], p('string'));
add(['text', 'tekst', 'memo', 'clob'], p('text'));
add(['integer', 'int', 'number', 'short', 'long', 'geheel getal', 'n'], p('integer'));
add(['jaar'], p('year'));
add(['decimal', 'double', 'float', 'real', 'numeric'], p('decimal'));
add(['bedrag', 'geldbedrag', 'money', 'currency'], p('money', { precision: 12, scale: 2 }));
add(['boolean', 'bool', 'indic', 'stdindjn', 'indicatie'], p('boolean'));
add(['date', 'datum'], p('date'));
add(['datetime', 'datumtijd', 'timestamp', 'tijdstip'], p('datetime'));
add(['time', 'tijd'], p('time'));
add(['onvolledigedatum', 'partialdate'], p('partialDate'));
add(['guid', 'uuid'], p('uuid'));
add(['nen3610id'], p('nen3610id'));
add(['blob', 'image', 'binary', 'afbeelding'], p('blob'));
add(['email', 'e-mail', 'emailadres'], p('email'));
add(['url', 'uri'], p('url'));
add(['iban'], p('iban'));
add(['telefoonnummer', 'phone'], p('phone'));
add(['postcode'], p('string', { length: 6 }));
add(['voorvoegsel'], p('string', { length: 10 }));
add(['point', 'punt', 'gm_point'], geo('point'));
add(['multipoint', 'gm_multipoint'], geo('multipoint'));
add(['curve', 'lijn', 'line', 'linestring', 'gm_curve'], geo('curve'));
add(['multicurve', 'multilijn', 'gm_multicurve'], geo('multicurve'));
add(['surface', 'vlak', 'polygon', 'polygoon', 'gm_surface'], geo('surface'));
add(['multisurface', 'multivlak', 'multipolygon', 'gm_multisurface'], geo('multisurface'));
add(['gml', 'spatial', 'geometry', 'geometrie', 'puntlijnvlak', 'gm_object'], geo('any'));

/**
 * Parses a primitive type name: the named spellings above plus the length patterns `AN80`/`A1` (text of
 * at most n characters), `N9` (whole number of n digits) and `N10.2` (decimal). Returns undefined when the
 * name is not a primitive (it may still name an enumeration or class).
 */
export function parsePrimitive(name: string): Primitive | undefined {
  const key = name.trim().toLowerCase();
  if (key === '') return undefined;
  const named = NAMED_PRIMITIVES[key];
  if (named) return { ...named };
  let m = /^(?:an|a|am|x)(\d+)$/.exec(key);
  if (m) return p('string', { length: Number(m[1]) });
  m = /^n(\d+)$/.exec(key);
  if (m) return p('integer', { precision: Number(m[1]) });
  m = /^n(\d+)[.,](\d+)$/.exec(key);
  if (m) return p('decimal', { precision: Number(m[1]), scale: Number(m[2]) });
  return undefined;
}
