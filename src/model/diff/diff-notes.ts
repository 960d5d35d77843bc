import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ModelIndex } from '../model-index.js';
import type { ModelDiff } from './diff-types.js';

type KindsDiff = Pick<ModelDiff, 'packages' | 'classes' | 'attributes'>;

/**
 * Notes that help a maintainer read the diff; they never change it:
 * - GGM-D001: an element removed and one with the same qualified name added: probably re-created in the
 *   source model under a new id. Ids are the identity, so it stays a removal plus an addition.
 * - GGM-D002: a sheet column only one release has; values read from it change wholesale (for example
 *   `mogelijk_geen_waarde` decides attribute cardinality from v2.5.0 on).
 * - GGM-D003: enumeration names that repeat within a package; such enumerations pair by literal set,
 *   then in release order.
 */
export function diffNotes(from: ModelIndex, to: ModelIndex, diff: KindsDiff): Diagnostic[] {
  const notes: Diagnostic[] = [];
  const label = (index: ModelIndex, fallback: string) => index.model.version ?? fallback;
  const fromLabel = label(from, 'the first model');
  const toLabel = label(to, 'the second model');
  const file = to.model.source.file;

  const reIds = <E>(kind: keyof KindsDiff, sheet: string, what: string, key: (e: E) => string) => {
    const removed = new Map<string, E>();
    for (const e of diff[kind].removed as E[]) removed.set(key(e), e);
    for (const e of diff[kind].added as E[]) {
      const old = removed.get(key(e));
      if (old === undefined) continue;
      const ids = (x: E) => (x as { id: string }).id;
      notes.push({
        code: 'GGM-D001',
        severity: 'info',
        message: `${what} ${key(e)} was removed (${ids(old)}) and added again under a new id (${ids(e)})`,
        at: { file, sheet },
        hint: 'the source model probably re-created it; a migration may want to rename instead',
      });
    }
  };
  reIds<{ qualifiedName: string }>('packages', 'packages', 'package', (e) => e.qualifiedName);
  reIds<{ qualifiedName: string }>('classes', 'classes', 'class', (e) => e.qualifiedName);
  reIds<{ name: string; class: { qualifiedName: string } }>(
    'attributes',
    'attributes',
    'attribute',
    (e) => `${e.class.qualifiedName}.${e.name}`,
  );

  const fromColumns = from.model.source.columns;
  const toColumns = to.model.source.columns;
  for (const sheet of Object.keys(toColumns)) {
    const before = new Set(fromColumns[sheet] ?? []);
    const after = new Set(toColumns[sheet] ?? []);
    if (!fromColumns[sheet]) continue;
    const onlyTo = [...after].filter((c) => !before.has(c));
    const onlyFrom = [...before].filter((c) => !after.has(c));
    const parts = [
      onlyTo.length > 0 ? `${onlyTo.join(', ')} only in ${toLabel}` : '',
      onlyFrom.length > 0 ? `${onlyFrom.join(', ')} only in ${fromLabel}` : '',
    ].filter((p) => p !== '');
    if (parts.length === 0) continue;
    notes.push({
      code: 'GGM-D002',
      severity: 'info',
      message: `sheet ${sheet}: columns ${parts.join('; ')}`,
      at: { file, sheet },
      hint: 'values that come from these columns (cardinality, literal codes, datatype flags) change for many elements at once',
    });
  }

  const duplicates = (index: ModelIndex) => {
    const counts = new Map<string, number>();
    for (const e of index.model.enumerations) {
      const q = index.qualifiedName(e);
      counts.set(q, (counts.get(q) ?? 0) + 1);
    }
    return [...counts.values()].filter((n) => n > 1).length;
  };
  const repeated = Math.max(duplicates(from), duplicates(to));
  if (repeated > 0) {
    notes.push({
      code: 'GGM-D003',
      severity: 'info',
      message: `${repeated} enumeration names repeat within their package; such enumerations pair by literal set, then in release order`,
      at: { file, sheet: 'enumerations' },
      hint: 'entries of repeated enumerations carry an occurrence number',
    });
  }
  return notes;
}
