import { nearestNames } from '../../diagnostics/suggest.js';
import { DIFF_KINDS, type DiffKind, type ModelDiff } from './diff-types.js';

/** A diff restricted to some kinds: the other kinds' lists and counts are left out. */
export type SelectedModelDiff = Omit<ModelDiff, DiffKind | 'summary'> &
  Partial<Pick<ModelDiff, DiffKind>> & { summary: Partial<ModelDiff['summary']> };

/** Parses `classes,attributes` (also singular: `class`, `attribute`); unknown names come back with hints. */
export function parseDiffKinds(text: string): {
  kinds: DiffKind[];
  unknown: { name: string; suggestions: string[] }[];
} {
  const kinds: DiffKind[] = [];
  const unknown: { name: string; suggestions: string[] }[] = [];
  for (const part of text.split(/[\s,]+/).filter((p) => p !== '')) {
    const name = part.toLowerCase();
    const kind = DIFF_KINDS.find((k) => k === name || k === `${name}s` || k === `${name}es`);
    if (kind) {
      if (!kinds.includes(kind)) kinds.push(kind);
    } else {
      unknown.push({ name: part, suggestions: nearestNames(part, DIFF_KINDS, 2) });
    }
  }
  return { kinds, unknown };
}

export function selectDiffKinds(diff: ModelDiff, kinds: readonly DiffKind[]): SelectedModelDiff {
  const result: SelectedModelDiff = {
    formatVersion: diff.formatVersion,
    from: diff.from,
    to: diff.to,
    summary: {},
    diagnostics: diff.diagnostics,
  };
  for (const kind of DIFF_KINDS) {
    if (!kinds.includes(kind)) continue;
    result.summary[kind] = diff.summary[kind];
    (result as Record<DiffKind, unknown>)[kind] = diff[kind];
  }
  return result;
}
