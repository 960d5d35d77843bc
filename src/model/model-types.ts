import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * The GGM as plain, serializable data. Every element keeps its original id from the release; references
 * between elements are ids. Cleaned values replace the release's raw ones, and where cleaning changed a
 * value the original is kept in `raw` under the same field name.
 */
export interface GgmModel {
  /** Bumped whenever the shape of this data changes; compiled caches with another value are ignored. */
  formatVersion: number;
  /** Release version such as `2.5.1`, when known (from the download or the file's path). */
  version?: string;
  name: string;
  source: ModelSource;
  packages: Package[];
  classes: ClassDef[];
  enumerations: Enumeration[];
  associations: Association[];
  generalizations: Generalization[];
  diagrams: Diagram[];
  diagnostics: Diagnostic[];
}

export interface ModelSource {
  file: string;
  sha256: string;
  /** Data rows per sheet (header excluded), keyed by the sheet's name in the workbook. */
  sheets: Record<string, number>;
  /** Header columns per sheet, as found. */
  columns: Record<string, string[]>;
}

export type RawValues = Record<string, string>;

export interface Package {
  id: string;
  name: string;
  parentId?: string;
  /** 0 for the root, 1 for a domain ("6 Sociaal Domein"), 2 for a subdomain … */
  depth: number;
  /** Names from the domain down to this package (the root is left out). */
  path: string[];
  /** Id of the top-level domain package this package belongs to (itself for a domain). */
  domainId?: string;
  stereotype?: string;
  alias?: string;
  definition?: string;
  raw?: RawValues;
}

export interface ClassDef {
  id: string;
  name: string;
  packageId: string;
  stereotype?: string;
  /** True for datatypes (structured values without identity); from `is_datatype` or the stereotype. */
  isDatatype: boolean;
  isAbstract?: boolean;
  alias?: string;
  definition?: string;
  note?: string;
  synonyms: string[];
  /** MIM metadata (begrip, herkomst, kwaliteit, populatie, …) as cleaned text. */
  mim: Record<string, string>;
  /** GEMMA business-object link (naam, definitie, type, url). */
  gemma: Record<string, string>;
  uri?: string;
  attributes: Attribute[];
  raw?: RawValues;
}

export type PrimitiveKind =
  | 'string'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'money'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'year'
  | 'partialDate'
  | 'uuid'
  | 'nen3610id'
  | 'geometry'
  | 'blob'
  | 'email'
  | 'url'
  | 'iban'
  | 'phone';

export type GeometryKind =
  'point' | 'curve' | 'surface' | 'multipoint' | 'multicurve' | 'multisurface' | 'any';

export type AttributeType =
  | {
      kind: 'primitive';
      primitive: PrimitiveKind;
      length?: number;
      precision?: number;
      scale?: number;
      geometry?: GeometryKind;
    }
  | { kind: 'enumeration'; enumerationId: string }
  | { kind: 'class'; classId: string }
  /** The release names a type we cannot resolve; generators fall back to text. */
  | { kind: 'unknown'; name: string }
  | { kind: 'none' };

export interface Cardinality {
  min: number;
  /** null means unbounded (`*`). */
  max: number | null;
}

export interface AttributeHistory {
  /** MIM indicatie formele historie: Ja / Nee / n.v.t. / zie groep. */
  formal?: string;
  material?: string;
  validTimeline: boolean;
  registrationTimeline: boolean;
  inResearch?: string;
}

export interface Attribute {
  id: string;
  classId: string;
  name: string;
  type: AttributeType;
  cardinality: Cardinality;
  definition?: string;
  note?: string;
  stereotype?: string;
  pattern?: string;
  formalPattern?: string;
  unit?: string;
  minimum?: string;
  maximum?: string;
  authentic?: string;
  history: AttributeHistory;
  synonyms: string[];
  raw?: RawValues;
}

export interface Enumeration {
  id: string;
  name: string;
  packageId: string;
  definition?: string;
  note?: string;
  stereotype?: string;
  literals: EnumerationLiteral[];
  raw?: RawValues;
}

export interface EnumerationLiteral {
  id: string;
  name: string;
  /** Code used in source systems (v2.5+ `alias`: Ja=1, Nee=0 …). */
  code?: string;
  definition?: string;
  raw?: RawValues;
}

export interface AssociationEnd {
  classId: string;
  role?: string;
  multiplicity: Cardinality;
  documentation?: string;
}

export interface Association {
  id: string;
  name?: string;
  source: AssociationEnd;
  target: AssociationEnd;
  definition?: string;
  stereotype?: string;
  raw?: RawValues;
}

export interface Generalization {
  id: string;
  subclassId: string;
  superclassId: string;
}

export interface Diagram {
  id: string;
  name: string;
  packageId?: string;
  classIds: string[];
  enumerationIds: string[];
  associationIds: string[];
  generalizationIds: string[];
}

export const MODEL_FORMAT_VERSION = 1;
