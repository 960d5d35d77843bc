import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef } from '../../model/model-types.js';
import type { CellValue } from '../../xlsx/sheet-scanner.js';
import type { SheetData } from '../../xlsx/workbook-writer.js';
import type { MappingSpec } from '../spec/mapping-spec.js';
import { formatRuleLine, formatValues } from './rule-lines.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import {
  CONTACT_HEADER,
  TEMPLATE_COLUMN as T,
  TEMPLATE_HEADER,
  TEMPLATE_SHEETS,
} from './template-layout-columns.js';

export interface ExportOptions {
  /** "Bron applicatie" on every row, e.g. `Centric Suite4Sociaal Domein`. */
  application?: string;
  /** "Gemaakt door" on every row. */
  author?: string;
  /** When given, "Algemene info" names the domain and subdomain of the mapped classes. */
  index?: ModelIndex;
}

export interface MappingWorkbookExport {
  sheets: SheetData[];
  /** Data rows written to the GGM sheet. */
  rows: number;
  diagnostics: Diagnostic[];
}

type Row = (CellValue | undefined)[];

/**
 * Mapping specs → the community template's sheets: one row per source table (class rows) and one per
 * attribute or association. What the template has no column for is written as rule lines in
 * Toelichting (see rule-lines.ts), so importing the workbook gives the same mappings back. Pure.
 */
export function exportMappingWorkbook(
  specs: MappingSpec[],
  options: ExportOptions = {},
): MappingWorkbookExport {
  const diagnostics: Diagnostic[] = [];
  const rows: Row[] = [];
  for (const spec of specs) rows.push(...specRows(spec, options, diagnostics));
  return {
    sheets: [
      { name: TEMPLATE_SHEETS.info, rows: [[], [undefined, ...infoCells(specs, options.index)]] },
      { name: TEMPLATE_SHEETS.ggm, rows: [[...TEMPLATE_HEADER], ...rows] },
      { name: TEMPLATE_SHEETS.datamart, rows: [[...TEMPLATE_HEADER]] },
      { name: TEMPLATE_SHEETS.contact, rows: [[...CONTACT_HEADER]] },
    ],
    rows: rows.length,
    diagnostics,
  };
}

function row(options: ExportOptions, cells: Partial<Record<keyof typeof T, string>>): Row {
  const out: Row = new Array<CellValue | undefined>(TEMPLATE_HEADER.length).fill(undefined);
  const all = { application: options.application, author: options.author, ...cells };
  for (const [field, value] of Object.entries(all)) {
    if (value !== undefined && value !== '') out[T[field as keyof typeof T]] = value;
  }
  return out;
}

function specRows(spec: MappingSpec, options: ExportOptions, diagnostics: Diagnostic[]): Row[] {
  const target = spec.target.value;
  const tableOf = new Map(spec.sources.map((s) => [s.alias.toLowerCase(), s.table.value]));
  const shared = new Set(spec.sources.map((s) => s.table.value).filter((t, i, all) => all.indexOf(t) !== i));
  const out: Row[] = [];
  spec.sources.forEach((s, i) => {
    const lines: string[] = [];
    if (i === 0) {
      lines.push(formatRuleLine('naam', spec.name));
      if (s.alias !== s.table.value) lines.push(formatRuleLine('alias', s.alias));
      for (const k of spec.key) lines.push(formatRuleLine('sleutel', k.text));
      const h = spec.history;
      lines.push(formatRuleLine('historie', `${h.mode}${h.closeMissing ? ', close_missing' : ''}`));
      if (h.validFrom) lines.push(formatRuleLine('geldig vanaf', h.validFrom.text));
      for (const [keyword, c] of [
        ['filter', spec.where],
        ['verwijderd als', spec.deleteWhen],
      ] as const) {
        if (!c) continue;
        if (c.expr.kind !== 'raw') lines.push(formatRuleLine(keyword, c.text));
        else
          for (const [engine, sql] of Object.entries(c.expr.sql))
            lines.push(formatRuleLine(keyword, sql, engine));
      }
    } else {
      if (s.alias !== s.table.value) lines.push(formatRuleLine('alias', s.alias));
      if (s.join) {
        lines.push(formatRuleLine('join', s.join.kind), formatRuleLine('op', s.join.on.text));
        lines.push(formatRuleLine('batch', s.join.batch));
      }
    }
    out.push(
      row(options, {
        table: s.table.value,
        column: (s.columns ?? []).map((c) => c.value).join(', '),
        remarks: lines.join('\n'),
        targetClass: target,
      }),
    );
  });
  for (const a of spec.attributes) {
    const e = a.value.expr;
    const lines: string[] = [];
    let table: string | undefined;
    let column: string | undefined;
    if (e.kind === 'raw') {
      for (const [engine, sql] of Object.entries(e.sql)) {
        lines.push(formatRuleLine('sql', sql, engine === '*' ? undefined : engine));
      }
    } else if (e.kind === 'column' && e.source && !shared.has(tableOf.get(e.source.toLowerCase()) ?? '')) {
      table = tableOf.get(e.source.toLowerCase());
      column = e.column;
    } else lines.push(formatRuleLine('expressie', a.value.text));
    if (!table) {
      const first = columnsIn(a.value.text, spec);
      table = first.table;
      column = first.columns.join(', ');
    }
    if (a.values) {
      const values = a.values.map((v) => ({ code: v.code, literal: v.literal.value }));
      if (values.some((v) => /[;=]/.test(v.code) || v.literal.includes(';'))) {
        diagnostics.push(
          sheetDiagnostic(
            C.exportSkipped,
            'warning',
            `${spec.name}: attribute ${a.name.value} has a code or value with ; or =, which the sheet cannot hold`,
            a.at,
          ),
        );
      }
      lines.push(formatRuleLine('waarden', formatValues(values)));
    }
    out.push(
      row(options, {
        table: table ?? '',
        column: column ?? '',
        remarks: lines.join('\n'),
        targetClass: target,
        targetAttribute: a.name.value,
      }),
    );
  }
  for (const a of spec.associations) {
    const lines = [
      formatRuleLine('associatie', a.to?.value ?? ''),
      ...a.key.map((k) => formatRuleLine('sleutel', k.text)),
    ];
    const first = columnsIn(a.key.map((k) => k.text).join(' '), spec);
    out.push(
      row(options, {
        table: first.table ?? '',
        column: first.columns.join(', '),
        remarks: lines.join('\n'),
        targetClass: target,
        targetAttribute: a.name.value,
      }),
    );
  }
  return out;
}

/** The source table and columns an expression reads, for the Bron columns of its row. */
function columnsIn(text: string, spec: MappingSpec): { table?: string; columns: string[] } {
  const tableOf = new Map(spec.sources.map((s) => [s.alias.toLowerCase(), s.table.value]));
  const refs = [
    ...text.replace(/'(?:[^']|'')*'/g, '').matchAll(/([\p{L}_][\p{L}\p{N}_]*)\.([\p{L}_][\p{L}\p{N}_]*)/gu),
  ];
  const hits = refs.filter((m) => tableOf.has(m[1]!.toLowerCase()));
  const table = hits[0] ? tableOf.get(hits[0][1]!.toLowerCase()) : spec.sources[0]?.table.value;
  const columns = [
    ...new Set(hits.filter((m) => tableOf.get(m[1]!.toLowerCase()) === table).map((m) => m[2]!)),
  ];
  return { ...(table ? { table } : {}), columns };
}

/** Domain and subdomain (B2 and C2 of "Algemene info") of the classes the mappings target. */
function infoCells(specs: MappingSpec[], index: ModelIndex | undefined): string[] {
  if (!index) return [];
  const classes = specs.map((s) => findTarget(index, s.target.value)).filter((c): c is ClassDef => !!c);
  const paths = classes.map((c) => index.packages.get(c.packageId)?.path ?? []);
  const distinct = (level: number) =>
    [...new Set(paths.map((p) => p[level]?.replace(/^\d+\s+/, '')).filter((p): p is string => !!p))].join(
      ', ',
    );
  return [distinct(0), distinct(1)].filter((t) => t !== '');
}

function findTarget(index: ModelIndex, name: string): ClassDef | undefined {
  const direct = index.findClasses(name);
  if (direct.length > 0) return direct[0];
  const last = name.split('/').pop() ?? name;
  const tail = foldName(name.replace(/\//g, '|'));
  return index
    .findClasses(last)
    .find((c) => foldName(index.qualifiedName(c).replace(/\//g, '|')).endsWith(tail));
}
