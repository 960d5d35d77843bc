import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { compileMapping } from '../compiler/compile-mapping.js';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

const MAPPING = `name: bench-panden
target: Model BAG/Pand
history: { mode: snapshot, close_missing: true }
sources: [{ table: panden, alias: p }]
key: p.id
attributes:
  identificatie: p.id
  oorspronkelijkBouwjaar: to_integer(p.bouwjaar)
  oppervlakte: to_integer(p.oppervlakte)
  documentdatum: to_date(p.datum, 'DD-MM-YYYY')
  geconstateerd: to_boolean(p.geconstateerd)
`;

/**
 * The same transformation written by hand in DuckDB SQL, as a data engineer would without the
 * platform: typed values, a hashed key per version, and snapshot history (close what changed or
 * disappeared, insert new versions) for one batch. No findings, ledger or row-hash bookkeeping.
 */
function handWritten(batch: string): string[] {
  const typed = `SELECT id, TRY_CAST(bouwjaar AS INTEGER) AS bouwjaar, TRY_CAST(oppervlakte AS INTEGER) AS oppervlakte,
      CAST(try_strptime(datum, '%d-%m-%Y') AS DATE) AS datum, lower(geconstateerd) IN ('j', 'ja', 'true', '1') AS geconstateerd,
      _loaded_at AS loaded_at FROM bronze.panden WHERE _batch_id = '${batch}'`;
  return [
    `CREATE OR REPLACE TEMP TABLE stage AS ${typed}`,
    `UPDATE hand.pand p SET valid_to = (SELECT max(loaded_at) FROM stage) WHERE p.valid_to IS NULL AND NOT EXISTS (
       SELECT 1 FROM stage s WHERE s.id = p.identificatie AND s.bouwjaar IS NOT DISTINCT FROM p.oorspronkelijk_bouwjaar
       AND s.oppervlakte IS NOT DISTINCT FROM p.oppervlakte AND s.datum IS NOT DISTINCT FROM p.documentdatum
       AND s.geconstateerd IS NOT DISTINCT FROM p.geconstateerd)`,
    `INSERT INTO hand.pand (geo_object_id, identificatie, oorspronkelijk_bouwjaar, oppervlakte, documentdatum, geconstateerd, valid_from)
     SELECT CAST(('0x' || substr(md5(s.id || '|' || CAST(s.loaded_at AS VARCHAR)), 1, 15)) AS BIGINT), s.id, s.bouwjaar, s.oppervlakte,
       s.datum, s.geconstateerd, s.loaded_at
     FROM stage s WHERE NOT EXISTS (SELECT 1 FROM hand.pand p WHERE p.identificatie = s.id AND p.valid_to IS NULL)`,
  ];
}

/** What one side (a child process of its own) reports: batch times, silver counts, peak memory. */
interface SideResult {
  ms: number[];
  versions: number;
  closed: number;
  /** The process's peak resident set (the kernel's high-water mark), in MB. */
  peakMb: number;
  /** CPU time (user + system, DuckDB's threads included) of the two batches, in ms. */
  cpuMs: number;
}

/** The columns both sides write; `loaded_at`, `row_hash` and the load columns are ours alone. */
const COMPARED =
  'geo_object_id, identificatie, oorspronkelijk_bouwjaar, oppervlakte, documentdatum, geconstateerd, valid_from, valid_to';

async function compiledMapping(file: string) {
  const index = new ModelIndex((await loadModel(file)).model);
  const { plan } = buildSchemaPlan(index, { classes: ['99 Kern/BAG/Model BAG/Pand'], closure: false });
  const entities = new Set(plan.tables.filter((t) => t.kind === 'entity').map((t) => t.name));
  for (const t of plan.tables) t.foreignKeys = t.foreignKeys.filter((f) => !entities.has(f.table));
  const compiled = compileMapping(MAPPING, 'bench.yaml', { index, targets: silverTargetsFromPlan(plan) }, [
    'duckdb',
  ]);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  return { plan, statements: compiled.sql.duckdb!.statements };
}

/** The bronze both sides start from, in its own file: `rows` all new, then 10 % changed, 1 % gone, 1 % new. */
async function generateBronze(path: string, rows: number): Promise<void> {
  const engine = await DuckDbEngine.open({ path });
  try {
    await engine.execute('CREATE SCHEMA bronze');
    await engine.execute(
      `CREATE TABLE bronze.panden (id VARCHAR, bouwjaar VARCHAR, oppervlakte VARCHAR, datum VARCHAR, geconstateerd VARCHAR, _batch_id VARCHAR, _row_number BIGINT, _loaded_at TIMESTAMP)`,
    );
    const batch = (id: string, at: string, from: number, to: number, change: string) =>
      engine.execute(`INSERT INTO bronze.panden SELECT lpad(CAST(i AS VARCHAR), 16, '0'), CAST(1900 + (i + ${change}) % 120 AS VARCHAR),
        CAST(50 + (i * 7) % 400 AS VARCHAR), lpad(CAST(1 + i % 28 AS VARCHAR), 2, '0') || '-0' || CAST(1 + i % 9 AS VARCHAR) || '-2020',
        CASE WHEN i % 2 = 0 THEN 'J' ELSE 'N' END, '${id}', i - ${from} + 1, TIMESTAMP '${at}' FROM range(${from}, ${to}) t(i)`);
    await batch('B1', '2026-01-05 10:00:00', 0, rows, '0');
    const shift = Math.floor(rows / 100);
    await batch('B2', '2026-01-12 10:00:00', shift, rows + shift, 'CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END');
  } finally {
    await engine.close();
  }
}

/**
 * One side in this process, on its own copy of the bronze file: creates silver (ours) or hand (the
 * baseline), applies both batches, and prints its result as JSON. Run as a child of `run`, so each
 * side's peak memory is its own.
 */
async function runSide(side: 'ours' | 'hand', path: string, workbook: string): Promise<void> {
  const { plan, statements } = await compiledMapping(workbook);
  const engine = await DuckDbEngine.open({ path });
  try {
    const schema = side === 'ours' ? 'silver' : 'hand';
    await engine.execute(`CREATE SCHEMA ${schema}`);
    await engine.transaction(async (tx) => {
      for (const s of emitDdl(plan, getDialect('duckdb'), { schema }).statements) await tx.execute(s);
    });
    const cpu = process.cpuUsage();
    const timed = async (batch: string[]) => {
      const start = performance.now();
      await engine.transaction(async (tx) => {
        for (const s of batch) await tx.execute(s);
      });
      return performance.now() - start;
    };
    const ms =
      side === 'ours'
        ? [await timed(statements), await timed(statements)]
        : [await timed(handWritten('B1')), await timed(handWritten('B2'))];
    const used = process.cpuUsage(cpu);
    const [count] = await engine.query<{ n: bigint | number; closed: bigint | number }>(
      `SELECT count(*) AS n, count(valid_to) AS closed FROM ${schema}.pand`,
    );
    const result: SideResult = {
      ms,
      versions: Number(count!.n),
      closed: Number(count!.closed),
      peakMb: round(process.resourceUsage().maxRSS / 1024, 0),
      cpuMs: round((used.user + used.system) / 1000, 0),
    };
    console.log(`SIDE ${JSON.stringify(result)}`);
  } finally {
    await engine.close();
  }
}

const run$ = promisify(execFile);

/** Runs one side in a child process of its own (this module, `--side`), returning what it reports. */
async function childSide(side: 'ours' | 'hand', path: string, workbook: string): Promise<SideResult> {
  const runner = fileURLToPath(new URL('../../bench/run.js', import.meta.url));
  const { stdout } = await run$(process.execPath, [runner, 'mapping', '--side', side, path, workbook], {
    maxBuffer: 1 << 24,
  });
  const line = stdout.split('\n').find((l) => l.startsWith('SIDE '));
  if (!line) throw new Error(`the ${side} side printed no result:\n${stdout}`);
  return JSON.parse(line.slice('SIDE '.length)) as SideResult;
}

/** Rows that are in one side's table and not in the other's, both ways (0 and 0: identical). */
async function silverDifference(ours: string, hand: string): Promise<[number, number]> {
  const engine = await DuckDbEngine.open({ path: ':memory:' });
  try {
    await engine.execute(`ATTACH '${ours}' AS o (READ_ONLY)`);
    await engine.execute(`ATTACH '${hand}' AS h (READ_ONLY)`);
    const count = async (a: string, b: string) => {
      const [row] = await engine.query<{ n: bigint | number }>(
        `SELECT count(*) AS n FROM (SELECT ${COMPARED} FROM ${a} EXCEPT ALL SELECT ${COMPARED} FROM ${b})`,
      );
      return Number(row!.n);
    };
    return [await count('o.silver.pand', 'h.hand.pand'), await count('h.hand.pand', 'o.silver.pand')];
  } finally {
    await engine.close();
  }
}

/**
 * `npm run bench -- mapping [rows] [workbook]`: a snapshot mapping of Pand over `rows` bronze rows
 * (default 10 million) on a file-backed DuckDB: batch 1 loads everything, batch 2 changes 10 % of the
 * rows, drops 1 % and adds 1 %. Ours: the compiled mapping (stage, findings, keys, history, ledger).
 * Baseline: the same transformation hand-written in DuckDB SQL. Each side runs in a child process of
 * its own on its own copy of the same bronze file (one after the other), so each peak memory is its
 * own; both open DuckDB with the engine's defaults (memory limit, spill directory). The silver of both
 * must be identical, row for row.
 */
export async function run(args: string[]): Promise<void> {
  if (args[0] === '--side') return runSide(args[1] as 'ours' | 'hand', args[2]!, args[3]!);
  const rows = Number(args[0] ?? 10_000_000);
  const workbook = resolve(args[1] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-mapping-'));
  try {
    const bronze = join(dir, 'generated.duckdb');
    const generated = performance.now();
    await generateBronze(bronze, rows);
    console.log(
      `bronze               ${rows} rows × 2 batches generated in ${round(performance.now() - generated, 0)} ms`,
    );
    const sides = { ours: join(dir, 'side-ours.duckdb'), hand: join(dir, 'side-hand.duckdb') };
    await copyFile(bronze, sides.ours);
    await copyFile(bronze, sides.hand);
    await rm(bronze);
    const ours = await childSide('ours', sides.ours, workbook);
    const hand = await childSide('hand', sides.hand, workbook);
    const [onlyOurs, onlyHand] = await silverDifference(sides.ours, sides.hand);
    const total = (r: SideResult) => r.ms[0]! + r.ms[1]!;
    const rate = (ms: number) => round((2 * rows) / (ms / 1000), 0);
    const line = (name: string, r: SideResult) =>
      console.log(
        `${name.padEnd(21)}batch 1 ${round(r.ms[0]!, 0)} ms, batch 2 ${round(r.ms[1]!, 0)} ms  (${rate(total(r))} rows/s)  CPU ${r.cpuMs} ms  peak ${r.peakMb} MB`,
      );
    line('ours (mapping)', ours);
    line('hand-written SQL', hand);
    console.log(
      `silver versions      ours ${ours.versions} (${ours.closed} closed), hand ${hand.versions} (${hand.closed} closed); ` +
        `rows in one and not the other: ${onlyOurs} / ${onlyHand}`,
    );
    if (onlyOurs !== 0 || onlyHand !== 0)
      throw new Error('the mapping and the hand-written SQL wrote different silver');
    console.log(
      `speed vs hand        ${round(total(hand) / total(ours), 2)}× (aim ≥ 0.8×)   peak ${round(ours.peakMb / hand.peakMb, 2)}× the baseline's (aim ≤ 1.25×)`,
    );
    console.log(
      resultLine('mapping', 'ms', total(ours), total(hand), {
        rows,
        rows_per_s: rate(total(ours)),
        baseline_rows_per_s: rate(total(hand)),
        speed_vs_baseline: round(total(hand) / total(ours), 2),
        cpu_ms: ours.cpuMs,
        baseline_cpu_ms: hand.cpuMs,
        cpu_speed_vs_baseline: round(hand.cpuMs / ours.cpuMs, 2),
        peak_mb: ours.peakMb,
        baseline_peak_mb: hand.peakMb,
        peak_vs_baseline: round(ours.peakMb / hand.peakMb, 2),
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
