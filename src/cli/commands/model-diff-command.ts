import type { Command } from 'commander';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import {
  DIFF_KINDS,
  diffModels,
  entryLabel,
  formatDiffValue,
  parseDiffKinds,
  selectDiffKinds,
  type ChangedEntry,
  type DiffKind,
  type DiffSide,
  type JsonValue,
  type SelectedModelDiff,
} from '../../model/diff/index.js';
import { commandGroup } from '../command-groups.js';
import { loadCommandModel } from '../model-source.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

interface DiffOptions {
  json?: boolean;
  kind?: string;
  limit: string;
  cache?: boolean;
}

export function registerModelDiffCommand(program: Command, io: Io): void {
  commandGroup(program, 'model', 'load, browse and compare GGM releases')
    .command('diff')
    .description('what changed between two model versions: added, removed, renamed and changed elements')
    .argument('<from>', 'older model: release workbook path or version such as v2.5.0')
    .argument('<to>', 'newer model: release workbook path or version such as v2.5.1')
    .option('--json', 'print the diff as JSON (the ModelDiff the migration generator reads)')
    .option('-k, --kind <kinds>', `only these kinds, comma-separated: ${DIFF_KINDS.join(', ')}`)
    .option('-n, --limit <n>', 'at most this many rows per table in the text output (0: all)', '50')
    .option('--no-cache', 'parse the workbooks even when compiled copies are cached')
    .action(async (from: string, to: string, options: DiffOptions) => {
      const kinds = options.kind === undefined ? [...DIFF_KINDS] : kindsFrom(options.kind);
      const noCache = options.cache === false;
      const [a, b] = await Promise.all([
        loadCommandModel(from, { noCache }),
        loadCommandModel(to, { noCache }),
      ]);
      const diff = selectDiffKinds(diffModels(a.model, b.model), kinds);
      if (options.json) {
        printJson(io, diff);
        return;
      }
      printDiff(io, diff, kinds, Math.max(0, Number(options.limit) || 0));
    });
}

function kindsFrom(text: string): DiffKind[] {
  const { kinds, unknown } = parseDiffKinds(text);
  if (unknown.length > 0) {
    const hints = unknown.map(
      (u) => `${u.name}${u.suggestions.length > 0 ? ` (did you mean ${u.suggestions.join(' or ')}?)` : ''}`,
    );
    throw new UsageError(`unknown kind ${hints.join(', ')}; the kinds are: ${DIFF_KINDS.join(', ')}`);
  }
  if (kinds.length === 0) throw new UsageError(`--kind needs one or more of: ${DIFF_KINDS.join(', ')}`);
  return kinds;
}

const sideName = (s: DiffSide) => `${s.name}${s.version ? ` ${s.version}` : ''} (${s.file})`;

function printDiff(io: Io, diff: SelectedModelDiff, kinds: DiffKind[], limit: number): void {
  io.out(`from  ${sideName(diff.from)}\nto    ${sideName(diff.to)}`);
  io.out('');
  io.out(
    formatTable(
      ['kind', 'added', 'removed', 'renamed', 'changed'],
      kinds.map((k) => {
        const c = diff.summary[k]!;
        return [k, c.added, c.removed, c.renamed, c.changed];
      }),
    ),
  );
  for (const kind of kinds) {
    const k = diff[kind]!;
    section(
      io,
      `${kind} added`,
      limit,
      ['element', 'details'],
      k.added.map((e) => [addedRow(kind, e)]),
    );
    section(
      io,
      `${kind} removed`,
      limit,
      ['element', 'details'],
      k.removed.map((e) => [addedRow(kind, e)]),
    );
    section(
      io,
      `${kind} renamed`,
      limit,
      ['element', 'field', 'before', 'after'],
      changeRows(kind, k.renamed, 'before'),
    );
    section(
      io,
      `${kind} changed`,
      limit,
      ['element', 'field', 'before', 'after'],
      changeRows(kind, k.changed, 'after'),
    );
  }
  if (diff.diagnostics.length > 0) {
    io.out('\nnotes');
    for (const d of diff.diagnostics) io.out(formatDiagnostic(d));
  }
}

/** A table per list; `groups` holds the rows of one entry each, and the limit counts entries. */
function section(io: Io, title: string, limit: number, header: string[], groups: string[][][]): void {
  if (groups.length === 0) return;
  const shown = limit > 0 ? groups.slice(0, limit) : groups;
  io.out(`\n${title} (${groups.length})`);
  io.out(formatTable(header, shown.flat(), 100));
  if (shown.length < groups.length) io.out(`… ${groups.length - shown.length} more (--limit 0 shows all)`);
}

/** One row per changed field; the element is named once, on its first row. */
function changeRows(
  kind: DiffKind,
  entries: readonly ChangedEntry<unknown>[],
  nameFrom: 'before' | 'after',
): string[][][] {
  return entries.map((c) =>
    c.changes.map((f, i) => [
      i === 0 ? entryLabel(kind, c[nameFrom]) : '',
      f.field,
      formatDiffValue(f.before),
      formatDiffValue(f.after),
    ]),
  );
}

function addedRow(kind: DiffKind, entry: unknown): string[] {
  const e = entry as Record<string, JsonValue | undefined>;
  const value = (field: string) => formatDiffValue(e[field] ?? null);
  const multiplicity = (end: string) => formatDiffValue((e[end] as { multiplicity: JsonValue }).multiplicity);
  const details: Partial<Record<DiffKind, () => string>> = {
    attributes: () => `${value('type')}  ${value('cardinality')}`,
    enumerations: () => value('literals'),
    literals: () => (e['code'] !== undefined ? `code ${value('code')}` : ''),
    associations: () => `${multiplicity('source')} → ${multiplicity('target')}`,
    classes: () =>
      e['isDatatype'] === true ? 'datatype' : e['stereotype'] !== undefined ? value('stereotype') : '',
  };
  return [entryLabel(kind, entry), details[kind]?.() ?? ''];
}
