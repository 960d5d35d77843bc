import { foldName, nearestNames } from '../diagnostics/suggest.js';
import type {
  Association,
  Attribute,
  ClassDef,
  Enumeration,
  Generalization,
  GgmModel,
  Package,
} from './model-types.js';

export interface ResolvedAttribute {
  attribute: Attribute;
  /** The class that declares the attribute (the class itself or an ancestor). */
  owner: ClassDef;
  inherited: boolean;
}

export interface ClassAssociation {
  association: Association;
  /** Which end of the association this class is on. */
  side: 'source' | 'target';
  /** The class at the other end. */
  other: ClassDef;
}

export interface ModelClosure {
  classIds: Set<string>;
  enumerationIds: Set<string>;
}

/**
 * Lookups over a loaded model. The model stays plain data; the index is derived and never serialised.
 */
export class ModelIndex {
  readonly packages = new Map<string, Package>();
  readonly classes = new Map<string, ClassDef>();
  readonly enumerations = new Map<string, Enumeration>();
  readonly associations = new Map<string, Association>();
  private readonly attributes = new Map<string, Attribute>();
  private readonly supers = new Map<string, Generalization[]>();
  private readonly subs = new Map<string, Generalization[]>();
  private readonly classAssociations = new Map<string, Association[]>();
  private readonly classesByFoldedName = new Map<string, ClassDef[]>();

  constructor(readonly model: GgmModel) {
    for (const p of model.packages) this.packages.set(p.id, p);
    for (const e of model.enumerations) this.enumerations.set(e.id, e);
    for (const a of model.associations) {
      this.associations.set(a.id, a);
      push(this.classAssociations, a.source.classId, a);
      if (a.target.classId !== a.source.classId) push(this.classAssociations, a.target.classId, a);
    }
    for (const c of model.classes) {
      this.classes.set(c.id, c);
      push(this.classesByFoldedName, foldName(c.name), c);
      for (const a of c.attributes) this.attributes.set(a.id, a);
    }
    for (const g of model.generalizations) {
      push(this.supers, g.subclassId, g);
      push(this.subs, g.superclassId, g);
    }
  }

  attribute(id: string): Attribute | undefined {
    return this.attributes.get(id);
  }

  /** Top-level domains ("6 Sociaal Domein", "99 Kern" …), in the release's order. */
  domains(): Package[] {
    return this.model.packages.filter((p) => p.depth === 1);
  }

  /** A domain by full name, by name without its number, or by number: `Sociaal Domein`, `6`. */
  findDomain(text: string): Package | undefined {
    const wanted = foldName(text);
    const bare = (d: Package) => foldName(d.name.replace(/^\d+\s+/, ''));
    const exact = this.domains().find((d) => {
      const number = /^(\d+)\s/.exec(d.name)?.[1];
      return foldName(d.name) === wanted || number === text.trim() || bare(d) === wanted;
    });
    if (exact || wanted.length < 3) return exact;
    // A unique prefix is enough: `sociaal` → `6 Sociaal Domein`.
    const prefixed = this.domains().filter((d) => bare(d).startsWith(wanted));
    return prefixed.length === 1 ? prefixed[0] : undefined;
  }

  domainOf(packageId: string): Package | undefined {
    const domainId = this.packages.get(packageId)?.domainId;
    return domainId ? this.packages.get(domainId) : undefined;
  }

  /** A package by its path below the root (`Kern/BAG` or `99 Kern/BAG`), or by id. */
  findPackage(text: string): Package | undefined {
    if (this.packages.has(text)) return this.packages.get(text);
    const wanted = text.split('/').map(foldName);
    return this.model.packages.find((p) => {
      if (p.path.length !== wanted.length) return false;
      return p.path.every((name, i) => {
        const folded = foldName(name);
        return folded === wanted[i] || folded.replace(/^\d+/, '') === wanted[i];
      });
    });
  }

  /** Classes in a package and, unless `recursive` is false, in all packages below it. */
  classesInPackage(packageId: string, recursive = true): ClassDef[] {
    const ids = new Set<string>([packageId]);
    if (recursive) {
      for (const p of this.model.packages) {
        let cur: Package | undefined = p;
        while (cur) {
          if (cur.id === packageId) {
            ids.add(p.id);
            break;
          }
          cur = cur.parentId ? this.packages.get(cur.parentId) : undefined;
        }
      }
    }
    return this.model.classes.filter((c) => ids.has(c.packageId));
  }

  classesInDomain(domain: Package | string): ClassDef[] {
    const id = typeof domain === 'string' ? domain : domain.id;
    return this.model.classes.filter((c) => this.packages.get(c.packageId)?.domainId === id);
  }

  enumerationsInDomain(domain: Package | string): Enumeration[] {
    const id = typeof domain === 'string' ? domain : domain.id;
    return this.model.enumerations.filter((e) => this.packages.get(e.packageId)?.domainId === id);
  }

  /** Package path and name: `99 Kern/BAG/Pand`. Unique except for true duplicates within a package. */
  qualifiedName(element: { name: string; packageId: string }): string {
    const path = this.packages.get(element.packageId)?.path ?? [];
    return [...path, element.name].join('/');
  }

  /** Direct superclasses. */
  superclasses(classId: string): ClassDef[] {
    return (this.supers.get(classId) ?? []).map((g) => this.classes.get(g.superclassId)!);
  }

  subclasses(classId: string): ClassDef[] {
    return (this.subs.get(classId) ?? []).map((g) => this.classes.get(g.subclassId)!);
  }

  /** All ancestors, nearest first, each once (multiple inheritance occurs in the GGM). */
  ancestors(classId: string): ClassDef[] {
    const result: ClassDef[] = [];
    const seen = new Set<string>([classId]);
    let frontier = [classId];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const s of this.superclasses(id)) {
          if (seen.has(s.id)) continue;
          seen.add(s.id);
          result.push(s);
          next.push(s.id);
        }
      }
      frontier = next;
    }
    return result;
  }

  /** The class's own attributes followed by inherited ones (nearest ancestor first). */
  allAttributes(classId: string): ResolvedAttribute[] {
    const cls = this.classes.get(classId);
    if (!cls) return [];
    const result: ResolvedAttribute[] = cls.attributes.map((attribute) => ({
      attribute,
      owner: cls,
      inherited: false,
    }));
    for (const ancestor of this.ancestors(classId)) {
      for (const attribute of ancestor.attributes)
        result.push({ attribute, owner: ancestor, inherited: true });
    }
    return result;
  }

  associationsOf(classId: string): ClassAssociation[] {
    return (this.classAssociations.get(classId) ?? []).flatMap((association) => {
      const sides: ClassAssociation[] = [];
      if (association.source.classId === classId) {
        sides.push({ association, side: 'source', other: this.classes.get(association.target.classId)! });
      }
      if (association.target.classId === classId) {
        sides.push({ association, side: 'target', other: this.classes.get(association.source.classId)! });
      }
      return sides;
    });
  }

  /**
   * Every class the given classes need, across domains: attribute types, the other ends of their
   * associations, and superclasses, followed transitively; plus the enumerations their attributes use.
   */
  closure(classIds: Iterable<string>): ModelClosure {
    const classIdsOut = new Set<string>();
    const enumerationIds = new Set<string>();
    const stack = [...classIds];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (classIdsOut.has(id) || !this.classes.has(id)) continue;
      classIdsOut.add(id);
      const cls = this.classes.get(id)!;
      for (const a of cls.attributes) {
        if (a.type.kind === 'class') stack.push(a.type.classId);
        else if (a.type.kind === 'enumeration') enumerationIds.add(a.type.enumerationId);
      }
      for (const { other } of this.associationsOf(id)) stack.push(other.id);
      for (const s of this.superclasses(id)) stack.push(s.id);
    }
    return { classIds: classIdsOut, enumerationIds };
  }

  /** Classes by name or qualified name, case- and accent-insensitive. */
  findClasses(name: string): ClassDef[] {
    if (name.includes('/')) {
      const wanted = foldName(name.replace(/\//g, '|'));
      return this.model.classes.filter((c) => foldName(this.qualifiedName(c).replace(/\//g, '|')) === wanted);
    }
    return this.classesByFoldedName.get(foldName(name)) ?? [];
  }

  findEnumerations(name: string): Enumeration[] {
    const wanted = foldName(name);
    return this.model.enumerations.filter(
      (e) => foldName(e.name) === wanted || foldName(this.qualifiedName(e)) === wanted,
    );
  }

  /** The class names nearest to an unknown one, for "did you mean" hints. */
  suggestClasses(name: string, limit = 3): string[] {
    return nearestNames(
      name,
      this.model.classes.map((c) => c.name),
      limit,
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
