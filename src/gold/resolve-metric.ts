import { createHash } from 'node:crypto';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean, foldName } from '../diagnostics/suggest.js';
import type { ModelIndex } from '../model/model-index.js';
import type { ClassDef } from '../model/model-types.js';
import type { PlanExpr } from '../compiler/plan/load-plan.js';
import { resolveClass } from '../compiler/resolve/resolve-class.js';
import type { SilverTarget, SilverTargets } from '../compiler/resolve/silver-target.js';
import type { Expr } from '../compiler/spec/expression-ast.js';
import { locationIn } from '../compiler/spec/check-functions.js';
import type { ExprSpec, Located } from '../compiler/spec/mapping-spec.js';
import { MAPPING_CODES } from '../compiler/spec/mapping-codes.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import { GOLD_COLUMNS, type GoldMetricDescriptor } from './gold-table.js';
import type { JoinSpec, MetricSpec } from './metric-spec.js';
import type {
  ColumnRef,
  QueryTable,
  ResolvedDimension,
  ResolvedMetric,
  ResolvedQuery,
} from './resolved-metric.js';

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

/**
 * Checks a metric against the model and the silver schema: classes, association paths and attributes
 * by their GGM names (unknown ones with the nearest names), mapped onto the silver tables' physical
 * names. Pure.
 */
export function resolveMetric(
  spec: MetricSpec,
  text: string,
  ctx: GoldContext,
): { metric?: ResolvedMetric; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineage: Record<string, ColumnRef[]> = {};
  const population = new QueryScope(ctx, diagnostics);
  const start = population.from(spec.population.class, spec.population.alias);
  if (!start) return { diagnostics };
  population.joinAll(spec.population.joins);
  const reads = new Set<string>();
  const expr = (e: ExprSpec | undefined, into: Set<string>) => (e ? population.expr(e, into) : undefined);
  const where = expr(spec.population.where, reads);
  const person = spec.population.personValue
    ? population.expr(spec.population.personValue, reads)
    : spec.population.person
      ? population.key(spec.population.person, reads)
      : undefined;
  const ageSpec = spec.population.age;
  const ageBirth = ageSpec ? population.expr(ageSpec.birth, reads) : undefined;
  const age = ageSpec && ageBirth ? { birth: ageBirth, band: ageSpec.band } : undefined;
  const periodReads = new Set<string>();
  const resolvedTime: ResolvedMetric['time'] =
    spec.time.kind === 'event'
      ? { kind: 'event', date: expr(spec.time.date, periodReads)!, reference: spec.time.reference }
      : {
          kind: 'interval',
          start: expr(spec.time.start, periodReads)!,
          reference: spec.time.reference,
          ...(spec.time.end ? { end: expr(spec.time.end, periodReads)! } : {}),
        };
  const measureReads = new Set<string>();
  const measureValue = expr(spec.measure.value, measureReads);
  const dimensions: ResolvedDimension[] = [];
  for (const d of spec.dimensions) {
    const dimReads = new Set<string>();
    if (d.kind === 'age') {
      const birth = population.expr(d.birth, dimReads);
      if (birth) dimensions.push({ kind: 'age', name: d.name, title: d.title, birth, bands: d.bands });
    } else {
      const value = population.expr(d.value, dimReads);
      if (!value) continue;
      const dim: ResolvedDimension = { kind: 'value', name: d.name, title: d.title, value };
      if (d.labels) dim.labels = d.labels;
      if (d.lookup) {
        const [schema, table] = splitTable(d.lookup.table, diagnostics);
        if (schema && table) {
          dim.lookup = { schema, table, key: d.lookup.key, value: d.lookup.value };
          dimReads.add(key({ schema, table, column: d.lookup.value }));
          dimReads.add(key({ schema, table, column: d.lookup.key }));
        }
      }
      dimensions.push(dim);
    }
    lineage[d.name] = refs(dimReads);
  }
  const trajectoryReads = new Set<string>();
  const trajectories = spec.trajectories
    ? {
        by: spec.trajectories.by
          .map((b) => population.expr(b, trajectoryReads))
          .filter((e): e is PlanExpr => !!e),
        count: spec.trajectories.count,
      }
    : undefined;
  const denominatorReads = new Set<string>();
  let denominator: ResolvedMetric['denominator'];
  if (spec.denominator?.kind === 'population') {
    const d = spec.denominator;
    const scope = new QueryScope(ctx, diagnostics);
    const from = scope.from(d.class, d.alias);
    if (from) {
      scope.joinAll(d.joins);
      const dims: Record<string, PlanExpr> = {};
      for (const [name, e] of Object.entries(d.dimensions)) {
        if (!spec.dimensions.some((m) => m.name === name)) {
          diagnostics.push(
            goldDiagnostic(
              C.unknownDimension,
              'error',
              `the metric has no dimension ${name}`,
              e.at,
              didYouMean(
                name,
                spec.dimensions.map((m) => m.name),
              ),
            ),
          );
          continue;
        }
        const v = scope.expr(e, denominatorReads);
        if (v) dims[name] = v;
      }
      const w = d.where ? scope.expr(d.where, denominatorReads) : undefined;
      const s = d.start ? scope.expr(d.start, denominatorReads) : undefined;
      const en = d.end ? scope.expr(d.end, denominatorReads) : undefined;
      const birth = d.age ? scope.expr(d.age, denominatorReads) : undefined;
      const personKey = scope.keyOf(d.alias, denominatorReads);
      denominator = {
        kind: 'population',
        query: scope.query(w),
        person: personKey,
        dimensions: dims,
        ...(birth ? { age: birth } : {}),
        ...(d.endExclusive ? { endExclusive: true } : {}),
        ...(s ? { start: s } : {}),
        ...(en ? { end: en } : {}),
      };
    }
  } else if (spec.denominator?.kind === 'persons') {
    if (!person)
      diagnostics.push(
        goldDiagnostic(
          C.missingField,
          'error',
          'denominator persons needs the population person',
          spec.denominator.at,
        ),
      );
    denominator = { kind: 'persons' };
    for (const r of reads) denominatorReads.add(r);
  } else if (spec.denominator?.kind === 'table') {
    const d = spec.denominator;
    const [schema, table] = splitTable(d.table, diagnostics);
    for (const name of Object.keys(d.dimensions))
      if (!spec.dimensions.some((m) => m.name === name))
        diagnostics.push(
          goldDiagnostic(
            C.unknownDimension,
            'error',
            `the metric has no dimension ${name}`,
            d.at,
            didYouMean(
              name,
              spec.dimensions.map((m) => m.name),
            ),
          ),
        );
    if (schema && table) {
      denominator = {
        kind: 'table',
        schema,
        table,
        period: d.period,
        value: d.value,
        dimensions: d.dimensions,
      };
      for (const c of [d.period, d.value, ...Object.values(d.dimensions)])
        denominatorReads.add(key({ schema, table, column: c }));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const numeratorReads = new Set([
    ...reads,
    ...periodReads,
    ...measureReads,
    ...trajectoryReads,
    ...population.joinReads,
  ]);
  lineage[GOLD_COLUMNS.period] = refs(periodReads);
  lineage[GOLD_COLUMNS.numerator] = refs(numeratorReads);
  if (denominator) {
    lineage[GOLD_COLUMNS.denominator] = refs(denominatorReads);
    lineage[GOLD_COLUMNS.value] = refs(new Set([...numeratorReads, ...denominatorReads]));
  } else lineage[GOLD_COLUMNS.value] = refs(numeratorReads);
  const sources = [
    ...new Set(
      Object.values(lineage)
        .flat()
        .map((r) => `${r.schema}.${r.table}`),
    ),
  ].sort();
  const descriptor: GoldMetricDescriptor = {
    id: spec.id.value,
    title: spec.title,
    definition: spec.definition,
    unit: spec.unit,
    ...(spec.scale && spec.unit === 'rate' ? { scale: spec.scale } : {}),
    grains: spec.grains,
    dimensions: spec.dimensions.map((d) => ({ name: d.name, title: d.title })),
    ...(person && spec.threshold > 0 ? { suppressionThreshold: spec.threshold } : {}),
    sources,
  };
  const time =
    spec.time.kind === 'event'
      ? spec.time.date.text
      : `${spec.time.start.text} .. ${spec.time.end?.text ?? 'open'}`;
  const counted = `${spec.trajectories ? `trajectories ${spec.trajectories.count}` : spec.measure.kind}${
    spec.measure.value ? ` of ${spec.measure.value.text}` : ''
  } of ${spec.population.class.value}${spec.population.where ? ` where ${spec.population.where.text}` : ''}, active ${time}`;
  const lineageExpressions: Record<string, string> = {
    [GOLD_COLUMNS.period]: `${spec.time.kind} ${time}`,
    [GOLD_COLUMNS.numerator]: counted,
    [GOLD_COLUMNS.value]: denominator ? `teller / noemer × ${spec.scale}` : 'teller',
    ...(spec.denominator
      ? {
          [GOLD_COLUMNS.denominator]:
            spec.denominator.kind === 'table'
              ? `${spec.denominator.table.value}.${spec.denominator.value}`
              : spec.denominator.kind === 'persons'
                ? 'distinct persons of the cell'
                : `persons of ${spec.denominator.class.value} at the reference date`,
        }
      : {}),
    ...Object.fromEntries(
      spec.dimensions.map((d) => [
        d.name,
        d.kind === 'age' ? `age at the reference date of ${d.birth.text}` : d.value.text,
      ]),
    ),
  };
  const metric: ResolvedMetric = {
    lineageExpressions,
    descriptor,
    file: spec.file,
    definitionHash: createHash('sha256').update(text).digest('hex'),
    query: population.query(where),
    measure: { kind: spec.measure.kind, ...(measureValue ? { value: measureValue } : {}) },
    time: resolvedTime,
    dimensions,
    lineage,
    ...(person ? { person } : {}),
    ...(spec.periods ? { periods: spec.periods } : {}),
    ...(denominator ? { denominator } : {}),
    ...(trajectories ? { trajectories } : {}),
    ...(age ? { age } : {}),
  };
  return { metric, diagnostics };
}

const key = (r: ColumnRef) => `${r.schema}\u0000${r.table}\u0000${r.column}`;
function refs(set: Set<string>): ColumnRef[] {
  return [...set].sort().map((k) => {
    const [schema, table, column] = k.split('\u0000') as [string, string, string];
    return { schema, table, column };
  });
}

function splitTable(name: Located<string>, diagnostics: Diagnostic[]): [string?, string?] {
  const parts = name.value.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    diagnostics.push(
      goldDiagnostic(C.badTable, 'error', `table ${name.value}: write <schema>.<table>`, name.at),
    );
    return [];
  }
  return [parts[0], parts[1]];
}

/** Aliases of one query (a population): classes, the tables joined, expressions over them. */
class QueryScope {
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
    reads.add(key({ schema: t.schema, table: t.table, column: t.keyColumn }));
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
      reads.add(key({ ...table, column: name }));
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
      reads.add(key({ schema: target.schema, table: target.table, column: column.name }));
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
        this.joinReads.add(key({ schema: t.schema, table: t.table, column }));
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
