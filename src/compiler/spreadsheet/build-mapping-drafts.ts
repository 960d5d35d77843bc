import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean, foldName } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef } from '../../model/model-types.js';
import { checkFunctions } from '../spec/check-functions.js';
import { parseExpression } from '../spec/parse-expression.js';
import {
  convertCellExpression,
  convertColumnCell,
  tableAlias,
  type CellExpression,
} from './cell-expression.js';
import type { FieldRow, MappingBlock } from './mapping-blocks.js';
import type { DraftSource, MappingDraft } from './mapping-draft.js';
import { resolveSheetField } from './resolve-sheet-field.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import type { CellText } from './workbook-data.js';

export interface DraftInput {
  index: ModelIndex;
  cls: ClassDef;
  /** The target as the file writes it (a qualified name when the bare name is ambiguous). */
  target: string;
  block: MappingBlock;
  /** File stem, unique in the import. */
  name: string;
  diagnostics: Diagnostic[];
}

const where = (cell: CellText) => `${cell.at.sheet} ${cell.at.column}${cell.at.row}`;
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** One mapping draft per variant column of a block; none when no row has a rule for the variant. */
export function buildMappingDrafts(input: DraftInput): MappingDraft[] {
  if (input.block.marked) {
    const draft = buildMarkedDraft(input);
    return draft ? [draft] : [];
  }
  const drafts: MappingDraft[] = [];
  input.block.variants.forEach((variant, v) => {
    const name = v === 0 ? input.name : `${input.name}-${v + 1}`;
    const draft = buildVariantDraft(input, v, name);
    if (draft) {
      if (variant.label) draft.header.push(`Source ${variant.column}: ${oneLine(variant.label)}`);
      drafts.push(draft);
    }
  });
  return drafts;
}

interface Converted {
  field: FieldRow;
  cell: CellText;
  result: CellExpression;
}

function convert(block: MappingBlock, field: FieldRow, cell: CellText): CellExpression {
  if (block.reading === 'expression') return convertCellExpression(cell.text, cell.numeric);
  const table = field.table?.text ?? block.tables[0]?.text;
  if (!table) return { ok: false, reason: 'the sheet names no source table for it', tables: [] };
  return convertColumnCell(cell.text, table);
}

/** The table most rules read (a block's own table for column sheets). */
function drivingTable(block: MappingBlock, converted: Converted[]): string | undefined {
  if (block.reading === 'column' && block.tables[0]) return tableAlias(block.tables[0].text);
  const counts = new Map<string, number>();
  for (const c of converted) for (const t of c.result.tables) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: string | undefined;
  for (const [t, n] of counts) if (best === undefined || n > counts.get(best)!) best = t;
  return best;
}

function emptyDraft(input: DraftInput, name: string): MappingDraft {
  const { block } = input;
  const header = [
    `Imported from ${block.className.at.file}, sheet ${block.sheet}, rows ${block.rows[0]}-${block.rows[1]} (ggm mapping import).`,
    ...block.remarks.map((r) => `${r.at.column}${r.at.row}: ${oneLine(r.text)}`),
  ];
  if (block.tables.length > 1) {
    header.push(
      `The sheet lists alternative source tables: ${block.tables.map((t) => t.text).join(', ')}; this file reads the first.`,
    );
  }
  return {
    file: `${name}.yaml`,
    name,
    target: input.target,
    sheet: block.sheet,
    header,
    sources: [],
    sourcesComment: [],
    key: [],
    keyComment: [],
    attributes: [],
    associations: [],
    footer: [],
  };
}

function buildVariantDraft(input: DraftInput, v: number, name: string): MappingDraft | undefined {
  const { block, index, cls, diagnostics } = input;
  const converted: Converted[] = [];
  const unmapped: string[] = [];
  for (const field of block.fields) {
    const cell = field.sources[v];
    if (!cell) unmapped.push(field.name.text);
    else converted.push({ field, cell, result: convert(block, field, cell) });
  }
  const driving = drivingTable(block, converted);
  if (converted.length === 0 || !driving) {
    diagnostics.push(
      sheetDiagnostic(
        C.nothingMapped,
        'info',
        converted.length === 0
          ? `${block.className.text}: no row has a rule${block.variants.length > 1 ? ` in column ${block.variants[v]!.column}` : ''}; no mapping written`
          : `${block.className.text}: the rules name no source table; no mapping written`,
        block.className.at,
        converted.length > 0 ? `rules: ${converted.map((c) => oneLine(c.cell.text)).join(' | ')}` : undefined,
      ),
    );
    return undefined;
  }
  const draft = emptyDraft(input, name);
  // The sheets do not say how history is kept; none loads into any silver schema.
  draft.history = { mode: 'none', closeMissing: false };
  draft.historyComment = ['TODO: the sheet says nothing about history; snapshot or events keep versions.'];
  const source: DraftSource = { table: driving, alias: driving, columns: [] };
  draft.sources.push(source);
  const otherTables = new Set<string>();
  const keyParts: { text: string; from: string }[] = [];
  const ownIds: { text: string; from: string }[] = [];
  const seen = new Set<string>();

  for (const { field, cell, result } of converted) {
    const label = `${field.name.text} (${where(cell)})`;
    const remarks = field.remarks.map((r) => oneLine(r.text));
    const extra = result.tables.filter((t) => t !== driving);
    extra.forEach((t) => otherTables.add(t));
    const usable = result.ok && extra.length === 0;
    if (result.ok)
      for (const c of result.columns)
        if (c.table === driving && !source.columns.includes(c.column)) source.columns.push(c.column);
    // A constant (`68`) cannot tell rows apart, so it does not make a key.
    if (field.key && usable && result.columns.length > 0) keyParts.push({ text: result.text, from: label });
    if (!field.key && usable && isOwnIdName(field.name.text, cls.name))
      ownIds.push({ text: result.text, from: label });
    const reason = !result.ok
      ? result.reason
      : `reads ${extra.join(', ')} besides ${driving}; add ${extra.length > 1 ? 'them' : 'it'} as a source with join and on`;
    const resolution = resolveSheetField(index, cls, field.name.text);
    const todo = (what: string) => {
      diagnostics.push(
        sheetDiagnostic(
          C.keptAsTodo,
          'warning',
          `${what}: rule kept as TODO: ${reason}`,
          cell.at,
          oneLine(cell.text),
        ),
      );
      return `TODO ${where(cell)}: ${reason}`;
    };
    switch (resolution.kind) {
      case 'attribute': {
        if (seen.has(resolution.name)) {
          draft.footer.push(`${label} maps ${resolution.name} again: ${oneLine(cell.text)}`);
          break;
        }
        seen.add(resolution.name);
        if (resolution.inheritedFrom) {
          remarks.push(
            `Inherited from ${resolution.inheritedFrom}: with generalization shared-key (the schema default) map it in a mapping for ${resolution.inheritedFrom}.`,
          );
        }
        if (usable) draft.attributes.push({ name: resolution.name, value: result.text, comment: remarks });
        else {
          const note = todo(`${cls.name}.${resolution.name}`);
          draft.attributes.push({
            name: resolution.name,
            sql: { todo: cell.text },
            comment: [...remarks, note],
          });
        }
        break;
      }
      case 'association': {
        if (usable) {
          draft.associations.push({
            name: resolution.name,
            to: resolution.to,
            key: [result.text],
            comment: remarks,
          });
        } else
          draft.footer.push(`${todo(`association ${resolution.name}`)} — ${label}: ${oneLine(cell.text)}`);
        break;
      }
      case 'own-key':
        if (!field.key)
          draft.footer.push(`${label} is the warehouse's own key column: ${oneLine(cell.text)}`);
        break;
      case 'ambiguous-association':
        diagnostics.push(
          sheetDiagnostic(
            C.ambiguousAssociation,
            'warning',
            `${field.name.text} may be one of several associations of ${cls.name}`,
            field.name.at,
            `choose one: ${resolution.options.join('; ')}`,
          ),
        );
        draft.footer.push(
          `TODO ${label}: which association? ${resolution.options.join('; ')} — rule: ${oneLine(cell.text)}`,
        );
        break;
      case 'unknown': {
        const hint = resolution.near.length > 0 ? `did you mean ${resolution.near.join(', ')}?` : undefined;
        if (!field.key) {
          diagnostics.push(
            sheetDiagnostic(
              C.unknownAttribute,
              'warning',
              `${cls.name} has no attribute ${field.name.text}; the row is kept as a comment`,
              field.name.at,
              hint,
            ),
          );
        }
        draft.footer.push(
          `${field.key ? '' : 'TODO '}${label}: ${field.key ? 'key column' : `unknown attribute${hint ? ` (${hint})` : ''}`}: ${oneLine(cell.text)}`,
        );
        break;
      }
    }
  }
  if (otherTables.size > 0) {
    const tables = [...otherTables];
    diagnostics.push(
      sheetDiagnostic(
        C.needsJoin,
        'warning',
        `${block.className.text}: rules also read ${tables.join(', ')}; the sheet gives no join condition`,
        block.className.at,
        'add each table under sources with join and on',
      ),
    );
    draft.sourcesComment.push(
      `TODO: the sheet also reads ${tables.join(', ')}; add them here with join and on.`,
    );
  }
  if (draft.attributes.length === 0 && draft.associations.length === 0) {
    diagnostics.push(
      sheetDiagnostic(
        C.nothingMapped,
        'info',
        `${block.className.text}: no rule maps a known attribute; no mapping written`,
        block.className.at,
      ),
    );
    return undefined;
  }
  setKey(draft, keyParts, block, diagnostics, ownIds[0]);
  if (unmapped.length > 0) draft.footer.push(`Listed without a rule: ${unmapped.join(', ')}`);
  return draft;
}

/** The business key: the rows marked BK (or PK); else the identificatie or first rule, marked TODO. */
function setKey(
  draft: MappingDraft,
  parts: { text: string; from: string }[],
  block: MappingBlock,
  diagnostics: Diagnostic[],
  ownId?: { text: string; from: string },
): void {
  if (parts.length > 0) {
    draft.key = parts.map((p) => p.text);
    draft.keyComment.push(`Key from ${parts.map((p) => p.from).join(', ')}.`);
    return;
  }
  const guess =
    ownId?.text ??
    draft.attributes.find((a) => a.value && a.name.toLowerCase() === 'identificatie')?.value ??
    draft.attributes.find((a) => a.value)?.value;
  const source = draft.sources[0]!;
  const text = guess ?? draft.associations[0]?.key[0] ?? `${source.alias}.${source.columns[0] ?? 'id'}`;
  draft.key = [text];
  draft.keyComment.push(`TODO: the sheet marks no key column; ${text} is a guess.`);
  diagnostics.push(
    sheetDiagnostic(
      C.noKey,
      'warning',
      `${block.className.text}: no column is marked as key (BK/PK); guessed ${text}`,
      block.className.at,
      'mark the business key in the sheet, or correct key: in the mapping file',
    ),
  );
}

/** A template block our export wrote: sources, key, history and rules are read back as they were. */
function buildMarkedDraft(input: DraftInput): MappingDraft | undefined {
  const { block, index, cls, diagnostics } = input;
  const marked = block.marked!;
  const draft = emptyDraft(input, marked.name ?? input.name);
  if (marked.history) draft.history = marked.history;
  if (marked.where) draft.where = marked.where;
  if (marked.deleteWhen) draft.deleteWhen = marked.deleteWhen;
  draft.sources = marked.sources.map((s) => ({
    table: s.table,
    alias: s.alias,
    columns: s.columns,
    ...(s.join ? { join: s.join } : {}),
  }));
  const aliasOf = (table: string | undefined) =>
    marked.sources.find((s) => s.table === table)?.alias ?? marked.sources[0]?.alias ?? table ?? '';
  for (const field of block.fields) {
    const m = field.marked;
    const remarks = field.remarks.map((r) => oneLine(r.text));
    if (m?.association) {
      const known = associationNames(index, cls);
      if (!known.some((n) => foldName(n) === foldName(field.name.text))) {
        diagnostics.push(
          sheetDiagnostic(
            C.unknownAttribute,
            'warning',
            `${cls.name} has no association ${field.name.text}; the row is kept as a comment`,
            field.name.at,
            didYouMean(field.name.text, known),
          ),
        );
        draft.footer.push(`TODO ${field.name.text} (${where(field.name)}): unknown association`);
        continue;
      }
      draft.associations.push({
        name: field.name.text,
        ...(m.association.to ? { to: m.association.to } : {}),
        key: m.association.key,
        comment: remarks,
      });
      continue;
    }
    const resolution = resolveSheetField(index, cls, field.name.text);
    if (resolution.kind !== 'attribute') {
      diagnostics.push(
        sheetDiagnostic(
          C.unknownAttribute,
          'warning',
          `${cls.name} has no attribute ${field.name.text}; the row is kept as a comment`,
          field.name.at,
          resolution.kind === 'unknown' && resolution.near.length > 0
            ? `did you mean ${resolution.near.join(', ')}?`
            : undefined,
        ),
      );
      draft.footer.push(`TODO ${field.name.text} (${where(field.name)}): unknown attribute`);
      continue;
    }
    const column = field.sources[0];
    const value = m?.expression ?? (column ? `${aliasOf(field.table?.text)}.${column.text}` : undefined);
    if (m?.sql) draft.attributes.push({ name: field.name.text, sql: m.sql, comment: remarks });
    else if (value !== undefined && isExpression(value)) {
      draft.attributes.push({
        name: field.name.text,
        value,
        ...(m?.values ? { values: m.values } : {}),
        comment: remarks,
      });
    } else if (value !== undefined) {
      diagnostics.push(
        sheetDiagnostic(
          C.keptAsTodo,
          'warning',
          `${field.name.text}: rule kept as TODO: not an expression`,
          field.name.at,
          value,
        ),
      );
      draft.attributes.push({
        name: field.name.text,
        sql: { todo: value },
        comment: [...remarks, `TODO ${where(field.name)}: not an expression`],
      });
    } else draft.footer.push(`Listed without a rule: ${field.name.text}`);
  }
  if (draft.sources.length === 0) {
    diagnostics.push(
      sheetDiagnostic(
        C.nothingMapped,
        'info',
        `${block.className.text}: no source table row; no mapping written`,
        block.className.at,
      ),
    );
    return undefined;
  }
  setKey(
    draft,
    marked.key.map((text) => ({ text, from: 'the sheet' })),
    block,
    diagnostics,
  );
  if (marked.key.length > 0) draft.keyComment = [];
  return draft;
}

function isExpression(text: string): boolean {
  const parsed = parseExpression(text);
  return parsed.ok && checkFunctions({ text, expr: parsed.expr, at: {} }, 'rule').length === 0;
}

/** `NatuurlijkPersoonID`: the sheet's identifier column of the class itself. */
function isOwnIdName(name: string, className: string): boolean {
  return (
    name.trim().toLowerCase().replace(/[\s_]/g, '') === `${className.toLowerCase().replace(/\s/g, '')}id`
  );
}

/** Names an association of the class can be mapped under: its name, the far role, class-typed attributes. */
function associationNames(index: ModelIndex, cls: ClassDef): string[] {
  const names = index
    .associationsOf(cls.id)
    .flatMap(({ association, side }) => [
      association.name,
      (side === 'source' ? association.target : association.source).role,
    ]);
  for (const { attribute } of index.allAttributes(cls.id)) {
    if (attribute.type.kind === 'class') names.push(attribute.name);
  }
  return names.filter((n): n is string => !!n);
}
