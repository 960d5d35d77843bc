import { describe, expect, it } from 'vitest';
import { formatExpr } from './expression-ast.js';
import { parseExpression } from './parse-expression.js';

function format(text: string): string {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`${r.error.message} at ${r.error.at}`);
  return formatExpr(r.expr);
}

describe('parseExpression', () => {
  it('reads column references, qualified and quoted', () => {
    expect(format('naam')).toBe('naam');
    expect(format('p.naam')).toBe('p.naam');
    expect(format('p."odd name"')).toBe('p.odd name');
  });

  it('gives operators their usual precedence', () => {
    expect(format('a + b * c = 3 and not d is null or e')).toBe(
      '((((a + (b * c)) = 3) and not d is null) or e)',
    );
    expect(format('-1.5 * x')).toBe('(-1.5 * x)');
    expect(format("a || 'x' || b")).toBe("((a || 'x') || b)");
    expect(format('x is not null')).toBe('x is not null');
    expect(format('a != b')).toBe('(a <> b)');
  });

  it('reads calls, case and literals', () => {
    expect(format('trim(upper(p.code))')).toBe('trim(upper(p.code))');
    expect(format("case when p.x = '1' then 'J' when p.x = '0' then 'N' else null end")).toBe(
      "case when (p.x = '1') then 'J' when (p.x = '0') then 'N' else null end",
    );
    expect(format("to_number(p.bedrag, ',')")).toBe("to_number(p.bedrag, ',')");
    expect(format("'it''s'")).toBe("'it''s'");
    expect(format('TRUE')).toBe('true');
  });

  it('reports syntax errors with their offset', () => {
    expect(parseExpression('a.')).toEqual({ ok: false, error: { message: 'unexpected .', at: 1 } });
    expect(parseExpression('foo(')).toMatchObject({ ok: false, error: { at: 4 } });
    expect(parseExpression("'abc")).toEqual({ ok: false, error: { message: 'unterminated string', at: 0 } });
    expect(parseExpression('a b')).toEqual({
      ok: false,
      error: { message: 'unexpected b after the expression', at: 2 },
    });
    expect(parseExpression('case end')).toMatchObject({ ok: false, error: { at: 5 } });
    expect(parseExpression('a # b')).toMatchObject({ ok: false, error: { at: 2 } });
  });
});
