/**
 * The Jinja `ggm export dbt` writes, and a renderer for exactly that subset, so the models can be
 * parsed and run without dbt: `{{ ref('m') }}`, `{{ source('s', 't') }}`, `{{ this }}`,
 * `{{ config(…) }}` (rendered as nothing) and `{% if is_incremental() %} … {% endif %}`.
 */
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export const ref = (model: string): string => `{{ ref(${quote(model)}) }}`;
export const source = (name: string, table: string): string =>
  `{{ source(${quote(name)}, ${quote(table)}) }}`;
export const THIS = '{{ this }}';
export const IF_INCREMENTAL = '{% if is_incremental() %}';
export const END_IF = '{% endif %}';

/** `{{ config(materialized='table', unique_key=['a', 'b']) }}`. */
export function config(entries: Readonly<Record<string, string | readonly string[]>>): string {
  const value = (v: string | readonly string[]) =>
    typeof v === 'string' ? quote(v) : `[${v.map(quote).join(', ')}]`;
  return `{{ config(${Object.entries(entries)
    .map(([k, v]) => `${k}=${value(v)}`)
    .join(', ')}) }}`;
}

export interface JinjaContext {
  ref: (model: string) => string;
  source: (name: string, table: string) => string;
  /** The model's own relation (`{{ this }}`). */
  self: string;
  incremental: boolean;
}

const STRING = `'((?:[^'\\\\]|\\\\.)*)'`;
const TAG = new RegExp(
  [
    `\\{\\{ ref\\(${STRING}\\) \\}\\}`,
    `\\{\\{ source\\(${STRING}, ${STRING}\\) \\}\\}`,
    `\\{\\{ this \\}\\}`,
    `\\{\\{ config\\((?:[^)'"]|${STRING})*\\) \\}\\}\\n*`,
    `\\{% if is_incremental\\(\\) %\\}([\\s\\S]*?)\\{% endif %\\}`,
    `\\{[{%#]`,
  ].join('|'),
  'g',
);

const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

/** Renders the subset above; any other Jinja is an error (the tests must notice it). */
export function renderDbtJinja(text: string, ctx: JinjaContext): string {
  return text.replace(TAG, (whole: string, ...groups: (string | undefined)[]) => {
    const [refName, sourceName, sourceTable, , incrementalBody] = groups;
    if (whole.startsWith('{{ ref(')) return ctx.ref(unquote(refName!));
    if (whole.startsWith('{{ source(')) return ctx.source(unquote(sourceName!), unquote(sourceTable!));
    if (whole === THIS) return ctx.self;
    if (whole.startsWith('{{ config(')) return '';
    if (whole.startsWith(IF_INCREMENTAL)) return ctx.incremental ? renderDbtJinja(incrementalBody!, ctx) : '';
    throw new Error(`Jinja outside the subset ggm export dbt writes: ${text.slice(text.indexOf(whole), 80)}`);
  });
}
