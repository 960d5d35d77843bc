import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { PlanExpr } from '../compiler/plan/load-plan.js';
import type { ExprSpec } from '../compiler/spec/mapping-spec.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import { GOLD_COLUMNS, type GoldMetricDescriptor } from './gold-table.js';
import type { MetricSpec } from './metric-spec.js';
import { columnKey, QueryScope, refs, splitTable, type GoldContext } from './query-scope.js';
import type { ColumnRef, ResolvedDimension, ResolvedMetric } from './resolved-metric.js';

export type { GoldContext } from './query-scope.js';

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
          dimReads.add(columnKey({ schema, table, column: d.lookup.value }));
          dimReads.add(columnKey({ schema, table, column: d.lookup.key }));
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
        denominatorReads.add(columnKey({ schema, table, column: c }));
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
