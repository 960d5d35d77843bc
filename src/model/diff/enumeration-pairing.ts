import type { ModelIndex } from '../model-index.js';
import type { Enumeration } from '../model-types.js';
import { pairElements, type Pairing, type PairingKey } from './element-pairing.js';

/**
 * Matches enumerations across releases. Their ids are regenerated in most releases (for every
 * enumeration whose name repeats within its package), so the passes are, in order:
 * 1. the same id (ids that survived);
 * 2. the same package, name and set of literal names (keeps duplicates with different literals apart);
 * 3. the same package and name;
 * 4. the same qualified name (a package that was re-created under another id).
 * The package counts as the same when its id survived, else when its path is equal. Within each pass,
 * elements with equal keys pair in the order the releases list them.
 */
export function pairEnumerations(from: ModelIndex, to: ModelIndex): Pairing<Enumeration, Enumeration> {
  const packageKey = (own: ModelIndex, other: ModelIndex) => (id: string) =>
    other.packages.has(id) ? `id:${id}` : `q:${own.packages.get(id)?.path.join('/') ?? id}`;
  const fromPackage = packageKey(from, to);
  const toPackage = packageKey(to, from);
  const literalSet = (e: Enumeration) => [...new Set(e.literals.map((l) => l.name))].sort().join('\u0001');
  const pass = (key: (e: Enumeration, side: 'from' | 'to') => string) => ({
    from: ((e) => key(e, 'from')) as PairingKey<Enumeration>,
    to: ((e) => key(e, 'to')) as PairingKey<Enumeration>,
  });
  const inPackage = (e: Enumeration, side: 'from' | 'to') =>
    `${side === 'from' ? fromPackage(e.packageId) : toPackage(e.packageId)}\u0000${e.name}`;
  return pairElements(from.model.enumerations, to.model.enumerations, [
    pass((e) => e.id),
    pass((e, side) => `${inPackage(e, side)}\u0000${literalSet(e)}`),
    pass(inPackage),
    pass((e, side) => (side === 'from' ? from : to).qualifiedName(e)),
  ]);
}
