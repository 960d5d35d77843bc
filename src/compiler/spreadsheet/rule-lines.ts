/**
 * The rule lines our export writes into the template's Toelichting cells, so a round trip keeps what
 * the template has no column for (alias, key, history, joins, expressions, code lists). One rule per
 * line, `keyword: value`; any other line is a remark for people. `filter` and `verwijderd als` are a
 * mapping's `where` and `delete_when`: an expression, or with an engine (`*` for all) raw SQL.
 */
export const RULE_KEYWORDS = [
  'naam',
  'alias',
  'sleutel',
  'historie',
  'geldig vanaf',
  'filter',
  'verwijderd als',
  'join',
  'op',
  'batch',
  'expressie',
  'sql',
  'waarden',
  'associatie',
] as const;

export type RuleKeyword = (typeof RULE_KEYWORDS)[number];

export interface RuleLine {
  keyword: RuleKeyword;
  /** Text after the keyword before the colon, e.g. the engine in `sql duckdb: …`. */
  qualifier?: string;
  value: string;
}

const LINE = new RegExp(`^(${RULE_KEYWORDS.join('|')})(?:\\s+([\\p{L}\\p{N}_*]+))?\\s*:\\s?(.*)$`, 'iu');

export function parseRuleLines(text: string): { rules: RuleLine[]; remarks: string[] } {
  const rules: RuleLine[] = [];
  const remarks: string[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line.trim());
    if (m) {
      rules.push({
        keyword: m[1]!.toLowerCase() as RuleKeyword,
        ...(m[2] ? { qualifier: m[2] } : {}),
        value: m[3]!.trim(),
      });
    } else if (line.trim() !== '') remarks.push(line.trim());
  }
  return { rules, remarks };
}

export function formatRuleLine(keyword: RuleKeyword, value: string, qualifier?: string): string {
  const text = value.replace(/\s*\n\s*/g, ' ').trim();
  return `${keyword}${qualifier ? ` ${qualifier}` : ''}:${text ? ` ${text}` : ''}`;
}

/** `1 = Pand in gebruik; 2 = Gesloopt` ↔ code list. Codes and literals must not contain `;`. */
export function formatValues(values: { code: string; literal: string }[]): string {
  return values.map((v) => `${v.code} = ${v.literal}`).join('; ');
}

export function parseValues(text: string): { code: string; literal: string }[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.includes('='))
    .map((part) => {
      const at = part.indexOf('=');
      return { code: part.slice(0, at).trim(), literal: part.slice(at + 1).trim() };
    });
}
