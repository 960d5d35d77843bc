import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { Selection } from '../../model/model-selection.js';
import type { AttributeType, Cardinality, ClassDef, PrimitiveKind } from '../../model/model-types.js';
import {
  camelCase,
  getContractNames,
  pascalCase,
  typeScriptName,
  type ContractNames,
} from './contract-names.js';

/**
 * The engine-neutral description of the contracts for a selection: which classes and enumerations, the
 * properties of each class with their value kind and cardinality. JSON Schema, OpenAPI and TypeScript are
 * each a reader of this data, so the three outputs agree on names, optionality and types.
 */
export interface ContractModel {
  modelName: string;
  modelVersion?: string;
  relations: RelationStyle;
  classes: ContractClass[];
  enumerations: ContractEnumeration[];
  names: ContractNames;
  diagnostics: Diagnostic[];
}

/**
 * `reference`: associations and attributes typed by an objecttype hold an `ObjectReference` (an
 * identifier, as a foreign key would); `embed`: they hold the other object itself via `$ref`.
 * Datatypes (no identity) are embedded either way.
 */
export type RelationStyle = 'reference' | 'embed';

export interface ContractOptions {
  relations?: RelationStyle;
}

export interface ContractClass {
  id: string;
  key: string;
  tsName: string;
  /** Kebab-case package path and name, the stable part of the `$id`: `['kern', 'bag', 'pand']`. */
  path: string[];
  name: string;
  qualifiedName: string;
  domain: string;
  description?: string;
  isDatatype: boolean;
  /** Asked for by the selection (not only pulled in by closure). */
  selected: boolean;
  superclassIds: string[];
  properties: ContractProperty[];
}

export interface ContractProperty {
  /** lowerCamelCase JSON / TypeScript property name. */
  name: string;
  /** The name as the GGM spells it (attribute name, association role or name). */
  ggmName: string;
  origin: 'attribute' | 'association';
  originId: string;
  description?: string;
  required: boolean;
  /** Set when more than one value is allowed: the bounds of the array. */
  many?: Cardinality;
  value: ContractValue;
}

export type ContractValue =
  | {
      kind: 'primitive';
      primitive: PrimitiveKind;
      length?: number;
      precision?: number;
      scale?: number;
      geometry?: string;
      minimum?: number;
      maximum?: number;
    }
  | { kind: 'enumeration'; enumerationId: string }
  /** The other class's schema itself. */
  | { kind: 'class'; classId: string }
  /** An identifier of an object of the other class. */
  | { kind: 'reference'; classId: string }
  /** The model gives no usable type; written as a string, with the type name kept. */
  | { kind: 'untyped'; typeName?: string };

export interface ContractEnumeration {
  id: string;
  key: string;
  tsName: string;
  name: string;
  qualifiedName: string;
  description?: string;
  literals: { name: string; code?: string; description?: string }[];
}

export function buildContractModel(
  index: ModelIndex,
  selection: Selection,
  options: ContractOptions = {},
): ContractModel {
  const relations = options.relations ?? 'reference';
  const names = getContractNames(index);
  const diagnostics: Diagnostic[] = [];
  const classIds = refClosure(index, selection.classIds, relations);
  const classes = index.model.classes
    .filter((c) => classIds.has(c.id))
    .map((c) => contractClass(index, names, c, selection, relations, diagnostics));
  const enumerationIds = new Set<string>();
  for (const id of selection.enumerationIds) enumerationIds.add(names.canonicalEnumerationId(id));
  for (const c of classes) {
    for (const p of c.properties)
      if (p.value.kind === 'enumeration') enumerationIds.add(p.value.enumerationId);
  }
  const enumerations = index.model.enumerations
    .filter((e) => enumerationIds.has(e.id))
    .map((e): ContractEnumeration => {
      const seen = new Set<string>();
      const literals: ContractEnumeration['literals'] = [];
      for (const l of e.literals) {
        if (seen.has(l.name)) {
          diagnostics.push({
            code: 'GGM-S404',
            severity: 'warning',
            message: `enumeration ${index.qualifiedName(e)} lists literal ${l.name} more than once; written once`,
            at: { sheet: 'enumerationliterals' },
          });
          continue;
        }
        seen.add(l.name);
        literals.push({
          name: l.name,
          ...(l.code !== undefined ? { code: l.code } : {}),
          ...(l.definition ? { description: l.definition } : {}),
        });
      }
      if (literals.length === 0) {
        diagnostics.push({
          code: 'GGM-S403',
          severity: 'warning',
          message: `enumeration ${index.qualifiedName(e)} has no literals; any string is accepted`,
          at: { sheet: 'enumerations' },
          hint: 'add the literals to the model (GGM cookbook rule m5)',
        });
      }
      const key = names.enumerationKey(e.id);
      return {
        id: e.id,
        key,
        tsName: typeScriptName(key),
        name: e.name,
        qualifiedName: index.qualifiedName(e),
        ...(e.definition ? { description: e.definition } : {}),
        literals,
      };
    });
  diagnostics.push(...redefinitions(classes));
  // every problem is in the release workbook; the sheet where the element is defined, where known
  const file = index.model.source.file;
  for (const d of diagnostics) d.at = { file, ...(d.at ?? {}) };
  return {
    modelName: index.model.name,
    ...(index.model.version ? { modelVersion: index.model.version } : {}),
    relations,
    classes,
    enumerations,
    names,
    diagnostics,
  };
}

/**
 * The selected classes plus every class their schemas `$ref` (superclasses, embedded classes), so the
 * output is complete even without the selection's closure.
 */
function refClosure(index: ModelIndex, start: Iterable<string>, relations: RelationStyle): Set<string> {
  const out = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const cls = index.classes.get(id);
    if (!cls || out.has(id)) continue;
    out.add(id);
    for (const s of index.superclasses(id)) stack.push(s.id);
    for (const a of cls.attributes) {
      if (a.type.kind !== 'class') continue;
      const target = index.classes.get(a.type.classId);
      if (target && (target.isDatatype || relations === 'embed')) stack.push(target.id);
    }
    if (relations === 'embed') {
      for (const { side, other } of index.associationsOf(id)) if (side === 'source') stack.push(other.id);
    }
  }
  return out;
}

function contractClass(
  index: ModelIndex,
  names: ContractNames,
  cls: ClassDef,
  selection: Selection,
  relations: RelationStyle,
  diagnostics: Diagnostic[],
): ContractClass {
  const qualifiedName = index.qualifiedName(cls);
  const superclassIds: string[] = [];
  for (const s of index.superclasses(cls.id)) {
    if (s.id === cls.id || index.ancestors(s.id).some((a) => a.id === cls.id)) {
      diagnostics.push({
        code: 'GGM-S409',
        severity: 'error',
        message: `${qualifiedName} specialises ${index.qualifiedName(s)}, which specialises it in turn; that generalization is left out`,
        at: { sheet: 'generalizations' },
        hint: 'remove one generalization of the cycle from the model',
      });
    } else if (superclassIds.includes(s.id)) {
      diagnostics.push({
        code: 'GGM-S408',
        severity: 'info',
        message: `${qualifiedName} specialises ${index.qualifiedName(s)} more than once; used once`,
        at: { sheet: 'generalizations' },
      });
    } else superclassIds.push(s.id);
  }
  const used = new Set<string>();
  const unique = (wanted: string, alternative: string, what: string) => {
    let name = wanted || 'property';
    if (used.has(name) && alternative && !used.has(alternative)) name = alternative;
    for (let n = 2; used.has(name); n++) name = `${wanted}${n}`;
    if (name !== wanted) {
      diagnostics.push({
        code: 'GGM-S405',
        severity: 'info',
        at: { sheet: what.startsWith('association') ? 'associations' : 'attributes' },
        message: `${qualifiedName}: ${what} would be named ${wanted}, which another property has; named ${name}`,
      });
    }
    used.add(name);
    return name;
  };
  const properties: ContractProperty[] = [];
  for (const a of cls.attributes) {
    const value = attributeValue(index, a.type, relations, `${qualifiedName}.${a.name}`, diagnostics);
    properties.push({
      name: unique(camelCase(a.name), '', `attribute ${a.name}`),
      ggmName: a.name,
      origin: 'attribute',
      originId: a.id,
      ...(a.definition ? { description: a.definition } : {}),
      ...cardinality(a.cardinality),
      value: withBounds(value, a.minimum, a.maximum),
    });
  }
  for (const { association, side, other } of index.associationsOf(cls.id)) {
    if (side !== 'source') continue;
    const far = association.target;
    const ggmName = far.role ?? associationName(association.name, other.name);
    const embed = relations === 'embed' || other.isDatatype;
    properties.push({
      name: unique(
        camelCase(ggmName),
        far.role ? camelCase(`${ggmName} ${pascalCase(other.name)}`) : '',
        `association ${ggmName}`,
      ),
      ggmName,
      origin: 'association',
      originId: association.id,
      ...(association.definition ? { description: association.definition } : {}),
      ...cardinality(far.multiplicity),
      value: embed ? { kind: 'class', classId: other.id } : { kind: 'reference', classId: other.id },
    });
  }
  const key = names.classKey(cls.id);
  return {
    id: cls.id,
    key,
    tsName: typeScriptName(key),
    path: names.classPath(cls.id),
    name: cls.name,
    qualifiedName,
    domain: index.domainOf(cls.packageId)?.name ?? '',
    ...(cls.definition ? { description: cls.definition } : {}),
    isDatatype: cls.isDatatype,
    selected: selection.selectedClassIds.has(cls.id),
    superclassIds,
    properties,
  };
}

function cardinality(c: Cardinality): Pick<ContractProperty, 'required' | 'many'> {
  const many = c.max === null || c.max > 1;
  return { required: c.min >= 1, ...(many ? { many: c } : {}) };
}

function attributeValue(
  index: ModelIndex,
  type: AttributeType,
  relations: RelationStyle,
  where: string,
  diagnostics: Diagnostic[],
): ContractValue {
  switch (type.kind) {
    case 'primitive': {
      const { kind: _kind, ...rest } = type;
      return { kind: 'primitive', ...rest };
    }
    case 'enumeration':
      if (index.enumerations.has(type.enumerationId)) {
        return {
          kind: 'enumeration',
          enumerationId: getContractNames(index).canonicalEnumerationId(type.enumerationId),
        };
      }
      return untyped(index, where, type.enumerationId, diagnostics);
    case 'class': {
      const target = index.classes.get(type.classId);
      if (!target) return untyped(index, where, type.classId, diagnostics);
      return target.isDatatype || relations === 'embed'
        ? { kind: 'class', classId: target.id }
        : { kind: 'reference', classId: target.id };
    }
    case 'unknown':
      return untyped(index, where, type.name, diagnostics);
    case 'none':
      return untyped(index, where, undefined, diagnostics);
  }
}

function untyped(
  index: ModelIndex,
  where: string,
  typeName: string | undefined,
  diagnostics: Diagnostic[],
): ContractValue {
  const near = typeName === undefined ? [] : typeNameHints(index, typeName);
  diagnostics.push({
    code: typeName === undefined ? 'GGM-S402' : 'GGM-S401',
    severity: 'warning',
    message:
      typeName === undefined
        ? `attribute ${where} has no type; written as a string`
        : `attribute ${where} has type ${typeName}, which the model does not define; written as a string`,
    at: { sheet: 'attributes' },
    hint:
      near.length > 0
        ? `did you mean ${near.join(', ')}?`
        : 'give the attribute a primitive type, enumeration or class in the model',
  });
  return { kind: 'untyped', ...(typeName !== undefined ? { typeName } : {}) };
}

const hintCache = new WeakMap<ModelIndex, { names: [string, string][]; hints: Map<string, string[]> }>();

/**
 * The class and enumeration names nearest to an unknown type name, scored as `nearestNames` does
 * (containment first, then edit distance up to a third of the length), with the candidates folded
 * once per model and the distance computed only where the lengths allow a match: the release has
 * 225 such attributes against 1,300 names. Memoised per model and type name.
 */
function typeNameHints(index: ModelIndex, typeName: string, limit = 3): string[] {
  let cache = hintCache.get(index);
  if (!cache) {
    const names = new Set([...index.model.classes, ...index.model.enumerations].map((e) => e.name));
    cache = { names: [...names].map((n): [string, string] => [n, foldName(n)]), hints: new Map() };
    hintCache.set(index, cache);
  }
  const known = cache.hints.get(typeName);
  if (known) return known;
  const target = foldName(typeName);
  const reach = Math.max(2, Math.ceil(target.length / 3));
  const scored: { name: string; score: number }[] = [];
  for (const [name, folded] of cache.names) {
    if (folded === target) scored.push({ name, score: 0 });
    else if (target.length >= 3 && (folded.includes(target) || target.includes(folded))) {
      scored.push({ name, score: 1 + Math.abs(folded.length - target.length) / 100 });
    } else if (Math.abs(folded.length - target.length) <= reach) {
      const d = boundedDistance(target, folded, reach);
      if (d <= reach) scored.push({ name, score: 1 + d });
    }
  }
  const hints = scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
  cache.hints.set(typeName, hints);
  return hints;
}

/**
 * Optimal string alignment distance (as `editDistance` in diagnostics/suggest), but giving up with
 * `max + 1` as soon as a whole row exceeds `max`: most candidates are far off after a few letters.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** The attribute's own minimum/maximum, when numeric, on a numeric primitive. */
function withBounds(value: ContractValue, minimum?: string, maximum?: string): ContractValue {
  if (value.kind !== 'primitive' || !['integer', 'decimal', 'money', 'year'].includes(value.primitive)) {
    return value;
  }
  const num = (s?: string) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : undefined);
  const min = num(minimum);
  const max = num(maximum);
  return {
    ...value,
    ...(min !== undefined ? { minimum: min } : {}),
    ...(max !== undefined ? { maximum: max } : {}),
  };
}

/**
 * Own properties that redefine an inherited one with another value or cardinality: JSON Schema applies
 * both (`allOf`), so such a value can never be valid; TypeScript takes the subclass's.
 */
function redefinitions(classes: ContractClass[]): Diagnostic[] {
  const byId = new Map(classes.map((c) => [c.id, c]));
  const out: Diagnostic[] = [];
  const shape = (p: ContractProperty) => JSON.stringify([p.value, p.many ?? null]);
  for (const cls of classes) {
    const inherited = new Map<string, { owner: ContractClass; property: ContractProperty }>();
    const seen = new Set<string>();
    const stack = [...cls.superclassIds];
    while (stack.length > 0) {
      const owner = byId.get(stack.shift()!);
      if (!owner || seen.has(owner.id)) continue;
      seen.add(owner.id);
      for (const property of owner.properties) {
        if (!inherited.has(property.name)) inherited.set(property.name, { owner, property });
      }
      stack.push(...owner.superclassIds);
    }
    for (const p of cls.properties) {
      const base = inherited.get(p.name);
      if (!base || shape(base.property) === shape(p)) continue;
      out.push({
        code: 'GGM-S406',
        severity: 'warning',
        at: { sheet: p.origin === 'attribute' ? 'attributes' : 'associations' },
        message: `${cls.qualifiedName}.${p.ggmName} redefines ${base.owner.qualifiedName}.${base.property.ggmName} with another type or cardinality`,
        hint: 'JSON Schema requires both definitions (allOf); the TypeScript interface omits the inherited one',
      });
    }
  }
  return out;
}

/** `heeft` + `Pand` → `heeft Pand`; a name that already ends in the class name stays as it is. */
function associationName(name: string | undefined, target: string): string {
  if (!name) return target;
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return fold(name).endsWith(fold(target)) ? name : `${name} ${target}`;
}
