import type { ModelIndex } from '../model-index.js';
import type {
  Association,
  Attribute,
  AttributeType,
  ClassDef,
  Diagram,
  Enumeration,
  EnumerationLiteral,
  Generalization,
  Package,
} from '../model-types.js';
import type {
  AssociationEntry,
  AttributeEntry,
  ChangedEntry,
  ClassEntry,
  DiagramEntry,
  EnumerationEntry,
  FieldChange,
  GeneralizationEntry,
  JsonValue,
  LiteralEntry,
  PackageEntry,
} from './diff-types.js';

/**
 * How one side of the diff spells references for comparison. Packages and classes keep their ids across
 * releases, so a reference compares by id when the other model has that id (a renamed class is still the
 * same class), else by qualified name (a re-created element with a new id and the same name). An
 * enumeration compares by the qualified name of its partner in the `to` model: re-ids are no change.
 */
export class ReferenceKeys {
  constructor(
    private readonly index: ModelIndex,
    private readonly other: ModelIndex,
    private readonly enumerationKeys: ReadonlyMap<string, string>,
  ) {}

  packageKey(id: string | undefined): string {
    if (id === undefined) return '';
    if (this.other.packages.has(id)) return `id:${id}`;
    return `q:${this.index.packages.get(id)?.path.join('/') ?? id}`;
  }

  classKey(id: string): string {
    if (this.other.classes.has(id)) return `id:${id}`;
    const c = this.index.classes.get(id);
    return `q:${c ? this.index.qualifiedName(c) : id}`;
  }

  enumerationKey(id: string): string {
    return this.enumerationKeys.get(id) ?? `id:${id}`;
  }

  typeKey(type: AttributeType): string {
    if (type.kind === 'enumeration') return `enumeration ${this.enumerationKey(type.enumerationId)}`;
    if (type.kind === 'class') return `class ${this.classKey(type.classId)}`;
    return JSON.stringify(type);
  }
}

/** A compared field: its value as shown, and optionally how it is compared when that differs. */
export interface FieldSpec<E, M> {
  field: string;
  value: (entry: E) => JsonValue | undefined;
  key?: (element: M, keys: ReferenceKeys) => string;
}

type Side<E, M> = { entry: E; element: M; keys: ReferenceKeys };

/**
 * Compares a matched pair field by field. The result goes to `renamed` when `name` changed (with the
 * other changes listed after it), to `changed` when only other fields changed, nowhere when equal.
 */
export function compareEntries<E, M>(
  specs: readonly FieldSpec<E, M>[],
  before: Side<E, M>,
  after: Side<E, M>,
): { renamed: boolean; change?: ChangedEntry<E> } {
  const changes: FieldChange[] = [];
  for (const spec of specs) {
    const keyOf = (s: Side<E, M>) =>
      spec.key ? spec.key(s.element, s.keys) : JSON.stringify(spec.value(s.entry) ?? null);
    if (keyOf(before) === keyOf(after)) continue;
    changes.push({
      field: spec.field,
      before: spec.value(before.entry) ?? null,
      after: spec.value(after.entry) ?? null,
    });
  }
  if (changes.length === 0) return { renamed: false };
  return {
    renamed: changes[0]!.field === 'name',
    change: { before: before.entry, after: after.entry, changes },
  };
}

const name = <E extends { name?: string }, M>(): FieldSpec<E, M> => ({ field: 'name', value: (e) => e.name });

export const PACKAGE_FIELDS: FieldSpec<PackageEntry, Package>[] = [
  name(),
  { field: 'parent', value: (e) => e.parent, key: (p, k) => k.packageKey(p.parentId) },
  { field: 'stereotype', value: (e) => e.stereotype },
  { field: 'definition', value: (e) => e.definition },
];

export const CLASS_FIELDS: FieldSpec<ClassEntry, ClassDef>[] = [
  name(),
  { field: 'package', value: (e) => e.package, key: (c, k) => k.packageKey(c.packageId) },
  { field: 'stereotype', value: (e) => e.stereotype },
  { field: 'definition', value: (e) => e.definition },
  { field: 'isDatatype', value: (e) => e.isDatatype },
  { field: 'isAbstract', value: (e) => e.isAbstract ?? false },
];

export const ATTRIBUTE_FIELDS: FieldSpec<AttributeEntry, Attribute>[] = [
  name(),
  { field: 'class', value: (e) => ({ ...e.class }), key: (a, k) => k.classKey(a.classId) },
  { field: 'type', value: (e) => ({ ...e.type }), key: (a, k) => k.typeKey(a.type) },
  { field: 'cardinality', value: (e) => ({ ...e.cardinality }) },
  { field: 'definition', value: (e) => e.definition },
];

export const ENUMERATION_FIELDS: FieldSpec<EnumerationEntry, Enumeration>[] = [
  name(),
  { field: 'package', value: (e) => e.package, key: (x, k) => k.packageKey(x.packageId) },
  { field: 'stereotype', value: (e) => e.stereotype },
  { field: 'definition', value: (e) => e.definition },
];

/** A literal with the enumeration it belongs to. */
export interface LiteralItem {
  enumeration: Enumeration;
  literal: EnumerationLiteral;
}

export const LITERAL_FIELDS: FieldSpec<LiteralEntry, LiteralItem>[] = [
  name(),
  { field: 'code', value: (e) => e.code },
  { field: 'definition', value: (e) => e.definition },
];

const endFields = (end: 'source' | 'target'): FieldSpec<AssociationEntry, Association>[] => [
  {
    field: `${end}.class`,
    value: (e) => ({ ...e[end].class }),
    key: (a, k) => k.classKey(a[end].classId),
  },
  { field: `${end}.role`, value: (e) => e[end].role },
  { field: `${end}.multiplicity`, value: (e) => ({ ...e[end].multiplicity }) },
];

export const ASSOCIATION_FIELDS: FieldSpec<AssociationEntry, Association>[] = [
  name(),
  ...endFields('source'),
  ...endFields('target'),
  { field: 'definition', value: (e) => e.definition },
];

export const GENERALIZATION_FIELDS: FieldSpec<GeneralizationEntry, Generalization>[] = [
  { field: 'subclass', value: (e) => ({ ...e.subclass }), key: (g, k) => k.classKey(g.subclassId) },
  { field: 'superclass', value: (e) => ({ ...e.superclass }), key: (g, k) => k.classKey(g.superclassId) },
];

/** Membership compares as sorted qualified names; see `membershipChanges` for what a change shows. */
export const DIAGRAM_FIELDS: FieldSpec<DiagramEntry, Diagram>[] = [
  name(),
  { field: 'package', value: (e) => e.package, key: (d, k) => k.packageKey(d.packageId) },
  {
    field: 'classes',
    value: (e) => e.classes,
    key: (d, k) => JSON.stringify([...new Set(d.classIds.map((id) => k.classKey(id)))].sort()),
  },
  { field: 'enumerations', value: (e) => e.enumerations },
];

/**
 * A membership change lists only the difference: `before` the members that left, `after` those that
 * joined, so a diagram of 60 classes that gained one shows one name, not two lists of 60.
 */
export function membershipChanges(change: ChangedEntry<DiagramEntry>): ChangedEntry<DiagramEntry> {
  return {
    ...change,
    changes: change.changes.map((c) => {
      if (c.field !== 'classes' && c.field !== 'enumerations') return c;
      const before = new Set(c.before as string[]);
      const after = new Set(c.after as string[]);
      return {
        field: c.field,
        before: [...before].filter((x) => !after.has(x)),
        after: [...after].filter((x) => !before.has(x)),
      };
    }),
  };
}
