import type { Command } from 'commander';
import { didYouMean } from '../../diagnostics/suggest.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { metricFile, type GoldMetric } from '../../gold/project-metrics.js';
import { getDialect } from '../../dialects/dialect-registry.js';
import { DIALECT_NAMES, mappingDialectOf, type DialectName } from '../../dialects/engine-names.js';
import { metricEngineSql } from '../../gold/metric-engine-sql.js';
import type { GoldMetricDescriptor } from '../../gold/gold-table.js';
import { GoldQueryError, queryGold } from '../../pipeline/gold/query-gold.js';
import { ProjectService } from '../../pipeline/project-service.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

interface MetricsOptions {
  project: string;
  engine?: string;
  from?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
  period?: string;
  by?: string;
  model?: string;
}

const UNITS: Record<GoldMetric['descriptor']['unit'], string> = {
  persons: 'personen',
  count: 'aantal',
  euro: 'euro',
  days: 'dagen',
  rate: 'per',
};

/** Engines gold metrics compile for: their dialect has gold syntax. */
const GOLD_ENGINES = DIALECT_NAMES.filter((n) => getDialect(n).gold);

/**
 * `ggm metrics list|show <id>|query <id>|sql <id>`: the project's gold metrics (`gold/*.yaml`) and their
 * published figures. `query` reads `gold.<id>`, where small cells are suppressed (docs/gold.md); `sql`
 * prints what the gold step computes, for any engine with gold syntax (docs/scale-out.md).
 */
export function registerMetricsCommands(program: Command, io: Io): void {
  const metrics = program.command('metrics').description("the project's gold metrics and their figures");
  const common = (c: Command) =>
    c
      .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
      .option('-m, --model <path|version>', 'release workbook or version (default: model in ggm.yaml)')
      .option('--json', 'print JSON');

  common(metrics.command('list').description('list the metrics')).action(async (o: MetricsOptions) => {
    const list = await load(o, io);
    if (o.json)
      return printJson(
        io,
        list.map((m) => m.descriptor),
      );
    io.out(
      formatTable(
        ['id', 'title', 'unit', 'grains', 'dimensions'],
        list.map(({ descriptor: d }) => [
          d.id,
          d.title,
          unitLabel(d),
          d.grains.join(', '),
          d.dimensions.map((x) => x.name).join(', '),
        ]),
      ),
    );
  });

  common(metrics.command('show <id>').description('show a metric: definition, dimensions, sources')).action(
    async (id: string, o: MetricsOptions) => {
      const m = pick(await load(o, io), id);
      if (o.json) return printJson(io, m.descriptor);
      const d = m.descriptor;
      io.out(`${d.id}: ${d.title}`);
      io.out('');
      io.out(d.definition);
      io.out('');
      io.out(`eenheid:      ${unitLabel(d)}`);
      io.out(`perioden:     ${d.grains.join(', ')}`);
      io.out(`dimensies:    ${d.dimensions.map((x) => `${x.name} (${x.title})`).join(', ') || '-'}`);
      if (d.suppressionThreshold !== undefined)
        io.out(
          `onderdrukt:   cellen met minder dan ${d.suppressionThreshold} personen, en wat ze zou verraden`,
        );
      io.out(`bronnen:      ${d.sources.join(', ')}`);
      if (m.standard) io.out(`standaard:    ${m.standard.standard.id} (ingebouwde berekening)`);
      io.out(`tabel:        gold.${d.id} (${metricFile(m)})`);
    },
  );

  common(metrics.command('query <id>').description('the published figures of a metric'))
    .option('--period <periods>', 'periods, comma separated: 2025, 2025H1, 2025Q3, 2025-03')
    .option('--by <dimensions>', 'break down by these dimensions, comma separated (default: totals)')
    .option('--csv', 'print CSV')
    .action(async (id: string, o: MetricsOptions) => {
      const service = await ProjectService.open(o.project);
      const m = pick(await load(o, io, service), id);
      const split = (s?: string) =>
        s
          ? s
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
          : [];
      let rows;
      try {
        rows = await service.withWarehouse((engine) =>
          queryGold(engine, m.descriptor, { periods: split(o.period), by: split(o.by) }),
        );
      } catch (error) {
        if (error instanceof GoldQueryError)
          throw new UsageError(`${error.code} ${error.message}${error.hint ? ` (${error.hint})` : ''}`);
        if (/does not exist|not found/i.test((error as Error).message))
          throw new UsageError(`gold.${id} has not been computed yet: run ggm run first`, 1);
        throw error;
      }
      if (o.json) return printJson(io, rows);
      const columns = rows[0] ? Object.keys(rows[0]) : [];
      if (o.csv) {
        const esc = (v: unknown) => {
          const s = v === null || v === undefined ? '' : String(v);
          return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        };
        io.out([columns.join(','), ...rows.map((r) => columns.map((c) => esc(r[c])).join(','))].join('\n'));
        return;
      }
      io.out(
        formatTable(
          columns,
          rows.map((r) =>
            columns.map((c) => {
              const v = r[c];
              if (c === 'onderdrukt') return v ? 'ja' : '';
              return v === null ? (r['onderdrukt'] ? '*' : '') : String(v);
            }),
          ),
        ),
      );
      if (rows.some((r) => r['onderdrukt'])) io.out('\n* onderdrukt: te kleine aantallen (docs/gold.md)');
    });

  common(metrics.command('sql <id>').description('the SQL a metric computes, for an engine'))
    .option('--engine <engine>', `${GOLD_ENGINES.join(', ')} (default: the project's engine)`)
    .option('--from <date>', 'first day (YYYY-MM-DD) when the metric file names no periods')
    .option('--to <date>', 'last day (YYYY-MM-DD) when the metric file names no periods')
    .action(async (id: string, o: MetricsOptions) => {
      const service = await ProjectService.open(o.project);
      const engine = o.engine ?? mappingDialectOf(service.engineSpec.kind);
      if (!(GOLD_ENGINES as readonly string[]).includes(engine))
        throw new UsageError(
          `GGM-K021 gold metrics do not compile for ${engine}; use one of ${GOLD_ENGINES.join(', ')}`,
        );
      const m = pick(await load(o, io, service), id);
      const own = m.resolved ? m.resolved.periods : m.standard.periods;
      const iso = /^\d{4}-\d{2}-\d{2}$/;
      if (!own && !(o.from && o.to && iso.test(o.from) && iso.test(o.to)))
        throw new UsageError(
          `GGM-K020 ${id} names no periods (ggm run takes them from the data): give --from and --to as YYYY-MM-DD`,
        );
      const sql = metricEngineSql(m, getDialect(engine as DialectName), {
        from: o.from ?? '',
        to: o.to ?? '',
      });
      for (const d of sql.diagnostics) io.err(formatDiagnostic(d));
      if (sql.diagnostics.some((d) => d.severity === 'error'))
        throw new UsageError(`${id} does not compile`, 1);
      io.out([...sql.setup, sql.query].map((s) => `${s};`).join('\n\n'));
    });
}

async function load(o: MetricsOptions, io: Io, service?: ProjectService): Promise<GoldMetric[]> {
  const s = service ?? (await ProjectService.open(o.project));
  const { metrics, diagnostics } = await s.goldMetrics(o.model ? { model: o.model } : {});
  for (const d of diagnostics.filter((x) => x.severity !== 'info')) io.err(formatDiagnostic(d));
  if (diagnostics.some((d) => d.severity === 'error'))
    throw new UsageError('the metric files have errors', 1);
  return metrics;
}

function pick(metrics: GoldMetric[], id: string): GoldMetric {
  const m = metrics.find((x) => x.descriptor.id === id);
  if (m) return m;
  const hint = didYouMean(
    id,
    metrics.map((x) => x.descriptor.id),
  );
  throw new UsageError(`GGM-K022 no metric ${id}${hint ? ` (${hint})` : ''}`);
}

/** `per 10000`, a plain ratio (scale 1: euro per client), or the unit. */
function unitLabel(d: GoldMetricDescriptor): string {
  if (d.unit !== 'rate') return UNITS[d.unit];
  return d.scale === 1 ? 'verhouding' : `per ${d.scale ?? 100}`;
}
