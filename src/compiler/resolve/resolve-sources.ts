import { bronzeName } from '../../dialects/identifiers.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/suggest.js';
import { locationIn } from '../spec/check-functions.js';
import type { Expr } from '../spec/expression-ast.js';
import { MAPPING_CODES as C, mappingDiagnostic } from '../spec/mapping-codes.js';
import type { ExprSpec, SourceSpec } from '../spec/mapping-spec.js';
import { harmonize } from './expression-types.js';

/** Bronze tables and their columns, as introspected; when absent, names are only checked against the file. */
export type BronzeColumns = Readonly<Record<string, readonly string[]>>;

/** The sources of a mapping with the columns known for each (from bronze, else from `columns:`). */
export class SourceScope {
  private readonly columns = new Map<string, readonly string[] | undefined>();

  constructor(
    readonly sources: SourceSpec[],
    bronze: BronzeColumns | undefined,
    private readonly diagnostics: Diagnostic[],
  ) {
    for (const s of sources) {
      const known = bronze?.[s.table.value];
      if (bronze && !known) {
        diagnostics.push(
          mappingDiagnostic(
            C.unknownSource,
            'error',
            `unknown bronze table ${s.table.value}`,
            s.table.at,
            didYouMean(s.table.value, Object.keys(bronze)),
          ),
        );
      }
      if (known && s.columns) {
        for (const c of s.columns) {
          if (!known.includes(c.value)) {
            diagnostics.push(
              mappingDiagnostic(
                C.unknownColumn,
                'error',
                `bronze table ${s.table.value} has no column ${c.value}`,
                c.at,
                didYouMean(c.value, known),
              ),
            );
          }
        }
      }
      this.columns.set(s.alias, known ?? s.columns?.map((c) => c.value));
    }
  }

  /**
   * The expression with every column reference qualified by its source alias; unknown aliases and
   * columns are reported at their place in the file. Returns undefined when a reference is wrong.
   */
  bind(spec: ExprSpec, what: string, expr: Expr = spec.expr): Expr | undefined {
    let ok = true;
    const fail = (message: string, at: number, hint?: string, code: string = C.unknownColumn) => {
      ok = false;
      this.diagnostics.push(
        mappingDiagnostic(code, 'error', `${what}: ${message}`, locationIn(spec, at), hint),
      );
    };
    const visit = (e: Expr): Expr => {
      switch (e.kind) {
        case 'column':
          return this.bindColumn(e, fail);
        case 'literal':
        case 'raw':
          return e;
        case 'call':
          return { ...e, args: e.args.map(visit) };
        case 'unary':
          return { ...e, operand: visit(e.operand) };
        case 'binary':
          return { ...e, left: visit(e.left), right: visit(e.right) };
        case 'is-null':
          return { ...e, operand: visit(e.operand) };
        case 'case':
          return {
            ...e,
            branches: e.branches.map((b) => ({ when: visit(b.when), then: visit(b.then) })),
            ...(e.otherwise ? { otherwise: visit(e.otherwise) } : {}),
          };
      }
    };
    const bound = visit(expr);
    return ok ? harmonize(bound) : undefined;
  }

  tableOf(alias: string): string {
    return this.sources.find((s) => s.alias === alias)?.table.value ?? alias;
  }

  private bindColumn(
    e: Extract<Expr, { kind: 'column' }>,
    fail: (message: string, at: number, hint?: string, code?: string) => void,
  ): Expr {
    const aliases = this.sources.map((s) => s.alias);
    if (e.source !== undefined) {
      const source =
        this.sources.find((s) => s.alias === e.source) ??
        this.sources.find((s) => s.table.value === e.source);
      if (!source) {
        fail(
          `unknown source ${e.source}`,
          e.at,
          didYouMean(e.source, aliases) ?? `sources: ${aliases.join(', ')}`,
          C.unknownSource,
        );
        return e;
      }
      this.checkColumn(source.alias, e, fail);
      return { ...e, source: source.alias, column: bronzeName(e.column) };
    }
    if (this.sources.length === 1) {
      this.checkColumn(this.sources[0]!.alias, e, fail);
      return { ...e, source: this.sources[0]!.alias, column: bronzeName(e.column) };
    }
    const having = this.sources.filter((s) => this.columns.get(s.alias)?.includes(e.column));
    if (having.length === 1) return { ...e, source: having[0]!.alias, column: bronzeName(e.column) };
    fail(
      having.length > 1 ? `column ${e.column} is in several sources` : `column ${e.column} without a source`,
      e.at,
      `write alias.${e.column}, alias one of ${aliases.join(', ')}`,
    );
    return e;
  }

  private checkColumn(
    alias: string,
    e: Extract<Expr, { kind: 'column' }>,
    fail: (message: string, at: number, hint?: string, code?: string) => void,
  ): void {
    const known = this.columns.get(alias);
    // A source column over the bronze limit is in bronze under its short name (bronzeColumnNames).
    if (!known || known.includes(e.column) || known.includes(bronzeName(e.column))) return;
    fail(`${this.tableOf(alias)} has no column ${e.column}`, e.at, didYouMean(e.column, known));
  }
}
