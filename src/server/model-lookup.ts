// GGM classes by the name the API uses: the contract key (unique over the model, `Pand` or `BAG.Pand`).
import { nearestNames } from '../diagnostics/suggest.js';
import type { ModelIndex } from '../model/model-index.js';
import type { ClassDef } from '../model/model-types.js';
import { getContractNames } from '../schema/contracts/contract-names.js';
import { ProblemError } from './problem.js';
import { API_CODES } from './server-codes.js';

export interface ClassLookup {
  /** Every class (no datatypes), sorted by key. */
  all: { key: string; cls: ClassDef }[];
  keyOf(id: string): string;
  /** The class, or a 404 problem with the nearest names. */
  get(key: string): ClassDef;
}

const cache = new WeakMap<ModelIndex, ClassLookup>();

export function classLookup(index: ModelIndex): ClassLookup {
  const cached = cache.get(index);
  if (cached) return cached;
  const names = getContractNames(index);
  const all = [...index.classes.values()]
    .filter((c) => !c.isDatatype)
    .map((cls) => ({ key: names.classKey(cls.id), cls }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const byKey = new Map(all.map((e) => [e.key, e.cls]));
  const lookup: ClassLookup = {
    all,
    keyOf: (id) => names.classKey(id),
    get: (key) => {
      const cls = byKey.get(key);
      if (cls) return cls;
      throw unknownName('klasse', key, byKey.keys());
    },
  };
  cache.set(index, lookup);
  return lookup;
}

/** A 404 for an unknown name, with "bedoelde u" suggestions when there are near ones. */
export function unknownName(kind: string, name: string, candidates: Iterable<string>): ProblemError {
  const near = /^[\p{L}\p{N}_. -]{1,100}$/u.test(name) ? nearestNames(name, candidates, 3) : [];
  const hint = near.length > 0 ? ` Bedoelde u ${near.join(', ')}?` : '';
  return new ProblemError(404, API_CODES.unknownName, `Deze ${kind} bestaat niet.${hint}`);
}
