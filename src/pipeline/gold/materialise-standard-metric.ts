import { createHash } from 'node:crypto';
import type { Engine } from '../../engines/engine.js';
import { GOLD_CODES } from '../../gold/gold-codes.js';
import type { GoldMetric } from '../../gold/project-metrics.js';
import { yearAndHalfYearPeriods, type GoldPeriod } from '../../gold/sociaal/periods.js';
import {
  GGM_UITKERINGEN,
  sociaalBasisStatements,
  SOCIAAL_BASIS_TABLES,
  STANDARD_BASE_SOURCES,
  STANDARD_INCOME_SOURCES,
  uitkeringStatements,
} from '../../gold/sociaal/sociaal-basis.js';
import { standardLineage } from '../../gold/sociaal/standard-lineage.js';
import { standardMetricSelect } from '../../gold/sociaal/standard-set-sql.js';
import { jeugdhulpTrajectStatements } from '../../gold/sociaal/trajectories.js';
import { zorgpadStatements } from '../../gold/sociaal/zorgpaden.js';
import type { ResolvedStandardMetric } from '../../gold/standard-metric-file.js';
import {
  ensureGoldStore,
  inputState,
  storedFingerprint,
  tablesExist,
  type GoldBuildResult,
} from './gold-store.js';
import { publishStandardMetric } from './publish-standard-metric.js';

/** One row: the fingerprint of the base tables now in gold_intern (built by a `standaard:` metric). */
const BASE_STATE = 'gold_intern.sd_basis_stand';
const BASE_TABLES = [...SOCIAAL_BASIS_TABLES, 'sd_uitkering', 'sd_jeugdhulptraject', 'zorgpad'];

type StandardGoldMetric = Extract<GoldMetric, { standard: ResolvedStandardMetric }>;

/**
 * The gold step of a `standaard:` metric file: the shared base tables (gold_intern.sd_*, trajectories,
 * zorgpad) are rebuilt only when their inputs or options changed, then the metric only when its own
 * fingerprint (file, SQL with periods, base fingerprint) changed; `force` recomputes the metric (the
 * base follows its fingerprint). `uitkeringen` replaces the income silver as the Participatiewet
 * source (tests with a fixture table).
 */
export async function materialiseStandardMetric(
  engine: Engine,
  metric: StandardGoldMetric,
  options: { force?: boolean; uitkeringen?: string } = {},
): Promise<GoldBuildResult> {
  const { descriptor, standard } = metric;
  const id = descriptor.id;
  const present = await presentTables(engine, [...STANDARD_BASE_SOURCES, ...standard.optionalSources]);
  const missing = STANDARD_BASE_SOURCES.filter((s) => !present.has(s));
  if (missing.length > 0)
    throw new Error(
      `${GOLD_CODES.missingInput} ${id} (standaard ${standard.standard.id}) reads ${missing.join(', ')}, which the warehouse does not have (the iWmo/iJw mappings of examples/sociaal and the BRP fill them)`,
    );
  await ensureGoldStore(engine);
  const uitkeringen =
    options.uitkeringen ??
    (STANDARD_INCOME_SOURCES.every((s) => present.has(s)) ? GGM_UITKERINGEN : undefined);
  const base = await ensureStandardBase(engine, {
    sources: [...present],
    ...(standard.gemeente ? { gemeente: standard.gemeente } : {}),
    ...(uitkeringen ? { uitkeringen } : {}),
  });
  const periods = standard.periods
    ? yearAndHalfYearPeriods(
        Number(standard.periods.from.slice(0, 4)),
        Number(standard.periods.to.slice(0, 4)),
      )
    : await periodsOfData(engine);
  const sql = standardMetricSelect(standard.standard, periods, 0);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([standard.definitionHash, descriptor, sql, standard.threshold, base]))
    .digest('hex');
  const unchanged =
    !options.force &&
    (await storedFingerprint(engine, id)) === fingerprint &&
    (await tablesExist(engine, id));
  if (unchanged) return { metric: id, status: 'unchanged', cells: 0, primary: 0, secondary: 0, fingerprint };
  const r = await publishStandardMetric(engine, {
    descriptor,
    standard: standard.standard,
    periods,
    threshold: standard.threshold,
    definitionHash: standard.definitionHash,
    fingerprint,
    lineage: standardLineage(standard.standard, present),
  });
  return { metric: id, status: 'built', ...r, fingerprint };
}

/**
 * Builds the base tables unless the stored fingerprint (their SQL with its options, the state of every
 * input table) says they are current; returns that fingerprint. The nine standard metrics of one run
 * share one build.
 */
export async function ensureStandardBase(
  engine: Engine,
  o: { sources: readonly string[]; gemeente?: string; uitkeringen?: string },
): Promise<string> {
  const statements = [
    ...sociaalBasisStatements(o.gemeente ? { gemeente: o.gemeente } : {}),
    ...uitkeringStatements(o.uitkeringen),
    ...jeugdhulpTrajectStatements(),
    ...zorgpadStatements(),
  ];
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([statements, await inputState(engine, [...o.sources].sort())]))
    .digest('hex');
  const present = await presentTables(engine, [BASE_STATE, ...BASE_TABLES.map((t) => `gold_intern.${t}`)]);
  if (present.size === BASE_TABLES.length + 1) {
    const [row] = await engine.query(`SELECT fingerprint FROM ${BASE_STATE}`);
    if (row && String(row['fingerprint']) === fingerprint) return fingerprint;
  }
  await engine.execute(`DROP TABLE IF EXISTS ${BASE_STATE}`);
  for (const s of statements) await engine.execute(s);
  await engine.execute(`CREATE TABLE ${BASE_STATE} (fingerprint VARCHAR(64))`);
  await engine.execute(`INSERT INTO ${BASE_STATE} VALUES ($1)`, [fingerprint]);
  return fingerprint;
}

/** Forgets the base fingerprint (after something else rebuilt the base tables with other options). */
export async function forgetStandardBase(engine: Engine): Promise<void> {
  await engine.execute(`DROP TABLE IF EXISTS ${BASE_STATE}`);
}

async function presentTables(engine: Engine, names: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const n of names) {
    const [schema, name] = n.split('.') as [string, string];
    if (await engine.describeTable({ schema, name })) out.add(n);
  }
  return out;
}

/** Years and half-years from the first to the last year a toewijzing starts or ends in silver. */
export async function periodsOfData(engine: Engine): Promise<GoldPeriod[]> {
  const [row] = await engine.query(
    `SELECT min(EXTRACT(YEAR FROM datum_start_toewijzing)) AS van,
      max(EXTRACT(YEAR FROM coalesce(datum_einde_toewijzing, datum_start_toewijzing))) AS tot
     FROM silver.toewijzing`,
  );
  const from = Number(row?.['van'] ?? NaN);
  const to = Number(row?.['tot'] ?? NaN);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  return yearAndHalfYearPeriods(from, Math.min(to, from + 30));
}
