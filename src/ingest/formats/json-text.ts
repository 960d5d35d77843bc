/**
 * A JSON parser for bronze: numbers keep their source text (bronze is text, so `12345678901234567` and
 * `1e400` arrive as written, never rounded), and nesting deeper than `MAX_JSON_DEPTH` is an error instead
 * of a stack overflow. Objects and arrays are plain; a number is a `JsonNumber`.
 */

/** Objects and arrays nested deeper than this are refused. */
export const MAX_JSON_DEPTH = 256;

/** A JSON number as written in the source. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

export function parseJsonText(text: string): unknown {
  let pos = 0;
  const fail = (what: string): never => {
    throw new JsonSyntaxError(
      pos >= text.length ? `${what}: unexpected end of JSON` : `${what} at position ${pos}`,
      pos,
    );
  };
  const ws = (): void => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const str = (): string => {
    pos++; // opening quote
    let out = '';
    let seg = pos;
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(seg, pos);
        pos++;
        return out;
      }
      if (c < 0x20) fail('control character in a string');
      if (c === 92) {
        out += text.slice(seg, pos);
        const e = text[pos + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
          const code = parseInt(text.slice(pos + 2, pos + 6), 16);
          pos += 6;
          // a surrogate escape is only a character in a pair; alone it cannot be stored as text
          if (code >= 0xdc00 && code <= 0xdfff) fail('unpaired surrogate escape in a string');
          if (code >= 0xd800 && code <= 0xdbff) {
            const low = /^\\u(d[c-f][0-9a-f]{2})$/i.exec(text.slice(pos, pos + 6));
            if (!low) fail('unpaired surrogate escape in a string');
            out += String.fromCharCode(code, parseInt(low![1]!, 16));
            pos += 6;
          } else out += String.fromCharCode(code);
        } else fail('invalid escape in a string');
        seg = pos;
        continue;
      }
      pos++;
    }
  };
  const value = (depth: number): unknown => {
    ws();
    const c = text[pos];
    if (c === '{' || c === '[') {
      if (depth >= MAX_JSON_DEPTH) fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
      pos++;
      ws();
      if (c === '[') {
        const items: unknown[] = [];
        if (text[pos] === ']') {
          pos++;
          return items;
        }
        for (;;) {
          items.push(value(depth + 1));
          ws();
          if (text[pos] === ',') pos++;
          else if (text[pos] === ']') {
            pos++;
            return items;
          } else fail('expected , or ]');
        }
      }
      const object: Record<string, unknown> = {};
      if (text[pos] === '}') {
        pos++;
        return object;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail('expected a property name');
        const key = str();
        ws();
        if (text[pos] !== ':') fail('expected :');
        pos++;
        Object.defineProperty(object, key, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        ws();
        if (text[pos] === ',') pos++;
        else if (text[pos] === '}') {
          pos++;
          return object;
        } else fail('expected , or }');
      }
    }
    if (c === '"') return str();
    if (text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) return fail('unexpected token');
    pos = NUMBER.lastIndex;
    return new JsonNumber(m[0]);
  };
  const result = value(0);
  ws();
  if (pos < text.length) fail('unexpected text after the JSON value');
  return result;
}

/** JSON text of a parsed value, numbers as written. */
export function stringifyJson(value: unknown): string {
  if (value instanceof JsonNumber) return value.text;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stringifyJson).join(',')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${JSON.stringify(k)}:${stringifyJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
