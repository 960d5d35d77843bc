// A metric file of the kind `standaard: <id>`: it names a built-in metric of the social-domain standard set
// (src/gold/sociaal/) whose logic the declarative format cannot say yet (stapeling over three laws,
// households, provisions per client, trajectory end reasons, the zorgpaden). The file gives the id, the
// Dutch title and definition people read, periods and the suppression threshold; the SQL and the lineage
// come from the standard metric. Materialised by the same gold step as every metric file.
import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import type { GoldMetricDescriptor, PeriodGrain } from './gold-table.js';
import type { GoldContext } from './query-scope.js';
import { STANDARD_BASE_SOURCES, STANDARD_INCOME_SOURCES } from './sociaal/sociaal-basis.js';
import type { StandardMetric } from './sociaal/standard-metric.js';
import { ALL_STANDARD_METRICS } from './sociaal/standard-set-sql.js';

const KEYS = ['id', 'standaard', 'title', 'definition', 'grains', 'periods', 'suppression', 'gemeente'];
const NAME = /^[a-z][a-z0-9_]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `standaard:` metric file checked: the built-in metric and the file's own settings. Plain data. */
export interface ResolvedStandardMetric {
  file: string;
  /** sha256 of the file's text: part of the rebuild fingerprint. */
  definitionHash: string;
  /** The built-in metric (its SQL reads the base tables in gold_intern). */
  standard: StandardMetric;
  /** Whole years; absent: the years of the toewijzingen in silver. */
  periods?: { from: string; to: string };
  /** Cells with fewer persons are suppressed (0: none). */
  threshold: number;
  /** Only inhabitants registered in this gemeente (BRP 09.10) count in denominators. */
  gemeente?: string;
  /** Silver the base reads when the warehouse has it (the Participatiewet for stapeling). */
  optionalSources: readonly string[];
}

/** Whether a metric file is of the `standaard:` kind (a top-level key `standaard`). */
export function isStandardMetricFile(text: string): boolean {
  return /^standaard\s*:/m.test(text);
}

/** Parses and checks a `standaard:` file. Pure; problems are located GGM-K diagnostics. */
export function resolveStandardMetricFile(
  text: string,
  file: string,
  ctx: GoldContext,
): {
  metric?: { descriptor: GoldMetricDescriptor; standard: ResolvedStandardMetric };
  diagnostics: Diagnostic[];
} {
  const lines = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (node: Node | null | undefined): Location => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return { file, line, col };
  };
  const error = (code: string, message: string, where: Location, hint?: string) =>
    diagnostics.push(goldDiagnostic(code, 'error', message, where, hint));
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) error(C.yamlError, e.message.split('\n')[0]!, at(undefined));
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    if (doc.errors.length === 0) error(C.badValue, 'a metric file is a YAML map', at(undefined));
    return { diagnostics };
  }
  const root = doc.contents;
  const pairs = new Map<string, Pair<Node, Node | null>>();
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (KEYS.includes(key)) pairs.set(key, pair);
    else
      error(
        C.unknownField,
        `unknown field ${key} in a standaard metric`,
        at(pair.key),
        didYouMean(key, KEYS),
      );
  }
  const scalar = (key: string): { value: string; at: Location } | undefined => {
    const pair = pairs.get(key);
    if (!pair) return undefined;
    if (isScalar(pair.value) && pair.value.value !== null && typeof pair.value.value !== 'object')
      return { value: String(pair.value.value).trim(), at: at(pair.value) };
    error(C.badValue, `${key} must be a single value`, at(pair.key));
    return undefined;
  };

  const ref = scalar('standaard');
  if (!ref) {
    if (!pairs.has('standaard')) error(C.missingField, 'missing standaard', at(root));
    return { diagnostics };
  }
  const standard = ALL_STANDARD_METRICS.find((m) => m.id === ref.value);
  if (!standard) {
    error(
      C.unknownStandard,
      `unknown standard metric ${ref.value}`,
      ref.at,
      didYouMean(
        ref.value,
        ALL_STANDARD_METRICS.map((m) => m.id),
      ) ?? `known: ${ALL_STANDARD_METRICS.map((m) => m.id).join(', ')}`,
    );
    return { diagnostics };
  }
  const id = scalar('id');
  if (id && !NAME.test(id.value))
    error(C.badValue, `id ${id.value} must be snake_case (a-z, 0-9, _)`, id.at, 'e.g. stapeling');
  const title = scalar('title');
  const definition = scalar('definition');
  for (const [key, v] of [
    ['title', title],
    ['definition', definition],
  ] as const)
    if (!v && !pairs.has(key)) error(C.missingField, `missing ${key}`, at(root));

  const grains = readGrains(pairs.get('grains'), standard, at, error);
  const periods = readPeriods(pairs.get('periods'), at, error);
  const threshold = readThreshold(pairs.get('suppression'), at, error);
  const gemeente = scalar('gemeente');
  if (diagnostics.length > 0) return { diagnostics };

  const income = STANDARD_INCOME_SOURCES.filter((source) => inPlan(ctx, source));
  const descriptor: GoldMetricDescriptor = {
    id: id?.value ?? standard.id,
    title: title!.value,
    definition: definition!.value,
    unit: standard.unit,
    ...(standard.scale ? { scale: standard.scale } : {}),
    grains,
    dimensions: standard.dimensions,
    ...(standard.suppressOn ? { suppressionThreshold: threshold } : {}),
    sources: [...STANDARD_BASE_SOURCES, ...income],
  };
  return {
    diagnostics,
    metric: {
      descriptor,
      standard: {
        file,
        definitionHash: createHash('sha256').update(text).digest('hex'),
        standard: { ...standard, grains },
        ...(periods ? { periods } : {}),
        threshold: standard.suppressOn ? threshold : 0,
        ...(gemeente ? { gemeente: gemeente.value } : {}),
        optionalSources: income,
      },
    },
  };
}

type At = (node: Node | null | undefined) => Location;
type Report = (code: string, message: string, where: Location, hint?: string) => void;

/** `grains`: a subset of the standard metric's own (default: all of them). */
function readGrains(
  pair: Pair<Node, Node | null> | undefined,
  standard: StandardMetric,
  at: At,
  error: Report,
): PeriodGrain[] {
  if (!pair) return [...standard.grains];
  const items = isSeq(pair.value) ? (pair.value.items as Node[]) : [pair.value];
  const out: PeriodGrain[] = [];
  for (const item of items) {
    const g = isScalar(item) ? String(item.value) : '';
    if ((standard.grains as readonly string[]).includes(g)) out.push(g as PeriodGrain);
    else
      error(
        C.badValue,
        `grain ${g} is not one of ${standard.id}'s (${standard.grains.join(', ')})`,
        at(item),
        didYouMean(g, standard.grains),
      );
  }
  return out.length > 0 ? [...new Set(out)] : [...standard.grains];
}

/** `periods: {from, to}`: dates; the standard set counts whole years, so only their years are used. */
function readPeriods(
  pair: Pair<Node, Node | null> | undefined,
  at: At,
  error: Report,
): { from: string; to: string } | undefined {
  if (!pair) return undefined;
  const map = isMap(pair.value) ? pair.value : undefined;
  const value = (key: string) => {
    const node = map?.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | undefined;
    return isScalar(node) ? String(node.value) : undefined;
  };
  const from = value('from');
  const to = value('to');
  if (!from || !to || !ISO_DATE.test(from) || !ISO_DATE.test(to) || from > to) {
    error(C.badValue, 'periods is {from: YYYY-MM-DD, to: YYYY-MM-DD} with from ≤ to', at(pair.value));
    return undefined;
  }
  return { from, to };
}

function readThreshold(pair: Pair<Node, Node | null> | undefined, at: At, error: Report): number {
  if (!pair) return 5;
  const node = isMap(pair.value)
    ? (pair.value.items.find((p) => isScalar(p.key) && p.key.value === 'threshold')?.value as
        Node | undefined)
    : undefined;
  const n = isScalar(node) ? Number(node.value) : NaN;
  if (!Number.isInteger(n) || n < 0) {
    error(C.badValue, 'suppression is {threshold: a whole number ≥ 0}', at(pair.value));
    return 5;
  }
  return n;
}

/** Whether the project's silver has a table `silver.<name>` for some class (the income silver). */
function inPlan(ctx: GoldContext, source: string): boolean {
  const table = source.split('.')[1];
  for (const className of ['Inkomensvoorziening', 'Inkomensvoorzieningsoort'])
    for (const c of ctx.index.findClasses(className)) if (ctx.targets(c.id)?.table === table) return true;
  return false;
}
