/** Where a problem was found: a cell in a workbook, or a line in a spec/config file. */
export interface Location {
  file?: string;
  sheet?: string;
  /** 1-based row number as shown by a spreadsheet program. */
  row?: number;
  column?: string;
  /** A1-style cell reference, e.g. `K17`. */
  cell?: string;
  line?: number;
  col?: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A user-facing problem. Codes are stable once published (GGM-M… model, GGM-S… spec, …). */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  at?: Location;
  hint?: string;
}

export function countByCode(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export function formatLocation(at: Location | undefined): string {
  if (!at) return '';
  const parts: string[] = [];
  if (at.file) parts.push(at.file);
  if (at.sheet) parts.push(`sheet ${at.sheet}`);
  if (at.cell) parts.push(`cell ${at.cell}`);
  else if (at.row !== undefined) parts.push(`row ${at.row}${at.column ? `, column ${at.column}` : ''}`);
  if (at.line !== undefined) parts.push(`line ${at.line}${at.col !== undefined ? `:${at.col}` : ''}`);
  return parts.join(', ');
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = formatLocation(d.at);
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${d.severity} ${d.code}${where ? ` at ${where}` : ''}: ${d.message}${hint}`;
}
