/** CSV as the engines exchange it: every value quoted, NULL as an unquoted empty field. */
export function csvField(value: string | null): string {
  if (value === null) return '';
  return `"${value.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly (string | null)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += csvField(values[i] ?? null);
  }
  return `${line}\n`;
}
