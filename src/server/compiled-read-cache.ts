// The policy compiler is pure, so a request with the same roles, purpose, class, fields, sort and page
// compiles to the same read: keep the last few hundred. Compiling costs about a millisecond (name
// lookups over the whole catalog), about as much as the read itself. Requests with filter values or
// BSNs are compiled each time, so the cache never holds a value a caller sent.
import type { GovernedRead, GovernedReadRequest, PolicyDenial } from '../governance/governed-read.js';

type Compile = (request: GovernedReadRequest) => GovernedRead | PolicyDenial;

export function cachedCompile(compile: Compile, size = 512): Compile {
  const cache = new Map<string, GovernedRead | PolicyDenial>();
  return (request) => {
    if ((request.filters?.length ?? 0) > 0 || request.subjects !== undefined) return compile(request);
    const key = JSON.stringify([
      request.roles,
      request.purpose,
      request.table,
      request.fields ?? null,
      request.sort ?? [],
      request.page,
      request.pageSize,
    ]);
    const hit = cache.get(key);
    if (hit) return hit;
    const compiled = Object.freeze(compile(request));
    cache.set(key, compiled);
    // first in, first out: the oldest entry goes
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return compiled;
  };
}
