import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef, Enumeration } from '../../model/model-types.js';
import { SCHEMA_CODES, schemaDiagnostic } from '../schema-diagnostics.js';
import { shortHash, type NameStyle } from './name-style.js';

/**
 * Table names for every class and enumeration of the whole model (not only the selection), so a
 * table keeps its name whatever is selected.
 */
export interface TableNames {
  classTable: Map<string, string>;
  /** Enumeration id → reference table name (identical enumerations share a table). */
  enumTable: Map<string, string>;
  /** One note per shared base name, with the table names it concerns. */
  duplicates: { tables: string[]; diagnostic: Diagnostic }[];
}

/** Classes that become tables: not datatypes, and not EA diagram furniture (no stereotype, nothing in it). */
export function isTableClass(index: ModelIndex, c: ClassDef): boolean {
  if (c.isDatatype) return false;
  if (c.stereotype || c.attributes.length > 0) return true;
  return index.superclasses(c.id).length > 0 || index.subclasses(c.id).length > 0;
}

export function assignTableNames(index: ModelIndex, style: NameStyle): TableNames {
  const duplicates: TableNames['duplicates'] = [];
  const classes = index.model.classes.filter((c) => isTableClass(index, c));
  const refCount = referenceCounts(index);
  // Archived packages (`…/archief/…`) hold superseded copies; they never keep the plain name.
  const archived = (c: ClassDef) =>
    (index.packages.get(c.packageId)?.path ?? []).some((p) => /^archief$/i.test(p));
  const classScore = (c: ClassDef) => [
    archived(c) ? 0 : 1,
    c.attributes.length + index.associationsOf(c.id).length,
    refCount.get(c.id) ?? 0,
  ];
  const classTable = disambiguate(
    index,
    classes,
    (c) => style.name(c.name) || style.join('class', shortHash(c.id)),
    classScore,
    style,
    new Set(),
    duplicates,
    'classes',
  );

  // Identical enumerations (same name, same literals) share one table; `Boolean` occurs 23 times.
  const enumUse = new Map<string, number>();
  for (const c of index.model.classes)
    for (const a of c.attributes)
      if (a.type.kind === 'enumeration')
        enumUse.set(a.type.enumerationId, (enumUse.get(a.type.enumerationId) ?? 0) + 1);
  const representative = new Map<string, Enumeration>();
  const mergedInto = new Map<string, string>();
  for (const e of index.model.enumerations) {
    const key = `${style.name(e.name)}|${e.literals.map((l) => l.name).join('|')}`;
    const first = representative.get(key);
    if (first) mergedInto.set(e.id, first.id);
    else representative.set(key, e);
  }
  const taken = new Set(classTable.values());
  const reps = [...representative.values()];
  const useOf = (e: Enumeration) => {
    let n = enumUse.get(e.id) ?? 0;
    for (const [id, to] of mergedInto) if (to === e.id) n += enumUse.get(id) ?? 0;
    return n;
  };
  const enumTableOfRep = disambiguate(
    index,
    reps,
    (e) => style.name(e.name) || style.join('enumeration', shortHash(e.id)),
    (e) => [useOf(e), e.literals.length],
    style,
    taken,
    duplicates,
    'enumerations',
    (name) => style.join(name, 'enum'),
  );
  const enumTable = new Map<string, string>();
  for (const e of index.model.enumerations) {
    enumTable.set(e.id, enumTableOfRep.get(mergedInto.get(e.id) ?? e.id)!);
  }
  return { classTable, enumTable, duplicates };
}

/** How often other elements point at a class: associations, class-typed attributes, subclasses. */
function referenceCounts(index: ModelIndex): Map<string, number> {
  const counts = new Map<string, number>();
  const bump = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const a of index.model.associations) {
    bump(a.source.classId);
    bump(a.target.classId);
  }
  for (const g of index.model.generalizations) bump(g.superclassId);
  for (const c of index.model.classes)
    for (const a of c.attributes) if (a.type.kind === 'class') bump(a.type.classId);
  return counts;
}

interface Named {
  id: string;
  name: string;
  packageId: string;
}

/**
 * Gives every element a unique name. Where several share a base name, the one referenced most keeps
 * it (ties: more attributes/literals, then qualified name); the others get the first qualifier that
 * tells them apart: subdomain, own package, domain number + package, then a hash of the id.
 */
function disambiguate<T extends Named>(
  index: ModelIndex,
  elements: T[],
  baseName: (e: T) => string,
  score: (e: T) => number[],
  style: NameStyle,
  taken: Set<string>,
  duplicates: TableNames['duplicates'],
  what: string,
  finish: (name: string) => string = (name) => name,
): Map<string, string> {
  const groups = new Map<string, T[]>();
  for (const e of elements) {
    const base = baseName(e);
    const list = groups.get(base);
    if (list) list.push(e);
    else groups.set(base, [e]);
  }
  const result = new Map<string, string>();
  const used = new Set<string>([...taken, ...[...groups.keys()].map(finish)]);
  for (const [base, members] of groups) {
    const plain = finish(base);
    if (members.length === 1 && !taken.has(plain)) {
      result.set(members[0]!.id, plain);
      continue;
    }
    const ranked = [...members].sort(
      (a, b) => compareScores(score(b), score(a)) || qn(index, a).localeCompare(qn(index, b)),
    );
    const rest = taken.has(plain) ? ranked : ranked.slice(1);
    if (!taken.has(plain)) result.set(ranked[0]!.id, plain);
    const levels = [0, 1, 2, 3];
    for (const level of levels) {
      const names = rest.map((e) => finish(style.join(base, qualifier(index, e, level, style))));
      const distinct = new Set(names).size === names.length;
      if (level < 3 && (!distinct || names.some((n) => used.has(n) || n === plain))) continue;
      rest.forEach((e, i) => {
        result.set(e.id, names[i]!);
        used.add(names[i]!);
      });
      break;
    }
    duplicates.push({
      tables: ranked.map((e) => result.get(e.id)!),
      diagnostic: schemaDiagnostic(
        SCHEMA_CODES.duplicateName,
        'info',
        `${members.length} ${what} map to the name ${plain}: ${ranked
          .map((e) => `${result.get(e.id)} = ${qn(index, e)}`)
          .join('; ')}`,
        'the most referenced keeps the plain name; see docs/schema.md',
      ),
    });
  }
  return result;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function qn(index: ModelIndex, e: Named): string {
  return index.qualifiedName(e);
}

const stripPackageName = (name: string) => name.replace(/^\d+\s+/, '').replace(/^model\s+/i, '');

function qualifier(index: ModelIndex, e: Named, level: number, style: NameStyle): string {
  const path = index.packages.get(e.packageId)?.path ?? [];
  const domainNumber = /^(\d+)/.exec(path[0] ?? '')?.[1] ?? '';
  const own = stripPackageName(path[path.length - 1] ?? '');
  switch (level) {
    case 0:
      return style.name(stripPackageName(path[1] ?? path[0] ?? ''));
    case 1:
      return style.name(own);
    case 2:
      return style.join(domainNumber, style.name(own));
    default:
      return style.name(shortHash(e.id).slice(0, 6));
  }
}
