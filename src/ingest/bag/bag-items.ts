import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { BagObjectType } from './bag-object-types.js';

/** Where an item came from: the file (for a zip entry `archive.zip!entry.xml`), line and object ordinal. */
export interface BagProvenance {
  file: string;
  /**
   * 1-based line: of the object element (`<Objecten:Pand>`) for a record; of the problem, or else of the
   * `bagObject` start tag, for a quarantine item.
   */
  line: number;
  /** 1-based ordinal of the `bagObject` element in its file (or zip entry); 0 when outside any object. */
  index: number;
}

/** One voorkomen (version) of one BAG object, flat: `values[i]` belongs to `getBagColumns(objectType)[i]`. */
export interface BagRecord extends BagProvenance {
  kind: 'record';
  objectType: BagObjectType;
  /** All text; `null` when the element is absent. Multi-valued attributes are joined with `|`. */
  values: (string | null)[];
}

/** Input that could not become a record: malformed XML, an object without identificatie, bad geometry … */
export interface BagQuarantine extends BagProvenance {
  kind: 'quarantine';
  code: string;
  reason: string;
  objectType?: BagObjectType;
  /** The object's XML (cut to a few kB) so the problem can be inspected and fixed. */
  excerpt: string;
}

/** Something to tell the user that loses no data (an unknown element kept in `overigeGegevens` …). */
export interface BagWarning {
  kind: 'warning';
  diagnostic: Diagnostic;
}

export type BagItem = BagRecord | BagQuarantine | BagWarning;

/** Stable diagnostic codes of the BAG reader (GGM-I7xx: ingest, BAG). */
export const BAG_CODES = {
  malformedXml: 'GGM-I701',
  missingIdentificatie: 'GGM-I702',
  unknownObjectType: 'GGM-I703',
  badGeometry: 'GGM-I704',
  truncated: 'GGM-I705',
  unknownElement: 'GGM-I706',
  invalidUtf8: 'GGM-I707',
  unreadableFile: 'GGM-I708',
  skippedFile: 'GGM-I709',
  mixedObjectTypes: 'GGM-I710',
} as const;

export const EXCERPT_LIMIT = 4000;

export function excerptOf(xml: string): string {
  return xml.length <= EXCERPT_LIMIT ? xml : `${xml.slice(0, EXCERPT_LIMIT)}…`;
}
