import type { ModelIndex } from '../model-index.js';
import type {
  Association,
  AssociationEnd,
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
  AssociationEndEntry,
  AssociationEntry,
  AttributeEntry,
  ClassEntry,
  ClassRef,
  DiagramEntry,
  EnumerationEntry,
  GeneralizationEntry,
  LiteralEntry,
  PackageEntry,
  TypeEntry,
} from './diff-types.js';

/**
 * Builds the diff's entries: one model element as plain data with its references spelled as qualified
 * names. Pure functions of one model; comparing entries is left to `diff-fields.ts`.
 */
export class EntryBuilder {
  /** 1-based position of each enumeration among same-named ones in its package, for duplicates only. */
  readonly enumerationOccurrence = new Map<string, number>();

  constructor(readonly index: ModelIndex) {
    const seen = new Map<string, Enumeration[]>();
    for (const e of index.model.enumerations) {
      const q = index.qualifiedName(e);
      const list = seen.get(q) ?? [];
      list.push(e);
      seen.set(q, list);
    }
    for (const list of seen.values()) {
      if (list.length > 1) list.forEach((e, i) => this.enumerationOccurrence.set(e.id, i + 1));
    }
  }

  packageName(packageId: string | undefined): string {
    const p = packageId === undefined ? undefined : this.index.packages.get(packageId);
    if (!p) return packageId ?? '';
    return p.path.length > 0 ? p.path.join('/') : p.name;
  }

  classRef(classId: string): ClassRef {
    const c = this.index.classes.get(classId);
    return c
      ? { id: c.id, name: c.name, qualifiedName: this.index.qualifiedName(c) }
      : { id: classId, name: classId, qualifiedName: classId };
  }

  enumerationName(enumerationId: string): string {
    const e = this.index.enumerations.get(enumerationId);
    return e ? this.index.qualifiedName(e) : enumerationId;
  }

  type(type: AttributeType): TypeEntry {
    switch (type.kind) {
      case 'primitive': {
        const t: TypeEntry = { kind: 'primitive', primitive: type.primitive };
        if (type.length !== undefined) t.length = type.length;
        if (type.precision !== undefined) t.precision = type.precision;
        if (type.scale !== undefined) t.scale = type.scale;
        if (type.geometry !== undefined) t.geometry = type.geometry;
        return t;
      }
      case 'enumeration':
        return { kind: 'enumeration', qualifiedName: this.enumerationName(type.enumerationId) };
      case 'class':
        return { kind: 'class', qualifiedName: this.classRef(type.classId).qualifiedName };
      case 'unknown':
        return { kind: 'unknown', name: type.name };
      case 'none':
        return { kind: 'none' };
    }
  }

  package(p: Package): PackageEntry {
    return withOptional(
      { id: p.id, name: p.name, qualifiedName: this.packageName(p.id) },
      {
        parent: p.parentId !== undefined ? this.packageName(p.parentId) : undefined,
        stereotype: p.stereotype,
        definition: p.definition,
      },
    );
  }

  class(c: ClassDef): ClassEntry {
    return withOptional(
      {
        id: c.id,
        name: c.name,
        qualifiedName: this.index.qualifiedName(c),
        package: this.packageName(c.packageId),
        isDatatype: c.isDatatype,
      },
      { stereotype: c.stereotype, definition: c.definition, isAbstract: c.isAbstract },
    );
  }

  attribute(a: Attribute): AttributeEntry {
    return withOptional(
      {
        id: a.id,
        name: a.name,
        class: this.classRef(a.classId),
        type: this.type(a.type),
        cardinality: { min: a.cardinality.min, max: a.cardinality.max },
      },
      { definition: a.definition },
    );
  }

  enumeration(e: Enumeration): EnumerationEntry {
    return withOptional(
      {
        id: e.id,
        name: e.name,
        qualifiedName: this.index.qualifiedName(e),
        package: this.packageName(e.packageId),
      },
      {
        stereotype: e.stereotype,
        definition: e.definition,
        occurrence: this.enumerationOccurrence.get(e.id),
        literals: e.literals.map((l) => l.name),
      },
    );
  }

  literal(e: Enumeration, l: EnumerationLiteral): LiteralEntry {
    return withOptional(
      { id: l.id, name: l.name, enumeration: this.index.qualifiedName(e) },
      {
        enumerationOccurrence: this.enumerationOccurrence.get(e.id),
        code: l.code,
        definition: l.definition,
      },
    );
  }

  associationEnd(end: AssociationEnd): AssociationEndEntry {
    return withOptional(
      { class: this.classRef(end.classId) },
      {
        role: end.role,
        multiplicity: { min: end.multiplicity.min, max: end.multiplicity.max },
      },
    );
  }

  association(a: Association): AssociationEntry {
    return withOptional(
      { id: a.id },
      {
        name: a.name,
        source: this.associationEnd(a.source),
        target: this.associationEnd(a.target),
        definition: a.definition,
      },
    );
  }

  generalization(g: Generalization): GeneralizationEntry {
    return { id: g.id, subclass: this.classRef(g.subclassId), superclass: this.classRef(g.superclassId) };
  }

  diagram(d: Diagram): DiagramEntry {
    const classes = d.classIds.map((id) => this.classRef(id).qualifiedName);
    const enumerations = d.enumerationIds.map((id) => this.enumerationName(id));
    return withOptional(
      { id: d.id, name: d.name },
      {
        package: d.packageId !== undefined ? this.packageName(d.packageId) : undefined,
        classes: sortedUnique(classes),
        enumerations: sortedUnique(enumerations),
      },
    );
  }
}

/** Adds the defined optional fields in a fixed order, so entries serialise the same way every time. */
function withOptional<B extends object, O extends object>(base: B, optional: O): B & Required<O> {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) result[k] = v;
  return result as B & Required<O>;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort(compareText);
}

/** Code-point order: deterministic whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
