import type { PrimitiveKind } from '../../model/model-types.js';
import { GEOMETRY_KEYS, withDependencies, type CommonKey } from './common-schemas.js';
import type {
  ContractClass,
  ContractEnumeration,
  ContractModel,
  ContractProperty,
} from './contract-model.js';

/** GGM primitive → TypeScript type; every kind has an entry. */
const PRIMITIVE_TYPES: Record<PrimitiveKind, string> = {
  string: 'string',
  text: 'string',
  integer: 'number',
  decimal: 'number',
  money: 'number',
  boolean: 'boolean',
  date: 'string',
  datetime: 'string',
  time: 'string',
  year: 'number',
  partialDate: 'string',
  uuid: 'string',
  nen3610id: 'string',
  geometry: 'GeoJSONGeometry',
  blob: 'string',
  email: 'string',
  url: 'string',
  iban: 'string',
  phone: 'string',
};

/** What a string-typed primitive holds, for the JSDoc (the type itself is just `string`). */
const FORMATS: Partial<Record<PrimitiveKind, string>> = {
  date: 'date (YYYY-MM-DD)',
  datetime: 'date-time (RFC 3339)',
  time: 'time (RFC 3339)',
  partialDate: 'partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
  uuid: 'uuid',
  blob: 'base64',
  email: 'email',
  url: 'uri',
  iban: 'IBAN',
};

const COMMON_DECLARATIONS: Record<CommonKey, string> = {
  ObjectReference:
    '/** Refers to another object by its identifier. */\n' +
    'export interface ObjectReference {\n  id: string;\n  href?: string;\n}',
  GeoJSONPosition: 'export type GeoJSONPosition = [number, number] | [number, number, number];',
  GeoJSONPoint: geo('Point', 'GeoJSONPosition'),
  GeoJSONLineString: geo('LineString', 'GeoJSONPosition[]'),
  GeoJSONPolygon: geo('Polygon', 'GeoJSONPosition[][]'),
  GeoJSONMultiPoint: geo('MultiPoint', 'GeoJSONPosition[]'),
  GeoJSONMultiLineString: geo('MultiLineString', 'GeoJSONPosition[][]'),
  GeoJSONMultiPolygon: geo('MultiPolygon', 'GeoJSONPosition[][][]'),
  GeoJSONGeometry:
    'export type GeoJSONGeometry =\n  | GeoJSONPoint\n  | GeoJSONLineString\n  | GeoJSONPolygon\n' +
    '  | GeoJSONMultiPoint\n  | GeoJSONMultiLineString\n  | GeoJSONMultiPolygon;',
  Problem:
    '/** An error (RFC 9457). */\nexport interface Problem {\n  type?: string;\n  title?: string;\n' +
    '  status?: number;\n  detail?: string;\n  instance?: string;\n}',
};

function geo(type: string, coordinates: string): string {
  return `export interface GeoJSON${type} {\n  type: '${type}';\n  coordinates: ${coordinates};\n  bbox?: number[];\n}`;
}

/**
 * One `.d.ts` text: an interface per class (`extends` its superclasses), a string-literal union per
 * enumeration, JSDoc from the definitions with the GGM name, `?` for optional properties. Where a class
 * redefines an inherited property with another type, or two superclasses disagree, the base is written
 * as `Omit<Base, 'name'>` so the declarations always compile.
 */
export function emitTypeScript(model: ContractModel): string {
  const byId = new Map(model.classes.map((c) => [c.id, c]));
  const enumsById = new Map(model.enumerations.map((e) => [e.id, e]));
  const common = new Set<CommonKey>();
  const typeOf = (p: ContractProperty): string => {
    const v = p.value;
    let t: string;
    switch (v.kind) {
      case 'primitive':
        if (v.primitive === 'geometry') {
          const key = GEOMETRY_KEYS[v.geometry ?? 'any'] ?? 'GeoJSONGeometry';
          common.add(key);
          t = key;
        } else t = PRIMITIVE_TYPES[v.primitive];
        break;
      case 'enumeration':
        t = enumsById.get(v.enumerationId)?.tsName ?? 'string';
        break;
      case 'class':
        t = byId.get(v.classId)?.tsName ?? 'unknown';
        break;
      case 'reference':
        common.add('ObjectReference');
        t = 'ObjectReference';
        break;
      case 'untyped':
        t = 'string';
        break;
    }
    return p.many ? `${t}[]` : t;
  };

  const members = new Map<string, Map<string, string>>();
  const membersOf = (cls: ContractClass): Map<string, string> => {
    let m = members.get(cls.id);
    if (m) return m;
    m = new Map();
    members.set(cls.id, m);
    for (const sid of cls.superclassIds) {
      const s = byId.get(sid);
      if (s) for (const [k, v] of membersOf(s)) if (!m.has(k)) m.set(k, v);
    }
    for (const p of cls.properties) m.set(p.name, signature(p, typeOf(p)));
    return m;
  };

  const blocks: string[] = [];
  for (const e of model.enumerations) blocks.push(enumerationDeclaration(e));
  for (const cls of model.classes) {
    const own = new Map(cls.properties.map((p) => [p.name, signature(p, typeOf(p))]));
    const seen = new Map<string, string>();
    const bases = cls.superclassIds
      .map((id) => byId.get(id))
      .filter((s): s is ContractClass => s !== undefined)
      .map((s) => {
        const omit: string[] = [];
        for (const [name, sig] of membersOf(s)) {
          const wanted = own.get(name) ?? seen.get(name);
          if (wanted !== undefined && wanted !== sig) omit.push(name);
          else if (!seen.has(name)) seen.set(name, sig);
        }
        return omit.length > 0 ? `Omit<${s.tsName}, ${omit.map(tsString).join(' | ')}>` : s.tsName;
      });
    blocks.push(classDeclaration(cls, bases, typeOf, byId, model.names.classKey));
  }
  const header = [
    '/**',
    ` * TypeScript declarations for the ${model.modelName}${model.modelVersion ? ` ${model.modelVersion}` : ''}.`,
    ' * Generated by `ggm generate types`; do not edit.',
    ' */',
  ].join('\n');
  const commonBlocks = withDependencies(common).map((k) => COMMON_DECLARATIONS[k]);
  return `${[header, ...commonBlocks, ...blocks].join('\n\n')}\n`;
}

function signature(p: ContractProperty, type: string): string {
  return `${p.required ? '' : '?'}${type}`;
}

function enumerationDeclaration(e: ContractEnumeration): string {
  const doc = jsDoc([e.description, `GGM: ${e.qualifiedName}`], '');
  if (e.literals.length === 0) return `${doc}export type ${e.tsName} = string;`;
  const literals = e.literals.map((l) => `  | ${tsString(l.name)}`).join('\n');
  return `${doc}export type ${e.tsName} =\n${literals};`;
}

function classDeclaration(
  cls: ContractClass,
  bases: string[],
  typeOf: (p: ContractProperty) => string,
  byId: Map<string, ContractClass>,
  targetKey: (classId: string) => string,
): string {
  const doc = jsDoc([cls.description, `GGM: ${cls.qualifiedName}${cls.isDatatype ? ' (datatype)' : ''}`], '');
  const extendsClause = bases.length > 0 ? ` extends ${bases.join(', ')}` : '';
  const lines = cls.properties.map((p) => {
    const notes: (string | undefined)[] = [p.description];
    if (p.ggmName !== p.name) notes.push(`GGM: ${p.ggmName}`);
    const v = p.value;
    if (v.kind === 'primitive') {
      const format = FORMATS[v.primitive];
      if (format) notes.push(`Format: ${format}.`);
      if (v.length !== undefined) notes.push(`At most ${v.length} characters.`);
      if (v.scale !== undefined) notes.push(`At most ${v.scale} decimals.`);
    } else if (v.kind === 'reference') {
      const target = byId.get(v.classId);
      notes.push(
        `Refers to ${target ? `{@link ${target.tsName}}` : `a ${targetKey(v.classId)} (not in this selection)`}.`,
      );
    } else if (v.kind === 'untyped' && v.typeName) {
      notes.push(`The model names type ${v.typeName}, which it does not define.`);
    }
    if (p.many) notes.push(`Between ${p.many.min} and ${p.many.max ?? 'any number of'} values.`);
    const name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p.name) ? p.name : tsString(p.name);
    return `${jsDoc(notes, '  ')}  ${name}${p.required ? '' : '?'}: ${typeOf(p)};`;
  });
  const body = lines.length > 0 ? `\n${lines.join('\n')}\n` : '';
  return `${doc}export interface ${cls.tsName}${extendsClause} {${body}}`;
}

function jsDoc(parts: (string | undefined)[], indent: string): string {
  const text = parts.filter((p): p is string => p !== undefined && p.trim() !== '');
  if (text.length === 0) return '';
  const lines = text
    .join('\n\n')
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((l) => `${indent} *${l.trim() === '' ? '' : ` ${l.trimEnd()}`}`);
  return `${indent}/**\n${lines.join('\n')}\n${indent} */\n`;
}

export function tsString(text: string): string {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}
