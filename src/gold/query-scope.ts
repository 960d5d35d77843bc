import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean, foldName } from '../diagnostics/suggest.js';
import type { ClassDef } from '../model/model-types.js';
import type { PlanExpr } from '../compiler/plan/load-plan.js';
import { resolveClass } from '../compiler/resolve/resolve-class.js';
import type { SilverTarget } from '../compiler/resolve/silver-target.js';
import type { Expr } from '../compiler/spec/expression-ast.js';
import { locationIn } from '../compiler/spec/check-functions.js';
import type { ExprSpec, Located } from '../compiler/spec/mapping-spec.js';
import { MAPPING_CODES } from '../compiler/spec/mapping-codes.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import type { JoinSpec } from './metric-spec.js';
import type { ModelIndex } from '../model/model-index.js';
import type { SilverTargets } from '../compiler/resolve/silver-target.js';
import type { ColumnRef, QueryTable, ResolvedQuery } from './resolved-metric.js';

/** What a metric is resolved against: the model and the project's silver tables. */
export interface GoldContext {
  index: ModelIndex;
  targets: SilverTargets;
}

/** The class codes of resolveClass, as metric codes. */
const CLASS_CODES: Record<string, string> = {
  [MAPPING_CODES.unknownClass]: C.unknownClass,
  [MAPPING_CODES.ambiguousClass]: C.ambiguousClass,
  [MAPPING_CODES.noTable]: C.noTable,
};

interface AliasInfo {
  cls: ClassDef;
  target: SilverTarget;
}

export const columnKey = (r: ColumnRef) => `${r.schema}\u0000${r.table}\u0000${r.column}`;
export function refs(set: Set<string>): ColumnRef[] {
  return [...set].sort().map((k) => {
    const [schema, table, column] = k.split('\u0000') as [string, string, string];
    return { schema, table, column };
  });
}

/** Aliases of one query (a population): classes, the tables joined, expressions over them. */
export class QueryScope {
  private readonly aliases = new Map<string, AliasInfo>();
  /** Aliases of tables outside the model (`join: {table: …}`): columns by their own names. */
  private readonly tableAliases = new Map<string, { schema: string; table: string }>();
  private readonly tables: QueryTable[] = [];
  readonly joinReads = new Set<string>();
  /** Aliases whose join was already reported: their uses are not reported again. */
  private readonly broken = new Set<string>();
  private mainAlias = '';

  constructor(
    private readonly ctx: GoldContext,
    private readonly diagnostics: Diagnostic[],
  ) {}

  from(name: Located<string>, alias: string): AliasInfo | undefined {
    const info = this.resolveClass(name);
    if (!info) return undefined;
    this.mainAlias = alias;
    this.aliases.set(alias, info);
    this.tables.push({
      schema: info.target.schema,
      table: info.target.table,
      alias,
      ...this.validTo(info.target),
    });
    return info;
  }

  joinAll(joins: readonly JoinSpec[]): void {
    for (const j of joins) this.join(j);
  }

  query(where: PlanExpr | undefined): ResolvedQuery {
    return { tables: this.tables, ...(where ? { where } : {}) };
  }

  /** The key column of an alias's table (persons are counted by it). */
  key(alias: Located<string>, reads: Set<string>): PlanExpr | undefined {
    if (!this.aliases.has(alias.value)) {
      if (this.broken.has(alias.value)) return undefined;
      this.diagnostics.push(goldDiagnostic(C.unknownAlias, 'error', `no alias ${alias.value}`, alias.at));
      return undefined;
    }
    return this.keyOf(alias.value, reads);
  }

  keyOf(alias: string, reads: Set<string>): PlanExpr {
    const t = this.aliases.get(alias)!.target;
    reads.add(columnKey({ schema: t.schema, table: t.table, column: t.keyColumn }));
    return { kind: 'column', source: alias, column: t.keyColumn, at: 0 };
  }

  /** An expression over `alias.attribute` (GGM names; a bare name is the main alias's). */
  expr(spec: ExprSpec, reads: Set<string>): PlanExpr | undefined {
    let ok = true;
    const map = (e: Expr): PlanExpr => {
      if (e.kind === 'column') {
        const r = this.attribute(e.source ?? this.mainAlias, e.column, locationIn(spec, e.at), reads);
        if (!r) ok = false;
        return r ?? e;
      }
      switch (e.kind) {
        case 'call':
          return { ...e, args: e.args.map(map) as Expr[] };
        case 'unary':
          return { ...e, operand: map(e.operand) as Expr };
        case 'binary':
          return { ...e, left: map(e.left) as Expr, right: map(e.right) as Expr };
        case 'is-null':
          return { ...e, operand: map(e.operand) as Expr };
        case 'case':
          return {
            ...e,
            branches: e.branches.map((b) => ({ when: map(b.when) as Expr, then: map(b.then) as Expr })),
            ...(e.otherwise ? { otherwise: map(e.otherwise) as Expr } : {}),
          };
        default:
          return e;
      }
    };
    const out = map(spec.expr);
    return ok ? out : undefined;
  }

  private attribute(alias: string, name: string, at: Location, reads: Set<string>): PlanExpr | undefined {
    const table = this.tableAliases.get(alias);
    if (table) {
      reads.add(columnKey({ ...table, column: name }));
      return { kind: 'column', source: alias, column: name, at: 0 };
    }
    const info = this.aliases.get(alias);
    if (!info) {
      if (this.broken.has(alias)) return undefined;
      this.diagnostics.push(
        goldDiagnostic(
          C.unknownAlias,
          'error',
          `no alias ${alias}`,
          at,
          didYouMean(alias, [...this.aliases.keys()]),
        ),
      );
      return undefined;
    }
    const { index, targets } = this.ctx;
    const attr = index.allAttributes(info.cls.id).find((a) => foldName(a.attribute.name) === foldName(name));
    if (!attr) {
      this.diagnostics.push(
        goldDiagnostic(
          C.unknownAttribute,
          'error',
          `${info.cls.name} has no attribute ${name}`,
          at,
          didYouMean(
            name,
            index.allAttributes(info.cls.id).map((a) => a.attribute.name),
          ),
        ),
      );
      return undefined;
    }
    // The column is in the class's own table, or (shared key) in an ancestor's table.
    const holders = [info.cls, ...index.ancestors(info.cls.id)];
    for (const holder of holders) {
      const target = holder.id === info.cls.id ? info.target : targets(holder.id);
      const column = target?.columns.find((c) => c.modelId === attr.attribute.id && c.role !== 'reference');
      if (!target || !column) continue;
      const source = holder.id === info.cls.id ? alias : this.ancestorAlias(alias, info.target, target);
      reads.add(columnKey({ schema: target.schema, table: target.table, column: column.name }));
      const col: PlanExpr = { kind: 'column', source, column: column.name, at: 0 };
      const storage = column.enumeration;
      if (storage?.stored === 'id')
        return {
          kind: 'code-map',
          expr: col,
          codes: Object.entries(storage.ids).map(([n, id]) => ({ code: String(id), stored: n })),
        };
      return col;
    }
    this.diagnostics.push(
      goldDiagnostic(
        C.unknownAttribute,
        'error',
        `${info.cls.name}.${attr.attribute.name} has no column in silver`,
        at,
        'add the class to the schema selection, or map the attribute',
      ),
    );
    return undefined;
  }

  /** A join of an ancestor's table on the shared key, once per alias and table. */
  private ancestorAlias(alias: string, own: SilverTarget, ancestor: SilverTarget): string {
    const name = `${alias}__${ancestor.table}`;
    if (!this.tables.some((t) => t.alias === name)) {
      this.tables.push({
        schema: ancestor.schema,
        table: ancestor.table,
        alias: name,
        on: { column: ancestor.keyColumn, otherAlias: alias, otherColumn: own.keyColumn },
        ...this.validTo(ancestor),
      });
    }
    return name;
  }

  /** A join on a condition: a class (`{class, on}`) or a table outside the model (`{table, on}`). */
  private joinOn(j: JoinSpec & { on: ExprSpec }): void {
    let table: { schema: string; table: string; validTo?: string };
    if (j.joinClass) {
      const info = this.resolveClass(j.joinClass);
      if (!info) {
        this.broken.add(j.alias);
        return;
      }
      this.aliases.set(j.alias, info);
      table = { schema: info.target.schema, table: info.target.table, ...this.validTo(info.target) };
    } else {
      const [schema, name] = splitTable(j.joinTable!, this.diagnostics);
      if (!schema || !name) {
        this.broken.add(j.alias);
        return;
      }
      table = { schema, table: name };
      this.tableAliases.set(j.alias, table);
    }
    const onExpr = this.expr(j.on, this.joinReads);
    if (!onExpr) return;
    this.tables.push({ ...table, alias: j.alias, onExpr });
  }

  private join(j: JoinSpec): void {
    if (j.on) return this.joinOn(j as JoinSpec & { on: ExprSpec });
    const from = this.aliases.get(j.from);
    this.broken.add(j.alias);
    if (!from) return;
    const { index, targets } = this.ctx;
    const wanted = foldName(j.association);
    const holders = [from.cls, ...index.ancestors(from.cls.id)];
    const names: string[] = [];
    const matches: { assocId: string; other: ClassDef; holder: ClassDef }[] = [];
    for (const holder of holders) {
      for (const { association, side, other } of index.associationsOf(holder.id)) {
        const far = side === 'source' ? association.target : association.source;
        const candidates = association.name || far.role ? [association.name, far.role] : [other.name];
        names.push(...candidates.filter((n): n is string => !!n));
        if (candidates.some((n) => n && foldName(n) === wanted))
          matches.push({ assocId: association.id, other, holder });
      }
    }
    if (matches.length === 0) {
      this.diagnostics.push(
        goldDiagnostic(
          C.unknownAssociation,
          'error',
          `${from.cls.name} has no association ${j.association}`,
          j.at,
          didYouMean(j.association, names),
        ),
      );
      return;
    }
    for (const m of matches) {
      const holderTarget = m.holder.id === from.cls.id ? from.target : targets(m.holder.id);
      const otherTarget = targets(m.other.id);
      if (!holderTarget || !otherTarget) continue;
      const holderAlias =
        m.holder.id === from.cls.id ? j.from : this.ancestorAlias(j.from, from.target, holderTarget);
      const forward = holderTarget.columns.find((c) => c.modelId === m.assocId && c.role === 'reference');
      const backward = otherTarget.columns.find((c) => c.modelId === m.assocId && c.role === 'reference');
      if (!forward && !backward) continue;
      this.broken.delete(j.alias);
      this.aliases.set(j.alias, { cls: m.other, target: otherTarget });
      const ref = (t: SilverTarget, column: string) =>
        this.joinReads.add(columnKey({ schema: t.schema, table: t.table, column }));
      if (forward) {
        ref(holderTarget, forward.name);
        this.tables.push({
          schema: otherTarget.schema,
          table: otherTarget.table,
          alias: j.alias,
          on: { column: otherTarget.keyColumn, otherAlias: holderAlias, otherColumn: forward.name },
          ...this.validTo(otherTarget),
        });
      } else {
        ref(otherTarget, backward!.name);
        this.tables.push({
          schema: otherTarget.schema,
          table: otherTarget.table,
          alias: j.alias,
          on: { column: backward!.name, otherAlias: holderAlias, otherColumn: holderTarget.keyColumn },
          ...this.validTo(otherTarget),
        });
      }
      return;
    }
    this.diagnostics.push(
      goldDiagnostic(
        C.associationNotStored,
        'error',
        `association ${j.association} has no column in silver`,
        j.at,
        'it is stored in a link table or its classes have no silver table',
      ),
    );
  }

  private validTo(t: SilverTarget): { validTo?: string } {
    return t.history ? { validTo: t.history.validTo } : {};
  }

  private resolveClass(name: Located<string>): AliasInfo | undefined {
    const local: Diagnostic[] = [];
    const found = resolveClass(this.ctx.index, this.ctx.targets, name, local);
    for (const d of local) this.diagnostics.push({ ...d, code: CLASS_CODES[d.code] ?? d.code });
    return found ? { cls: found.cls, target: found.target } : undefined;
  }
}

export function splitTable(name: Located<string>, diagnostics: Diagnostic[]): [string?, string?] {
  const parts = name.value.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    diagnostics.push(
      goldDiagnostic(C.badTable, 'error', `table ${name.value}: write <schema>.<table>`, name.at),
    );
    return [];
  }
  return [parts[0], parts[1]];
}
