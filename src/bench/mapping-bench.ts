import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileMapping } from '../compiler/compile-mapping.js';
import { silverTargetsFromPlan } from '../compiler/resolve/silver-target-from-plan.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { emitDdl } from '../schema/emit/ddl-emitter.js';
import { buildSchemaPlan } from '../schema/plan/build-schema-plan.js';
import { resultLine, round, trackPeakMemory } from './bench-util.js';

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

/**
 * `npm run bench -- mapping [rows] [workbook]`: a snapshot mapping of Pand over `rows` bronze rows
 * (default 10 million) on a file-backed DuckDB: batch 1 loads everything, batch 2 changes 10 % of the
 * rows, drops 1 % and adds 1 %. Ours: the compiled mapping (stage, findings, keys, history, ledger).
 * Baseline: the same transformation hand-written in DuckDB SQL, same run, same tables.
 */
export async function run(args: string[]): Promise<void> {
  const rows = Number(args[0] ?? 10_000_000);
  const file = resolve(args[1] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const index = new ModelIndex((await loadModel(file)).model);
  const { plan } = buildSchemaPlan(index, { classes: ['99 Kern/BAG/Model BAG/Pand'], closure: false });
  const entities = new Set(plan.tables.filter((t) => t.kind === 'entity').map((t) => t.name));
  for (const t of plan.tables) t.foreignKeys = t.foreignKeys.filter((f) => !entities.has(f.table));
  const compiled = compileMapping(MAPPING, 'bench.yaml', { index, targets: silverTargetsFromPlan(plan) }, [
    'duckdb',
  ]);
  const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));

  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-mapping-'));
  const engine = await DuckDbEngine.open({ path: join(dir, 'bench.duckdb') });
  const memory = trackPeakMemory();
  try {
    await engine.execute('CREATE SCHEMA bronze');
    for (const schema of ['silver', 'hand']) {
      await engine.execute(`CREATE SCHEMA ${schema}`);
      await engine.transaction(async (tx) => {
        for (const s of emitDdl(plan, getDialect('duckdb'), { schema }).statements) await tx.execute(s);
      });
    }
    await engine.execute(
      `CREATE TABLE bronze.panden (id VARCHAR, bouwjaar VARCHAR, oppervlakte VARCHAR, datum VARCHAR, geconstateerd VARCHAR, _batch_id VARCHAR, _row_number BIGINT, _loaded_at TIMESTAMP)`,
    );
    const batch = (id: string, at: string, from: number, to: number, change: string) =>
      engine.execute(`INSERT INTO bronze.panden SELECT lpad(CAST(i AS VARCHAR), 16, '0'), CAST(1900 + (i + ${change}) % 120 AS VARCHAR),
        CAST(50 + (i * 7) % 400 AS VARCHAR), lpad(CAST(1 + i % 28 AS VARCHAR), 2, '0') || '-0' || CAST(1 + i % 9 AS VARCHAR) || '-2020',
        CASE WHEN i % 2 = 0 THEN 'J' ELSE 'N' END, '${id}', i - ${from} + 1, TIMESTAMP '${at}' FROM range(${from}, ${to}) t(i)`);
    const generated = performance.now();
    await batch('B1', '2026-01-05 10:00:00', 0, rows, '0');
    const shift = Math.floor(rows / 100);
    await batch('B2', '2026-01-12 10:00:00', shift, rows + shift, 'CASE WHEN i % 10 = 0 THEN 1 ELSE 0 END');
    console.log(
      `bronze               ${rows} rows × 2 batches generated in ${round(performance.now() - generated, 0)} ms`,
    );

    const timed = async (statements: string[]) => {
      const start = performance.now();
      await engine.transaction(async (tx) => {
        for (const s of statements) await tx.execute(s);
      });
      return performance.now() - start;
    };
    const ours = [await timed(compiled.sql.duckdb!.statements), await timed(compiled.sql.duckdb!.statements)];
    const hand = [await timed(handWritten('B1')), await timed(handWritten('B2'))];
    const [oursCount] = await engine.query(
      'SELECT count(*) AS n, count(valid_to) AS closed FROM silver.pand',
    );
    const [handCount] = await engine.query('SELECT count(*) AS n, count(valid_to) AS closed FROM hand.pand');
    const peakMb = round(memory.stop() / 1024 / 1024, 0);
    const total = (xs: number[]) => xs[0]! + xs[1]!;
    const rate = (ms: number) => round((2 * rows) / (ms / 1000), 0);
    console.log(
      `ours (mapping)       batch 1 ${round(ours[0]!, 0)} ms, batch 2 ${round(ours[1]!, 0)} ms  (${rate(total(ours))} rows/s)`,
    );
    console.log(
      `hand-written SQL     batch 1 ${round(hand[0]!, 0)} ms, batch 2 ${round(hand[1]!, 0)} ms  (${rate(total(hand))} rows/s)`,
    );
    console.log(
      `silver versions      ours ${oursCount!['n']} (${oursCount!['closed']} closed), hand ${handCount!['n']} (${handCount!['closed']} closed)`,
    );
    console.log(
      `speed vs hand        ${round(total(hand) / total(ours), 2)}× (aim ≥ 0.8×)   peak RSS ${peakMb} MB`,
    );
    console.log(
      resultLine('mapping', 'ms', total(ours), total(hand), {
        rows,
        rows_per_s: rate(total(ours)),
        baseline_rows_per_s: rate(total(hand)),
        speed_vs_baseline: round(total(hand) / total(ours), 2),
        peak_mb: peakMb,
      }),
    );
  } finally {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  }
}
