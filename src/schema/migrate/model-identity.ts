import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { pairElements } from '../../model/diff/element-pairing.js';
import { pairEnumerations } from '../../model/diff/enumeration-pairing.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { Attribute, ClassDef, Enumeration, EnumerationLiteral } from '../../model/model-types.js';
import { MIGRATION_CODES, migrationDiagnostic } from './migration-codes.js';

/**
 * Which element of the `to` model each element of the `from` model is, for the ids a schema plan
 * records. Classes and attributes keep their ids across releases; one that was re-created under a new
 * id with the same qualified name (class) or the same name in the same class (attribute) counts as the
 * same, with a GGM-S303 note. Enumerations are re-id'd every release and pair as in the version diff.
 * Associations and generalizations match by id only.
 */
export interface ModelIdentity {
  /** The `to` id of a `from` element id; ids not listed are the same in both models. */
  toId(fromId: string): string;
  /** The `to` enumeration paired with a `from` enumeration, if any. */
  enumeration(fromId: string): string | undefined;
  /** Literal names of a `from` enumeration → the paired `to` literal's name (renames included). */
  literalNames(fromEnumerationId: string): Map<string, string>;
  diagnostics: Diagnostic[];
}

export function buildModelIdentity(from: ModelIndex, to: ModelIndex): ModelIdentity {
  const ids = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const classes = pairElements<ClassDef, ClassDef>(from.model.classes, to.model.classes, [
    { from: (c) => c.id, to: (c) => c.id },
    { from: (c) => from.qualifiedName(c), to: (c) => to.qualifiedName(c) },
  ]);
  for (const [a, b] of classes.pairs) {
    if (a.id === b.id) continue;
    ids.set(a.id, b.id);
    diagnostics.push(recreated('class', from.qualifiedName(a), a.id, b.id));
  }
  const classOf = (id: string) => ids.get(id) ?? id;
  const attributes = (m: ModelIndex) => m.model.classes.flatMap((c) => c.attributes);
  const attributePairs = pairElements<Attribute, Attribute>(attributes(from), attributes(to), [
    { from: (a) => a.id, to: (a) => a.id },
    { from: (a) => `${classOf(a.classId)}\u0000${a.name}`, to: (a) => `${a.classId}\u0000${a.name}` },
  ]);
  for (const [a, b] of attributePairs.pairs) {
    if (a.id === b.id) continue;
    ids.set(a.id, b.id);
    const owner = from.classes.get(a.classId);
    diagnostics.push(
      recreated('attribute', `${owner ? from.qualifiedName(owner) : a.classId}.${a.name}`, a.id, b.id),
    );
  }
  const enumerations = new Map<string, Enumeration>();
  for (const [a, b] of pairEnumerations(from, to).pairs) enumerations.set(a.id, b);
  return {
    toId: (id) => ids.get(id) ?? enumerations.get(id)?.id ?? id,
    enumeration: (id) => enumerations.get(id)?.id,
    literalNames: (id) => {
      const a = from.enumerations.get(id);
      const b = enumerations.get(id);
      const names = new Map<string, string>();
      if (!a || !b) return names;
      const pairs = pairElements<EnumerationLiteral, EnumerationLiteral>(a.literals, b.literals, [
        { from: (l) => l.id, to: (l) => l.id },
        { from: (l) => l.name, to: (l) => l.name },
      ]).pairs;
      for (const [x, y] of pairs) if (!names.has(x.name)) names.set(x.name, y.name);
      return names;
    },
    diagnostics,
  };
}

function recreated(kind: string, name: string, fromId: string, toId: string): Diagnostic {
  return migrationDiagnostic(
    MIGRATION_CODES.recreatedElement,
    'info',
    `${kind} ${name} has a new id (${fromId} → ${toId}); treated as the same ${kind}, so its data is kept`,
    'the release re-created it (GGM-D001 in the version diff)',
  );
}
