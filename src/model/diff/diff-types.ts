import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Cardinality, GeometryKind, PrimitiveKind } from '../model-types.js';

/**
 * The difference between two GGM versions as plain JSON-able data. Read by `ggm model diff` and by the
 * migration generator, so every entry carries names and qualified names, never bare references by id
 * to elements of the other model. Absent optional values are `null` in field changes.
 */
export interface ModelDiff {
  formatVersion: typeof MODEL_DIFF_FORMAT_VERSION;
  from: DiffSide;
  to: DiffSide;
  /** Counts per kind, for people and for quick checks. */
  summary: DiffSummary;
  packages: KindDiff<PackageEntry>;
  classes: KindDiff<ClassEntry>;
  attributes: KindDiff<AttributeEntry>;
  enumerations: KindDiff<EnumerationEntry>;
  literals: KindDiff<LiteralEntry>;
  associations: KindDiff<AssociationEntry>;
  generalizations: KindDiff<GeneralizationEntry>;
  diagrams: KindDiff<DiagramEntry>;
  /** Notes for the maintainer (GGM-D…): likely re-ids, columns only one release has. */
  diagnostics: Diagnostic[];
}

export const MODEL_DIFF_FORMAT_VERSION = 1;

export const DIFF_KINDS = [
  'packages',
  'classes',
  'attributes',
  'enumerations',
  'literals',
  'associations',
  'generalizations',
  'diagrams',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface DiffSide {
  name: string;
  version?: string;
  file: string;
  sha256: string;
}

export type DiffSummary = Record<DiffKind, KindCounts>;

export interface KindCounts {
  added: number;
  removed: number;
  changed: number;
  renamed: number;
}

/**
 * One kind's changes. A matched pair is in `renamed` when its name differs (its other field changes are
 * listed with it), else in `changed` when any compared field differs; never in both.
 */
export interface KindDiff<E> {
  added: E[];
  removed: E[];
  changed: ChangedEntry<E>[];
  renamed: ChangedEntry<E>[];
}

export interface ChangedEntry<E> {
  before: E;
  after: E;
  /** Every compared field that differs, `name` first when renamed. */
  changes: FieldChange[];
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldChange {
  /** Field path as in the entry: `type`, `cardinality`, `target.multiplicity`, `classes` … */
  field: string;
  before: JsonValue;
  after: JsonValue;
}

/** A class as other entries refer to it. */
export interface ClassRef {
  id: string;
  name: string;
  qualifiedName: string;
}

/** An attribute's type, normalised; references are qualified names (enumeration ids change per release). */
export type TypeEntry =
  | {
      kind: 'primitive';
      primitive: PrimitiveKind;
      length?: number;
      precision?: number;
      scale?: number;
      geometry?: GeometryKind;
    }
  | { kind: 'enumeration'; qualifiedName: string }
  | { kind: 'class'; qualifiedName: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'none' };

export interface PackageEntry {
  id: string;
  name: string;
  qualifiedName: string;
  /** Qualified name of the parent package ('' for a domain, absent for the root). */
  parent?: string;
  stereotype?: string;
  definition?: string;
}

export interface ClassEntry {
  id: string;
  name: string;
  qualifiedName: string;
  /** Qualified name of the class's package. */
  package: string;
  stereotype?: string;
  definition?: string;
  isDatatype: boolean;
  isAbstract?: boolean;
}

export interface AttributeEntry {
  id: string;
  name: string;
  class: ClassRef;
  type: TypeEntry;
  cardinality: Cardinality;
  definition?: string;
}

export interface EnumerationEntry {
  /** This side's id; the two sides of a changed entry usually have different ids. */
  id: string;
  name: string;
  qualifiedName: string;
  package: string;
  stereotype?: string;
  definition?: string;
  /** 1-based position among same-named enumerations of its package, when the name is not unique there. */
  occurrence?: number;
  literals: string[];
}

export interface LiteralEntry {
  id: string;
  name: string;
  /** Qualified name of the enumeration. */
  enumeration: string;
  enumerationOccurrence?: number;
  code?: string;
  definition?: string;
}

export interface AssociationEndEntry {
  class: ClassRef;
  role?: string;
  multiplicity: Cardinality;
}

export interface AssociationEntry {
  id: string;
  name?: string;
  source: AssociationEndEntry;
  target: AssociationEndEntry;
  definition?: string;
}

export interface GeneralizationEntry {
  id: string;
  subclass: ClassRef;
  superclass: ClassRef;
}

export interface DiagramEntry {
  id: string;
  name: string;
  package?: string;
  /** Qualified names of the member classes and enumerations, sorted. */
  classes: string[];
  enumerations: string[];
}
