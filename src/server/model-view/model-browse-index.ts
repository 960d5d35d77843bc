// What the model browser needs beyond ModelIndex, derived once per model: packages' children, classes
// and diagrams per package, diagrams per class, and class keys that also cover datatypes.
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef, Diagram, Package } from '../../model/model-types.js';
import { classLookup, type ClassLookup } from '../model-lookup.js';

export interface BrowseIndex {
  index: ModelIndex;
  lookup: ClassLookup;
  /** The domains (children of the root package), in the model's numbering order. */
  domains: Package[];
  subpackages(packageId: string): Package[];
  /** Classes declared directly in a package (no datatypes), by name. */
  classesIn(packageId: string): ClassDef[];
  diagramsIn(packageId: string): Diagram[];
  diagramsOf(classId: string): Diagram[];
  diagram(id: string): Diagram | undefined;
  diagrams: Diagram[];
  /** A class's key in the API, or undefined for a datatype (it has no class page). */
  keyOf(classId: string): string | undefined;
}

const cache = new WeakMap<ModelIndex, BrowseIndex>();
const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'nl', { numeric: true });

function group<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  for (const list of groups.values()) list.sort(byName as (a: T, b: T) => number);
  return groups;
}

export function browseIndex(index: ModelIndex): BrowseIndex {
  const cached = cache.get(index);
  if (cached) return cached;
  const { model } = index;
  const lookup = classLookup(index);
  const children = group(model.packages, (p) => p.parentId);
  const classes = group(
    model.classes.filter((c) => !c.isDatatype),
    (c) => c.packageId,
  );
  const diagramsByPackage = group(model.diagrams, (d) => d.packageId);
  const diagramsByClass = new Map<string, Diagram[]>();
  for (const d of model.diagrams)
    for (const id of d.classIds) diagramsByClass.set(id, [...(diagramsByClass.get(id) ?? []), d]);
  const diagramsById = new Map(model.diagrams.map((d) => [d.id, d]));
  const roots = model.packages.filter((p) => p.depth === 0).map((p) => p.id);
  const browse: BrowseIndex = {
    index,
    lookup,
    domains: roots.flatMap((id) => children.get(id) ?? []),
    subpackages: (id) => children.get(id) ?? [],
    classesIn: (id) => classes.get(id) ?? [],
    diagramsIn: (id) => diagramsByPackage.get(id) ?? [],
    diagramsOf: (id) => diagramsByClass.get(id) ?? [],
    diagram: (id) => diagramsById.get(id),
    diagrams: [...model.diagrams].sort(byName),
    keyOf: (id) => (index.classes.get(id)?.isDatatype === false ? lookup.keyOf(id) : undefined),
  };
  cache.set(index, browse);
  return browse;
}
