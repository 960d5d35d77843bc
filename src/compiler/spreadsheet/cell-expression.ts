import { checkFunctions } from '../spec/check-functions.js';
import { columnsOf } from '../spec/expression-ast.js';
import { parseExpression } from '../spec/parse-expression.js';

/** A spreadsheet rule turned into our expression language, or the reason it could not be. */
export type CellExpression =
  | { ok: true; text: string; tables: string[]; columns: { table: string; column: string }[] }
  | { ok: false; reason: string; tables: string[] };

/** Oracle spellings the sheets use for functions our language has under another name. */
const RENAMED_FUNCTIONS: Record<string, string> = { nvl: 'coalesce', substr: 'substring' };

const NAME = '[\\p{L}_][\\p{L}\\p{N}_$#]*';
const CHAIN = new RegExp(`(?<![\\p{L}\\p{N}_$#.])${NAME}(?:\\s*\\.\\s*${NAME})+`, 'gu');
const CALL = new RegExp(`(?<![\\p{L}\\p{N}_$#.])(${NAME})(?=\\s*\\()`, 'gu');

/** A table as our mappings name it: without its schema, lower case (`sdms.SZZF` → `szzf`). */
export function tableAlias(name: string): string {
  const bare = name.split('.').pop() ?? name;
  return bare.trim().toLowerCase();
}

/** Applies `f` to the parts of `text` outside string literals. */
function outsideStrings(text: string, f: (part: string) => string): string {
  return text
    .split(/('(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join('');
}

/**
 * A rule as the mapping sheets write it (`sdms.szclient.clientnr || '-SSD'`, `nvl(a.x, 0)`) → an
 * expression over `table.column` names. Anything our language cannot say (unknown functions, prose,
 * bare words that may be constants or columns) is refused with the reason, never guessed.
 */
export function convertCellExpression(text: string, numeric: boolean): CellExpression {
  if (numeric) return { ok: true, text, tables: [], columns: [] };
  const tables: string[] = [];
  const rewritten = outsideStrings(text.replace(/\s+/g, ' ').trim(), (part) =>
    part
      .replace(CHAIN, (chain) => {
        const names = chain.split('.').map((n) => n.trim());
        const table = tableAlias(names[names.length - 2]!);
        if (!tables.includes(table)) tables.push(table);
        return `${table}.${names[names.length - 1]}`;
      })
      .replace(CALL, (name) => RENAMED_FUNCTIONS[name.toLowerCase()] ?? name),
  );
  const parsed = parseExpression(rewritten);
  if (!parsed.ok) return { ok: false, reason: `not an expression (${parsed.error.message})`, tables };
  const problems = checkFunctions({ text: rewritten, expr: parsed.expr, at: {} }, 'rule');
  if (problems.length > 0) return { ok: false, reason: problems[0]!.message.replace(/^rule: /, ''), tables };
  const columns = columnsOf(parsed.expr);
  const bare = columns.find((c) => c.source === undefined);
  if (bare) {
    return {
      ok: false,
      reason: `${bare.column} names no table (a constant, or a column of which table?)`,
      tables,
    };
  }
  return {
    ok: true,
    text: rewritten,
    tables,
    columns: columns.map((c) => ({ table: c.source!, column: c.column })),
  };
}

/** A cell that should hold one column name of a known table (`NUM_PERS`, ` DAT_GEB`). */
export function convertColumnCell(text: string, table: string): CellExpression {
  const column = text.trim();
  if (!new RegExp(`^${NAME}$`, 'u').test(column)) {
    return { ok: false, reason: 'not a single column name', tables: [tableAlias(table)] };
  }
  const alias = tableAlias(table);
  return { ok: true, text: `${alias}.${column}`, tables: [alias], columns: [{ table: alias, column }] };
}
