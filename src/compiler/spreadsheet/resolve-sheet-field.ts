import { foldName, nearestNames } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef } from '../../model/model-types.js';

/** What a row's name means for the target class. */
export type FieldResolution =
  /** `inheritedFrom`: the ancestor that declares it (its table holds it under generalization shared-key). */
  | { kind: 'attribute'; name: string; inheritedFrom?: string }
  | { kind: 'association'; name: string; to: string }
  /** The warehouse's own key column (`DWH_IDENTIFICATIE`, `<Class>ID`): feeds the business key only. */
  | { kind: 'own-key' }
  | { kind: 'ambiguous-association'; options: string[] }
  | { kind: 'unknown'; near: string[] };

const ID_SUFFIX = /^(.+?)_?id$/i;
const ENUM_FORMS = [/^enum_?(.+?)_?id$/i, /^(.+?)_?enum_?id$/i];

/**
 * A sheet's column name → attribute or association of the class. The sheets use the names of a
 * physical model (`A_nummer`, `Enum_geslachtID`, `ClientId`); these forms are tried in turn, and
 * what stays unknown gets the nearest names of the class. Nothing is matched by similarity alone.
 */
export function resolveSheetField(index: ModelIndex, cls: ClassDef, written: string): FieldResolution {
  const name = written.trim();
  const wanted = foldName(name);
  const resolved = index.allAttributes(cls.id);
  const attributes = resolved.map((r) => r.attribute);
  const asAttribute = (a: (typeof attributes)[number]): FieldResolution => {
    if (a.type.kind === 'class' && !index.classes.get(a.type.classId)?.isDatatype) {
      return { kind: 'association', name: a.name, to: index.classes.get(a.type.classId)?.name ?? '' };
    }
    const owner = resolved.find((r) => r.attribute === a)!;
    return {
      kind: 'attribute',
      name: a.name,
      ...(owner.inherited ? { inheritedFrom: owner.owner.name } : {}),
    };
  };
  const exact =
    attributes.find((a) => foldName(a.name) === wanted) ??
    attributes.find((a) => a.synonyms.some((s) => foldName(s) === wanted));
  if (exact) return asAttribute(exact);
  if (wanted === 'dwhidentificatie' || wanted === `${foldName(cls.name)}id` || wanted === 'id') {
    return { kind: 'own-key' };
  }
  for (const form of ENUM_FORMS) {
    const stem = form.exec(name)?.[1];
    if (!stem) continue;
    const s = foldName(stem);
    const named = attributes.find((a) => foldName(a.name) === s);
    if (named) return asAttribute(named);
    const hits = attributes.filter((a) => {
      if (a.type.kind !== 'enumeration') return false;
      const enumeration = index.enumerations.get(a.type.enumerationId);
      return foldName(a.name).startsWith(s) || (enumeration && foldName(enumeration.name) === s);
    });
    if (hits.length === 1) return asAttribute(hits[0]!);
  }
  const stem = ID_SUFFIX.exec(name)?.[1];
  if (stem) {
    const s = foldName(stem);
    const options = new Map<string, FieldResolution>();
    for (const { association, side, other } of index.associationsOf(cls.id)) {
      const far = side === 'source' ? association.target : association.source;
      const label = association.name ?? far.role;
      if (!label) continue;
      if (foldName(other.name) === s || foldName(label) === s || (far.role && foldName(far.role) === s)) {
        options.set(`${label} → ${other.name}`, { kind: 'association', name: label, to: other.name });
      }
    }
    if (options.size === 1) return [...options.values()][0]!;
    if (options.size > 1) return { kind: 'ambiguous-association', options: [...options.keys()] };
  }
  const associationNames = index
    .associationsOf(cls.id)
    .map(
      ({ association, side }) =>
        association.name ?? (side === 'source' ? association.target : association.source).role,
    )
    .filter((n): n is string => !!n);
  return {
    kind: 'unknown',
    // Very short association names ("is", "met") would be suggested for every short sheet name.
    near: nearestNames(
      name,
      [...attributes.map((a) => a.name), ...associationNames].filter((n) => n.length >= 3),
    ),
  };
}
