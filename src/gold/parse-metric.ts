import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Location } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { checkFunctions } from '../compiler/spec/check-functions.js';
import type { ExprSpec, Located } from '../compiler/spec/mapping-spec.js';
import { parseExpression } from '../compiler/spec/parse-expression.js';
import { GOLD_CODES as C, goldDiagnostic } from './gold-codes.js';
import type { GoldMetricDescriptor, PeriodGrain } from './gold-table.js';
import type {
  AgeBand,
  DenominatorSpec,
  DimensionSpec,
  JoinSpec,
  MeasureSpec,
  MetricSpec,
  PopulationSpec,
  TimeSpec,
  TrajectorySpec,
} from './metric-spec.js';

const TOP = [
  'id',
  'title',
  'definition',
  'unit',
  'population',
  'measure',
  'time',
  'grains',
  'periods',
  'dimensions',
  'denominator',
  'scale',
  'suppression',
  'trajectories',
];
const POPULATION = ['class', 'alias', 'join', 'where', 'person', 'age'];
const AGE = ['birth', 'band'];
const JOIN_ON = ['class', 'table', 'on'];
const MEASURE = ['kind', 'value'];
const TIME = ['kind', 'start', 'end', 'date', 'reference'];
const DIMENSION = ['name', 'title', 'value', 'labels', 'lookup', 'age', 'bands'];
const LOOKUP = ['table', 'key', 'value'];
const DENOMINATOR = [
  'class',
  'alias',
  'join',
  'where',
  'start',
  'end',
  'dimensions',
  'table',
  'period',
  'value',
  'age',
  'end_exclusive',
];
const TRAJECTORIES = ['by', 'count'];
const UNITS: GoldMetricDescriptor['unit'][] = ['persons', 'count', 'euro', 'days', 'rate'];
const GRAINS: PeriodGrain[] = ['month', 'quarter', 'halfyear', 'year'];
const MEASURES = ['persons', 'count', 'sum', 'duration'] as const;
const TRAJECTORY_COUNTS = ['running', 'started', 'ended', 'mean_duration'] as const;
const NAME = /^[a-z][a-z0-9_]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ParsedMetric {
  spec?: MetricSpec;
  diagnostics: Diagnostic[];
}

/** A metric file's text → spec. Pure; every problem is a located diagnostic (GGM-K00x), nothing thrown. */
export function parseMetric(text: string, file: string): ParsedMetric {
  return new MetricReader(text, file).read();
}

type Fields = Map<string, Pair<Node, Node | null>>;

class MetricReader {
  private readonly lines = new LineCounter();
  private readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {}

  read(): ParsedMetric {
    const doc = parseDocument(this.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) this.error(C.yamlError, e.message.split('\n')[0]!, this.at(e.pos[0]));
    if (doc.errors.length > 0) return { diagnostics: this.diagnostics };
    const root = doc.contents;
    if (!isMap(root)) {
      this.error(C.badValue, 'a metric file is a YAML map with id, title, population and time', this.at(0));
      return { diagnostics: this.diagnostics };
    }
    const f = this.fields(root, TOP, 'metric');
    const rootAt = this.nodeAt(root);
    const id = this.required(f, 'id', rootAt);
    if (id && !NAME.test(id.value))
      this.error(C.badValue, `id ${id.value} must be snake_case (a-z, 0-9, _)`, id.at, 'e.g. wmo_clienten');
    const unit = this.oneOf(f, 'unit', UNITS, 'persons');
    const population = this.population(f.get('population'), rootAt);
    const measure = this.measure(f.get('measure'), unit);
    const time = this.time(f.get('time'), rootAt);
    const grains = this.grains(f.get('grains'));
    const dimensions = this.dimensions(f.get('dimensions'));
    const scaleText = this.optional(f, 'scale');
    let scale: MetricSpec['scale'];
    if (scaleText) {
      const n = Number(scaleText.value);
      if (n === 1 || n === 100 || n === 1000 || n === 10000) scale = n;
      else this.error(C.badValue, `scale ${scaleText.value} is not 1, 100, 1000 or 10000`, scaleText.at);
    }
    const denominator = this.denominator(f.get('denominator'));
    if (denominator && !scale) scale = 100;
    if (unit === 'rate' && !denominator)
      this.error(
        C.missingField,
        'a rate needs a denominator',
        f.get('unit')?.key ? this.nodeAt(f.get('unit')!.key) : rootAt,
      );
    const spec: MetricSpec = {
      file: this.file,
      id: id ?? { value: '', at: rootAt },
      title: this.required(f, 'title', rootAt)?.value ?? '',
      definition: this.required(f, 'definition', rootAt)?.value.trim() ?? '',
      unit: denominator ? 'rate' : unit,
      population: population ?? { class: { value: '', at: rootAt }, alias: 'f', joins: [] },
      measure,
      time: time ?? { kind: 'event', date: this.dummyExpr(rootAt), reference: 'end', at: rootAt },
      grains,
      dimensions,
      threshold: this.threshold(f.get('suppression')),
      at: rootAt,
      ...(scale ? { scale } : {}),
      ...(denominator ? { denominator } : {}),
    };
    const periods = this.periods(f.get('periods'));
    if (periods) spec.periods = periods;
    const trajectories = this.trajectories(f.get('trajectories'));
    if (trajectories) spec.trajectories = trajectories;
    if (trajectories && time?.kind !== 'interval')
      this.error(C.badValue, 'trajectories need time kind interval', trajectories.at);
    if (spec.unit === 'persons' && !population?.person && population)
      this.error(
        C.missingField,
        'a metric of persons names its person: the alias of the person class',
        population.class.at,
      );
    this.diagnostics.sort(
      (a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.col ?? 0) - (b.at?.col ?? 0),
    );
    if (!id || !population || !time || this.diagnostics.some((d) => d.severity === 'error'))
      return { diagnostics: this.diagnostics };
    return { spec, diagnostics: this.diagnostics };
  }

  private population(
    pair: Pair<Node, Node | null> | undefined,
    rootAt: Location,
  ): PopulationSpec | undefined {
    if (!pair) {
      this.error(C.missingField, 'missing population: the class whose rows are counted', rootAt);
      return undefined;
    }
    const map = this.map(pair, 'population');
    if (!map) return undefined;
    const f = this.fields(map, POPULATION, 'population');
    const at = this.nodeAt(map);
    const cls = this.required(f, 'class', at);
    if (!cls) return undefined;
    const alias = this.optional(f, 'alias')?.value ?? 'f';
    const joins = this.joins(f.get('join'), [alias]);
    const population: PopulationSpec = { class: cls, alias, joins };
    const where = this.exprField(f, 'where');
    if (where) population.where = where;
    const person = this.optional(f, 'person');
    const aliases = [alias, ...joins.map((j) => j.alias)];
    if (person && !aliases.includes(person.value) && /[.(]/.test(person.value)) {
      // An expression (`x.bsn`): its distinct values are the persons.
      const value = this.exprField(f, 'person');
      if (value) population.personValue = value;
      population.person = person;
    } else if (person) {
      if (!aliases.includes(person.value))
        this.error(
          C.unknownAlias,
          `person ${person.value} is not an alias of the population`,
          person.at,
          didYouMean(person.value, [alias, ...joins.map((j) => j.alias)]),
        );
      population.person = person;
    }
    const age = f.get('age');
    if (age) {
      const m = this.map(age, 'age');
      const af = m ? this.fields(m, AGE, 'age') : undefined;
      const birth = af ? this.exprField(af, 'birth') : undefined;
      const bandText = af ? this.optional(af, 'band') : undefined;
      const band = bandText ? this.band(bandText) : undefined;
      if (!birth || !band)
        this.error(C.missingField, 'age needs birth (a date) and band (0-17)', this.nodeAt(age.key));
      else population.age = { birth, band, at: this.nodeAt(age.key) };
    }
    return population;
  }

  /** `alias: from.association name` entries; `from` must be declared before. */
  private joins(pair: Pair<Node, Node | null> | undefined, declared: string[]): JoinSpec[] {
    if (!pair) return [];
    const map = this.map(pair, 'join');
    if (!map) return [];
    const joins: JoinSpec[] = [];
    for (const item of map.items as Pair<Node, Node | null>[]) {
      const alias = this.scalar(item.key, 'join alias', this.nodeAt(item.key));
      if (alias && isMap(item.value)) {
        const j = this.joinOn(alias, item.value, declared);
        if (j) joins.push(j);
        continue;
      }
      const path = this.scalar(item.value, 'join', this.nodeAt(item.key));
      if (!alias || !path) continue;
      const dot = path.value.indexOf('.');
      if (dot <= 0) {
        this.error(
          C.badValue,
          `join ${alias.value}: write <alias>.<association>, e.g. f.geleverde zorg`,
          path.at,
        );
        continue;
      }
      const from = path.value.slice(0, dot).trim();
      if (!declared.includes(from)) {
        this.error(
          C.unknownAlias,
          `join ${alias.value}: no alias ${from} before it`,
          path.at,
          didYouMean(from, declared),
        );
        continue;
      }
      if (declared.includes(alias.value)) {
        this.error(C.duplicate, `alias ${alias.value} is declared twice`, alias.at);
        continue;
      }
      declared.push(alias.value);
      joins.push({ alias: alias.value, from, association: path.value.slice(dot + 1).trim(), at: path.at });
    }
    return joins;
  }

  /** `alias: {class: C, on: expr}` or `alias: {table: schema.table, on: expr}`. */
  private joinOn(alias: Located<string>, map: YAMLMap, declared: string[]): JoinSpec | undefined {
    const f = this.fields(map, JOIN_ON, `join ${alias.value}`);
    const at = this.nodeAt(map);
    const joinClass = this.optional(f, 'class');
    const joinTable = this.optional(f, 'table');
    if (!joinClass === !joinTable) {
      this.error(C.missingField, `join ${alias.value}: name either a class or a table`, at);
      return undefined;
    }
    if (declared.includes(alias.value)) {
      this.error(C.duplicate, `alias ${alias.value} is declared twice`, alias.at);
      return undefined;
    }
    const on = this.exprField(f, 'on');
    if (!on) {
      this.error(C.missingField, `join ${alias.value}: missing on (the join condition)`, at);
      return undefined;
    }
    declared.push(alias.value);
    return {
      alias: alias.value,
      from: '',
      association: '',
      on,
      ...(joinClass ? { joinClass } : {}),
      ...(joinTable ? { joinTable } : {}),
      at,
    };
  }

  private measure(
    pair: Pair<Node, Node | null> | undefined,
    unit: GoldMetricDescriptor['unit'],
  ): MeasureSpec {
    const fallback: MeasureSpec = {
      kind: unit === 'euro' ? 'sum' : unit === 'days' ? 'duration' : unit === 'count' ? 'count' : 'persons',
      at: pair ? this.nodeAt(pair.key) : this.at(0),
    };
    if (!pair) return fallback;
    if (isScalar(pair.value)) {
      const kind = this.scalar(pair.value, 'measure', fallback.at);
      if (kind && !(MEASURES as readonly string[]).includes(kind.value))
        this.error(C.badValue, `unknown measure ${kind.value}`, kind.at, didYouMean(kind.value, MEASURES));
      return kind ? { kind: kind.value as MeasureSpec['kind'], at: kind.at } : fallback;
    }
    const map = this.map(pair, 'measure');
    if (!map) return fallback;
    const f = this.fields(map, MEASURE, 'measure');
    const kind = this.oneOf(f, 'kind', MEASURES, fallback.kind);
    const measure: MeasureSpec = { kind, at: this.nodeAt(map) };
    const value = this.exprField(f, 'value');
    if (value) measure.value = value;
    if (kind === 'sum' && !value)
      this.error(C.missingField, 'measure sum needs value: the amount', measure.at);
    return measure;
  }

  private time(pair: Pair<Node, Node | null> | undefined, rootAt: Location): TimeSpec | undefined {
    if (!pair) {
      this.error(C.missingField, 'missing time: an interval (start, end) or an event (date)', rootAt);
      return undefined;
    }
    const map = this.map(pair, 'time');
    if (!map) return undefined;
    const f = this.fields(map, TIME, 'time');
    const at = this.nodeAt(map);
    const kind = this.oneOf(f, 'kind', ['interval', 'event'] as const, f.has('date') ? 'event' : 'interval');
    const reference = this.oneOf(f, 'reference', ['start', 'end'] as const, 'end');
    if (kind === 'event') {
      const date = this.exprField(f, 'date');
      if (!date) {
        this.error(C.missingField, 'time kind event needs date', at);
        return undefined;
      }
      return { kind, date, reference, at };
    }
    const start = this.exprField(f, 'start');
    if (!start) {
      this.error(C.missingField, 'time kind interval needs start (and usually end)', at);
      return undefined;
    }
    const end = this.exprField(f, 'end');
    return { kind, start, reference, at, ...(end ? { end } : {}) };
  }

  private grains(pair: Pair<Node, Node | null> | undefined): PeriodGrain[] {
    if (!pair) return ['year'];
    const items = isSeq(pair.value) ? (pair.value.items as Node[]) : [pair.value];
    const grains: PeriodGrain[] = [];
    for (const item of items) {
      const g = this.scalar(item, 'grain', this.nodeAt(pair.key));
      if (!g) continue;
      if ((GRAINS as string[]).includes(g.value)) grains.push(g.value as PeriodGrain);
      else
        this.error(
          C.badValue,
          `unknown grain ${g.value}`,
          g.at,
          didYouMean(g.value, GRAINS) ?? `use ${GRAINS.join(', ')}`,
        );
    }
    return grains.length > 0 ? [...new Set(grains)] : ['year'];
  }

  private periods(pair: Pair<Node, Node | null> | undefined): { from: string; to: string } | undefined {
    if (!pair) return undefined;
    const map = this.map(pair, 'periods');
    if (!map) return undefined;
    const f = this.fields(map, ['from', 'to'], 'periods');
    const at = this.nodeAt(map);
    const from = this.required(f, 'from', at);
    const to = this.required(f, 'to', at);
    for (const d of [from, to])
      if (d && !ISO_DATE.test(d.value)) this.error(C.badValue, `${d.value} is not a date YYYY-MM-DD`, d.at);
    if (!from || !to) return undefined;
    if (from.value > to.value)
      this.error(C.badValue, `periods: from ${from.value} is after to ${to.value}`, at);
    return { from: from.value, to: to.value };
  }

  private dimensions(pair: Pair<Node, Node | null> | undefined): DimensionSpec[] {
    if (!pair) return [];
    if (!isSeq(pair.value)) {
      this.error(C.badValue, 'dimensions is a list', this.nodeAt(pair.value ?? pair.key));
      return [];
    }
    const out: DimensionSpec[] = [];
    for (const item of pair.value.items as Node[]) {
      if (!isMap(item)) {
        this.error(C.badValue, 'a dimension is a map with name, title and value (or age)', this.nodeAt(item));
        continue;
      }
      const f = this.fields(item, DIMENSION, 'dimension');
      const at = this.nodeAt(item);
      const name = this.required(f, 'name', at);
      if (!name) continue;
      if (!NAME.test(name.value))
        this.error(C.badValue, `dimension ${name.value} must be snake_case`, name.at);
      if (out.some((d) => d.name === name.value))
        this.error(C.duplicate, `two dimensions are called ${name.value}`, name.at);
      const title = this.optional(f, 'title')?.value ?? name.value;
      const age = this.exprField(f, 'age');
      if (age) {
        out.push({
          kind: 'age',
          name: name.value,
          title,
          birth: age,
          bands: this.bands(f.get('bands'), at),
          at,
        });
        continue;
      }
      const value = this.exprField(f, 'value');
      if (!value) {
        this.error(C.missingField, `dimension ${name.value} needs value (or age: a birth date)`, at);
        continue;
      }
      const dim: DimensionSpec = { kind: 'value', name: name.value, title, value, at };
      const labels = f.get('labels');
      if (labels) {
        const m = this.map(labels, 'labels');
        if (m)
          dim.labels = Object.fromEntries(
            (m.items as Pair<Node, Node | null>[]).flatMap((p) => {
              const k = this.scalar(p.key, 'label code', at);
              const v = this.scalar(p.value, 'label', at);
              return k && v ? [[k.value, v.value]] : [];
            }),
          );
      }
      const lookup = f.get('lookup');
      if (lookup) {
        const m = this.map(lookup, 'lookup');
        if (m) {
          const lf = this.fields(m, LOOKUP, 'lookup');
          const lat = this.nodeAt(m);
          const table = this.required(lf, 'table', lat);
          const key = this.required(lf, 'key', lat);
          const val = this.required(lf, 'value', lat);
          if (table && key && val) dim.lookup = { table, key: key.value, value: val.value };
        }
      }
      out.push(dim);
    }
    return out;
  }

  /** `[0-17, 18-64, 65+]`; bands must not overlap. */
  private bands(pair: Pair<Node, Node | null> | undefined, at: Location): AgeBand[] {
    if (!pair)
      return [
        { label: '0-17', from: 0, to: 17 },
        { label: '18-64', from: 18, to: 64 },
        { label: '65+', from: 65 },
      ];
    const items = isSeq(pair.value) ? (pair.value.items as Node[]) : [];
    const bands: AgeBand[] = [];
    for (const item of items) {
      const b = this.scalar(item, 'band', at);
      const band = b ? this.band(b) : undefined;
      if (!b || !band) continue;
      const clash = bands.find((o) => band.from <= (o.to ?? Infinity) && o.from <= (band.to ?? Infinity));
      if (clash) this.error(C.badValue, `age band ${b.value} overlaps ${clash.label}`, b.at);
      bands.push(band);
    }
    if (bands.length === 0)
      this.error(C.badValue, 'bands is a list like [0-17, 18-64, 65+]', this.nodeAt(pair.value ?? pair.key));
    return bands;
  }

  /** One age band: `0-17` or `65+`. */
  private band(b: Located<string>): AgeBand | undefined {
    const m = /^(\d+)\s*(?:-\s*(\d+)|(\+))$/.exec(b.value);
    if (!m) {
      this.error(C.badValue, `age band ${b.value}: write from-to (0-17) or from+ (65+)`, b.at);
      return undefined;
    }
    const band: AgeBand = { label: b.value.replace(/\s/g, ''), from: Number(m[1]) };
    if (m[2] !== undefined) band.to = Number(m[2]);
    if (band.to !== undefined && band.to < band.from)
      this.error(C.badValue, `age band ${b.value} is empty`, b.at);
    return band;
  }

  private denominator(pair: Pair<Node, Node | null> | undefined): DenominatorSpec | undefined {
    if (!pair) return undefined;
    if (isScalar(pair.value) && pair.value.value === 'persons')
      return { kind: 'persons', at: this.nodeAt(pair.value) };
    const map = this.map(pair, 'denominator');
    if (!map) return undefined;
    const f = this.fields(map, DENOMINATOR, 'denominator');
    const at = this.nodeAt(map);
    if (f.has('table')) {
      const table = this.required(f, 'table', at);
      const period = this.required(f, 'period', at);
      const value = this.required(f, 'value', at);
      if (!table || !period || !value) return undefined;
      const dims = f.get('dimensions');
      const dimensions: Record<string, string> = {};
      if (dims) {
        const m = this.map(dims, 'dimensions');
        for (const p of (m?.items ?? []) as Pair<Node, Node | null>[]) {
          const k = this.scalar(p.key, 'dimension', at);
          const v = this.scalar(p.value, 'column', at);
          if (k && v) dimensions[k.value] = v.value;
        }
      }
      return { kind: 'table', table, period: period.value, value: value.value, dimensions, at };
    }
    const cls = this.required(f, 'class', at);
    if (!cls) {
      this.error(C.missingField, 'a denominator names a population class or a table', at);
      return undefined;
    }
    const alias = this.optional(f, 'alias')?.value ?? 'p';
    const joins = this.joins(f.get('join'), [alias]);
    const dimensions: Record<string, ExprSpec> = {};
    const dims = f.get('dimensions');
    if (dims) {
      const m = this.map(dims, 'dimensions');
      for (const p of (m?.items ?? []) as Pair<Node, Node | null>[]) {
        const k = this.scalar(p.key, 'dimension', at);
        const e = this.expr(p.value, `denominator dimension ${k?.value ?? ''}`, at);
        if (k && e) dimensions[k.value] = e;
      }
    }
    const d: DenominatorSpec = { kind: 'population', class: cls, alias, joins, dimensions, at };
    const where = this.exprField(f, 'where');
    if (where) d.where = where;
    const start = this.exprField(f, 'start');
    if (start) d.start = start;
    const end = this.exprField(f, 'end');
    if (end) d.end = end;
    const age = this.exprField(f, 'age');
    if (age) d.age = age;
    const exclusive = this.optional(f, 'end_exclusive');
    if (exclusive) d.endExclusive = exclusive.value === 'true';
    return d;
  }

  private threshold(pair: Pair<Node, Node | null> | undefined): number {
    if (!pair) return 5;
    const map = this.map(pair, 'suppression');
    if (!map) return 5;
    const f = this.fields(map, ['threshold'], 'suppression');
    const t = this.optional(f, 'threshold');
    if (!t) return 5;
    const n = Number(t.value);
    if (!Number.isInteger(n) || n < 0) {
      this.error(C.badValue, `threshold ${t.value} is not a whole number ≥ 0`, t.at);
      return 5;
    }
    return n;
  }

  private trajectories(pair: Pair<Node, Node | null> | undefined): TrajectorySpec | undefined {
    if (!pair) return undefined;
    const map = this.map(pair, 'trajectories');
    if (!map) return undefined;
    const f = this.fields(map, TRAJECTORIES, 'trajectories');
    const at = this.nodeAt(map);
    const byPair = f.get('by');
    const items = byPair ? (isSeq(byPair.value) ? (byPair.value.items as Node[]) : [byPair.value]) : [];
    const by = items.map((n) => this.expr(n, 'trajectories by', at)).filter((e): e is ExprSpec => !!e);
    const count = this.oneOf(f, 'count', TRAJECTORY_COUNTS, 'running');
    return { by, count, at };
  }

  // --- YAML helpers ---

  private at(offset: number): Location {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  private nodeAt(node: Node | null | undefined): Location {
    return this.at(node?.range?.[0] ?? 0);
  }

  private error(code: string, message: string, at: Location, hint?: string): void {
    this.diagnostics.push(goldDiagnostic(code, 'error', message, at, hint));
  }

  private dummyExpr(at: Location): ExprSpec {
    return { text: 'null', expr: { kind: 'literal', value: null, at: 0 }, at };
  }

  private map(pair: Pair<Node, Node | null>, what: string): YAMLMap | undefined {
    if (isMap(pair.value)) return pair.value;
    this.error(C.badValue, `${what} is a map`, this.nodeAt(pair.value ?? pair.key));
    return undefined;
  }

  private fields(map: YAMLMap, known: readonly string[], what: string): Fields {
    const out: Fields = new Map();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) {
        this.error(C.badValue, `${what}: keys must be plain names`, this.nodeAt(pair.key));
        continue;
      }
      if (!known.includes(key)) {
        this.error(
          C.unknownField,
          `${what}: unknown field ${key}`,
          this.nodeAt(pair.key),
          didYouMean(key, known),
        );
        continue;
      }
      out.set(key, pair);
    }
    return out;
  }

  private scalar(
    node: Node | null | undefined,
    what: string,
    fallback: Location,
  ): Located<string> | undefined {
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object')
      return { value: String(node.value), at: this.nodeAt(node) };
    this.error(C.badValue, `${what} must be a single value`, node ? this.nodeAt(node) : fallback);
    return undefined;
  }

  private required(f: Fields, name: string, parentAt: Location): Located<string> | undefined {
    const pair = f.get(name);
    if (!pair) {
      this.error(C.missingField, `missing ${name}`, parentAt);
      return undefined;
    }
    return this.scalar(pair.value, name, this.nodeAt(pair.key));
  }

  private optional(f: Fields, name: string): Located<string> | undefined {
    const pair = f.get(name);
    return pair ? this.scalar(pair.value, name, this.nodeAt(pair.key)) : undefined;
  }

  private oneOf<T extends string>(f: Fields, name: string, allowed: readonly T[], fallback: T): T {
    const v = this.optional(f, name);
    if (!v) return fallback;
    if ((allowed as readonly string[]).includes(v.value)) return v.value as T;
    this.error(
      C.badValue,
      `${name}: unknown value ${v.value}`,
      v.at,
      didYouMean(v.value, allowed) ?? `use ${allowed.join(', ')}`,
    );
    return fallback;
  }

  private exprField(f: Fields, name: string): ExprSpec | undefined {
    const pair = f.get(name);
    return pair ? this.expr(pair.value, name, this.nodeAt(pair.key)) : undefined;
  }

  private expr(node: Node | null | undefined, what: string, fallback: Location): ExprSpec | undefined {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
      this.error(C.badValue, `${what} must be an expression`, node ? this.nodeAt(node) : fallback);
      return undefined;
    }
    const text = String(node.value);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const start = (node.range?.[0] ?? 0) + (quoted ? 1 : 0);
    const parsed =
      typeof node.value === 'string'
        ? parseExpression(text)
        : {
            ok: true as const,
            expr: { kind: 'literal' as const, value: node.value as number | boolean, at: 0 },
          };
    if (!parsed.ok) {
      this.error(C.expressionSyntax, `${what}: ${parsed.error.message}`, this.at(start + parsed.error.at));
      return undefined;
    }
    const spec: ExprSpec = { text, expr: parsed.expr, at: this.at(start) };
    this.diagnostics.push(...checkFunctions(spec, what));
    return spec;
  }
}
