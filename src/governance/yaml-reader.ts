import type { LineCounter } from 'yaml';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { GOVERNANCE_CODES as G } from './governance-codes.js';

/** Reads governance.yaml's nodes with line/column diagnostics (collected, never thrown). */
export class YamlReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  at(node: Node | Pair | null | undefined): Location {
    const range =
      node && 'range' in node ? node.range : node && 'key' in node ? (node.key as Node)?.range : undefined;
    if (!range) return { file: this.file };
    const pos = this.lines.linePos(range[0]);
    return { file: this.file, line: pos.line, col: pos.col };
  }

  error(code: string, node: Node | Pair | null | undefined, message: string, hint?: string): void {
    this.diagnostics.push({ code, severity: 'error', message, at: this.at(node), ...(hint ? { hint } : {}) });
  }

  warning(code: string, node: Node | Pair | null | undefined, message: string, hint?: string): void {
    this.diagnostics.push({
      code,
      severity: 'warning',
      message,
      at: this.at(node),
      ...(hint ? { hint } : {}),
    });
  }

  /** The pairs of a mapping; keys that are not allowed are reported with the nearest allowed one. */
  entries(node: unknown, allowed: readonly string[], where: string): Map<string, Pair> | undefined {
    if (!isMap(node)) {
      this.error(G.type, node as Node, `${where} must be a mapping`);
      return undefined;
    }
    const out = new Map<string, Pair>();
    for (const pair of (node as YAMLMap).items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !allowed.includes(key)) {
        this.error(
          G.unknownKey,
          pair.key as Node,
          `${where}: unknown key "${key ?? '?'}"`,
          (key && didYouMean(key, allowed)) ?? `allowed: ${allowed.join(', ')}`,
        );
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  /** Pairs of a mapping with free keys (column names, purpose ids), in order. */
  freeEntries(node: unknown, where: string): { key: string; pair: Pair }[] {
    if (!isMap(node)) {
      this.error(G.type, node as Node, `${where} must be a mapping`);
      return [];
    }
    return (node as YAMLMap).items.flatMap((pair) =>
      isScalar(pair.key) ? [{ key: String(pair.key.value), pair }] : [],
    );
  }

  items(node: unknown, where: string): Node[] {
    if (node === null || node === undefined) return [];
    if (!isSeq(node)) {
      this.error(G.type, node as Node, `${where} must be a list`);
      return [];
    }
    return node.items as Node[];
  }

  text(node: unknown, what: string): string | undefined {
    if (
      !isScalar(node) ||
      node.value === null ||
      typeof node.value === 'object' ||
      typeof node.value === 'boolean'
    ) {
      this.error(G.type, node as Node, `${what} must be text`);
      return undefined;
    }
    return String(node.value);
  }

  required(
    map: Map<string, Pair>,
    key: string,
    owner: Node | Pair | undefined,
    where: string,
  ): string | undefined {
    const pair = map.get(key);
    if (!pair) {
      this.error(G.missingKey, owner, `${where}: missing "${key}"`);
      return undefined;
    }
    return this.text(pair.value, `${where}.${key}`);
  }

  optional(map: Map<string, Pair>, key: string, where: string): string | undefined {
    const pair = map.get(key);
    return pair ? this.text(pair.value, `${where}.${key}`) : undefined;
  }

  /** A list of texts, or one text standing for a one-item list. */
  texts(node: unknown, what: string): { value: string; node: Node }[] {
    if (isScalar(node)) {
      const t = this.text(node, what);
      return t === undefined ? [] : [{ value: t, node: node as Node }];
    }
    return this.items(node, what).flatMap((item) => {
      const t = this.text(item, what);
      return t === undefined ? [] : [{ value: t, node: item }];
    });
  }

  oneOf<T extends string>(node: unknown, what: string, values: readonly T[]): T | undefined {
    const text = this.text(node, what);
    if (text === undefined) return undefined;
    const found = values.find((v) => v === text.toLowerCase());
    if (!found)
      this.error(
        G.invalidValue,
        node as Node,
        `${what}: "${text}" is not one of ${values.join(', ')}`,
        didYouMean(text, values),
      );
    return found;
  }
}
