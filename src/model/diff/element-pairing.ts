/** The outcome of matching the elements of one kind between two models. */
export interface Pairing<A, B> {
  pairs: [A, B][];
  removed: A[];
  added: B[];
}

export type PairingKey<T> = (item: T) => string | undefined;

/**
 * Pairs elements of two lists in passes: each pass pairs the still unpaired elements whose key is equal,
 * in list order within a group of equal keys (so duplicates pair deterministically, first with first).
 * A key of `undefined` takes no part in that pass. Elements left after the last pass are removed/added.
 */
export function pairElements<A, B>(
  from: readonly A[],
  to: readonly B[],
  passes: readonly { from: PairingKey<A>; to: PairingKey<B> }[],
): Pairing<A, B> {
  const pairs: [A, B][] = [];
  let restFrom = [...from];
  let restTo = [...to];
  for (const pass of passes) {
    const waiting = new Map<string, B[]>();
    for (const b of restTo) {
      const key = pass.to(b);
      if (key === undefined) continue;
      const list = waiting.get(key);
      if (list) list.push(b);
      else waiting.set(key, [b]);
    }
    const taken = new Set<B>();
    const stillFrom: A[] = [];
    for (const a of restFrom) {
      const key = pass.from(a);
      const b = key === undefined ? undefined : waiting.get(key)?.shift();
      if (b === undefined) {
        stillFrom.push(a);
        continue;
      }
      pairs.push([a, b]);
      taken.add(b);
    }
    restFrom = stillFrom;
    restTo = restTo.filter((b) => !taken.has(b));
  }
  return { pairs, removed: restFrom, added: restTo };
}

/** Pairing by one key that both sides compute the same way (ids). */
export function pairBy<T>(from: readonly T[], to: readonly T[], key: PairingKey<T>): Pairing<T, T> {
  return pairElements(from, to, [{ from: key, to: key }]);
}
