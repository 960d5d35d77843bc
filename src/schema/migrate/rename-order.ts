export interface Rename {
  from: string;
  to: string;
}

/**
 * Orders renames so that no rename targets a name still in use: a rename waits until the object that
 * holds its target name has moved away; a cycle (a → b, b → a) goes through a temporary name.
 * Names compare case-insensitively, as most engines fold them.
 */
export function orderRenames(renames: readonly Rename[], isTaken: (name: string) => boolean): Rename[] {
  const key = (n: string) => n.toLowerCase();
  const pending = renames.filter((r) => r.from !== r.to).map((r) => ({ ...r }));
  const ordered: Rename[] = [];
  while (pending.length > 0) {
    const sources = new Set(pending.map((r) => key(r.from)));
    const i = pending.findIndex((r) => !sources.has(key(r.to)));
    if (i >= 0) {
      ordered.push(pending.splice(i, 1)[0]!);
      continue;
    }
    const cycle = pending[0]!;
    let temp = `${cycle.from}_ggm_tmp`;
    for (let n = 2; isTaken(temp) || sources.has(key(temp)); n++) temp = `${cycle.from}_ggm_tmp${n}`;
    ordered.push({ from: cycle.from, to: temp });
    cycle.from = temp;
  }
  return ordered;
}

/** `name_old`, `name_old_2` …: a name for an object that must make room, not taken by `isTaken`. */
export function retiredName(name: string, isTaken: (name: string) => boolean): string {
  let candidate = `${name}_old`;
  for (let n = 2; isTaken(candidate); n++) candidate = `${name}_old_${n}`;
  return candidate;
}
