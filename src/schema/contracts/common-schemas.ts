import type { JsonSchema } from './json-schema-types.js';

/**
 * The shared definitions every output can need: an object reference for relations, GeoJSON geometries
 * (RFC 7946) for geometry attributes, and the problem details of errors (RFC 9457). Written out here so
 * generated schemas resolve offline; `ref` makes the references between them fit each output.
 */
export type CommonKey =
  | 'ObjectReference'
  | 'GeoJSONPosition'
  | 'GeoJSONPoint'
  | 'GeoJSONLineString'
  | 'GeoJSONPolygon'
  | 'GeoJSONMultiPoint'
  | 'GeoJSONMultiLineString'
  | 'GeoJSONMultiPolygon'
  | 'GeoJSONGeometry'
  | 'Problem';

export const GEOMETRY_KEYS: Record<string, CommonKey> = {
  point: 'GeoJSONPoint',
  curve: 'GeoJSONLineString',
  surface: 'GeoJSONPolygon',
  multipoint: 'GeoJSONMultiPoint',
  multicurve: 'GeoJSONMultiLineString',
  multisurface: 'GeoJSONMultiPolygon',
  any: 'GeoJSONGeometry',
};

/** Which other shared definitions each one refers to. */
export const COMMON_DEPENDENCIES: Record<CommonKey, CommonKey[]> = {
  ObjectReference: [],
  GeoJSONPosition: [],
  GeoJSONPoint: ['GeoJSONPosition'],
  GeoJSONLineString: ['GeoJSONPosition'],
  GeoJSONPolygon: ['GeoJSONPosition'],
  GeoJSONMultiPoint: ['GeoJSONPosition'],
  GeoJSONMultiLineString: ['GeoJSONPosition'],
  GeoJSONMultiPolygon: ['GeoJSONPosition'],
  GeoJSONGeometry: [
    'GeoJSONPoint',
    'GeoJSONLineString',
    'GeoJSONPolygon',
    'GeoJSONMultiPoint',
    'GeoJSONMultiLineString',
    'GeoJSONMultiPolygon',
  ],
  Problem: [],
};

/** A key and everything it needs, in a fixed order. */
export function withDependencies(keys: Iterable<CommonKey>): CommonKey[] {
  const out = new Set<CommonKey>();
  const visit = (k: CommonKey) => {
    if (out.has(k)) return;
    out.add(k);
    for (const d of COMMON_DEPENDENCIES[k]) visit(d);
  };
  for (const k of keys) visit(k);
  return (Object.keys(COMMON_DEPENDENCIES) as CommonKey[]).filter((k) => out.has(k));
}

export function commonSchema(key: CommonKey, ref: (key: CommonKey) => string): JsonSchema {
  const array = (items: JsonSchema, minItems?: number): JsonSchema => ({
    type: 'array',
    items,
    ...(minItems !== undefined ? { minItems } : {}),
  });
  const position = { $ref: ref('GeoJSONPosition') };
  const geometry = (type: string, coordinates: JsonSchema): JsonSchema => ({
    title: `GeoJSON ${type}`,
    description: `A GeoJSON ${type} geometry (RFC 7946, section 3.1).`,
    type: 'object',
    required: ['type', 'coordinates'],
    properties: {
      type: { const: type },
      coordinates,
      bbox: { type: 'array', items: { type: 'number' }, minItems: 4 },
    },
  });
  switch (key) {
    case 'ObjectReference':
      return {
        title: 'Object reference',
        description:
          'Refers to another object by its identifier; `x-ggm-target` on the property names the class.',
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1, description: 'Identifier of the object referred to.' },
          href: { type: 'string', format: 'uri-reference', description: 'Link to the object.' },
        },
      };
    case 'GeoJSONPosition':
      return {
        title: 'GeoJSON position',
        description: 'Easting/longitude, northing/latitude and an optional height.',
        type: 'array',
        items: { type: 'number' },
        minItems: 2,
        maxItems: 3,
      };
    case 'GeoJSONPoint':
      return geometry('Point', position);
    case 'GeoJSONLineString':
      return geometry('LineString', array(position, 2));
    case 'GeoJSONPolygon':
      return geometry('Polygon', array(array(position, 4)));
    case 'GeoJSONMultiPoint':
      return geometry('MultiPoint', array(position));
    case 'GeoJSONMultiLineString':
      return geometry('MultiLineString', array(array(position, 2)));
    case 'GeoJSONMultiPolygon':
      return geometry('MultiPolygon', array(array(array(position, 4))));
    case 'GeoJSONGeometry':
      return {
        title: 'GeoJSON geometry',
        description: 'Any GeoJSON geometry except a GeometryCollection.',
        oneOf: COMMON_DEPENDENCIES.GeoJSONGeometry.map((k) => ({ $ref: ref(k) })),
      };
    case 'Problem':
      return {
        title: 'Problem details',
        description: 'An error in the format of RFC 9457 (`application/problem+json`).',
        type: 'object',
        properties: {
          type: { type: 'string', format: 'uri-reference' },
          title: { type: 'string' },
          status: { type: 'integer', minimum: 100, maximum: 599 },
          detail: { type: 'string' },
          instance: { type: 'string', format: 'uri-reference' },
        },
      };
  }
}
