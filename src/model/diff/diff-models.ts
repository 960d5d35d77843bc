import { ModelIndex } from '../model-index.js';
import type { Enumeration, GgmModel } from '../model-types.js';
import { compareText, EntryBuilder } from './diff-entries.js';
import {
  ASSOCIATION_FIELDS,
  ATTRIBUTE_FIELDS,
  CLASS_FIELDS,
  compareEntries,
  DIAGRAM_FIELDS,
  ENUMERATION_FIELDS,
  GENERALIZATION_FIELDS,
  LITERAL_FIELDS,
  membershipChanges,
  PACKAGE_FIELDS,
  ReferenceKeys,
  type FieldSpec,
  type LiteralItem,
} from './diff-fields.js';
import { diffNotes } from './diff-notes.js';
import {
  DIFF_KINDS,
  MODEL_DIFF_FORMAT_VERSION,
  type DiffSide,
  type DiffSummary,
  type KindDiff,
  type ModelDiff,
} from './diff-types.js';
import { pairBy, pairElements, type Pairing } from './element-pairing.js';
import { pairEnumerations } from './enumeration-pairing.js';

interface DiffSides {
  from: { build: EntryBuilder; keys: ReferenceKeys };
  to: { build: EntryBuilder; keys: ReferenceKeys };
}

/**
 * The difference between two versions of the model. Pure and deterministic. Packages, classes,
 * attributes, associations, generalizations and diagrams match by id; enumerations by id, else by
 * package and name (duplicates by literal set, then in order); literals within a matched enumeration by
 * id, else by name. See docs/diff.md.
 */
export function diffModels(from: GgmModel, to: GgmModel): ModelDiff {
  const fromIndex = new ModelIndex(from);
  const toIndex = new ModelIndex(to);
  const enumerations = pairEnumerations(fromIndex, toIndex);
  const fromEnumerationKeys = new Map<string, string>();
  const toEnumerationKeys = new Map<string, string>();
  for (const e of to.enumerations) toEnumerationKeys.set(e.id, `q:${toIndex.qualifiedName(e)}`);
  for (const e of enumerations.removed) fromEnumerationKeys.set(e.id, `q:${fromIndex.qualifiedName(e)}`);
  for (const [a, b] of enumerations.pairs) fromEnumerationKeys.set(a.id, `q:${toIndex.qualifiedName(b)}`);
  const sides: DiffSides = {
    from: {
      build: new EntryBuilder(fromIndex),
      keys: new ReferenceKeys(fromIndex, toIndex, fromEnumerationKeys),
    },
    to: { build: new EntryBuilder(toIndex), keys: new ReferenceKeys(toIndex, fromIndex, toEnumerationKeys) },
  };
  const byId = <T extends { id: string }>(a: readonly T[], b: readonly T[]) => pairBy(a, b, (x) => x.id);
  const attributesOf = (m: GgmModel) => m.classes.flatMap((c) => c.attributes);

  const result: Omit<ModelDiff, 'summary' | 'diagnostics'> = {
    formatVersion: MODEL_DIFF_FORMAT_VERSION,
    from: side(from),
    to: side(to),
    packages: diffKind(
      byId(from.packages, to.packages),
      sides,
      (b, p) => b.package(p),
      PACKAGE_FIELDS,
      (e) => e.qualifiedName,
    ),
    classes: diffKind(
      byId(from.classes, to.classes),
      sides,
      (b, c) => b.class(c),
      CLASS_FIELDS,
      (e) => e.qualifiedName,
    ),
    attributes: diffKind(
      byId(attributesOf(from), attributesOf(to)),
      sides,
      (b, a) => b.attribute(a),
      ATTRIBUTE_FIELDS,
      (e) => `${e.class.qualifiedName}/${e.name}`,
    ),
    enumerations: diffKind(
      enumerations,
      sides,
      (b, e) => b.enumeration(e),
      ENUMERATION_FIELDS,
      (e) => `${e.qualifiedName}#${e.occurrence ?? 0}`,
    ),
    literals: diffKind(
      pairLiterals(enumerations),
      sides,
      (b, x) => b.literal(x.enumeration, x.literal),
      LITERAL_FIELDS,
      (e) => `${e.enumeration}#${e.enumerationOccurrence ?? 0}/${e.name}`,
    ),
    associations: diffKind(
      byId(from.associations, to.associations),
      sides,
      (b, a) => b.association(a),
      ASSOCIATION_FIELDS,
      (e) => `${e.source.class.qualifiedName}/${e.name ?? ''}/${e.target.class.qualifiedName}`,
    ),
    generalizations: diffKind(
      byId(from.generalizations, to.generalizations),
      sides,
      (b, g) => b.generalization(g),
      GENERALIZATION_FIELDS,
      (e) => `${e.subclass.qualifiedName}/${e.superclass.qualifiedName}`,
    ),
    diagrams: diffKind(
      byId(from.diagrams, to.diagrams),
      sides,
      (b, d) => b.diagram(d),
      DIAGRAM_FIELDS,
      (e) => `${e.package ?? ''}/${e.name}`,
    ),
  };
  result.diagrams.changed = result.diagrams.changed.map(membershipChanges);
  result.diagrams.renamed = result.diagrams.renamed.map(membershipChanges);
  return {
    ...result,
    summary: summarise(result),
    diagnostics: diffNotes(fromIndex, toIndex, result),
  };
}

function side(model: GgmModel): DiffSide {
  return {
    name: model.name,
    ...(model.version ? { version: model.version } : {}),
    file: model.source.file,
    sha256: model.source.sha256,
  };
}

/** Literals pair only within paired enumerations: by id when it survived, else by name, in order. */
function pairLiterals(enumerations: Pairing<Enumeration, Enumeration>): Pairing<LiteralItem, LiteralItem> {
  const items = (e: Enumeration): LiteralItem[] => e.literals.map((literal) => ({ enumeration: e, literal }));
  const result: Pairing<LiteralItem, LiteralItem> = {
    pairs: [],
    removed: enumerations.removed.flatMap(items),
    added: enumerations.added.flatMap(items),
  };
  for (const [a, b] of enumerations.pairs) {
    const byId = (x: LiteralItem) => x.literal.id;
    const byName = (x: LiteralItem) => x.literal.name;
    const p = pairElements(items(a), items(b), [
      { from: byId, to: byId },
      { from: byName, to: byName },
    ]);
    result.pairs.push(...p.pairs);
    result.removed.push(...p.removed);
    result.added.push(...p.added);
  }
  return result;
}

function diffKind<M, E>(
  pairing: Pairing<M, M>,
  sides: DiffSides,
  entry: (build: EntryBuilder, element: M) => E,
  fields: readonly FieldSpec<E, M>[],
  sortKey: (entry: E) => string,
): KindDiff<E> {
  const diff: KindDiff<E> = {
    added: pairing.added.map((m) => entry(sides.to.build, m)),
    removed: pairing.removed.map((m) => entry(sides.from.build, m)),
    changed: [],
    renamed: [],
  };
  for (const [a, b] of pairing.pairs) {
    const { renamed, change } = compareEntries(
      fields,
      { entry: entry(sides.from.build, a), element: a, keys: sides.from.keys },
      { entry: entry(sides.to.build, b), element: b, keys: sides.to.keys },
    );
    if (change) (renamed ? diff.renamed : diff.changed).push(change);
  }
  const byKey = (x: E, y: E) => compareText(sortKey(x), sortKey(y));
  diff.added.sort(byKey);
  diff.removed.sort(byKey);
  diff.changed.sort((x, y) => byKey(x.after, y.after));
  diff.renamed.sort((x, y) => byKey(x.after, y.after));
  return diff;
}

function summarise(diff: Pick<ModelDiff, (typeof DIFF_KINDS)[number]>): DiffSummary {
  const summary = {} as DiffSummary;
  for (const kind of DIFF_KINDS) {
    const k = diff[kind];
    summary[kind] = {
      added: k.added.length,
      removed: k.removed.length,
      changed: k.changed.length,
      renamed: k.renamed.length,
    };
  }
  return summary;
}
