import { isBagObjectType, type BagObjectType } from './bag-object-types.js';

/**
 * Kadaster names extract files `<gemeente or 9999><TYPE><DDMMYYYY>[-<part>].xml|zip`, e.g.
 * `0221PND15092020-000001.xml` or `9999VBO08082020.zip`. The type in the name is a hint; the reader
 * trusts the content.
 */
const FILE_NAME = /(?:^|[\\/])(\d{4})(LIG|NUM|OPR|PND|STA|VBO|WPL)(\d{8})(?:-\d+)?\.(xml|zip)$/i;

export interface BagFileName {
  /** Gemeente code, or `9999` for a national extract. */
  area: string;
  objectType: BagObjectType;
  /** Stand date as in the name, `DDMMYYYY`. */
  date: string;
}

export function parseBagFileName(name: string): BagFileName | undefined {
  const match = FILE_NAME.exec(name);
  if (!match) return undefined;
  const objectType = match[2]!.toUpperCase();
  if (!isBagObjectType(objectType)) return undefined;
  return { area: match[1]!, objectType, date: match[3]! };
}

/** Files that come with an extract and hold no objects; a directory read passes them without a warning. */
export function isExtractCompanionFile(name: string): boolean {
  return /^Leveringsdocument.*\.xml$/i.test(name) || /\.(md|txt|pdf|xsd)$/i.test(name);
}
