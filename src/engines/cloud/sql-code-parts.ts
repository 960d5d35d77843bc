/**
 * Splits SQL text into code and the parts a rewrite must not touch: string literals and comments.
 * Quoted identifiers stay in the code, so a rewrite can see `` `silver`.`x` `` and `"X"` as names.
 */
export interface SqlPart {
  code: boolean;
  text: string;
}

export function sqlParts(sql: string): SqlPart[] {
  const parts: SqlPart[] = [];
  let code = '';
  let i = 0;
  const flush = () => {
    if (code) parts.push({ code: true, text: code });
    code = '';
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const end = c === "'" ? literalEnd(sql, i) : comment(sql, i);
    if (end === undefined) {
      code += c;
      i++;
      continue;
    }
    flush();
    parts.push({ code: false, text: sql.slice(i, end) });
    i = end;
  }
  flush();
  return parts;
}

/** Applies `rewrite` to the code of `sql`, leaving literals and comments as they are. */
export function rewriteCode(sql: string, rewrite: (code: string) => string): string {
  return sqlParts(sql)
    .map((p) => (p.code ? rewrite(p.text) : p.text))
    .join('');
}

/** End of the `'…'` literal at `start` (doubled quotes inside), or the end of the text. */
function literalEnd(sql: string, start: number): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === "'") {
      if (sql[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** End of the comment at `start`, or undefined when none starts there. */
function comment(sql: string, start: number): number | undefined {
  if (sql.startsWith('--', start)) {
    const nl = sql.indexOf('\n', start);
    return nl < 0 ? sql.length : nl;
  }
  if (sql.startsWith('/*', start)) {
    const close = sql.indexOf('*/', start + 2);
    return close < 0 ? sql.length : close + 2;
  }
  return undefined;
}

/**
 * `$1`, `$2` … (the engines' parameter form) as the driver's markers: `marker(n, k)` gets the parameter
 * number and the occurrence's position, and the parameters come back in occurrence order, so drivers
 * with plain `?` markers get a repeated `$1` twice.
 */
export function positionalParams<P>(
  sql: string,
  params: readonly P[],
  marker: (n: number, occurrence: number) => string,
): { sql: string; params: P[] } {
  const ordered: P[] = [];
  const text = rewriteCode(sql, (code) =>
    code.replace(/\$(\d+)/g, (whole, digits: string) => {
      const n = Number(digits);
      if (n < 1 || n > params.length) throw new RangeError(`parameter ${whole} has no value`);
      ordered.push(params[n - 1]!);
      return marker(n, ordered.length);
    }),
  );
  return { sql: text, params: ordered };
}
