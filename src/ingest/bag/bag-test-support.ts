import { existsSync } from 'node:fs';
import type { BagItem, BagQuarantine, BagRecord, BagWarning } from './bag-items.js';
import { getBagColumns } from './bag-object-types.js';

/** The real Doesburg extract the tests read in place (never copied into the repository). */
export const DOESBURG_DIR = process.env.BAG_EXTRACT_DIR ?? '/work/shared/data/bag-doesburg-0221';
export const HAS_DOESBURG = existsSync(DOESBURG_DIR);
export const DOESBURG_SKIP_REASON = `BAG extract not found at ${DOESBURG_DIR} (set BAG_EXTRACT_DIR); real-data tests skipped`;

export interface Collected {
  records: BagRecord[];
  quarantine: BagQuarantine[];
  warnings: BagWarning[];
}

export async function collect(items: AsyncIterable<BagItem>): Promise<Collected> {
  const out: Collected = { records: [], quarantine: [], warnings: [] };
  for await (const item of items) {
    if (item.kind === 'record') out.records.push(item);
    else if (item.kind === 'quarantine') out.quarantine.push(item);
    else out.warnings.push(item);
  }
  return out;
}

/** A record as `{column: value}`, for readable assertions. */
export function recordObject(record: BagRecord): Record<string, string | null> {
  const columns = getBagColumns(record.objectType);
  return Object.fromEntries(columns.map((c, i) => [c, record.values[i] ?? null]));
}

/** A minimal extract document around the given `bagObject` elements, one object per line block. */
export function extractXml(objects: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sl-bag-extract:bagStand xmlns:sl-bag-extract="urn:x" xmlns:sl="urn:sl" xmlns:Objecten="urn:o" xmlns:Historie="urn:h" xmlns:Objecten-ref="urn:r" xmlns:gml="http://www.opengis.net/gml/3.2">',
    '<sl:standBestand>',
    ...objects.map(
      (o) => `<sl:stand>\n<sl-bag-extract:bagObject>\n${o}\n</sl-bag-extract:bagObject>\n</sl:stand>`,
    ),
    '</sl:standBestand>',
    '</sl-bag-extract:bagStand>',
    '',
  ].join('\n');
}

export function pandXml(id: string | undefined, options: { posList?: string; extra?: string } = {}): string {
  return [
    '<Objecten:Pand>',
    ...(id === undefined
      ? []
      : [`<Objecten:identificatie domein="NL.IMBAG.Pand">${id}</Objecten:identificatie>`]),
    '<Objecten:geometrie><gml:Polygon srsName="urn:ogc:def:crs:EPSG::28992" srsDimension="2">',
    `<gml:exterior><gml:LinearRing><gml:posList>${options.posList ?? '0 0 10 0 10 10 0 0'}</gml:posList></gml:LinearRing></gml:exterior>`,
    '</gml:Polygon></Objecten:geometrie>',
    '<Objecten:oorspronkelijkBouwjaar>1990</Objecten:oorspronkelijkBouwjaar>',
    '<Objecten:status>Pand in gebruik</Objecten:status>',
    '<Objecten:voorkomen><Historie:Voorkomen><Historie:voorkomenidentificatie>1</Historie:voorkomenidentificatie>',
    '<Historie:beginGeldigheid>2020-01-01</Historie:beginGeldigheid></Historie:Voorkomen></Objecten:voorkomen>',
    ...(options.extra ? [options.extra] : []),
    '</Objecten:Pand>',
  ].join('\n');
}

/** Bytes in chunks of `size`, to exercise chunk boundaries. */
export async function* chunked(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
