import { getAttribute, type XmlNode } from './xml-node.js';

/**
 * GML 3.2 geometry (as the BAG writes it) → extended WKT text: `SRID=28992;POLYGON Z ((x y z, …))`.
 * Coordinates keep their original digits; a third coordinate makes the geometry `Z`. Handles Point,
 * Polygon (exterior + interiors, `posList` or `pos` lists) and MultiSurface/MultiPolygon, and a
 * GEOMETRYCOLLECTION when a `geometrie` holds more than one. Pure: no I/O.
 */
export type WktResult = { ok: true; wkt: string } | { ok: false; reason: string };

interface Context {
  srid: string | undefined;
  dimension: number | undefined;
}

class GmlError extends Error {}

export function gmlToWkt(geometrie: XmlNode): WktResult {
  try {
    const parts: { srid: string | undefined; dimension: number; body: string; tag: string }[] = [];
    collectGeometries(geometrie, { srid: undefined, dimension: undefined }, parts);
    if (parts.length === 0)
      return { ok: false, reason: 'no GML geometry (Point, Polygon, MultiSurface) found' };
    const srids = new Set(parts.map((p) => p.srid));
    if (srids.size > 1)
      return { ok: false, reason: `geometries with different SRS: ${[...srids].join(', ')}` };
    const srid = parts[0]!.srid;
    const prefix = srid ? `SRID=${srid};` : '';
    if (parts.length === 1)
      return { ok: true, wkt: prefix + withZ(parts[0]!.tag, parts[0]!.dimension) + parts[0]!.body };
    const dimension = Math.max(...parts.map((p) => p.dimension));
    const members = parts.map((p) => withZ(p.tag, p.dimension) + p.body).join(', ');
    return { ok: true, wkt: `${prefix}${withZ('GEOMETRYCOLLECTION', dimension)}(${members})` };
  } catch (error) {
    if (error instanceof GmlError) return { ok: false, reason: error.message };
    throw error;
  }
}

function withZ(tag: string, dimension: number): string {
  return dimension === 3 ? `${tag} Z ` : `${tag} `;
}

const GEOMETRY_TAGS: Readonly<Record<string, string>> = {
  Point: 'POINT',
  Polygon: 'POLYGON',
  MultiSurface: 'MULTIPOLYGON',
  MultiPolygon: 'MULTIPOLYGON',
};

function collectGeometries(
  node: XmlNode,
  outer: Context,
  parts: { srid: string | undefined; dimension: number; body: string; tag: string }[],
): void {
  for (const child of node.children) {
    const context = contextOf(child, outer);
    const tag = GEOMETRY_TAGS[child.name];
    if (tag === undefined) {
      // Wrappers such as `punt`, `vlak`, `multivlak`.
      if (child.children.length === 0) throw new GmlError(`unsupported geometry element ${child.name}`);
      collectGeometries(child, context, parts);
      continue;
    }
    const { body, dimension } = geometryBody(child, context);
    parts.push({ srid: context.srid, dimension, body, tag });
  }
}

function contextOf(node: XmlNode, outer: Context): Context {
  const srsName = getAttribute(node, 'srsName');
  const srsDimension = getAttribute(node, 'srsDimension');
  return {
    srid: srsName === undefined ? outer.srid : sridOf(srsName),
    dimension: srsDimension === undefined ? outer.dimension : dimensionOf(srsDimension),
  };
}

/** `urn:ogc:def:crs:EPSG::28992`, `EPSG:28992`, `http://www.opengis.net/def/crs/EPSG/0/28992` → `28992`. */
function sridOf(srsName: string): string {
  const match = /EPSG(?::[\d.]*:|:|\/\d+\/)(\d+)$/i.exec(srsName.trim());
  if (!match) throw new GmlError(`unknown srsName ${srsName}; expected an EPSG code`);
  return match[1]!;
}

function dimensionOf(value: string): number {
  const dimension = Number(value);
  if (dimension !== 2 && dimension !== 3) throw new GmlError(`srsDimension ${value} is not 2 or 3`);
  return dimension;
}

function geometryBody(node: XmlNode, context: Context): { body: string; dimension: number } {
  switch (node.name) {
    case 'Point': {
      const pos = node.children.find((c) => c.name === 'pos');
      if (!pos) throw new GmlError('Point without pos');
      const ring = coordinates(pos, contextOf(pos, context));
      return { body: `(${ring.text})`, dimension: ring.dimension };
    }
    case 'Polygon':
      return polygonBody(node, context);
    default: {
      const polygons = members(node).map((polygon) => polygonBody(polygon, contextOf(polygon, context)));
      if (polygons.length === 0) throw new GmlError(`${node.name} without polygons`);
      return {
        body: `(${polygons.map((p) => p.body).join(', ')})`,
        dimension: Math.max(...polygons.map((p) => p.dimension)),
      };
    }
  }
}

/** The polygons of a MultiSurface (`surfaceMember`/`surfaceMembers`) or MultiPolygon (`polygonMember`). */
function members(node: XmlNode): XmlNode[] {
  const polygons: XmlNode[] = [];
  for (const member of node.children) {
    for (const child of member.children) {
      if (child.name !== 'Polygon') throw new GmlError(`unsupported surface ${child.name} in ${node.name}`);
      polygons.push(child);
    }
  }
  return polygons;
}

function polygonBody(node: XmlNode, context: Context): { body: string; dimension: number } {
  const rings: { text: string; dimension: number }[] = [];
  for (const boundary of node.children) {
    if (!['exterior', 'interior', 'outerBoundaryIs', 'innerBoundaryIs'].includes(boundary.name)) continue;
    const ring = boundary.children.find((c) => c.name === 'LinearRing');
    if (!ring) throw new GmlError(`${boundary.name} without LinearRing`);
    rings.push(ringCoordinates(ring, contextOf(ring, contextOf(boundary, context))));
  }
  if (rings.length === 0) throw new GmlError('Polygon without exterior');
  return {
    body: `(${rings.map((r) => `(${r.text})`).join(', ')})`,
    dimension: Math.max(...rings.map((r) => r.dimension)),
  };
}

function ringCoordinates(ring: XmlNode, context: Context): { text: string; dimension: number } {
  const posList = ring.children.find((c) => c.name === 'posList');
  if (posList) return coordinates(posList, contextOf(posList, context));
  const positions = ring.children.filter((c) => c.name === 'pos');
  if (positions.length === 0) throw new GmlError('LinearRing without posList or pos');
  const points = positions.map((pos) => coordinates(pos, contextOf(pos, context)));
  return { text: points.map((p) => p.text).join(', '), dimension: points[0]!.dimension };
}

const NUMBER_TEXT = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const NUMBER = new RegExp(`^${NUMBER_TEXT}$`);
const NUMBER_LIST = new RegExp(String.raw`^${NUMBER_TEXT}(?:\s+${NUMBER_TEXT})*$`);

/** A `posList`/`pos` as WKT points; the dimension comes from srsDimension, else from `count`, else 2. */
function coordinates(node: XmlNode, context: Context): { text: string; dimension: number } {
  const text = node.text.trim();
  if (text === '') throw new GmlError(`empty ${node.name}`);
  // One pass over the whole list; only when it fails, look for the culprit to name it.
  if (!NUMBER_LIST.test(text)) {
    const bad = text.split(/\s+/).find((n) => !NUMBER.test(n));
    throw new GmlError(`${node.name} holds a non-number: ${bad ?? text}`);
  }
  const numbers = text.split(/\s+/);
  let dimension = context.dimension;
  const count = getAttribute(node, 'count');
  // A single position tells its own dimension.
  if (dimension === undefined && node.name === 'pos') dimension = numbers.length;
  if (dimension === undefined && count !== undefined && Number(count) > 0)
    dimension = numbers.length / Number(count);
  dimension ??= 2;
  if (numbers.length % dimension !== 0 || (dimension !== 2 && dimension !== 3)) {
    throw new GmlError(
      `${node.name} has ${numbers.length} numbers, not a multiple of dimension ${dimension}`,
    );
  }
  const points: string[] = [];
  for (let i = 0; i < numbers.length; i += dimension) points.push(numbers.slice(i, i + dimension).join(' '));
  return { text: points.join(', '), dimension };
}
