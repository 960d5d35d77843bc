import type { PrimitiveKind } from '../../model/model-types.js';
import { GEOMETRY_KEYS, type CommonKey } from './common-schemas.js';
import type {
  ContractClass,
  ContractEnumeration,
  ContractProperty,
  ContractValue,
} from './contract-model.js';
import type { JsonSchema } from './json-schema-types.js';

/**
 * How a schema refers to other definitions. Per-class documents, bundles and OpenAPI components differ
 * only here; each call also records what the schema uses, so the caller can add the definitions.
 */
export interface RefContext {
  classRef(classId: string): string;
  /** For `x-ggm-target` of an object reference (the class need not be in the output). */
  classTarget(classId: string): string;
  enumerationRef(enumerationId: string): string;
  commonRef(key: CommonKey): string;
}

type Primitive = Extract<ContractValue, { kind: 'primitive' }>;

/** GGM primitive → JSON Schema; every kind has an entry (the Record type makes a missing one an error). */
const PRIMITIVE_SCHEMAS: Record<PrimitiveKind, (v: Primitive, ctx: RefContext) => JsonSchema> = {
  string: (v) => ({ type: 'string', ...maxLength(v) }),
  text: (v) => ({ type: 'string', ...maxLength(v) }),
  integer: (v) => ({ type: 'integer', ...digitBounds(v.precision) }),
  decimal: (v) => decimal(v),
  money: (v) => decimal({ ...v, scale: v.scale ?? 2 }),
  boolean: () => ({ type: 'boolean' }),
  date: () => ({ type: 'string', format: 'date' }),
  datetime: () => ({ type: 'string', format: 'date-time' }),
  time: () => ({ type: 'string', format: 'time' }),
  year: () => ({ type: 'integer', minimum: 0, maximum: 9999 }),
  partialDate: () => ({
    type: 'string',
    pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
    description:
      'A date of which the day, or the day and month, may be unknown: YYYY, YYYY-MM or YYYY-MM-DD.',
  }),
  uuid: () => ({ type: 'string', format: 'uuid' }),
  nen3610id: (v) => ({ type: 'string', ...maxLength(v) }),
  geometry: (v, ctx) => ({ $ref: ctx.commonRef(GEOMETRY_KEYS[v.geometry ?? 'any'] ?? 'GeoJSONGeometry') }),
  blob: () => ({ type: 'string', contentEncoding: 'base64' }),
  email: (v) => ({ type: 'string', format: 'email', ...maxLength(v) }),
  url: (v) => ({ type: 'string', format: 'uri', ...maxLength(v) }),
  iban: () => ({ type: 'string', pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$', maxLength: 34 }),
  phone: (v) => ({ type: 'string', ...maxLength(v) }),
};

function maxLength(v: Primitive): JsonSchema {
  return v.length !== undefined && v.length > 0 ? { maxLength: v.length } : {};
}

/** `N9`: at most 9 digits. */
function digitBounds(precision: number | undefined): JsonSchema {
  if (precision === undefined || precision <= 0 || precision > 15) return {};
  const max = 10 ** precision - 1;
  return { minimum: -max, maximum: max };
}

/** decimal(p,s): a multiple of 10^-s below 10^(p-s) in absolute value. */
function decimal(v: Primitive): JsonSchema {
  const schema: JsonSchema = { type: 'number' };
  if (v.scale !== undefined && v.scale > 0) schema['multipleOf'] = Number(`1e-${v.scale}`);
  if (v.precision !== undefined && v.precision > (v.scale ?? 0)) {
    const limit = 10 ** (v.precision - (v.scale ?? 0));
    schema['exclusiveMinimum'] = -limit;
    schema['exclusiveMaximum'] = limit;
  }
  return schema;
}

export function valueSchema(value: ContractValue, ctx: RefContext): JsonSchema {
  switch (value.kind) {
    case 'primitive': {
      const schema = PRIMITIVE_SCHEMAS[value.primitive](value, ctx);
      if (value.minimum !== undefined) schema['minimum'] = value.minimum;
      if (value.maximum !== undefined) schema['maximum'] = value.maximum;
      return schema;
    }
    case 'enumeration':
      return { $ref: ctx.enumerationRef(value.enumerationId) };
    case 'class':
      return { $ref: ctx.classRef(value.classId) };
    case 'reference':
      return { $ref: ctx.commonRef('ObjectReference'), 'x-ggm-target': ctx.classTarget(value.classId) };
    case 'untyped':
      return { type: 'string', ...(value.typeName ? { 'x-ggm-unresolvedType': value.typeName } : {}) };
  }
}

export function propertySchema(p: ContractProperty, ctx: RefContext): JsonSchema {
  const single = valueSchema(p.value, ctx);
  const schema: JsonSchema = p.many
    ? {
        type: 'array',
        items: single,
        ...(p.many.min > 0 ? { minItems: p.many.min } : {}),
        ...(p.many.max !== null ? { maxItems: p.many.max } : {}),
      }
    : single;
  const { description: typeDescription, ...rest } = schema;
  const description = [p.description, typeDescription].filter((d) => typeof d === 'string' && d !== '');
  return {
    ...(p.ggmName !== p.name ? { title: p.ggmName } : {}),
    ...(description.length > 0 ? { description: description.join(' ') } : {}),
    'x-ggm-id': p.originId,
    ...rest,
  };
}

export function classSchema(cls: ContractClass, ctx: RefContext): JsonSchema {
  const properties: JsonSchema = {};
  for (const p of cls.properties) properties[p.name] = propertySchema(p, ctx);
  const required = cls.properties.filter((p) => p.required).map((p) => p.name);
  return {
    title: cls.name,
    ...(cls.description ? { description: cls.description } : {}),
    'x-ggm-id': cls.id,
    'x-ggm-name': cls.qualifiedName,
    ...(cls.superclassIds.length > 0
      ? { allOf: cls.superclassIds.map((id) => ({ $ref: ctx.classRef(id) })) }
      : {}),
    type: 'object',
    ...(required.length > 0 ? { required } : {}),
    properties,
  };
}

export function enumerationSchema(e: ContractEnumeration): JsonSchema {
  const schema: JsonSchema = {
    title: e.name,
    ...(e.description ? { description: e.description } : {}),
    'x-ggm-name': e.qualifiedName,
    type: 'string',
  };
  if (e.literals.length === 0) return schema;
  schema['enum'] = e.literals.map((l) => l.name);
  if (e.literals.some((l) => l.description)) {
    schema['x-enum-descriptions'] = e.literals.map((l) => l.description ?? '');
  }
  if (e.literals.some((l) => l.code !== undefined)) {
    const codes: JsonSchema = {};
    for (const l of e.literals) if (l.code !== undefined) codes[l.name] = l.code;
    schema['x-ggm-codes'] = codes;
  }
  return schema;
}
