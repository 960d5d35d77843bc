import { SandboxError } from './engine.js';

/** The first word of a statement, after whitespace, comments and opening parentheses, in lower case. */
export function firstKeyword(sql: string): string {
  let rest = sql;
  for (;;) {
    const next = rest
      .replace(/^[\s(]+/, '')
      .replace(/^--[^\n]*(\n|$)/, '')
      .replace(/^\/\*[\s\S]*?\*\//, '');
    if (next === rest) break;
    rest = next;
  }
  return (/^[a-z_]+/i.exec(rest)?.[0] ?? '').toLowerCase();
}

/**
 * Refuses a statement of user SQL that does not start with one of `keywords` (the engine's query
 * statements): no SET, RESET, COPY, COMMIT, ROLLBACK, ATTACH, … ever reaches the sandbox's connection.
 */
export function requireQuery(sql: string, keywords: readonly string[]): void {
  const word = firstKeyword(sql);
  if (!keywords.includes(word)) {
    throw new SandboxError(
      'GGM-E001',
      `the sandbox runs queries only (${keywords.map((k) => k.toUpperCase()).join(', ')}), not ${word ? word.toUpperCase() : 'an empty statement'}`,
    );
  }
}

/** The first line of an error's message, without the driver's stack or context lines. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
