import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { gmlToWkt } from './gml-wkt.js';
import { createXmlNode, getLocalName, type XmlNode } from './xml-node.js';

/** Parses a GML snippet into the tree the object parser builds under `geometrie`. */
function tree(xml: string): XmlNode {
  const root = createXmlNode('geometrie', {});
  const stack: XmlNode[] = [root];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => {
    const node = createXmlNode(getLocalName(tag.name), tag.attributes);
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]!.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(`<g xmlns:gml="g" xmlns:O="o">${xml}</g>`).close();
  return root.children[0]!;
}

const RD = 'srsName="urn:ogc:def:crs:EPSG::28992"';

describe('GML → EWKT', () => {
  it('writes a 2D polygon with a hole, keeping the digits as written', () => {
    const gml = `<gml:Polygon ${RD} srsDimension="2"><gml:exterior><gml:LinearRing><gml:posList>0 0 10.50 0 10 10 0 0</gml:posList></gml:LinearRing></gml:exterior>
      <gml:interior><gml:LinearRing><gml:posList>1 1 2 1 2 2 1 1</gml:posList></gml:LinearRing></gml:interior></gml:Polygon>`;
    expect(gmlToWkt(tree(gml))).toEqual({
      ok: true,
      wkt: 'SRID=28992;POLYGON ((0 0, 10.50 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1))',
    });
  });

  it('writes a 3D point inside a BAG wrapper (punt)', () => {
    const gml = `<O:punt><gml:Point ${RD} srsDimension="3"><gml:pos>1.5 2.5 0.0</gml:pos></gml:Point></O:punt>`;
    expect(gmlToWkt(tree(gml))).toEqual({ ok: true, wkt: 'SRID=28992;POINT Z (1.5 2.5 0.0)' });
  });

  it('writes a MultiSurface (woonplaats multivlak) as MULTIPOLYGON', () => {
    const ring = (o: number) =>
      `<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>${o} 0 ${o + 1} 0 ${o} 1 ${o} 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`;
    const gml = `<O:multivlak><gml:MultiSurface ${RD}><gml:surfaceMember>${ring(0)}</gml:surfaceMember><gml:surfaceMember>${ring(5)}</gml:surfaceMember></gml:MultiSurface></O:multivlak>`;
    expect(gmlToWkt(tree(gml))).toEqual({
      ok: true,
      wkt: 'SRID=28992;MULTIPOLYGON (((0 0, 1 0, 0 1, 0 0)), ((5 0, 6 0, 5 1, 5 0)))',
    });
  });

  it('reads rings written as pos elements and takes the dimension from count', () => {
    const gml = `<gml:Polygon srsName="EPSG:28992"><gml:exterior><gml:LinearRing><gml:pos>0 0 1</gml:pos><gml:pos>1 0 1</gml:pos><gml:pos>0 0 1</gml:pos></gml:LinearRing></gml:exterior></gml:Polygon>`;
    expect(gmlToWkt(tree(gml))).toEqual({ ok: true, wkt: 'SRID=28992;POLYGON Z ((0 0 1, 1 0 1, 0 0 1))' });
    const counted = `<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList count="2">0 0 5 1 1 5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`;
    expect(gmlToWkt(tree(counted))).toEqual({ ok: true, wkt: 'POLYGON Z ((0 0 5, 1 1 5))' });
  });

  it('writes several geometries as a GEOMETRYCOLLECTION', () => {
    const gml = `<O:g><O:punt><gml:Point ${RD}><gml:pos>1 2</gml:pos></gml:Point></O:punt><O:vlak><gml:Polygon ${RD}><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></O:vlak></O:g>`;
    expect(gmlToWkt(tree(gml))).toEqual({
      ok: true,
      wkt: 'SRID=28992;GEOMETRYCOLLECTION (POINT (1 2), POLYGON ((0 0, 1 0, 0 0)))',
    });
  });

  it.each([
    [
      `<gml:Polygon srsName="urn:x:wgs"><gml:exterior><gml:LinearRing><gml:posList>0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`,
      'unknown srsName',
    ],
    [
      `<gml:Polygon ${RD}><gml:exterior><gml:LinearRing><gml:posList>0 0 x 1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>`,
      'non-number: x',
    ],
    [`<gml:Polygon ${RD} srsDimension="4"><gml:exterior/></gml:Polygon>`, 'srsDimension 4'],
    [`<gml:Polygon ${RD}><gml:exterior><gml:LinearRing/></gml:exterior></gml:Polygon>`, 'without posList'],
    [`<gml:Curve ${RD}/>`, 'unsupported geometry element Curve'],
  ])('reports bad GML instead of guessing (%#)', (gml, reason) => {
    const result = gmlToWkt(tree(gml));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
